"""StreamField blocks shared by the content apps."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from portal.core.video import parse_video_url, validate_video_url

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class GambarBlock(blocks.StructBlock):
    gambar = ImageChooserBlock(label=_("Gambar"))
    teks_alternatif = blocks.CharBlock(
        label=_("Teks alternatif"),
        max_length=255,
        help_text=_("Gambaran isi gambar untuk pembaca layar; wajib diisi."),
    )
    keterangan = blocks.CharBlock(label=_("Keterangan"), required=False, max_length=255)
    kredit = blocks.CharBlock(label=_("Kredit foto"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Gambar")
        template = "blocks/gambar_block.html"


class KutipanBlock(blocks.StructBlock):
    kutipan = blocks.TextBlock(label=_("Kutipan"))
    sumber = blocks.CharBlock(label=_("Sumber kutipan"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Kutipan")
        template = "blocks/kutipan_block.html"


class VideoBlock(blocks.StructBlock):
    """A YouTube/Vimeo link shown behind a click-to-load facade (no third-party request first)."""

    url = blocks.URLBlock(label=_("Tautan YouTube/Vimeo"), validators=[validate_video_url])
    judul = blocks.CharBlock(label=_("Judul video"), max_length=255)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["video"] = parse_video_url(value["url"])
        return context

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"


class TautanDokumenBlock(blocks.StructBlock):
    dokumen = DocumentChooserBlock(label=_("Berkas"))
    label = blocks.CharBlock(label=_("Label tautan"), required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        label = _("Tautan dokumen")
        template = "blocks/tautan_dokumen_block.html"


class IsiBeritaBlock(blocks.StreamBlock):
    paragraf = blocks.RichTextBlock(label=_("Paragraf"), features=RICH_TEXT_FEATURES)
    gambar = GambarBlock()
    kutipan = KutipanBlock()
    video = VideoBlock()
    dokumen = TautanDokumenBlock()
    tabel = TableBlock(label=_("Tabel"), template="blocks/tabel_block.html")
