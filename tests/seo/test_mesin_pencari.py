"""Search engines: sitemap.xml (live public pages only, lastmod, hreflang), robots.txt,
canonical links, meta descriptions, Open Graph and Twitter cards."""

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.seo.conftest import NS_SITEMAP, bagian_sitemap, meta, sitemap, urai_html

pytestmark = pytest.mark.django_db


def test_sitemap_adalah_indeks_yang_membagi_halaman_ke_beberapa_bagian(
    client, berita, indeks_berita, monkeypatch
):
    from berita.factories import BeritaPageFactory
    from portal.core.seo import SitemapPortal

    for i in range(3):
        BeritaPageFactory(parent=indeks_berita, title=f"Berita Sitemap {i}")
    monkeypatch.setattr(SitemapPortal, "limit", 2)

    bagian = bagian_sitemap(client)
    urls = sitemap(client)

    assert len(bagian) >= 3
    assert bagian[0] == "/sitemap-halaman.xml"
    assert all(b.startswith("/sitemap-halaman.xml") for b in bagian)
    assert berita.get_full_url() in urls
    assert sum(1 for url in urls if "berita-sitemap" in url) == 3


def test_sitemap_hanya_memuat_halaman_tayang_dan_publik(
    client, berita, bukan_publik, indeks_berita
):
    from berita.factories import BeritaPageFactory

    privat = BeritaPageFactory(parent=indeks_berita, title="Berita Khusus Pegawai")
    PageViewRestriction.objects.create(page=privat, restriction_type="login")

    urls = sitemap(client)

    assert berita.get_full_url() in urls
    assert "http://localhost/" in urls
    for page in [*bukan_publik, privat]:
        assert not any(page.slug in url for url in urls), page.title
    assert not any("/cari/" in url for url in urls)


def test_sitemap_memuat_lastmod_dan_alternatif_hreflang(client, berita, berita_en):
    urls = sitemap(client)

    for page in (berita, berita_en):
        url = urls[page.get_full_url()]
        terbit = timezone.localtime(page.last_published_at).date().isoformat()
        assert url.findtext("s:lastmod", namespaces=NS_SITEMAP) == terbit
        alternatif = {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS_SITEMAP)
        }
        assert alternatif == {
            "id": berita.get_full_url(),
            "en": berita_en.get_full_url(),
            "x-default": berita.get_full_url(),
        }


def test_robots_txt_menyebut_sitemap(client, beranda):
    respons = client.get("/robots.txt")
    assert respons["Content-Type"].startswith("text/plain")
    baris = respons.content.decode().splitlines()
    assert "Sitemap: http://localhost/sitemap.xml" in baris
    assert "Disallow: /admin/" in baris


def test_hasil_pencarian_noindex_tetapi_boleh_dirayapi(client, beranda):
    """Result pages say noindex; robots.txt must let crawlers fetch them to read that."""
    baris = client.get("/robots.txt").content.decode().splitlines()
    assert not [b for b in baris if b.startswith("Disallow: /cari")]


def test_tautan_kanonik_absolut(client, berita, berita_en):
    for page in (berita, berita_en):
        html = client.get(page.url + "?utm_source=wa").content.decode()
        kanonik = [link["href"] for link in urai_html(html).link if link.get("rel") == "canonical"]
        assert kanonik == [page.get_full_url()]


def _kanonik(client, url):
    html = client.get(url).content.decode()
    return [link["href"] for link in urai_html(html).link if link.get("rel") == "canonical"]


def test_kanonik_halaman_daftar_berikutnya_menunjuk_dirinya(client, indeks_berita):
    from berita.factories import BeritaPageFactory
    from berita.models import BERITA_PER_HALAMAN

    for _ in range(BERITA_PER_HALAMAN + 1):
        BeritaPageFactory(parent=indeks_berita)
    indeks = indeks_berita.get_full_url()
    assert _kanonik(client, "/berita/?page=2") == [f"{indeks}?page=2"]
    # Page 1 is the listing itself; filters and unknown parameters never enter the URL.
    assert _kanonik(client, "/berita/?page=1") == [indeks]
    assert _kanonik(client, "/berita/?page=2&tahun=2026&utm_source=wa") == [f"{indeks}?page=2"]
    assert _kanonik(client, "/berita/?page=abc") == [indeks]


def test_kanonik_halaman_bukan_daftar_mengabaikan_nomor_halaman(client, berita):
    assert _kanonik(client, berita.url + "?page=3") == [berita.get_full_url()]


def test_hreflang_di_kepala_halaman_terjemahan(client, berita, berita_en):
    html = client.get(berita.url).content.decode()
    alternatif = {
        link["hreflang"]: link["href"]
        for link in urai_html(html).link
        if link.get("rel") == "alternate" and link.get("hreflang")
    }
    assert alternatif == {
        "id": berita.get_full_url(),
        "en": berita_en.get_full_url(),
        "x-default": berita.get_full_url(),
    }


def test_deskripsi_meta_dari_ringkasan(client, berita):
    html = client.get(berita.url).content.decode()
    assert meta(html, "description") == berita.ringkasan
    assert meta(html, "og:description") == berita.ringkasan


def test_open_graph_dan_twitter_dengan_rendisi_gambar_utama_absolut(client, berita):
    html = client.get(berita.url).content.decode()
    rendisi = berita.gambar_utama.get_rendition("fill-1200x630|format-jpeg|jpegquality-80")

    assert meta(html, "og:type") == "article"
    assert meta(html, "og:title") == berita.title
    assert meta(html, "og:url") == berita.get_full_url()
    assert meta(html, "og:image") == "http://localhost" + rendisi.url
    assert meta(html, "og:image:width") == str(rendisi.width)
    assert meta(html, "og:image:alt")
    assert meta(html, "og:locale") == "id_ID"
    assert meta(html, "article:published_time")
    assert meta(html, "twitter:card") == "summary_large_image"
    assert meta(html, "twitter:image") == "http://localhost" + rendisi.url
    assert meta(html, "twitter:title") == berita.title


def test_halaman_tanpa_gambar_memakai_kartu_ringkas(client, dokumen):
    html = client.get(dokumen.url).content.decode()
    assert meta(html, "twitter:card") == "summary"
    assert meta(html, "og:image") is None
