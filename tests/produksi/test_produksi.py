"""The production settings: `check --deploy` is clean, collectstatic gives hashed gzip and
brotli files served with a year of cache, and the database, cache and CDN settings follow
the environment. Each runs the settings in a subprocess, as a deployment does."""

import json
import os
import subprocess
import sys
import textwrap

import pytest
from django.conf import settings

ENV_PRODUKSI = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "DJANGO_SECRET_KEY": "uji-" + "k7Qm2vXz9pLr4sTw8yBn3cFh6jDg1aEe" * 2,
    "DJANGO_ALLOWED_HOSTS": "kaltimprov.go.id,www.kaltimprov.go.id",
    "WAGTAILADMIN_BASE_URL": "https://kaltimprov.go.id",
    "DATABASE_URL": "postgres://portal:sandi@127.0.0.1:5432/portal",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


def _jalankan(argv, env_tambahan=None, **kwargs):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", str(settings.BASE_DIR)),
        **ENV_PRODUKSI,
        **(env_tambahan or {}),
    }
    return subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, *argv],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=600,
        **kwargs,
    )


def _pengaturan(kode, env_tambahan=None):
    """Evaluate `kode` (an expression over `s`, the settings) under the given environment."""
    skrip = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        f"print(json.dumps({kode}))"
    )
    hasil = _jalankan(["-c", skrip], env_tambahan)
    assert hasil.returncode == 0, hasil.stderr
    return json.loads(hasil.stdout)


def test_check_deploy_bersih():
    hasil = _jalankan(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr
    assert "no issues" in hasil.stdout


def test_produksi_menolak_tanpa_kunci_rahasia():
    hasil = _jalankan(["manage.py", "check"], {"DJANGO_SECRET_KEY": ""})
    assert hasil.returncode != 0
    assert "DJANGO_SECRET_KEY" in hasil.stderr


def test_postgresql_lewat_database_url_dengan_koneksi_persisten():
    db = _pengaturan('s.DATABASES["default"]')
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert db["CONN_MAX_AGE"] > 0
    assert db["CONN_HEALTH_CHECKS"] is True
    assert db["OPTIONS"]["connect_timeout"] == 5


def test_redis_lewat_django_redis_yang_mengabaikan_gangguan():
    cache = _pengaturan('s.CACHES["default"]')
    assert cache["BACKEND"] == "django_redis.cache.RedisCache"
    assert cache["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert cache["OPTIONS"]["SOCKET_TIMEOUT"] <= 2


def test_cache_frontend_mati_kecuali_dikonfigurasi():
    kode = '["wagtail.contrib.frontend_cache" in s.INSTALLED_APPS, s.WAGTAILFRONTENDCACHE]'
    assert _pengaturan(kode) == [False, {}]
    aktif, konfigurasi = _pengaturan(kode, {"WAGTAILFRONTENDCACHE_URL": "http://127.0.0.1:6081"})
    assert aktif
    assert konfigurasi["default"]["LOCATION"] == "http://127.0.0.1:6081"


def test_gunicorn_conf_terbaca():
    skrip = textwrap.dedent(
        """
        import json, runpy
        conf = runpy.run_path("gunicorn.conf.py")
        print(json.dumps({k: conf[k] for k in ("bind", "workers", "timeout", "wsgi_app")}))
        """
    )
    hasil = _jalankan(["-c", skrip], {"GUNICORN_WORKERS": "3"})
    assert hasil.returncode == 0, hasil.stderr
    conf = json.loads(hasil.stdout)
    assert conf["workers"] == 3
    assert conf["wsgi_app"] == "portal.wsgi:application"
    assert 0 < conf["timeout"] <= 60


@pytest.fixture(scope="module")
def statis_terkumpul(tmp_path_factory):
    """collectstatic under production settings into a temporary STATIC_ROOT, then one request
    for a hashed file through the production middleware; returns (root, result)."""
    root = tmp_path_factory.mktemp("staticfiles")
    skrip = textwrap.dedent(
        """
        import json, django
        django.setup()
        from django.core.management import call_command
        call_command("collectstatic", "--no-input", verbosity=0)
        from django.contrib.staticfiles.storage import staticfiles_storage
        from django.test import Client
        url = staticfiles_storage.url("css/portal.css")
        r = Client().get(url, secure=True, HTTP_ACCEPT_ENCODING="br, gzip",
                         HTTP_HOST="kaltimprov.go.id")
        print(json.dumps({"url": url, "status": r.status_code,
                          "cache_control": r.get("Cache-Control"),
                          "content_encoding": r.get("Content-Encoding")}))
        """
    )
    hasil = _jalankan(["-c", skrip], {"DJANGO_STATIC_ROOT": str(root)})
    assert hasil.returncode == 0, hasil.stderr
    return root, json.loads(hasil.stdout.strip().splitlines()[-1])


def test_collectstatic_menghasilkan_berkas_ber_hash_gzip_dan_brotli(statis_terkumpul):
    root, _ = statis_terkumpul
    css = {p.name for p in (root / "css").iterdir()}
    ber_hash = [
        n for n in css if n.startswith("portal.") and n.endswith(".css") and n != "portal.css"
    ]
    assert ber_hash, css
    assert f"{ber_hash[0]}.gz" in css
    assert f"{ber_hash[0]}.br" in css
    assert (root / "staticfiles.json").exists()


def test_berkas_statis_disajikan_dengan_cache_setahun(statis_terkumpul):
    _, hasil = statis_terkumpul
    assert hasil["status"] == 200
    assert hasil["url"] != "/static/css/portal.css"  # hashed name
    assert hasil["cache_control"] == "max-age=31536000, public, immutable"
    assert hasil["content_encoding"] == "br"


def test_opensearch_dipilih_dari_lingkungan():
    kode = 's.WAGTAILSEARCH_BACKENDS["default"]'
    assert _pengaturan(kode)["BACKEND"] == "wagtail.search.backends.database"
    klaster = _pengaturan(kode, {"WAGTAILSEARCH_URL": "https://cari.internal:9200"})
    assert klaster["BACKEND"] == "wagtail.search.backends.opensearch2"
    assert klaster["URLS"] == ["https://cari.internal:9200"]
