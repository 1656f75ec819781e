"""A circuit breaker for the Redis cache: after one failed connect or timed-out command, every
cache call of this process fails at once for `PUTUS_DETIK`, instead of waiting for its socket
timeout again.

Why: django-redis with IGNORE_EXCEPTIONS serves pages uncached when Redis is down, but a page
view makes about ten cache calls (page-cache generation and copy, renditions, calendar). A
Redis that refuses connections costs nothing, one that hangs — a frozen process, a host gone
from the network — costs the socket timeout on every call: measured here, 10 s per page with a
1 s timeout (tests/ketahanan/test_redis_mati.py). With the breaker a worker pays one timeout,
then serves uncached at full speed, and tries Redis again every `PUTUS_DETIK`.

Used through django-redis's `CONNECTION_POOL_CLASS` (portal/settings/base.py); delete it if
redis-py or django-redis gain a breaker of their own.
"""

import threading
import time

from redis.connection import Connection, ConnectionPool, SSLConnection
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

# Seconds a failed Redis is left alone before a request tries it again.
PUTUS_DETIK = 10

# The clock, monotonic (a wall-clock jump must not hold the breaker open); tests move it.
_sekarang = time.monotonic
_kunci = threading.Lock()
_putus_sampai = {}  # (host, port) -> monotonic time until which calls fail at once


def _alamat(koneksi):
    return (getattr(koneksi, "host", None), getattr(koneksi, "port", None))


def sedang_putus(koneksi):
    return _sekarang() < _putus_sampai.get(_alamat(koneksi), 0)


def _putuskan(koneksi):
    with _kunci:
        _putus_sampai[_alamat(koneksi)] = _sekarang() + PUTUS_DETIK


def pulihkan_semua():
    """Close every breaker (tests; and a deploy that knows Redis is back)."""
    with _kunci:
        _putus_sampai.clear()


class _Pemutus:
    """Mixin for redis-py connections: refuse while open, open on a failure."""

    def _awasi(self, fungsi, *args, **kwargs):
        if sedang_putus(self):
            raise RedisConnectionError("Redis dilewati sementara setelah gagal (pemutus terbuka)")
        try:
            return fungsi(*args, **kwargs)
        except (RedisConnectionError, RedisTimeoutError):
            if not sedang_putus(self):  # a nested call (the connect's handshake) opened it
                _putuskan(self)
            raise

    def connect_check_health(self, *args, **kwargs):
        return self._awasi(super().connect_check_health, *args, **kwargs)

    def send_packed_command(self, *args, **kwargs):
        return self._awasi(super().send_packed_command, *args, **kwargs)

    def read_response(self, *args, **kwargs):
        return self._awasi(super().read_response, *args, **kwargs)


class KoneksiPemutus(_Pemutus, Connection):
    pass


class KoneksiPemutusSSL(_Pemutus, SSLConnection):
    pass


_GANTI = {Connection: KoneksiPemutus, SSLConnection: KoneksiPemutusSSL}


class PoolPemutus(ConnectionPool):
    """redis-py's pool, making its TCP and TLS connections with the breaker."""

    def __init__(self, connection_class=Connection, **kwargs):
        super().__init__(connection_class=_GANTI.get(connection_class, connection_class), **kwargs)
