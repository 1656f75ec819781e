"""`manage.py run_scheduler`: the portal's scheduler process (DESIGN §3).

Runs a pass (`portal.moderasi.penjadwal.jalankan_satu_putaran`) every `--interval` seconds
until stopped (SIGTERM or SIGINT end it after the current pass); `--once` runs one pass and
exits, non-zero on failure, for cron or a systemd timer. Several copies may run against
PostgreSQL (one holds the lock per pass); against SQLite run exactly one.
"""

import logging
import signal
import threading

from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections

from portal.moderasi.penjadwal import jalankan_satu_putaran

logger = logging.getLogger("portal.moderasi.penjadwal")


class Command(BaseCommand):
    help = (
        "Penjadwal portal: menerbitkan revisi terjadwal dan menarik halaman kedaluwarsa "
        "hanya pada jam kerja, lalu menjalankan pekerjaan berkala lain (pengingat SLA)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Jalankan satu putaran lalu berhenti."
        )
        parser.add_argument(
            "--interval",
            type=int,
            default=30,
            help="Jeda antarputaran dalam detik (bawaan 30; paling lama 60 agar tiap menit).",
        )

    def handle(self, *args, once=False, interval=30, **options):
        self.verbosity = options["verbosity"]
        if not 1 <= interval <= 60:
            raise CommandError("--interval harus antara 1 dan 60 detik.")
        if once:
            try:
                hasil = jalankan_satu_putaran()
            except Exception as galat:
                raise CommandError(f"Putaran penjadwal gagal: {galat}") from galat
            self._laporkan(hasil)
            if hasil.gagal:
                raise CommandError(f"{hasil.gagal} item gagal; lihat log.")
            return

        berhenti = threading.Event()

        def _hentikan(signum, frame):
            berhenti.set()

        signal.signal(signal.SIGTERM, _hentikan)
        signal.signal(signal.SIGINT, _hentikan)
        self.stdout.write(f"Penjadwal berjalan tiap {interval} detik; SIGTERM untuk berhenti.")
        while not berhenti.is_set():
            close_old_connections()
            try:
                self._laporkan(jalankan_satu_putaran())
            except Exception:
                # Keep running: a database restart must not end the scheduler.
                logger.exception("Putaran penjadwal gagal")
            finally:
                close_old_connections()
            berhenti.wait(interval)
        self.stdout.write("Penjadwal berhenti.")

    def _laporkan(self, hasil):
        if not hasil.dijalankan:
            pesan = "Putaran dilewati: salinan penjadwal lain memegang kunci."
        else:
            # What waits is counted in items, after the pass (see HasilPutaran): the queue
            # as "Antrean tayang" shows it, and the due work a closed desk holds back.
            pesan = (
                f"Jam kerja {'buka' if hasil.buka else 'tutup'}: {hasil.terbit} diterbitkan, "
                f"{hasil.ditarik} ditarik, {hasil.gagal} gagal; {hasil.antre} menunggu tayang, "
                f"{hasil.tertunda} jatuh tempo ditahan sampai jam kerja."
            )
        logger.info(pesan)
        if self.verbosity >= 1:
            self.stdout.write(pesan)
