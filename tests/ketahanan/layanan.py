"""Real services the fault tests start, break and bring back: a private PostgreSQL 15 cluster,
a private redis-server and a gunicorn of the portal under the production settings.

Each runs from a temporary folder on a free loopback port, so breaking it disturbs nobody
else on the machine (the shared PostgreSQL on 5432 and Redis on 6379 are never touched).
"""

import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings

BIN_PG = Path("/usr/lib/postgresql/15/bin")
REDIS_SERVER = shutil.which("redis-server")
GUNICORN = Path(sys.executable).parent / "gunicorn"
HOST_UJI = "127.0.0.1"


def port_bebas():
    with socket.socket() as s:
        s.bind((HOST_UJI, 0))
        return s.getsockname()[1]


def tunggu(syarat, batas_detik, pesan):
    """Poll `syarat()` until it is true; a condition that never holds fails with `pesan`."""
    akhir = time.monotonic() + batas_detik
    while not syarat():
        if time.monotonic() > akhir:
            raise TimeoutError(pesan)
        time.sleep(0.1)


# -- PostgreSQL ------------------------------------------------------------------------------


def alasan_tanpa_postgresql():
    """Why a private cluster cannot be made here, or None when it can."""
    if not (BIN_PG / "initdb").exists():
        return f"initdb PostgreSQL 15 tidak ada di {BIN_PG} (apt-get install postgresql-15)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "initdb menolak root dan pengguna 'postgres' tidak ada"
    return None


class KlasterPostgreSQL:
    """A PostgreSQL 15 cluster of its own in a temporary folder, trust authentication, on
    127.0.0.1:<free port>; its socket in the same folder. initdb refuses to run as root, so
    as root the folder belongs to the `postgres` user and the tools run under `runuser`."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="portal-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "postgresql.log"
        self.port = port_bebas()
        self.sebagai_root = os.geteuid() == 0
        if self.sebagai_root:
            pengguna = pwd.getpwnam("postgres")
            os.chown(self.folder, pengguna.pw_uid, pengguna.pw_gid)
        self._jalankan(
            "initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
            "--no-sync",
        )  # fmt: skip

    def _jalankan(self, program, *argumen, batas_detik=120):
        perintah = [str(BIN_PG / program), *map(str, argumen)]
        if self.sebagai_root:
            perintah = ["runuser", "-u", "postgres", "--", *perintah]
        subprocess.run(  # noqa: S603 - fixed programs, our own folder
            perintah, check=True, capture_output=True, timeout=batas_detik
        )

    def _pg_ctl(self, aksi, *argumen):
        opsi = f"-p {self.port} -k {self.folder} -c listen_addresses={HOST_UJI} -c fsync=off"
        self._jalankan(
            "pg_ctl", aksi, "-D", self.data, "-l", self.log, "-w", "-t", "60", "-o", opsi,
            *argumen,
        )  # fmt: skip

    def mulai(self):
        self._pg_ctl("start")

    def berhenti(self):
        # "fast": sessions are cut at once, as in a restart or a failover.
        self._pg_ctl("stop", "-m", "fast")

    def url(self, nama):
        return f"postgres://postgres@{HOST_UJI}:{self.port}/{nama}"

    def buat_basis_data(self, nama):
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as koneksi:
            koneksi.execute(f'CREATE DATABASE "{nama}"')

    def hapus(self):
        try:
            self._pg_ctl("stop", "-m", "immediate")
        except subprocess.CalledProcessError:
            pass  # already stopped
        shutil.rmtree(self.folder, ignore_errors=True)


# -- Redis -----------------------------------------------------------------------------------


class ServerRedis:
    """A redis-server of its own on 127.0.0.1:<port>, without persistence; stopped with
    SIGKILL (a crash, not a shutdown) and started again on the same port."""

    def __init__(self):
        self.port = port_bebas()
        self.proses = None

    @property
    def url(self):
        return f"redis://{HOST_UJI}:{self.port}/0"

    def mulai(self):
        import redis

        self.proses = subprocess.Popen(  # noqa: S603 - fixed argv
            [REDIS_SERVER, "--port", str(self.port), "--bind", HOST_UJI, "--save", "",
             "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        klien = redis.Redis(host=HOST_UJI, port=self.port, socket_connect_timeout=0.2)

        def siap():
            try:
                return klien.ping()
            except redis.ConnectionError:
                return False

        tunggu(siap, 10, f"redis-server di port {self.port} tidak siap")

    def matikan(self):
        if self.proses and self.proses.poll() is None:
            self.proses.kill()
            self.proses.wait(timeout=10)


# -- gunicorn --------------------------------------------------------------------------------


def lingkungan_produksi(database_url, folder, **tambahan):
    """The environment of a production app server on loopback: production settings, plain
    HTTP (no load balancer in front), static files collected into `folder`."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", str(folder)),
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DJANGO_SECRET_KEY": "uji-ketahanan-" + "r7Kp2wQz9mXc4vBn8tLd3hFs6jGa5eYu" * 2,
        "DJANGO_ALLOWED_HOSTS": HOST_UJI,
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_STATIC_ROOT": str(Path(folder) / "static"),
        "MEDIA_ROOT": str(Path(folder) / "media"),
        "DATABASE_URL": database_url,
        **tambahan,
    }


