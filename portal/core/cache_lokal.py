"""The page cache's first level: the hottest cached pages, kept in this worker's memory.

Why: a page-cache hit from Redis costs a network round trip and the reassembly of the
response, about as much again as gunicorn needs to send the page; a spike (a disaster
announcement, election results) sends the same few pages to every citizen. A copy in the
worker answers them at the cost of a dictionary look-up (portal/core/cache_halaman.py,
`WSGIHandlerPortal`), before Django's request cycle.

Correctness rests on hearing every invalidation at once: each bump of the cache generation
publishes on a Redis channel in the same atomic step (`naikkan_dan_umumkan`), and a thread of
each worker listens and empties this copy when it hears one. The copy is used only while that
listener is provably connected: it pings Redis every `PING_DETIK` and the copy is trusted for
`PERCAYA_DETIK` after the last answer, so a dead or hung Redis (missed messages) stops it within
that time and it starts empty again once resubscribed. A message that has reached the worker
but not yet the listener (it waits for the interpreter lock) is noticed too: the copy is not
used while the listener's socket has unread data: the copy is forgotten as soon as the
announcement reaches the worker. Only with the django-redis backend; the local-memory default
is in-process already.

Bounded: at most PORTAL_CACHE_LOKAL_MB of page bodies per worker (least recently used go
first), and no entry lives longer than `UMUR_MAKS_DETIK` even if nothing changed.
"""

import logging
import os
import select
import threading
import time
from collections import OrderedDict

from django_redis.cache import RedisCache

logger = logging.getLogger(__name__)

PING_DETIK = 0.5
PERCAYA_DETIK = 1.5
UMUR_MAKS_DETIK = 60.0
# Bumps the generation if it exists (else starts it from the clock, as generasi() does) and
# tells every worker, in one atomic step: no worker can see the new generation unannounced.
_SKRIP_NAIK = """
if redis.call('exists', KEYS[1]) == 1 then redis.call('incr', KEYS[1])
else redis.call('set', KEYS[1], ARGV[1]) end
redis.call('publish', KEYS[2], '1')
return 1
"""

_sekarang = time.monotonic


class SalinanLokal:
    """An LRU of finished responses (status line, headers, body, valid-until) by cache key,
    emptied on every announced invalidation."""

    def __init__(self, batas_byte):
        self.batas_byte = batas_byte
        self._isi = OrderedDict()
        self._byte = 0
        self._kunci = threading.Lock()
        self.zaman = 0  # bumped by every emptying: a copy fetched before one is not kept

    def ambil(self, kunci):
        entri = self._isi.get(kunci)
        if entri is None:
            return None
        if _sekarang() - entri[0] > UMUR_MAKS_DETIK:
            return None
        return entri[1]

    def simpan(self, kunci, nilai, ukuran, zaman):
        if ukuran > self.batas_byte:
            return
        with self._kunci:
            if zaman != self.zaman:
                return
            lama = self._isi.pop(kunci, None)
            if lama is not None:
                self._byte -= lama[2]
            self._isi[kunci] = (_sekarang(), nilai, ukuran)
            self._byte += ukuran
            while self._byte > self.batas_byte:
                _, (_, _, u) = self._isi.popitem(last=False)
                self._byte -= u

    def kosongkan(self):
        with self._kunci:
            self._isi = OrderedDict()
            self._byte = 0
            self.zaman += 1


