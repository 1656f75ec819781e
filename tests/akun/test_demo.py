"""The demo accounts still get into the admin with OTP on: seed_demo gives the accounts that
need a code an authenticator with the printed secret, and `kode_otp` prints the current code
(development only)."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.akun.otp import rahasia_base32
from portal.demo.referensi import KUNCI_OTP_DEMO, PENGGUNA
from tests.akun.conftest import masuk

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("otp_wajib")]

SANDI = {p.username: p.password for p in PENGGUNA}


@pytest.fixture(scope="module")
def keluaran_demo(django_db_setup, django_db_blocker):
    """What `seed_demo --kecil` prints, seeded once for the module inside a transaction rolled
    back after its last test."""
    with django_db_blocker.unblock(), transaction.atomic():
        keluaran = io.StringIO()
        call_command("seed_demo", "--force", "--kecil", stdout=keluaran, stderr=io.StringIO())
        yield keluaran.getvalue()
        transaction.set_rollback(True)


def test_akun_demo_masuk_dengan_kode_dari_kode_otp(client, keluaran_demo, settings):
    assert rahasia_base32(KUNCI_OTP_DEMO) in keluaran_demo
    assert "kode_otp" in keluaran_demo
    settings.DEBUG = True
    with time_machine.travel(datetime.datetime(2026, 3, 3, 2, 0, tzinfo=datetime.UTC), tick=False):
        for username in ("admin", "editor", "pejabat"):
            client.logout()
            masuk(client, username, SANDI[username])
            assert client.get("/admin/")["Location"].startswith(reverse("akun_otp_kode"))
            kode = io.StringIO()
            call_command("kode_otp", username, stdout=kode)
            respons = client.post(reverse("akun_otp_kode"), {"kode": kode.getvalue().strip()})
            assert respons.status_code == 302, username
            assert client.get("/admin/").status_code == 200, username


def test_kode_otp_ditolak_tanpa_debug(keluaran_demo, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("kode_otp", "editor", stdout=io.StringIO())


def test_rahasia_demo_cocok_dengan_aplikasi_autentikator(keluaran_demo):
    perangkat = TOTPDevice.objects.get(user__username="editor")
    assert perangkat.confirmed and perangkat.key == KUNCI_OTP_DEMO
    # An authenticator app fed the printed base32 secret computes the same codes.
    from base64 import b32decode

    kunci = b32decode(rahasia_base32(KUNCI_OTP_DEMO).replace(" ", ""))
    assert TOTP(kunci).token() == TOTP(perangkat.bin_key).token()
    assert not TOTPDevice.objects.filter(user__username="petugas").exists()
