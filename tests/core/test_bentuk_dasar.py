"""The stemmer the index and the queries share (no database)."""

import pytest

from portal.core.bentuk_dasar import bentuk_dasar, istilah_kueri, kata, teks_dasar


@pytest.mark.parametrize(
    ("kata_", "dasar"),
    [
        ("pelayanan", "layan"),
        ("layanan", "layan"),
        ("melayani", "layan"),
        ("perizinan", "izin"),
        ("pembangunan", "bangun"),
        ("dibangun", "bangun"),
        ("pemberitaan", "berita"),
        ("berita", "berita"),  # PostgreSQL's Snowball config gives "ita"
        ("kalimantan", "kalimantan"),
        ("2026", "2026"),
    ],
)
def test_bentuk_dasar_indonesia(kata_, dasar):
    assert bentuk_dasar(kata_) == dasar


def test_bentuk_dasar_inggris():
    assert bentuk_dasar("licensing", "en") == bentuk_dasar("license", "en")
    assert bentuk_dasar("services", "en") == bentuk_dasar("service", "en")


def test_kata_henti_dibuang_dan_kueri_tanpa_duplikat():
    assert teks_dasar("Pelayanan perizinan di Samarinda dan Balikpapan") == (
        "layan izin samarinda balikpapan"
    )
    assert istilah_kueri("layanan pelayanan yang") == ["layan"]
    # A query of stop words only still searches for them.
    assert istilah_kueri("dan") == ["dan"]


def test_kata_mengabaikan_tanda_baca_dan_sql():
    assert kata("'; DROP TABLE wagtailcore_page; --") == ["drop", "table", "wagtailcore", "page"]
    assert kata("<script>alert(1)</script>") == ["script", "alert", "1", "script"]
