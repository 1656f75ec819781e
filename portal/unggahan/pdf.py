"""PDF: the header at the very start (a reader accepts it anywhere in the first kilobyte,
which is how HTML/PDF polyglots are made), the end-of-file marker near the end (a
truncated upload), no markup, no ZIP appended, and no JavaScript or program launch anywhere
in the object graph. PDFs open inline in the citizen's browser (README "Security headers"),
so active content is refused even though browsers' viewers limit it. The objects are read
with pypdf, which also decompresses object streams: a script cannot hide by compression."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

from . import penanda

_KUNCI_AKTIF = {"/JS", "/JavaScript"}
_TINDAKAN_AKTIF = {"/JavaScript", "/Launch"}
_KEDALAMAN_MAKS = 32

PESAN_RUSAK = _("Berkas PDF ini rusak atau terpotong; unggah ulang berkas aslinya.")


def _rusak():
    return ValidationError(PESAN_RUSAK, code="pdf_rusak")


def adalah_pdf(awal):
    return awal.startswith(b"%PDF-")


def periksa_pdf(berkas):
    berkas.seek(max(berkas.size - 1024, 0))
    akhir = berkas.read()
    berkas.seek(0)
    if b"%%EOF" not in akhir:
        raise _rusak()
    penanda.tolak_penanda(berkas)
    penanda.tolak_poliglot(berkas, pdf=False)
    _tolak_isi_aktif(berkas)


def _tolak_isi_aktif(berkas):
    try:
        pembaca = PdfReader(berkas, strict=False)
        if pembaca.is_encrypted and not pembaca.decrypt(""):
            raise ValidationError(
                _(
                    "PDF ini dilindungi kata sandi sehingga tidak dapat diperiksa dan tidak "
                    "dapat dibuka warga; unggah versi tanpa kata sandi."
                ),
                code="pdf_bersandi",
            )
        if len(pembaca.pages) == 0:
            raise _rusak()
        aktif = next(filter(None, map(_nama_aktif, _semua_objek(pembaca))), None)
    except ValidationError:
        raise
    # pypdf raises its own errors and plain ValueError/KeyError/... on damaged input.
    except Exception as galat:  # noqa: BLE001
        raise _rusak() from galat
    finally:
        berkas.seek(0)
    if aktif:
        raise ValidationError(
            _(
                "PDF ini memuat JavaScript atau perintah menjalankan program (%(nama)s); "
                "simpan ulang tanpa skrip."
            ),
            code="pdf_aktif",
            params={"nama": aktif},
        )


def _semua_objek(pembaca):
    for generasi, nomor_nomor in pembaca.xref.items():
        for nomor in nomor_nomor:
            yield IndirectObject(nomor, generasi, pembaca)
    for nomor in pembaca.xref_objStm:
        yield IndirectObject(nomor, 0, pembaca)


def _nama_aktif(acuan):
    """The active-content name in an object (looking into its direct children), or None."""
    tumpukan = [(acuan.get_object(), 0)]
    while tumpukan:
        objek, kedalaman = tumpukan.pop()
        if kedalaman > _KEDALAMAN_MAKS:
            continue
        if isinstance(objek, DictionaryObject):
            if kunci := _KUNCI_AKTIF.intersection(objek.keys()):
                return min(kunci)
            tindakan = objek.get("/S")
            if isinstance(tindakan, NameObject) and tindakan in _TINDAKAN_AKTIF:
                return str(tindakan)
            anak = objek.values()
        elif isinstance(objek, ArrayObject):
            anak = objek
        else:
            continue
        tumpukan.extend(
            (nilai, kedalaman + 1) for nilai in anak if not isinstance(nilai, IndirectObject)
        )
    return None
