"""Throughput and latency of the production stack on a large site, on this machine, over loopback.

    .venv/bin/python benchmarks/produksi.py [--berita 20000 --dokumen 3000 --galeri 500]
        [--durasi 10] [--laporan docs/benchmarks.md] [--ketat]

For development, small and short: `--berita 2000 --dokumen 300 --galeri 50 --durasi 3`.

What it does (nothing in the repository changes unless --laporan is given):
1. creates a dedicated PostgreSQL database (--basis-data, default portal_bench, on
   127.0.0.1:5432 as user postgres; dropped again at the end) and uses one Redis database
   number (--redis-db, default 13, on 127.0.0.1:6379; emptied before each server start and at
   the end, and refused when it holds keys of someone else);
2. with the production settings (portal.settings.production, DEBUG off, hashed static files
   collected into a temporary DJANGO_STATIC_ROOT) it migrates, runs `setup_portal`, seeds the
   full demo and collects the static files;
3. fills the site in bulk (benchmarks/isi_massal.py: rows written straight into the tree and
   page tables, images reused from a pool of --gambar demo pictures, search index entries added
   by the backend's add_bulk) to --berita-kecil berita (dokumen and galleries in proportion)
   and counts the SQL queries of every page in-process (Django's test client and
   CaptureQueriesContext, page cache off, the second view of each page); then fills up to
   --berita/--dokumen/--galeri and counts again: the counts must be equal (no N+1) and at most
   15;
4. starts gunicorn with gunicorn.conf.py (sync workers, 2 x cores + 1) on 127.0.0.1, first with
   the page cache off (PORTAL_CACHE_HALAMAN_AKTIF=false: "cold", every view rendered), then on
   ("warm", the cache primed); each page gets a short wrk warm-up, then
   `wrk -t2 -c16 -d<durasi>s --latency` gives requests/s and p50/p99 latency. The machine may
   be shared: before each run the script waits (--tunggu-sepi seconds at most) for other
   processes to leave the CPU, and it reports the share of CPU they used during the run
   ("lain", from /proc: everything but the servers, wrk, our PostgreSQL backends and Redis);
5. serves the home page's HTML (as the warm server sent it) from a minimal WSGI app
   (benchmarks/batas_atas.py) under the same gunicorn configuration: the upper bound of this
   machine, to which every throughput is given as a ratio;
6. prints one table, then the targets of issue 7 and whether they are met; --laporan writes the
   same as Markdown (with the command, the date and the machine).

Bounded: every step checks the overall deadline (--tenggat, default 3600 s), each wrk run and
server start has its own time limit, and the servers, database and Redis keys go away with the
script (--simpan-basis-data keeps the database, --folder the media, static files and server
logs). Nothing but 127.0.0.1 is contacted. Exit code 0, or 1 with --ketat when a target is
missed (2 when the run itself failed).
"""

import argparse
import contextlib
import datetime
import os
import platform
import re
import resource
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from basis_data import HOST_PG, PORT_PG, buat_basis_data, hapus_basis_data

AKAR = Path(__file__).resolve().parent.parent
GUNICORN = AKAR / ".venv" / "bin" / "gunicorn"
KONFIGURASI_GUNICORN = AKAR / "gunicorn.conf.py"
WRK = Path("/usr/bin/wrk")
APLIKASI_BATAS = "benchmarks.batas_atas:application"

HOST_REDIS = "127.0.0.1"
PORT_REDIS = 6379
AWALAN_CACHE = "portal-bench"

# Issue 7's targets.
KUERI_MAKS = 15
RASIO_HANGAT_MIN = 0.70
RPS_DINGIN_MIN = 150
P99_DINGIN_MAKS_MS = 100

# The measured pages, in table order; the paths of the content pages are looked up later.
HALAMAN = [
    "beranda",
    "indeks berita h.1",
    "indeks berita h.200",
    "artikel",
    "indeks dokumen + filter",
    "galeri foto",
    "pencarian",
    "sitemap (bagian)",
    "CSS statis",
]
# Cold-target pages (article and indexes) and pages whose warm copy comes from the page cache.
HALAMAN_DINGIN_DIUKUR = [
    "indeks berita h.1",
    "indeks berita h.200",
    "artikel",
    "indeks dokumen + filter",
]
HALAMAN_DICACHE = [h for h in HALAMAN if h != "CSS statis"]
# Counted for queries only (it lists galleries: the page where a per-item query shows first).
HALAMAN_KUERI_SAJA = ["indeks galeri"]
# A citizen's search (in ~1 of 20 demo articles: hundreds of hits on the large site).
KUERI_PENCARIAN = "banjir"


class TenggatHabis(RuntimeError):
    pass


class Dihentikan(RuntimeError):
    """SIGTERM or SIGHUP: stop, but still stop the servers and drop the database."""


def _henti(nomor, _frame):
    raise Dihentikan(f"dihentikan oleh sinyal {signal.Signals(nomor).name}")


class Tenggat:
    def __init__(self, detik):
        self.akhir = time.monotonic() + detik

    def sisa(self):
        return self.akhir - time.monotonic()

    def periksa(self, langkah, perlu=0):
        if self.sisa() < perlu:
            raise TenggatHabis(f"tenggat habis sebelum: {langkah}")


def cetak(teks=""):
    print(teks, flush=True)


# --- services: PostgreSQL and Redis ---------------------------------------------------------


def _url_basis_data(nama):
    return f"postgres://postgres@{HOST_PG}:{PORT_PG}/{nama}"


def _redis(nomor):
    import redis

    return redis.Redis(host=HOST_REDIS, port=PORT_REDIS, db=nomor, socket_timeout=5)


