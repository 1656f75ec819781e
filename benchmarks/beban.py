"""Load: 50 concurrent clients for 60 seconds on home, berita, dokumen and search, zero errors.

    .venv/bin/python benchmarks/beban.py [--berita 20000 --dokumen 3000 --galeri 500]
        [--klien 50] [--durasi 60] [--laporan docs/beban.md] [--ketat]

The production stack of benchmarks/produksi.py (production settings, PostgreSQL, Redis, the
page cache on, gunicorn with gunicorn.conf.py) on a site filled the same way, in a database of
its own (--basis-data, dropped at the end). Four wrk processes run at once, one per page
group, the clients shared out among them (13 + 13 + 12 + 12 for 50); each wrk walks its
group's paths in turn (berita index pages and articles, dokumen filters, several searches),
so the load is not one URL served from one cache entry. Every path is checked for a 200
before the run.

An error is a response of 4xx/5xx, a socket error or timeout (wrk, --batas-respons seconds),
or a traceback, worker timeout or `[ERROR]` line in gunicorn's log. Bounded by --tenggat;
only 127.0.0.1 is contacted. Exit code 0, or 1 with --ketat when there were errors (2 when the
run itself failed).
"""

import argparse
import contextlib
import datetime
import re
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import produksi
from basis_data import buat_basis_data, hapus_basis_data

GRUP = ["beranda", "berita", "dokumen", "pencarian"]
KUERI_PENCARIAN = ["banjir", "jalan", "kesehatan", "pendidikan", "samarinda", "ibu kota"]
TANDA_GALAT_LOG = re.compile(rb"Traceback|WORKER TIMEOUT|\[ERROR\]")


def _jalur_grup():
    """The paths of each group, from the demo content (present at every size)."""
    from urllib.parse import urlencode

    from berita.models import BeritaPage

    artikel = BeritaPage.objects.live().order_by("-first_published_at")[:5]
    return {
        "beranda": ["/"],
        "berita": [
            "/berita/",
            *(f"/berita/?page={n}" for n in (2, 3, 10, 50, 200)),
            *(a.url for a in artikel),
        ],
        "dokumen": [
            "/dokumen/",
            "/dokumen/?page=2",
            "/dokumen/?jenis=Pergub",
            "/dokumen/?kategori=setiap_saat",
            "/dokumen/?jenis=Pergub&kategori=setiap_saat",
        ],
        "pencarian": [f"/cari/?{urlencode({'q': q})}" for q in KUERI_PENCARIAN],
    }


def _skrip_lua(jalur, berkas):
    """A wrk script that walks `jalur` in turn on each connection's thread."""
    daftar = ", ".join('"' + j.replace("\\", "\\\\").replace('"', '\\"') + '"' for j in jalur)
    berkas.write_text(
        f"local jalur = {{{daftar}}}\n"
        "local i = 0\n"
        "request = function()\n"
        "  i = i % #jalur + 1\n"
        "  return wrk.format(nil, jalur[i])\n"
        "end\n",
        encoding="utf-8",
    )
    return berkas


def _bagi_klien(klien, jumlah_grup):
    """`klien` connections shared out as evenly as possible (the first groups get the rest)."""
    dasar, sisa = divmod(klien, jumlah_grup)
    return [dasar + (1 if i < sisa else 0) for i in range(jumlah_grup)]


def _galat_log(log):
    baris = [b for b in log.read_bytes().splitlines() if TANDA_GALAT_LOG.search(b)]
    return len(baris), [b.decode(errors="replace")[:200] for b in baris[:5]]


