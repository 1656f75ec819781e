"""Fixtures of the production set-up tests: the Redis cache. (The S3 server and storage are
in tests/conftest.py: uploads, backups and outages use them too.)"""

import os

import pytest

from tests.conftest import butuh_layanan


def _redis_pekerja(url):
    """A Redis database of this xdist worker's own (the tests clear the cache, and
    django-redis clears with FLUSHDB): worker gwN takes the database N below the given one."""
    awal, _, nomor = url.rpartition("/")
    pekerja = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    return f"{awal}/{int(nomor) - pekerja}"


REDIS_URL = _redis_pekerja(os.environ.get("PORTAL_TEST_REDIS_URL", "redis://127.0.0.1:6379/15"))


def redis_tersedia():
    try:
        import redis

        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except Exception:
        return False


@pytest.fixture
def cache_redis(settings):
    """The default cache on Redis (this worker's database), as base.py configures REDIS_URL."""
    butuh_layanan(redis_tersedia(), f"Redis tidak tersedia di {REDIS_URL}")
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"portal-uji-{os.getpid()}",
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    from django.core.cache import cache

    cache.clear()
    yield cache
    cache.clear()


@pytest.fixture(params=["locmem", "redis"])
def backend_cache(request, settings):
    """Run a page-cache test on the local-memory cache and again on Redis."""
    if request.param == "redis":
        return request.getfixturevalue("cache_redis")
    from django.core.cache import cache

    assert settings.CACHES["default"]["BACKEND"].endswith("LocMemCache")
    return cache
