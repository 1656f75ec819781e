"""The home page curated by editors: a headline berita and featured berita, featured galleries
and quick links, each falling back to the latest; the latest berita keep their full count
beside the editors' picks, in a bounded number of queries."""

import datetime as dt

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset

from berita.factories import BeritaPageFactory
from berita.models import BeritaIndexPage
from galeri.factories import GaleriFotoPageFactory, GaleriVideoFactory, GaleriVideoPageFactory
from galeri.models import GaleriIndexPage
from home.factories import BeritaUnggulanFactory
from home.models import (
    JUMLAH_BERITA_TERBARU,
    JUMLAH_BERITA_UNGGULAN,
    JUMLAH_GALERI_PILIHAN,
    BeritaUnggulan,
    GaleriUnggulan,
    HomePage,
    TautanCepat,
)
from portal.core.bahasa import siapkan_struktur_terjemahan
from tests.admin_form import pesan_galat, ubah_halaman
from tests.seo.conftest import terbitkan

pytestmark = pytest.mark.django_db

WITA = dt.timezone(dt.timedelta(hours=8))
# Tuesday 09:00 WITA, a working day: the home page may be published.
SELASA_PAGI = dt.datetime(2026, 11, 24, 9, 0, tzinfo=WITA)
# Measured the way tests/produksi/test_jumlah_kueri.py measures every public page.
KUERI_BERANDA_MAKS = 15


def berita_berurutan(jumlah, **kolom):
    """`jumlah` live berita, the first the latest (one day apart)."""
    indeks = BeritaIndexPage.objects.get()
    hari = dt.date(2026, 11, 1)
    return [
        BeritaPageFactory(
            parent=indeks, title=f"Berita ke-{n}", tanggal=hari - dt.timedelta(days=n), **kolom
        )
        for n in range(jumlah)
    ]


def judul_di_bagian(html, id_judul):
    """The titles of the cards in the home page section labelled by `id_judul`."""
    bagian = BeautifulSoup(html, "html.parser").find("section", attrs={"aria-labelledby": id_judul})
    if bagian is None:
        return []
    return [a.get_text(strip=True) for a in bagian.select(".kartu__judul a")]


def terbitkan_beranda(client, admin_portal, data):
    """The home page edited and published by an administrator in working hours (the home page
    is theirs to edit: Petugas, Editor and Pejabat hold no permission on it)."""
    client.force_login(admin_portal)
    with time_machine.travel(SELASA_PAGI, tick=False):
        respons = ubah_halaman(client, HomePage.objects.get(), data, **{"action-publish": "1"})
    client.logout()
    return respons


# -- the headline -------------------------------------------------------------------------------


def test_berita_utama_pilihan_editor(client, beranda):
    baru, lama = berita_berurutan(2)
    beranda.berita_utama = lama
    beranda.save()
    assert HomePage.objects.get().get_berita_beranda().utama == lama
    html = client.get("/").content.decode()
    assert judul_di_bagian(html, "judul-berita-utama") == [lama.title]
    assert judul_di_bagian(html, "judul-berita-terbaru") == [baru.title]


def test_tanpa_pilihan_berita_utama_adalah_berita_terbaru(beranda):
    baru, kedua, ketiga = berita_berurutan(3)
    berita = HomePage.objects.get().get_berita_beranda()
    assert berita.utama == baru
    assert berita.terbaru == [kedua, ketiga]
    assert berita.unggulan == []


def test_berita_utama_yang_belum_tayang_diganti_berita_terbaru(beranda):
    [terbit] = berita_berurutan(1)
    draf = BeritaPageFactory(parent=BeritaIndexPage.objects.get(), live=False)
    beranda.berita_utama = draf
    beranda.save()
    BeritaUnggulanFactory(page=beranda, berita=draf)
    berita = HomePage.objects.get().get_berita_beranda()
    assert (berita.utama, berita.unggulan) == (terbit, [])


