"""`manage.py restore <file.tar.gz>`: replace the database and the media by a backup made
with `manage.py backup` (portal/ketahanan/cadangan.py). Destructive: asks first unless
--no-input."""

from django.core.management.base import BaseCommand, CommandError

from portal.ketahanan.cadangan import CadanganTidakSah, pulihkan_cadangan


class Command(BaseCommand):
    help = (
        "Memulihkan basis data dan media portal dari arsip `backup`. Isi basis data yang ada "
        "dihapus lebih dahulu."
    )

    def add_arguments(self, parser):
        parser.add_argument("berkas", help="Arsip cadangan (.tar.gz).")
        parser.add_argument(
            "--no-input", "--noinput", action="store_false", dest="interactive",
            help="Jangan meminta konfirmasi.",
        )  # fmt: skip

    def handle(self, *args, berkas, interactive=True, **options):
        if interactive:
            jawaban = input(
                "Seluruh isi basis data dan berkas media dengan nama yang sama akan diganti "
                "oleh cadangan. Ketik 'ya' untuk melanjutkan: "
            )
            if jawaban.strip().lower() != "ya":
                raise CommandError("Pemulihan dibatalkan.")
        try:
            manifest = pulihkan_cadangan(berkas)
        except (CadanganTidakSah, FileNotFoundError) as galat:
            raise CommandError(str(galat)) from galat
        self.stdout.write(
            f"Dipulihkan dari {berkas} (dibuat {manifest['dibuat']}, "
            f"dari {manifest['basis_data']}): {manifest['baris']} baris, "
            f"{len(manifest['media'])} berkas media."
        )
