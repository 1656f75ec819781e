"""Two app servers, one site (issue 7, point 5): two gunicorn processes on different ports,
started with the production settings and sharing one PostgreSQL database, one Redis and one
S3 bucket, behave as a single portal behind a load balancer.

The set-up is a deployment in miniature, every step in a subprocess under
`portal.settings.production` (DEBUG off): a throwaway database `portal_dua_server_<pid>` on
the PostgreSQL at 127.0.0.1:5432, Redis database 14 with a key prefix of its own, a fresh
bucket on the moto S3 server of `server_s3`; then `migrate`, `setup_portal`, `collectstatic`
and an administrator, and two `gunicorn -c gunicorn.conf.py` on free loopback ports. The
test talks plain HTTP to both, as the load balancer does after terminating TLS: the same
`Host` on both, `X-Forwarded-Proto: https` (trusted from 127.0.0.1 by gunicorn.conf.py and
by SECURE_PROXY_SSL_HEADER, so the production SSL redirect and secure cookies stay on), and
one cookie jar per "browser" whichever server answers.

Working hours: publishing is immediate only while the desk is open (Mon–Thu 08:00–16:00,
Fri 08:00–11:30 WITA, no holiday); otherwise it is deferred to the next opening. A real
subprocess cannot have its clock frozen, so the set-up does what an administrator can do
under "Kalender kerja": the weekly hours of this throwaway database are opened round the
clock on all seven days (00:00 to 23:59:59.999999, the calendar's windows being half-open)
and its holidays switched off, through the models' own saves, whose receivers drop the
calendar's cached copy in Redis. Nothing in the publish path is bypassed: the administrator
presses the editor's ordinary "Terbitkan" and `tunda_di_luar_jam_kerja()` consults that
calendar, finds it open and lets the page go live; the test checks no deferral was logged.
The serta-merta permission was the other way to publish at any hour, but it is the KIP
emergency exception (audit entry, review flag, mail to administrators), not the path an
ordinary publication takes.

Cleanup: both servers are stopped (their process groups killed if they linger), then the
bucket, the Redis keys under the prefix and the database are removed.
"""

import os
import signal
import subprocess
import sys
import textwrap
import time
import urllib.request
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from http import client as http_client
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse
from django_otp.oath import TOTP
from wagtail.test.utils.form_data import rich_text, streamfield

from portal.core.cache_halaman import HEADER_STATUS
from portal.core.contoh.gambar import jpeg_demo
from portal.moderasi.policy import ZONA_WITA
from tests.admin_form import kirim_form, pesan_galat
from tests.conftest import butuh_layanan, klien_s3
from tests.ketahanan.layanan import port_bebas

pytestmark = [
    pytest.mark.service("postgresql"),
    pytest.mark.service("redis"),
    pytest.mark.service("s3"),
]

PID = os.getpid()
POSTGRES_URL = "postgres://postgres@127.0.0.1:5432"
NAMA_DB = f"portal_dua_server_{PID}"
# Its keys carry the process id; no other test uses database 8 (tests/produksi/conftest.py).
REDIS_URL = "redis://127.0.0.1:6379/8"
AWALAN_CACHE = f"portal-dua-server-{PID}"
BUCKET = f"portal-dua-server-{PID}"
HOST = "portal-kaltim.test"
ADMIN = "admin-dua-server"
SANDI = "Sandi-Uji-Dua-Server-2026"
# The administrator's TOTP secret (hex, as django-otp stores it); any 20 bytes will do.
KUNCI_OTP = "3132333435363738393031323334353637383930"
TIMEOUT_HTTP = 30
TIMEOUT_SIAP = 60
TIMEOUT_PENYIAPAN = 300


# -- services --------------------------------------------------------------------------------


def _psql_admin():
    """A connection to the server's maintenance database (autocommit: CREATE/DROP DATABASE)."""
    import psycopg

    return psycopg.connect(f"{POSTGRES_URL}/postgres", autocommit=True, connect_timeout=3)


def _buang_db(koneksi):
    # WITH (FORCE) (PostgreSQL 13+): a lingering persistent connection cannot block the drop.
    koneksi.execute(f'DROP DATABASE IF EXISTS "{NAMA_DB}" WITH (FORCE)')


