"""Fixtures of the search tests: the search page and builders of content with known words.

Pages are indexed when they are saved: Wagtail's search signal handler enqueues a django-tasks
job, and the default ImmediateBackend runs it at once, inside the test's transaction."""

import pytest


@pytest.fixture
def halaman_cari(beranda):
    from search.models import SearchPage

    return SearchPage.objects.get()


@pytest.fixture
def indeks_dokumen(beranda):
    from dokumen.models import DokumenIndexPage

    return DokumenIndexPage.objects.get()


@pytest.fixture
def indeks_galeri(beranda):
    from galeri.models import GaleriIndexPage

    return GaleriIndexPage.objects.get()


@pytest.fixture
def buat_berita(indeks_berita):
    from berita.factories import BeritaPageFactory, paragraf_html

    def _buat(judul, teks="", **kolom):
        kolom.setdefault("ringkasan", teks or judul)
        return BeritaPageFactory(
            parent=indeks_berita,
            title=judul,
            isi=[{"type": "paragraf", "value": paragraf_html(teks or judul)}],
            **kolom,
        )

    return _buat


@pytest.fixture
def buat_dokumen(indeks_dokumen):
    from dokumen.factories import DokumenPageFactory

    def _buat(judul, ringkasan, **kolom):
        return DokumenPageFactory(parent=indeks_dokumen, title=judul, ringkasan=ringkasan, **kolom)

    return _buat


@pytest.fixture
def buat_galeri(indeks_galeri):
    from galeri.factories import GaleriFotoPageFactory

    def _buat(judul, deskripsi, **kolom):
        return GaleriFotoPageFactory(
            parent=indeks_galeri, title=judul, deskripsi=deskripsi, foto=0, **kolom
        )

    return _buat
