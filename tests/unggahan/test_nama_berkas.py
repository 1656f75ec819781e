"""File names with path traversal or control characters, as a crafted request sends them
(a browser sends only the base name: these requests are hand-built multipart bodies).

Django strips directory parts and non-printable characters before any application code
sees the name (`MultiPartParser.sanitize_file_name`): what the editor sees is that such a
file is stored under its base name inside the media folder — or refused, when what is left
is not an accepted name. Encoded traversal survives Django and is refused by the portal
(tests/unggahan/korpus.py, `nama_*`)."""

import html

import pytest
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form

from portal.core.factories import koleksi_akar
from tests.unggahan import korpus
from tests.unggahan.admin import jumlah_tersimpan

pytestmark = pytest.mark.django_db
BATAS = "----batas-uji-unggahan"


def _kirim_mentah(klien, nama_berkas, isi):
    """POST the document add form with the filename exactly as given."""
    bagian = [
        f'--{BATAS}\r\nContent-Disposition: form-data; name="{nama}"\r\n\r\n{nilai}\r\n'.encode()
        for nama, nilai in (
            ("title", "Unggahan uji"),
            ("collection", koleksi_akar().pk),
            ("tags", ""),
        )
    ]
    bagian.append(
        f'--{BATAS}\r\nContent-Disposition: form-data; name="file"; filename="{nama_berkas}"\r\n'
        "Content-Type: application/pdf\r\n\r\n".encode()
        + isi
        + f"\r\n--{BATAS}--\r\n".encode()
    )
    respons = klien.post(
        reverse("wagtaildocs:add"),
        data=b"".join(bagian),
        content_type=f"multipart/form-data; boundary={BATAS}",
    )
    return respons, html.unescape(respons.content.decode())


@pytest.mark.parametrize(
    "nama", ["../../../../tmp/laporan.pdf", "..\\..\\..\\laporan.pdf", "/etc/cron.d/laporan.pdf"]
)
def test_nama_dengan_penelusuran_folder_disimpan_hanya_dengan_nama_dasarnya(
    klien_editor, media, nama
):
    respons, _teks = _kirim_mentah(klien_editor, nama, korpus.pdf())
    assert respons.status_code == 302
    dokumen = get_document_model().objects.get()
    assert dokumen.file.name == "documents/laporan.pdf"
    assert [p.relative_to(media).as_posix() for p in media.rglob("*") if p.is_file()] == [
        "documents/laporan.pdf"
    ]


def test_karakter_kendali_dibuang_dari_nama_yang_disimpan(klien_editor):
    respons, _teks = _kirim_mentah(klien_editor, "lap\x1b[31moran\x07.pdf", korpus.pdf())
    assert respons.status_code == 302
    assert get_document_model().objects.get().file.name == "documents/lap31moran.pdf"


@pytest.mark.parametrize(
    "nama",
    [
        "laporan.pdf\x00.exe",  # NUL: Django drops it and the name ends in .exe
        "laporan\u202efdp.exe",  # right-to-left override: shown as "laporanexe.pdf"
    ],
)
def test_nama_yang_menyembunyikan_ekstensi_ditolak(klien_editor, nama):
    respons, teks = _kirim_mentah(klien_editor, nama, korpus.pdf())
    assert respons.status_code == 200
    assert "Format berkas .exe tidak diterima" in teks
    assert jumlah_tersimpan() == 0


@pytest.mark.parametrize("nama", ["..", "../"])
def test_nama_tanpa_nama_dasar_ditolak_sebagai_tanpa_berkas(klien_editor, nama):
    respons, teks = _kirim_mentah(klien_editor, nama, korpus.pdf())
    assert respons.status_code == 200
    assert "Kolom ini  harus diisi." in teks  # Django's own Indonesian (its double space)
    assert jumlah_tersimpan() == 0


@pytest.mark.parametrize(
    "nama", ["lap\x07oran.pdf", "lap\noran.pdf", "lap\u202eoran.pdf", "arsip\\laporan.pdf"]
)
def test_nama_dengan_karakter_kendali_atau_folder_ditolak_bila_sampai_ke_formulir(
    beranda, media, nama
):
    """Callers other than the multipart parser (a script building the form) get no help from
    Django: the form refuses such a name itself."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    formulir = get_document_form(get_document_model())(
        {"title": "Unggahan uji", "collection": koleksi_akar().pk},
        {"file": SimpleUploadedFile("x.pdf", korpus.pdf())},
    )
    formulir.files["file"].name = nama
    assert not formulir.is_valid()
    assert formulir.errors["file"] == [
        "Nama berkas memuat karakter kendali atau pemisah folder; ganti nama berkasnya."
    ]
