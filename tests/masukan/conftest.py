"""A small live site for the input tests: berita with categories and tags, documents of two
types and years, a photo gallery, and a page behind a password (its form is public too)."""

import pytest
from wagtail.models import PageViewRestriction

from berita.factories import BeritaPageFactory
from dokumen.factories import DokumenPageFactory
from galeri.factories import GaleriFotoPageFactory
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
    for _ in range(2):
        _tayang(DokumenPageFactory(parent=indeks_dokumen))
    _tayang(GaleriFotoPageFactory(parent=GaleriIndexPage.objects.get(), foto=1))
    berpassword = _tayang(BeritaPageFactory(parent=indeks_berita))
    PageViewRestriction.objects.create(
        page=berpassword, restriction_type=PageViewRestriction.PASSWORD, password="rahasia-123"
    )
    return {"berita": berita[0], "berpassword": berpassword}
