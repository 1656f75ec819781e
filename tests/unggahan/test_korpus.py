"""The hostile corpus through the admin's upload views (issue 8 point 1, issue 19 point 3):
every hostile file is refused with a clear Indonesian message, nothing is stored (no row, no
file on disk, no object in the S3 bucket) and nothing answers 500; every legitimate file of an
accepted kind is stored, byte for byte.

Each file goes every way an upload reaches the portal: as an Editor through the single add
form, the multiple uploader (its own view, answering JSON) and the chooser's upload tab (the
page editor's modal); and as a Petugas, into their section's collection, with media on the S3
store (moto's server). Gallery videos and their captions are documents (GaleriVideo.berkas),
so the video cases of the corpus take the document views, as an editor's video does."""

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from portal.moderasi.peran import GRUP_PETUGAS
from tests.unggahan import korpus
from tests.unggahan.admin import (
    TAMPILAN_DOKUMEN,
    TAMPILAN_GAMBAR,
    jumlah_tersimpan,
    unggah,
    unggah_lewat_pemilih,
)

pytestmark = pytest.mark.django_db
JALUR = ["tambah", "tambah_banyak", "pemilih", "petugas_s3"]


@dataclass
class Pengunggah:
    klien: object
    jalur: str
    koleksi: object = None
    s3: object = None

    def unggah(self, jenis, nama_berkas, isi):
        if self.jalur == "pemilih":
            return unggah_lewat_pemilih(self.klien, jenis, nama_berkas, isi)
        tampilan = {"gambar": TAMPILAN_GAMBAR, "dokumen": TAMPILAN_DOKUMEN}[jenis]
        url_name = tampilan["tambah_banyak" if self.jalur == "tambah_banyak" else "tambah"]
        return unggah(self.klien, url_name, nama_berkas, isi, self.koleksi)

    def tersimpan(self):
        return jumlah_tersimpan() + (len(self.s3.kunci()) if self.s3 else 0)


@pytest.fixture(params=JALUR)
def pengunggah(request, klien_editor, client, petugas):
    if request.param != "petugas_s3":
        return Pengunggah(klien_editor, request.param)
    s3 = request.getfixturevalue("s3")
    client.force_login(petugas)
    koleksi = Collection.objects.get(name="Galeri")
    assert (
        Group.objects.get(name=GRUP_PETUGAS)
        .collection_permissions.filter(collection=koleksi, permission__codename="add_image")
        .exists()
    )
    return Pengunggah(client, request.param, koleksi, s3)


def _tolak(pengunggah, jenis, kasus):
    hasil = pengunggah.unggah(jenis, kasus.nama_berkas, kasus.isi())
    assert hasil.status == 200
    assert not hasil.berhasil
    assert kasus.pesan in hasil.teks
    assert pengunggah.tersimpan() == 0


def _terima(pengunggah, jenis, kasus, model):
    isi = kasus.isi()  # once: an encrypted PDF differs each time it is made
    hasil = pengunggah.unggah(jenis, kasus.nama_berkas, isi)
    assert hasil.berhasil, hasil.teks[:3000]
    tersimpan = model.objects.get()
    with tersimpan.open_file() as berkas:
        assert berkas.read() == isi
    if pengunggah.s3:
        assert tersimpan.file.name in pengunggah.s3.kunci()


@pytest.mark.parametrize(
    "kasus", korpus.KASUS_GAMBAR_BERBAHAYA.values(), ids=list(korpus.KASUS_GAMBAR_BERBAHAYA)
)
def test_gambar_berbahaya_ditolak_dengan_pesan_dan_tidak_disimpan(pengunggah, kasus):
    _tolak(pengunggah, "gambar", kasus)


@pytest.mark.parametrize(
    "kasus", korpus.KASUS_DOKUMEN_BERBAHAYA.values(), ids=list(korpus.KASUS_DOKUMEN_BERBAHAYA)
)
def test_dokumen_berbahaya_ditolak_dengan_pesan_dan_tidak_disimpan(pengunggah, kasus):
    _tolak(pengunggah, "dokumen", kasus)


@pytest.mark.parametrize("kasus", korpus.KASUS_GAMBAR_SAH, ids=lambda k: k.nama_berkas)
def test_gambar_sah_jpeg_png_webp_avif_gif_diterima(pengunggah, kasus):
    _terima(pengunggah, "gambar", kasus, get_image_model())


@pytest.mark.parametrize("kasus", korpus.KASUS_DOKUMEN_SAH, ids=lambda k: k.nama_berkas)
def test_dokumen_sah_pdf_office_opendocument_csv_dan_video_diterima(pengunggah, kasus):
    _terima(pengunggah, "dokumen", kasus, get_document_model())


def test_korpus_berbahaya_memuat_lebih_dari_seratus_berkas():
    """The issue's goal: at least 100 hostile files, every one refused (the tests above)."""
    assert len(korpus.KASUS_GAMBAR_BERBAHAYA) + len(korpus.KASUS_DOKUMEN_BERBAHAYA) >= 100