def siapkan_situs(lingkungan, batas_detik=600):
    """migrate, setup_portal and collectstatic in a subprocess with `lingkungan`."""
    skrip = (
        "import django; django.setup()\n"
        "from django.core.management import call_command\n"
        "call_command('migrate', '--no-input', verbosity=0)\n"
        "call_command('setup_portal', verbosity=0)\n"
        "call_command('collectstatic', '--no-input', verbosity=0)\n"
    )
    subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", skrip],
        cwd=settings.BASE_DIR,
        env=lingkungan,
        check=True,
        capture_output=True,
        timeout=batas_detik,
    )


def ambil(url, batas_detik=10):
    """(status, headers, body) of a GET; HTTP errors are answers, not exceptions."""
    permintaan = urllib.request.Request(url, headers={"Accept-Encoding": "identity"})  # noqa: S310
    try:
        with urllib.request.urlopen(permintaan, timeout=batas_detik) as respons:  # noqa: S310
            return respons.status, respons.headers, respons.read()
    except urllib.error.HTTPError as galat:
        return galat.code, galat.headers, galat.read()


class ServerGunicorn:
    """gunicorn -c gunicorn.conf.py on 127.0.0.1:<free port> with `lingkungan`."""

    def __init__(self, lingkungan, log, pekerja=2):
        self.port = port_bebas()
        self.asal = f"http://{HOST_UJI}:{self.port}"
        self.log = open(log, "ab")  # noqa: SIM115 - closed in berhenti()
        env = {
            **lingkungan,
            "GUNICORN_BIND": f"{HOST_UJI}:{self.port}",
            "GUNICORN_WORKERS": str(pekerja),
        }
        self.proses = subprocess.Popen(  # noqa: S603 - fixed argv
            [str(GUNICORN), "-c", str(settings.BASE_DIR / "gunicorn.conf.py")],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

        def siap():
            if self.proses.poll() is not None:
                raise RuntimeError(f"gunicorn berhenti saat mulai; lihat {log}")
            try:
                return ambil(self.asal + "/", batas_detik=5)[0] == 200
            except OSError:
                return False

        try:
            tunggu(siap, 60, f"gunicorn tidak siap dalam 60 detik; lihat {log}")
        except BaseException:
            self.berhenti()
            raise

    def berhenti(self):
        if self.proses.poll() is None:
            self.proses.send_signal(signal.SIGINT)  # gunicorn: quick shutdown
            try:
                self.proses.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proses.pid, signal.SIGKILL)
                self.proses.wait(timeout=10)
        self.log.close()
