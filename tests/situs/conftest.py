"""Fixtures of the public-site tests: the section indexes under the `beranda` fixture."""

import pytest


@pytest.fixture
def indeks_dokumen(beranda):
    from dokumen.models import DokumenIndexPage

    return DokumenIndexPage.objects.get()


@pytest.fixture
def indeks_galeri(beranda):
    from galeri.models import GaleriIndexPage

    return GaleriIndexPage.objects.get()
