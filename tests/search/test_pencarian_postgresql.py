"""The bounded search on PostgreSQL (search/kandidat.py, migration 0004) and the bulk indexer
(search/indeks_massal.py): what makes search fast at 100,000 berita must not change what it
finds. These run on CI's PostgreSQL round; on SQLite they skip (Wagtail's own search serves
there, and tests/search/test_pencarian.py covers both)."""

import datetime

import pytest
from django.db import connection
from wagtail.models import Page

from search.selectors import cari_konten, halaman_konten, lengkapi_otomatis
from tests.conftest import butuh_postgresql

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _postgresql():
    butuh_postgresql("pencarian terbatas khusus PostgreSQL")


def _pk(hasil):
    return [page.pk for page in hasil]


def _terbit(page, hari):
    """Set the page's first publication `hari` days ago (factories publish them all now)."""
    saat = datetime.datetime(2026, 1, 31, 9, tzinfo=datetime.UTC) - datetime.timedelta(days=hari)
    Page.objects.filter(pk=page.pk).update(first_published_at=saat)


def test_lebih_dari_batas_yang_terbaru_diperingkat(client, halaman_cari, buat_berita, monkeypatch):
    monkeypatch.setattr("search.kandidat.BATAS_KANDIDAT", 3)
    halaman = [buat_berita(f"Banjir ruas {n}", "Penanganan banjir di Samarinda.") for n in range(5)]
    for hari, page in enumerate(halaman):
        _terbit(page, hari)
    hasil = cari_konten("banjir")
    assert hasil.count() == 3
    assert hasil.lebih
    assert sorted(_pk(hasil)) == sorted(p.pk for p in halaman[:3])
    html = client.get(halaman_cari.url, {"q": "banjir"}).content.decode()
    assert "3+ hasil untuk" in html


def test_tanpa_tanda_lebih_bila_di_bawah_batas(buat_berita, monkeypatch):
    monkeypatch.setattr("search.kandidat.BATAS_KANDIDAT", 3)
    for n in range(3):
        buat_berita(f"Banjir ruas {n}", "Penanganan banjir.")
    hasil = cari_konten("banjir")
    assert hasil.count() == 3
    assert not hasil.lebih


def test_judul_yang_memuat_kata_di_urutan_pertama(buat_berita):
    """The candidates are ranked with Wagtail's weights: a word in the title outweighs the
    same word mentioned more often in the body (the title is older here, so recency alone
    would put it second)."""
    judul = buat_berita("Banjir rob di Samarinda", "Air laut naik ke permukiman warga.")
    sekilas = buat_berita("Cuaca pekan ini", "Hujan deras, banjir di beberapa ruas jalan.")
    buat_berita("Pasar murah", "Harga bahan pokok turun.")
    assert _pk(cari_konten("banjir")) == [judul.pk, sekilas.pk]


@pytest.mark.parametrize("kueri", ["layanan", "izin tambang", "banjir", "bangun jalan"])
def test_hasil_sama_dengan_pencarian_wagtail(buat_berita, buat_dokumen, buat_galeri, kueri):
    buat_berita("Pelayanan perizinan tambang", "Perizinan tambang dilayani di Samarinda.")
    buat_berita("Pembangunan jalan poros", "Jalan poros dibangun tahun ini.")
    buat_berita("Banjir di Samarinda", "Banjir merendam jalan dan pelayanan terganggu.")
    buat_dokumen("SOP pelayanan izin", "Standar pelayanan perizinan tambang dan jalan.")
    buat_galeri("Foto pembangunan", "Foto pembangunan jalan dan banjir.")
    buat_berita("Pasar murah", "Tidak ada hubungannya.")
    from portal.core.bentuk_dasar import istilah_kueri

    wagtail = halaman_konten().search(" ".join(istilah_kueri(kueri)), operator="and")
    hasil = cari_konten(kueri)
    assert sorted(_pk(hasil)) == sorted(p.pk for p in wagtail)
    assert _pk(hasil)[:1] == [p.pk for p in wagtail[:1]]


