"""The checks hold on every admin path that takes a file, not only the add views: the
chooser's upload tab (from the page editor) and replacing the file of an existing image or
document."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from portal.core.factories import DocumentFactory, ImageFactory
from tests.unggahan import korpus
from tests.unggahan.admin import jumlah_tersimpan, unggah_lewat_pemilih

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("jenis", "kasus"),
    [
        ("gambar", korpus.KASUS_GAMBAR_BERBAHAYA["svg_menyamar_png"]),
        ("dokumen", korpus.KASUS_DOKUMEN_BERBAHAYA["html_menyamar_pdf"]),
    ],
)
def test_unggahan_lewat_pemilih_diperiksa(klien_editor, jenis, kasus):
    hasil = unggah_lewat_pemilih(klien_editor, jenis, kasus.nama_berkas, kasus.isi())
    assert hasil.status == 200 and not hasil.berhasil
    assert kasus.pesan in hasil.teks
    assert jumlah_tersimpan() == 0


@pytest.mark.parametrize(
    ("jenis", "kasus"),
    [("gambar", korpus.KASUS_GAMBAR_SAH[1]), ("dokumen", korpus.KASUS_DOKUMEN_SAH[2])],
)
def test_unggahan_sah_lewat_pemilih_diterima(klien_editor, jenis, kasus):
    assert unggah_lewat_pemilih(klien_editor, jenis, kasus.nama_berkas, kasus.isi()).berhasil


def _ganti(klien, url_name, objek, kasus):
    return klien.post(
        reverse(url_name, args=[objek.pk]),
        {
            "title": objek.title,
            "collection": objek.collection_id,
            "tags": "",
            "file": SimpleUploadedFile(kasus.nama_berkas, kasus.isi()),
        },
    )


def test_mengganti_berkas_dengan_yang_berbahaya_ditolak_dan_berkas_lama_tetap(klien_editor):
    gambar = ImageFactory(kecil=True)
    dokumen = DocumentFactory()

    for url_name, objek, kasus in (
        ("wagtailimages:edit", gambar, korpus.KASUS_GAMBAR_BERBAHAYA["png_poliglot_zip"]),
        ("wagtaildocs:edit", dokumen, korpus.KASUS_DOKUMEN_BERBAHAYA["docx_berisi_makro_vba"]),
    ):
        lama = objek.file.name
        respons = _ganti(klien_editor, url_name, objek, kasus)
        assert respons.status_code == 200
        assert kasus.pesan in respons.content.decode()
        objek.refresh_from_db()
        assert objek.file.name == lama
        assert objek.file.storage.exists(objek.file.name)
    assert get_image_model().objects.count() == get_document_model().objects.count() == 1
