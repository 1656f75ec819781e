"""The scheduler killed mid-run (issue 8, point 7): no half-published page, and the next run
completes the work.

`run_scheduler --once` runs in a subprocess against the test database. The test holds the
audit-log table in EXCLUSIVE mode (reads pass, writes wait): Wagtail's publish writes the
revisions and the page row, sends `published`, and then waits at the audit entry — the last
write of a publication. The test sees, in pg_stat_activity and pg_locks, the scheduler's
backend waiting there with the page row already written in its open transaction, kills the
process with SIGKILL, and releases the table. PostgreSQL rolls the transaction back with the
dead session; the page must be untouched, and a second `--once` publishes it completely.

A real subprocess keeps the real clock: the working-hours calendar of this test database is
opened round the clock (as an administrator can under "Kalender kerja"), so the due revision is
published whatever the hour the suite runs at.
"""

import os
import signal
import subprocess
import sys
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision

from portal.moderasi.penjadwal import LOG_TERBIT
from tests.conftest import butuh_postgresql
from tests.kalender_kerja import buka_sepanjang_waktu
from tests.ketahanan.layanan import tunggu

pytestmark = pytest.mark.service("postgresql")


def _dsn():
    s = connection.settings_dict
    return (
        f"host={s['HOST'] or '127.0.0.1'} port={s['PORT'] or 5432} dbname={s['NAME']} "
        f"user={s['USER'] or 'postgres'}"
    )


def _penjadwal():
    s = connection.settings_dict
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("REDIS_", "AWS_"))},
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": (
            f"postgres://{s['USER'] or 'postgres'}@{s['HOST'] or '127.0.0.1'}:"
            f"{s['PORT'] or 5432}/{s['NAME']}"
        ),
    }
    return subprocess.Popen(  # noqa: S603 - our interpreter and manage.py
        [sys.executable, "manage.py", "run_scheduler", "--once", "--verbosity", "0"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


@pytest.fixture
def pg_saja():
    # Checked before any database is set up, so a skip leaves no flushed tables behind.
    butuh_postgresql("Kunci baris dan tabel PostgreSQL menahan penjadwal di tengah jalan")


@pytest.fixture
def revisi_terjadwal(pg_saja, transactional_db, django_db_serialized_rollback, buat_draf, editor):
    buka_sepanjang_waktu()
    page = buat_draf(title="Jadwal Vaksinasi Campak Kabupaten Kutai Barat")
    lalu = timezone.now() - timedelta(minutes=5)
    page.go_live_at = lalu
    revisi = page.save_revision(user=editor, approved_go_live_at=lalu)
    return page, revisi


def _sesi_penjadwal(koneksi, nama_db):
    """pid of the scheduler backend waiting for the audit-log table, or None."""
    baris = koneksi.execute(
        "SELECT pid FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock' "
        "AND query ILIKE %s",
        [nama_db, "%wagtailcore_pagelogentry%"],
    ).fetchone()
    return baris[0] if baris else None


def test_penjadwal_dibunuh_saat_menerbitkan_tidak_meninggalkan_halaman_setengah_terbit(
    revisi_terjadwal,
):
    import psycopg

    page, revisi = revisi_terjadwal
    nama_db = connection.settings_dict["NAME"]
    with psycopg.connect(_dsn(), autocommit=True) as pengamat, psycopg.connect(_dsn()) as penahan:
        penahan.execute("LOCK TABLE wagtailcore_pagelogentry IN EXCLUSIVE MODE")
        proses = _penjadwal()
        try:
            tunggu(
                lambda: _sesi_penjadwal(pengamat, nama_db) is not None,
                60,
                "penjadwal tidak sampai ke penulisan log audit",
            )
            pid = _sesi_penjadwal(pengamat, nama_db)
            # Mid-publication: the page row is already written in its open transaction.
            ditulis = pengamat.execute(
                "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                "WHERE l.pid = %s AND c.relname = 'wagtailcore_page' "
                "AND l.mode = 'RowExclusiveLock'",
                [pid],
            ).fetchone()[0]
            assert ditulis == 1
            proses.send_signal(signal.SIGKILL)
            proses.wait(timeout=30)
        finally:
            if proses.poll() is None:
                proses.kill()
                proses.wait(timeout=30)
            penahan.rollback()  # releases the table: the orphaned backend ends, rolled back
        tunggu(
            lambda: (
                pengamat.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE pid = %s", [pid]
                ).fetchone()[0]
                == 0
            ),
            30,
            "sesi penjadwal yang dibunuh tidak berakhir",
        )

    page.refresh_from_db()
    revisi.refresh_from_db()
    assert proses.returncode == -signal.SIGKILL
    assert not page.live
    assert page.live_revision_id is None
    assert page.first_published_at is None
    assert revisi.approved_go_live_at is not None
    assert not PageLogEntry.objects.filter(page=page, action=LOG_TERBIT).exists()

    kedua = _penjadwal()
    keluaran, _ = kedua.communicate(timeout=120)
    assert kedua.returncode == 0, keluaran.decode(errors="replace")

    page.refresh_from_db()
    revisi.refresh_from_db()
    assert page.live
    assert page.live_revision_id == revisi.pk
    assert page.first_published_at is not None
    assert revisi.approved_go_live_at is None
    assert not Revision.objects.filter(object_id=str(page.pk), approved_go_live_at__isnull=False)
    assert PageLogEntry.objects.filter(page=page, action=LOG_TERBIT).count() == 1
