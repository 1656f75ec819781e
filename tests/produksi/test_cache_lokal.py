"""The page cache's local copy (portal/core/cache_lokal.py): each worker keeps the hottest
cached pages in memory, answers them before Django's request cycle, and forgets them the
moment any process announces an invalidation through Redis."""

import datetime as dt
import io
import sys
import time

import pytest
import time_machine
from django.core.cache import caches
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from berita.factories import BeritaPageFactory
from portal.core import cache_halaman, cache_lokal
from portal.core.cache_halaman import HEADER_STATUS, KUNCI_GENERASI, WSGIHandlerPortal

pytestmark = pytest.mark.django_db


@pytest.fixture
def salinan_aktif(cache_redis, settings):
    """Redis as the page cache, and this process's listener connected."""
    settings.PORTAL_CACHE_LOKAL_MB = 8
    cache_lokal.salinan_untuk(caches["default"], settings.PORTAL_CACHE_LOKAL_MB)
    batas = time.monotonic() + 10
    while not cache_lokal.dipercaya():
        assert time.monotonic() < batas, "pendengar cache lokal tidak tersambung ke Redis"
        time.sleep(0.05)
    return cache_redis


@pytest.fixture
def artikel(indeks_berita):
    return BeritaPageFactory(parent=indeks_berita, title="Pelabuhan Kariangau Diperluas")


def _hapus_salinan_redis(cache):
    """Delete every stored page from Redis, leaving the generation: only a local copy can
    still answer."""
    klien = cache.client.get_client(write=True)
    generasi = cache.make_key(KUNCI_GENERASI).encode()
    for kunci in klien.scan_iter(match=cache.make_key("halaman:*")):
        if kunci != generasi:
            klien.delete(kunci)


def _environ(path, metode="GET"):
    return {
        "REQUEST_METHOD": metode,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "SCRIPT_NAME": "",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
    }


def _panggil(aplikasi, environ):
    hasil = {}

    def start_response(status, headers, exc_info=None):
        hasil["status"], hasil["headers"] = status, dict(headers)

    # As Django's test client does: the handler's signals would close the test's database
    # connection (its transaction) at the end of each request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        jawaban = aplikasi(environ, start_response)
        isi = b"".join(jawaban)
        getattr(jawaban, "close", lambda: None)()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return hasil["status"], hasil["headers"], isi


def test_halaman_panas_dilayani_dari_salinan_lokal_tanpa_redis(client, salinan_aktif, artikel):
    assert client.get(artikel.url)[HEADER_STATUS] == "MISS"
    dari_redis = client.get(artikel.url)
    assert dari_redis[HEADER_STATUS] == "HIT"

    _hapus_salinan_redis(salinan_aktif)
    lokal = client.get(artikel.url)
    assert lokal[HEADER_STATUS] == "HIT"
    assert lokal.content == dari_redis.content
    assert lokal["Content-Security-Policy"] == dari_redis["Content-Security-Policy"]


def test_invalidasi_dari_proses_lain_langsung_mengosongkan_salinan_lokal(
    client, salinan_aktif, artikel
):
    client.get(artikel.url)
    assert client.get(artikel.url)[HEADER_STATUS] == "HIT"
    # Another worker or app server publishes: the same atomic bump-and-announce, sent over a
    # connection of its own (this process's copy is not touched by the call itself).
    kunci = salinan_aktif.make_key(KUNCI_GENERASI)
    klien_lain = salinan_aktif.client.get_client(write=True)
    klien_lain.eval(cache_lokal._SKRIP_NAIK, 2, kunci, cache_lokal._kanal(kunci), 0)
    # The announcement reaches this process's listener thread within microseconds of the bump
    # on a quiet machine (how fast is a benchmark's business, benchmarks/produksi.py); the
    # bound only keeps a lost announcement from hanging the suite on a loaded CI machine.
    batas = time.monotonic() + 15
    while client.get(artikel.url)[HEADER_STATUS] == "HIT":
        assert time.monotonic() < batas, "salinan lokal masih melayani halaman lama"