@pytest.fixture(scope="module")
def database_url():
    try:
        koneksi = _psql_admin()
    except Exception:  # psycopg.OperationalError, or psycopg missing
        koneksi = None
    butuh_layanan(koneksi is not None, f"PostgreSQL tidak tersedia di {POSTGRES_URL}")
    with koneksi:
        _buang_db(koneksi)
        koneksi.execute(f'CREATE DATABASE "{NAMA_DB}"')
    try:
        yield f"{POSTGRES_URL}/{NAMA_DB}"
    finally:
        with _psql_admin() as koneksi:
            _buang_db(koneksi)


def _sql(database_url, query, *param):
    """One row of a query on the portal's database (the test's own inspection)."""
    import psycopg

    with psycopg.connect(database_url, connect_timeout=3) as koneksi:
        return koneksi.execute(query, param).fetchone()


@pytest.fixture(scope="module")
def redis_bersama():
    try:
        import redis

        klien = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1, socket_timeout=5)
        klien.ping()
    except Exception:
        klien = None
    butuh_layanan(klien is not None, f"Redis tidak tersedia di {REDIS_URL}")

    def hapus_kunci():
        kunci = list(klien.scan_iter(match=f"{AWALAN_CACHE}:*", count=500))
        if kunci:
            klien.delete(*kunci)

    hapus_kunci()
    try:
        yield klien
    finally:
        hapus_kunci()


@pytest.fixture(scope="module")
def bucket_bersama(server_s3):
    s3 = klien_s3(server_s3)
    s3.create_bucket(Bucket=BUCKET)

    def kunci():
        halaman = s3.get_paginator("list_objects_v2").paginate(Bucket=BUCKET)
        return {obj["Key"] for hal in halaman for obj in hal.get("Contents", [])}

    s3.kunci = kunci
    try:
        yield s3
    finally:
        for k in kunci():
            s3.delete_object(Bucket=BUCKET, Key=k)
        s3.delete_bucket(Bucket=BUCKET)


# -- the deployment --------------------------------------------------------------------------

PENYIAPAN = textwrap.dedent(
    f"""
    import django
    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django_otp.plugins.otp_totp.models import TOTPDevice
    from tests.kalender_kerja import buka_sepanjang_waktu

    call_command("migrate", "--no-input", verbosity=0)
    call_command("setup_portal", verbosity=0)
    call_command("collectstatic", "--no-input", verbosity=0)
    buka_sepanjang_waktu()
    admin = get_user_model().objects.create_superuser(
        {ADMIN!r}, "{ADMIN}@kaltimprov.go.id", {SANDI!r}
    )
    # Production asks an administrator for a TOTP code after the password (portal/akun).
    TOTPDevice.objects.create(user=admin, name="Ponsel", key={KUNCI_OTP!r}, confirmed=True)
    """
)


def _env(database_url, server_s3, static_root):
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", str(settings.BASE_DIR)),
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DJANGO_SECRET_KEY": "uji-dua-server-" + "q8Wm3zXr5tLp2vNk7yBc4hFd9jGs6aEu" * 2,
        "DJANGO_ALLOWED_HOSTS": HOST,
        "WAGTAILADMIN_BASE_URL": f"https://{HOST}",
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": AWALAN_CACHE,
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": server_s3,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": "uji",
        "AWS_SECRET_ACCESS_KEY": "uji",
        "DJANGO_STATIC_ROOT": str(static_root),
        "GUNICORN_WORKERS": "2",
        "GUNICORN_GRACEFUL_TIMEOUT": "5",
    }


def _ekor(berkas, baris=40):
    try:
        return "\n".join(Path(berkas).read_text(errors="replace").splitlines()[-baris:])
    except OSError:
        return ""


@dataclass
class Server:
    nama: str
    port: int
    proses: subprocess.Popen
    log: Path

    def hidup(self):
        return self.proses.poll() is None

    def minta_henti(self):
        if self.hidup():
            self.proses.terminate()  # gunicorn: graceful stop of the master and its workers

    def henti(self):
        self.minta_henti()
        try:
            self.proses.wait(timeout=15)
        except subprocess.TimeoutExpired:
            # The master is not reaped yet, so its process group (start_new_session) is
            # still this server's own: no worker outlives it.
            os.killpg(self.proses.pid, signal.SIGKILL)
            self.proses.wait(timeout=15)


