"""The English demo (portal/demo/inggris.py): a share of the demo translated with
wagtail-localize, through the SOP workflow, so every English listing, feed, the English
register and search have something to show."""

import re
import xml.etree.ElementTree as ET
from types import SimpleNamespace
from urllib.parse import urlparse

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale, Page, PageLogEntry, Revision, WorkflowState
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from berita.demo import BERITA_INGGRIS
from berita.models import BeritaPage, KategoriBerita
from dokumen.demo import DOKUMEN_INGGRIS
from dokumen.models import DokumenPage
from galeri.demo import GALERI_INGGRIS
from galeri.models import GaleriFotoPage
from home.models import HomePage
from portal.demo.inggris import INTRO_BAGIAN_INGGRIS, semai_terjemahan_inggris
from portal.demo.seeding import VolumeDemo, semai_demo
from tests.seo.conftest import urai_html

pytestmark = pytest.mark.django_db

# Enough of the demo for every item that has English texts (the first seven berita and
# documents, two albums), small pictures, no video: the quickest seed that has them all.
VOLUME = VolumeDemo(
    berita=7,
    dokumen=7,
    album=2,
    foto_per_album=2,
    video=False,
    lebar_gambar=320,
    tinggi_gambar=180,
)
# Segments whose text stays as it is in English: people's names and credits, a document's
# official number and the town it was made in.
TETAP = {"penulis", "kredit_gambar", "nomor", "tempat_pembuatan"}
KONTEN = (BeritaPage, DokumenPage, GaleriFotoPage)
HALAMAN_KONTEN_INDONESIA = re.compile(r"^/(berita|dokumen|galeri)/[^/]+/")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo with its English share, seeded once for the module inside a transaction
    rolled back after its last test."""
    with django_db_blocker.unblock(), transaction.atomic():
        semai_demo(VOLUME)
        beranda = HomePage.objects.get(depth=2, locale__language_code="id")
        pengguna = {u.username: u for u in get_user_model().objects.all()}
        # Whether or not seed_demo translated already, the English share is there after this.
        semai_terjemahan_inggris(beranda, pengguna)
        yield SimpleNamespace(
            beranda=beranda,
            pengguna=pengguna,
            en=Locale.objects.get(language_code="en"),
            id=beranda.locale,
        )
        transaction.set_rollback(True)


def _inggris(model, demo):
    return list(model.objects.live().filter(locale=demo.en).order_by("path"))


def _sumber(page, demo):
    return type(page).objects.get(translation_key=page.translation_key, locale=demo.id)


def test_sebagian_isi_demo_tayang_dalam_bahasa_inggris(client, demo):
    berita, dokumen, galeri = (_inggris(model, demo) for model in KONTEN)
    assert len(berita) >= 5
    assert len(dokumen) >= 5
    assert len(galeri) >= 2
    assert {b.title for b in berita} <= {b.judul for b in BERITA_INGGRIS.values()}
    # Listings that look real: news of several categories, documents of every KIP category.
    assert len({b.kategori_id for b in berita}) >= 5
    assert len({d.kategori_kip for d in dokumen}) == 3
    for page in [*berita, *dokumen, *galeri]:
        assert page.url.startswith("/en/")
        respons = client.get(page.url)
        assert respons.status_code == 200
        assert escape(page.title) in respons.content.decode()


def test_isi_yang_tampak_berbahasa_inggris(client, demo):
    (jalan,) = BeritaPage.objects.filter(locale=demo.en, slug__startswith="samarinda-bontang")
    html = client.get(jalan.url).content.decode()
    assert "drainage channels along the road" in html
    assert "Quality control of the works" in html
    assert "Hendra Kusuma, Head of the Highways Division" in html
    assert "saluran drainase" not in html
    assert jalan.kategori.locale == demo.en
    assert jalan.kategori.nama == "Development"
    assert set(jalan.tags.names()) == {"roads", "infrastructure", "Bontang"}

    (erau,) = GaleriFotoPage.objects.filter(locale=demo.en, slug="erau-festival-tenggarong")
    foto = list(erau.foto.all())
    assert foto and all(f.keterangan and f.teks_alternatif.startswith("Illustration") for f in foto)
    assert "The Mahakam riverbank shortly before" in client.get(erau.url).content.decode()

    for dokumen in _inggris(DokumenPage, demo):
        assert dokumen.ringkasan.endswith("The document is in Indonesian.")
        assert all(item.label.endswith("(PDF, in Indonesian)") for item in dokumen.lampiran.all())


def test_setiap_halaman_inggris_terjemahan_wagtail_localize(demo):
    for model in KONTEN:
        for page in _inggris(model, demo):
            sumber = TranslationSource.objects.get(object_id=page.translation_key, locale=demo.id)
            assert Translation.objects.filter(source=sumber, target_locale=demo.en).exists()
            belum = [
                (segmen.context.path, segmen.string.data)
                for segmen in StringSegment.objects.filter(source=sumber).select_related(
                    "context", "string"
                )
                if segmen.context.path not in TETAP
                and not StringTranslation.objects.filter(
                    translation_of=segmen.string, context=segmen.context, locale=demo.en
                ).exists()
            ]
            assert belum == [], page.title


def test_setiap_halaman_inggris_melewati_alur_sop_seperti_sumbernya(demo):
    for model in KONTEN:
        for page in _inggris(model, demo):
            alur = page.get_workflow()
            assert alur is not None
            assert alur == _sumber(page, demo).get_workflow()
            assert WorkflowState.objects.filter(
                object_id=str(page.pk), status=WorkflowState.STATUS_APPROVED
            ).exists()
            langkah = set(
                PageLogEntry.objects.filter(page=page).values_list("action", "user__username")
            )
            assert {
                ("wagtail.workflow.start", "petugas"),
                ("wagtail.workflow.approve", "editor"),
                ("wagtail.workflow.approve", "pejabat"),
                ("wagtail.publish", "pejabat"),
            } <= langkah, page.title
            # A history dated like the source's: no revision after the publication.
            assert not page.revisions.filter(created_at__gt=page.last_published_at).exists()


def test_bagian_inggris_berjudul_dan_berpengantar_inggris(client, demo):
    beranda_en = demo.beranda.get_translation(demo.en)
    assert beranda_en.title == "East Kalimantan Provincial Government"
    judul = {"berita": "News", "dokumen": "Public documents", "galeri": "Gallery"}
    for slug, teks in judul.items():
        indeks = beranda_en.get_children().get(slug=slug).specific
        assert indeks.title == teks
        assert indeks.intro == INTRO_BAGIAN_INGGRIS[slug]
        assert TranslationSource.objects.filter(object_id=indeks.translation_key).exists()
    assert "Welcome to the official portal" in client.get("/en/").content.decode()


def _url_di(html):
    return {urlparse(a["href"]).path for a in urai_html(html).a if a.get("href")}


def test_daftar_inggris_memuat_isi_inggris_saja(client, demo):
    daftar = {
        "/en/berita/": _inggris(BeritaPage, demo),
        "/en/dokumen/": _inggris(DokumenPage, demo),
        "/en/dokumen/daftar-informasi-publik/": _inggris(DokumenPage, demo),
        "/en/galeri/": _inggris(GaleriFotoPage, demo),
    }
    for alamat, halaman in daftar.items():
        respons = client.get(alamat)
        assert respons.status_code == 200, alamat
        url = _url_di(respons.content.decode())
        assert {page.url for page in halaman} <= url, alamat
        assert not [u for u in url if HALAMAN_KONTEN_INDONESIA.match(u)], alamat
    # The news categories to filter by are the English ones.
    html = client.get("/en/berita/").content.decode()
    assert 'value="development"' in html
    assert 'value="pembangunan"' not in html


def test_umpan_berita_inggris_memuat_berita_inggris(client, demo):
    judul_inggris = {b.title for b in _inggris(BeritaPage, demo)}
    for alamat in ("/en/feed/berita/rss.xml", "/en/feed/berita/atom.xml"):
        akar = ET.fromstring(client.get(alamat).content)  # noqa: S314 - the portal's own feed
        judul = {e.text for e in akar.iter() if e.tag.rsplit("}", 1)[-1] == "title"}
        assert judul_inggris <= judul, alamat
        tautan = [e.text or e.get("href") for e in akar.iter() if e.tag.endswith("link")]
        assert not [t for t in tautan if t and HALAMAN_KONTEN_INDONESIA.match(urlparse(t).path)]
    kategori = KategoriBerita.objects.get(locale=demo.en, slug="development")
    umpan = client.get(f"/en/feed/berita/{kategori.slug}/rss.xml")
    assert umpan.status_code == 200
    assert "Samarinda–Bontang Trunk Road Repairs" in umpan.content.decode()


def test_pencarian_inggris_menemukan_isi_inggris(client, demo):
    (jalan,) = BeritaPage.objects.filter(locale=demo.en, slug__startswith="samarinda-bontang")
    url = _url_di(client.get("/en/cari/", {"q": "drainage"}).content.decode())
    assert jalan.url in url
    url = _url_di(client.get("/en/cari/", {"q": "stunting"}).content.decode())
    stunting = [
        p.url
        for p in (*_inggris(BeritaPage, demo), *_inggris(DokumenPage, demo))
        if "stunting" in p.slug
    ]
    assert len(stunting) == 2
    assert set(stunting) <= url
    assert not [u for u in url if HALAMAN_KONTEN_INDONESIA.match(u)]


def test_beranda_inggris_hanya_menampilkan_isi_inggris(client, demo):
    html = client.get("/en/").content.decode()
    url = _url_di(html)
    assert not [u for u in url if HALAMAN_KONTEN_INDONESIA.match(u)]
    # Its quick links too: in English, to the English sections.
    assert not [u for u in url if re.match(r"^/(berita|dokumen|galeri)/$", u)]
    assert "Public information services" in html and "Layanan Informasi Publik" not in html
    for bagian in ("berita", "dokumen", "galeri"):
        assert [u for u in url if re.match(rf"^/en/{bagian}/[^/]+/$", u)], bagian


def test_dijalankan_lagi_tidak_membuat_apa_pun(demo):
    def hitung():
        return [
            model.objects.count()
            for model in (
                Page,
                Revision,
                PageLogEntry,
                KategoriBerita,
                TranslationSource,
                Translation,
                StringTranslation,
            )
        ]

    sebelum = hitung()
    assert semai_terjemahan_inggris(demo.beranda, demo.pengguna) == 0
    assert hitung() == sebelum


def test_setiap_teks_inggris_menemukan_halamannya(demo):
    """The keys of the English texts are the titles the demo gives its pages: a renamed demo
    item would silently lose its translation."""
    judul = {
        BeritaPage: set(BERITA_INGGRIS),
        DokumenPage: set(DOKUMEN_INGGRIS),
        GaleriFotoPage: set(GALERI_INGGRIS),
    }
    for model, kunci in judul.items():
        ada = set(
            model.objects.filter(locale=demo.id, title__in=kunci).values_list("title", flat=True)
        )
        assert ada == kunci, model.__name__