def test_terbit_di_proses_ini_mengosongkan_salinan_lokal(client, salinan_aktif, artikel):
    client.get(artikel.url)
    client.get(artikel.url)
    _hapus_salinan_redis(salinan_aktif)
    assert client.get(artikel.url)[HEADER_STATUS] == "HIT"  # from the local copy

    artikel.title = "Pelabuhan Kariangau Diperluas Dua Kali Lipat"
    # Tuesday 10:00 WITA: inside working hours, so publishing is not deferred.
    with time_machine.travel(dt.datetime(2026, 2, 3, 2, 0, tzinfo=dt.UTC), tick=False):
        artikel.save_revision().publish()
    artikel.refresh_from_db()
    segar = client.get(artikel.url)
    assert segar[HEADER_STATUS] == "MISS"
    assert b"Dua Kali Lipat" in segar.content


def test_handler_wsgi_menjawab_salinan_lokal_sebelum_siklus_django(client, salinan_aktif, artikel):
    aplikasi = WSGIHandlerPortal()
    status, miss, isi_miss = _panggil(aplikasi, _environ(artikel.url))
    assert (status, miss[HEADER_STATUS]) == ("200 OK", "MISS")
    _panggil(aplikasi, _environ(artikel.url))  # from Redis, now kept locally

    permintaan = []

    def catat(**kwargs):
        permintaan.append(kwargs)

    request_started.connect(catat)
    try:
        status, hit, isi = _panggil(aplikasi, _environ(artikel.url))
        _, hit_head, isi_head = _panggil(aplikasi, _environ(artikel.url, "HEAD"))
        _panggil(aplikasi, _environ("/berita/"))  # not cached yet: through Django
    finally:
        request_started.disconnect(catat)
    assert len(permintaan) == 1
    assert (status, hit[HEADER_STATUS], isi) == ("200 OK", "HIT", isi_miss)
    # The finished response, security headers included, as the miss sent it.
    for nama in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cache-Control",
        "Content-Length",
    ):
        assert hit[nama] == miss[nama], nama
    assert isi_head == b""
    assert hit_head["Content-Length"] == str(len(isi_miss))


def test_http_dan_https_disimpan_terpisah(client, artikel):
    client.get(artikel.url, secure=True)
    assert client.get(artikel.url, secure=True)[HEADER_STATUS] == "HIT"
    assert client.get(artikel.url)[HEADER_STATUS] == "MISS"


def test_berkas_statis_tidak_dicari_di_cache_halaman(client, monkeypatch):
    def _dari_cache(*args):
        raise AssertionError("berkas statis dicari di cache halaman")

    monkeypatch.setattr(cache_halaman, "_dari_cache", _dari_cache)
    assert client.get("/static/tidak-ada.css").status_code == 404


# -- the copy itself ---------------------------------------------------------------------------


def test_salinan_dibatasi_ukurannya_yang_lama_dibuang_dulu():
    salinan = cache_lokal.SalinanLokal(batas_byte=250)
    for nomor in range(3):
        salinan.simpan(f"h{nomor}", nomor, 100, salinan.zaman)
    assert salinan.ambil("h0") is None
    assert (salinan.ambil("h1"), salinan.ambil("h2")) == (1, 2)
    salinan.simpan("besar", "x", 251, salinan.zaman)
    assert salinan.ambil("besar") is None


def test_salinan_yang_diambil_sebelum_invalidasi_tidak_disimpan():
    salinan = cache_lokal.SalinanLokal(batas_byte=1000)
    zaman = salinan.zaman  # a request starts reading Redis …
    salinan.kosongkan()  # … an invalidation is heard meanwhile …
    salinan.simpan("h", "lama", 10, zaman)  # … its copy of the old page is not kept
    assert salinan.ambil("h") is None


def test_salinan_tidak_hidup_lebih_dari_umur_maksimum(monkeypatch):
    jam = [1000.0]
    monkeypatch.setattr(cache_lokal, "_sekarang", lambda: jam[0])
    salinan = cache_lokal.SalinanLokal(batas_byte=1000)
    salinan.simpan("h", "isi", 10, salinan.zaman)
    jam[0] += cache_lokal.UMUR_MAKS_DETIK + 1
    assert salinan.ambil("h") is None
