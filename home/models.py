from dataclasses import dataclass
from datetime import datetime, time, timedelta
from uuid import UUID

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Value, When, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from berita.models import BeritaIndexPage, BeritaPage
from dokumen.models import DokumenIndexPage, DokumenPage, KategoriKIP
from galeri.models import GaleriFotoPage, GaleriIndexPage, GaleriVideoPage, pasang_sampul
from home.seo import simpul_beranda
from portal.core.cache_halaman import berlaku_sampai, halaman_publik, per_generasi
from portal.core.models import PortalPage
from portal.moderasi.kalender import kalender_kerja
from portal.moderasi.policy import ZONA_WITA

JUMLAH_BERITA_UNGGULAN = 4
JUMLAH_BERITA_TERBARU = 4
JUMLAH_DOKUMEN_TERBARU = 5
JUMLAH_GALERI_PILIHAN = 3
JUMLAH_TAUTAN_CEPAT = 8
JENIS_GALERI = (GaleriFotoPage, GaleriVideoPage)


@dataclass(frozen=True)
class BeritaBeranda:
    """The berita of the home page, none of them twice: the headline, the editors' featured
    berita and the latest of the others (always their full count when there are enough)."""

    utama: BeritaPage | None  # None only when no berita is live
    unggulan: list
    terbaru: list


@dataclass(frozen=True)
class PilihanRedaksi:
    """What the editors chose for a home page. Picks are kept by translation key, so a pick
    stands for its version in the home page's language: the English home page starts as a
    copy of the Indonesian one, picks included, and editors may choose either version."""

    berita_utama: UUID | None  # a translation key
    berita_unggulan: tuple  # translation keys, in the editors' order, each once
    galeri: tuple  # translation keys, in the editors' order, each once
    tautan_cepat: tuple  # TautanCepat rows leading somewhere live, in order


@dataclass(frozen=True)
class JamLayanan:
    """Today's service hours (WITA) from the working-hours calendar."""

    sekarang: datetime
    buka: datetime | None  # today's opening, None when closed all day
    tutup: datetime | None
    sedang_buka: bool
    pembukaan_berikutnya: datetime | None  # when closed now: the next opening

    @classmethod
    def pada(cls, sekarang, kalender=None):
        kalender = kalender or kalender_kerja()
        sekarang = timezone.localtime(sekarang, ZONA_WITA)
        jendela = kalender.jam_buka_hari(sekarang.date())
        sedang_buka = kalender.buka_pada(sekarang)
        try:
            berikutnya = None if sedang_buka else kalender.pembukaan_berikutnya(sekarang)
        except ValueError:  # a calendar with no opening for years: say nothing about it
            berikutnya = None
        return cls(
            sekarang=sekarang,
            buka=jendela[0] if jendela else None,
            tutup=jendela[1] if jendela else None,
            sedang_buka=sedang_buka,
            pembukaan_berikutnya=berikutnya,
        )

    @property
    def berubah_pada(self):
        """The next moment this display changes: opening or closing, else the next day."""
        besok = datetime.combine(self.sekarang.date() + timedelta(days=1), time(), ZONA_WITA)
        peralihan = self.tutup if self.sedang_buka else self.pembukaan_berikutnya
        return min(besok, peralihan) if peralihan else besok