def _mulai_server(nama, env, folder):
    port = port_bebas()
    log = folder / f"gunicorn-{nama}.log"
    with open(log, "wb") as keluaran:
        proses = subprocess.Popen(  # noqa: S603 - fixed argv
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
            env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
            cwd=settings.BASE_DIR,
            stdin=subprocess.DEVNULL,
            stdout=keluaran,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Server(nama, port, proses, log)


def _tunggu_siap(server):
    batas = time.monotonic() + TIMEOUT_SIAP
    while time.monotonic() < batas:
        assert server.hidup(), f"server {server.nama} berhenti:\n{_ekor(server.log)}"
        try:
            if Peramban().ke(server).get("/", timeout=5).status_code == 200:
                return
        except OSError:
            pass
        time.sleep(0.25)
    pytest.fail(f"server {server.nama} tidak siap dalam {TIMEOUT_SIAP} s:\n{_ekor(server.log)}")


@dataclass
class Situs:
    a: Server
    b: Server
    database_url: str
    s3: object


@pytest.fixture(scope="module")
def situs(database_url, redis_bersama, bucket_bersama, server_s3, tmp_path_factory):
    folder = tmp_path_factory.mktemp("dua-server")
    env = _env(database_url, server_s3, folder / "staticfiles")
    hasil = subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, "-c", PENYIAPAN],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_PENYIAPAN,
    )
    assert hasil.returncode == 0, hasil.stdout[-3000:] + hasil.stderr[-3000:]
    server = []
    try:
        for nama in ("A", "B"):
            server.append(_mulai_server(nama, env, folder))
        for s in server:
            _tunggu_siap(s)
        yield Situs(*server, database_url=database_url, s3=bucket_bersama)
    finally:
        for s in server:  # both at once: each waits out GUNICORN_GRACEFUL_TIMEOUT
            s.minta_henti()
        for s in server:
            s.henti()


# -- a browser behind the load balancer ------------------------------------------------------


@dataclass
class Respons:
    status_code: int
    headers: object
    content: bytes

    def __getitem__(self, nama):
        return self.headers.get(nama)

    @property
    def teks(self):
        return self.content.decode()


class Peramban:
    """One browser: one cookie jar, whichever app server the load balancer picks. Cookies are
    kept by name (one site, one host); the Secure ones are sent, the browser's side of the
    balancer being HTTPS."""

    def __init__(self):
        self.cookies = {}

    def ke(self, server):
        return Klien(self, server)

    def simpan_cookie(self, headers):
        for baris in headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie()
            cookie.load(baris)
            for nama, morsel in cookie.items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(nama, None)
                else:
                    self.cookies[nama] = morsel.value


class Klien:
    """Requests to one app server, in the shape tests/admin_form.py expects of a client."""

    def __init__(self, peramban, server):
        self.peramban = peramban
        self.server = server

    def _kirim(self, metode, path, badan=None, jenis=None, timeout=TIMEOUT_HTTP):
        headers = {"Host": HOST, "X-Forwarded-Proto": "https"}
        if self.peramban.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.peramban.cookies.items())
        if metode == "POST":
            # As a browser's form or fetch(): same origin, and Django's CSRF token (the
            # cookie's secret, as Wagtail's JavaScript sends it).
            headers["Origin"] = f"https://{HOST}"
            headers["Referer"] = f"https://{HOST}{path}"
            headers["X-CSRFToken"] = self.peramban.cookies.get("csrftoken", "")
            headers["Content-Type"] = jenis
        koneksi = http_client.HTTPConnection("127.0.0.1", self.server.port, timeout=timeout)
        try:
            koneksi.request(metode, path, body=badan, headers=headers)
            jawaban = koneksi.getresponse()
            isi = jawaban.read()
        finally:
            koneksi.close()
        self.peramban.simpan_cookie(jawaban.headers)
        return Respons(jawaban.status, jawaban.headers, isi)

    def get(self, path, timeout=TIMEOUT_HTTP):
        return self._kirim("GET", path, timeout=timeout)

    def post(self, path, data, berkas=None):
        if berkas:
            badan, jenis = _multipart(data, berkas)
        else:
            badan, jenis = urlencode(data, doseq=True), "application/x-www-form-urlencoded"
        return self._kirim("POST", path, badan, jenis)


