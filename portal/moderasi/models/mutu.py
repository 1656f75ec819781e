"""Mutu Baku: the editable time standard of each SOP step, and the overdue reminders sent.

`StandarMutuBaku` is a site setting (Settings → "Standar Mutu Baku", administrators only): one
whole number of *working* minutes per step, the SOP's values (policy.mutu_baku.STANDAR_SOP) by
default. `PengingatTerkirim` remembers each threshold (1×, 2×, 4× the standard) a task state has
been reminded about, so every scheduler pass may look again without mailing twice.
"""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from portal.moderasi.policy import STANDAR_SOP, Langkah

lebih_dari_nol = MinValueValidator(1, _("Standar waktu harus lebih dari 0 menit kerja."))


def _menit(langkah):
    return int(STANDAR_SOP[langkah].total_seconds() // 60)


class MenitKerjaField(models.PositiveIntegerField):
    """Whole working minutes. The form field has no built-in minimum of its own, so a zero or
    a negative value gets the one Indonesian message of `lebih_dari_nol`."""

    def formfield(self, **kwargs):
        return super().formfield(**{"min_value": None, **kwargs})


def _kolom_standar(label, langkah, bantuan):
    return MenitKerjaField(
        label,
        default=_menit(langkah),
        validators=[lebih_dari_nol],
        help_text=bantuan,
    )


@register_setting(icon="time")
class StandarMutuBaku(BaseGenericSetting):
    """Standard working time of each SOP step, in working minutes (the working-hours calendar
    decides what counts: evenings, weekends and holidays never do)."""

    # Field of each step; the keys are the policy's steps, in workflow order.
    KOLOM = {
        Langkah.PENGUMPULAN: "standar_pengumpulan",
        Langkah.PENYERAHAN: "standar_penyerahan",
        Langkah.PENYUNTINGAN: "standar_penyuntingan",
        Langkah.PENYARINGAN: "standar_penyaringan",
        Langkah.PUBLIKASI: "standar_publikasi",
    }

    standar_pengumpulan = _kolom_standar(
        _("1. Pengumpulan materi (menit kerja)"),
        Langkah.PENGUMPULAN,
        _("Petugas mengumpulkan dan menyiapkan materi. SOP: 1 hari kerja = 480 menit."),
    )
    standar_penyerahan = _kolom_standar(
        _("2. Serah terima ke Tim IT (menit kerja)"),
        Langkah.PENYERAHAN,
        _("Dari draf pertama sampai diajukan ke alur SOP. SOP: 1–3 jam = 180 menit."),
    )
    standar_penyuntingan = _kolom_standar(
        _("3. Penyuntingan oleh Editor (menit kerja)"),
        Langkah.PENYUNTINGAN,
        _("Tugas penyuntingan, dari masuk sampai diputuskan. SOP: 1–3 jam = 180 menit."),
    )
    standar_penyaringan = _kolom_standar(
        _("4. Penyaringan oleh Pejabat (menit kerja)"),
        Langkah.PENYARINGAN,
        _("Tugas penyaringan, dari masuk sampai diputuskan. SOP: 1 jam = 60 menit."),
    )
    standar_publikasi = _kolom_standar(
        _("5. Publikasi setelah layak tayang (menit kerja)"),
        Langkah.PUBLIKASI,
        _("Dari keputusan layak tayang sampai tayang di situs. SOP: 15 menit."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel(nama) for nama in KOLOM.values()],
            heading=_("Standar waktu per langkah SOP (menit kerja)"),
            help_text=_(
                "Hanya jam kerja menurut Kalender kerja yang dihitung (SOP: Senin–Kamis "
                "08.00–16.00, Jumat 08.00–11.30 WITA, di luar hari libur). Pengingat dikirim "
                "ke grup yang bertugas saat waktu kerja melewati 1×, 2× dan 4× standar."
            ),
        )
    ]

    class Meta:
        verbose_name = _("standar Mutu Baku")
        verbose_name_plural = _("standar Mutu Baku")

    def __str__(self):
        return str(_("Standar Mutu Baku"))

    def menit(self, langkah):
        return getattr(self, self.KOLOM[Langkah(langkah)])


class PengingatTerkirim(models.Model):
    """One overdue reminder sent: task state × threshold (multiple of the standard)."""

    task_state = models.ForeignKey(
        "wagtailcore.TaskState",
        verbose_name=_("status tugas"),
        on_delete=models.CASCADE,
        related_name="pengingat_mutu",
    )
    ambang = models.PositiveSmallIntegerField(_("ambang (kelipatan standar)"))
    sent_at = models.DateTimeField(_("dikirim pada"))

    class Meta:
        verbose_name = _("pengingat Mutu Baku terkirim")
        verbose_name_plural = _("pengingat Mutu Baku terkirim")
        constraints = [
            models.UniqueConstraint(
                fields=["task_state", "ambang"], name="pengingat_mutu_unik_per_ambang"
            )
        ]

    def __str__(self):
        return f"{self.task_state_id} × {self.ambang}"
