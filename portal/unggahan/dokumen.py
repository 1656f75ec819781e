"""Documents by content (Wagtail checks only their extension, NOTES.md): each accepted
extension names the one kind of content it may hold, sniffed from the file's first bytes
(`filetype`, the pure-Python detector Willow already uses for images) and then checked in
depth (`pdf`, `arsip`, text and video rules here).

Legacy binary Office files (.doc, .xls, .ppt: OLE compound files) are refused outright:
macros hide in them in more ways than can be ruled out reliably (VBA storages, VBA inside
PowerPoint's record stream, Excel 4.0 macros in BIFF records), while the modern formats keep
macros in parts a check can see and the non-macro variants cannot run them. Encrypted OOXML
files are OLE containers as well and cannot be inspected either.
"""

import codecs
import re
from functools import partial

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import arsip, pdf, penanda
from .penanda import potongan

EKSTENSI_MAKRO = frozenset("docm dotm xlsm xltm xlam pptm potm ppam ppsm sldm".split())
EKSTENSI_OFFICE_LAMA = frozenset("doc dot xls xlt ppt pot pps".split())
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# C0 control characters other than tab, line feed, form feed and carriage return.
_KENDALI = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_AWAL_MARKUP = re.compile(rb"^(\xef\xbb\xbf)?\s*<[!?a-zA-Z]")
# A cell that a spreadsheet would run as a formula calling a function or another program
# (DDE, `=cmd|' /C calc'!A0`): what a citizen's Excel executes on opening the download.
_RUMUS_CSV = re.compile(
    rb"(?:^|[;,\t\"])[ \t]*(?:[=@][ \t]*|[+\-])[A-Za-z_][A-Za-z0-9_.]*[(|]", re.MULTILINE
)
_AWAL_VTT = re.compile(rb"^(\xef\xbb\xbf)?WEBVTT([ \t\r\n]|$)")
_JENIS_VIDEO = {"mp4": {"video/mp4", "video/x-m4v"}, "webm": {"video/webm"}}


def periksa_dokumen(berkas, ekstensi):
    if ekstensi in EKSTENSI_MAKRO:
        raise ValidationError(
            _(
                "Dokumen Office bermakro (.%(ekstensi)s) tidak diterima; simpan ulang tanpa "
                "makro sebagai .docx, .xlsx atau .pptx."
            ),
            code="ekstensi_makro",
            params={"ekstensi": ekstensi},
        )
    if ekstensi in EKSTENSI_OFFICE_LAMA:
        raise ValidationError(
            _(
                "Format Office lama (.%(ekstensi)s) tidak diterima karena makronya tidak dapat "
                "diperiksa dengan andal; simpan ulang sebagai .docx, .xlsx, .pptx atau PDF."
            ),
            code="office_lama",
            params={"ekstensi": ekstensi},
        )
    if ekstensi not in settings.WAGTAILDOCS_EXTENSIONS or ekstensi not in _PEMERIKSA:
        raise ValidationError(
            _("Format berkas .%(ekstensi)s tidak diterima. Format yang diterima: %(daftar)s."),
            code="ekstensi_ditolak",
            params={
                "ekstensi": ekstensi or "?",
                "daftar": ", ".join(e for e in settings.WAGTAILDOCS_EXTENSIONS if e in _PEMERIKSA),
            },
        )
    berkas.seek(0)
    awal = berkas.read(8192)
    berkas.seek(0)
    cocok, periksa = _PEMERIKSA[ekstensi]
    jenis_lain = None if cocok(awal) else jenis_isi(berkas, awal)
    jenis_lain = jenis_lain or periksa(berkas)
    if jenis_lain:
        raise ValidationError(
            _(
                "Isi berkas tidak sesuai dengan ekstensinya: berkas .%(ekstensi)s ini "
                "ternyata %(jenis)s."
            ),
            code="isi_tidak_sesuai",
            params={"ekstensi": ekstensi, "jenis": jenis_lain},
        )


def jenis_isi(berkas, awal):
    """A short name for what the content really is, for the refusal message."""
    if awal.startswith(_OLE):
        return _("dokumen Office lama atau terenkripsi (OLE)")
    if pdf.adalah_pdf(awal):
        return "PDF"
    if penanda.cari_penanda(berkas):
        return "HTML"
    ditebak = filetype.guess(awal)
    if ditebak:
        return ditebak.mime
    if arsip.adalah_zip(awal):
        return _("arsip ZIP")
    return _("berkas jenis lain")


def _hanya_menolak(periksa):
    """A check that only raises, in the dispatcher's form (returns None: the expected kind)."""

    def _periksa(berkas):
        periksa(berkas)
        return None

    return _periksa


def periksa_csv(berkas):
    berkas.seek(0)
    awal = berkas.read(penanda.JENDELA_AWAL)
    berkas.seek(0)
    if _AWAL_MARKUP.match(awal):
        raise ValidationError(
            _("Berkas ini berisi markup (HTML atau XML), bukan CSV; unggahan ditolak."),
            code="markup",
        )
    _periksa_teks(
        berkas,
        ("utf-8-sig", "cp1252"),
        _(
            "Berkas CSV harus berupa teks UTF-8 (atau Windows-1252) tanpa karakter kendali; "
            "ekspor ulang dari aplikasi lembar kerja."
        ),
    )
    for data in potongan(berkas, tumpang=256):
        if rumus := _RUMUS_CSV.search(data):
            raise ValidationError(
                _(
                    "Berkas CSV ini memuat rumus lembar kerja (%(rumus)s) yang dijalankan saat "
                    "dibuka di aplikasi lembar kerja; ekspor ulang sebagai nilai saja."
                ),
                code="rumus_csv",
                params={"rumus": rumus.group(0).decode("latin-1").strip(';,\t" ')},
            )


def periksa_vtt(berkas):
    berkas.seek(0)
    awal = berkas.read(16)
    berkas.seek(0)
    pesan = _("Berkas teks terjemahan harus berupa teks UTF-8 yang diawali WEBVTT.")
    if not _AWAL_VTT.match(awal):
        raise ValidationError(pesan, code="teks_rusak")
    _periksa_teks(berkas, ("utf-8-sig",), pesan)


def _periksa_teks(berkas, pengodean, pesan):
    for kode in pengodean:
        if _teks_bersih(berkas, kode):
            break
    else:
        raise ValidationError(pesan, code="teks_rusak")
    penanda.tolak_penanda(berkas)


def _teks_bersih(berkas, kode):
    pengurai = codecs.getincrementaldecoder(kode)()
    try:
        for data in potongan(berkas):
            if _KENDALI.search(pengurai.decode(data)):
                return False
        pengurai.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _video(ekstensi, awal):
    ditebak = filetype.video_match(awal)
    return bool(ditebak) and ditebak.mime in _JENIS_VIDEO[ekstensi]


def periksa_video(berkas):
    penanda.tolak_poliglot(berkas)


_PEMERIKSA = {
    "pdf": (pdf.adalah_pdf, _hanya_menolak(pdf.periksa_pdf)),
    **{
        e: (arsip.adalah_zip, partial(arsip.periksa_ooxml, ekstensi=e))
        for e in arsip.TIPE_UTAMA_OOXML
    },
    **{e: (arsip.adalah_zip, partial(arsip.periksa_odf, ekstensi=e)) for e in arsip.MIMETYPE_ODF},
    "csv": (lambda awal: True, _hanya_menolak(periksa_csv)),
    "vtt": (lambda awal: True, _hanya_menolak(periksa_vtt)),
    **{e: (partial(_video, e), _hanya_menolak(periksa_video)) for e in _JENIS_VIDEO},
}
