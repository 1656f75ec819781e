"""Media on S3: the admin's uploads, renditions, downloads and deletions go to the bucket of
moto's standalone S3 server on 127.0.0.1, and nothing is written to local disk (the `s3`
fixture asserts MEDIA_ROOT stays empty)."""

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from portal.core.contoh.gambar import jpeg_demo
from portal.core.contoh.pdf import pdf_demo
from portal.core.factories import koleksi_akar

pytestmark = pytest.mark.django_db


def _unggah_gambar(client):
    isi = jpeg_demo("Tepian Mahakam", 320, 180, None)
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Tepian Mahakam",
            "collection": koleksi_akar().pk,
            "file": SimpleUploadedFile("tepian-mahakam.jpg", isi, content_type="image/jpeg"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return get_image_model().objects.get(title="Tepian Mahakam"), isi


def _unggah_dokumen(client):
    isi = pdf_demo("Laporan Kinerja", ["Capaian kinerja tahun 2025."])
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Laporan Kinerja 2025",
            "collection": koleksi_akar().pk,
            "file": SimpleUploadedFile("laporan-kinerja.pdf", isi, content_type="application/pdf"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return get_document_model().objects.get(title="Laporan Kinerja 2025"), isi


def test_penyimpanan_bawaan_adalah_s3(s3):
    from storages.backends.s3 import S3Storage
    from wagtail.images.models import get_rendition_storage

    assert isinstance(default_storage._wrapped, S3Storage) or default_storage.bucket_name
    assert get_rendition_storage().bucket_name == s3.bucket


def test_unggah_gambar_di_admin_tersimpan_di_bucket_beserta_renditionnya(s3, client, admin_portal):
    client.force_login(admin_portal)
    gambar, isi = _unggah_gambar(client)
    assert gambar.file.name in s3.kunci()
    badan = s3.get_object(Bucket=s3.bucket, Key=gambar.file.name)["Body"].read()
    assert badan == isi

    rendition = gambar.get_rendition("fill-120x80")
    assert rendition.file.name in s3.kunci()
    assert rendition.url.startswith(s3.meta.endpoint_url) or "X-Amz-" in rendition.url
    # The rendition is readable back from the bucket (a second process would find it there).
    assert rendition.file.storage.exists(rendition.file.name)


def test_unggah_dokumen_di_admin_tersimpan_di_bucket_dan_bisa_diunduh(s3, client, admin_portal):
    client.force_login(admin_portal)
    dokumen, isi = _unggah_dokumen(client)
    assert dokumen.file.name in s3.kunci()

    client.logout()
    response = client.get(reverse("wagtaildocs_serve", args=(dokumen.pk, dokumen.filename)))
    assert response.status_code == 200  # streamed through Django (serve_view), not redirected
    assert b"".join(response.streaming_content) == isi
    # Wagtail's protective headers apply because the file passes through Django.
    assert response["Content-Type"] == "application/pdf"
    assert "default-src 'none'" in response["Content-Security-Policy"]


def test_hapus_di_admin_menghapus_objek_dari_bucket(
    s3, client, admin_portal, django_capture_on_commit_callbacks
):
    client.force_login(admin_portal)
    gambar, _ = _unggah_gambar(client)
    rendition = gambar.get_rendition("fill-120x80")
    dokumen, _ = _unggah_dokumen(client)
    kunci = {gambar.file.name, rendition.file.name, dokumen.file.name}
    assert kunci <= s3.kunci()

    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("wagtailimages:delete", args=(gambar.pk,))).status_code == 302
        assert client.post(reverse("wagtaildocs:delete", args=(dokumen.pk,))).status_code == 302

    assert not kunci & s3.kunci()


def test_klien_s3_produksi_berbatas_waktu_dan_percobaan():
    """base.py gives botocore short timeouts and few retries (its default waits 60 s), and
    SigV4 signing (SigV2 is refused by the newer regions, Jakarta among them)."""
    import subprocess
    import sys

    from django.conf import settings

    kode = (
        "from django.conf import settings as s; import django; django.setup(); "
        "c = s.AWS_S3_CLIENT_CONFIG; "
        "print(s.STORAGES['default']['BACKEND'], c.connect_timeout, c.read_timeout, "
        "c.retries['max_attempts'], c.signature_version, s.AWS_QUERYSTRING_EXPIRE, "
        "s.WAGTAILDOCS_SERVE_METHOD)"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "portal.settings.base",
        "DJANGO_SECRET_KEY": "x" * 60,
        "AWS_STORAGE_BUCKET_NAME": "media-portal",
        "AWS_S3_ENDPOINT_URL": "https://s3.contoh.id",
    }
    keluaran = subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, "-c", kode],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert keluaran == [
        "storages.backends.s3.S3Storage",
        "3",
        "10",
        "2",
        "s3v4",
        "3600",
        "serve_view",
    ]
