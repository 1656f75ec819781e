from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
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
JUMLAH_DOKUMEN_TERBARU = 5
JUMLAH_GALERI_PILIHAN = 3


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

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [InlinePanel("berita_unggulan", max_num=JUMLAH_BERITA_UNGGULAN, label=_("Berita"))],
            heading=_("Berita unggulan"),
            help_text=_("Kosongkan untuk menampilkan berita terbaru."),
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

    def get_berita_unggulan(self):
        """The chosen featured news, live ones only, falling back to the latest news."""
        pilihan = [
            u.berita
            for u in self.berita_unggulan.select_related(
                "berita", "berita__gambar_utama", "berita__kategori"
            ).prefetch_related("berita__gambar_utama__renditions")
            if u.berita is not None and u.berita.live
        ]
        if pilihan:
            return pilihan
        return list(
            halaman_publik(BeritaPage.objects.live())
            .filter(locale_id=self.locale_id)
            .order_by("-tanggal", "-pk")
            .select_related("gambar_utama", "kategori")
            .prefetch_related("gambar_utama__renditions")[:JUMLAH_BERITA_UNGGULAN]
        )

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
        """The latest live photo and video galleries of this home page's language."""
        # One query per gallery type, not `.specific()` over both (three queries).
        galeri = [
            g
            for model in (GaleriFotoPage, GaleriVideoPage)
            for g in halaman_publik(model.objects.live())
            .filter(locale_id=self.locale_id)
            .order_by("-first_published_at", "-pk")[:jumlah]
        ]
        belum = datetime.min.replace(tzinfo=ZONA_WITA)  # never published (made by a script)
        galeri.sort(key=lambda g: (g.first_published_at or belum, g.pk), reverse=True)
        return pasang_sampul(galeri[:jumlah])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["berita_unggulan"] = self.get_berita_unggulan()
        bagian = self.get_bagian()
        context["bagian"] = bagian
        context["indeks"] = {type(indeks).__name__: indeks for indeks in bagian}
        context["dokumen_terbaru"] = self.get_dokumen_terbaru()
        context["galeri_pilihan"] = self.get_galeri_pilihan()
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
