"""Feeds: RSS 2.0 and Atom of the latest live berita, overall and per category, valid XML with
absolute URLs and the lead image as an enclosure; linked from the pages."""

import pytest

from tests.seo.conftest import urai_html, urai_xml

pytestmark = pytest.mark.django_db

ATOM = {"a": "http://www.w3.org/2005/Atom"}


def test_rss_memuat_berita_tayang_dengan_url_absolut_dan_enclosure(client, berita, bukan_publik):
    respons = client.get("/feed/berita/rss.xml")
    assert respons["Content-Type"].startswith("application/rss+xml")
    kanal = urai_xml(respons.content).find("channel")

    assert kanal.findtext("link") == "http://localhost/berita/"
    [item] = kanal.findall("item")
    assert item.findtext("title") == berita.title
    assert item.findtext("link") == berita.get_full_url()
    assert item.findtext("guid") == berita.get_full_url()
    assert item.findtext("description") == berita.ringkasan
    assert item.findtext("pubDate")
    enclosure = item.find("enclosure")
    rendisi = berita.gambar_utama.get_rendition("fill-1200x630|format-jpeg|jpegquality-80")
    assert enclosure.get("url") == "http://localhost" + rendisi.url
    assert enclosure.get("length") == str(rendisi.file.size) != "0"
    assert enclosure.get("type") == "image/jpeg"


def test_atom_valid_dengan_url_absolut(client, berita, bukan_publik):
    respons = client.get("/feed/berita/atom.xml")
    assert respons["Content-Type"].startswith("application/atom+xml")
    akar = urai_xml(respons.content)

    [entri] = akar.findall("a:entry", ATOM)
    assert entri.findtext("a:title", namespaces=ATOM) == berita.title
    tautan = {link.get("rel"): link for link in entri.findall("a:link", ATOM)}
    assert tautan["alternate"].get("href") == berita.get_full_url()
    assert tautan["enclosure"].get("href").startswith("http://localhost/media/")
    assert tautan["enclosure"].get("type") == "image/jpeg"
    assert int(tautan["enclosure"].get("length")) > 0
    assert entri.findtext("a:updated", namespaces=ATOM)


def test_feed_per_kategori(client, berita, indeks_berita):
    from berita.demo import KATEGORI_BERITA
    from berita.factories import BeritaPageFactory, KategoriBeritaFactory
    from tests.seo.conftest import terbitkan

    slug = berita.kategori.slug
    # The fixture's category comes from a random demo article: take any other one.
    slug_lain, nama_lain = next(k for k in KATEGORI_BERITA if k[0] != slug)
    lain = KategoriBeritaFactory(nama=nama_lain, slug=slug_lain)
    terbitkan(BeritaPageFactory(parent=indeks_berita, title="Vaksinasi Anak", kategori=lain))

    for url in (f"/feed/berita/{slug}/rss.xml", f"/feed/berita/{slug}/atom.xml"):
        isi = client.get(url).content.decode()
        assert berita.title in isi and "Vaksinasi Anak" not in isi, url
    assert "Vaksinasi Anak" in client.get(f"/feed/berita/{slug_lain}/rss.xml").content.decode()
    assert client.get("/feed/berita/tidak-ada/rss.xml").status_code == 404


def test_feed_inggris_memuat_berita_inggris(client, berita, berita_en):
    isi = client.get("/en/feed/berita/rss.xml").content.decode()
    assert berita_en.title in isi and berita.title not in isi
    assert berita_en.get_full_url() in isi


def test_halaman_menautkan_feed(client, berita):
    tautan = {
        (link.get("type"), link.get("href"))
        for link in urai_html(client.get(berita.url).content.decode()).link
        if link.get("rel") == "alternate" and link.get("type")
    }
    slug = berita.kategori.slug
    assert tautan == {
        ("application/rss+xml", "/feed/berita/rss.xml"),
        ("application/atom+xml", "/feed/berita/atom.xml"),
        ("application/rss+xml", f"/feed/berita/{slug}/rss.xml"),
        ("application/atom+xml", f"/feed/berita/{slug}/atom.xml"),
    }
    assert client.get(f"/feed/berita/{slug}/rss.xml").status_code == 200
