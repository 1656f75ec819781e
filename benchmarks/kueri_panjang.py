"""How long a 50,000-character search query takes to answer (issue 8, point 6).

    .venv/bin/python benchmarks/kueri_panjang.py [--postgresql] [--ulang 5]

On the demo site (migrate, `setup_portal`, the demo content) in a throwaway database (SQLite
in a temporary folder, or with --postgresql the database --basis-data on 127.0.0.1:5432,
dropped at the end), through Django's test client in this process: every hostile query shape
of tests/masukan (the public search page) and of tests/akses (every search box of the admin,
signed in as a superuser) is sent --ulang times after one warm-up request; the median and the
slowest answer per shape are printed. The tests check that each answer is a correct page; this
script gives the time. Target: every answer under one second. Exit code 1 when it is missed
with --ketat.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from basis_data import HOST_PG, PORT_PG, buat_basis_data, hapus_basis_data

AKAR = Path(__file__).resolve().parent.parent
BATAS_DETIK = 1.0


def _siapkan(url_basis_data):
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    os.environ["DATABASE_URL"] = url_basis_data
    sys.path.insert(0, str(AKAR))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    from portal.demo.seeding import semai_demo
    from portal.situs.penyiapan import siapkan_portal

    setup_test_environment()  # the test client's hosts and in-memory mail
    call_command("migrate", verbosity=0, interactive=False)
    siapkan_portal()
    semai_demo()


def _ukur(client, url, kueri, ulang):
    """Seconds of each of `ulang` requests (status checked), after one warm-up request."""
    client.get(url, {"q": "banjir"})
    lama = []
    for _ in range(ulang):
        mulai = time.perf_counter()
        respons = client.get(url, {"q": kueri})
        lama.append(time.perf_counter() - mulai)
        if respons.status_code != 200:
            raise RuntimeError(f"{url} menjawab {respons.status_code}")
    return lama


def _jalankan(ulang):
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    from tests.akses.test_advisori_wagtail import CARI_ADMIN, KUERI_GANJIL
    from tests.masukan.test_masukan_publik import KUERI_PANJANG

    hasil = []
    publik = Client()
    for bentuk, kueri in KUERI_PANJANG.items():
        hasil.append(("/cari/", bentuk, len(kueri), _ukur(publik, "/cari/", kueri, ulang)))
    admin = get_user_model().objects.create_superuser("bench-kueri", "bench@example.invalid")
    klien_admin = Client()
    klien_admin.force_login(admin)
    for nama_url in CARI_ADMIN:
        url = reverse(nama_url)
        for bentuk, kueri in KUERI_GANJIL.items():
            hasil.append((nama_url, bentuk, len(kueri), _ukur(klien_admin, url, kueri, ulang)))
    return hasil


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postgresql", action="store_true", help="PostgreSQL, not SQLite")
    parser.add_argument(
        "--basis-data", default="portal_bench_kueri", help="PostgreSQL database to create and drop"
    )
    parser.add_argument("--ulang", type=int, default=5, help="timed requests per query shape")
    parser.add_argument("--ketat", action="store_true", help="exit 1 when the target is missed")
    args = parser.parse_args(argv)
    if "bench" not in args.basis_data:
        sys.exit("--basis-data harus memuat 'bench' (ia dibuat dan dihapus).")

    with tempfile.TemporaryDirectory(prefix="portal-kueri-") as folder:
        if args.postgresql:
            buat_basis_data(args.basis_data)
            url = f"postgres://postgres@{HOST_PG}:{PORT_PG}/{args.basis_data}"
        else:
            url = f"sqlite:///{folder}/kueri.sqlite3"
        try:
            _siapkan(url)
            hasil = _jalankan(args.ulang)
        finally:
            if args.postgresql:
                from django.db import connections

                connections.close_all()
                hapus_basis_data(args.basis_data)

    mesin = "PostgreSQL" if args.postgresql else "SQLite"
    print(f"{mesin}, {args.ulang} permintaan per bentuk kueri (setelah satu pemanasan)")
    print(f"{'halaman':<45} {'bentuk':<16} {'karakter':>8} {'median ms':>10} {'maks ms':>9}")
    for url, bentuk, panjang, lama in hasil:
        print(
            f"{url:<45} {bentuk:<16} {panjang:>8} {statistics.median(lama) * 1000:>10.0f} "
            f"{max(lama) * 1000:>9.0f}"
        )
    terlama = max(max(lama) for *_x, lama in hasil)
    lulus = terlama < BATAS_DETIK
    print(
        f"[{'OK' if lulus else 'X '}] setiap jawaban di bawah 1 s (terlama {terlama * 1000:.0f} ms)"
    )
    return 0 if lulus or not args.ketat else 1


if __name__ == "__main__":
    sys.exit(main())
