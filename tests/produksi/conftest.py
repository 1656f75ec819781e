"""Fixtures of the production set-up tests: a standalone S3 server (moto) on 127.0.0.1, the
media storage pointed at it, and the Redis cache."""

import os
import socket
from pathlib import Path

import pytest

from tests.conftest import butuh_layanan

BUCKET = "portal-media-uji"
REDIS_URL = os.environ.get("PORTAL_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def _port_bebas():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server_s3():
    """moto's S3 server in a thread of this test process; its URL, or a skip without moto."""
    try:
        from moto.server import ThreadedMotoServer
    except ImportError:  # pragma: no cover - moto[server] is in requirements-dev.txt
        butuh_layanan(False, "moto[server] tidak terpasang (server S3 uji)")
    port = _port_bebas()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


def _klien(endpoint):
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="uji",
        aws_secret_access_key="uji",  # noqa: S106 - moto accepts any key
    )


@pytest.fixture
def s3(server_s3, settings, tmp_path):
    """The default storage on a fresh bucket of the moto server (as production configures it
    from AWS_STORAGE_BUCKET_NAME), MEDIA_ROOT an empty folder that must stay empty. Returns a
    boto3 client with `.bucket` and `.kunci()` (the keys in the bucket)."""
    from botocore.config import Config

    klien = _klien(server_s3)
    klien.create_bucket(Bucket=BUCKET)
    media_root = tmp_path / "media"
    media_root.mkdir()
    settings.MEDIA_ROOT = str(media_root)
    settings.AWS_S3_CLIENT_CONFIG = Config(
        connect_timeout=3, read_timeout=10, retries={"max_attempts": 2, "mode": "standard"}
    )
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": server_s3,
                "region_name": "us-east-1",
                "access_key": "uji",
                "secret_key": "uji",
                "default_acl": None,
                "querystring_auth": True,
                "file_overwrite": False,
            },
        },
    }
    settings.WAGTAILDOCS_SERVE_METHOD = "serve_view"

    def kunci():
        halaman = klien.get_paginator("list_objects_v2").paginate(Bucket=BUCKET)
        return {obj["Key"] for hal in halaman for obj in hal.get("Contents", [])}

    klien.bucket = BUCKET
    klien.kunci = kunci
    yield klien
    for k in kunci():
        klien.delete_object(Bucket=BUCKET, Key=k)
    klien.delete_bucket(Bucket=BUCKET)
    berkas_lokal = [p for p in Path(media_root).rglob("*") if p.is_file()]
    assert berkas_lokal == [], f"berkas media tertulis ke disk lokal: {berkas_lokal}"
    assert settings.MEDIA_ROOT == str(media_root)


def redis_tersedia():
    try:
        import redis

        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except Exception:
        return False


@pytest.fixture
def cache_redis(settings):
    """The default cache on Redis (database 15), configured as base.py does for REDIS_URL."""
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
