"""Reads for the site search: one query over berita, dokumen and galeri."""

from wagtail.models import Page

from berita.models import BeritaPage, PengumumanSertaMertaPage
from dokumen.models import DokumenPage
from galeri.models import GaleriFotoPage, GaleriVideoPage

PANJANG_KUERI_MAKSIMUM = 200


def bersihkan_kueri(kueri):
    """Trim the query and cut it to a length that the search backends answer quickly."""
    return " ".join((kueri or "").split())[:PANJANG_KUERI_MAKSIMUM]


def cari_konten(kueri, locale=None):
    halaman = (
        Page.objects.live()
        .public()
        .type(BeritaPage, PengumumanSertaMertaPage, DokumenPage, GaleriFotoPage, GaleriVideoPage)
    )
    if locale is not None:
        halaman = halaman.filter(locale=locale)
    return halaman.specific().search(kueri)
