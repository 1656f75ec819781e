from django.core.management.base import BaseCommand

from portal.situs.penyiapan import siapkan_portal


class Command(BaseCommand):
    help = "Menyiapkan struktur portal (aman dijalankan berulang kali, juga di produksi)."

    def handle(self, *args, **options):
        beranda = siapkan_portal()
        self.stdout.write(self.style.SUCCESS(f"Struktur portal siap: {beranda.title}"))
