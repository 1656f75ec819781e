from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from portal.core.blocks import IsiBeritaBlock
from portal.core.models import KontenPage, PortalPage
from portal.core.pagination import paginate

BERITA_PER_HALAMAN = 12


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
    subpage_types = ["berita.BeritaPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("indeks berita")
        verbose_name_plural = _("indeks berita")

    def get_berita(self):
        return (
            BeritaPage.objects.live()
            .child_of(self)
            .order_by("-tanggal", "-first_published_at", "-pk")
            .select_related("gambar_utama", "kategori")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["berita_list"] = paginate(request, self.get_berita(), BERITA_PER_HALAMAN)
        return context


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

    content_panels = Page.content_panels + [
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
    search_fields = Page.search_fields + [
        index.SearchField("ringkasan"),
        index.SearchField("isi"),
        index.FilterField("tanggal"),
        index.FilterField("kategori"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    parent_page_types = ["berita.BeritaIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("berita")
        verbose_name_plural = _("berita")
