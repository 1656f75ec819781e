"""The working-hours calendar as data administrators edit in the admin.

`JamKerjaHarian` holds the weekly hours (one row per weekday), `HariLibur` the closed days.
`portal.moderasi.kalender.kalender_kerja()` turns both into the pure-Python `KalenderKerja`
(policy/jam_kerja.py); the receivers at the bottom drop its cached copy whenever a row changes.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from portal.moderasi.kalender import hapus_cache_kalender


class Hari(models.IntegerChoices):
    SENIN = 0, _("Senin")
    SELASA = 1, _("Selasa")
    RABU = 2, _("Rabu")
    KAMIS = 3, _("Kamis")
    JUMAT = 4, _("Jumat")
    SABTU = 5, _("Sabtu")
    MINGGU = 6, _("Minggu")


class JamKerjaHarian(models.Model):
    """Opening hours of one weekday, in WITA. Exactly seven rows, seeded by setup_portal;
    administrators edit them but never add or delete a weekday."""

    hari = models.PositiveSmallIntegerField(_("hari"), choices=Hari.choices, unique=True)
    buka = models.BooleanField(
        _("buka"), default=True, help_text=_("Matikan bila kantor tutup sepanjang hari ini.")
    )
    mulai = models.TimeField(
        _("jam mulai"), null=True, blank=True, help_text=_("Waktu WITA, misalnya 08:00.")
    )
    selesai = models.TimeField(
        _("jam selesai"),
        null=True,
        blank=True,
        help_text=_("Waktu WITA; jam ini sendiri sudah tutup (16:00 berarti buka sampai 15:59)."),
    )

    class Meta:
        ordering = ["hari"]
        verbose_name = _("jam kerja harian")
        verbose_name_plural = _("jam kerja mingguan")
        constraints = [
            # The database's own guard; clean() gives the editor the field-level messages.
            models.CheckConstraint(
                condition=models.Q(buka=False)
                | models.Q(
                    mulai__isnull=False, selesai__isnull=False, selesai__gt=models.F("mulai")
                ),
                name="moderasi_jamkerja_jendela_sah",
                violation_error_message=_(
                    "Hari buka wajib memiliki jam mulai dan jam selesai, "
                    "dan jam selesai harus setelah jam mulai."
                ),
            ),
        ]

    def __str__(self):
        nama = self.get_hari_display()
        if not self.buka:
            return _("%(hari)s: tutup") % {"hari": nama}
        return _("%(hari)s: %(mulai)s–%(selesai)s WITA") % {
            "hari": nama,
            "mulai": self.mulai.strftime("%H:%M") if self.mulai else "?",
            "selesai": self.selesai.strftime("%H:%M") if self.selesai else "?",
        }

    @property
    def jendela(self):
        """(mulai, selesai) as the policy expects it, or None when closed."""
        return (self.mulai, self.selesai) if self.buka else None

    def clean(self):
        super().clean()
        if not self.buka:
            return
        galat = {}
        if self.mulai is None:
            galat["mulai"] = _("Isi jam mulai untuk hari yang buka.")
        if self.selesai is None:
            galat["selesai"] = _("Isi jam selesai untuk hari yang buka.")
        if not galat and self.selesai <= self.mulai:
            galat["selesai"] = _(
                "Jam selesai (%(selesai)s) harus setelah jam mulai (%(mulai)s)."
            ) % {"selesai": self.selesai.strftime("%H:%M"), "mulai": self.mulai.strftime("%H:%M")}
        if galat:
            raise ValidationError(galat)

    def validate_constraints(self, exclude=None):
        # clean() already reported a bad window per field; skip the check constraint's
        # form-wide copy of the same message (the constraint still guards the database).
        exclude = set(exclude or ()) | {"buka", "mulai", "selesai"}
        super().validate_constraints(exclude=exclude)


class HariLibur(models.Model):
    """A day the desk is closed. Administrators switch a day off (`aktif`) instead of deleting
    it, so a re-seed from the `holidays` package never brings back a day they removed."""

    class Jenis(models.TextChoices):
        LIBUR_NASIONAL = "libur_nasional", _("Libur nasional")
        CUTI_BERSAMA = "cuti_bersama", _("Cuti bersama")
        PENUTUPAN_KHUSUS = "penutupan_khusus", _("Penutupan khusus")

    class Sumber(models.TextChoices):
        OTOMATIS = "otomatis", _("Otomatis (paket holidays)")
        MANUAL = "manual", _("Manual (administrator)")

    tanggal = models.DateField(_("tanggal"), unique=True)
    nama = models.CharField(_("nama"), max_length=255)
    jenis = models.CharField(
        _("jenis"), max_length=20, choices=Jenis.choices, default=Jenis.LIBUR_NASIONAL
    )
    aktif = models.BooleanField(
        _("aktif (kantor tutup)"),
        default=True,
        help_text=_(
            "Matikan agar kantor dianggap buka pada tanggal ini. Jangan hapus hari libur "
            "otomatis: matikan saja, supaya pengisian ulang tidak memunculkannya lagi."
        ),
    )
    sumber = models.CharField(
        _("sumber"), max_length=10, choices=Sumber.choices, default=Sumber.MANUAL, editable=False
    )
    diubah_admin = models.BooleanField(
        _("diubah administrator"),
        default=False,
        editable=False,
        help_text=_("Pengisian otomatis tidak pernah menimpa baris yang diubah administrator."),
    )
    diperbarui = models.DateTimeField(_("diperbarui"), auto_now=True)

    class Meta:
        ordering = ["tanggal"]
        verbose_name = _("hari libur")
        verbose_name_plural = _("hari libur")

    def __str__(self):
        return f"{self.tanggal:%d/%m/%Y} {self.nama}"


@receiver([post_save, post_delete], sender=JamKerjaHarian, dispatch_uid="kalender_jam_berubah")
@receiver([post_save, post_delete], sender=HariLibur, dispatch_uid="kalender_libur_berubah")
def _kalender_berubah(sender, **kwargs):
    hapus_cache_kalender()
