"""The news index: filters in the URL, bad input corrected, never a 500; related articles."""

import datetime
import re

import pytest

from berita.factories import BeritaPageFactory, KategoriBeritaFactory
from berita.models import BERITA_PER_HALAMAN

pytestmark = pytest.mark.django_db


def judul(respons):
    return [b.title for b in respons.context["berita_list"]]


@pytest.fixture
def berita(indeks_berita):
    kesehatan = KategoriBeritaFactory(slug="kesehatan", nama="Kesehatan")
    ekonomi = KategoriBeritaFactory(slug="ekonomi", nama="Ekonomi")
    return {
        "vaksin": BeritaPageFactory(
            parent=indeks_berita,
            title="Vaksinasi di Berau",
            kategori=kesehatan,
            tanggal=datetime.date(2026, 11, 3),
            tags=["imunisasi", "Berau"],
        ),
        "puskesmas": BeritaPageFactory(
            parent=indeks_berita,
            title="Puskesmas Keliling Mahakam Ulu",
            kategori=kesehatan,
            tanggal=datetime.date(2025, 11, 20),
            tags=["puskesmas"],
        ),
        "umkm": BeritaPageFactory(
            parent=indeks_berita,
            title="Pameran UMKM Samarinda",
            kategori=ekonomi,
            tanggal=datetime.date(2026, 3, 14),
            tags=["umkm", "Berau"],
        ),
    }


def test_tanpa_filter_semua_berita_terbaru_dulu(client, berita):
    r = client.get("/berita/")
    assert r.status_code == 200
    assert judul(r) == [
        "Vaksinasi di Berau",
        "Pameran UMKM Samarinda",
        "Puskesmas Keliling Mahakam Ulu",
    ]


@pytest.mark.parametrize(
    ("kueri", "harapan"),
    [
        ("kategori=kesehatan", ["Vaksinasi di Berau", "Puskesmas Keliling Mahakam Ulu"]),
        ("tag=berau", ["Vaksinasi di Berau", "Pameran UMKM Samarinda"]),
        ("tahun=2026", ["Vaksinasi di Berau", "Pameran UMKM Samarinda"]),
        ("bulan=11", ["Vaksinasi di Berau", "Puskesmas Keliling Mahakam Ulu"]),
        ("tahun=2026&bulan=11", ["Vaksinasi di Berau"]),
        ("kategori=kesehatan&tag=berau&tahun=2026", ["Vaksinasi di Berau"]),
        ("kategori=ekonomi&tahun=2025", []),
    ],
)
def test_filter_di_url(client, berita, kueri, harapan):
    r = client.get(f"/berita/?{kueri}")
    assert r.status_code == 200
    assert judul(r) == harapan
    assert r.context["saring"].aktif
    assert '<meta name="robots" content="noindex, follow">' in r.content.decode()


@pytest.mark.parametrize(
    "kueri",
    [
        "kategori=tidak-ada",
        "tag=%00",
        "tahun=abc",
        "tahun=99999999999999999999999",
        "bulan=13",
        "bulan=-1",
        "page=abc",
        "page=0",
        "page=-5",
        "page=99999",
        "page=1e3",
        "kategori=kesehatan&kategori=",
        "tahun=2026&tahun=xx",
    ],
)
def test_nilai_buruk_dikoreksi_bukan_500(client, berita, kueri):
    r = client.get(f"/berita/?{kueri}")
    assert r.status_code == 200
    # The listing is never empty because of a bad value: the bad filter is dropped.
    assert len(judul(r)) == 3


def test_filter_tidak_dikenal_diberitahukan(client, berita):
    r = client.get("/berita/?kategori=tidak-ada&tahun=2026")
    assert judul(r) == ["Vaksinasi di Berau", "Pameran UMKM Samarinda"]
    html = r.content.decode()
    assert "Filter yang tidak dikenal diabaikan." in html
    # The valid filter stays selected in the form, the unknown one shows as "Semua".
    assert '<option value="2026" selected>' in html
    assert '<option value="" selected>Semua</option>' in html


def test_pilihan_filter_dari_berita_yang_tayang(client, berita, indeks_berita):
    BeritaPageFactory(parent=indeks_berita, tanggal=datetime.date(2019, 1, 1), live=False)
    saring = client.get("/berita/").context["saring"]
    assert [c for c, _ in saring.fields["tahun"].choices] == ["", "2026", "2025"]
    assert {c for c, _ in saring.fields["tag"].choices} == {
        "",
        "berau",
        "imunisasi",
        "puskesmas",
        "umkm",
    }
    assert {"kesehatan", "ekonomi"} <= {c for c, _ in saring.fields["kategori"].choices}


