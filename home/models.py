from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from berita.models import BeritaIndexPage, BeritaPage
from dokumen.models import DokumenIndexPage
from galeri.models import GaleriIndexPage
from portal.core.models import PortalPage

JUMLAH_BERITA_UNGGULAN = 4


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

    def get_berita_unggulan(self):
        """The chosen featured news, live ones only, falling back to the latest news."""
        pilihan = [
            u.berita
            for u in self.berita_unggulan.select_related("berita")
            if u.berita is not None and u.berita.live
        ]
        if pilihan:
            return pilihan
        return list(
            BeritaPage.objects.live()
            .filter(locale_id=self.locale_id)
            .order_by("-tanggal", "-pk")
            .select_related("gambar_utama")[:JUMLAH_BERITA_UNGGULAN]
        )

    def get_bagian(self):
        """The section indexes (berita, dokumen, galeri) under this home page."""
        return (
            self.get_children()
            .live()
            .type(BeritaIndexPage, DokumenIndexPage, GaleriIndexPage)
            .specific()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["berita_unggulan"] = self.get_berita_unggulan()
        context["bagian"] = self.get_bagian()
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