def _periksa_redis(nomor):
    """Refuse a Redis database that holds keys this benchmark did not write."""
    klien = _redis(nomor)
    klien.ping()
    asing = [k for k in klien.scan_iter(count=1000) if not k.startswith(AWALAN_CACHE.encode())]
    if asing:
        sys.exit(f"Redis db {nomor} berisi kunci lain ({asing[0]!r}, …): pilih --redis-db lain.")


def _bereskan(server):
    """After a run, stopped or not: stop the server still running and close this process's
    database connections (so the benchmark database can be dropped)."""
    if server is not None:
        server.berhenti()
    if "django" in sys.modules:
        from django.db import connections

        with contextlib.suppress(Exception):
            connections.close_all()


def _kosongkan_redis(nomor):
    klien = _redis(nomor)
    kunci = list(klien.scan_iter(match=f"{AWALAN_CACHE}*", count=1000))
    for awal in range(0, len(kunci), 1000):
        klien.delete(*kunci[awal : awal + 1000])


# --- Django in this process -----------------------------------------------------------------


def _lingkungan(args, sementara):
    """The environment of this process and of the servers: production settings on the
    benchmark's own database, Redis database, static and media folders."""
    for nama in list(os.environ):
        if nama.startswith(("AWS_", "REDIS_", "EMAIL_", "WAGTAILFRONTENDCACHE", "GUNICORN_")):
            os.environ.pop(nama)
    lingkungan = {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Plain HTTP on loopback: no load balancer in front to terminate TLS.
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_STATIC_ROOT": str(sementara / "static"),
        "DATABASE_URL": _url_basis_data(args.basis_data),
        "REDIS_URL": f"redis://{HOST_REDIS}:{PORT_REDIS}/{args.redis_db}",
        "CACHE_KEY_PREFIX": AWALAN_CACHE,
        "MEDIA_ROOT": str(sementara / "media"),
        "PORTAL_CACHE_HALAMAN_AKTIF": "true",
    }
    os.environ.update(lingkungan)
    return lingkungan


def _siapkan_django():
    sys.path.insert(0, str(AKAR))
    import django

    django.setup()


def _isi_struktur(catat):
    from django.core.management import call_command

    from portal.demo.seeding import semai_demo
    from portal.situs.penyiapan import siapkan_portal

    with catat("migrate"):
        call_command("migrate", verbosity=0, interactive=False)
    with catat("setup_portal + demo"):
        siapkan_portal()
        semai_demo()
    with catat("collectstatic"):
        call_command("collectstatic", verbosity=0, interactive=False)


class _Pengisi:
    """Tops the site up to given totals with benchmarks/isi_massal.py."""

    def __init__(self, jumlah_gambar):
        from django.contrib.auth import get_user_model
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model

        self.gambar = list(get_image_model().objects.order_by("pk")[:jumlah_gambar])
        self.berkas = [
            d
            for d in get_document_model().objects.order_by("pk")
            if d.file.name.lower().endswith(".pdf")
        ]
        self.pemilik = get_user_model().objects.filter(username="petugas").first()
        self.nomor = Counter()  # how many of each kind were made in bulk (for unique slugs)

    def jumlah(self):
        from berita.models import BeritaPage
        from dokumen.models import DokumenPage
        from galeri.models import GaleriFotoPage, GaleriVideoPage

        return {
            "berita": BeritaPage.objects.count(),
            "dokumen": DokumenPage.objects.count(),
            "galeri": GaleriFotoPage.objects.count() + GaleriVideoPage.objects.count(),
        }

    def isi_sampai(self, berita, dokumen, galeri, catat):
        import isi_massal

        from berita.models import BeritaPage
        from dokumen.models import DokumenPage
        from galeri.models import GaleriFotoPage

        ada = self.jumlah()
        kurang = {
            "berita": max(berita - ada["berita"], 0),
            "dokumen": max(dokumen - ada["dokumen"], 0),
            "galeri": max(galeri - ada["galeri"], 0),
        }
        with catat(f"isi massal {kurang['berita']}/{kurang['dokumen']}/{kurang['galeri']}"):
            id_berita = isi_massal.tambah_berita(
                kurang["berita"], self.gambar, self.berkas, self.pemilik, self.nomor["berita"]
            )
            id_dokumen = isi_massal.tambah_dokumen(
                kurang["dokumen"], self.berkas, self.pemilik, self.nomor["dokumen"]
            )
            id_galeri = isi_massal.tambah_galeri(
                kurang["galeri"], self.gambar, self.pemilik, self.nomor["galeri"]
            )
        self.nomor.update(kurang)
        with catat(f"indeks pencarian +{sum(kurang.values())}"):
            isi_massal.indeks_pencarian(BeritaPage, id_berita)
            isi_massal.indeks_pencarian(DokumenPage, id_dokumen)
            isi_massal.indeks_pencarian(GaleriFotoPage, id_galeri)
        with catat("ANALYZE"):
            isi_massal.perbarui_statistik()
        return self.jumlah()


def _alamat_halaman():
    """Path of every measured page; content pages are demo pages, present at both sizes."""
    from django.templatetags.static import static
    from django.utils.text import slugify
    from wagtail.models import Locale

    from berita.demo import BERITA
    from berita.models import BeritaPage
    from galeri.demo import ALBUM
    from galeri.models import GaleriFotoPage

    bahasa = Locale.get_default()
    artikel = BeritaPage.objects.get(locale=bahasa, slug=slugify(BERITA[0].judul)[:80].strip("-"))
    galeri = GaleriFotoPage.objects.get(locale=bahasa, slug=ALBUM[0].slug)
    return {
        "beranda": "/",
        "indeks berita h.1": "/berita/",
        "indeks berita h.200": "/berita/?page=200",
        "artikel": artikel.url,
        "indeks dokumen + filter": "/dokumen/?jenis=Pergub&kategori=setiap_saat",
        "galeri foto": galeri.url,
        "pencarian": f"/cari/?q={KUERI_PENCARIAN}",
        "sitemap (bagian)": "/sitemap-halaman.xml?p=2",
        "CSS statis": static("css/portal.css"),
        "indeks galeri": "/galeri/",
    }


