"""Where each page type may stand in the tree (parent/subpage rules)."""

import pytest
from wagtail.models import Page

from berita.models import BeritaIndexPage, BeritaPage, PengumumanSertaMertaPage
from dokumen.models import DokumenIndexPage, DokumenPage
from galeri.models import GaleriFotoPage, GaleriIndexPage, GaleriVideoPage
from home.models import HomePage
from search.models import SearchPage

pytestmark = pytest.mark.django_db

ANAK_YANG_BOLEH = {
    HomePage: {BeritaIndexPage, DokumenIndexPage, GaleriIndexPage, SearchPage},
    BeritaIndexPage: {BeritaPage, PengumumanSertaMertaPage},
    DokumenIndexPage: {DokumenPage},
    GaleriIndexPage: {GaleriFotoPage, GaleriVideoPage},
    BeritaPage: set(),
    PengumumanSertaMertaPage: set(),
    DokumenPage: set(),
    GaleriFotoPage: set(),
    GaleriVideoPage: set(),
    SearchPage: set(),
}


@pytest.mark.parametrize(
    "induk, anak", ANAK_YANG_BOLEH.items(), ids=lambda m: getattr(m, "__name__", "")
)
def test_setiap_jenis_halaman_hanya_menerima_anak_yang_sesuai(induk, anak):
    assert {m for m in induk.allowed_subpage_models()} == anak


def test_beranda_hanya_di_bawah_akar():
    assert HomePage.allowed_parent_page_models() == [Page]


def test_indeks_tidak_boleh_ganda_di_satu_beranda(beranda):
    for indeks in (BeritaIndexPage, DokumenIndexPage, GaleriIndexPage, SearchPage):
        assert not indeks.can_create_at(beranda)


def test_berita_hanya_di_indeks_berita(beranda):
    assert BeritaPage.can_create_at(BeritaIndexPage.objects.get())
    assert not BeritaPage.can_create_at(DokumenIndexPage.objects.get())
    assert not BeritaPage.can_create_at(beranda)
