import re

from django import forms
from django.db import models
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index

from berita.seo import properti_og_berita, simpul_berita
from portal.core.api_fields import FIELD_OPD, NamaField, RendisiField
from portal.core.bentuk_dasar import TeksDasar
from portal.core.blocks import IsiBeritaBlock
from portal.core.cache_halaman import halaman_publik, pasang_relasi_kecil, per_generasi
from portal.core.forms import FilterDaftar
from portal.core.models import OPD, KontenPage, PortalPage
from portal.core.pagination import paginate

BERITA_PER_HALAMAN = 12
JUMLAH_BERITA_TERKAIT = 3
# How many of the newest berita sharing a tag or the category are scored for relatedness.
KANDIDAT_BERITA_TERKAIT = 200
BULAN = [
    (1, _("Januari")),
    (2, _("Februari")),
    (3, _("Maret")),
    (4, _("April")),
    (5, _("Mei")),
    (6, _("Juni")),
    (7, _("Juli")),
    (8, _("Agustus")),
    (9, _("September")),
    (10, _("Oktober")),
    (11, _("November")),
    (12, _("Desember")),
]


class KategoriBerita(TranslatableMixin, models.Model):
    nama = models.CharField(_("nama"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)

    panels = [FieldPanel("nama"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("kategori berita")
        verbose_name_plural = _("kategori berita")
        ordering = ["nama"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.nama


class BeritaPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "berita.BeritaPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class BeritaIndexPage(PortalPage):
    intro = RichTextField(_("pengantar"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["berita.BeritaPage", "berita.PengumumanSertaMertaPage"]
    max_count_per_parent = 1
    berhalaman = True

    class Meta:
        verbose_name = _("indeks berita")
        verbose_name_plural = _("indeks berita")

    def get_berita(self):
        return (
            halaman_publik(BeritaPage.objects.live().child_of(self))
            .order_by("-tanggal", "-first_published_at", "-pk")
            .select_related("gambar_utama", "kategori")
            # The cards' renditions in one query, not one cache round trip per image.
            .prefetch_related("gambar_utama__renditions")
        )

    def get_pilihan_filter(self, berita=None):
        """The choices of the filters, read from the live berita: aggregates over the whole
        index, so read once per cache generation (only a publish changes them)."""
        berita = self.get_berita() if berita is None else berita

        def hitung():
            return {
                "kategori": list(
                    KategoriBerita.objects.filter(locale_id=self.locale_id).values_list(
                        "slug", "nama"
                    )
                ),
                "tag": list(
                    BeritaPageTag.objects.filter(content_object__in=berita.values("pk"))
                    .values_list("tag__slug", "tag__name")
                    .distinct()
                    .order_by("tag__name")
                ),
                "tahun": [d.year for d in berita.dates("tanggal", "year", order="DESC")],
            }

        return per_generasi(("pilihan_filter_berita", self.pk), hitung)

    def get_filter(self, data, berita=None):
        """The bound filter form of this index, its choices read from the live berita."""
        return FilterBerita(data, **self.get_pilihan_filter(berita))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        berita = self.get_berita()
        saring = self.get_filter(request.GET, berita)
        context["saring"] = saring
        context["berita_list"] = halaman_berurut(
            paginate(request, saring.terapkan(berita), BERITA_PER_HALAMAN), berita
        )
        return context


def halaman_berurut(halaman, baris):
    """A page of a listing read in two steps: the ids of the page, sorted over the whole
    listing, then those rows from `baris` (a queryset with the joins the cards need).
    Sorting whole rows (an article's body is in them) spills to disk past a few thousand
    berita; sorting ids does not. `halaman` is the paginated listing."""
    urutan = list(halaman.object_list.values_list("pk", flat=True))
    per_pk = baris.in_bulk(urutan)
    halaman.object_list = [per_pk[pk] for pk in urutan if pk in per_pk]
    return halaman


class FilterBerita(FilterDaftar):
    """The filters of the news index, all in the URL (?kategori=&tag=&tahun=&bulan=).

    An unknown slug, a malformed year or month 13 is dropped (FilterDaftar)."""

    kategori = forms.ChoiceField(label=_("Kategori"), required=False)
    tag = forms.ChoiceField(label=_("Tag"), required=False)
    tahun = forms.TypedChoiceField(label=_("Tahun"), required=False, coerce=int, empty_value=None)
    bulan = forms.TypedChoiceField(label=_("Bulan"), required=False, coerce=int, empty_value=None)

    def __init__(self, data, *, kategori, tag, tahun):
        super().__init__(data)
        semua = [("", _("Semua"))]
        self.fields["kategori"].choices = semua + list(kategori)
        self.fields["tag"].choices = semua + list(tag)
        self.fields["tahun"].choices = semua + [(str(t), str(t)) for t in tahun]
        self.fields["bulan"].choices = semua + [(str(n), nama) for n, nama in BULAN]

    saringan = {
        "kategori": "kategori__slug",
        "tag": "tags__slug",
        "tahun": "tanggal__year",
        "bulan": "tanggal__month",
    }

    def terapkan(self, berita):
        berita = super().terapkan(berita)
        return berita.distinct() if "tag" in self.nilai else berita


class BeritaPage(KontenPage):
    tanggal = models.DateField(_("tanggal berita"), default=timezone.localdate)
    ringkasan = models.TextField(
        _("ringkasan"),
        max_length=300,
        help_text=_("Satu atau dua kalimat; tampil di daftar berita dan mesin pencari."),
    )
    gambar_utama = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar utama"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    keterangan_gambar = models.CharField(_("keterangan gambar"), max_length=255, blank=True)
    kredit_gambar = models.CharField(_("kredit gambar"), max_length=255, blank=True)
    isi = StreamField(IsiBeritaBlock(), verbose_name=_("isi berita"))
    kategori = models.ForeignKey(
        KategoriBerita,
        verbose_name=_("kategori"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="berita",
    )
    tags = ClusterTaggableManager(through=BeritaPageTag, blank=True, verbose_name=_("tag"))
    opd = models.ForeignKey(
        "core.OPD",
        verbose_name=_("sumber (OPD)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="berita",
    )
    penulis = models.CharField(
        _("penulis"), max_length=255, blank=True, help_text=_("Nama penulis atau bagian.")
    )

    content_panels = [KontenPage.panel_keputusan, *Page.content_panels] + [
        KontenPage.panel_liputan,
        MultiFieldPanel([FieldPanel("tanggal"), FieldPanel("ringkasan")], heading=_("Ringkasan")),
        MultiFieldPanel(
            [
                FieldPanel("gambar_utama"),
                FieldPanel("keterangan_gambar"),
                FieldPanel("kredit_gambar"),
            ],
            heading=_("Gambar utama"),
        ),
        FieldPanel("isi"),
        MultiFieldPanel(
            [
                FieldPanel("kategori"),
                FieldPanel("tags"),
                FieldPanel("opd"),
                FieldPanel("penulis"),
            ],
            heading=_("Klasifikasi dan sumber"),
        ),
    ]
    teks_dasar = TeksDasar()
    search_fields = Page.search_fields + [
        index.SearchField("ringkasan"),
        index.SearchField("isi"),
        index.FilterField("tanggal"),
        index.FilterField("kategori"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.SearchField("teks_dasar"),
    ]
    # The open-data API (portal/api.py): the article, its lead image also as a rendition.
    api_fields = [
        "tanggal",
        "ringkasan",
        "gambar_utama",
        APIField("gambar_utama_rendisi", serializer=RendisiField(source="gambar_utama")),
        "keterangan_gambar",
        "kredit_gambar",
        "isi",
        APIField("kategori", serializer=NamaField("slug", "nama")),
        "tags",
        "penulis",
        FIELD_OPD,
    ]

    parent_page_types = ["berita.BeritaIndexPage"]
    subpage_types = []
    jenis_og = "article"
    jenis_pencarian = "berita"
    label_jenis_pencarian = _("Berita")

    class Meta:
        verbose_name = _("berita")
        verbose_name_plural = _("berita")
        # Listings, the home page and related berita read the newest first: no table sort.
        indexes = [models.Index(fields=["-tanggal", "-page_ptr"], name="berita_terbaru_idx")]

    def get_tag(self):
        """The berita's tags, read once per page object (the article, its JSON-LD and the
        related berita all show or use them)."""
        if not hasattr(self, "_portal_tag"):
            self._portal_tag = list(self.tags.all())
        return self._portal_tag

    def simpul_json_ld(self, konteks):
        return simpul_berita(self, konteks)

    def properti_og(self):
        return properti_og_berita(self)

    def get_berita_terkait(self, jumlah=JUMLAH_BERITA_TERKAIT):
        """Live berita sharing this one's tags or category, the most shared tags first then
        the newest; topped up with the latest berita when too few are related."""
        lain = (
            halaman_publik(BeritaPage.objects.live())
            .filter(locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .select_related("gambar_utama", "kategori")
            .prefetch_related("gambar_utama__renditions")
        )
        tag_ids = [tag.pk for tag in self.get_tag()]
        bertag = BeritaPageTag.objects.filter(tag_id__in=tag_ids).values("content_object")
        kondisi = Q(pk__in=bertag)
        if self.kategori_id:
            kondisi |= Q(kategori_id=self.kategori_id)
        # Scored among the newest candidates only (scoring every berita of a category sorts
        # thousands of rows per view), and on ids alone, the winners read whole afterwards
        # (grouping whole rows, bodies included, to keep three cost most of the view).
        kandidat = lain.filter(kondisi).order_by("-tanggal", "-pk").values("pk")
        urutan = list(
            BeritaPage.objects.filter(pk__in=kandidat[:KANDIDAT_BERITA_TERKAIT])
            .values("pk")
            .annotate(
                skor=Count("tagged_items", filter=Q(tagged_items__tag_id__in=tag_ids))
                + Case(
                    When(kategori_id=self.kategori_id, then=Value(1)),
                    default=Value(0),
                    output_field=IntegerField(),
                )
            )
            .order_by("-skor", "-tanggal", "-pk")
            .values_list("pk", flat=True)[:jumlah]
        )
        per_pk = lain.in_bulk(urutan)
        terkait = [per_pk[pk] for pk in urutan if pk in per_pk]
        if len(terkait) < jumlah:
            terkait += list(
                lain.exclude(pk__in=[b.pk for b in terkait]).order_by("-tanggal", "-pk")[
                    : jumlah - len(terkait)
                ]
            )
        return terkait

    def get_context(self, request, *args, **kwargs):
        pasang_relasi_kecil(self, kategori=KategoriBerita, opd=OPD)
        context = super().get_context(request, *args, **kwargs)
        context["berita_terkait"] = self.get_berita_terkait()
        return context


# -- Pengumuman serta merta (KIP) ---------------------------------------------------------------


class KontakDaruratValue(blocks.StructValue):
    def tautan_telepon(self):
        """`tel:` link of the number, digits and a leading + only; "" when there is none."""
        nomor = re.sub(r"[^\d+]", "", self.get("telepon") or "")
        return f"tel:{nomor}" if nomor else ""


class KontakDaruratBlock(blocks.StructBlock):
    nama = blocks.CharBlock(
        label=_("Nama posko/instansi"),
        max_length=255,
        help_text=_("Misalnya Posko BPBD Provinsi Kalimantan Timur."),
    )
    telepon = blocks.CharBlock(
        label=_("Telepon/WhatsApp"), max_length=50, required=False, help_text=_("Misalnya 112.")
    )
    keterangan = blocks.CharBlock(
        label=_("Keterangan"),
        max_length=255,
        required=False,
        help_text=_("Alamat, jam layanan atau kanal lain (radio, media sosial)."),
    )

    class Meta:
        icon = "mail"
        label = _("Kontak bantuan")
        value_class = KontakDaruratValue


def galat_banner(tampilkan_banner, banner_berakhir, sekarang=None):
    """The reason a site-wide banner cannot be shown as configured, or None. Applied by the
    admin form and before a serta-merta publication, never on save: a live announcement whose
    banner has run out must stay savable by the scheduler and unpublishable."""
    if not tampilkan_banner:
        return None
    if banner_berakhir is None:
        return _("Isi waktu berakhirnya banner bila banner peringatan ditampilkan.")
    sekarang = sekarang or timezone.now()
    if banner_berakhir <= sekarang:
        return _(
            "Waktu berakhir banner harus setelah sekarang (%(sekarang)s WITA). Perpanjang "
            "waktunya atau matikan banner."
        ) % {
            "sekarang": formats.date_format(timezone.localtime(sekarang), "j F Y H.i"),
        }
    return None


class PengumumanSertaMertaPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        pesan = galat_banner(
            cleaned_data.get("tampilkan_banner"), cleaned_data.get("banner_berakhir")
        )
        if pesan and "banner_berakhir" not in self.errors:
            self.add_error("banner_berakhir", pesan)
        return cleaned_data


class PengumumanSertaMertaPage(KontenPage):
    """An announcement of information that threatens lives or public order (KIP, *serta
    merta*): what the law asks it to state, in plain language, optionally pinned as a site-wide
    alert banner until a chosen time. Holders of the serta-merta permission may publish it at
    any hour (portal/moderasi/serta_merta.py)."""

    tanggal = models.DateTimeField(_("waktu pengumuman"), default=timezone.now)
    ringkasan = models.TextField(
        _("ringkasan"),
        max_length=300,
        help_text=_(
            "Satu atau dua kalimat yang jelas: apa yang terjadi, di mana, apa yang harus "
            "dilakukan. Tampil di banner dan mesin pencari."
        ),
    )
    bahaya_dan_dampak = models.TextField(
        _("bahaya dan dampaknya"),
        help_text=_("Ancaman yang terjadi atau akan terjadi dan akibatnya bagi warga."),
    )
    pihak_terdampak = models.TextField(
        _("pihak dan wilayah yang terdampak"),
        help_text=_("Siapa saja dan wilayah mana (kabupaten/kota, kecamatan, kelurahan)."),
    )
    prosedur_evakuasi = models.TextField(
        _("prosedur evakuasi"),
        blank=True,
        help_text=_("Langkah evakuasi. Kosongkan bila keadaan ini tidak memerlukan evakuasi."),
    )
    tempat_evakuasi = models.TextField(
        _("tempat evakuasi"),
        blank=True,
        help_text=_("Titik kumpul dan tempat pengungsian beserta alamatnya."),
    )
    cara_menghindari = models.TextField(
        _("cara menghindari bahaya"),
        help_text=_("Apa yang harus dan tidak boleh dilakukan warga."),
    )
    cara_mendapat_bantuan = StreamField(
        [("kontak", KontakDaruratBlock())],
        verbose_name=_("cara mendapatkan bantuan"),
        help_text=_("Posko, nomor darurat dan kanal yang dapat dihubungi; sedikitnya satu."),
    )
    pihak_pengumum = models.CharField(
        _("pihak yang mengumumkan"),
        max_length=255,
        help_text=_(
            "Instansi atau pejabat yang berwenang mengumumkan, misalnya BPBD Provinsi "
            "Kalimantan Timur."
        ),
    )
    cara_penyampaian = models.TextField(
        _("cara penyampaian dalam keadaan darurat"),
        blank=True,
        help_text=_(
            "Kanal lain tempat pengumuman ini disiarkan: sirene, radio, pengeras suara, "
            "pesan singkat."
        ),
    )
    upaya_yang_dilakukan = models.TextField(
        _("upaya yang dilakukan"),
        help_text=_("Apa yang sedang dilakukan pemerintah dan instansi terkait."),
    )
    tampilkan_banner = models.BooleanField(
        _("tampilkan banner peringatan"),
        default=False,
        help_text=_(
            "Tampilkan pengumuman ini sebagai banner di bagian atas semua halaman situs "
            "selama tayang dan belum berakhir."
        ),
    )
    banner_berakhir = models.DateTimeField(
        _("banner berakhir pada"),
        null=True,
        blank=True,
        help_text=_("Wajib bila banner ditampilkan; setelah waktu ini banner hilang sendiri."),
    )

    base_form_class = PengumumanSertaMertaPageForm

    content_panels = [KontenPage.panel_keputusan, *Page.content_panels] + [
        KontenPage.panel_liputan,
        MultiFieldPanel(
            [FieldPanel("tanggal"), FieldPanel("ringkasan"), FieldPanel("pihak_pengumum")],
            heading=_("Pengumuman"),
        ),
        MultiFieldPanel(
            [FieldPanel("bahaya_dan_dampak"), FieldPanel("pihak_terdampak")],
            heading=_("Bahaya dan pihak terdampak"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("cara_menghindari"),
                FieldPanel("prosedur_evakuasi"),
                FieldPanel("tempat_evakuasi"),
            ],
            heading=_("Keselamatan dan evakuasi"),
        ),
        FieldPanel("cara_mendapat_bantuan"),
        MultiFieldPanel(
            [FieldPanel("upaya_yang_dilakukan"), FieldPanel("cara_penyampaian")],
            heading=_("Penanganan"),
        ),
        MultiFieldPanel(
            [FieldPanel("tampilkan_banner"), FieldPanel("banner_berakhir")],
            heading=_("Banner peringatan situs"),
        ),
    ]
    teks_dasar = TeksDasar()
    search_fields = Page.search_fields + [
        index.SearchField("ringkasan"),
        index.SearchField("bahaya_dan_dampak"),
        index.SearchField("pihak_terdampak"),
        index.SearchField("cara_menghindari"),
        index.SearchField("pihak_pengumum"),
        index.FilterField("tanggal"),
        index.FilterField("tampilkan_banner"),
        index.SearchField("teks_dasar"),
    ]

    parent_page_types = ["berita.BeritaIndexPage"]
    subpage_types = []
    punya_banner_darurat = True
    # Found by the search's "berita" filter, like the news it is announced beside.
    jenis_pencarian = "berita"
    label_jenis_pencarian = _("Berita")
    # Not in the open-data API, which publishes berita, dokumen and galleries (README, "API
    # data terbuka") and was built after these announcements existed: listing them there
    # (which fields, for how long after the emergency) is a decision of its own.
    dicantumkan_di_api = False

    class Meta:
        verbose_name = _("pengumuman serta merta")
        verbose_name_plural = _("pengumuman serta merta")

    def galat_serta_merta(self, sekarang):
        # The banner must be able to show as configured when the announcement goes live.
        return galat_banner(self.tampilkan_banner, self.banner_berakhir, sekarang)

    @property
    def banner_aktif(self):
        return bool(
            self.live
            and self.tampilkan_banner
            and self.banner_berakhir
            and self.banner_berakhir > timezone.now()
        )

    @classmethod
    def dengan_banner(cls, locale=None):
        """Live, public announcements whose banner is on, ended or not, newest first, in the
        given locale (default: the active one)."""
        return halaman_publik(
            cls.objects.live().filter(
                locale=locale or Locale.get_active(),
                tampilkan_banner=True,
                banner_berakhir__isnull=False,
            )
        ).order_by("-tanggal", "-first_published_at", "-pk")

    @classmethod
    def untuk_banner(cls, locale=None, sekarang=None):
        """The announcements `dengan_banner` whose banner has not ended."""
        return cls.dengan_banner(locale).filter(banner_berakhir__gt=sekarang or timezone.now())
