import csv
import io
from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from dokumen.api import LampiranField
from dokumen.forms import DokumenPageForm
from dokumen.seo import simpul_dokumen
from portal.core.api_fields import FIELD_OPD, NamaField
from portal.core.bentuk_dasar import TeksDasar
from portal.core.cache_halaman import halaman_publik, pasang_relasi_kecil, per_generasi
from portal.core.forms import FilterDaftar
from portal.core.models import OPD, KontenPage, PortalPage, Subhalaman
from portal.core.pagination import paginate

DOKUMEN_PER_HALAMAN = 20
TAHUN_TERAWAL = 1950
# KIP: periodic information is published at least every six months.
BULAN_BATAS_BERKALA = 6


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
    search_fields = [
        index.SearchField("nama"),
        index.AutocompleteField("nama"),
        index.SearchField("singkatan"),
        index.AutocompleteField("singkatan"),
    ]

    class Meta:
        verbose_name = _("jenis dokumen")
        verbose_name_plural = _("jenis dokumen")
        ordering = ["nama"]

    def __str__(self):
        return self.singkatan


def tahun_maksimum():
    return timezone.localdate().year + 1


class DokumenIndexPage(RoutablePageMixin, PortalPage):
    intro = RichTextField(_("pengantar"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["dokumen.DokumenPage"]
    max_count_per_parent = 1
    berhalaman = True
    # The register the law requires (UU 14/2008) is a page of its own for search engines.
    subhalaman_sendiri = {
        "daftar_informasi_publik": Subhalaman(
            _("Daftar Informasi Publik"),
            _(
                "Daftar Informasi Publik: seluruh informasi publik yang dikuasai Pemerintah "
                "Provinsi Kalimantan Timur, dikelompokkan menurut kategori UU 14/2008, dapat "
                "diunduh dalam format CSV dan XLSX."
            ),
        )
    }

    class Meta:
        verbose_name = _("indeks dokumen")
        verbose_name_plural = _("indeks dokumen")

    def get_dokumen(self):
        return (
            halaman_publik(DokumenPage.objects.live().child_of(self))
            .exclude(kategori_kip=KategoriKIP.DIKECUALIKAN)
            .order_by("-tanggal_terbit", "-pk")
            .select_related("jenis", "opd")
            # The text of the attached PDFs is for the search index only: never sorted or
            # shown on a listing.
            .defer("teks_berkas")
        )

    def get_pilihan_filter(self, dokumen=None):
        """The choices of the filters, read from the live documents: aggregates over the
        whole index, so read once per cache generation (only a publish changes them)."""
        dokumen = self.get_dokumen() if dokumen is None else dokumen

        def hitung():
            return {
                "jenis": list(
                    JenisDokumen.objects.filter(dokumen__in=dokumen.values("pk"))
                    .distinct()
                    .values_list("singkatan", "nama")
                ),
                "tahun": list(
                    dokumen.order_by("-tahun").values_list("tahun", flat=True).distinct()
                ),
                "opd": list(
                    OPD.objects.filter(dokumen__in=dokumen.values("pk"))
                    .distinct()
                    .values_list("kode", "nama")
                ),
            }

        return per_generasi(("pilihan_filter_dokumen", self.pk), hitung)

    def get_filter(self, data, dokumen=None):
        """The bound filter form of this index, its choices read from the live documents."""
        return FilterDokumen(data, **self.get_pilihan_filter(dokumen))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        dokumen = self.get_dokumen()
        saring = self.get_filter(request.GET, dokumen)
        context["saring"] = saring
        context["dokumen_list"] = paginate(request, saring.terapkan(dokumen), DOKUMEN_PER_HALAMAN)
        return context

    # -- Daftar Informasi Publik ---------------------------------------------------------------

    def get_daftar_informasi_publik(self):
        """The register as [(KategoriKIP, [BarisDIP, ...]), ...] in the law's order, numbered
        through the whole register; empty categories are kept so the register shows them."""
        dokumen = list(
            self.get_dokumen().order_by("kategori_kip", "jenis__nama", "-tanggal_terbit", "pk")
        )
        kelompok, nomor = [], 0
        for kategori in KATEGORI_DIP:
            baris = []
            for dok in dokumen:
                if dok.kategori_kip == kategori:
                    nomor += 1
                    baris.append(BarisDIP(nomor, dok))
            kelompok.append((kategori, baris))
        return kelompok

    @path("daftar-informasi-publik/", name="daftar_informasi_publik")
    def daftar_informasi_publik(self, request):
        kelompok = self.get_daftar_informasi_publik()
        format_ = request.GET.get("format", "")
        if format_ in ("csv", "xlsx"):
            baris = [b for _kategori, isi in kelompok for b in isi]
            return unduhan_dip(baris, format_, request, timezone.localdate())
        return self.render(
            request,
            template="dokumen/daftar_informasi_publik.html",
            context_overrides={
                "kelompok_dip": kelompok,
                "subhalaman": self.subhalaman_sendiri["daftar_informasi_publik"],
                "jumlah_dip": sum(len(isi) for _kategori, isi in kelompok),
            },
        )


class FilterDokumen(FilterDaftar):
    """The filters of the document index, all in the URL (?jenis=&tahun=&kategori=&opd=)."""

    jenis = forms.ChoiceField(label=_("Jenis"), required=False)
    tahun = forms.TypedChoiceField(label=_("Tahun"), required=False, coerce=int, empty_value=None)
    kategori = forms.ChoiceField(label=_("Kategori informasi"), required=False)
    opd = forms.ChoiceField(label=_("OPD"), required=False)

    def __init__(self, data, *, jenis, tahun, opd):
        super().__init__(data)
        semua = [("", _("Semua"))]
        self.fields["jenis"].choices = semua + list(jenis)
        self.fields["tahun"].choices = semua + [(str(t), str(t)) for t in tahun]
        self.fields["kategori"].choices = semua + [(k.value, k.label) for k in KATEGORI_DIP]
        self.fields["opd"].choices = semua + list(opd)

    saringan = {
        "jenis": "jenis__singkatan",
        "tahun": "tahun",
        "kategori": "kategori_kip",
        "opd": "opd__kode",
    }


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
    # The text of the attached PDF files, kept by dokumen/teks_berkas.py for the site search.
    teks_berkas = models.TextField(_("teks berkas lampiran"), blank=True, editable=False)

    base_form_class = DokumenPageForm

    content_panels = [KontenPage.panel_keputusan, *Page.content_panels] + [
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
    teks_dasar = TeksDasar()
    search_fields = Page.search_fields + [
        index.SearchField("nomor"),
        index.SearchField("ringkasan"),
        index.FilterField("tahun"),
        index.FilterField("kategori_kip"),
        index.RelatedFields("jenis", [index.SearchField("nama")]),
        index.RelatedFields("opd", [index.SearchField("nama")]),
        index.SearchField("teks_berkas"),
        index.SearchField("teks_dasar"),
    ]
    # The open-data API (portal/api.py): the register entry with its files' download URLs;
    # never `teks_berkas` (the files' text, kept for the site search).
    api_fields = [
        "nomor",
        "tahun",
        APIField("jenis", serializer=NamaField("singkatan", "nama")),
        "kategori_kip",
        FIELD_OPD,
        "tanggal_terbit",
        "status",
        "ringkasan",
        "penanggung_jawab",
        "tempat_pembuatan",
        "bentuk_informasi",
        "jangka_waktu_penyimpanan",
        "tanggal_pembaruan",
        APIField("lampiran", serializer=LampiranField()),
    ]

    parent_page_types = ["dokumen.DokumenIndexPage"]
    subpage_types = []
    jenis_pencarian = "dokumen"
    label_jenis_pencarian = _("Dokumen")

    class Meta:
        verbose_name = _("dokumen")
        verbose_name_plural = _("dokumen")
        # The home page and the index read the newest first: no table sort.
        indexes = [
            models.Index(fields=["-tanggal_terbit", "-page_ptr"], name="dokumen_terbaru_idx")
        ]

    @classmethod
    def dengan_tahun(cls, tahun):
        # A document is dated by its own year (of enactment), not a date field.
        return cls.objects.filter(tahun=tahun)

    @classmethod
    def tahun_dari(cls, halaman):
        return set(halaman.values_list("tahun", flat=True).distinct())

    @classmethod
    def tidak_dicantumkan(cls):
        # Exempt information (KIP Art. 17) is never listed publicly, even if one slipped past
        # the form: not in the sitemap, the API or the site search.
        return cls.objects.filter(kategori_kip=KategoriKIP.DIKECUALIKAN)

    def simpul_json_ld(self, konteks):
        return simpul_dokumen(self, konteks)

    def get_lampiran(self):
        """The attached files with their documents (one list per page object: the page and
        its JSON-LD both list them)."""
        if not hasattr(self, "_portal_lampiran"):
            self._portal_lampiran = list(self.lampiran.select_related("dokumen"))
        return self._portal_lampiran

    def get_context(self, request, *args, **kwargs):
        pasang_relasi_kecil(self, jenis=JenisDokumen, opd=OPD)
        return super().get_context(request, *args, **kwargs)

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


# -- Daftar Informasi Publik (DIP) ----------------------------------------------------------------

KATEGORI_DIP = [KategoriKIP.BERKALA, KategoriKIP.SERTA_MERTA, KategoriKIP.SETIAP_SAAT]

KOLOM_DIP = [
    _("No."),
    _("Kategori informasi"),
    _("Ringkasan isi informasi"),
    _("Jenis, nomor dan tahun"),
    _("Pejabat/unit yang menguasai informasi"),
    _("Penanggung jawab pembuatan/penerbitan informasi"),
    _("Waktu pembuatan"),
    _("Tempat pembuatan"),
    _("Bentuk informasi"),
    _("Jangka waktu penyimpanan"),
    _("Tanggal pembaruan"),
    _("Tautan"),
]


class BarisDIP:
    """One row of the register: a live document and its place in the numbering."""

    def __init__(self, nomor, dokumen):
        self.nomor = nomor
        self.dokumen = dokumen

    def sel(self, request):
        """The row as text cells in the order of KOLOM_DIP (for CSV and XLSX)."""
        dok = self.dokumen
        return [
            str(self.nomor),
            str(dok.get_kategori_kip_display()),
            f"{dok.title}. {dok.ringkasan}".replace("\r\n", " ").replace("\n", " "),
            f"{dok.jenis.nama} Nomor {dok.nomor} Tahun {dok.tahun}",
            dok.opd.nama,
            dok.penanggung_jawab,
            dok.tanggal_terbit.isoformat(),
            dok.tempat_pembuatan,
            str(dok.get_bentuk_informasi_display()),
            dok.jangka_waktu_penyimpanan,
            dok.tanggal_pembaruan.isoformat(),
            dok.get_full_url(request) or "",
        ]


def sel_aman(nilai):
    """A cell a spreadsheet will not run as a formula (CSV/formula injection): text starting
    with = + - @ or a control character gets a leading apostrophe."""
    if nilai and nilai[0] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + nilai
    return nilai


def unduhan_dip(baris, format_, request, tanggal):
    """The register as a CSV (UTF-8 with BOM, for spreadsheet programs) or XLSX download."""
    kepala = [str(k) for k in KOLOM_DIP]
    isi = [[sel_aman(s) for s in b.sel(request)] for b in baris]
    nama = f"daftar-informasi-publik-{tanggal.isoformat()}.{format_}"
    if format_ == "csv":
        keluaran = io.StringIO()
        penulis = csv.writer(keluaran)
        penulis.writerow(kepala)
        penulis.writerows(isi)
        respons = HttpResponse(
            "\ufeff" + keluaran.getvalue(), content_type="text/csv; charset=utf-8"
        )
    else:
        from openpyxl import Workbook
        from openpyxl.styles import Font

        buku = Workbook()
        lembar = buku.active
        lembar.title = "DIP"
        lembar.append(kepala)
        for sel in lembar[1]:
            sel.font = Font(bold=True)
        for b in isi:
            lembar.append(b)
        lembar.freeze_panes = "A2"
        lebar = (6, 14, 60, 30, 30, 30, 12, 14, 14, 14, 12, 40)
        for kolom, ukuran in zip("ABCDEFGHIJKL", lebar, strict=True):
            lembar.column_dimensions[kolom].width = ukuran
        data = io.BytesIO()
        buku.save(data)
        respons = HttpResponse(
            data.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    respons["Content-Disposition"] = f'attachment; filename="{nama}"'
    return respons


def kurangi_bulan(tanggal, bulan):
    """`tanggal` moved back by whole months, the day clamped to the month's length."""
    indeks = tanggal.year * 12 + tanggal.month - 1 - bulan
    tahun, bulan_baru = divmod(indeks, 12)
    bulan_baru += 1
    hari_terakhir = (date(tahun + bulan_baru // 12, bulan_baru % 12 + 1, 1) - date.resolution).day
    return date(tahun, bulan_baru, min(tanggal.day, hari_terakhir))


def dokumen_berkala_usang(hari_ini=None):
    """Live periodic (berkala) documents whose `tanggal_pembaruan` is six months old or more,
    the oldest first: KIP asks periodic information to be renewed at least every six months."""
    hari_ini = hari_ini or timezone.localdate()
    return (
        DokumenPage.objects.live()
        .filter(
            kategori_kip=KategoriKIP.BERKALA,
            tanggal_pembaruan__lte=kurangi_bulan(hari_ini, BULAN_BATAS_BERKALA),
        )
        .select_related("opd", "jenis")
        .order_by("tanggal_pembaruan", "pk")
    )


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


class TeksBerkas(models.Model):
    """The text extracted from a Wagtail document's PDF file (dokumen/teks_berkas.py), kept so
    a file is read once per upload rather than at every save of the pages attaching it."""

    dokumen = models.OneToOneField(
        "wagtaildocs.Document",
        verbose_name=_("berkas"),
        on_delete=models.CASCADE,
        related_name="teks_pencarian",
    )
    sidik = models.CharField(_("sidik berkas"), max_length=255, blank=True)
    teks = models.TextField(_("teks"), blank=True)

    class Meta:
        verbose_name = _("teks berkas")
        verbose_name_plural = _("teks berkas")

    def __str__(self):
        return str(self.dokumen)
