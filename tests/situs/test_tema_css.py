"""The agency colour as a stylesheet: no inline style, so a strict CSP stays possible."""

import pytest
from django.urls import reverse

from portal.core.models import PengaturanSitus
from portal.core.views import KONTRAS_MINIMUM, kontras_dengan_putih, warna_tema

pytestmark = pytest.mark.django_db


def atur_warna(warna):
    pengaturan = PengaturanSitus.load()
    pengaturan.warna_utama = warna
    pengaturan.save()


def test_url_tema_di_luar_awalan_bahasa():
    assert reverse("tema_css") == "/tema.css"


def test_tema_css_memuat_warna_pengaturan(client, beranda):
    atur_warna("#1A5E20")
    r = client.get("/tema.css")
    assert r.status_code == 200
    assert r["Content-Type"] == "text/css; charset=utf-8"
    css = r.content.decode()
    assert css.startswith(":root{--warna-utama:#1a5e20;--warna-utama-gelap:#")
    assert "max-age=300" in r["Cache-Control"]


def test_tema_css_berversi_disimpan_setahun_dan_etag(client, beranda):
    atur_warna("#1A5E20")
    r = client.get("/tema.css?v=1a5e20")
    assert "max-age=31536000" in r["Cache-Control"]
    assert "immutable" in r["Cache-Control"]
    assert client.get("/tema.css", HTTP_IF_NONE_MATCH=r["ETag"]).status_code == 304
    # A stale version (the colour changed since) is not cached for long.
    assert "max-age=300" in client.get("/tema.css?v=0b5394")["Cache-Control"]


def test_tema_css_hanya_get_dan_head(client, beranda):
    assert client.post("/tema.css").status_code == 405
    assert client.head("/tema.css").status_code == 200


def test_base_menautkan_tema_hanya_bila_warna_berbeda(client, beranda):
    assert "/tema.css" not in client.get("/").content.decode()
    atur_warna("#7B1FA2")
    html = client.get("/").content.decode()
    assert '<link rel="stylesheet" href="/tema.css?v=7b1fa2">' in html
    assert 'style="' not in html and "<style" not in html


@pytest.mark.parametrize("warna", ["#FFFF00", "#FFFFFF", "#8FD14F", "#0B5394", "#000000"])
def test_warna_terang_digelapkan_sampai_kontras_aa(warna):
    utama, gelap = warna_tema(warna)
    assert kontras_dengan_putih(utama) >= KONTRAS_MINIMUM
    assert kontras_dengan_putih(gelap) >= kontras_dengan_putih(utama)


def test_warna_yang_sudah_kontras_tidak_diubah():
    assert warna_tema("#0B5394")[0] == "#0b5394"


@pytest.mark.parametrize("rusak", ["", None, "biru", "#12345", "#GGGGGG", "red;}body{x"])
def test_warna_rusak_memakai_bawaan(rusak):
    assert warna_tema(rusak)[0] == "#0b5394"
