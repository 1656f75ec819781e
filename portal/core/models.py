"""Project-wide models: the site settings, the register of provincial agencies (OPD) and the
abstract base of every content page."""

from dataclasses import dataclass

from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Page, get_page_models
from wagtail.search import index

from portal.core.cache_halaman import per_generasi
from portal.core.forms import PortalPageForm
from portal.moderasi.jadwal_tayang import tunda_di_luar_jam_kerja
from portal.moderasi.keputusan import status_sop
from portal.moderasi.konten import KontenSOP
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


@dataclass(frozen=True)
class Subhalaman:
    """A routable sub-page that is a page of its own (`PortalPage.subhalaman_sendiri`): its
    title and description stand for it in the head, the breadcrumb and the sitemap."""

    judul: str
    deskripsi: str = ""


class PortalPage(Page):
    """The base of every page of the portal: publication happens only in working hours.

    Each page type answers for itself what the shared layer needs to know of it (the protocol
    of docs/arsitektur.md), so SEO, the sitemap, the API, search and the header keep no table
    of page classes: the attributes and methods below, overridden in the content areas."""

    base_form_class = PortalPageForm
    # A paginated listing: its `?page=N` pages are pages of their own (canonical URL).
    berhalaman = False
    # The Open Graph type of the page (`og:type`); a type with properties of its own (an
    # article's `article:*`) gives them in `properti_og`.
    jenis_og = "website"
    # A page that is live but never listed publicly (sitemap, API): search result pages.
    selalu_tidak_dicantumkan = False
    # Listed in the open-data API (portal/api.py), its fields given by Wagtail's `api_fields`.
    dicantumkan_di_api = True
    # The site-wide search page, which the header links to.
    adalah_halaman_pencarian = False
    # Pages of this type may carry the site-wide emergency banner (`dengan_banner`).
    punya_banner_darurat = False
    # The site search's type filter this page type falls under, and its label ("": the
    # search does not list the type).
    jenis_pencarian = ""
    label_jenis_pencarian = ""
    # The routable sub-pages (RoutablePageMixin) that are pages of their own, by route name:
    # their own canonical URL, hreflang, Open Graph, breadcrumb and sitemap entry. Any other
    # route shows the page itself (its root route) or is not HTML (JSON suggestions).
    subhalaman_sendiri = {}

    class Meta:
        abstract = True

    def subhalaman_diminta(self, request):
        """(Subhalaman, its path below the page) for a request to one of the page's own
        sub-pages, else (None, "")."""
        rute = getattr(request, "routable_resolver_match", None)
        subhalaman = self.subhalaman_sendiri.get(rute.url_name) if rute else None
        if subhalaman is None:
            return None, ""
        return subhalaman, self.reverse_subpage(rute.url_name, args=rute.args, kwargs=rute.kwargs)

    @classmethod
    def tidak_dicantumkan(cls):
        """Some live pages of this type that no public listing may show (sitemap, API,
        search), as a queryset, or None. A type none of whose pages are listed says so with
        `selalu_tidak_dicantumkan` instead (left out by its type, without a subquery)."""
        return None

    def simpul_json_ld(self, konteks):
        """The page's own schema.org nodes, a list of dicts (`konteks`, a
        portal.core.seo.SeoHalaman, gives the request, the canonical URL `kanonik`, the site
        settings `pengaturan` and the home page's URL `beranda_url`); the BreadcrumbList is
        added by the shared layer."""
        return []

    def properti_og(self):
        """The Open Graph properties of the page's own `jenis_og`, as (property, content)
        pairs put after the shared ones (title, URL, image…)."""
        return []

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
        tunda_di_luar_jam_kerja(revision, user)
        return super().publish(revision, user=user, **kwargs)


def tipe_halaman_dengan(atribut):
    """The page types (Wagtail's registry of page models) that set the protocol's `atribut`."""
    return [model for model in get_page_models() if getattr(model, atribut, False)]


def tanpa_yang_tidak_dicantumkan(halaman):
    """`halaman` (a page queryset) without the pages that no public listing may show: the
    types never listed (search pages, `selalu_tidak_dicantumkan`) and what each other type
    names itself (exempt documents, `PortalPage.tidak_dicantumkan`)."""
    if tidak_pernah := tipe_halaman_dengan("selalu_tidak_dicantumkan"):
        halaman = halaman.not_type(*tidak_pernah)
    for model in get_page_models():
        if issubclass(model, PortalPage) and (tersisih := model.tidak_dicantumkan()) is not None:
            halaman = halaman.exclude(pk__in=tersisih.values("pk"))
    return halaman


class KontenPage(KontenSOP, PortalPage):
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
    # The field that dates an item for the search's year filter (a date or datetime field).
    bidang_tanggal = "tanggal"
    # The latest SOP decision (returned, refused, forwarded), shown to whoever edits the item.
    panel_keputusan = PanelKeputusanSOP()

    class Meta:
        abstract = True

    @classmethod
    def dengan_tahun(cls, tahun):
        """Items of this type dated in `tahun` (the search's year filter)."""
        return cls.objects.filter(**{f"{cls.bidang_tanggal}__year": tahun})

    @classmethod
    def tahun_dari(cls, halaman):
        """The years the items of `halaman` (a queryset of this type) are dated in."""
        return {d.year for d in halaman.dates(cls.bidang_tanggal, "year")}

    @property
    def status_string(self):
        """Wagtail's status label, but an item refused as not fit to publish or returned for
        changes says so in page listings instead of "draft"."""
        if not self.live and self.pk:
            status = status_sop(self)
            if status is not None:
                return status
        return super().status_string
