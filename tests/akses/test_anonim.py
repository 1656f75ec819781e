"""What a visitor who is not signed in can reach: live, public content only.

Drafts, items under review, scheduled and rejected items and pages behind a login restriction
never show through any public channel (the page's own URL, the listings, the site search, the
feeds, the sitemap, the open-data API), and a live page with an unpublished draft shows its live
version only. The admin, previews and revisions send the visitor to the login: the `anonim`
column of test_matriks_admin.py, which covers every admin URL.
"""

import pytest
from bs4 import BeautifulSoup

from tests.akses.conftest import JUDUL_DRAF_RAHASIA

pytestmark = pytest.mark.django_db


def _saluran(situs):
    indeks = situs.tayang.get_parent()
    return {
        "beranda": "/",
        "indeks_berita": indeks.url,
        "feed_rss": "/feed/berita/rss.xml",
        "feed_atom": "/feed/berita/atom.xml",
        "sitemap": "/sitemap.xml",
        "api_daftar": "/api/v2/pages/?type=berita.BeritaPage&fields=*&limit=20",
        "api_cari": "/api/v2/pages/?search=berita+draf&fields=*",
    }


def _judul_hasil_cari(client, kata):
    """The titles the site search lists for `kata` (the query itself is echoed on the page)."""
    respons = client.get("/cari/", {"q": kata})
    assert respons.status_code == 200
    sup = BeautifulSoup(respons.content, "html.parser")
    return [" ".join(judul.get_text().split()) for judul in sup.select(".hasil__judul")]


def test_materi_yang_belum_tayang_tidak_terlihat_pengunjung(situs, client, subtests):
    isi_saluran = {}
    for nama, url in _saluran(situs).items():
        respons = client.get(url)
        assert respons.status_code == 200, url
        isi_saluran[nama] = respons.content.decode()
    # Controls: the live item does show through the same channels.
    assert situs.tayang.title in isi_saluran["indeks_berita"]
    assert situs.tayang.title in _judul_hasil_cari(client, situs.tayang.title)

    for keadaan, page in situs.bukan_publik().items():
        with subtests.test(keadaan=keadaan):
            halaman = client.get(page.url)
            if keadaan == "berbatas":
                assert halaman.status_code == 302 and "/_util/login/" in halaman["Location"]
            else:
                assert halaman.status_code == 404
            assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
            find = client.get("/api/v2/pages/find/", {"html_path": page.url})
            assert find.status_code == 404
            for nama, isi in isi_saluran.items():
                assert page.title not in isi and page.slug not in isi, nama
            assert page.title not in _judul_hasil_cari(client, page.title)


def test_halaman_tayang_berdraf_hanya_menampilkan_versi_tayang(situs, client):
    page = situs.tayang_berdraf
    assert page.title != JUDUL_DRAF_RAHASIA
    halaman = client.get(page.url).content.decode()
    assert page.title in halaman
    api = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert api["title"] == page.title
    for url in _saluran(situs).values():
        assert JUDUL_DRAF_RAHASIA not in client.get(url).content.decode(), url
    assert JUDUL_DRAF_RAHASIA not in halaman
    assert _judul_hasil_cari(client, "Rahasia Belum Disetujui") == []