class HomePage(PortalPage):
    intro = RichTextField(_("pengantar"), blank=True, features=["bold", "italic", "link"])
    berita_utama = models.ForeignKey(
        "berita.BeritaPage",
        verbose_name=_("berita utama"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("berita_utama")],
            heading=_("Berita utama"),
            help_text=_("Kosongkan untuk menampilkan berita terbaru."),
        ),
        MultiFieldPanel(
            [InlinePanel("berita_unggulan", max_num=JUMLAH_BERITA_UNGGULAN, label=_("Berita"))],
            heading=_("Berita unggulan"),
            help_text=_(
                "Tampil di bagian tersendiri; daftar berita terbaru tetap memuat berita lain "
                "sebanyak biasanya."
            ),
        ),
        MultiFieldPanel(
            [InlinePanel("galeri_unggulan", max_num=JUMLAH_GALERI_PILIHAN, label=_("Galeri"))],
            heading=_("Galeri pilihan"),
            help_text=_("Galeri yang dipilih tampil lebih dulu; sisanya diisi galeri terbaru."),
        ),
        MultiFieldPanel(
            [InlinePanel("tautan_cepat", max_num=JUMLAH_TAUTAN_CEPAT, label=_("Tautan"))],
            heading=_("Tautan cepat"),
            help_text=_(
                "Misalnya PPID, LAPOR!, JDIH atau layanan daring; tampil sebelum tautan ke "
                "bagian-bagian portal."
            ),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "berita.BeritaIndexPage",
        "dokumen.DokumenIndexPage",
        "galeri.GaleriIndexPage",
        "search.SearchPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("beranda")
        verbose_name_plural = _("beranda")

    def simpul_json_ld(self, konteks):
        return simpul_beranda(self, konteks)

    def get_pilihan_redaksi(self):
        """The editors' picks, read once per cache generation for public views (only
        publishing this page or a linked page changes them, and that bumps the generation);
        an admin preview reads the relations being edited every time (`per_generasi`
        memoises public views only)."""
        return per_generasi(("pilihan_redaksi", self.pk), self._baca_pilihan_redaksi)

    def _baca_pilihan_redaksi(self):
        return PilihanRedaksi(
            berita_utama=self.berita_utama.translation_key if self.berita_utama else None,
            berita_unggulan=tuple(
                dict.fromkeys(
                    u.berita.translation_key for u in self.berita_unggulan.select_related("berita")
                )
            ),
            galeri=tuple(
                dict.fromkeys(
                    g.galeri.translation_key for g in self.galeri_unggulan.select_related("galeri")
                )
            ),
            tautan_cepat=tuple(
                self._tautan_dalam_bahasa_ini(t)
                for t in self.tautan_cepat.select_related("halaman")
                if t.url or (t.halaman is not None and t.halaman.live)
            ),
        )

    def _tautan_dalam_bahasa_ini(self, tautan):
        """A quick link to a portal page leads to that page in this home page's language when
        it is live there (a translated home page starts with its source's links)."""
        if tautan.halaman is not None and tautan.halaman.locale_id != self.locale_id:
            terjemahan = tautan.halaman.get_translation_or_none(self.locale)
            if terjemahan is not None and terjemahan.live:
                tautan.halaman = terjemahan
        return tautan

    def _berita_publik(self):
        return (
            halaman_publik(BeritaPage.objects.live())
            .filter(locale_id=self.locale_id)
            .select_related("gambar_utama", "kategori")
        )

    def get_berita_pilihan(self):
        """(headline, featured): the editors' choice, live ones of this page's language only
        (a headline also chosen as featured is shown once, as the headline)."""
        pilihan = self.get_pilihan_redaksi()
        kunci = [k for k in (pilihan.berita_utama, *pilihan.berita_unggulan) if k]
        if not kunci:
            return None, []
        halaman = self._berita_publik().filter(translation_key__in=kunci)
        berita = {b.translation_key: b for b in halaman}
        utama = berita.get(pilihan.berita_utama)
        unggulan = [berita[k] for k in pilihan.berita_unggulan if k in berita]
        return utama, [b for b in unggulan if b is not utama][:JUMLAH_BERITA_UNGGULAN]

    def get_berita_unggulan(self):
        return self.get_berita_pilihan()[1]

    def get_berita_beranda(self):
        """The headline (chosen, else the latest), the featured berita and the latest others,
        in at most three queries whatever their number."""
        utama, unggulan = self.get_berita_pilihan()
        tampil = [b.pk for b in (utama, *unggulan) if b is not None]
        # Without a chosen headline the latest berita is the headline: read one more.
        terbaru = list(
            self._berita_publik()
            .exclude(pk__in=tampil)
            .order_by("-tanggal", "-pk")[: JUMLAH_BERITA_TERBARU + (utama is None)]
        )
        if utama is None and terbaru:
            utama = terbaru.pop(0)
        semua = [b for b in (utama, *unggulan, *terbaru) if b is not None]
        # The cards' renditions of all three groups in one query.
        prefetch_related_objects(semua, "gambar_utama__renditions")
        return BeritaBeranda(utama=utama, unggulan=unggulan, terbaru=terbaru)

    def get_bagian(self):
        """The section indexes (berita, dokumen, galeri) under this home page, read once per
        cache generation (they change only when pages are published or moved)."""
        return per_generasi(
            ("bagian", self.pk),
            lambda: list(
                self.get_children()
                .live()
                .type(BeritaIndexPage, DokumenIndexPage, GaleriIndexPage)
                .specific()
            ),
        )

    def get_dokumen_terbaru(self, jumlah=JUMLAH_DOKUMEN_TERBARU):
        """The latest live public documents of this home page's language."""
        return list(
            halaman_publik(DokumenPage.objects.live())
            .filter(locale_id=self.locale_id)
            .exclude(kategori_kip=KategoriKIP.DIKECUALIKAN)
            .order_by("-tanggal_terbit", "-pk")
            .select_related("jenis", "opd")[:jumlah]
        )

    def get_galeri_pilihan(self, jumlah=JUMLAH_GALERI_PILIHAN):
        """The editors' featured galleries (live, this page's language) in their order, then
        the latest live photo and video galleries up to `jumlah`: one query per gallery type."""
        kunci = self.get_pilihan_redaksi().galeri
        peringkat = {k: i for i, k in enumerate(kunci)}
        galeri = []
        for model in JENIS_GALERI:
            halaman = halaman_publik(model.objects.live()).filter(locale_id=self.locale_id)
            urutan = ["-first_published_at", "-pk"]
            if kunci:
                # The picks ahead of the latest, so each type's first `jumlah` holds its picks.
                pilihan = Case(
                    *[When(translation_key=k, then=Value(i)) for k, i in peringkat.items()],
                    default=Value(len(kunci)),
                )
                halaman = halaman.annotate(urutan_pilihan=pilihan)
                urutan.insert(0, "urutan_pilihan")
            galeri += halaman.order_by(*urutan)[:jumlah]
        belum = datetime.min.replace(tzinfo=ZONA_WITA)  # never published (made by a script)
        galeri.sort(key=lambda g: (g.first_published_at or belum, g.pk), reverse=True)
        galeri.sort(key=lambda g: peringkat.get(g.translation_key, len(kunci)))
        return pasang_sampul(galeri[:jumlah])

    def get_tautan_cepat(self):
        """The editors' quick links, leaving out those to a page that is no longer live."""
        return list(self.get_pilihan_redaksi().tautan_cepat)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["berita"] = self.get_berita_beranda()
        bagian = self.get_bagian()
        context["bagian"] = bagian
        context["indeks"] = {type(indeks).__name__: indeks for indeks in bagian}
        context["dokumen_terbaru"] = self.get_dokumen_terbaru()
        context["galeri_pilihan"] = self.get_galeri_pilihan()
        context["tautan_cepat"] = self.get_tautan_cepat()
        context["jam_layanan"] = jam = JamLayanan.pada(timezone.now())
        berlaku_sampai(request, jam.berubah_pada)
        return context


class BeritaUnggulan(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="berita_unggulan")
    berita = models.ForeignKey(
        "berita.BeritaPage", verbose_name=_("berita"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("berita")]

    class Meta(Orderable.Meta):
        verbose_name = _("berita unggulan")
        verbose_name_plural = _("berita unggulan")


class GaleriUnggulan(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="galeri_unggulan")
    galeri = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("galeri"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("galeri", [m._meta.label for m in JENIS_GALERI])]

    class Meta(Orderable.Meta):
        verbose_name = _("galeri pilihan")
        verbose_name_plural = _("galeri pilihan")

    def clean(self):
        super().clean()
        # The chooser offers galleries only; a posted id of another page is refused here.
        if self.galeri_id and not issubclass(self.galeri.specific_class, JENIS_GALERI):
            raise ValidationError({"galeri": _("Pilih galeri foto atau galeri video.")})


class TautanCepat(Orderable):
    """A quick link of the home page: to a page of the portal or to another address (PPID,
    LAPOR!, JDIH, the province's online services)."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="tautan_cepat")
    judul = models.CharField(_("label"), max_length=80)
    keterangan = models.CharField(_("keterangan"), max_length=160, blank=True)
    halaman = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("halaman portal"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    url = models.URLField(_("alamat lain (URL)"), blank=True)

    panels = [
        FieldPanel("judul"),
        FieldPanel("keterangan"),
        PageChooserPanel("halaman"),
        FieldPanel("url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("tautan cepat")
        verbose_name_plural = _("tautan cepat")

    def clean(self):
        super().clean()
        if bool(self.halaman_id) == bool(self.url):
            raise ValidationError(
                {"url": _("Isi salah satu: halaman portal atau alamat lain (URL).")}
            )
