"""Redis down (issue 8, point 7): pages are served uncached with no 5xx, and caching resumes
when Redis is back.

The cache is the production one — the CACHES that portal/settings/base.py builds when
REDIS_URL is set (django-redis, short socket timeouts, IGNORE_EXCEPTIONS, the circuit breaker
of portal/ketahanan/redis_pemutus.py) — pointed at a redis-server of the test's own, which is
killed (SIGKILL: a crash) or frozen (SIGSTOP: a hung process or a host gone from the network)
and brought back. Pages read it through the page cache middleware (the generation and the
stored copy), Wagtail's rendition cache (the article's image) and the working-hours calendar.
The breaker's clock is the test's, so "ten seconds later" needs no waiting. Each worker's local
copy of the hottest pages (portal/core/cache_lokal.py) is trusted only while its listener hears
Redis: a dead or frozen Redis stops it within `PERCAYA_DETIK`, which the tests wait out.
"""

import os
import runpy
import signal
import time

import pytest
from django.test import Client

from berita.factories import BeritaPageFactory
from portal.core import cache_lokal
from portal.core.cache_halaman import HEADER_STATUS
from portal.ketahanan import redis_pemutus
from tests.conftest import butuh_layanan
from tests.ketahanan.layanan import REDIS_SERVER, ServerRedis

pytestmark = pytest.mark.service("redis")


class Jam:
    def __init__(self):
        self.detik = 1000.0

    def __call__(self):
        return self.detik


@pytest.fixture
def jam(monkeypatch):
    jam = Jam()
    monkeypatch.setattr(redis_pemutus, "_sekarang", jam)
    redis_pemutus.pulihkan_semua()
    yield jam
    redis_pemutus.pulihkan_semua()


@pytest.fixture
def pemutusan(monkeypatch):
    """How many times the breaker opened (each is one call that waited or was refused)."""
    asli = redis_pemutus._putuskan
    hitungan = []

    def _putuskan(koneksi):
        hitungan.append(koneksi)
        asli(koneksi)

    monkeypatch.setattr(redis_pemutus, "_putuskan", _putuskan)
    return hitungan


@pytest.fixture
def redis_pribadi(settings, monkeypatch, jam):
    butuh_layanan(REDIS_SERVER is not None, "redis-server tidak terpasang (apt-get install redis)")
    server = ServerRedis()
    server.mulai()
    monkeypatch.setenv("REDIS_URL", server.url)
    monkeypatch.setenv("CACHE_KEY_PREFIX", "uji-ketahanan")
    produksi = runpy.run_path(str(settings.BASE_DIR / "portal" / "settings" / "base.py"))
    settings.CACHES = produksi["CACHES"]
    settings.DJANGO_REDIS_IGNORE_EXCEPTIONS = produksi["DJANGO_REDIS_IGNORE_EXCEPTIONS"]
    settings.PORTAL_CACHE_HALAMAN_AKTIF = True
    try:
        yield server
    finally:
        if server.proses.poll() is None:
            os.kill(server.proses.pid, signal.SIGCONT)
        server.matikan()


@pytest.fixture
def halaman(indeks_berita):
    artikel = BeritaPageFactory(parent=indeks_berita, title="Jembatan Mahakam Ditutup Sementara")
    return ["/", indeks_berita.url, artikel.url]


def _ambil_semua(klien, jalur):
    return {j: klien.get(j) for j in jalur}


def _semua_dari_cache(klien, halaman):
    _ambil_semua(klien, halaman)
    for jalur, respons in _ambil_semua(klien, halaman).items():
        assert respons.status_code == 200, jalur
        assert respons[HEADER_STATUS] == "HIT", jalur


def _tunggu_salinan_lokal_lepas():
    """The local copy stops being used once its listener has not heard Redis for a while."""
    batas = time.monotonic() + cache_lokal.PERCAYA_DETIK + 5
    while cache_lokal.dipercaya():
        assert time.monotonic() < batas, "salinan lokal masih dipakai tanpa Redis"
        time.sleep(0.1)


def _semua_tanpa_cache(klien, halaman):
    _tunggu_salinan_lokal_lepas()
    for _putaran in range(2):
        for jalur, respons in _ambil_semua(klien, halaman).items():
            assert respons.status_code == 200, jalur
            assert respons.get(HEADER_STATUS) != "HIT", jalur
            assert b"Traceback" not in respons.content
    assert b"<img" in klien.get(halaman[-1]).content  # the rendition comes from the database


def test_halaman_tetap_tayang_tanpa_cache_saat_redis_mati_lalu_cache_kembali(
    redis_pribadi, halaman, jam
):
    from django.conf import settings

    assert settings.CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    klien = Client(raise_request_exception=False)
    _semua_dari_cache(klien, halaman)

    redis_pribadi.matikan()
    _semua_tanpa_cache(klien, halaman)

    redis_pribadi.mulai()
    jam.detik += redis_pemutus.PUTUS_DETIK
    _semua_dari_cache(klien, halaman)


def test_redis_macet_hanya_sekali_ditunggu_lalu_dilewati_sampai_dicoba_lagi(
    redis_pribadi, halaman, jam, pemutusan
):
    klien = Client(raise_request_exception=False)
    _semua_dari_cache(klien, halaman)

    os.kill(redis_pribadi.proses.pid, signal.SIGSTOP)
    _semua_tanpa_cache(klien, halaman)
    # One call waited for the socket timeout; the breaker refused the other ~70 at once.
    assert len(pemutusan) == 1

    jam.detik += redis_pemutus.PUTUS_DETIK
    klien.get("/")
    assert len(pemutusan) == 2  # tried again once the pause was over, and still hung

    os.kill(redis_pribadi.proses.pid, signal.SIGCONT)
    jam.detik += redis_pemutus.PUTUS_DETIK
    _semua_dari_cache(klien, halaman)
    assert len(pemutusan) == 2