def _jalur_pendek(berkas):
    """A file name relative to the repository, or to site-packages for a library's file."""
    if "/site-packages/" in berkas:
        return berkas.split("/site-packages/", 1)[1]
    if berkas.startswith(f"{AKAR}/"):
        return str(Path(berkas).relative_to(AKAR))
    return berkas


def _asal_kueri():
    """Where the query being run comes from: the innermost template line being rendered, the
    innermost frame outside Django's ORM (a library's or the portal's) and, when that is a
    library's, the innermost frame of the portal's code (the page cache middleware, which
    wraps every view, does not count)."""
    templat = dalam = kode = None
    frame = sys._getframe(2)
    while frame is not None and not (templat and kode):
        berkas = frame.f_code.co_filename
        if templat is None and frame.f_code.co_name == "render_annotated":
            node = frame.f_locals.get("self")
            origin, token = getattr(node, "origin", None), getattr(node, "token", None)
            if origin is not None and token is not None and origin.name:
                templat = f"{_jalur_pendek(origin.name)}:{token.lineno}"
        pendek = _jalur_pendek(berkas)
        if "/site-packages/" in berkas:
            if dalam is None and not pendek.startswith(("django/", "psycopg/", "whitenoise/")):
                dalam = f"{pendek}:{frame.f_lineno}"
        elif (
            kode is None
            and berkas.startswith(f"{AKAR}/")
            and not pendek.startswith(("benchmarks/", "portal/core/cache_halaman.py"))
        ):
            kode = f"{pendek}:{frame.f_lineno}"
            dalam = dalam or kode
        frame = frame.f_back
    bagian = [templat, dalam, kode if kode != dalam else None]
    return " < ".join(x for x in bagian if x) or "?"


