"""The S3 media store down: the admin's uploads fail with a clear Indonesian message and leave no
record behind, and pages whose renditions exist keep rendering (SOP: nothing lost)."""

import socket

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from berita.factories import BeritaPageFactory
from portal.core.demo.gambar import jpeg_demo
from portal.core.demo.pdf import pdf_demo
from portal.core.factories import ImageFactory, koleksi_akar

pytestmark = pytest.mark.django_db

PESAN = "penyimpanan media sedang tidak dapat dihubungi"


@pytest.fixture
def s3_mati(s3, settings):
    """After the test's set-up on the live bucket: the store's endpoint moved to a loopback
    port where nothing listens (connections refused, as from a store that is down)."""

    def matikan():
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        bawaan = settings.STORAGES["default"]
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {
                **bawaan,
                "OPTIONS": {**bawaan["OPTIONS"], "endpoint_url": f"http://127.0.0.1:{port}"},
            },
        }

    return matikan


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
