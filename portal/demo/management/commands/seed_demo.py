from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from portal.akun.otp import GRUP_WAJIB_OTP, rahasia_base32
from portal.demo.referensi import KUNCI_OTP_DEMO
from portal.demo.seeding import VOLUME_KECIL, VOLUME_PENUH, semai_demo


class Command(BaseCommand):
    help = (
        "Mengisi portal dengan konten dan akun demo (aman dijalankan berulang kali: yang sudah "
        "ada tidak diubah). Menjalankan setup_portal terlebih dahulu."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--kecil",
            action="store_true",
            help="Sedikit konten dengan gambar kecil, untuk uji coba cepat.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Jalankan walau DEBUG mati. Akun demo memakai kata sandi yang diketahui umum: "
            "jangan dipakai di produksi.",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "DEBUG mati: ini tampaknya bukan lingkungan pengembangan. Akun demo memakai kata "
                "sandi yang diketahui umum; tambahkan --force bila memang disengaja."
            )
        call_command("setup_portal", stdout=self.stdout, stderr=self.stderr)
        hasil = semai_demo(VOLUME_KECIL if options["kecil"] else VOLUME_PENUH)

        if hasil.ada_yang_dibuat:
            rincian = ", ".join(f"{jumlah} {nama}" for nama, jumlah in hasil.dibuat.items())
            self.stdout.write(self.style.SUCCESS(f"Data demo dibuat: {rincian}."))
        else:
            self.stdout.write(
                self.style.SUCCESS("Data demo sudah lengkap: tidak ada yang dibuat atau diubah.")
            )

        self.stdout.write("\nAkun demo (hanya untuk lingkungan demo):")
        baris = [("Nama pengguna", "Kata sandi", "Peran")] + [
            (p.username, p.password, p.peran) for p in hasil.pengguna
        ]
        lebar = [max(len(b[kolom]) for b in baris) for kolom in range(2)]
        for nama, sandi, peran in baris:
            self.stdout.write(f"  {nama:<{lebar[0]}}  {sandi:<{lebar[1]}}  {peran}")
        wajib = ", ".join(
            p.username for p in hasil.pengguna if p.is_superuser or p.grup in GRUP_WAJIB_OTP
        )
        self.stdout.write(
            f"\nKode sekali pakai (OTP) wajib untuk {wajib}. Kunci TOTP demo untuk aplikasi "
            f"autentikator: {rahasia_base32(KUNCI_OTP_DEMO)}\n"
            "atau kode saat ini: python manage.py kode_otp <nama pengguna>"
        )
        self.stdout.write(f"\nAdmin: {settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/")