def test_berita_pilihan_bahasa_lain_tampil_dengan_terjemahannya(client, beranda):
    """The English home page starts as a copy of the Indonesian one, picks included: an
    Indonesian pick stands for its English translation there, never for itself."""
    baru, lama = berita_berurutan(2)
    BeritaUnggulanFactory(page=beranda, berita=lama)
    beranda_en = siapkan_struktur_terjemahan(beranda, "en")
    indeks_en = BeritaIndexPage.objects.child_of(beranda_en).get()
    lama_en = lama.copy_for_translation(beranda_en.locale)
    lama_en.title = "Older news in English"
    lama_en.save()
    lama_en = terbitkan(lama_en)
    assert lama_en.get_parent().pk == indeks_en.pk
    # The English home page's copy of the pick still names the Indonesian berita.
    assert [u.berita for u in beranda_en.berita_unggulan.all()] == [lama]

    berita = HomePage.objects.get(pk=beranda_en.pk).get_berita_beranda()
    assert berita.unggulan == [lama_en]
    assert berita.utama is None  # no other English berita: nothing Indonesian stands in
    assert "Older news in English" in client.get("/en/").content.decode()


# -- featured berita and the latest list ------------------------------------------------------


def test_berita_unggulan_pilihan_editor_tampil(client, beranda):
    indeks = BeritaIndexPage.objects.get()
    pilihan = BeritaPageFactory(parent=indeks, title="Pilihan redaksi", tanggal="2026-01-01")
    BeritaPageFactory(parent=indeks, title="Berita terbaru", tanggal="2026-11-01")
    BeritaUnggulanFactory(page=beranda, berita=pilihan)
    assert HomePage.objects.get().get_berita_unggulan() == [pilihan]
    html = client.get("/").content.decode()
    assert judul_di_bagian(html, "judul-berita-unggulan") == ["Pilihan redaksi"]
    assert judul_di_bagian(html, "judul-berita-utama") == ["Berita terbaru"]


def test_daftar_berita_terbaru_tetap_penuh_saat_ada_berita_unggulan(client, beranda):
    """Featured berita no longer push the latest off the home page: the latest list leaves out
    the headline and the featured berita and still shows its full count."""
    semua = berita_berurutan(1 + JUMLAH_BERITA_UNGGULAN + JUMLAH_BERITA_TERBARU + 1)
    utama, unggulan = semua[0], semua[1 : 1 + JUMLAH_BERITA_UNGGULAN]
    for berita in unggulan:
        BeritaUnggulanFactory(page=beranda, berita=berita)

    berita = HomePage.objects.get().get_berita_beranda()
    lainnya = semua[1 + JUMLAH_BERITA_UNGGULAN :]
    assert berita.utama == utama
    assert berita.unggulan == unggulan
    assert berita.terbaru == lainnya[:JUMLAH_BERITA_TERBARU]
    html = client.get("/").content.decode()
    assert judul_di_bagian(html, "judul-berita-terbaru") == [
        b.title for b in lainnya[:JUMLAH_BERITA_TERBARU]
    ]


def test_administrator_memilih_berita_utama_dan_unggulan_di_admin(client, admin_portal):
    utama, unggulan, biasa = berita_berurutan(3)
    respons = terbitkan_beranda(
        client,
        admin_portal,
        {"berita_utama": biasa.pk, "berita_unggulan": inline_formset([{"berita": utama.pk}])},
    )
    assert respons.status_code == 302, pesan_galat(respons)
    berita = HomePage.objects.get().get_berita_beranda()
    assert (berita.utama, berita.unggulan, berita.terbaru) == (biasa, [utama], [unggulan])
    html = client.get("/").content.decode()
    assert judul_di_bagian(html, "judul-berita-utama") == [biasa.title]


# -- featured galleries -------------------------------------------------------------------------


def galeri_berurutan(jumlah):
    """`jumlah` live galleries, photo and video in turn, the last made the latest."""
    indeks = GaleriIndexPage.objects.get()
    galeri = []
    for n in range(jumlah):
        factory = GaleriFotoPageFactory if n % 2 == 0 else GaleriVideoPageFactory
        with time_machine.travel(dt.datetime(2026, 10, 1 + n, 9, tzinfo=WITA), tick=False):
            galeri.append(terbitkan(factory(parent=indeks, title=f"Galeri ke-{n}")))
    return galeri