def test_awalan_sama_dengan_autocomplete_wagtail(buat_berita, buat_dokumen):
    buat_berita("Festival budaya Kalimantan Timur", "Festival tahunan.")
    buat_dokumen("Rencana kerja Kaltim", "Rencana kerja provinsi.")
    buat_berita("Pasar murah Samarinda", "Pasar murah tahunan.")
    for kueri in ("kal", "sama", "festival bud"):
        wagtail = halaman_konten().autocomplete(kueri)
        assert sorted(_pk(lengkapi_otomatis(kueri))) == sorted(p.pk for p in wagtail), kueri


def test_entri_indeks_halaman_memakai_jenis_spesifiknya(buat_berita, buat_dokumen, buat_galeri):
    """search/kandidat.py joins an entry to its page by the page's own content type."""
    from wagtail.search.models import IndexEntry

    halaman = [
        buat_berita("Berita", "Isi."),
        buat_dokumen("Dokumen", "Ringkasan."),
        buat_galeri("Galeri", "Deskripsi."),
    ]
    for page in halaman:
        entri = IndexEntry.objects.get(object_id=str(page.pk))
        assert entri.content_type_id == page.content_type_id


def test_penyimpanan_indeks_untuk_pencarian_terbatas():
    """Migration 0004: the cost-carrying function and its GIN index, the newest-pages index,
    and the narrow, lz4-compressed entry table."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT procost FROM pg_proc WHERE proname = 'search_isi'")
        assert cursor.fetchone() == (1000,)
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname IN "
            "('search_indexentry_isi_gin', 'search_page_terbaru') ORDER BY indexname"
        )
        isi, halaman = (baris[0] for baris in cursor.fetchall())
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'wagtailsearch_indexentry'")
        (opsi,) = cursor.fetchone()
        cursor.execute(
            "SELECT attcompression FROM pg_attribute WHERE attname = 'body' "
            "AND attrelid = 'wagtailsearch_indexentry'::regclass"
        )
        (kompresi,) = cursor.fetchone()
    assert "gin (search_isi(body))" in isi
    assert "first_published_at DESC NULLS LAST, id DESC" in halaman
    assert "INCLUDE (content_type_id, live, locale_id, path)" in halaman
    assert "toast_tuple_target=128" in opsi
    assert kompresi == "l"


def test_indeks_massal_sama_dengan_indeks_wagtail(buat_berita, buat_dokumen):
    """The same vectors and texts as Wagtail's indexer (`title_norm` comes from the average
    title length of the table, which grows while Wagtail indexes one page at a time)."""
    from wagtail.search.backends import get_search_backend
    from wagtail.search.models import IndexEntry

    from berita.models import BeritaPage
    from search.indeks_massal import indeks_massal

    kolom = ("object_id", "title", "body", "autocomplete", "title_text", "body_text")
    buat_berita("Pelayanan perizinan", "Perizinan usaha dilayani cepat.", tags=["izin"])
    buat_berita("Pembangunan jalan", "Jalan poros dibangun.")
    buat_dokumen("SOP pelayanan", "Standar pelayanan.")
    berita = IndexEntry.objects.filter(
        object_id__in=[str(pk) for pk in BeritaPage.objects.values_list("pk", flat=True)]
    )

    def isi():
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {', '.join(kolom)} FROM wagtailsearch_indexentry "  # noqa: S608
                "WHERE id = ANY(%s) ORDER BY object_id",
                [list(berita.values_list("id", flat=True))],
            )
            return cursor.fetchall()

    backend = get_search_backend()
    semua = BeritaPage.objects.prefetch_related("tags")
    # Re-indexed by Wagtail now: a factory adds the tags after the save that indexed the page.
    backend.add_bulk(BeritaPage, list(semua))
    wagtail = isi()
    assert len(wagtail) == 2
    berita.delete()
    assert indeks_massal(backend, BeritaPage, semua) == 2
    assert isi() == wagtail
