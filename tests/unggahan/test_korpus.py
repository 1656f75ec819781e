"""The hostile corpus through the admin's upload views (issue 8 point 1): every hostile file
is refused with a clear Indonesian message, nothing is stored and nothing answers 500;
every legitimate file of an accepted kind is stored. Each file goes through the single add
form and through the multiple uploader (its own view, answering JSON), as an Editor."""

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.unggahan import korpus
from tests.unggahan.admin import TAMPILAN_DOKUMEN, TAMPILAN_GAMBAR, jumlah_tersimpan, unggah

pytestmark = pytest.mark.django_db


def _tolak(klien, url_name, kasus):
    hasil = unggah(klien, url_name, kasus.nama_berkas, kasus.isi())
    assert hasil.status == 200
    assert not hasil.berhasil
    assert kasus.pesan in hasil.teks
    assert jumlah_tersimpan() == 0


def _terima(klien, url_name, kasus, model):
    isi = kasus.isi()
    hasil = unggah(klien, url_name, kasus.nama_berkas, isi)
    assert hasil.berhasil, hasil.teks[:3000]
    tersimpan = model.objects.get()
    with tersimpan.open_file() as berkas:
        assert berkas.read() == isi


@pytest.mark.parametrize("tampilan", TAMPILAN_GAMBAR)
@pytest.mark.parametrize(
    "kasus", korpus.KASUS_GAMBAR_BERBAHAYA.values(), ids=list(korpus.KASUS_GAMBAR_BERBAHAYA)
)
def test_gambar_berbahaya_ditolak_dengan_pesan_dan_tidak_disimpan(klien_editor, kasus, tampilan):
    _tolak(klien_editor, TAMPILAN_GAMBAR[tampilan], kasus)


@pytest.mark.parametrize("tampilan", TAMPILAN_DOKUMEN)
@pytest.mark.parametrize(
    "kasus", korpus.KASUS_DOKUMEN_BERBAHAYA.values(), ids=list(korpus.KASUS_DOKUMEN_BERBAHAYA)
)
def test_dokumen_berbahaya_ditolak_dengan_pesan_dan_tidak_disimpan(klien_editor, kasus, tampilan):
    _tolak(klien_editor, TAMPILAN_DOKUMEN[tampilan], kasus)


@pytest.mark.parametrize("tampilan", TAMPILAN_GAMBAR)
@pytest.mark.parametrize("kasus", korpus.KASUS_GAMBAR_SAH, ids=lambda k: k.nama_berkas)
def test_gambar_sah_jpeg_png_webp_avif_gif_diterima(klien_editor, kasus, tampilan):
    _terima(klien_editor, TAMPILAN_GAMBAR[tampilan], kasus, get_image_model())


@pytest.mark.parametrize("tampilan", TAMPILAN_DOKUMEN)
@pytest.mark.parametrize("kasus", korpus.KASUS_DOKUMEN_SAH, ids=lambda k: k.nama_berkas)
def test_dokumen_sah_pdf_office_opendocument_csv_dan_video_diterima(klien_editor, kasus, tampilan):
    _terima(klien_editor, TAMPILAN_DOKUMEN[tampilan], kasus, get_document_model())