def test_galeri_pilihan_editor_tampil_lebih_dulu(client, beranda):
    galeri = galeri_berurutan(JUMLAH_GALERI_PILIHAN + 2)
    tertua_foto, tertua_video = galeri[0], galeri[1]
    GaleriUnggulan.objects.create(page=beranda, galeri=tertua_video, sort_order=0)
    GaleriUnggulan.objects.create(page=beranda, galeri=tertua_foto, sort_order=1)

    pilihan = HomePage.objects.get().get_galeri_pilihan()
    # The picks first, in the editors' order; the latest galleries fill the other places.
    terbaru = list(reversed(galeri[2:]))
    assert pilihan == [tertua_video, tertua_foto, *terbaru][:JUMLAH_GALERI_PILIHAN]
    html = client.get("/").content.decode()
    assert judul_di_bagian(html, "judul-galeri-pilihan")[:2] == ["Galeri ke-1", "Galeri ke-0"]


def test_tanpa_galeri_pilihan_galeri_terbaru(beranda):
    galeri = galeri_berurutan(JUMLAH_GALERI_PILIHAN + 1)
    pilihan = HomePage.objects.get().get_galeri_pilihan()
    assert pilihan == list(reversed(galeri))[:JUMLAH_GALERI_PILIHAN]


def test_galeri_pilihan_hanya_galeri_foto_atau_video(client, admin_portal):
    [berita] = berita_berurutan(1)
    respons = terbitkan_beranda(
        client, admin_portal, {"galeri_unggulan": inline_formset([{"galeri": berita.pk}])}
    )
    assert respons.status_code == 200
    assert any("Pilih galeri foto atau galeri video" in p for p in pesan_galat(respons))


# -- quick links --------------------------------------------------------------------------------


def test_tautan_cepat_dapat_diubah_dan_tampil(client, admin_portal):
    indeks_dokumen = HomePage.objects.get().get_children().get(slug="dokumen")
    respons = terbitkan_beranda(
        client,
        admin_portal,
        {
            "tautan_cepat": inline_formset(
                [
                    {
                        "judul": "LAPOR!",
                        "keterangan": "Sampaikan aduan pelayanan publik.",
                        "halaman": "",
                        "url": "https://www.lapor.go.id/",
                    },
                    {"judul": "PPID", "keterangan": "", "halaman": indeks_dokumen.pk, "url": ""},
                ]
            )
        },
    )
    assert respons.status_code == 302, pesan_galat(respons)
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    bagian = soup.find("section", attrs={"aria-labelledby": "judul-tautan-cepat"})
    tautan = [(a.select_one(".ubin__judul").get_text(strip=True), a["href"]) for a in bagian("a")]
    # The editors' links first, then the portal's own sections (still linked).
    assert tautan[:2] == [("LAPOR!", "https://www.lapor.go.id/"), ("PPID", "/dokumen/")]
    assert ("Berita", "/berita/") in tautan[2:]
    assert "Sampaikan aduan pelayanan publik." in bagian.get_text()


@pytest.mark.parametrize(
    "tautan",
    [{"halaman": "", "url": ""}, {"halaman": "HALAMAN", "url": "https://jdih.kaltimprov.go.id/"}],
    ids=["kosong", "dua-duanya"],
)
def test_tautan_cepat_berisi_satu_tujuan(client, admin_portal, tautan):
    if tautan["halaman"] == "HALAMAN":
        tautan["halaman"] = HomePage.objects.get().get_children().first().pk
    respons = terbitkan_beranda(
        client,
        admin_portal,
        {"tautan_cepat": inline_formset([{"judul": "JDIH", "keterangan": "", **tautan}])},
    )
    assert respons.status_code == 200
    assert any("Isi salah satu" in p for p in pesan_galat(respons)), pesan_galat(respons)
    assert not TautanCepat.objects.exists()


def test_tautan_cepat_ke_halaman_tidak_tayang_disembunyikan(client, beranda):
    draf = BeritaPageFactory(parent=BeritaIndexPage.objects.get(), live=False)
    TautanCepat.objects.create(page=beranda, judul="Draf tersembunyi", halaman=draf)
    TautanCepat.objects.create(
        page=beranda, judul="Layanan", url="https://layanan.kaltimprov.go.id/"
    )
    assert [t.judul for t in HomePage.objects.get().get_tautan_cepat()] == ["Layanan"]
    html = client.get("/").content.decode()
    assert "Draf tersembunyi" not in html and "https://layanan.kaltimprov.go.id/" in html


