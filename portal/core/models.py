"""Project-wide models: the site settings, the register of provincial agencies (OPD) and the
abstract base of every content page."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Page
from wagtail.search import index

from portal.core.cache_halaman import per_generasi
from portal.core.forms import PortalPageForm
from portal.moderasi.keputusan import status_sop
from portal.moderasi.panel import PanelKeputusanSOP

warna_hex = RegexValidator(
    r"^#[0-9A-Fa-f]{6}$", _("Warna harus berupa kode heksadesimal, misalnya #0B5394.")
)


@register_setting(icon="site")
class PengaturanSitus(BaseGenericSetting):
    nama_instansi = models.CharField(
        _("nama instansi"), max_length=255, default="Pemerintah Provinsi Kalimantan Timur"
    )
    alamat = models.TextField(_("alamat"), blank=True)
    telepon = models.CharField(_("telepon"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    warna_utama = models.CharField(
        _("warna utama"), max_length=7, default="#0B5394", validators=[warna_hex]
    )
    facebook = models.URLField(_("Facebook"), blank=True)
    instagram = models.URLField(_("Instagram"), blank=True)
    x_twitter = models.URLField(_("X (Twitter)"), blank=True)
    youtube = models.URLField(_("YouTube"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("nama_instansi"), FieldPanel("logo"), FieldPanel("warna_utama")],
            heading=_("Identitas"),
        ),
        MultiFieldPanel(
            [FieldPanel("alamat"), FieldPanel("telepon"), FieldPanel("email")],
            heading=_("Kontak"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook"),
                FieldPanel("instagram"),
                FieldPanel("x_twitter"),
                FieldPanel("youtube"),
            ],
            heading=_("Media sosial"),
        ),
    ]

    class Meta:
        verbose_name = _("pengaturan situs")
        verbose_name_plural = _("pengaturan situs")

    @classmethod
    def _get_or_create(cls):
        # Every public page reads the settings; saving them bumps the cache generation.
        return per_generasi(("pengaturan", cls._meta.label), super()._get_or_create)

    @property
    def tautan_sosial(self):
        pasangan = [
            ("Facebook", self.facebook),
            ("Instagram", self.instagram),
            ("X", self.x_twitter),
            ("YouTube", self.youtube),
        ]
        return [(nama, url) for nama, url in pasangan if url]


class OPD(index.Indexed, models.Model):
    """Organisasi Perangkat Daerah: a provincial agency that issues documents and news."""

    kode = models.CharField(_("kode"), max_length=20, unique=True)
    nama = models.CharField(_("nama"), max_length=255, unique=True)
    singkatan = models.CharField(_("singkatan"), max_length=50)

    panels = [FieldPanel("kode"), FieldPanel("nama"), FieldPanel("singkatan")]
    search_fields = [
        index.SearchField("nama"),
        index.AutocompleteField("nama"),
        index.SearchField("singkatan"),
        index.AutocompleteField("singkatan"),
        index.SearchField("kode"),
        index.AutocompleteField("kode"),
    ]

    class Meta:
        verbose_name = _("OPD")
        verbose_name_plural = _("OPD")
        ordering = ["nama"]

    def __str__(self):
        return self.singkatan


class PortalPage(Page):
    """The base of every page of the portal: publication happens only in working hours."""

    base_form_class = PortalPageForm

    class Meta:
        abstract = True

    def get_deskripsi_meta(self):
        """The meta description: the editor's search description, else the page's own summary,
        description or introduction as plain text ("" when it has none)."""
        for nilai in (
            self.search_description,
            getattr(self, "ringkasan", ""),
            getattr(self, "deskripsi", ""),
            strip_tags(str(getattr(self, "intro", "") or "")),
        ):
            teks = " ".join(str(nilai or "").split())
            if teks:
                return teks
        return ""

    def publish(self, revision, user=None, **kwargs):
        from portal.moderasi.jadwal_tayang import tunda_di_luar_jam_kerja

        tunda_di_luar_jam_kerja(revision, user)
        return super().publish(revision, user=user, **kwargs)


class KontenPage(PortalPage):
    """What every item that passes through the SOP (berita, dokumen, galeri) shares.

    `waktu_liputan` is when the petugas collected the material (SOP step 1); the moment the
    petugas submits it for moderation is the hand-over receipt (step 2), kept by Wagtail's
    workflow state, so both first steps of the SOP are measured.
    """

    waktu_liputan = models.DateTimeField(
        _("waktu pengumpulan materi"),
        default=timezone.now,
        help_text=_("Kapan materi (liputan, foto, dokumen) dikumpulkan oleh petugas."),
    )

    panel_liputan = FieldPanel("waktu_liputan")
    # The latest SOP decision (returned, refused, forwarded), shown to whoever edits the item.
    panel_keputusan = PanelKeputusanSOP()

    class Meta:
        abstract = True

    @property
    def status_string(self):
        """Wagtail's status label, but an item refused as not fit to publish or returned for
        changes says so in page listings instead of "draft"."""
        if not self.live and self.pk:
            status = status_sop(self)
            if status is not None:
                return status
        return super().status_string
