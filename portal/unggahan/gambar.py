"""Images, after Wagtail's own checks (format from the content agrees with the extension,
at most WAGTAILIMAGES_MAX_UPLOAD_SIZE bytes and WAGTAILIMAGES_MAX_IMAGE_PIXELS pixels, the
latter counted from the header before anything is decoded): the first frame is decoded in
full, so a truncated or corrupt image is refused here rather than failing later in a
rendition, and markup or a second format hidden in the file is refused (`penanda`)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image

from . import penanda

_MARKUP = re.compile(rb"^(\xef\xbb\xbf)?\s*<")
_SVG = re.compile(rb"<svg[\s>/]", re.IGNORECASE)

PESAN_SVG = _(
    "Gambar SVG tidak diterima karena dapat memuat skrip; unggah gambar sebagai PNG, JPEG "
    "atau WebP."
)


def tolak_markup(berkas, ekstensi):
    """SVG, HTML or any XML offered as an image, refused before it is parsed as XML."""
    berkas.seek(0)
    awal = berkas.read(penanda.JENDELA_AWAL * 4)
    berkas.seek(0)
    if ekstensi in {"svg", "svgz"} or _SVG.search(awal):
        raise ValidationError(PESAN_SVG, code="svg")
    if _MARKUP.match(awal):
        raise ValidationError(
            _("Berkas ini berisi markup (HTML atau XML), bukan gambar; unggahan ditolak."),
            code="markup",
        )


def periksa_isi(berkas):
    try:
        with Image.open(berkas) as gambar:
            gambar.load()
    # Pillow answers hostile input with many exception types (OSError for a truncated file,
    # ValueError, SyntaxError, struct.error, ...): any of them means "not a sound image".
    except Exception as galat:  # noqa: BLE001
        raise ValidationError(
            _("Gambar ini rusak atau terpotong sehingga tidak dapat dibuka seluruhnya."),
            code="gambar_rusak",
        ) from galat
    finally:
        berkas.seek(0)
    penanda.tolak_penanda(berkas)
    penanda.tolak_poliglot(berkas)