def _multipart(data, berkas):
    batas = uuid.uuid4().hex
    bagian = []
    for nama, nilai in data.items():
        for v in nilai if isinstance(nilai, list) else [nilai]:
            kepala = f'--{batas}\r\nContent-Disposition: form-data; name="{nama}"\r\n\r\n'
            bagian.append(f"{kepala}{v}\r\n".encode())
    for nama, (nama_berkas, isi, jenis) in berkas.items():
        bagian.append(
            (
                f'--{batas}\r\nContent-Disposition: form-data; name="{nama}"; '
                f'filename="{nama_berkas}"\r\nContent-Type: {jenis}\r\n\r\n'
            ).encode()
            + isi
            + b"\r\n"
        )
    bagian.append(f"--{batas}--\r\n".encode())
    return b"".join(bagian), f"multipart/form-data; boundary={batas}"


def _baca(klien, path):
    respons = klien.get(path)
    assert respons.status_code == 200, (klien.server.nama, path, respons.status_code)
    return respons


_langkah_otp_terpakai = [0]


def _kode_otp():
    """The code the administrator's authenticator shows. A code is accepted once (django-otp
    refuses a replayed time step) and one step ahead is tolerated, so a second login within
    the same 30 seconds takes the next step, or waits for it."""
    totp = TOTP(bytes.fromhex(KUNCI_OTP))
    while totp.t() + 1 <= _langkah_otp_terpakai[0]:
        time.sleep(1)
        totp = TOTP(bytes.fromhex(KUNCI_OTP))
    langkah = max(totp.t(), _langkah_otp_terpakai[0] + 1)
    _langkah_otp_terpakai[0] = langkah
    totp.drift = langkah - totp.t()
    return f"{totp.token():06d}"


def _masuk(klien):
    """Log into the admin through `klien`'s server, as the login form and then the TOTP
    step do."""
    assert klien.get(reverse("wagtailadmin_login")).status_code == 200
    respons = klien.post(
        reverse("wagtailadmin_login"), {"username": ADMIN, "password": SANDI, "next": "/admin/"}
    )
    assert respons.status_code == 302, respons.teks[:2000]
    assert "sessionid" in klien.peramban.cookies
    assert _status_dasbor(klien) == 302  # the admin waits for the code
    respons = klien.post(reverse("akun_otp_kode"), {"kode": _kode_otp()})
    assert respons.status_code == 302, respons.teks[:2000]


def _status_dasbor(klien):
    return klien.get(reverse("wagtailadmin_home")).status_code


# -- the tests -------------------------------------------------------------------------------


def test_sesi_login_di_a_berlaku_di_b_dan_keluar_di_b_berlaku_di_a(situs):
    """Sessions live in PostgreSQL: the app servers keep no state of their own."""
    peramban = Peramban()
    a, b = peramban.ke(situs.a), peramban.ke(situs.b)
    assert _status_dasbor(b) == 302  # not logged in yet: to the login page
    _masuk(a)
    assert _status_dasbor(a) == 200
    assert _status_dasbor(b) == 200
    assert ADMIN in _baca(b, reverse("wagtailadmin_home")).teks

    assert b.post(reverse("wagtailadmin_logout"), {}).status_code == 302
    assert _status_dasbor(a) == 302


def _unggah_gambar(klien, judul):
    url = reverse("wagtailimages:add")
    soup = BeautifulSoup(_baca(klien, url).content, "html.parser")
    koleksi = next(
        o["value"] for o in soup.select('select[name="collection"] option') if "Berita" in o.text
    )
    isi = jpeg_demo(judul, 640, 360, None)
    respons = klien.post(
        url,
        {"title": judul, "collection": koleksi, "description": f"Foto {judul}", "tags": ""},
        berkas={"file": ("dua-server.jpg", isi, "image/jpeg")},
    )
    assert respons.status_code == 302, pesan_galat(respons) or respons.teks[:2000]
    return isi


