from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from galeri.api import FotoField, VideoField
from galeri.forms import GaleriFotoPageForm, GaleriVideoPageForm
from galeri.seo import simpul_galeri_foto, simpul_galeri_video
from portal.core.bentuk_dasar import TeksDasar
from portal.core.cache_halaman import halaman_publik
from portal.core.models import KontenPage, PortalPage
from portal.core.pagination import paginate
from portal.core.video import parse_video_url, validate_video_url

GALERI_PER_HALAMAN = 12
EKSTENSI_VIDEO = {"mp4", "webm"}
EKSTENSI_TEKS_VIDEO = {"vtt"}


class GaleriIndexPage(PortalPage):
    intro = RichTextField(_("pengantar"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["galeri.GaleriFotoPage", "galeri.GaleriVideoPage"]
    max_count_per_parent = 1
    berhalaman = True

    class Meta:
        verbose_name = _("indeks galeri")
        verbose_name_plural = _("indeks galeri")

    def get_galeri(self):
        return (
            halaman_publik(Page.objects.live().child_of(self))
            .type(GaleriFotoPage, GaleriVideoPage)
            .specific()
            .order_by("-first_published_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        halaman = paginate(request, self.get_galeri(), GALERI_PER_HALAMAN)
        halaman.object_list = pasang_sampul(list(halaman.object_list))
        context["galeri_list"] = halaman
        return context


class GaleriPage(KontenPage):
    """What photo and video galleries share: a date, a description, the gallery index as parent."""

    tanggal = models.DateField(_("tanggal kegiatan"), default=timezone.localdate)
    deskripsi = models.TextField(_("deskripsi"), max_length=500)

    teks_dasar = TeksDasar()
    search_fields = Page.search_fields + [
        index.SearchField("deskripsi"),
        index.FilterField("tanggal"),
        index.SearchField("teks_dasar"),
    ]
    # The open-data API (portal/api.py); each gallery adds its photos or videos.
    api_fields = ["tanggal", "deskripsi"]

    parent_page_types = ["galeri.GaleriIndexPage"]
    subpage_types = []
    jenis_pencarian = "galeri"
    label_jenis_pencarian = _("Galeri")

    class Meta:
        abstract = True


class GaleriFotoPage(GaleriPage):
    base_form_class = GaleriFotoPageForm
    content_panels = [KontenPage.panel_keputusan, *Page.content_panels] + [
        KontenPage.panel_liputan,
        MultiFieldPanel([FieldPanel("tanggal"), FieldPanel("deskripsi")], heading=_("Keterangan")),
        InlinePanel("foto", label=_("Foto"), heading=_("Foto")),
    ]
    search_fields = GaleriPage.search_fields + [
        index.RelatedFields("foto", [index.SearchField("keterangan")]),
    ]
    api_fields = GaleriPage.api_fields + [APIField("foto", serializer=FotoField())]

    class Meta:
        verbose_name = _("galeri foto")
        verbose_name_plural = _("galeri foto")

    def simpul_json_ld(self, konteks):
        return simpul_galeri_foto(self, konteks)

    def get_foto(self):
        """The photos with their images and renditions (one list per page object: the
        gallery, its JSON-LD and its cover all read it)."""
        if not hasattr(self, "_portal_foto"):
            self._portal_foto = list(
                self.foto.select_related("gambar").prefetch_related("gambar__renditions")
            )
        return self._portal_foto

    def get_sampul(self):
        """The first photo (set for a whole listing by `pasang_sampul`)."""
        if not hasattr(self, "_portal_sampul"):
            foto = self.get_foto()
            self._portal_sampul = foto[0].gambar if foto else None
        return self._portal_sampul


class GaleriFoto(Orderable):
    page = ParentalKey(GaleriFotoPage, on_delete=models.CASCADE, related_name="foto")
    gambar = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("foto"), on_delete=models.CASCADE, related_name="+"
    )
    # blank=True only so the model's clean() can explain why it is required: the form field's
    # generic "required" message does not say what alt text is for.
    teks_alternatif = models.CharField(
        _("teks alternatif"),
        max_length=255,
        blank=True,
        help_text=_("Gambaran isi foto untuk pembaca layar; wajib diisi."),
    )
    keterangan = models.CharField(_("keterangan"), max_length=500, blank=True)
    kredit = models.CharField(_("kredit foto"), max_length=255, blank=True)

    panels = [
        FieldPanel("gambar"),
        FieldPanel("teks_alternatif"),
        FieldPanel("keterangan"),
        FieldPanel("kredit"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("foto")
        verbose_name_plural = _("foto")

    def clean(self):
        super().clean()
        if not self.teks_alternatif.strip():
            raise ValidationError(
                {
                    "teks_alternatif": _(
                        "Teks alternatif wajib diisi agar foto dapat dipahami pembaca layar."
                    )
                }
            )


class GaleriVideoPage(GaleriPage):
    base_form_class = GaleriVideoPageForm
    content_panels = [KontenPage.panel_keputusan, *Page.content_panels] + [
        KontenPage.panel_liputan,
        MultiFieldPanel([FieldPanel("tanggal"), FieldPanel("deskripsi")], heading=_("Keterangan")),
        InlinePanel("video", label=_("Video"), heading=_("Video")),
    ]
    search_fields = GaleriPage.search_fields + [
        index.RelatedFields("video", [index.SearchField("judul")]),
    ]
    api_fields = GaleriPage.api_fields + [APIField("video", serializer=VideoField())]

    class Meta:
        verbose_name = _("galeri video")
        verbose_name_plural = _("galeri video")

    def simpul_json_ld(self, konteks):
        return simpul_galeri_video(self, konteks)

    def get_video(self):
        """The videos with their files and posters (one list per page object)."""
        if not hasattr(self, "_portal_video"):
            self._portal_video = list(
                self.video.select_related("berkas", "poster", "teks_terjemahan")
            )
        return self._portal_video

    def get_sampul(self):
        """The first video's poster (set for a whole listing by `pasang_sampul`)."""
        if not hasattr(self, "_portal_sampul"):
            poster = [v.poster for v in self.get_video() if v.poster_id]
            self._portal_sampul = poster[0] if poster else None
        return self._portal_sampul


class GaleriVideo(Orderable):
    """One video: an uploaded mp4/webm file played by the HTML5 player, or a YouTube/Vimeo link."""

    page = ParentalKey(GaleriVideoPage, on_delete=models.CASCADE, related_name="video")
    judul = models.CharField(_("judul video"), max_length=255)
    berkas = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("berkas video (mp4/webm)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar poster"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    teks_terjemahan = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("berkas teks terjemahan (WebVTT)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The language of the captions file, its <track srclang>: an English page's copy of a
    # video may carry English captions, and the player names the track by its language.
    bahasa_teks_terjemahan = models.CharField(
        _("bahasa teks terjemahan"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    tanpa_ucapan = models.BooleanField(
        _("tanpa ucapan"),
        default=False,
        help_text=_(
            "Centang bila video unggahan tidak memuat ucapan (hanya musik atau suasana): "
            "video unggahan yang memuat ucapan wajib memiliki teks terjemahan."
        ),
    )
    url = models.URLField(_("tautan YouTube/Vimeo"), blank=True, validators=[validate_video_url])

    panels = [
        FieldPanel("judul"),
        FieldPanel("berkas"),
        FieldPanel("poster"),
        FieldPanel("teks_terjemahan"),
        FieldPanel("bahasa_teks_terjemahan"),
        FieldPanel("tanpa_ucapan"),
        FieldPanel("url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("video")
        verbose_name_plural = _("video")

    def clean(self):
        super().clean()
        errors = {}
        if bool(self.berkas_id) == bool(self.url):
            errors["url"] = _("Isi salah satu: unggah berkas video atau tautan YouTube/Vimeo.")
        if self.berkas_id and self.berkas.file_extension.lower() not in EKSTENSI_VIDEO:
            errors["berkas"] = _("Berkas video harus berformat MP4 atau WebM.")
        if self.berkas_id and not self.poster_id:
            # The player shows the poster before playback: on slow phones nothing loads sooner.
            errors["poster"] = _("Video unggahan wajib memiliki gambar poster.")
        if (
            self.teks_terjemahan_id
            and self.teks_terjemahan.file_extension.lower() not in EKSTENSI_TEKS_VIDEO
        ):
            errors["teks_terjemahan"] = _("Berkas teks terjemahan harus berformat WebVTT (.vtt).")
        if self.berkas_id and not self.teks_terjemahan_id and not self.tanpa_ucapan:
            # Speech without captions shuts out deaf viewers (WCAG 1.2.2); a YouTube or Vimeo
            # link has its platform's captions.
            errors["teks_terjemahan"] = _(
                "Video unggahan yang memuat ucapan wajib memiliki teks terjemahan (WebVTT). "
                "Bila video tidak memuat ucapan, centang 'tanpa ucapan'."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def video_eksternal(self):
        return parse_video_url(self.url) if self.url else None


def pasang_sampul(galeri):
    """Give every gallery of `galeri` its cover (`get_sampul`) with the same few queries
    for the whole list, whatever its mix of photo and video galleries, instead of two per
    gallery: a photo gallery's first photo, a video gallery's first video with a poster."""
    galeri = list(galeri)
    if not galeri:
        return galeri
    ids = [g.pk for g in galeri]
    sampul = {}
    for item in (
        GaleriFoto.objects.filter(page__in=ids)
        .select_related("gambar")
        .prefetch_related("gambar__renditions")
        .order_by("page_id", "sort_order", "pk")
    ):
        sampul.setdefault(item.page_id, item.gambar)
    for item in (
        GaleriVideo.objects.filter(page__in=ids)
        .exclude(poster=None)
        .select_related("poster")
        .order_by("page_id", "sort_order", "pk")
    ):
        sampul.setdefault(item.page_id, item.poster)
    for g in galeri:
        g._portal_sampul = sampul.get(g.pk)
    return galeri
