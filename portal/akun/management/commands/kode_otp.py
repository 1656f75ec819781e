from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = (
        "Mencetak kode TOTP saat ini dari autentikator pengguna, agar akun demo bisa masuk tanpa "
        "aplikasi autentikator. Hanya berjalan bila DEBUG aktif (lingkungan pengembangan)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        # A code printed on the server bypasses the second factor: never in production.
        if not settings.DEBUG:
            raise CommandError("DEBUG mati: kode_otp hanya untuk lingkungan pengembangan/demo.")
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Pengguna {username!r} tidak ada.")
        perangkat = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if perangkat is None:
            raise CommandError(f"{username} belum memasang autentikator.")
        p = perangkat
        self.stdout.write(
            f"{TOTP(p.bin_key, p.step, p.t0, p.digits, p.drift).token():0{p.digits}d}"
        )