def test_terbit_lewat_a_langsung_tampil_di_b_dengan_gambar_dari_s3(situs):
    tamu = Peramban()
    tamu_a, tamu_b = tamu.ke(situs.a), tamu.ke(situs.b)
    judul = "Jembatan Pulau Balang Dibuka untuk Kendaraan Berat"
    slug = "jembatan-pulau-balang-dibuka"

    # B renders the home page and the news index once, then serves them from Redis; A, with
    # the same Host behind the balancer, is served B's copy: one cache for both.
    for path in ("/", "/berita/"):
        assert judul not in _baca(tamu_b, path).teks
        assert _baca(tamu_b, path)[HEADER_STATUS] == "HIT"
        assert _baca(tamu_a, path)[HEADER_STATUS] == "HIT"

    # Through A's admin: upload a photo (to the bucket) and publish a berita showing it.
    editor = Peramban().ke(situs.a)
    _masuk(editor)
    isi_gambar = _unggah_gambar(editor, "Jembatan Pulau Balang")
    (id_gambar, berkas_asli) = _sql(
        situs.database_url,
        "SELECT id, file FROM wagtailimages_image WHERE title = %s",
        "Jembatan Pulau Balang",
    )
    assert situs.s3.get_object(Bucket=BUCKET, Key=berkas_asli)["Body"].read() == isi_gambar

    (id_indeks,) = _sql(situs.database_url, "SELECT page_ptr_id FROM berita_beritaindexpage")
    url_tambah = reverse("wagtailadmin_pages:add", args=("berita", "beritapage", id_indeks))
    liputan = datetime.now(ZONA_WITA) - timedelta(hours=1)
    respons = kirim_form(
        editor,
        url_tambah,
        {
            "title": judul,
            "slug": slug,
            "waktu_liputan": liputan.strftime("%Y-%m-%d %H:%M"),
            "tanggal": datetime.now(ZONA_WITA).date().isoformat(),
            "ringkasan": "Jembatan penghubung Balikpapan dan Penajam kini dilalui truk.",
            "gambar_utama": id_gambar,
            "keterangan_gambar": "Jembatan Pulau Balang dari Teluk Balikpapan.",
            "kredit_gambar": "Diskominfo Kaltim",
            "isi": streamfield(
                [("paragraf", rich_text("<p>Truk bermuatan kini boleh melintas.</p>"))]
            ),
            "tags": "",
        },
        **{"action-publish": "1"},
    )
    assert respons.status_code == 302, pesan_galat(respons) or respons.teks[:2000]
    (id_berita, tayang) = _sql(
        situs.database_url, "SELECT id, live FROM wagtailcore_page WHERE slug = %s", slug
    )
    assert tayang, "berita tidak langsung tayang"
    (ditunda,) = _sql(
        situs.database_url,
        "SELECT count(*) FROM wagtailcore_pagelogentry WHERE page_id = %s AND action = %s",
        id_berita,
        "moderasi.publikasi_ditunda",
    )
    assert ditunda == 0

    # B shows it at once: the publish on A moved the cache generation in the shared Redis.
    for path in ("/", "/berita/"):
        segar = _baca(tamu_b, path)
        assert judul in segar.teks, path
        assert segar[HEADER_STATUS] == "MISS"
        assert _baca(tamu_a, path)[HEADER_STATUS] == "HIT"  # B's fresh copy, served by A

    # B renders the photo A uploaded: its renditions read the original from the bucket and
    # are stored there, and the page links them from the bucket.
    halaman = _baca(tamu_b, f"/berita/{slug}/")
    assert judul in halaman.teks
    soup = BeautifulSoup(halaman.content, "html.parser")
    gambar = soup.select_one(".artikel__gambar img")
    assert gambar is not None, halaman.teks[:3000]
    src = gambar["src"]
    assert src.startswith(f"{situs.s3.meta.endpoint_url}/{BUCKET}/"), src
    kunci_rendition = urlsplit(src).path.removeprefix(f"/{BUCKET}/")
    assert kunci_rendition in situs.s3.kunci()
    with urllib.request.urlopen(src, timeout=TIMEOUT_HTTP) as jawaban:  # noqa: S310 - moto
        assert jawaban.status == 200
        isi = jawaban.read()
    assert isi[:4] == b"RIFF" and isi[8:12] == b"WEBP"