def _hitung_kueri(alamat):
    """{page: (status, [(sql, origin, seconds), ...], milliseconds of the whole view)} of the
    second uncached view of every page, in this process (Django's test client, page cache
    off)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    asal = []

    def catat_asal(execute, sql, params, many, context):
        asal.append(_asal_kueri())
        return execute(sql, params, many, context)

    klien = Client(HTTP_HOST="127.0.0.1")
    hasil = {}
    with override_settings(PORTAL_CACHE_HALAMAN_AKTIF=False):
        for nama, jalur in alamat.items():
            if nama == "CSS statis":
                continue
            klien.get(jalur)  # the first view makes image renditions and settings rows
            asal.clear()
            mulai = time.perf_counter()
            with CaptureQueriesContext(connection) as kueri, connection.execute_wrapper(catat_asal):
                respons = klien.get(jalur)
            ms = (time.perf_counter() - mulai) * 1000
            daftar = [(q["sql"], a, float(q["time"])) for q, a in zip(kueri, asal, strict=True)]
            hasil[nama] = (respons.status_code, daftar, ms)
    return hasil


def _tabel_utama(sql):
    cocok = re.search(r'\bFROM\s+"?([\w.]+)"?', sql)
    return cocok.group(1) if cocok else sql.split()[0]


# --- servers and wrk ------------------------------------------------------------------------


def _port_bebas():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ambil(url, batas_waktu=60):
    if urlsplit(url).hostname != "127.0.0.1":
        raise ValueError(f"hanya loopback: {url}")
    permintaan = urllib.request.Request(url, headers={"Accept-Encoding": "identity"})  # noqa: S310
    try:
        with urllib.request.urlopen(permintaan, timeout=batas_waktu) as respons:  # noqa: S310
            return respons.status, dict(respons.headers), respons.read()
    except urllib.error.HTTPError as galat:
        return galat.code, dict(galat.headers), galat.read()


class Server:
    """gunicorn with gunicorn.conf.py on 127.0.0.1:<port>, its log in the temporary folder."""

    def __init__(self, nama, log, lingkungan, basis_data, aplikasi=None, batas_mulai=60):
        self.basis_data = basis_data
        self.port = _port_bebas()
        self.asal = f"http://127.0.0.1:{self.port}"
        perintah = [str(GUNICORN), "-c", str(KONFIGURASI_GUNICORN)]
        if aplikasi:
            perintah.append(aplikasi)
        env = {**os.environ, **lingkungan, "GUNICORN_BIND": f"127.0.0.1:{self.port}"}
        self.log = open(log, "ab")  # closed in berhenti()
        self.proses = subprocess.Popen(  # noqa: S603 (fixed argv)
            perintah, cwd=AKAR, env=env, stdout=self.log, stderr=subprocess.STDOUT
        )
        akhir = time.monotonic() + batas_mulai
        while True:
            if self.proses.poll() is not None:
                self.berhenti()
                raise RuntimeError(f"gunicorn ({nama}) berhenti saat mulai; lihat {log}")
            try:
                _ambil(self.asal + "/", batas_waktu=5)
                break
            except (OSError, urllib.error.URLError) as galat:
                if time.monotonic() > akhir:
                    self.berhenti()
                    pesan = f"gunicorn ({nama}) tidak siap dalam {batas_mulai} s"
                    raise RuntimeError(pesan) from galat
                time.sleep(0.3)
        self.pekerja = None

    def anak(self):
        """The worker pids."""
        try:
            anak = Path(f"/proc/{self.proses.pid}/task/{self.proses.pid}/children").read_text()
        except OSError:
            return []
        return [int(p) for p in anak.split()]

    def _jumlah_pekerja(self):
        return len(self.anak()) or None

    def berhenti(self):
        if self.proses.poll() is None:
            self.pekerja = self._jumlah_pekerja()
            self.proses.send_signal(signal.SIGINT)  # gunicorn: quick shutdown
            try:
                self.proses.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proses.kill()
                self.proses.wait(timeout=10)
        self.log.close()


def _satuan_ms(angka, satuan):
    return float(angka) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[satuan]


def _wrk(url, args, durasi, tenggat):
    """requests/s, p50 and p99 (ms), request count and error counts of one wrk run."""
    return jalankan_wrk(url, args.utas, args.koneksi, durasi, args.batas_respons, tenggat)


def jalankan_wrk(url, utas, koneksi, durasi, batas_respons, tenggat, skrip=None):
    """One wrk run on `url` (a Lua `skrip` may choose the paths): requests/s, p50 and p99
    (ms), request count and error counts."""
    if urlsplit(url).hostname != "127.0.0.1":
        raise ValueError(f"hanya loopback: {url}")
    tenggat.periksa(f"wrk {url}", durasi + 5)
    perintah = [
        str(WRK),
        f"-t{utas}",
        f"-c{koneksi}",
        f"-d{durasi}s",
        f"--timeout={batas_respons}s",
        "--latency",
        "-H",
        "Accept-Encoding: gzip, deflate, br",
        *(["-s", str(skrip)] if skrip else []),
        url,
    ]
    keluaran = subprocess.run(  # noqa: S603 (fixed argv, our own URL)
        perintah, capture_output=True, text=True, timeout=durasi + 30, check=True
    ).stdout
    hasil = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", keluaran).group(1))}
    for persen in ("50", "99"):
        cocok = re.search(rf"^\s+{persen}(?:\.0+)?%\s+([\d.]+)(us|ms|s|m)\s*$", keluaran, re.M)
        hasil[f"p{persen}"] = _satuan_ms(*cocok.groups()) if cocok else None
    hasil["permintaan"] = int(re.search(r"(\d+) requests in", keluaran).group(1))
    if not hasil["permintaan"]:  # nothing finished in time: wrk's percentiles are zeros
        hasil["p50"] = hasil["p99"] = None
    bukan_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", keluaran)
    hasil["bukan_2xx"] = int(bukan_2xx.group(1)) if bukan_2xx else 0
    soket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", keluaran
    )
    hasil["galat_soket"] = sum(map(int, soket.groups())) if soket else 0
    return hasil


# CPU time of processes that are not this benchmark's (other users of the machine), from /proc.
DETAK = os.sysconf("SC_CLK_TCK")


def _cpu_mesin():
    """(busy, total) clock ticks of all CPUs since boot."""
    nilai = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    return sum(nilai) - nilai[3] - nilai[4], sum(nilai)


def _cpu_proses(pid, dengan_anak=False):
    try:
        isi = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0
    kolom = isi[isi.rindex(")") + 2 :].split()
    return sum(int(x) for x in kolom[11 : 15 if dengan_anak else 13])


def _pid_kami(server):
    """The server's processes, the PostgreSQL backends of our database and Redis."""
    pid = {}
    if server is not None:
        pid[server.proses.pid] = True  # with its reaped (recycled) workers
        for anak in server.anak():
            pid[anak] = False
    for berkas in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            perintah = berkas.read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        if (b"postgres:" in perintah and f" {server.basis_data} ".encode() in perintah) or (
            perintah.startswith(b"/usr/bin/redis-server")
        ):
            pid[int(berkas.parent.name)] = False
    return pid


class BebanLain:
    """Share of the machine's CPU that other processes used while a measurement ran."""

    def __init__(self, server):
        self.server = server

    def _contoh(self):
        sibuk, total = _cpu_mesin()
        kami = {p: _cpu_proses(p, anak) for p, anak in _pid_kami(self.server).items()}
        anak_kami = resource.getrusage(resource.RUSAGE_CHILDREN)  # wrk, once it is reaped
        kami["wrk"] = (anak_kami.ru_utime + anak_kami.ru_stime) * DETAK
        return sibuk, total, kami

    def __enter__(self):
        self.awal = self._contoh()
        return self

    def __exit__(self, *exc):
        sibuk, total, kami = self._contoh()
        selisih_total = max(total - self.awal[1], 1)
        # Per process: one that ended during the run (a PostgreSQL backend) drops out instead
        # of taking its whole past with it; a new one counts from zero.
        selisih_kami = sum(nilai - self.awal[2].get(p, 0) for p, nilai in kami.items())
        lain = (sibuk - self.awal[0]) - selisih_kami
        self.nilai = min(max(lain, 0) / selisih_total, 1.0)


def _tunggu_sepi(server, batas_detik, ambang=0.10):
    """Wait (at most `batas_detik`) until other processes use less than `ambang` of the CPU;
    return their share in the last second."""
    akhir = time.monotonic() + batas_detik
    while True:
        with BebanLain(server) as beban:
            time.sleep(1)
        if beban.nilai < ambang or time.monotonic() >= akhir:
            return beban.nilai