class Pendengar:
    """The worker's subscription to the invalidation channel, in a daemon thread."""

    def __init__(self, url, kanal, salinan):
        self.url, self.kanal, self.salinan = url, kanal, salinan
        self.percaya_sampai = 0.0
        self.soket = None
        self.berhenti = threading.Event()
        threading.Thread(target=self._jalan, name="cache-lokal", daemon=True).start()

    def terpercaya(self):
        return _sekarang() < self.percaya_sampai and not self._ada_pesan()

    def _ada_pesan(self):
        soket = self.soket
        if soket is None:
            return True
        try:
            return bool(select.select([soket], [], [], 0)[0])
        except (OSError, ValueError):  # closed meanwhile
            return True

    def _jalan(self):
        import redis

        while not self.berhenti.is_set():
            try:
                klien = redis.Redis.from_url(self.url, socket_connect_timeout=1, socket_timeout=5)
                with klien.pubsub() as langganan:
                    langganan.subscribe(self.kanal)
                    self.soket = langganan.connection._sock
                    self._dengar(langganan)
            except Exception:  # Redis down or gone: not trusted; try again shortly
                logger.debug("Pendengar cache lokal terputus", exc_info=True)
            self.percaya_sampai = 0.0
            self.soket = None
            self.salinan.kosongkan()
            self.berhenti.wait(PING_DETIK)

    def _dengar(self, langganan):
        terakhir_ping = 0.0
        while not self.berhenti.is_set():
            if _sekarang() - terakhir_ping >= PING_DETIK:
                langganan.ping()
                terakhir_ping = _sekarang()
            pesan = langganan.get_message(timeout=PING_DETIK)
            if pesan is None:
                continue
            if pesan["type"] == "subscribe":
                # Subscribed: from now on no invalidation is missed; what came before is gone.
                self.salinan.kosongkan()
            elif pesan["type"] == "message":
                self.salinan.kosongkan()
            elif pesan["type"] == "pong" and langganan.subscribed:
                self.percaya_sampai = _sekarang() + PERCAYA_DETIK

    def hentikan(self):
        self.berhenti.set()


_aktif = {"tanda": None, "salinan": None, "pendengar": None}


def _redis(cache):
    return isinstance(cache, RedisCache)


def salinan_untuk(cache, batas_mb):
    """The local copy to use with the cache backend `cache` in this process, or None (not
    Redis, switched off, or the listener not — yet, or any more — connected)."""
    if batas_mb <= 0 or not _redis(cache):
        return None
    url = cache._server[0] if isinstance(cache._server, list | tuple) else cache._server
    tanda = (os.getpid(), url, cache.make_key("halaman:generasi"))
    if _aktif["tanda"] != tanda:
        # First use in this worker (gunicorn forks after loading the app), or a new cache.
        if _aktif["pendengar"] is not None:
            _aktif["pendengar"].hentikan()
        salinan = SalinanLokal(batas_mb * 1024 * 1024)
        _aktif.update(
            tanda=tanda, salinan=salinan, pendengar=Pendengar(url, _kanal(tanda[2]), salinan)
        )
    if not _aktif["pendengar"].terpercaya():
        return None
    return _aktif["salinan"]


def dipercaya():
    """Does this process answer from its local copy now (its listener connected)?"""
    pendengar = _aktif["pendengar"]
    return pendengar is not None and _aktif["tanda"][0] == os.getpid() and pendengar.terpercaya()


def _kanal(kunci_generasi):
    return f"{kunci_generasi}:umum"


def naikkan_dan_umumkan(cache, kunci_generasi, awal):
    """Bump the generation and announce it to every worker's local copy, atomically.
    Returns False when the backend is not Redis (the caller bumps it its own way)."""
    if not _redis(cache):
        return False
    kunci = cache.make_key(kunci_generasi)
    try:
        klien = cache.client.get_client(write=True)
        klien.eval(_SKRIP_NAIK, 2, kunci, _kanal(kunci), awal)
    except Exception:  # Redis down: nothing is cached meanwhile; the listeners reconnect empty
        logger.warning("Generasi cache tidak dapat dinaikkan (Redis tidak terjangkau)")
    kosongkan()  # this process at once, not when the message arrives
    return True


def kosongkan():
    """Empty this process's local copy, as an announced invalidation does."""
    if _aktif["salinan"] is not None:
        _aktif["salinan"].kosongkan()
