"""Lockout (django-axes) on the Wagtail admin login, through HTTP: five wrong passwords for a
username from one address lock that pair; the sixth try fails even with the right password."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from tests.akun.conftest import masuk

pytestmark = pytest.mark.django_db

PESAN_KUNCI = "Terlalu banyak percobaan masuk yang gagal"


def _gagal_lima_kali(client, username, alamat="10.1.1.1"):
    for _ in range(5):
        masuk(client, username, "sandi-yang-salah-sekali", alamat=alamat)


def test_percobaan_keenam_ditolak_walau_sandi_benar(client, editor):
    for _ in range(4):
        respons = masuk(client, "editor1", "sandi-yang-salah-sekali")
        assert respons.status_code == 200
        assert PESAN_KUNCI not in respons.content.decode()
    respons = masuk(client, "editor1", "sandi-yang-salah-sekali")
    assert respons.status_code == 429

    respons = masuk(client, "editor1")
    assert respons.status_code == 429
    isi = respons.content.decode()
    assert PESAN_KUNCI in isi and "30 menit" in isi
    assert 'name="password"' not in isi
    assert "_auth_user_id" not in client.session


def test_pengguna_lain_dari_alamat_sama_tetap_bisa_masuk(client, editor, pejabat):
    _gagal_lima_kali(client, "editor1")
    respons = masuk(client, "pejabat1")
    assert respons.status_code == 302
    assert respons["Location"] == reverse("wagtailadmin_home")


def test_pengguna_sama_dari_alamat_lain_tetap_bisa_masuk(client, editor):
    _gagal_lima_kali(client, "editor1", alamat="10.1.1.1")
    respons = masuk(client, "editor1", alamat="10.2.2.2")
    assert respons.status_code == 302


def test_kunci_terbuka_setelah_tiga_puluh_menit(client, editor):
    mulai = datetime.datetime(2026, 3, 3, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(mulai, tick=False) as waktu:
        _gagal_lima_kali(client, "editor1")
        assert masuk(client, "editor1").status_code == 429
        waktu.shift(datetime.timedelta(minutes=31))
        assert masuk(client, "editor1").status_code == 302


def test_login_berhasil_mengosongkan_hitungan_gagal(client, editor):
    for _ in range(4):
        masuk(client, "editor1", "sandi-yang-salah-sekali")
    assert masuk(client, "editor1").status_code == 302
    client.logout()
    for _ in range(4):
        masuk(client, "editor1", "sandi-yang-salah-sekali")
    assert masuk(client, "editor1").status_code == 302