def _tunggu_server_lega(server, tenggat, batas_detik=300):
    """Wait until the workers have finished what wrk left queued (a slow page keeps them busy
    after wrk has gone): their CPU use over one second falls under a tenth of a core."""
    akhir = time.monotonic() + min(batas_detik, max(tenggat.sisa() - 5, 0))
    while time.monotonic() < akhir:
        pid = {server.proses.pid: False, **dict.fromkeys(server.anak(), False)}
        awal = sum(_cpu_proses(p) for p in pid)
        time.sleep(1)
        if sum(_cpu_proses(p) for p in pid) - awal < DETAK / 10:
            return


def _ukur(server, url, args, tenggat):
    """wrk warm-up, then the measured wrk run, once the machine is quiet."""
    if args.pemanasan:
        _wrk(url, args, args.pemanasan, tenggat)
        _tunggu_server_lega(server, tenggat)
    sebelum = _tunggu_sepi(server, min(args.tunggu_sepi, max(tenggat.sisa() - args.durasi - 10, 0)))
    with BebanLain(server) as beban:
        r = _wrk(url, args, args.durasi, tenggat)
    r.update(lain=beban.nilai, lain_sebelum=sebelum)
    _tunggu_server_lega(server, tenggat)
    return r


def _ukur_server(server, alamat, args, tenggat, hangat):
    """Check and warm up every page, then measure it with wrk; a page that fails is left out
    of the table (and its targets missed), the others are still measured."""
    hasil = {}
    for nama in HALAMAN:
        url = server.asal + alamat[nama]
        try:
            status, header, _isi = _ambil(url, batas_waktu=120)
            status, header, isi = _ambil(url, batas_waktu=120)
            cache = header.get("X-Cache-Halaman", "-")
            if hangat and nama in HALAMAN_DICACHE and status == 200 and cache != "HIT":
                cetak(f"  peringatan: {nama} tidak dari cache halaman (X-Cache-Halaman: {cache})")
            r = _ukur(server, url, args, tenggat)
        except (OSError, subprocess.SubprocessError, AttributeError) as galat:
            cetak(f"  {nama:<24} GAGAL: {galat!r}")
            _tunggu_server_lega(server, tenggat)
            continue
        r.update(status=status, cache=cache, ukuran=len(isi))
        hasil[nama] = r
        cetak(
            f"  {nama:<24} {status} {r['rps']:8.1f} req/s  p50 {_fmt(r['p50'], '{:7.2f}')} ms  "
            f"p99 {_fmt(r['p99'], '{:7.2f}')} ms  ({len(isi)} B, cache {cache}, "
            f"beban lain {r['lain']:.0%}, {r['galat_soket']} galat soket)"
        )
    return hasil


# --- report ---------------------------------------------------------------------------------


def _fakta_mesin(nomor_redis):
    import django
    import gunicorn
    import wagtail
    from django.db import connection

    cpu = "?"
    for baris in Path("/proc/cpuinfo").read_text().splitlines():
        if baris.startswith("model name"):
            cpu = baris.split(":", 1)[1].strip()
            break
    memori = next(
        (
            b.split()[1]
            for b in Path("/proc/meminfo").read_text().splitlines()
            if b.startswith("MemTotal")
        ),
        "0",
    )
    os_rilis = "?"
    if Path("/etc/os-release").exists():
        for baris in Path("/etc/os-release").read_text().splitlines():
            if baris.startswith("PRETTY_NAME="):
                os_rilis = baris.split("=", 1)[1].strip('"')
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        versi_pg = cursor.fetchone()[0]
    versi_redis = _redis(nomor_redis).info("server").get("redis_version", "?")
    versi_wrk = subprocess.run(  # noqa: S603
        [str(WRK), "-v"], capture_output=True, text=True, timeout=10
    ).stdout.split(" [")[0]
    return {
        "CPU": f"{cpu}, {os.cpu_count()} core",
        "RAM": f"{int(memori) / 1024 / 1024:.1f} GiB",
        "OS": f"{os_rilis}, kernel {platform.release()}",
        "Python": platform.python_version(),
        "Django / Wagtail": f"{django.get_version()} / {wagtail.__version__}",
        "gunicorn": gunicorn.__version__,
        "PostgreSQL": versi_pg.split()[0],
        "Redis": versi_redis,
        "wrk": versi_wrk.replace("wrk ", ""),
    }


def _fmt(nilai, pola="{:.1f}"):
    return "-" if nilai is None else pola.format(nilai)


def _kolom_ukur(r, batas):
    """req/s, %batas, p50, p99 and the other processes' CPU share of one wrk run."""
    if r is None:
        return ["-"] * 5
    rps = _fmt(r["rps"], "{:.0f}")
    if r["galat_soket"]:
        rps += "*"
    return [
        rps,
        _fmt(r["rps"] / batas["rps"] * 100 if batas else None, "{:.0f}%"),
        _fmt(r["p50"], "{:.1f}"),
        _fmt(r["p99"], "{:.1f}"),
        _fmt(r["lain"] * 100, "{:.0f}%"),
    ]


def _baris_tabel(hasil, batas, kueri):
    baris = []
    for nama in HALAMAN + HALAMAN_KUERI_SAJA:
        status = None
        kolom = []
        for mode in ("dingin", "hangat"):
            r = hasil.get(mode, {}).get(nama)
            status = status or (r and r["status"])
            kolom += _kolom_ukur(r, batas)
        kecil = kueri["kecil"].get(nama)
        besar = kueri["besar"].get(nama)
        status = status or (besar[0] if besar else None)
        kolom = [nama, "-" if status is None else str(status), *kolom]
        kolom += [str(len(kecil[1])) if kecil else "-", str(len(besar[1])) if besar else "-"]
        baris.append(kolom)
    if batas:
        baris.append(["batas atas (WSGI minimal)", "200", *_kolom_ukur(batas, batas), *[""] * 7])
    return baris


