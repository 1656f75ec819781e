"""Office Open XML (.docx, .xlsx, .pptx) and OpenDocument (.odt, .ods, .odp): both are ZIP
archives, checked without unpacking more than a few small parts.

- The archive starts at byte 0 (a ZIP reader also accepts data in front: an HTML/ZIP
  polyglot) and is not a decompression bomb: its declared sizes stay within limits (Python's
  zipfile never inflates past the declared size, so the declaration is what counts).
- OOXML: `[Content_Types].xml` (parsed with defusedxml: no entity expansion) names the main
  part of the expected kind, and neither it nor the part names show VBA macros, Excel 4.0
  macro sheets or ActiveX controls — the macro-enabled variants (.docm, ...) are the same
  format with a different main type. Nor does it hold embedded OLE objects
  (`embeddings/*.bin`: the Equation Editor and Packager exploits) or relationships that make
  Office fetch a file from elsewhere when the document opens (an external template, OLE
  object or frame: remote-template injection, "Follina"); links a reader clicks stay allowed.
- OpenDocument: the `mimetype` entry names the expected kind; no `Basic/` or `Scripts/`
  macro libraries, and the content and styles bind no event to a script URL.
"""

import re
import zipfile

from defusedxml import ElementTree
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ANGGOTA_MAKS = 10_000
TOTAL_URAI_MAKS = 1024**3
RASIO_MAKS = 200
_BACA_KECIL_MAKS = 1024 * 1024

TIPE_UTAMA_OOXML = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
}
MIMETYPE_ODF = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}
_TIPE_MAKRO = re.compile(r"macroenabled|vbaproject|macrosheet|activex", re.IGNORECASE)
_BAGIAN_MAKRO = re.compile(r"vbaproject\.bin|vbadata\.xml|macrosheets/|activex/", re.IGNORECASE)
_OBJEK_OLE = re.compile(r"(^|/)embeddings/[^/]*\.bin$", re.IGNORECASE)
_RELASI = re.compile(r"(^|/)_rels/[^/]*\.rels$")
# Relationships that may point outside the package: what a reader follows by clicking.
_RELASI_LUAR_AMAN = frozenset({"hyperlink"})
_PUSTAKA_MAKRO_ODF = ("Basic/", "Scripts/")
_SKRIP_ODF = re.compile(rb"vnd\.sun\.star\.script:|macro:///")
_XML_ODF_BERPERISTIWA = ("content.xml", "styles.xml")


def adalah_zip(awal):
    return awal.startswith(b"PK\x03\x04")


def _rusak():
    return ValidationError(
        _("Berkas ini rusak: isi dokumennya tidak dapat dibaca."), code="arsip_rusak"
    )


def _tolak_makro(bagian):
    raise ValidationError(
        _(
            "Dokumen ini memuat makro atau kontrol ActiveX (%(bagian)s); simpan ulang tanpa "
            "makro lalu unggah lagi."
        ),
        code="makro",
        params={"bagian": bagian},
    )


def _buka(berkas):
    berkas.seek(0)
    try:
        arsip = zipfile.ZipFile(berkas)
    except (zipfile.BadZipFile, OSError, ValueError) as galat:
        raise _rusak() from galat
    anggota = arsip.infolist()
    total = sum(info.file_size for info in anggota)
    bom = len(anggota) > ANGGOTA_MAKS or total > TOTAL_URAI_MAKS
    bom = bom or any(
        info.file_size > _BACA_KECIL_MAKS and info.file_size > RASIO_MAKS * info.compress_size
        for info in anggota
    )
    if bom:
        raise ValidationError(
            _(
                "Isi dokumen ini mengembang jauh melebihi ukuran wajar saat dibuka (bom "
                "dekompresi); unggahan ditolak."
            ),
            code="bom_dekompresi",
        )
    if any(info.flag_bits & 0x1 for info in anggota):
        raise _rusak()
    return arsip