def test_paginasi_membawa_filter(client, indeks_berita):
    kategori = KategoriBeritaFactory(slug="pembangunan", nama="Pembangunan")
    for i in range(BERITA_PER_HALAMAN + 2):
        BeritaPageFactory(
            parent=indeks_berita,
            kategori=kategori,
            tanggal=datetime.date(2026, 1, 1) + datetime.timedelta(days=i),
            gambar_utama=None,
        )
    r = client.get("/berita/?kategori=pembangunan")
    html = r.content.decode()
    assert 'href="?kategori=pembangunan&amp;page=2"' in html
    r2 = client.get("/berita/?kategori=pembangunan&page=2")
    assert len(judul(r2)) == 2
    # Past the end: the last page, not an error.
    assert client.get("/berita/?kategori=pembangunan&page=50").context["berita_list"].number == 2


def test_tag_artikel_menaut_ke_indeks_tersaring(client, berita):
    html = client.get(berita["vaksin"].url).content.decode()
    assert 'href="/berita/?tag=imunisasi"' in html


def test_berita_terkait_berbagi_tag_dan_kategori_lebih_dulu(berita, indeks_berita):
    lain = BeritaPageFactory(
        parent=indeks_berita,
        title="Berita lain",
        kategori=KategoriBeritaFactory(slug="pariwisata", nama="Pariwisata"),
        tanggal=datetime.date(2026, 11, 20),
    )
    terkait = berita["vaksin"].get_berita_terkait()
    # umkm shares the tag "Berau" and puskesmas the category: one point each, newest first;
    # the unrelated article tops the list up to three.
    assert [b.title for b in terkait[:2]] == [
        "Pameran UMKM Samarinda",
        "Puskesmas Keliling Mahakam Ulu",
    ]
    assert berita["vaksin"] not in terkait
    assert terkait[2] == lain


def test_berita_terkait_mengutamakan_skor_tertinggi(indeks_berita):
    kategori = KategoriBeritaFactory(slug="kesehatan", nama="Kesehatan")
    utama = BeritaPageFactory(parent=indeks_berita, kategori=kategori, tags=["a", "b"])
    satu = BeritaPageFactory(
        parent=indeks_berita, tanggal=datetime.date(2026, 11, 1), tags=["a"], kategori=None
    )
    tiga = BeritaPageFactory(
        parent=indeks_berita,
        tanggal=datetime.date(2020, 1, 1),
        tags=["a", "b"],
        kategori=kategori,
    )
    draf = BeritaPageFactory(parent=indeks_berita, tags=["a", "b"], live=False)
    terkait = utama.get_berita_terkait()
    assert terkait[:2] == [tiga, satu]
    assert draf not in terkait


def test_berita_terkait_dinilai_di_antara_kandidat_terbaru(indeks_berita, monkeypatch):
    # On a large site only the newest candidates are scored: an old berita sharing every tag
    # gives way to newer ones sharing one.
    monkeypatch.setattr("berita.models.KANDIDAT_BERITA_TERKAIT", 2)
    utama = BeritaPageFactory(parent=indeks_berita, tags=["a", "b"], kategori=None)
    lama = BeritaPageFactory(
        parent=indeks_berita, tanggal=datetime.date(2020, 1, 1), tags=["a", "b"], kategori=None
    )
    baru = [
        BeritaPageFactory(
            parent=indeks_berita, tanggal=datetime.date(2026, 11, h), tags=["a"], kategori=None
        )
        for h in (1, 2)
    ]
    terkait = utama.get_berita_terkait()
    assert terkait[:2] == [baru[1], baru[0]]
    assert lama not in terkait[:2]


def test_halaman_artikel_menampilkan_berita_terkait_dan_tautan_bagikan(client, berita):
    html = client.get(berita["vaksin"].url).content.decode()
    assert "Berita terkait" in html
    assert "Pameran UMKM Samarinda" in html
    assert "https://wa.me/?text=" in html
    assert "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2F" in html
    # No third-party script: every script is ours (JSON-LD is data, never executed).
    html = re.sub(r'<script type="application/ld\+json">.*?</script>', "", html, flags=re.S)
    assert "<script" not in html.replace('<script src="/static/js/portal.js" defer></script>', "")