def _kepala(ukuran):
    return [
        "halaman",
        "status",
        *[
            f"{mode} {k}"
            for mode in ("dingin", "hangat")
            for k in ("req/s", "%batas", "p50 ms", "p99 ms", "lain")
        ],
        f"kueri @{ukuran['kecil']['berita']}",
        f"kueri @{ukuran['besar']['berita']}",
    ]


def _cetak_tabel(kepala, baris):
    lebar = [max(len(str(x[i])) for x in [kepala, *baris]) for i in range(len(kepala))]
    cetak("  ".join(k.ljust(w) for k, w in zip(kepala, lebar, strict=True)))
    cetak("  ".join("-" * w for w in lebar))
    for x in baris:
        cetak("  ".join(str(v).ljust(w) for v, w in zip(x, lebar, strict=True)))


def _periksa_target(hasil, batas, kueri):
    cek = []
    hangat = hasil.get("hangat", {})
    dingin = hasil.get("dingin", {})
    for nama in HALAMAN_DICACHE:
        r = hangat.get(nama)
        if r is None or not batas:
            cek.append((f"hangat {nama} >= {RASIO_HANGAT_MIN:.0%} batas atas", False, "tak diukur"))
            continue
        rasio = r["rps"] / batas["rps"]
        catatan = f"{rasio:.0%} ({r['rps']:.0f} dari {batas['rps']:.0f} req/s)"
        if r["status"] != 200:
            catatan += f", status {r['status']}"
        cek.append(
            (
                f"hangat {nama} >= {RASIO_HANGAT_MIN:.0%} batas atas",
                rasio >= RASIO_HANGAT_MIN and r["status"] == 200,
                catatan,
            )
        )
    for nama in HALAMAN_DINGIN_DIUKUR:
        r = dingin.get(nama)
        judul = f"dingin {nama} >= {RPS_DINGIN_MIN} req/s, p99 < {P99_DINGIN_MAKS_MS} ms"
        if r is None:
            cek.append((judul, False, "tak diukur"))
            continue
        lulus = (
            r["rps"] >= RPS_DINGIN_MIN
            and r["p99"] is not None
            and r["p99"] < P99_DINGIN_MAKS_MS
            and r["status"] == 200
        )
        cek.append((judul, lulus, f"{r['rps']:.0f} req/s, p99 {_fmt(r['p99'])} ms"))
    for nama in [h for h in HALAMAN + HALAMAN_KUERI_SAJA if h in kueri["besar"]]:
        kecil = len(kueri["kecil"][nama][1])
        besar = len(kueri["besar"][nama][1])
        cek.append(
            (
                f"kueri {nama}: sama di kedua ukuran, <= {KUERI_MAKS}",
                kecil == besar and besar <= KUERI_MAKS,
                f"{kecil} / {besar}",
            )
        )
    return cek


def _rincian_kueri(kueri):
    """Per page of the large site: its queries grouped by table and origin, most first."""
    bagian = {}
    for nama, (_status, daftar, ms) in kueri["besar"].items():
        hitung, detik = Counter(), Counter()
        for sql, asal, waktu in daftar:
            hitung[_tabel_utama(sql), asal] += 1
            detik[_tabel_utama(sql), asal] += waktu
        judul = (
            f"{nama}: {len(daftar)} queries, {sum(q[2] for q in daftar) * 1000:.0f} ms of SQL "
            f"in a {ms:.0f} ms view"
        )
        bagian[judul] = [
            f"{n} x {tabel} ({asal}), {detik[tabel, asal] * 1000:.0f} ms"
            for (tabel, asal), n in hitung.most_common()
        ]
    return bagian


def _markdown(konteks):
    k = konteks
    garis = [
        "# Benchmark produksi",
        "",
        "Generated by `benchmarks/produksi.py` (see its docstring for the method); do not edit by "
        "hand, run it again.",
        "",
        f"- Date: {k['tanggal']}",
        f"- Command: `{k['perintah']}`",
        f"- Site: {k['ukuran']['besar']['berita']} berita, {k['ukuran']['besar']['dokumen']} "
        f"dokumen, {k['ukuran']['besar']['galeri']} galleries (photo galleries of "
        f"6 photos; {k['jumlah_gambar']} distinct images reused); queries also counted at "
        f"{k['ukuran']['kecil']['berita']} berita ({k['ukuran']['kecil']['dokumen']} dokumen, "
        f"{k['ukuran']['kecil']['galeri']} galleries).",
        f"- Build time: {k['waktu_bangun']}",
        f"- Server: gunicorn -c gunicorn.conf.py, portal.settings.production, "
        f"{k['pekerja']} sync workers, PostgreSQL + Redis on the same machine; "
        f"wrk `-t{k['args'].utas} -c{k['args'].koneksi} -d{k['args'].durasi}s --latency` "
        f"after a {k['args'].pemanasan} s warm-up per page, on 127.0.0.1.",
        "- Cold: page cache off (`PORTAL_CACHE_HALAMAN_AKTIF=false`), every view rendered "
        "(Redis still holds Wagtail's image renditions and site lookups). Warm: page cache on "
        "and primed. Upper bound: the warm home page HTML served by a minimal WSGI app "
        "(`benchmarks/batas_atas.py`) under the same gunicorn configuration. %batas = req/s "
        "as a share of the upper bound's req/s. lain = share of the machine's CPU used by "
        "other processes (not the servers, wrk, our PostgreSQL backends or Redis) during the "
        "run: this machine is shared, figures with a high `lain` are pessimistic. `*` = wrk "
        "counted socket errors or timeouts.",
        "- Queries: in-process (Django test client, CaptureQueriesContext), page cache off, the "
        "second view of each page.",
        "",
        "## Machine",
        "",
    ]
    garis += [f"- {nama}: {nilai}" for nama, nilai in k["mesin"].items()]
    garis += ["", "## Results", ""]
    garis.append("| " + " | ".join(k["kepala"]) + " |")
    garis.append("|" + "|".join("---" for _ in k["kepala"]) + "|")
    for baris in k["baris"]:
        garis.append("| " + " | ".join(str(v) for v in baris) + " |")
    garis += ["", "Paths:", ""]
    garis += [f"- {nama}: `{jalur}`" for nama, jalur in k["alamat"].items()]
    garis += ["", "## Targets (issue 7)", ""]
    garis += [
        f"- [{'x' if lulus else ' '}] {judul} ({catatan})" for judul, lulus, catatan in k["cek"]
    ]
    garis += [
        "",
        f"## Queries per uncached page at {k['ukuran']['besar']['berita']} berita",
        "",
        "Grouped by table and origin (template line < code line), with their SQL time; one "
        "in-process view each (page cache off), so times are indicative.",
        "",
    ]
    for nama, daftar in k["rincian"].items():
        garis += [f"### {nama}", ""]
        garis += [f"- {x}" for x in daftar]
        garis.append("")
    return "\n".join(garis)


