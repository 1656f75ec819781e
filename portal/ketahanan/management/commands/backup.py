"""`manage.py backup <file.tar.gz>`: the database and the media in one archive
(portal/ketahanan/cadangan.py describes the format and the choices)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.ketahanan.cadangan import buat_cadangan


class Command(BaseCommand):
    help = "Mencadangkan basis data dan media portal ke satu arsip .tar.gz."

    def add_arguments(self, parser):
        parser.add_argument(
            "berkas", help="Arsip tujuan (.tar.gz), atau folder untuk nama bertanggal."
        )

    def handle(self, *args, berkas, **options):
        from django.utils import timezone

        tujuan = Path(berkas)
        if tujuan.is_dir():
            tujuan = tujuan / f"portal-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
        if tujuan.exists():
            raise CommandError(f"{tujuan} sudah ada; pilih nama lain.")
        manifest = buat_cadangan(tujuan)
        self.stdout.write(
            f"Cadangan {tujuan}: {manifest['baris']} baris basis data, "
            f"{len(manifest['media'])} berkas media."
        )
