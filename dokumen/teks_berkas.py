"""The text inside attached PDF files, so a dokumen is found by what its files say.

The text of a Wagtail document is extracted once, when it is uploaded or its file replaced
(pypdf), and kept in `dokumen.TeksBerkas` keyed by the file's hash; a `DokumenPage` stores the
texts of its attachments in its indexed `teks_berkas` field, refreshed whenever the page, one
of its attachments or an attached file changes.
"""

import logging

from modelsearch import index

from dokumen.models import DokumenPage, TeksBerkas

logger = logging.getLogger(__name__)

# Bounds for hostile or huge files: pages read and characters kept per file and per page.
HALAMAN_MAKSIMUM = 300
KARAKTER_MAKSIMUM_BERKAS = 200_000
KARAKTER_MAKSIMUM_HALAMAN = 400_000


def teks_pdf(berkas):
    """The text of the PDF in the open binary file `berkas`; "" for an unreadable,
    encrypted or image-only file (extraction never stops an upload)."""
    from pypdf import PdfReader

    try:
        pembaca = PdfReader(berkas)
        if pembaca.is_encrypted and not pembaca.decrypt(""):
            return ""
        bagian, panjang = [], 0
        for nomor, halaman in enumerate(pembaca.pages):
            if nomor >= HALAMAN_MAKSIMUM or panjang >= KARAKTER_MAKSIMUM_BERKAS:
                break
            teks = " ".join((halaman.extract_text() or "").split())
            bagian.append(teks)
            panjang += len(teks) + 1
        return " ".join(bagian)[:KARAKTER_MAKSIMUM_BERKAS]
    except Exception:  # noqa: BLE001 (pypdf raises many kinds on malformed files)
        logger.warning("Teks PDF tidak dapat dibaca", exc_info=True)
        return ""


def _adalah_pdf(dokumen):
    return (dokumen.file_extension or "").lower() == "pdf"


def _sidik(dokumen):
    """The file's identity: Wagtail's hash when set, else its name and size."""
    return dokumen.file_hash or f"{dokumen.file.name}:{dokumen.file_size or ''}"


def perbarui_teks_dokumen(dokumen):
    """Extract and keep the text of a Wagtail document when its file is new; returns it."""
    if not _adalah_pdf(dokumen) or not dokumen.file:
        TeksBerkas.objects.filter(dokumen=dokumen).delete()
        return ""
    sidik = _sidik(dokumen)
    ada = TeksBerkas.objects.filter(dokumen=dokumen).first()
    if ada is not None and ada.sidik == sidik:
        return ada.teks
    try:
        with dokumen.open_file() as berkas:
            teks = teks_pdf(berkas)
    except OSError:
        logger.warning("Berkas %s tidak dapat dibuka", dokumen.file.name, exc_info=True)
        teks = ""
    TeksBerkas.objects.update_or_create(dokumen=dokumen, defaults={"sidik": sidik, "teks": teks})
    return teks


def teks_lampiran(halaman):
    """The texts of the files attached to the DokumenPage `halaman` (its in-memory
    attachments when it is being edited), in their order."""
    dokumen_list = [lampiran.dokumen for lampiran in halaman.lampiran.all() if lampiran.dokumen_id]
    tersimpan = dict(
        TeksBerkas.objects.filter(dokumen_id__in=[d.pk for d in dokumen_list]).values_list(
            "dokumen_id", "teks"
        )
    )
    return "\n".join(
        teks
        for teks in (
            tersimpan[d.pk] if d.pk in tersimpan else perbarui_teks_dokumen(d) for d in dokumen_list
        )
        if teks
    )


def segarkan_halaman(halaman_ids):
    """Recompute `teks_berkas` of the given DokumenPages and re-index those that changed."""
    for halaman in DokumenPage.objects.filter(pk__in=halaman_ids).prefetch_related(
        "lampiran__dokumen"
    ):
        teks = teks_lampiran(halaman)
        if teks != halaman.teks_berkas:
            DokumenPage.objects.filter(pk=halaman.pk).update(teks_berkas=teks)
            halaman.teks_berkas = teks
            _indeks_ulang(halaman.pk)


def _indeks_ulang(pk):
    halaman = DokumenPage.objects.filter(pk=pk).first()
    if halaman is not None:
        index.insert_or_update_object(halaman)