# --- main -----------------------------------------------------------------------------------


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--berita", type=int, default=20_000, help="berita in the large site")
    parser.add_argument("--dokumen", type=int, default=3_000, help="dokumen in the large site")
    parser.add_argument("--galeri", type=int, default=500, help="galleries in the large site")
    parser.add_argument(
        "--berita-kecil", type=int, default=200, help="berita of the small site (queries only)"
    )
    parser.add_argument("--gambar", type=int, default=50, help="distinct images reused")
    parser.add_argument("--durasi", type=int, default=10, help="seconds of each wrk run")
    parser.add_argument("--pemanasan", type=int, default=2, help="seconds of wrk warm-up")
    parser.add_argument("--utas", type=int, default=2, help="wrk threads")
    parser.add_argument("--koneksi", type=int, default=16, help="wrk connections")
    parser.add_argument(
        "--batas-respons",
        type=int,
        default=10,
        help="seconds before wrk counts a request as timed out",
    )
    parser.add_argument(
        "--tunggu-sepi",
        type=int,
        default=20,
        help="seconds to wait before each run for other processes to leave the CPU",
    )
    parser.add_argument("--tenggat", type=int, default=3600, help="seconds for the whole run")
    parser.add_argument(
        "--basis-data",
        default="portal_bench",
        help="PostgreSQL database to create and drop (name must contain 'bench')",
    )
    parser.add_argument("--redis-db", type=int, default=13, help="Redis database number")
    parser.add_argument(
        "--simpan-basis-data",
        action="store_true",
        help="keep the database afterwards (drop it yourself)",
    )
    parser.add_argument(
        "--folder",
        type=Path,
        help="keep media, static files and server logs here instead of a temporary folder",
    )
    parser.add_argument(
        "--hanya-kueri",
        action="store_true",
        help="stop after counting the queries (no servers, no wrk, no report)",
    )
    parser.add_argument("--laporan", type=Path, help="write the Markdown report here")
    parser.add_argument("--ketat", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)

    if "bench" not in args.basis_data or not re.fullmatch(r"[a-z_][a-z0-9_]*", args.basis_data):
        sys.exit("--basis-data harus nama sederhana yang memuat 'bench' (ia dibuat dan dihapus).")
    if not 0 < args.berita_kecil < args.berita:
        sys.exit("--berita-kecil harus lebih dari 0 dan kurang dari --berita.")
    for syarat, cara in (
        (WRK.exists(), "apt-get install wrk"),
        (GUNICORN.exists(), "pip install -r requirements.txt"),
    ):
        if not syarat:
            sys.exit(f"Alat belum ada: {cara}")

    tenggat = Tenggat(args.tenggat)
    mulai_semua = time.monotonic()
    waktu = {}

    @contextlib.contextmanager
    def catat(langkah):
        """A timed step of the build, refused once the deadline has passed."""
        tenggat.periksa(langkah)
        cetak(f"{langkah} …")
        mulai = time.monotonic()
        yield
        waktu[langkah] = time.monotonic() - mulai
        cetak(f"{langkah}: {waktu[langkah]:.1f} s")

    _periksa_redis(args.redis_db)
    signal.signal(signal.SIGTERM, _henti)
    signal.signal(signal.SIGHUP, _henti)
    server = None
    if args.folder:
        args.folder.mkdir(parents=True, exist_ok=True)
        tempat = contextlib.nullcontext(str(args.folder))
    else:
        tempat = tempfile.TemporaryDirectory(prefix="portal-produksi-")
    with tempat as folder:
        sementara = Path(folder)
        lingkungan = _lingkungan(args, sementara)
        buat_basis_data(args.basis_data)
        try:
            _kosongkan_redis(args.redis_db)
            _siapkan_django()
            _isi_struktur(catat)
            pengisi = _Pengisi(args.gambar)
            rasio = args.berita_kecil / args.berita
            ada = pengisi.jumlah()
            ukuran = {
                "kecil": pengisi.isi_sampai(
                    args.berita_kecil,
                    max(ada["dokumen"], round(args.dokumen * rasio)),
                    max(ada["galeri"], round(args.galeri * rasio)),
                    catat,
                )
            }
            alamat = _alamat_halaman()
            with catat(f"hitung kueri @{ukuran['kecil']['berita']} berita"):
                kueri = {"kecil": _hitung_kueri(alamat)}
            ukuran["besar"] = pengisi.isi_sampai(args.berita, args.dokumen, args.galeri, catat)
            with catat(f"hitung kueri @{ukuran['besar']['berita']} berita"):
                kueri["besar"] = _hitung_kueri(alamat)
            for nama in HALAMAN_KUERI_SAJA + HALAMAN:
                if nama in kueri["besar"]:
                    status, daftar, ms = kueri["besar"][nama]
                    lambat = max(daftar, key=lambda q: q[2])
                    cetak(
                        f"  {nama:<24} status {status}  kueri {len(kueri['kecil'][nama][1])} / "
                        f"{len(daftar)}  view {ms:.0f} ms, SQL "
                        f"{sum(q[2] for q in daftar) * 1000:.0f} ms, terlama "
                        f"{lambat[2] * 1000:.0f} ms: {lambat[0][:300]}"
                    )
            if args.hanya_kueri:
                return 0
            mesin = _fakta_mesin(args.redis_db)
            waktu_bangun = time.monotonic() - mulai_semua
            from django.db import connections

            connections.close_all()

            hasil = {}
            beranda = None
            pekerja = None
            for mode, aktif in (("dingin", "false"), ("hangat", "true")):
                tenggat.periksa(f"server {mode}", 30)
                _kosongkan_redis(args.redis_db)
                cetak(f"server {mode} (cache halaman {'aktif' if aktif == 'true' else 'mati'})")
                server = Server(
                    mode,
                    sementara / f"gunicorn-{mode}.log",
                    {**lingkungan, "PORTAL_CACHE_HALAMAN_AKTIF": aktif},
                    args.basis_data,
                )
                try:
                    hasil[mode] = _ukur_server(server, alamat, args, tenggat, aktif == "true")
                    if mode == "hangat":
                        _s, header, beranda = _ambil(server.asal + "/")
                        jenis_beranda = header.get("Content-Type", "text/html; charset=utf-8")
                finally:
                    server.berhenti()
                    pekerja = server.pekerja or pekerja
                    server = None

            tenggat.periksa("batas atas", 30)
            berkas_beranda = sementara / "beranda.html"
            berkas_beranda.write_bytes(beranda)
            cetak(f"batas atas: {APLIKASI_BATAS} ({len(beranda)} B)")
            server = Server(
                "batas atas",
                sementara / "gunicorn-batas.log",
                {"BATAS_ATAS_HTML": str(berkas_beranda), "BATAS_ATAS_JENIS": jenis_beranda},
                args.basis_data,
                aplikasi=APLIKASI_BATAS,
            )
            try:
                batas = _ukur(server, server.asal + "/", args, tenggat)
            finally:
                server.berhenti()
                server = None
            cetak(
                f"  batas atas {batas['rps']:.1f} req/s  p50 {batas['p50']:.2f} ms  "
                f"p99 {batas['p99']:.2f} ms  (beban lain {batas['lain']:.0%})"
            )
        except (TenggatHabis, RuntimeError, OSError, subprocess.SubprocessError) as galat:
            cetak(f"GAGAL: {galat}")
            return 2
        finally:
            _bereskan(server)
            if args.simpan_basis_data:
                cetak(f"basis data {args.basis_data} disimpan (hapus sendiri bila selesai)")
            else:
                hapus_basis_data(args.basis_data)
            _kosongkan_redis(args.redis_db)

    kepala = _kepala(ukuran)
    baris = _baris_tabel(hasil, batas, kueri)
    cek = _periksa_target(hasil, batas, kueri)
    cetak("")
    _cetak_tabel(kepala, baris)
    cetak(
        "dingin = page cache off, hangat = page cache on and primed; %batas = req/s as a share "
        "of the minimal WSGI app serving the same home page HTML; lain = CPU share of other "
        "processes during the run; * = socket errors/timeouts; kueri = SQL queries of the "
        "uncached page at the small / large size."
    )
    cetak("")
    for judul, lulus, catatan in cek:
        cetak(f"[{'OK' if lulus else 'X '}] {judul}  ({catatan})")
    rincian = _rincian_kueri(kueri)
    cetak("")
    cetak(f"Kueri per halaman @{ukuran['besar']['berita']} berita (tabel, asal):")
    for judul, daftar in rincian.items():
        cetak(f"{judul}:")
        for x in daftar:
            cetak(f"  {x}")

    if args.laporan:
        waktu_teks = ", ".join(f"{n} {d:.0f} s" for n, d in waktu.items())
        perintah = " ".join(
            [
                ".venv/bin/python",
                "benchmarks/produksi.py",
                *(argv if argv is not None else sys.argv[1:]),
            ]
        )
        teks = _markdown(
            {
                "tanggal": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
                "perintah": perintah,
                "ukuran": ukuran,
                "jumlah_gambar": args.gambar,
                "waktu_bangun": f"{waktu_bangun:.0f} s ({waktu_teks})",
                "pekerja": pekerja,
                "args": args,
                "mesin": mesin,
                "kepala": kepala,
                "baris": baris,
                "alamat": alamat,
                "cek": cek,
                "rincian": rincian,
            }
        )
        args.laporan.parent.mkdir(parents=True, exist_ok=True)
        args.laporan.write_text(teks, encoding="utf-8")
        cetak(f"\nlaporan: {args.laporan}")
    lulus = all(lulus for _j, lulus, _c in cek)
    return 0 if lulus or not args.ketat else 1


if __name__ == "__main__":
    sys.exit(main())
