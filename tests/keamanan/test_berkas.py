"""Document downloads: through Django's view with protective headers, and a file of a page the
public cannot see (draft, scheduled, unpublished, behind a view restriction) answers 404 to the
public, on local disk and on S3 alike, while staff still download it (previews)."""

import datetime
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine
from django.conf import settings
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from dokumen.factories import DokumenLampiranFactory, DokumenPageFactory
from dokumen.models import DokumenIndexPage, DokumenLampiran
from portal.core.contoh.pdf import pdf_demo
from portal.core.factories import ImageFactory, koleksi_akar

pytestmark = pytest.mark.django_db
# Tuesday 10:00 WITA: inside working hours, so a publish is not deferred to the next opening.
JAM_KERJA = datetime.datetime(
    2026, 2, 3, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=8))
)


@pytest.fixture
def indeks(beranda):
    return DokumenIndexPage.objects.get()


def _berkas(page):
    return page.lampiran.get().dokumen


def _unduh(client, dokumen):
    return client.get(dokumen.url)


def test_berkas_halaman_tayang_diunduh_lewat_django_dengan_header_pelindung(client, indeks):
    dokumen = _berkas(DokumenPageFactory(parent=indeks))
    assert dokumen.url == f"/documents/{dokumen.pk}/{dokumen.filename}"
    respons = _unduh(client, dokumen)
    assert respons.status_code == 200
    assert respons["Content-Type"] == "application/pdf"
    assert respons["X-Content-Type-Options"] == "nosniff"
    assert respons["Content-Security-Policy"] == "default-src 'none'"
    assert respons["Content-Disposition"].startswith("inline; filename=")


def test_berkas_selain_pdf_selalu_diunduh_sebagai_lampiran(client, indeks):
    csv = get_document_model().objects.create(
        title="Data", file=_isi("data.csv", b"a,b\n"), collection=koleksi_akar()
    )
    DokumenPageFactory(parent=indeks, lampiran=[csv])
    respons = _unduh(client, csv)
    assert respons.status_code == 200
    assert respons["Content-Disposition"].startswith("attachment;")


def _isi(nama, data):
    from django.core.files.base import ContentFile

    return ContentFile(data, name=nama)


def _draf(page):
    page.unpublish()


def _dijadwalkan(page):
    page.unpublish()
    page.go_live_at = timezone.now() + datetime.timedelta(days=2)
    page.save_revision().publish()


def _tak_pernah_tayang(page):
    page.live = False
    page.has_unpublished_changes = True
    page.save()


@pytest.mark.parametrize("keadaan", [_tak_pernah_tayang, _draf, _dijadwalkan])
def test_berkas_halaman_yang_tidak_tayang_tertutup_bagi_publik(
    client, indeks, editor, petugas, keadaan
):
    page = DokumenPageFactory(parent=indeks)
    dokumen = _berkas(page)
    keadaan(page)
    page.refresh_from_db()
    assert not page.live
    assert _unduh(client, dokumen).status_code == 404
    # Staff still open it: the petugas previewing a draft, the editor reviewing it.
    for pengguna in (petugas, editor):
        client.force_login(pengguna)
        assert _unduh(client, dokumen).status_code == 200


def test_berkas_baru_di_draf_halaman_tayang_tertutup_sampai_terbit(client, indeks):
    page = DokumenPageFactory(parent=indeks)
    lama = _berkas(page)
    baru = get_document_model().objects.create(
        title="Lampiran revisi",
        file=_isi("revisi.pdf", pdf_demo("Revisi", ["Isi revisi."])),
        collection=koleksi_akar(),
    )
    page.lampiran.add(DokumenLampiran(dokumen=baru))
    revisi = page.save_revision()
    assert _unduh(client, lama).status_code == 200
    assert _unduh(client, baru).status_code == 404
    with time_machine.travel(JAM_KERJA, tick=False):
        revisi.publish()
    assert _unduh(client, baru).status_code == 200


def test_berkas_yang_dihapus_dari_draf_tetap_terbuka_selama_versi_tayang_memakainya(client, indeks):
    page = DokumenPageFactory(parent=indeks, lampiran=2)
    pertama, kedua = [lampiran.dokumen for lampiran in page.lampiran.all()]
    page.lampiran.remove(page.lampiran.get(dokumen=kedua))
    page.save_revision()
    assert _unduh(client, kedua).status_code == 200


def test_berkas_halaman_berbatasan_akses_tertutup_bagi_publik(client, indeks):
    page = DokumenPageFactory(parent=indeks)
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="rahasia-1234"
    )
    assert _unduh(client, _berkas(page)).status_code == 404


