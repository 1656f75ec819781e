"""PostgreSQL restarted under load (issue 8, point 7): visitors get the 503 page with
`Retry-After`, never a 500 or a traceback, and the portal recovers by itself.

A private PostgreSQL 15 cluster (tests/ketahanan/layanan.py) holds the site; a gunicorn with
the production settings (DEBUG off, persistent connections with health checks) serves it with
the page cache off, so every request needs the database. A client thread keeps requesting the
home page and the berita index while the test stops the cluster ("fast": open sessions are cut,
as in a restart or failover), waits until the client has been answered while it is down, and
starts it again.
"""

import threading
import time
from dataclasses import dataclass

import pytest

from tests.conftest import butuh_layanan
from tests.ketahanan.layanan import (
    KlasterPostgreSQL,
    ServerGunicorn,
    alasan_tanpa_postgresql,
    ambil,
    lingkungan_produksi,
    siapkan_situs,
    tunggu,
)

pytestmark = pytest.mark.service("postgresql")

JALUR = ["/", "/berita/"]
# Recovery is by the next request's fresh connection: well within this.
BATAS_PULIH_DETIK = 15


@dataclass
class Jawaban:
    saat: float
    jalur: str
    status: int | None
    retry_after: str | None = None
    isi: bytes = b""
    galat: str = ""


class KlienBeruntun(threading.Thread):
    """GETs the paths in turn, as fast as the server answers, until stopped."""

    def __init__(self, asal):
        super().__init__(daemon=True)
        self.asal = asal
        self.jawaban = []
        self.berhenti = threading.Event()

    def run(self):
        nomor = 0
        while not self.berhenti.is_set():
            jalur = JALUR[nomor % len(JALUR)]
            nomor += 1
            try:
                status, header, isi = ambil(self.asal + jalur, batas_detik=10)
                self.jawaban.append(
                    Jawaban(time.monotonic(), jalur, status, header.get("Retry-After"), isi)
                )
            except OSError as galat:
                self.jawaban.append(Jawaban(time.monotonic(), jalur, None, galat=repr(galat)))

    def sejak(self, saat):
        return [j for j in self.jawaban if j.saat >= saat]


@pytest.fixture(scope="module")
def portal_di_klaster(tmp_path_factory):
    alasan = alasan_tanpa_postgresql()
    butuh_layanan(alasan is None, alasan or "")
    folder = tmp_path_factory.mktemp("pg-mulai-ulang")
    klaster = KlasterPostgreSQL()
    server = None
    try:
        klaster.mulai()
        klaster.buat_basis_data("portal")
        lingkungan = lingkungan_produksi(
            klaster.url("portal"), folder, PORTAL_CACHE_HALAMAN_AKTIF="false"
        )
        siapkan_situs(lingkungan)
        server = ServerGunicorn(lingkungan, folder / "gunicorn.log")
        yield klaster, server, folder / "gunicorn.log"
    finally:
        if server is not None:
            server.berhenti()
        klaster.hapus()


def test_postgresql_dimulai_ulang_saat_dibebani_memberi_503_lalu_pulih_sendiri(
    portal_di_klaster,
):
    klaster, server, log = portal_di_klaster
    klien = KlienBeruntun(server.asal)
    klien.start()
    try:
        tunggu(lambda: sum(j.status == 200 for j in klien.jawaban) >= 10, 60, "tidak ada 200")
        henti = time.monotonic()
        klaster.berhenti()
        tunggu(
            lambda: sum(j.status == 503 for j in klien.sejak(henti)) >= 5,
            30,
            "tidak ada jawaban 503 selama PostgreSQL mati",
        )
        mulai = time.monotonic()
        klaster.mulai()
        tunggu(
            lambda: sum(j.status == 200 for j in klien.sejak(mulai)) >= 10,
            BATAS_PULIH_DETIK,
            f"portal tidak pulih dalam {BATAS_PULIH_DETIK} detik setelah PostgreSQL hidup",
        )
    finally:
        klien.berhenti.set()
        klien.join(timeout=15)

    status = {j.status for j in klien.jawaban}
    lain = [j for j in klien.jawaban if j.status not in (200, 503)]
    assert status <= {200, 503}, [(j.jalur, j.status, j.galat, j.isi[:300]) for j in lain]
    gangguan = [j for j in klien.jawaban if j.status == 503]
    for jawaban in gangguan:
        assert jawaban.retry_after == "10"
        assert b"Layanan sementara tidak tersedia" in jawaban.isi
        assert b"Traceback" not in jawaban.isi
        assert b"OperationalError" not in jawaban.isi
    # Once a request has succeeded after the start, none fails again: the old connections
    # are not reused broken.
    pulih = next(j.saat for j in klien.sejak(mulai) if j.status == 200)
    assert all(j.status == 200 for j in klien.sejak(pulih))
    # The workers survived: no worker was killed for a timeout or restarted by a crash.
    teks_log = log.read_text(errors="replace")
    assert "WORKER TIMEOUT" not in teks_log
    assert "Worker exiting" not in teks_log
