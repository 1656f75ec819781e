"""Anonymous pages travel gzip-compressed when the client accepts it, are cached compressed
(and uncompressed for clients that do not accept it), and nothing that carries a secret is
compressed (BREACH): no CSRF token in an anonymous public page, no compression for the admin,
its login form or a signed-in editor."""

import gzip

import pytest

from berita.factories import BeritaPageFactory
from portal.core.cache_halaman import HEADER_STATUS

pytestmark = pytest.mark.django_db
GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


@pytest.fixture
def situs(backend_cache, indeks_berita):
    return BeritaPageFactory(parent=indeks_berita, title="Jembatan Mahakam Dibuka Kembali")


def test_halaman_publik_dikirim_terkompresi_gzip_tanpa_token_csrf(client, situs):
    for url in ("/", "/berita/", situs.url, "/cari/?q=jalan", "/sitemap-halaman.xml"):
        respons = client.get(url, **GZIP)
        assert respons.status_code == 200, url
        assert respons["Content-Encoding"] == "gzip", url
        assert "Accept-Encoding" in respons["Vary"], url
        assert b"csrfmiddlewaretoken" not in gzip.decompress(respons.content), url


def test_halaman_tersimpan_terkompresi_dan_terpisah_untuk_klien_tanpa_gzip(client, situs):
    pertama = client.get(situs.url, **GZIP)
    kedua = client.get(situs.url, **GZIP)
    assert (pertama[HEADER_STATUS], kedua[HEADER_STATUS]) == ("MISS", "HIT")
    assert kedua["Content-Encoding"] == "gzip"
    assert kedua.content == pertama.content

    polos = client.get(situs.url)
    assert polos[HEADER_STATUS] == "MISS"
    assert "Content-Encoding" not in polos
    assert polos.content == gzip.decompress(kedua.content)
    assert client.get(situs.url)[HEADER_STATUS] == "HIT"


def test_formulir_login_admin_tidak_dikompresi(client):
    respons = client.get("/admin/login/", **GZIP)
    assert respons.status_code == 200
    assert b"csrfmiddlewaretoken" in respons.content
    assert "Content-Encoding" not in respons


def test_editor_yang_masuk_tidak_menerima_halaman_terkompresi(client, situs, editor):
    client.force_login(editor)
    for url in ("/", situs.url, "/admin/"):
        respons = client.get(url, **GZIP)
        assert respons.status_code == 200, url
        assert "Content-Encoding" not in respons, url
