"""SQL queries per uncached public page (issue 7): at most 15, and the same whether the site
holds a little content or more (no query per listed item). Counted as benchmarks/produksi.py
counts them: page cache off, the second view of each page (the first makes the image
renditions and the settings row, and reads what is kept per cache generation).

The search page is counted with a query found in berita, dokumen and galleries alike, and with
one that only completes a prefix (its whole-word search finds nothing first); a result page is
never served from the page cache, so every view costs this."""

import datetime as dt

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from berita.factories import BeritaPageFactory
from dokumen.factories import DokumenPageFactory
from galeri.factories import GaleriFotoPageFactory, GaleriVideoFactory, GaleriVideoPageFactory
from portal.core.bahasa import siapkan_struktur_terjemahan

pytestmark = pytest.mark.django_db
KUERI_MAKS = 15
WITA = dt.timezone(dt.timedelta(hours=8))
# Tuesday 10:00 WITA: the service hours on the home page read "open".
JAM_KERJA = dt.datetime(2026, 2, 3, 10, 0, tzinfo=WITA)


@pytest.fixture
def situs(beranda, settings):
    """A small bilingual site: enough berita for two index pages, documents, a photo and a
    video gallery. Returns a function adding `kali` times as much again."""
    from berita.models import BeritaIndexPage
    from dokumen.models import DokumenIndexPage
    from galeri.models import GaleriIndexPage

    settings.PORTAL_CACHE_HALAMAN_AKTIF = False
    with time_machine.travel(JAM_KERJA, tick=False):
        siapkan_struktur_terjemahan(beranda, "en")
        indeks = {
            "berita": BeritaIndexPage.objects.child_of(beranda).get(),
            "dokumen": DokumenIndexPage.objects.child_of(beranda).get(),
            "galeri": GaleriIndexPage.objects.child_of(beranda).get(),
        }

        def tambah(kali=1):
            hari = dt.date(2026, 1, 1)
            for n in range(14 * kali):
                BeritaPageFactory(
                    parent=indeks["berita"],
                    tanggal=hari - dt.timedelta(days=n),
                    tags=["banjir", f"topik-{n % 4}"],
                )
            for _ in range(3 * kali):
                DokumenPageFactory(parent=indeks["dokumen"], kategori_kip="setiap_saat")
            for _ in range(2 * kali):
                GaleriFotoPageFactory(parent=indeks["galeri"], foto=3)
                page = GaleriVideoPageFactory(parent=indeks["galeri"], video=1)
                GaleriVideoFactory(page=page, unggahan=True)

        tambah()
        # The pages measured are these, at both sizes.
        artikel = BeritaPageFactory(parent=indeks["berita"], tags=["banjir"])
        dokumen = DokumenPageFactory(parent=indeks["dokumen"], kategori_kip="setiap_saat")
        foto = GaleriFotoPageFactory(parent=indeks["galeri"], foto=4)
        video = GaleriVideoPageFactory(parent=indeks["galeri"], video=1)
        GaleriVideoFactory(page=video, unggahan=True)
    jenis = dokumen.jenis.singkatan
    tambah.alamat = {
        "beranda": "/",
        "indeks berita": "/berita/",
        "indeks berita h.2": "/berita/?page=2",
        "artikel": artikel.url,
        "indeks dokumen + filter": f"/dokumen/?jenis={jenis}&kategori=setiap_saat",
        "dokumen": dokumen.url,
        "daftar informasi publik": "/dokumen/daftar-informasi-publik/",
        "indeks galeri": "/galeri/",
        "galeri foto": foto.url,
        "galeri video": video.url,
        "beranda en": "/en/",
        "pencarian": "/cari/?q=kalimantan+timur",
        "pencarian awalan": "/cari/?q=kal",
    }
    return tambah


def _jumlah_kueri(client, alamat):
    hasil = {}
    with time_machine.travel(JAM_KERJA, tick=False):
        for nama, url in alamat.items():
            assert client.get(url).status_code == 200, url
            with CaptureQueriesContext(connection) as kueri:
                respons = client.get(url)
            assert respons.status_code == 200, url
            hasil[nama] = len(kueri)
    return hasil


def test_halaman_publik_tanpa_cache_paling_banyak_15_kueri(client, situs):
    jumlah = _jumlah_kueri(client, situs.alamat)
    terlalu_banyak = {nama: n for nama, n in jumlah.items() if n > KUERI_MAKS}
    assert terlalu_banyak == {}


def test_jumlah_kueri_sama_saat_isi_situs_bertambah(client, situs):
    kecil = _jumlah_kueri(client, situs.alamat)
    with time_machine.travel(JAM_KERJA, tick=False):
        situs(kali=2)
    besar = _jumlah_kueri(client, situs.alamat)
    assert besar == kecil
