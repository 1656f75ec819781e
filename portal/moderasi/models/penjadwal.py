"""The scheduler's heartbeat: one row, written by every pass of `run_scheduler`."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DetakPenjadwal(models.Model):
    """Singleton (pk=1): when the last scheduler pass started and finished, where it ran and
    what it did. The dashboard warns administrators when it is stale or missing."""

    PK_TUNGGAL = 1

    mulai_terakhir = models.DateTimeField(_("putaran terakhir dimulai"), null=True, blank=True)
    selesai_terakhir = models.DateTimeField(_("putaran terakhir selesai"), null=True, blank=True)
    host = models.CharField(_("host"), max_length=255, blank=True)
    pid = models.PositiveIntegerField(_("PID"), null=True, blank=True)
    jumlah_putaran = models.PositiveBigIntegerField(_("jumlah putaran"), default=0)
    kalender_buka = models.BooleanField(_("jam kerja buka saat putaran terakhir"), default=False)
    terbit = models.PositiveIntegerField(_("revisi diterbitkan (putaran terakhir)"), default=0)
    ditarik = models.PositiveIntegerField(_("halaman kedaluwarsa ditarik"), default=0)
    tertunda = models.PositiveIntegerField(_("jatuh tempo, menunggu jam kerja"), default=0)
    gagal = models.PositiveIntegerField(_("gagal (putaran terakhir)"), default=0)
    galat_terakhir = models.TextField(_("galat terakhir"), blank=True)

    class Meta:
        verbose_name = _("detak penjadwal")
        verbose_name_plural = _("detak penjadwal")

    def __str__(self):
        return _("Detak penjadwal (%(host)s, pid %(pid)s)") % {"host": self.host, "pid": self.pid}

    @classmethod
    def ambil(cls):
        """The heartbeat row, or None when the scheduler has never run."""
        return cls.objects.filter(pk=cls.PK_TUNGGAL).first()
