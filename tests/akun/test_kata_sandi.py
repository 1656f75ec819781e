"""Passwords of at least 12 characters in the admin's user forms, an eight-hour session that
ends with the browser, and a password reset that answers the same for unknown addresses."""

import datetime
import re

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests.akun.conftest import SANDI_UJI, masuk

pytestmark = pytest.mark.django_db

SANDI_11 = "Ab3$kd9!Qw1"  # 11 characters, neither common nor numeric
PESAN_PENDEK = "Kata sandi terlalu pendek. Harus mengandung setidaknya 12 karakter."


def test_tambah_pengguna_dengan_sandi_sebelas_karakter_ditolak(client, admin_portal):
    client.force_login(admin_portal)
    respons = client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "baru1",
            "email": "baru1@kaltimprov.go.id",
            "first_name": "Pengguna",
            "last_name": "Baru",
            "password1": SANDI_11,
            "password2": SANDI_11,
        },
    )
    assert respons.status_code == 200
    assert PESAN_PENDEK in respons.content.decode()
    assert not get_user_model().objects.filter(username="baru1").exists()


def test_ganti_sandi_sebelas_karakter_ditolak(client, editor):
    client.force_login(editor)
    respons = client.post(
        reverse("wagtailadmin_account"),
        {
            "name_email-first_name": "Editor",
            "name_email-last_name": "Satu",
            "name_email-email": editor.email,
            "password-old_password": SANDI_UJI,
            "password-new_password1": SANDI_11,
            "password-new_password2": SANDI_11,
        },
    )
    assert respons.status_code == 200
    assert PESAN_PENDEK in respons.content.decode()
    editor.refresh_from_db()
    assert editor.check_password(SANDI_UJI)


def test_sesi_berakhir_saat_peramban_ditutup_dan_setelah_delapan_jam(client, editor):
    mulai = datetime.datetime(2026, 3, 3, 0, 0, tzinfo=datetime.UTC)
    with time_machine.travel(mulai, tick=False) as waktu:
        respons = masuk(client, "editor1")
        kuki = respons.cookies["sessionid"]
        assert not kuki["max-age"] and not kuki["expires"]  # a browser-session cookie
        assert client.session.get_expiry_age() == 8 * 60 * 60
        waktu.shift(datetime.timedelta(hours=7, minutes=59))
        assert client.get("/admin/").status_code == 200
        waktu.shift(datetime.timedelta(hours=8, minutes=1))
        respons = client.get("/admin/")
        assert respons.status_code == 302
        assert respons["Location"].startswith(reverse("wagtailadmin_login"))


def test_ingat_saya_tetap_dibatasi_delapan_jam(client, editor):
    respons = masuk(client, "editor1", remember="on")
    assert int(respons.cookies["sessionid"]["max-age"]) == 8 * 60 * 60


def _tanpa_csrf(isi):
    isi = re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", isi)
    return re.sub(rb'"CSRF_TOKEN": "[^"]+"', b"", isi)  # the admin's wagtail-config JSON


def test_reset_sandi_sama_untuk_email_dikenal_dan_tidak(client, editor):
    url = reverse("wagtailadmin_password_reset")
    dikenal = client.post(url, {"email": editor.email})
    tak_dikenal = client.post(url, {"email": "tidak-ada@kaltimprov.go.id"})
    assert dikenal.status_code == tak_dikenal.status_code == 302
    assert dikenal["Location"] == tak_dikenal["Location"]
    assert _tanpa_csrf(dikenal.content) == _tanpa_csrf(tak_dikenal.content)
    assert _tanpa_csrf(client.get(dikenal["Location"]).content) == _tanpa_csrf(
        client.get(tak_dikenal["Location"]).content
    )
    assert [m.to for m in mail.outbox] == [[editor.email]]
