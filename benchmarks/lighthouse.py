"""Lighthouse scores and page weight of the public pages, on this machine, over loopback only.

    .venv/bin/python benchmarks/lighthouse.py [--halaman beranda artikel ...] [--tulis] [--ketat]

What it does, in one process and a throwaway folder (nothing in the repository changes):
1. configures the production settings (DEBUG off, hashed and compressed static files served by
   whitenoise) with a temporary SQLite database and media folder, migrates, runs
   `setup_portal` and seeds the full demo;
2. serves the portal on 127.0.0.1 (a random port) with a threaded WSGI server; media files are
   served by whitenoise as well, as a CDN or S3 would;
3. requests every page once (Wagtail makes its image renditions on first use), then runs
   Lighthouse from npm (`node_modules/.bin/lighthouse`, `npm ci` installs it) with Debian's
   Chromium (CHROME_PATH=/usr/bin/chromium) on the mobile profile, one page at a time, for
   every public page type in both languages (the English ones from the demo's translations);
   the 404 page is measured under `/__404__/…`, where the server answers the portal's own 404
   page with status 200 (Lighthouse refuses to audit an error status);
4. runs axe-core (`node_modules/axe-core`) in the same Chromium through playwright on every
   page at 390 px: its WCAG 2.1 A/AA violations and the items it leaves for review
   ("incomplete");
5. prints one table: the four Lighthouse scores, the axe counts, and from Lighthouse's own
   network log the bytes transferred on first load, all together and excluding content images
   (/media/), with the HTML, CSS and JavaScript parts; then the targets of issue 5 and whether
   they are met. With --tulis the same goes to docs/lighthouse.md, with the date and machine.

Bounded: each Lighthouse run has a time limit (--batas-waktu, default 150 s) and the whole run a
deadline (--tenggat, default 1200 s); the server stops with the script. Nothing but 127.0.0.1 is
contacted. Exit code 0, or 1 with --ketat when a target is missed.
"""

import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from socketserver import ThreadingMixIn
from urllib.parse import urlsplit
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

AKAR = Path(__file__).resolve().parent.parent
LIGHTHOUSE = AKAR / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = Path("/usr/bin/chromium")
BENDERA_CHROME = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
KATEGORI = ["performance", "accessibility", "best-practices", "seo"]
SINGKATAN = {"performance": "perf", "accessibility": "a11y", "best-practices": "bp", "seo": "seo"}

# Issue 5's targets.
SKOR_MINIMUM = 95
BOBOT_MAKS_KB = 150  # home and article, first load, without content images
CSS_MAKS_KB = 30
JS_MAKS_KB = 20
HALAMAN_BOBOT = ("beranda", "artikel")
# Result pages carry `noindex, follow` on purpose (auto-generated pages stay out of search
# engines), and so does the 404 page; Lighthouse counts that as "not crawlable" in SEO, the
# one audit excused there.
TANPA_INDEKS = {
    nama: {"is-crawlable"} for nama in ("hasil pencarian", "hasil pencarian en", "404", "404 en")
}
# Where the 404 page is measured with status 200 (see _jawab_404_dengan_200).
AWALAN_404 = "/__404__"
AXE = AKAR / "node_modules" / "axe-core" / "axe.min.js"
ATURAN_AXE = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
LAPORAN = AKAR / "docs" / "lighthouse.md"


def _siapkan_django(sementara):
    """Production settings on a throwaway database and media folder."""
    for nama in list(os.environ):
        if nama.startswith(("AWS_", "REDIS_", "EMAIL_")) or nama == "DATABASE_URL":
            os.environ.pop(nama)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=f"sqlite:///{sementara / 'portal.sqlite3'}",
        MEDIA_ROOT=str(sementara / "media"),
        # Plain HTTP on loopback: no TLS-terminating balancer in front here.
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_STATIC_ROOT=str(sementara / "static"),
    )
    sys.path.insert(0, str(AKAR))
    import django
    from django.conf import settings

    django.setup()
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1"


def _isi_data(cetak):
    from django.core.management import call_command

    from portal.demo.seeding import semai_demo
    from portal.situs.penyiapan import siapkan_portal

    mulai = time.monotonic()
    call_command("migrate", verbosity=0, interactive=False)
    siapkan_portal()
    hasil = semai_demo()
    call_command("collectstatic", verbosity=0, interactive=False)
    cetak(f"data demo: {dict(hasil.dibuat)} ({time.monotonic() - mulai:.0f} s)")