def test_berkas_yang_dipakai_juga_halaman_tayang_tetap_terbuka(client, indeks):
    tayang = DokumenPageFactory(parent=indeks)
    dokumen = _berkas(tayang)
    draf = DokumenPageFactory(parent=indeks, lampiran=0)
    DokumenLampiranFactory(page=draf, dokumen=dokumen)
    draf.unpublish()
    assert _unduh(client, dokumen).status_code == 200


def test_berkas_di_disk_lokal_tidak_terjangkau_lewat_url_media(client, indeks):
    page = DokumenPageFactory(parent=indeks)
    page.unpublish()
    dokumen = _berkas(page)
    assert client.get(settings.MEDIA_URL + dokumen.file.name).status_code == 404


def test_berkas_di_s3_tertutup_tanpa_tanda_tangan_dan_lewat_django(s3, client, indeks):
    page = DokumenPageFactory(parent=indeks)
    dokumen = _berkas(page)
    assert dokumen.file.name in s3.kunci()
    # Guessing the object's address gives nothing: the bucket answers only signed requests.
    tebakan = f"{s3.meta.endpoint_url}/{s3.bucket}/{dokumen.file.name}"
    with pytest.raises(urllib.error.HTTPError) as galat:
        urllib.request.urlopen(tebakan, timeout=5)  # noqa: S310 - the loopback moto server
    assert galat.value.code == 403
    # Only a short-lived signed URL opens it (querystring auth).
    bertanda = dokumen.file.url
    assert "Signature=" in bertanda and "Expires=" in bertanda
    assert urllib.request.urlopen(bertanda, timeout=5).status == 200  # noqa: S310
    # The portal never hands that URL out: downloads stream through Django's view.
    respons = _unduh(client, dokumen)
    assert respons.status_code == 200 and respons.streaming
    page.unpublish()
    assert _unduh(client, dokumen).status_code == 404


@pytest.fixture(params=["lokal", "s3"])
def penyimpanan(request):
    """Media on local disk, then on the S3 store: the bucket's client, or None on disk."""
    return request.getfixturevalue("s3") if request.param == "s3" else None


def _tebak_objek(s3, nama):
    """The object's address in the bucket without a signature, as someone guessing it."""
    with pytest.raises(urllib.error.HTTPError) as galat:
        urllib.request.urlopen(f"{s3.meta.endpoint_url}/{s3.bucket}/{nama}", timeout=5)  # noqa: S310
    return galat.value.code


def test_berkas_dan_gambar_koleksi_privat_tertutup_bagi_publik(
    penyimpanan, client, indeks, koleksi_privat
):
    """Even attached to a live page, a document of a collection behind a login restriction
    is not served to the public; neither it nor an image of that collection is listed or
    served by API v2, and in the bucket neither object opens without a signature."""
    dokumen = get_document_model().objects.create(
        title="Notulen Rapat Internal",
        file=_isi("notulen.pdf", pdf_demo("Notulen", ["Rahasia."])),
        collection=koleksi_privat,
    )
    gambar = ImageFactory(kecil=True, title="Foto Rapat Internal", collection=koleksi_privat)
    DokumenPageFactory(parent=indeks, lampiran=[dokumen])

    respons = _unduh(client, dokumen)
    # Wagtail sends the visitor to log in (the restriction's own answer), never to the file.
    assert respons.status_code == 302
    assert "login" in respons["Location"] or "masuk" in respons["Location"]
    for jenis, obj in (("documents", dokumen), ("images", gambar)):
        daftar = client.get(f"/api/v2/{jenis}/").json()["items"]
        assert obj.pk not in [item["id"] for item in daftar]
        assert client.get(f"/api/v2/{jenis}/{obj.pk}/").status_code == 404
    if penyimpanan is None:
        for nama in (dokumen.file.name, gambar.file.name):
            assert client.get(settings.MEDIA_URL + nama).status_code == 404
    else:
        assert {dokumen.file.name, gambar.file.name} <= penyimpanan.kunci()
        assert _tebak_objek(penyimpanan, dokumen.file.name) == 403
        assert _tebak_objek(penyimpanan, gambar.file.name) == 403


def test_url_s3_bertanda_berumur_pendek_dengan_sigv4(s3, indeks):
    """A signed URL someone kept (from a log, a proxy) must stop working soon: the portal signs
    with SigV4 (the only scheme of newer regions such as Jakarta, ap-southeast-3) for at most
    an hour. The store enforces the expiry (moto does not, so what is checked here is what the
    portal signs); documents never get such a URL at all (served through Django, above)."""
    dokumen = _berkas(DokumenPageFactory(parent=indeks))
    url = dokumen.file.url
    kueri = parse_qs(urlsplit(url).query)
    assert kueri["X-Amz-Algorithm"] == ["AWS4-HMAC-SHA256"]
    assert 0 < int(kueri["X-Amz-Expires"][0]) <= 3600
    assert urllib.request.urlopen(url, timeout=5).status == 200  # noqa: S310
