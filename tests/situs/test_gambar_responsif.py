"""Images for slow phones: every content image has a WebP srcset with width and height set;
the article's lead image loads first, images below the fold load lazily."""

import pytest
from bs4 import BeautifulSoup

from berita.factories import BeritaPageFactory
from portal.core.factories import ImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def artikel(indeks_berita):
    gambar = {
        "gambar": ImageFactory(kecil=True),
        "teks_alternatif": "Warga melintasi jembatan",
        "keterangan": "",
        "kredit": "",
    }
    BeritaPageFactory(parent=indeks_berita, title="Berita lain", tanggal="2026-11-01")
    return BeritaPageFactory(
        parent=indeks_berita,
        tanggal="2026-11-02",
        isi=[("paragraf", "<p>Pembuka.</p>"), ("gambar", gambar)],
    )


def _gambar(html):
    return [img for img in BeautifulSoup(html, "html.parser").select("main img")]


def _responsif(img):
    sumber = [s.split()[0] for s in img["srcset"].split(",")]
    assert len(sumber) >= 2, img
    assert all(s.endswith(".webp") for s in sumber), img
    assert img.get("width") and img.get("height"), img
    assert img.get("sizes"), img


def test_gambar_utama_artikel_responsif_dan_dimuat_lebih_dulu(client, artikel):
    utama, *lain = _gambar(client.get(artikel.url).content.decode())
    _responsif(utama)
    assert utama.get("loading") != "lazy"
    assert utama["fetchpriority"] == "high"
    assert lain, "gambar isi dan kartu berita terkait"
    for img in lain:
        _responsif(img)
        assert img["loading"] == "lazy"


def test_kartu_indeks_dan_beranda_responsif_dan_malas(client, artikel):
    for url in ("/", "/berita/"):
        gambar = _gambar(client.get(url).content.decode())
        assert gambar, url
        for img in gambar:
            _responsif(img)
            # The home page's headline is the largest image in view: loaded at once, first.
            if img.find_parent(class_="kartu--utama"):
                assert img["fetchpriority"] == "high" and not img.get("loading"), url
            else:
                assert img["loading"] == "lazy", url
