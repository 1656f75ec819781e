"""The S3 media store down (its moto server stopped mid-test): the admin's uploads fail with a
clear Indonesian message and leave no record behind, pages whose renditions exist keep
rendering, downloads answer 503 with Retry-After, and when the server is back everything works
again without restarting the portal (SOP: nothing lost)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from berita.factories import BeritaPageFactory
from dokumen.factories import DokumenPageFactory
from portal.core.contoh.gambar import jpeg_demo
from portal.core.contoh.pdf import pdf_demo
from portal.core.factories import ImageFactory, koleksi_akar
from tests.ketahanan.layanan import HOST_UJI, port_bebas

pytestmark = pytest.mark.django_db

PESAN = "penyimpanan media sedang tidak dapat dihubungi"


class ServerMoto:
    """moto's S3 server of this test alone, stopped and started again on the same port as a
    store that goes down and comes back (moto keeps its buckets in the process meanwhile)."""

    def __init__(self):
        self.port = port_bebas()
        self.url = f"http://{HOST_UJI}:{self.port}"
        self._server = None

    def nyalakan(self):
        from moto.server import ThreadedMotoServer

        self._server = ThreadedMotoServer(ip_address=HOST_UJI, port=self.port, verbose=False)
        self._server.start()

    def matikan(self):
        if self._server:
            self._server.stop()
            self._server._server.server_close()  # stop() leaves the socket listening
            self._server = None


@pytest.fixture
def moto():
    server = ServerMoto()
    server.nyalakan()
    yield server
    server.matikan()


@pytest.fixture
def server_s3(moto):
    """This module's `s3` storage lives on its own server (the suite's is never stopped)."""
    return moto.url


@pytest.fixture
def s3_mati(s3, moto):
    """Stops the store's server, after the test's set-up on the live bucket: connections are
    refused, as from a store that is down. Started again before the bucket is cleaned up."""
    yield moto.matikan
    if moto._server is None:
        moto.nyalakan()


@pytest.fixture
def klien_admin(admin_portal):
    # Errors answered as a browser would see them, not raised into the test.
    klien = Client(raise_request_exception=False)
    klien.force_login(admin_portal)
    return klien


def test_halaman_dengan_rendition_yang_ada_tetap_tampil_saat_s3_mati(
    s3_mati, indeks_berita, client
):
    berita = BeritaPageFactory(parent=indeks_berita, gambar_utama=ImageFactory(kecil=True))
    pertama = client.get(berita.url)
    assert pertama.status_code == 200
    rendition = berita.gambar_utama.renditions.first()
    assert rendition is not None

    s3_mati()
    from django.core.cache import cache

    cache.clear()  # rendered afresh, not from the page cache
    respons = client.get(berita.url)
    assert respons.status_code == 200
    assert rendition.file.name in respons.content.decode()


def _gambar():
    return SimpleUploadedFile(
        "tepian.jpg", jpeg_demo("Tepian", 320, 180, None), content_type="image/jpeg"
    )


def _pdf():
    return SimpleUploadedFile(
        "laporan.pdf", pdf_demo("Laporan", ["Capaian."]), content_type="application/pdf"
    )


@pytest.mark.parametrize(
    "alamat, berkas, model",
    [
        ("wagtailimages:add", _gambar, get_image_model),
        ("wagtaildocs:add", _pdf, get_document_model),
    ],
    ids=["gambar", "dokumen"],
)
def test_unggah_saat_s3_mati_ditolak_dengan_pesan_tanpa_catatan(
    s3_mati, klien_admin, alamat, berkas, model
):
    s3_mati()
    respons = klien_admin.post(
        reverse(alamat),
        {"title": "Unggahan saat S3 mati", "collection": koleksi_akar().pk, "file": berkas()},
        follow=True,
    )
    assert respons.status_code == 200
    assert PESAN in respons.content.decode()
    assert not model().objects.filter(title="Unggahan saat S3 mati").exists()


# As in production (autocommit): Django marks the enclosing transaction for rollback when a
# save fails, and a test transaction around the request would then refuse the check below.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_unggah_banyak_saat_s3_mati_menjawab_pesan_untuk_skrip_halaman(s3_mati, klien_admin):
    s3_mati()
    respons = klien_admin.post(
        reverse("wagtailimages:add_multiple"),
        {
            "collection": koleksi_akar().pk,
            "files[]": _gambar(),
        },
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert respons.status_code == 200
    jawaban = respons.json()
    assert jawaban["success"] is False
    assert PESAN in jawaban["error_message"]
    assert not get_image_model().objects.exists()


def test_halaman_yang_butuh_rendition_baru_saat_s3_mati_menjawab_503(s3_mati, indeks_berita):
    berita = BeritaPageFactory(parent=indeks_berita, gambar_utama=ImageFactory(kecil=True))
    s3_mati()
    respons = Client(raise_request_exception=False).get(berita.url)
    assert respons.status_code == 503
    assert respons["Retry-After"]
    assert "Traceback" not in respons.content.decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_unduhan_saat_s3_mati_menjawab_503_lalu_semua_pulih_tanpa_mulai_ulang(
    s3_mati, moto, klien_admin, beranda
):
    """The store goes down and comes back while the portal runs: downloads answer 503 with
    Retry-After meanwhile, an upload is refused without an orphan row, and afterwards the same
    process downloads and uploads again (the storage's client reconnects by itself)."""
    from dokumen.models import DokumenIndexPage

    page = DokumenPageFactory(parent=DokumenIndexPage.objects.get(), lampiran=1)
    dokumen = page.lampiran.get().dokumen
    publik = Client(raise_request_exception=False)
    asli = b"".join(publik.get(dokumen.url).streaming_content)
    assert asli.startswith(b"%PDF-")

    s3_mati()
    respons = publik.get(dokumen.url)
    assert respons.status_code == 503
    assert respons["Retry-After"]
    assert "Traceback" not in respons.content.decode()
    jumlah = get_document_model().objects.count()
    respons = klien_admin.post(
        reverse("wagtaildocs:add"),
        {"title": "Saat S3 mati", "collection": koleksi_akar().pk, "file": _pdf()},
        follow=True,
    )
    assert PESAN in respons.content.decode()
    assert get_document_model().objects.count() == jumlah

    moto.nyalakan()
    respons = publik.get(dokumen.url)
    assert respons.status_code == 200
    assert b"".join(respons.streaming_content) == asli
    respons = klien_admin.post(
        reverse("wagtaildocs:add"),
        {"title": "Setelah S3 kembali", "collection": koleksi_akar().pk, "file": _pdf()},
    )
    assert respons.status_code == 302
    baru = get_document_model().objects.get(title="Setelah S3 kembali")
    with baru.open_file() as berkas:
        assert berkas.read().startswith(b"%PDF-")
