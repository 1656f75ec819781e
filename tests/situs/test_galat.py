"""Friendly 404 and 500 pages in the site design."""

import pytest
from django.test import Client

from berita.factories import BeritaPageFactory

pytestmark = pytest.mark.django_db


def test_404_dalam_desain_situs(client, beranda):
    r = client.get("/halaman-yang-tidak-ada/")
    assert r.status_code == 404
    html = r.content.decode()
    assert "Halaman tidak ditemukan" in html
    assert 'class="kepala"' in html and 'class="kaki"' in html
    assert 'name="q"' in html  # a search form to find the way
    assert '<meta name="robots" content="noindex">' in html


def test_404_di_bawah_bagian(client, beranda):
    assert client.get("/berita/tidak-ada/").status_code == 404
    assert client.get("/dokumen/daftar-informasi-publik/lebih/").status_code == 404


def test_500_dalam_desain_situs(beranda, indeks_berita, monkeypatch):
    berita = BeritaPageFactory(parent=indeks_berita)

    def rusak(*args, **kwargs):
        raise RuntimeError("uji galat server")

    monkeypatch.setattr(type(berita), "get_context", rusak)
    klien = Client(raise_request_exception=False)
    r = klien.get(berita.url)
    assert r.status_code == 500
    html = r.content.decode()
    assert "Terjadi gangguan pada server" in html
    assert "/static/css/portal.css" in html
    assert "<script" not in html and "style=" not in html