class _ServerBerulir(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _PenanganSenyap(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def _jawab_404_dengan_200(aplikasi):
    """Under AWALAN_404 the portal's answer for the rest of the path (a page that does not
    exist: its 404 page), with status 200 so that Lighthouse audits it."""

    def wsgi(environ, start_response):
        jalur = environ.get("PATH_INFO", "")
        if not jalur.startswith(AWALAN_404):
            return aplikasi(environ, start_response)
        environ = {**environ, "PATH_INFO": jalur[len(AWALAN_404) :] or "/"}

        def mulai(status, header, exc_info=None):
            if not status.startswith("404"):
                raise RuntimeError(f"bukan 404: {status}")
            return start_response("200 OK", header, exc_info)

        return aplikasi(environ, mulai)

    return wsgi


def _jalankan_server():
    from django.conf import settings
    from django.core.wsgi import get_wsgi_application
    from whitenoise import WhiteNoise

    aplikasi = WhiteNoise(
        _jawab_404_dengan_200(get_wsgi_application()), autorefresh=True, max_age=3600
    )
    aplikasi.add_files(settings.MEDIA_ROOT, prefix=settings.MEDIA_URL)
    server = make_server(
        "127.0.0.1", 0, aplikasi, server_class=_ServerBerulir, handler_class=_PenanganSenyap
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def _alamat_halaman():
    """Every public page type in each language that has it: {name: path}."""
    from wagtail.models import Locale

    from berita.models import BeritaIndexPage, BeritaPage
    from dokumen.models import DokumenIndexPage, DokumenPage
    from galeri.models import GaleriFotoPage, GaleriVideoPage
    from home.models import HomePage
    from search.models import SearchPage

    kueri = {"id": "kalimantan", "en": "kalimantan"}
    alamat = {}
    for locale in Locale.objects.order_by("pk"):
        kode = locale.language_code
        akhiran = "" if kode == "id" else f" {kode}"

        def pertama(qs, *urutan, locale=locale):
            halaman = qs.live().filter(locale=locale).order_by(*urutan).first()
            return halaman.url if halaman is not None else None

        indeks_dokumen = pertama(DokumenIndexPage.objects, "pk")
        pencarian = pertama(SearchPage.objects, "pk")
        beranda = pertama(HomePage.objects, "pk")
        halaman = {
            "beranda": beranda,
            "indeks berita": pertama(BeritaIndexPage.objects, "pk"),
            "artikel": pertama(BeritaPage.objects, "-tanggal", "-pk"),
            "indeks dokumen": indeks_dokumen,
            "detail dokumen": pertama(DokumenPage.objects, "-tanggal_terbit", "-pk"),
            "DIP": indeks_dokumen and indeks_dokumen + "daftar-informasi-publik/",
            "galeri foto": pertama(GaleriFotoPage.objects, "-tanggal", "-pk"),
            "galeri video": pertama(GaleriVideoPage.objects, "-tanggal", "-pk"),
            "pencarian": pencarian,
            "hasil pencarian": pencarian and f"{pencarian}?q={kueri.get(kode, 'kalimantan')}",
            "404": beranda and f"{AWALAN_404}{beranda}halaman-yang-tidak-ada/",
        }
        alamat.update({nama + akhiran: jalur for nama, jalur in halaman.items() if jalur})
    return alamat


def _panaskan(asal, alamat):
    """One request per page, so image renditions exist before Lighthouse measures."""
    for jalur in alamat.values():
        try:
            urllib.request.urlopen(asal + jalur, timeout=60).read()  # noqa: S310 (loopback)
        except urllib.error.HTTPError:
            pass  # the 404 page


def _lighthouse(url, keluaran, batas_waktu):
    if urlsplit(url).hostname != "127.0.0.1":
        raise ValueError(f"hanya loopback: {url}")
    lingkungan = {**os.environ, "CHROME_PATH": str(CHROMIUM)}
    perintah = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={keluaran}",
        "--form-factor=mobile",
        f"--only-categories={','.join(KATEGORI)}",
        f"--chrome-flags={BENDERA_CHROME}",
        f"--max-wait-for-load={min(batas_waktu, 60) * 1000}",
    ]
    subprocess.run(  # noqa: S603 (fixed argv, our own URL)
        perintah, env=lingkungan, check=True, timeout=batas_waktu, capture_output=True
    )
    return json.loads(Path(keluaran).read_text(encoding="utf-8"))


def _axe(asal, alamat):
    """{name: (violations, incomplete)} of axe-core at 390 px in Debian's Chromium, each a
    list of rule ids; a page that fails to load gets its error instead."""
    from playwright.sync_api import Error, sync_playwright

    skrip = AXE.read_text(encoding="utf-8")
    hasil = {}
    with sync_playwright() as p:
        peramban = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            konteks = peramban.new_context(viewport={"width": 390, "height": 800})
            halaman = konteks.new_page()
            for nama, jalur in alamat.items():
                try:
                    halaman.goto(asal + jalur, wait_until="load", timeout=60_000)
                    # evaluate, not a <script> tag: the strict CSP refuses inline scripts.
                    halaman.evaluate(skrip)
                    r = halaman.evaluate(
                        "async (tag) => await axe.run(document, "
                        "{runOnly: {type: 'tag', values: tag}})",
                        ATURAN_AXE,
                    )
                except Error as galat:
                    hasil[nama] = str(galat).splitlines()[0][:80]
                    continue
                hasil[nama] = (
                    [v["id"] for v in r["violations"]],
                    [v["id"] for v in r["incomplete"]],
                )
        finally:
            peramban.close()
    return hasil


def _ringkas(laporan, media_url):
    skor = {k: laporan["categories"][k]["score"] for k in KATEGORI}
    permintaan = laporan["audits"]["network-requests"]["details"]["items"]
    bobot = {"total": 0, "tanpa gambar konten": 0, "html": 0, "css": 0, "js": 0, "gambar": 0}
    for item in permintaan:
        ukuran = item.get("transferSize") or 0
        jenis = item.get("resourceType")
        gambar_konten = urlsplit(item["url"]).path.startswith(media_url) and jenis == "Image"
        bobot["total"] += ukuran
        if gambar_konten:
            bobot["gambar"] += ukuran
        else:
            bobot["tanpa gambar konten"] += ukuran
        if jenis == "Document":
            bobot["html"] += ukuran
        elif jenis == "Stylesheet":
            bobot["css"] += ukuran
        elif jenis == "Script":
            bobot["js"] += ukuran
    gagal = {
        k: [
            a["id"]
            for a in laporan["audits"].values()
            if a.get("id")
            in {r["id"] for r in laporan["categories"][k]["auditRefs"] if r["weight"]}
            and a.get("score") is not None
            and a["score"] < 1
        ]
        for k in KATEGORI
        if skor[k] is not None and skor[k] < 1
    }
    metrik = {
        m: laporan["audits"][m].get("displayValue", "")
        for m in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time")
    }
    return {
        "skor": skor,
        "bobot": bobot,
        "permintaan": len(permintaan),
        "gagal": gagal,
        "metrik": metrik,
    }


def _kb(n):
    return f"{n / 1024:.1f}"


KOLOM = ["halaman", "perf", "a11y", "bp", "seo", "axe", "axe?", "KB", "KB-img", "HTML", "CSS"]
KOLOM += ["JS", "req"]
KETERANGAN_TABEL = (
    "KB = transferred on first load (Lighthouse network log); KB-img = without content "
    "images (/media/); HTML/CSS/JS = their part of it; axe = axe-core WCAG 2.1 A/AA "
    "violations at 390 px, axe? = items axe leaves for review (incomplete)."
)


def _baris_tabel(hasil, axe):
    baris = []
    for nama, r in hasil.items():
        a = axe.get(nama, "-")
        sel_axe = [str(len(a[0])), str(len(a[1]))] if isinstance(a, tuple) else ["-", "-"]
        if "galat" in r:
            baris.append([nama, "-", "-", "-", "-", *sel_axe, "-", "-", "-", "-", "-", r["galat"]])
            continue
        s, b = r["skor"], r["bobot"]
        baris.append(
            [nama]
            + ["-" if s[k] is None else str(round(s[k] * 100)) for k in KATEGORI]
            + sel_axe
            + [
                _kb(b["total"]),
                _kb(b["tanpa gambar konten"]),
                _kb(b["html"]),
                _kb(b["css"]),
                _kb(b["js"]),
                str(r["permintaan"]),
            ]
        )
    return baris


def _cetak_tabel(baris, cetak):
    lebar = [max(len(str(x[i])) for x in [KOLOM, *baris]) for i in range(len(KOLOM))]
    garis = "  ".join("-" * w for w in lebar)
    cetak("  ".join(k.ljust(w) for k, w in zip(KOLOM, lebar, strict=True)))
    cetak(garis)
    for x in baris:
        cetak("  ".join(str(v).ljust(w) for v, w in zip(x, lebar, strict=True)))
    cetak(KETERANGAN_TABEL)


def _tulis_laporan(baris, cek, alamat, axe, cpu_lain):
    """docs/lighthouse.md: the table, the checks and the axe findings, dated."""
    import platform
    from datetime import date

    teks = [
        "# Lighthouse and axe: every public page type, both languages",
        "",
        f"Measured {date.today().isoformat()} by `benchmarks/lighthouse.py --tulis` on this "
        f"project's 2-core machine ({platform.machine()}, Debian's Chromium, Lighthouse's "
        f"mobile profile), production settings over loopback; {cpu_lain}. Regenerate with the "
        "same command.",
        "",
        "| " + " | ".join(KOLOM) + " |",
        "|" + "---|" * len(KOLOM),
    ]
    teks += ["| " + " | ".join(str(v) for v in x) + " |" for x in baris]
    teks += ["", KETERANGAN_TABEL, "", "## Targets", ""]
    teks += [f"- [{'x' if lulus else ' '}] {judul} ({ket})" for judul, lulus, ket in cek]
    teks += ["", "## Pages", ""]
    teks += [f"- {nama}: `{jalur}`" for nama, jalur in alamat.items()]
    temuan = [
        f"- {nama}: violations {a[0] or 'none'}; review {a[1] or 'none'}"
        for nama, a in axe.items()
        if isinstance(a, tuple) and (a[0] or a[1])
    ]
    teks += ["", "## axe findings", "", *(temuan or ["None on any page."]), ""]
    LAPORAN.write_text("\n".join(teks), encoding="utf-8")


def _periksa_target(hasil, axe, cetak):
    from django.contrib.staticfiles import finders

    css = Path(finders.find("css/portal.css")).stat().st_size
    js = Path(finders.find("js/portal.js")).stat().st_size
    cek = []
    for nama, r in hasil.items():
        if "galat" in r:
            cek.append((f"{nama}: Lighthouse selesai", False, r["galat"]))
            continue
        rendah = {SINGKATAN[k]: round(v * 100) for k, v in r["skor"].items() if v is not None}
        kurang = {k: v for k, v in rendah.items() if v < SKOR_MINIMUM}
        dimaafkan = TANPA_INDEKS.get(nama, set())
        if "seo" in kurang and dimaafkan and set(r["gagal"].get("seo", [])) <= dimaafkan:
            cek.append((f"{nama}: SEO hanya gagal pada noindex yang disengaja", True, ""))
            del kurang["seo"]
        keterangan = ", ".join(
            f"{SINGKATAN[k]}: {' '.join(a)}" for k, a in r["gagal"].items() if a
        ) or ", ".join(f"{k}={v}" for k, v in r["metrik"].items())
        cek.append((f"{nama}: skor >= {SKOR_MINIMUM}", not kurang, keterangan))
    for nama, a in axe.items():
        if isinstance(a, tuple):
            cek.append((f"{nama}: axe tanpa pelanggaran", not a[0], ", ".join(a[0]) or "0"))
        else:
            cek.append((f"{nama}: axe selesai", False, a))
    for nama in HALAMAN_BOBOT:
        if nama in hasil and "galat" not in hasil[nama]:
            kb = hasil[nama]["bobot"]["tanpa gambar konten"] / 1024
            cek.append(
                (
                    f"{nama}: < {BOBOT_MAKS_KB} KB tanpa gambar konten",
                    kb < BOBOT_MAKS_KB,
                    f"{kb:.1f} KB",
                )
            )
    css_kirim = max((r["bobot"]["css"] for r in hasil.values() if "bobot" in r), default=0)
    js_kirim = max((r["bobot"]["js"] for r in hasil.values() if "bobot" in r), default=0)
    cek.append(
        (
            f"CSS < {CSS_MAKS_KB} KB",
            css < CSS_MAKS_KB * 1024,
            f"portal.css {css / 1024:.1f} KB berkas, {css_kirim / 1024:.1f} KB terkirim",
        )
    )
    cek.append(
        (
            f"JS < {JS_MAKS_KB} KB",
            js < JS_MAKS_KB * 1024,
            f"portal.js {js / 1024:.1f} KB berkas, {js_kirim / 1024:.1f} KB terkirim",
        )
    )
    cetak("")
    for judul, lulus, keterangan in cek:
        cetak(f"[{'OK' if lulus else 'X '}] {judul}  ({keterangan})")
    return cek


def _cpu_mesin():
    """(busy, total) clock ticks of all CPUs since boot."""
    nilai = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    return sum(nilai) - nilai[3] - nilai[4], sum(nilai)


def _cpu_kami():
    """Clock ticks of this process and its reaped children (Lighthouse, Chromium)."""
    t = os.times()
    return (t.user + t.system + t.children_user + t.children_system) * os.sysconf("SC_CLK_TCK")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--halaman", nargs="*", help="only these pages (names in the table)")
    parser.add_argument("--batas-waktu", type=int, default=150, help="seconds per Lighthouse run")
    parser.add_argument("--tenggat", type=int, default=1200, help="seconds for the whole run")
    parser.add_argument("--simpan", type=Path, help="keep the Lighthouse JSON reports here")
    parser.add_argument("--ketat", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--tulis", action="store_true", help=f"write {LAPORAN.relative_to(AKAR)}")
    args = parser.parse_args(argv)

    def cetak(teks=""):
        print(teks, flush=True)

    for syarat, cara in (
        (CHROMIUM.exists(), "apt-get install chromium"),
        (LIGHTHOUSE.exists(), "npm ci"),
        (shutil.which("node") is not None, "apt-get install nodejs"),
        (AXE.exists(), "npm ci"),
    ):
        if not syarat:
            sys.exit(f"Alat belum ada: {cara}")

    tenggat = time.monotonic() + args.tenggat
    with tempfile.TemporaryDirectory(prefix="portal-lighthouse-") as folder:
        sementara = Path(folder)
        _siapkan_django(sementara)
        _isi_data(cetak)
        server, asal = _jalankan_server()
        try:
            alamat = _alamat_halaman()
            if args.halaman:
                alamat = {k: v for k, v in alamat.items() if k in args.halaman}
            _panaskan(asal, alamat)
            sibuk0, total0 = _cpu_mesin()
            kami0 = _cpu_kami()
            cetak(f"server: {asal} (production settings, whitenoise); Lighthouse mobile")
            hasil = {}
            for nama, jalur in alamat.items():
                sisa = int(tenggat - time.monotonic())
                if sisa < 10:
                    hasil[nama] = {"galat": "tenggat habis"}
                    continue
                keluaran = sementara / f"lh-{len(hasil)}.json"
                try:
                    laporan = _lighthouse(asal + jalur, keluaran, min(args.batas_waktu, sisa))
                except subprocess.TimeoutExpired:
                    hasil[nama] = {"galat": "batas waktu"}
                    continue
                except subprocess.CalledProcessError as galat:
                    pesan = (galat.stderr or b"").decode(errors="replace").strip().splitlines()
                    hasil[nama] = {"galat": (pesan or ["gagal"])[-1][:80]}
                    continue
                if args.simpan:
                    args.simpan.mkdir(parents=True, exist_ok=True)
                    shutil.copy(keluaran, args.simpan / f"{nama.replace(' ', '-')}.json")
                from django.conf import settings

                hasil[nama] = _ringkas(laporan, settings.MEDIA_URL)
                cetak(f"  {nama}: {jalur} selesai")
            cetak("axe-core ...")
            axe = _axe(asal, alamat)
        finally:
            server.shutdown()
            server.server_close()
        sibuk, total = _cpu_mesin()
        lain = max(0.0, (sibuk - sibuk0) - (_cpu_kami() - kami0)) / max(1, total - total0)
        cpu_lain = f"other processes used {lain:.0%} of the machine's CPU meanwhile"
        cetak("")
        baris = _baris_tabel(hasil, axe)
        _cetak_tabel(baris, cetak)
        cek = _periksa_target(hasil, axe, cetak)
        cetak(cpu_lain)
        if args.tulis:
            _tulis_laporan(baris, cek, alamat, axe, cpu_lain)
            cetak(f"ditulis: {LAPORAN}")
    lulus = all(ok for _, ok, _ in cek)
    return 0 if lulus or not args.ketat else 1


if __name__ == "__main__":
    sys.exit(main())
