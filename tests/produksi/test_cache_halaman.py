"""The page cache: anonymous views from the cache, editors and previews never, and every
publish / unpublish / move / delete (the scheduler's too) reaching home, index and page at
once. Each test runs on the local-memory cache and on Redis (`backend_cache`)."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from berita.factories import BeritaPageFactory
from portal.core.cache_halaman import HEADER_STATUS
from tests.admin_form import isi_form, url_ubah

pytestmark = pytest.mark.django_db
WITA = dt.timezone(dt.timedelta(hours=8))
# Tuesday 10:00 WITA: inside working hours, so publishing is not deferred.
JAM_KERJA = dt.datetime(2026, 2, 3, 10, 0, tzinfo=WITA)


@pytest.fixture
def jam_kerja():
    with time_machine.travel(JAM_KERJA, tick=False):
        yield


@pytest.fixture
def berita(backend_cache, indeks_berita, jam_kerja):
    return BeritaPageFactory(
        parent=indeks_berita, title="Jembatan Mahakam Dibuka Kembali", tanggal="2026-02-02"
    )


def _url_url(berita):
    return ["/", "/berita/", berita.url]


def _isi(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def _semua_dari_cache(client, urls):
    for url in urls:
        _isi(client, url)
    return {url: _isi(client, url)[HEADER_STATUS] for url in urls}


def test_tamu_dilayani_dari_cache_dengan_cache_control_publik(client, berita):
    pertama = _isi(client, berita.url)
    assert pertama[HEADER_STATUS] == "MISS"
    assert "public" in pertama["Cache-Control"]
    assert "max-age=1" in pertama["Cache-Control"]
    kedua = _isi(client, berita.url)
    assert kedua[HEADER_STATUS] == "HIT"
    assert kedua.content == pertama.content
    assert kedua["Cache-Control"] == pertama["Cache-Control"]
    assert "Set-Cookie" not in kedua


def test_head_dilayani_dari_cache_get(client, berita):
    _isi(client, berita.url)
    assert client.head(berita.url)[HEADER_STATUS] == "HIT"


def test_kunci_memuat_query_string(client, berita):
    _isi(client, "/berita/")
    assert _isi(client, "/berita/?page=1")[HEADER_STATUS] == "MISS"


def test_halaman_tidak_ditemukan_tidak_dicache(client, berita):
    client.get("/tidak-ada/")
    assert HEADER_STATUS not in client.get("/tidak-ada/")


def test_editor_yang_masuk_tidak_pernah_dicache(client, berita, editor):
    _isi(client, berita.url)  # a cached anonymous copy exists
    client.force_login(editor)
    for _ in range(2):
        response = _isi(client, berita.url)
        assert HEADER_STATUS not in response
        assert "private" in response["Cache-Control"]
        assert "no-cache" in response["Cache-Control"]


def test_halaman_editor_tidak_disajikan_ke_tamu(client, berita, editor):
    client.force_login(editor)
    _isi(client, berita.url)
    client.logout()
    client.cookies.clear()
    assert _isi(client, berita.url)[HEADER_STATUS] == "MISS"


def test_pratinjau_tidak_pernah_dicache(client, berita, admin_portal):
    _isi(client, berita.url)
    client.force_login(admin_portal)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(berita.pk,))
    payload = dict(isi_form(client, url_ubah(berita), "page-edit-form", {}).lists())
    payload["title"] = "Judul draf rahasia"
    assert client.post(url, payload).json()["is_valid"]
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        assert "Judul draf rahasia" in response.content.decode()
        assert HEADER_STATUS not in response
        assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]
    client.logout()
    client.cookies.clear()
    assert "Judul draf rahasia" not in _isi(client, berita.url).content.decode()


def test_terbitkan_revisi_baru_menyegarkan_beranda_indeks_dan_halaman(client, berita):
    urls = _url_url(berita)
    assert set(_semua_dari_cache(client, urls).values()) == {"HIT"}
    berita.title = "Jembatan Mahakam Ditutup Sementara"
    berita.save_revision().publish()
    for url in urls:
        response = _isi(client, url)
        assert response[HEADER_STATUS] == "MISS", url
        assert "Ditutup Sementara" in response.content.decode(), url


def test_berita_baru_terbit_muncul_di_beranda_dan_indeks(client, berita, indeks_berita):
    _semua_dari_cache(client, ["/", "/berita/"])
    baru = BeritaPageFactory(parent=indeks_berita, live=False, title="Festival Erau Digelar")
    baru.save_revision().publish()
    for url in ("/", "/berita/"):
        assert "Festival Erau Digelar" in _isi(client, url).content.decode(), url


def test_tarik_terbit_menghapus_dari_beranda_indeks_dan_halaman(client, berita):
    urls = _url_url(berita)
    _semua_dari_cache(client, urls)
    berita.unpublish()
    assert client.get(berita.url).status_code == 404
    for url in ("/", "/berita/"):
        assert berita.title not in _isi(client, url).content.decode(), url


def test_hapus_menghapus_dari_beranda_indeks_dan_halaman(client, berita):
    urls = _url_url(berita)
    _semua_dari_cache(client, urls)
    judul, url = berita.title, berita.url
    berita.delete()
    assert client.get(url).status_code == 404
    for url in ("/", "/berita/"):
        assert judul not in _isi(client, url).content.decode(), url


def test_pindah_membatalkan_cache(client, berita, indeks_berita):
    lain = BeritaPageFactory(parent=indeks_berita, title="Berita lain")
    urls = _url_url(berita)
    assert set(_semua_dari_cache(client, urls).values()) == {"HIT"}
    berita.move(lain, pos="right")
    for url in urls:
        assert _isi(client, url)[HEADER_STATUS] == "MISS", url


def test_penjadwal_yang_menerbitkan_membatalkan_cache(client, berita, indeks_berita):
    from portal.moderasi.penjadwal import jalankan_satu_putaran

    terjadwal = BeritaPageFactory(parent=indeks_berita, live=False, title="Pengumuman Terjadwal")
    revisi = terjadwal.save_revision()
    revisi.approved_go_live_at = JAM_KERJA - dt.timedelta(minutes=5)
    revisi.save()
    _semua_dari_cache(client, ["/", "/berita/"])
    jalankan_satu_putaran(now=JAM_KERJA)
    terjadwal.refresh_from_db()
    assert terjadwal.live
    for url in ("/", "/berita/"):
        assert "Pengumuman Terjadwal" in _isi(client, url).content.decode(), url


def test_pengaturan_situs_membatalkan_cache(client, berita):
    from portal.core.models import PengaturanSitus

    _semua_dari_cache(client, ["/"])
    pengaturan = PengaturanSitus.load()
    pengaturan.alamat = "Jl. Gajah Mada No. 2, Samarinda"
    pengaturan.save()
    assert "Jl. Gajah Mada No. 2" in _isi(client, "/").content.decode()


def test_jam_layanan_di_beranda_tidak_basi_dari_cache(client, berita):
    menjelang_tutup = dt.datetime(2026, 2, 3, 15, 59, tzinfo=WITA)
    with time_machine.travel(menjelang_tutup, tick=False):
        _isi(client, "/")
        response = _isi(client, "/")
        assert response[HEADER_STATUS] == "HIT"
        assert "Sedang buka" in response.content.decode()
    with time_machine.travel(menjelang_tutup + dt.timedelta(minutes=1), tick=False):
        response = _isi(client, "/")
        assert response[HEADER_STATUS] == "MISS"
        assert "Sedang tutup" in response.content.decode()


def test_halaman_dari_cache_tanpa_kueri_basis_data(client, berita, django_assert_num_queries):
    _isi(client, berita.url)
    with django_assert_num_queries(0):
        response = _isi(client, berita.url)
    assert response[HEADER_STATUS] == "HIT"


def test_versi_inggris_dan_indonesia_disimpan_terpisah(client, berita, beranda):
    from portal.core.bahasa import siapkan_struktur_terjemahan

    siapkan_struktur_terjemahan(beranda, "en")
    indonesia, inggris = _isi(client, "/"), _isi(client, "/en/")
    assert _isi(client, "/").content == indonesia.content
    assert _isi(client, "/en/")[HEADER_STATUS] == "HIT"
    assert _isi(client, "/en/").content == inggris.content != indonesia.content


def test_pembatasan_akses_membatalkan_cache(client, berita):
    from wagtail.models import PageViewRestriction

    _semua_dari_cache(client, _url_url(berita))
    PageViewRestriction.objects.create(page=berita, restriction_type="login")
    assert client.get(berita.url).status_code == 302
    for url in ("/", "/berita/"):
        assert berita.title not in _isi(client, url).content.decode(), url


def test_kategori_berita_diubah_membatalkan_cache(client, berita):
    _semua_dari_cache(client, ["/berita/", berita.url])
    kategori = berita.kategori
    kategori.nama = "Infrastruktur Daerah"
    kategori.save()
    for url in ("/berita/", berita.url):
        assert "Infrastruktur Daerah" in _isi(client, url).content.decode(), url
