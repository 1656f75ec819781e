from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from dokumen.forms import DokumenPageForm
from portal.core.models import KontenPage, PortalPage
from portal.core.pagination import paginate

DOKUMEN_PER_HALAMAN = 20
TAHUN_TERAWAL = 1950


class KategoriKIP(models.TextChoices):
    """Categories of public information under Law 14/2008 (KIP)."""

    BERKALA = "berkala", _("Berkala")
    SERTA_MERTA = "serta_merta", _("Serta merta")
    SETIAP_SAAT = "setiap_saat", _("Setiap saat")
    DIKECUALIKAN = "dikecualikan", _("Dikecualikan")


class StatusDokumen(models.TextChoices):
    BERLAKU = "berlaku", _("Berlaku")
    TIDAK_BERLAKU = "tidak_berlaku", _("Tidak berlaku")


class BentukInformasi(models.TextChoices):
    SOFTCOPY = "softcopy", _("Softcopy")
    HARDCOPY = "hardcopy", _("Hardcopy")
    KEDUANYA = "softcopy_hardcopy", _("Softcopy dan hardcopy")


class JenisDokumen(index.Indexed, models.Model):
    """A managed list of document types: Perda, Pergub, Kepgub, SK, SE, LKPJ, LPPD, …"""

    nama = models.CharField(_("nama"), max_length=100, unique=True)
    singkatan = models.CharField(_("singkatan"), max_length=30, unique=True)

    panels = [FieldPanel("nama"), FieldPanel("singkatan")]
    search_fields = [index.SearchField("nama"), index.AutocompleteField("nama")]

    class Meta:
        verbose_name = _("jenis dokumen")
        verbose_name_plural = _("jenis dokumen")
        ordering = ["nama"]

    def __str__(self):
        return self.singkatan


def tahun_maksimum():
    return timezone.localdate().year + 1


class DokumenIndexPage(PortalPage):
    intro = RichTextField(_("pengantar"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["dokumen.DokumenPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("indeks dokumen")
        verbose_name_plural = _("indeks dokumen")

    def get_dokumen(self):
        return (
            DokumenPage.objects.live()
            .child_of(self)
            .order_by("-tanggal_terbit", "-pk")
            .select_related("jenis", "opd")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["dokumen_list"] = paginate(request, self.get_dokumen(), DOKUMEN_PER_HALAMAN)
        return context


class DokumenPage(KontenPage):
    nomor = models.CharField(_("nomor"), max_length=100)
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    jenis = models.ForeignKey(
        JenisDokumen, verbose_name=_("jenis"), on_delete=models.PROTECT, related_name="dokumen"
    )
    kategori_kip = models.CharField(
        _("kategori informasi (KIP)"),
        max_length=20,
        choices=KategoriKIP.choices,
        default=KategoriKIP.SETIAP_SAAT,
    )
    opd = models.ForeignKey(
        "core.OPD",
        verbose_name=_("OPD penerbit"),
        on_delete=models.PROTECT,
        related_name="dokumen",
    )
    tanggal_terbit = models.DateField(_("tanggal terbit"))
    status = models.CharField(
        _("status"), max_length=20, choices=StatusDokumen.choices, default=StatusDokumen.BERLAKU
    )
    ringkasan = models.TextField(_("ringkasan isi"))
    # Fields of the Daftar Informasi Publik (the register KIP asks every public body to keep).
    penanggung_jawab = models.CharField(
        _("penanggung jawab"), max_length=255, help_text=_("Pejabat atau unit yang menguasai.")
    )
    tempat_pembuatan = models.CharField(_("tempat pembuatan"), max_length=100, default="Samarinda")
    bentuk_informasi = models.CharField(
        _("bentuk informasi"),
        max_length=20,
        choices=BentukInformasi.choices,
        default=BentukInformasi.SOFTCOPY,
    )
    jangka_waktu_penyimpanan = models.CharField(
        _("jangka waktu penyimpanan"), max_length=100, default="5 tahun"
    )
    tanggal_pembaruan = models.DateField(_("tanggal pembaruan"), default=timezone.localdate)

    base_form_class = DokumenPageForm

    content_panels = Page.content_panels + [
        KontenPage.panel_liputan,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("jenis"), FieldPanel("nomor"), FieldPanel("tahun")]),
                FieldRowPanel([FieldPanel("opd"), FieldPanel("tanggal_terbit")]),
                FieldRowPanel([FieldPanel("kategori_kip"), FieldPanel("status")]),
                FieldPanel("ringkasan"),
            ],
            heading=_("Identitas dokumen"),
        ),
        InlinePanel("lampiran", label=_("Berkas"), heading=_("Berkas lampiran")),
        MultiFieldPanel(
            [
                FieldPanel("penanggung_jawab"),
                FieldRowPanel([FieldPanel("tempat_pembuatan"), FieldPanel("bentuk_informasi")]),
                FieldRowPanel(
                    [FieldPanel("jangka_waktu_penyimpanan"), FieldPanel("tanggal_pembaruan")]
                ),
            ],
            heading=_("Daftar Informasi Publik"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("nomor"),
        index.SearchField("ringkasan"),
        index.FilterField("tahun"),
        index.FilterField("kategori_kip"),
        index.RelatedFields("jenis", [index.SearchField("nama")]),
        index.RelatedFields("opd", [index.SearchField("nama")]),
    ]

    parent_page_types = ["dokumen.DokumenIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("dokumen")
        verbose_name_plural = _("dokumen")

    def clean(self):
        super().clean()
        errors = {}
        if self.tahun is not None and not TAHUN_TERAWAL <= self.tahun <= tahun_maksimum():
            errors["tahun"] = _("Tahun harus di antara %(awal)s dan %(akhir)s.") % {
                "awal": TAHUN_TERAWAL,
                "akhir": tahun_maksimum(),
            }
        if self.kategori_kip == KategoriKIP.DIKECUALIKAN:
            errors["kategori_kip"] = _(
                "Informasi yang dikecualikan (UU 14/2008 Pasal 17) tidak boleh dimuat di "
                "portal publik."
            )
        if errors:
            raise ValidationError(errors)


class DokumenLampiran(Orderable):
    page = ParentalKey(DokumenPage, on_delete=models.CASCADE, related_name="lampiran")
    dokumen = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("berkas"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    judul = models.CharField(
        _("judul berkas"),
        max_length=255,
        blank=True,
        help_text=_("Kosongkan untuk memakai judul berkas."),
    )

    panels = [FieldPanel("dokumen"), FieldPanel("judul")]

    class Meta(Orderable.Meta):
        verbose_name = _("berkas lampiran")
        verbose_name_plural = _("berkas lampiran")

    @property
    def label(self):
        return self.judul or self.dokumen.title