def _baca_kecil(arsip, nama):
    """A small part (XML index, mimetype), read up to a bound whatever it declares."""
    try:
        with arsip.open(nama) as bagian:
            return bagian.read(_BACA_KECIL_MAKS)
    except KeyError:
        return None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as galat:
        raise _rusak() from galat


def periksa_ooxml(berkas, ekstensi):
    """Returns None when the content is the expected kind, else a name for what it is."""
    with _buka(berkas) as arsip:
        indeks = _baca_kecil(arsip, "[Content_Types].xml")
        if indeks is None:
            return _("arsip ZIP")
        try:
            akar = ElementTree.fromstring(indeks)
        except Exception as galat:  # noqa: BLE001 - defusedxml refuses entities with its own types
            raise _rusak() from galat
        tipe = {elemen.get("ContentType", "") for elemen in akar}
        makro = next((t for t in sorted(tipe) if _TIPE_MAKRO.search(t)), None)
        makro = makro or next((n for n in arsip.namelist() if _BAGIAN_MAKRO.search(n)), None)
        if makro:
            _tolak_makro(makro)
        _tolak_objek_dan_relasi_luar(arsip)
        if TIPE_UTAMA_OOXML[ekstensi] not in tipe:
            lain = [e for e, t in TIPE_UTAMA_OOXML.items() if t in tipe]
            return _("dokumen .%(ekstensi)s") % {"ekstensi": lain[0]} if lain else _("arsip ZIP")
    berkas.seek(0)
    return None


def _tolak_objek_dan_relasi_luar(arsip):
    for nama in arsip.namelist():
        if _OBJEK_OLE.search(nama):
            raise ValidationError(
                _(
                    "Dokumen ini memuat objek OLE tertanam (%(bagian)s) yang dapat menjalankan "
                    "program; simpan ulang tanpa objek tertanam lalu unggah lagi."
                ),
                code="objek_ole",
                params={"bagian": nama},
            )
        if not _RELASI.search(nama):
            continue
        try:
            relasi = ElementTree.fromstring(_baca_kecil(arsip, nama))
        except Exception as galat:  # noqa: BLE001 - defusedxml refuses entities with its own types
            raise _rusak() from galat
        for elemen in relasi:
            jenis = elemen.get("Type", "").rsplit("/", 1)[-1]
            if elemen.get("TargetMode") == "External" and jenis not in _RELASI_LUAR_AMAN:
                raise ValidationError(
                    _(
                        "Dokumen ini memuat %(jenis)s dari luar (%(tujuan)s) yang diambil "
                        "otomatis saat dokumen dibuka; simpan ulang tanpa tautan itu lalu unggah "
                        "lagi."
                    ),
                    code="relasi_luar",
                    params={"jenis": jenis, "tujuan": elemen.get("Target", "")[:80]},
                )


def periksa_odf(berkas, ekstensi):
    """Returns None when the content is the expected kind, else a name for what it is."""
    with _buka(berkas) as arsip:
        mimetype = _baca_kecil(arsip, "mimetype")
        if mimetype is None:
            return _("arsip ZIP")
        mimetype = mimetype.decode("ascii", "replace").strip()
        pustaka = next((n for n in arsip.namelist() if n.startswith(_PUSTAKA_MAKRO_ODF)), None)
        if pustaka:
            _tolak_makro(pustaka)
        for nama in _XML_ODF_BERPERISTIWA:
            if _memuat_skrip(arsip, nama):
                _tolak_makro(nama)
        if mimetype != MIMETYPE_ODF[ekstensi]:
            lain = [e for e, t in MIMETYPE_ODF.items() if t == mimetype]
            return _("dokumen .%(ekstensi)s") % {"ekstensi": lain[0]} if lain else mimetype
    berkas.seek(0)
    return None


def _memuat_skrip(arsip, nama):
    sisa = b""
    try:
        with arsip.open(nama) as bagian:
            while data := bagian.read(_BACA_KECIL_MAKS):
                if _SKRIP_ODF.search(sisa + data):
                    return True
                sisa = data[-32:]
    except KeyError:
        return False
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as galat:
        raise _rusak() from galat
    return False
