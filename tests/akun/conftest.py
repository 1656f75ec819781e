"""Helpers for the admin-account tests: logging in as a browser does (POST /admin/login/),
and the TOTP code a user's authenticator would show right now."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

SANDI_UJI = "kata-sandi-uji-123"  # tests/conftest.py:_buat_pengguna


def masuk(client, username, password=SANDI_UJI, alamat="10.1.1.1", **data):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password, **data},
        REMOTE_ADDR=alamat,
    )


def kode_sekarang(perangkat):
    perangkat.refresh_from_db()
    p = perangkat
    return f"{TOTP(p.bin_key, p.step, p.t0, p.digits, p.drift).token():06d}"


def pasang_perangkat(user):
    return TOTPDevice.objects.create(user=user, name="Ponsel", confirmed=True)


@pytest.fixture
def otp_wajib(settings):
    settings.PORTAL_OTP_WAJIB = True
    return settings


SAAT = datetime.datetime(2026, 3, 3, 2, 0, tzinfo=datetime.UTC)  # Tuesday 10:00 WITA


@pytest.fixture
def jam():
    with time_machine.travel(SAAT, tick=False) as waktu:
        yield waktu
