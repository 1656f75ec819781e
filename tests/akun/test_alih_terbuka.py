"""Open redirects through `next=` (the class Django's `url_has_allowed_host_and_scheme`
guards): after the password and after the OTP code, a `next` that points off the site —
protocol-relative, absolute, backslash tricks, `javascript:` — lands on the admin instead.
Explicit cases beside the random ones of tests/masukan."""

import pytest
from django.urls import reverse

from tests.akun.conftest import kode_sekarang, masuk, pasang_perangkat

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("otp_wajib")]

TUJUAN_LUAR = [
    "//x.example/",
    "https://x.example/admin/",
    "/\\x.example/",
    "\\\\x.example",
    "/\t/x.example/",
    "javascript:alert(document.domain)",
    "http:x.example",
]


def _di_situs(lokasi):
    """A Location that stays on this site: a path, never a host or a scheme."""
    return lokasi.startswith("/") and not lokasi.startswith(("//", "/\\")) and ":" not in lokasi


@pytest.mark.parametrize("tujuan", TUJUAN_LUAR)
def test_next_ke_luar_situs_diabaikan_setelah_kata_sandi(client, petugas, jam, tujuan):
    respons = masuk(client, "petugas1", next=tujuan)
    assert respons.status_code == 302
    assert _di_situs(respons["Location"]), respons["Location"]


@pytest.mark.parametrize("tujuan", TUJUAN_LUAR)
def test_next_ke_luar_situs_diabaikan_setelah_kode_otp(client, editor, jam, tujuan):
    perangkat = pasang_perangkat(editor)
    masuk(client, "editor1")
    halaman = client.get(reverse("akun_otp_kode"), {"next": tujuan})
    assert tujuan not in halaman.content.decode()  # not carried in the form either
    respons = client.post(
        reverse("akun_otp_kode"), {"kode": kode_sekarang(perangkat), "next": tujuan}
    )
    assert respons.status_code == 302
    assert respons["Location"] == reverse("wagtailadmin_home")
