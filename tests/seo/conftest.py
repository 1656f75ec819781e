"""Fixtures of the search-engine, feed, language and API tests: live berita, dokumen and
galleries published the way the workflow publishes (so they have publication dates), the
English tree, and small parsers for the HTML head, JSON-LD and XML."""

import json
import xml.etree.ElementTree as ET  # noqa: S405 - parses the portal's own responses
from datetime import datetime, timedelta
from html.parser import HTMLParser
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
import time_machine
from wagtail.models import Locale

from portal.core.bahasa import siapkan_struktur_terjemahan
from portal.moderasi.jadwal_tayang import publikasi_segera

WITA = ZoneInfo("Asia/Makassar")
# A Tuesday inside working hours, no public holiday.
SELASA_PAGI = datetime(2025, 11, 25, 10, 0, tzinfo=WITA)


@pytest.fixture
def jam_kerja():
    with time_machine.travel(SELASA_PAGI, tick=True) as perjalanan:
        yield perjalanan


def terbitkan(page):
    """Publish the page's current content as a new revision (sets the publication dates)."""
    with publikasi_segera():
        page.save_revision().publish()
    page.refresh_from_db()
    return page.specific


@pytest.fixture
def beranda_en(beranda):
    """The English home page and section indexes, as `setup_portal` should make them."""
    return siapkan_struktur_terjemahan(beranda, "en")


@pytest.fixture
def locale_en(beranda_en):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def berita(indeks_berita):
    from berita.factories import BeritaPageFactory

    return terbitkan(
        BeritaPageFactory(
            parent=indeks_berita,
            title="Gubernur Resmikan Jembatan Mahakam Ulu",
            penulis="Tim Humas",
            tags=["infrastruktur"],
        )
    )


@pytest.fixture
def berita_en(berita, locale_en):
    """The English translation of `berita`, made with wagtail-localize's API and published."""
    terjemahan = berita.copy_for_translation(locale_en)
    terjemahan.title = "Governor Opens the Mahakam Ulu Bridge"
    terjemahan.slug = "governor-opens-mahakam-ulu-bridge"
    terjemahan.ringkasan = "The bridge links two districts."
    terjemahan.save()
    return terbitkan(terjemahan)


# The section indexes in Indonesian (with the English tree there are two of each).
@pytest.fixture
def indeks_berita(beranda):
    from berita.models import BeritaIndexPage

    return BeritaIndexPage.objects.child_of(beranda).get()


@pytest.fixture
def indeks_dokumen(beranda):
    from dokumen.models import DokumenIndexPage

    return DokumenIndexPage.objects.child_of(beranda).get()


@pytest.fixture
def indeks_galeri(beranda):
    from galeri.models import GaleriIndexPage

    return GaleriIndexPage.objects.child_of(beranda).get()


@pytest.fixture
def dokumen(indeks_dokumen):
    from dokumen.factories import DokumenPageFactory

    return terbitkan(DokumenPageFactory(parent=indeks_dokumen))


@pytest.fixture
def galeri_foto(indeks_galeri):
    from galeri.factories import GaleriFotoPageFactory

    return terbitkan(GaleriFotoPageFactory(parent=indeks_galeri))


@pytest.fixture
def galeri_video(indeks_galeri):
    from galeri.factories import GaleriVideoFactory, GaleriVideoPageFactory

    page = GaleriVideoPageFactory(parent=indeks_galeri, video=1)
    GaleriVideoFactory(page=page, unggahan=True)
    return terbitkan(page)


@pytest.fixture
def bukan_publik(indeks_berita, petugas, editor, pejabat):
    """A draft, a scheduled berita and one the pejabat found not fit to publish: none live."""
    from berita.factories import BeritaPageFactory
    from portal.moderasi.layanan import putuskan_tidak_layak_tayang
    from portal.moderasi.pilihan import AlasanTidakLayak
    from tests.moderasi.conftest import ajukan_langsung, setujui_langsung, task_state_aktif

    draf = BeritaPageFactory(parent=indeks_berita, title="Draf Rahasia Belum Tayang", live=False)
    draf.save_revision(user=petugas)
    terjadwal = BeritaPageFactory(
        parent=indeks_berita, title="Berita Terjadwal Minggu Depan", live=False
    )
    terjadwal.go_live_at = datetime.now(WITA) + timedelta(days=7)
    with publikasi_segera():
        terjadwal.save_revision(user=petugas).publish()
    ditolak = BeritaPageFactory(parent=indeks_berita, title="Berita Tidak Layak Tayang", live=False)
    ditolak.save_revision(user=petugas)
    ajukan_langsung(ditolak, petugas)
    setujui_langsung(ditolak, editor)
    putuskan_tidak_layak_tayang(
        task_state_aktif(ditolak), pejabat, AlasanTidakLayak.TIDAK_AKURAT, "Data belum benar."
    )
    halaman = [draf, terjadwal, ditolak]
    for page in halaman:
        page.refresh_from_db()
        assert not page.live
    return halaman


# -- parsers --------------------------------------------------------------------------------


class _Kepala(HTMLParser):
    def __init__(self):
        super().__init__()
        self.link, self.meta, self.json_ld, self.a = [], [], [], []
        self._dalam_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link":
            self.link.append(attrs)
        elif tag == "meta":
            self.meta.append(attrs)
        elif tag == "a":
            self.a.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._dalam_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._dalam_ld = False

    def handle_data(self, data):
        if self._dalam_ld:
            self.json_ld[-1] += data


def urai_html(html):
    parser = _Kepala()
    parser.feed(html)
    return parser


def meta(html, kunci):
    """The content of <meta property=kunci> or <meta name=kunci> (first), or None."""
    for m in urai_html(html).meta:
        if kunci in (m.get("property"), m.get("name")):
            return m.get("content")
    return None


def simpul_json_ld(html):
    """Every JSON-LD node of the page, flattened from @graph."""
    simpul = []
    for teks in urai_html(html).json_ld:
        data = json.loads(teks)
        simpul.extend(data.get("@graph", [data]))
    return simpul


def simpul_bertipe(html, tipe):
    return [s for s in simpul_json_ld(html) if s.get("@type") == tipe]


def urai_xml(isi):
    return ET.fromstring(isi)  # noqa: S314 - the portal's own output


NS_SITEMAP = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


def bagian_sitemap(client):
    """The paths of the parts the sitemap index lists."""
    respons = client.get("/sitemap.xml")
    assert respons.status_code == 200
    akar = urai_xml(respons.content)
    assert akar.tag == f"{{{NS_SITEMAP['s']}}}sitemapindex"
    bagian = [urlsplit(loc.text) for loc in akar.iterfind("s:sitemap/s:loc", NS_SITEMAP)]
    return [f"{b.path}?{b.query}" if b.query else b.path for b in bagian]


def sitemap(client):
    """Every <url> of every part, by its location."""
    urls = {}
    for bagian in bagian_sitemap(client):
        respons = client.get(bagian)
        assert respons.status_code == 200, bagian
        akar = urai_xml(respons.content)
        urls.update(
            {
                url.findtext("s:loc", namespaces=NS_SITEMAP): url
                for url in akar.findall("s:url", NS_SITEMAP)
            }
        )
    return urls
