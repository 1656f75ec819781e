"""Security headers and cookies under the production settings: the home page (fresh and from
the page cache), an article, a document download and the admin login score A+ on the Mozilla
HTTP Observatory's table (tests/keamanan/observatory.py), and `check --deploy` passes."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from berita.factories import BeritaPageFactory
from dokumen.factories import DokumenPageFactory
from portal.core.cache_halaman import HEADER_STATUS
from tests.keamanan.observatory import ASAL_PEMINDAI, Kuki, Tanggapan, nilai, urai_csp

pytestmark = pytest.mark.django_db

SANDI = "Sandi-Uji-Keamanan-2025"

ROOT = Path(django_settings.BASE_DIR)
# The settings production.py fixes for security; the tests take them from production.py itself.
NAMA_PENGATURAN = [
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_SAMESITE",
    "X_FRAME_OPTIONS",
    "CONTENT_SECURITY_POLICY",
    "PORTAL_CSP_ADMIN",
    "PERMISSIONS_POLICY",
]


def _env_produksi(**lain):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "AWS_"))}
    return {
        **env,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DJANGO_SECRET_KEY": "uji-" + "k" * 60,
        "DJANGO_ALLOWED_HOSTS": "portal.kaltimprov.go.id",
        **lain,
    }


@pytest.fixture(scope="module")
def pengaturan_produksi():
    """The security settings as portal.settings.production computes them (a fresh process:
    it reads the environment at import)."""
    kode = (
        "import django, json; from django.conf import settings; django.setup(); "
        f"print(json.dumps({{n: getattr(settings, n) for n in {NAMA_PENGATURAN!r}}}))"
    )
    keluaran = subprocess.run(  # noqa: S603 - fixed argv, our own interpreter
        [sys.executable, "-c", kode],
        cwd=ROOT,
        env=_env_produksi(),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(keluaran.stdout)


@pytest.fixture
def produksi(settings, pengaturan_produksi):
    for nama, nilai_produksi in pengaturan_produksi.items():
        setattr(settings, nama, nilai_produksi)
    return settings


def _tanggapan(client, jalur):
    """The Observatory's view of `jalur`: the HTTPS answer (asked with a foreign Origin, as
    the scanner does) and the first answer over plain HTTP."""
    respons = client.get(jalur, secure=True, headers={"origin": ASAL_PEMINDAI})
    assert respons.status_code == 200, jalur
    lewat_http = client.get(jalur, secure=False)
    headers = {nama.lower(): isi for nama, isi in respons.items()}
    kuki = [
        Kuki(m.key, bool(m["secure"]), bool(m["httponly"]), m["samesite"] or None)
        for m in respons.cookies.values()
    ]
    html = None if respons.streaming else respons.content.decode()
    return Tanggapan(
        url=f"https://testserver{jalur}",
        headers=headers,
        kuki=kuki,
        html=html,
        pengalihan_http=lewat_http.get("Location")
        if lewat_http.status_code in (301, 308)
        else None,
    )


@pytest.fixture
def alamat(beranda, indeks_berita):
    from dokumen.models import DokumenIndexPage

    artikel = BeritaPageFactory(parent=indeks_berita)
    dokumen = DokumenPageFactory(parent=DokumenIndexPage.objects.get())
    berkas = dokumen.lampiran.get().dokumen
    return {
        "beranda": beranda.url,
        "artikel": artikel.url,
        "unduhan dokumen": berkas.url,
        "login admin": "/admin/login/",
    }


def test_empat_alamat_bernilai_a_plus_di_http_observatory(client, produksi, alamat):
    hasil = {nama: nilai(_tanggapan(client, jalur)) for nama, jalur in alamat.items()}
    ringkas = {nama: (h.nilai, h.skor) for nama, h in hasil.items()}
    assert all(h.nilai == "A+" and h.skor >= 100 for h in hasil.values()), (ringkas, hasil)
    # No test of the table costs a single point on any of them.
    for nama, h in hasil.items():
        assert [t for t, (_r, m) in h.rincian.items() if m < 0] == [], nama


def test_halaman_dari_cache_membawa_header_yang_sama(client, produksi, alamat):
    pertama = client.get(alamat["beranda"], secure=True)
    kedua = client.get(alamat["beranda"], secure=True)
    assert (pertama[HEADER_STATUS], kedua[HEADER_STATUS]) == ("MISS", "HIT")
    for nama in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "Strict-Transport-Security",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "X-Frame-Options",
        "Cross-Origin-Opener-Policy",
    ):
        assert kedua[nama] == pertama[nama], nama
    assert nilai(_tanggapan(client, alamat["beranda"])).nilai == "A+"


def test_csp_publik_ketat_tanpa_unsafe_inline(client, produksi, alamat):
    csp = urai_csp(client.get(alamat["artikel"], secure=True)["Content-Security-Policy"])
    assert csp["default-src"] == ["'none'"]
    assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"] and csp["form-action"] == ["'self'"]
    assert csp["frame-src"] == ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
    assert "upgrade-insecure-requests" in csp


def test_admin_yang_masuk_memakai_csp_admin_sendiri(client, produksi, admin_portal):
    client.force_login(admin_portal)
    csp = urai_csp(client.get("/admin/", secure=True)["Content-Security-Policy"])
    assert "'unsafe-inline'" in csp["script-src"]
    assert csp["frame-ancestors"] == ["'self'"] and csp["object-src"] == ["'none'"]
    # The public site keeps the strict policy for the same signed-in user.
    publik = urai_csp(client.get("/", secure=True)["Content-Security-Policy"])
    assert publik["script-src"] == ["'self'"]


def test_permissions_policy_mematikan_fitur_yang_tak_dipakai(client, produksi, alamat):
    kebijakan = client.get(alamat["beranda"], secure=True)["Permissions-Policy"]
    for fitur in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert fitur in kebijakan
    assert 'fullscreen=(self "https://www.youtube-nocookie.com"' in kebijakan


def test_kuki_sesi_dan_csrf_aman_di_produksi(client, produksi, beranda, django_user_model):
    django_user_model.objects.create_superuser("admin-uji", "a@kaltimprov.go.id", SANDI)
    csrf = client.get("/admin/login/", secure=True).cookies[django_settings.CSRF_COOKIE_NAME]
    masuk = client.post("/admin/login/", {"username": "admin-uji", "password": SANDI}, secure=True)
    assert masuk.status_code == 302
    sesi = masuk.cookies[django_settings.SESSION_COOKIE_NAME]
    assert sesi["secure"] and sesi["httponly"] and sesi["samesite"] == "Lax"
    assert csrf["secure"] and csrf["samesite"] == "Lax"


def test_check_deploy_lulus_dengan_pengaturan_produksi():
    keluaran = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=_env_produksi(),
        capture_output=True,
        text=True,
    )
    assert keluaran.returncode == 0, keluaran.stderr + keluaran.stdout
