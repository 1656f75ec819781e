"""Serta-merta publication and urgent take-down: the review flag and the two permissions.

A serta-merta publication (KIP: information that threatens lives or public order) skips the SOP
workflow and the working-hours rule, so each one leaves a `TinjauanSertaMerta` open until an
administrator has looked at it after the fact (GOV.UK's force-publish rule).

The permissions live on this model (Meta.permissions) and are granted per group:
- `moderasi.publikasi_serta_merta`: nobody by default; administrators grant it;
- `moderasi.tarik_darurat`: the Editor and Pejabat groups (setup_portal).
Superusers hold both implicitly.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

IZIN_SERTA_MERTA = "moderasi.publikasi_serta_merta"
IZIN_TARIK_DARURAT = "moderasi.tarik_darurat"


class TinjauanSertaMertaQuerySet(models.QuerySet):
    def terbuka(self):
        return self.filter(ditinjau_pada__isnull=True)

    def sudah_ditinjau(self):
        return self.filter(ditinjau_pada__isnull=False)


class TinjauanSertaMerta(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("halaman"),
        on_delete=models.CASCADE,
        related_name="tinjauan_serta_merta",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("revisi yang diterbitkan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("diterbitkan oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    alasan = models.TextField(_("alasan serta merta"))
    waktu = models.DateTimeField(_("waktu terbit"), db_index=True)
    di_luar_jam_kerja = models.BooleanField(_("di luar jam kerja"), default=True)
    ditinjau_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ditinjau oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    ditinjau_pada = models.DateTimeField(_("ditinjau pada"), null=True, blank=True)
    catatan_tinjauan = models.TextField(_("catatan tinjauan"), blank=True)

    objects = TinjauanSertaMertaQuerySet.as_manager()

    class Meta:
        verbose_name = _("tinjauan serta merta")
        verbose_name_plural = _("tinjauan serta merta")
        ordering = ["-waktu", "-pk"]
        default_permissions = ()
        permissions = [
            (
                "publikasi_serta_merta",
                _("Dapat menerbitkan pengumuman serta merta seketika, di luar jam kerja"),
            ),
            ("tarik_darurat", _("Dapat menarik halaman tayang seketika (tarik darurat)")),
        ]

    def __str__(self):
        return _("Serta merta: %(judul)s") % {"judul": self.page.get_admin_display_title()}

    @property
    def terbuka(self):
        return self.ditinjau_pada is None
