"""The type badge of each search result, and the filters' choices, read in the page's language
(issue 21 point 7): the page type's verbose name under the active language."""

import re

import pytest
from wagtail.models import Locale

pytestmark = pytest.mark.django_db


def _lencana(respons):
    return re.findall(r'<span class="lencana">([^<]*)</span>', respons.content.decode())


@pytest.fixture
def konten_dua_bahasa(beranda):
    from berita.factories import BeritaPageFactory
    from berita.models import BeritaIndexPage
    from dokumen.factories import DokumenPageFactory
    from dokumen.models import DokumenIndexPage
    from portal.core.bahasa import siapkan_struktur_terjemahan

    siapkan_struktur_terjemahan(beranda, "en")
    for kode, berita, dokumen in (
        ("id", "Perizinan usaha mikro", "Peraturan perizinan usaha"),
        ("en", "Business licensing news", "Business licensing rules"),
    ):
        locale = Locale.objects.get(language_code=kode)
        BeritaPageFactory(parent=BeritaIndexPage.objects.get(locale=locale), title=berita)
        DokumenPageFactory(
            parent=DokumenIndexPage.objects.get(locale=locale), title=dokumen, ringkasan=dokumen
        )


def test_lencana_hasil_berbahasa_halaman(client, konten_dua_bahasa):
    inggris = client.get("/en/cari/", {"q": "licensing"})
    assert sorted(_lencana(inggris)) == ["Document", "News"]
    assert '<option value="berita">News</option>' in inggris.content.decode()

    indonesia = client.get("/cari/", {"q": "perizinan"})
    assert sorted(_lencana(indonesia)) == ["Berita", "Dokumen"]
    assert '<option value="berita">Berita</option>' in indonesia.content.decode()