def _markdown(konteks):
    k = konteks
    baris = [
        "# Load test: 50 concurrent clients (issue 8, point 8)",
        "",
        f"- Date: {k['tanggal']}",
        f"- Command: `{k['perintah']}`",
        f"- Site: {k['ukuran']['berita']} berita, {k['ukuran']['dokumen']} dokumen, "
        f"{k['ukuran']['galeri']} galleries (PostgreSQL, Redis page cache on, production "
        "settings)",
        f"- Server: gunicorn, gunicorn.conf.py ({k['pekerja']} sync workers), on 127.0.0.1",
        f"- Load: {k['klien']} connections for {k['durasi']} s, four wrk processes at once "
        f"({k['bagi']}); a request counts as timed out after {k['batas_respons']} s",
        "- Machine: " + "; ".join(f"{n} {v}" for n, v in k["mesin"].items()),
        "",
        "| group | clients | paths | requests | req/s | p50 ms | p99 ms | 4xx/5xx | socket err. |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for nama, r in k["hasil"].items():
        baris.append(
            f"| {nama} | {r['klien']} | {len(k['jalur'][nama])} | {r['permintaan']} | "
            f"{r['rps']:.1f} | {produksi._fmt(r['p50'])} | {produksi._fmt(r['p99'])} | "
            f"{r['bukan_2xx']} | {r['galat_soket']} |"
        )
    baris += [
        f"| **all** | {k['klien']} | | {k['total']} | {k['rps_total']:.1f} | | | "
        f"{k['bukan_2xx']} | {k['galat_soket']} |",
        "",
        f"gunicorn log: {k['galat_log']} error lines. Result: **{k['putusan']}**.",
        "",
        "Paths:",
        "",
        *(f"- {nama}: " + ", ".join(f"`{j}`" for j in jalur) for nama, jalur in k["jalur"].items()),
        "",
    ]
    return "\n".join(baris)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--berita", type=int, default=20_000, help="berita in the site")
    parser.add_argument("--dokumen", type=int, default=3_000, help="dokumen in the site")
    parser.add_argument("--galeri", type=int, default=500, help="galleries in the site")
    parser.add_argument("--gambar", type=int, default=50, help="distinct images reused")
    parser.add_argument("--klien", type=int, default=50, help="concurrent connections in all")
    parser.add_argument("--durasi", type=int, default=60, help="seconds of the load")
    parser.add_argument(
        "--batas-respons", type=int, default=10, help="seconds before a request times out"
    )
    parser.add_argument(
        "--tunggu-sepi", type=int, default=60, help="seconds to wait for a quiet machine first"
    )
    parser.add_argument("--tenggat", type=int, default=1800, help="seconds for the whole run")
    parser.add_argument(
        "--basis-data",
        default="portal_bench_beban",
        help="PostgreSQL database to create and drop (name must contain 'bench')",
    )
    parser.add_argument("--redis-db", type=int, default=12, help="Redis database number")
    parser.add_argument("--laporan", type=Path, help="write the Markdown report here")
    parser.add_argument("--ketat", action="store_true", help="exit 1 when there were errors")
    args = parser.parse_args(argv)

    if "bench" not in args.basis_data or not re.fullmatch(r"[a-z_][a-z0-9_]*", args.basis_data):
        sys.exit("--basis-data harus nama sederhana yang memuat 'bench' (ia dibuat dan dihapus).")
    if args.klien < len(GRUP):
        sys.exit(f"--klien minimal {len(GRUP)} (satu per kelompok halaman).")
    for syarat, cara in (
        (produksi.WRK.exists(), "apt-get install wrk"),
        (produksi.GUNICORN.exists(), "pip install -r requirements.txt"),
    ):
        if not syarat:
            sys.exit(f"Alat belum ada: {cara}")

    tenggat = produksi.Tenggat(args.tenggat)
    cetak = produksi.cetak

    @contextlib.contextmanager
    def catat(langkah):
        tenggat.periksa(langkah)
        cetak(f"{langkah} …")
        mulai = time.monotonic()
        yield
        cetak(f"{langkah}: {time.monotonic() - mulai:.1f} s")

    produksi._periksa_redis(args.redis_db)
    signal.signal(signal.SIGTERM, produksi._henti)
    signal.signal(signal.SIGHUP, produksi._henti)
    server = None
    bagi = _bagi_klien(args.klien, len(GRUP))
    with tempfile.TemporaryDirectory(prefix="portal-beban-") as folder:
        sementara = Path(folder)
        lingkungan = produksi._lingkungan(args, sementara)
        buat_basis_data(args.basis_data)
        try:
            produksi._kosongkan_redis(args.redis_db)
            produksi._siapkan_django()
            produksi._isi_struktur(catat)
            ukuran = produksi._Pengisi(args.gambar).isi_sampai(
                args.berita, args.dokumen, args.galeri, catat
            )
            jalur = _jalur_grup()
            mesin = produksi._fakta_mesin(args.redis_db)
            from django.db import connections

            connections.close_all()

            log = sementara / "gunicorn-beban.log"
            server = produksi.Server("beban", log, lingkungan, args.basis_data)
            for nama in GRUP:  # every path answers, and the page cache is primed
                for j in jalur[nama]:
                    status, _h, _isi = produksi._ambil(server.asal + j, batas_waktu=120)
                    if status != 200:
                        raise RuntimeError(f"{j} menjawab {status} sebelum uji beban")
            produksi._tunggu_sepi(server, args.tunggu_sepi)
            cetak(
                f"{args.klien} klien selama {args.durasi} s ({dict(zip(GRUP, bagi, strict=True))})"
            )
            with ThreadPoolExecutor(len(GRUP)) as pelaksana:
                berjalan = {
                    nama: pelaksana.submit(
                        produksi.jalankan_wrk,
                        server.asal + "/",
                        1,
                        klien,
                        args.durasi,
                        args.batas_respons,
                        tenggat,
                        _skrip_lua(jalur[nama], sementara / f"{nama}.lua"),
                    )
                    for nama, klien in zip(GRUP, bagi, strict=True)
                }
                hasil = {nama: f.result() for nama, f in berjalan.items()}
            for nama, klien in zip(GRUP, bagi, strict=True):
                hasil[nama]["klien"] = klien
            produksi._tunggu_server_lega(server, tenggat)
            server.berhenti()
            pekerja = server.pekerja
            server = None
            galat_log, contoh_log = _galat_log(log)
        except (produksi.TenggatHabis, RuntimeError, OSError, subprocess.SubprocessError) as g:
            cetak(f"GAGAL: {g}")
            return 2
        finally:
            produksi._bereskan(server)
            hapus_basis_data(args.basis_data)
            produksi._kosongkan_redis(args.redis_db)

    total = sum(r["permintaan"] for r in hasil.values())
    bukan_2xx = sum(r["bukan_2xx"] for r in hasil.values())
    galat_soket = sum(r["galat_soket"] for r in hasil.values())
    lulus = total > 0 and bukan_2xx == 0 and galat_soket == 0 and galat_log == 0
    cetak("")
    for nama, r in hasil.items():
        cetak(
            f"{nama:<10} {r['klien']:>3} klien  {r['permintaan']:>7} permintaan  "
            f"{r['rps']:8.1f} req/s  p50 {produksi._fmt(r['p50'], '{:8.1f}')} ms  "
            f"p99 {produksi._fmt(r['p99'], '{:8.1f}')} ms  4xx/5xx {r['bukan_2xx']}  "
            f"galat soket {r['galat_soket']}"
        )
    rps_total = sum(r["rps"] for r in hasil.values())
    cetak(f"{'semua':<10} {args.klien:>3} klien  {total:>7} permintaan  {rps_total:8.1f} req/s")
    cetak(f"log gunicorn: {galat_log} baris galat" + "".join(f"\n  {b}" for b in contoh_log))
    putusan = "zero errors" if lulus else "ERRORS"
    cetak(f"[{'OK' if lulus else 'X '}] {putusan}")
    if args.laporan:
        perintah = " ".join(
            [
                ".venv/bin/python",
                "benchmarks/beban.py",
                *(argv if argv is not None else sys.argv[1:]),
            ]
        )
        args.laporan.parent.mkdir(parents=True, exist_ok=True)
        args.laporan.write_text(
            _markdown(
                {
                    "tanggal": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
                    "perintah": perintah,
                    "ukuran": ukuran,
                    "pekerja": pekerja,
                    "klien": args.klien,
                    "durasi": args.durasi,
                    "bagi": " + ".join(map(str, bagi)),
                    "batas_respons": args.batas_respons,
                    "mesin": mesin,
                    "hasil": hasil,
                    "jalur": jalur,
                    "total": total,
                    "rps_total": rps_total,
                    "bukan_2xx": bukan_2xx,
                    "galat_soket": galat_soket,
                    "galat_log": galat_log,
                    "putusan": putusan,
                }
            ),
            encoding="utf-8",
        )
        cetak(f"laporan: {args.laporan}")
    return 0 if lulus or not args.ketat else 1


if __name__ == "__main__":
    sys.exit(main())