def test_tautan_cepat_beranda_bahasa_lain_menuju_halaman_bahasanya(client, beranda):
    """The English home page starts with the Indonesian one's quick links: a link to a portal
    page leads to that page's English version, never to the Indonesian page."""
    from dokumen.models import DokumenIndexPage

    indeks = DokumenIndexPage.objects.child_of(beranda).get()
    TautanCepat.objects.create(page=beranda, judul="Layanan informasi", halaman=indeks)
    beranda_en = siapkan_struktur_terjemahan(beranda, "en")
    if not TautanCepat.objects.filter(page=beranda_en).exists():  # the copy took none
        TautanCepat.objects.create(page=beranda_en, judul="Information", halaman=indeks)
    indeks_en = DokumenIndexPage.objects.child_of(beranda_en).get()

    tautan = HomePage.objects.get(pk=beranda_en.pk).get_tautan_cepat()
    assert [t.halaman.pk for t in tautan] == [indeks_en.pk]
    html = client.get("/en/").content.decode()
    assert f'href="{indeks_en.url}"' in html and f'class="ubin" href="{indeks.url}"' not in html


# -- the query count ----------------------------------------------------------------------------


def _kueri_beranda(client):
    """The queries of the home page's second view (the first makes renditions and reads what
    is kept per cache generation), with the page cache off."""
    with time_machine.travel(SELASA_PAGI, tick=False):
        assert client.get("/").status_code == 200
        with CaptureQueriesContext(connection) as kueri:
            assert client.get("/").status_code == 200
    return len(kueri)


def test_beranda_jumlah_kueri_terbatas_dengan_pilihan_editor(client, beranda, settings):
    """Every pick and link is read with a bounded number of queries: no query per card."""
    settings.PORTAL_CACHE_HALAMAN_AKTIF = False

    def pilih(jumlah_berita, galeri):
        semua = berita_berurutan(jumlah_berita)
        beranda.berita_utama = semua[-1]
        beranda.save()
        BeritaUnggulan.objects.filter(page=beranda).delete()
        for urutan, berita in enumerate(semua[:JUMLAH_BERITA_UNGGULAN]):
            BeritaUnggulan.objects.create(page=beranda, berita=berita, sort_order=urutan)
        # A photo and a video gallery chosen: both types read, the last place filled.
        GaleriUnggulan.objects.filter(page=beranda).delete()
        for urutan, g in enumerate(galeri[:2]):
            GaleriUnggulan.objects.create(page=beranda, galeri=g, sort_order=urutan)
        TautanCepat.objects.filter(page=beranda).delete()
        for halaman in [*semua[:3], *galeri[:2]]:
            TautanCepat.objects.create(page=beranda, judul=halaman.title, halaman=halaman)
        TautanCepat.objects.create(page=beranda, judul="LAPOR!", url="https://www.lapor.go.id/")

    galeri = galeri_berurutan(4)
    GaleriVideoFactory(page=galeri[1], unggahan=True)
    pilih(JUMLAH_BERITA_UNGGULAN + JUMLAH_BERITA_TERBARU + 2, galeri)
    sedikit = _kueri_beranda(client)
    assert sedikit <= KUERI_BERANDA_MAKS

    pilih(3 * (JUMLAH_BERITA_UNGGULAN + JUMLAH_BERITA_TERBARU), [*galeri_berurutan(4), *galeri])
    assert _kueri_beranda(client) == sedikit


def test_beranda_menautkan_tiga_bagian(client, beranda):
    html = client.get("/").content.decode()
    for url in ("/berita/", "/dokumen/", "/galeri/"):
        assert f'href="{url}"' in html


def test_admin_berbahasa_indonesia_walau_peramban_berbahasa_inggris(client, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="id"' in html
    assert "Dasbor" in html or "Beranda" in html


def test_kaki_halaman_memuat_kontak_dari_pengaturan_situs(client, beranda):
    from portal.core.models import PengaturanSitus

    pengaturan = PengaturanSitus.load()
    pengaturan.alamat = "Jl. Gajah Mada No. 2, Samarinda"
    pengaturan.telepon = "(0541) 733333"
    pengaturan.instagram = "https://www.instagram.com/pemprovkaltim"
    pengaturan.save()
    html = client.get("/").content.decode()
    assert "Jl. Gajah Mada No. 2, Samarinda" in html
    assert "(0541) 733333" in html
    assert "https://www.instagram.com/pemprovkaltim" in html
