"""A small live site for the input tests: berita with categories and tags, documents of two
types and years, a photo and a video gallery, the English skeleton, and a page behind a
password (its form is public too)."""

import pytest
from wagtail.models import PageViewRestriction

from berita.factories import BeritaPageFactory
from dokumen.factories import DokumenPageFactory
from galeri.factories import GaleriFotoPageFactory, GaleriVideoFactory, GaleriVideoPageFactory
from portal.core.bahasa import siapkan_struktur_terjemahan
from portal.moderasi.jadwal_tayang import publikasi_segera


def _tayang(page):
    with publikasi_segera():
        page.save_revision().publish()
    page.refresh_from_db()
    return page.specific


@pytest.fixture
def situs_kecil(beranda):
    from berita.models import BeritaIndexPage
    from dokumen.models import DokumenIndexPage
    from galeri.models import GaleriIndexPage

    indeks_berita = BeritaIndexPage.objects.get()
    berita = [
        _tayang(BeritaPageFactory(parent=indeks_berita, tags=["banjir", "samarinda"]))
        for _ in range(3)
    ]
    indeks_dokumen = DokumenIndexPage.objects.get()
    dokumen = [_tayang(DokumenPageFactory(parent=indeks_dokumen)) for _ in range(2)]
    indeks_galeri = GaleriIndexPage.objects.get()
    galeri_foto = _tayang(GaleriFotoPageFactory(parent=indeks_galeri, foto=1))
    galeri_video = GaleriVideoPageFactory(parent=indeks_galeri, video=1)
    GaleriVideoFactory(page=galeri_video, unggahan=True)
    galeri_video = _tayang(galeri_video)
    siapkan_struktur_terjemahan(beranda, "en")
    berpassword = _tayang(BeritaPageFactory(parent=indeks_berita))
    PageViewRestriction.objects.create(
        page=berpassword, restriction_type=PageViewRestriction.PASSWORD, password="rahasia-123"
    )
    return {
        "berita": berita[0],
        "kategori": berita[0].kategori.slug,
        "dokumen": dokumen[0],
        "galeri_foto": galeri_foto,
        "galeri_video": galeri_video,
        "berpassword": berpassword,
    }
