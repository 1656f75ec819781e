"""Markup and script inside a file that should hold none, and files that are two formats at
once (polyglots). A browser that sniffs, a misconfigured proxy or a user who renames the
download could run such a file as HTML; the portal refuses it outright.

The markers are long enough that compressed image or video data contains one by chance about
once in a million 50 MB files; `<svg` alone is short, so it counts only in the first
kilobyte, the window in which content sniffers decide what a file is."""

import re
import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_PENANDA = re.compile(
    rb"<script|<html[\s>]|<body[\s>]|<iframe|<object[\s>]|<embed[\s>]|<\?php|<!doctype\s+html"
    rb"|javascript:",
    re.IGNORECASE,
)
_PENANDA_AWAL = re.compile(rb"<svg[\s>/]", re.IGNORECASE)
JENDELA_AWAL = 1024
_POTONGAN = 1024 * 1024
_TUMPANG = 32  # longer than every marker: a marker cut by a chunk boundary is still seen


def potongan(berkas, ukuran=_POTONGAN, tumpang=0):
    """The file in chunks from the start, each beginning `tumpang` bytes before the end of
    the previous one; the file is rewound afterwards."""
    berkas.seek(0)
    sisa = b""
    try:
        while data := berkas.read(ukuran):
            yield sisa + data
            sisa = data[-tumpang:] if tumpang else b""
    finally:
        berkas.seek(0)


def cari_penanda(berkas):
    """The first HTML/script marker in the file (decoded), or None."""
    for nomor, data in enumerate(potongan(berkas, tumpang=_TUMPANG)):
        temuan = _PENANDA.search(data) or (nomor == 0 and _PENANDA_AWAL.search(data[:JENDELA_AWAL]))
        if temuan:
            return temuan.group(0).decode("latin-1").strip()
    return None


def tolak_penanda(berkas):
    penanda = cari_penanda(berkas)
    if penanda:
        raise ValidationError(
            _("Berkas ini memuat kode HTML atau skrip (%(penanda)s); unggahan ditolak."),
            code="memuat_html",
            params={"penanda": penanda},
        )


def tolak_poliglot(berkas, pdf=True):
    """A file (an image, a video, a PDF) that a ZIP reader, or with `pdf` a PDF reader, would
    also open: PDF readers look for their header anywhere in the first kilobyte."""
    berkas.seek(0)
    awal = berkas.read(JENDELA_AWAL)
    berkas.seek(0)
    lain = None
    if pdf and b"%PDF-" in awal:
        lain = "PDF"
    elif zipfile.is_zipfile(berkas):
        lain = "ZIP"
    berkas.seek(0)
    if lain:
        raise ValidationError(
            _("Berkas ini sekaligus berisi %(lain)s (berkas poliglot); unggahan ditolak."),
            code="poliglot",
            params={"lain": lain},
        )
