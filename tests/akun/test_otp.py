"""TOTP for Editor, Pejabat and administrators, through HTTP: password → code (or enrolment) →
admin; until the code is given every admin URL leads to the code page."""

import datetime
import importlib

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from tests.akun.conftest import kode_sekarang, masuk, pasang_perangkat
from tests.moderasi.conftest import data_isi

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("otp_wajib")]


def _edit(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def _ke_halaman_kode(respons, tujuan=None):
    if respons.status_code != 302:
        return False
    lokasi = respons["Location"]
    return lokasi.startswith(reverse("akun_otp_kode")) and (tujuan is None or tujuan in lokasi)


def test_login_kode_lalu_sunting_halaman(client, editor, draf, jam):
    perangkat = pasang_perangkat(editor)
    respons = masuk(client, "editor1", next=_edit(draf))
    assert respons["Location"] == _edit(draf)
    assert _ke_halaman_kode(client.get(_edit(draf)), tujuan="next=")

    respons = client.post(
        reverse("akun_otp_kode"), {"kode": kode_sekarang(perangkat), "next": _edit(draf)}
    )
    assert respons.status_code == 302 and respons["Location"] == _edit(draf)

    html = client.get(_edit(draf)).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    data.update(data_isi(html))
    data["title"] = "Banjir Rob di Pesisir Balikpapan Sudah Surut"
    respons = client.post(_edit(draf), data)
    assert respons.status_code == 302
    terbaru = Page.objects.get(pk=draf.pk).get_latest_revision_as_object()
    assert terbaru.title == "Banjir Rob di Pesisir Balikpapan Sudah Surut"


def test_tanpa_kode_sunting_halaman_ditolak(client, editor, draf, jam):
    pasang_perangkat(editor)
    masuk(client, "editor1")
    jumlah_revisi = draf.revisions.count()
    ubahan = {"title": "Diubah tanpa kode OTP", "slug": draf.slug}
    respons = client.post(_edit(draf), ubahan)
    assert _ke_halaman_kode(respons)
    assert draf.revisions.count() == jumlah_revisi
    assert Page.objects.get(pk=draf.pk).get_latest_revision_as_object().title != ubahan["title"]


@pytest.mark.parametrize(
    "url",
    [
        "/admin/",
        "/admin/pages/",
        "/admin/api/main/pages/",
        "/admin/choose-page/",
        "/admin/images/chooser/",
        "/admin/documents/chooser/",
        "/admin/users/",
        "/admin/account/",
    ],
)
def test_semua_url_admin_menuju_halaman_kode_sebelum_verifikasi(client, editor, url, jam):
    pasang_perangkat(editor)
    masuk(client, "editor1")
    assert _ke_halaman_kode(client.get(url))


def test_pratinjau_dan_draf_menuju_halaman_kode(client, editor, draf, jam):
    pasang_perangkat(editor)
    masuk(client, "editor1")
    assert _ke_halaman_kode(client.get(reverse("wagtailadmin_pages:view_draft", args=[draf.pk])))
    assert _ke_halaman_kode(client.get(_edit(draf) + "preview/"))


def test_kode_salah_ditolak_dengan_pesan(client, editor, jam):
    pasang_perangkat(editor)
    masuk(client, "editor1")
    respons = client.post(reverse("akun_otp_kode"), {"kode": "000000"})
    assert respons.status_code == 200
    assert "Kode salah atau sudah kedaluwarsa" in respons.content.decode()
    assert _ke_halaman_kode(client.get("/admin/"))


def test_pendaftaran_autentikator_saat_belum_punya_perangkat(client, pejabat, jam):
    respons = masuk(client, "pejabat1")
    respons = client.get(respons["Location"])
    assert respons.status_code == 302
    assert respons["Location"].startswith(reverse("akun_otp_daftar"))

    halaman = client.get(respons["Location"])
    isi = halaman.content.decode()
    assert halaman.status_code == 200
    assert "<svg" in isi and "<script" not in isi.split("<svg", 1)[1].split("</svg>", 1)[0]
    perangkat = TOTPDevice.objects.get(user=pejabat, confirmed=False)
    assert halaman.context["rahasia"].replace(" ", "") in isi.replace(" ", "")
    # A reload keeps the same pending secret.
    client.get(reverse("akun_otp_daftar"))
    assert TOTPDevice.objects.filter(user=pejabat).count() == 1

    assert client.post(reverse("akun_otp_daftar"), {"kode": "123456"}).status_code == 200
    jam.shift(datetime.timedelta(seconds=5))  # past django-otp's delay after a wrong code
    respons = client.post(reverse("akun_otp_daftar"), {"kode": kode_sekarang(perangkat)})
    assert respons.status_code == 302
    perangkat.refresh_from_db()
    assert perangkat.confirmed
    assert client.get("/admin/").status_code == 200


def test_yang_punya_perangkat_tidak_bisa_mendaftarkan_perangkat_baru(client, editor, jam):
    pasang_perangkat(editor)
    masuk(client, "editor1")
    assert _ke_halaman_kode(client.get(reverse("akun_otp_daftar")))
    assert TOTPDevice.objects.filter(user=editor).count() == 1


def test_superuser_wajib_otp(client, admin_portal, jam):
    masuk(client, "admin1")
    assert client.get("/admin/")["Location"].startswith(reverse("akun_otp_daftar"))


def test_petugas_tanpa_perangkat_boleh_tanpa_otp(client, petugas, jam):
    masuk(client, "petugas1")
    assert client.get("/admin/").status_code == 200


def test_petugas_yang_memasang_perangkat_wajib_kode(client, petugas, jam):
    pasang_perangkat(petugas)
    masuk(client, "petugas1")
    assert _ke_halaman_kode(client.get("/admin/"))


def test_di_luar_admin_sesi_belum_terverifikasi_dianggap_tamu(client, editor, beranda, jam):
    from django.contrib.auth import get_user

    pasang_perangkat(editor)
    masuk(client, "editor1")
    respons = client.get("/")
    assert respons.status_code == 200
    assert not respons.wsgi_request.user.is_authenticated
    assert get_user(respons.wsgi_request).is_authenticated  # still signed in for the admin


def test_otp_wajib_aktif_di_produksi_dan_pengembangan(monkeypatch):
    monkeypatch.setenv("DJANGO_SECRET_KEY", "uji-rahasia-produksi-yang-panjang")
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "kaltimprov.go.id")
    for nama in ("portal.settings.base", "portal.settings.dev", "portal.settings.production"):
        modul = importlib.import_module(nama)
        assert importlib.reload(modul).PORTAL_OTP_WAJIB is True, nama
