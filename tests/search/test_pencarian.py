"""The site search at /cari/: Indonesian morphology on SQLite and PostgreSQL, filters,
pagination, highlighted snippets, promotions with query logging, prefixes, PDF text, English,
and hostile queries.

CI runs this file once on SQLite and once on PostgreSQL (DATABASE_URL): the morphology cases
therefore run on both databases."""

import datetime
import json

import pytest
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Locale

from search.selectors import cari_konten, lengkapi_otomatis

pytestmark = pytest.mark.django_db


def _judul(hasil):
    return [page.title for page in hasil]


def _get(client, halaman_cari, **params):
    respons = client.get(halaman_cari.url, params)
    assert respons.status_code == 200
    return respons


@pytest.mark.parametrize(
    ("kueri", "teks"),
    [
        ("layanan", "Pelayanan terpadu satu pintu kini buka hingga sore hari."),
        ("izin", "Perizinan tambang diperketat oleh pemerintah provinsi."),
        ("bangun", "Pembangunan jembatan Mahakam dimulai pekan depan."),
        ("bangun", "Gedung sekolah itu dibangun dengan dana bantuan."),
        ("pelayanan", "Layanan pengaduan warga dibuka di kantor gubernur."),
    ],
)
def test_morfologi_indonesia(buat_berita, kueri, teks):
    cocok = buat_berita("Kabar hari ini", teks)
    buat_berita("Kabar lain", "Cuaca cerah di Samarinda sepanjang minggu.")
    assert _judul(cari_konten(kueri)) == [cocok.title]


def test_satu_kueri_atas_berita_dokumen_dan_galeri(buat_berita, buat_dokumen, buat_galeri):
    buat_berita("Pelayanan air bersih", "Pelayanan air bersih di Bontang.")
    buat_dokumen("SOP pelayanan informasi", "Standar pelayanan informasi publik.")
    buat_galeri("Galeri pelayanan", "Foto pelayanan kesehatan keliling.")
    buat_berita("Berita lain", "Tidak ada hubungannya sama sekali.")
    assert sorted(_judul(cari_konten("layanan"))) == [
        "Galeri pelayanan",
        "Pelayanan air bersih",
        "SOP pelayanan informasi",
    ]


def test_semua_kata_harus_ada(buat_berita):
    buat_berita("Perizinan tambang", "Perizinan tambang di Kutai Kartanegara.")
    buat_berita("Perizinan usaha", "Perizinan usaha mikro di Samarinda.")
    assert _judul(cari_konten("izin tambang")) == ["Perizinan tambang"]


def test_saring_jenis_dan_tahun_dari_url(client, halaman_cari, buat_berita, buat_dokumen):
    buat_berita("Banjir 2024", "Penanganan banjir.", tanggal=datetime.date(2024, 3, 1))
    buat_berita("Banjir 2025", "Penanganan banjir.", tanggal=datetime.date(2025, 3, 1))
    buat_dokumen("Rencana penanganan banjir", "Penanganan banjir provinsi.", tahun=2024)

    def judul(**params):
        respons = _get(client, halaman_cari, q="banjir", **params)
        return sorted(b["page"].title for b in respons.context["butir"])

    assert judul() == ["Banjir 2024", "Banjir 2025", "Rencana penanganan banjir"]
    assert judul(jenis="berita") == ["Banjir 2024", "Banjir 2025"]
    assert judul(jenis="dokumen") == ["Rencana penanganan banjir"]
    assert judul(tahun="2024") == ["Banjir 2024", "Rencana penanganan banjir"]
    assert judul(jenis="berita", tahun="2025") == ["Banjir 2025"]
    # Unknown values are ignored, never an error.
    assert len(judul(jenis="<b>", tahun="20x4")) == 3
    respons = _get(client, halaman_cari, q="banjir")
    assert respons.context["pilihan_tahun"][:2] == [2025, 2024]


def test_paginasi(client, halaman_cari, buat_berita):
    for nomor in range(12):
        buat_berita(f"Pembangunan jalan ruas {nomor}", "Pembangunan jalan provinsi.")
    pertama = _get(client, halaman_cari, q="bangun")
    kedua = _get(client, halaman_cari, q="bangun", page="2")
    assert pertama.context["hasil"].paginator.count == 12
    assert len(pertama.context["butir"]) == 10
    assert len(kedua.context["butir"]) == 2
    assert "q=bangun&amp;page=2" in pertama.content.decode()


def test_cuplikan_disorot_dan_di_escape(client, halaman_cari, buat_berita):
    buat_berita(
        "Layanan publik",
        "Warga menilai <b>pelayanan</b> kantor & loket baru lebih cepat.",
    )
    html = _get(client, halaman_cari, q="layanan").content.decode()
    assert "<mark>pelayanan</mark>" in html
    assert "<mark>Layanan</mark> publik" in html
    assert "<b>pelayanan" not in html
    assert "kantor &amp; loket" in html


def test_promosi_tampil_lebih_dulu_dan_kueri_dicatat(client, halaman_cari, buat_berita):
    biasa = buat_berita("Perizinan usaha", "Perizinan usaha mikro.")
    dipromosikan = buat_berita("Panduan perizinan", "Panduan perizinan lengkap.")
    query = Query.get("izin")
    SearchPromotion.objects.create(
        query=query, page=dipromosikan, sort_order=0, description="Mulai di sini"
    )
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://oss.go.id/",
        external_link_text="OSS nasional",
        sort_order=1,
    )
    respons = _get(client, halaman_cari, q="Izin")
    assert [p.page_id for p in respons.context["promosi"]] == [dipromosikan.pk, None]
    assert [b["page"].pk for b in respons.context["butir"]] == [biasa.pk]
    html = respons.content.decode()
    assert html.index("Mulai di sini") < html.index("<mark>Perizinan</mark> usaha")
    assert "OSS nasional" in html
    _get(client, halaman_cari, q="izin")
    _get(client, halaman_cari, q="izin", page="2")  # paging is not a new search
    assert QueryDailyHits.objects.get(query=query).hits == 2
    assert "private" in respons["Cache-Control"]


def test_awalan_kal_menemukan_kalimantan(client, halaman_cari, buat_berita):
    buat_berita("Festival budaya Kalimantan Timur", "Festival budaya tahunan.")
    buat_berita("Pasar murah Samarinda", "Pasar murah tahunan.")
    assert _judul(lengkapi_otomatis("kal")) == ["Festival budaya Kalimantan Timur"]
    respons = _get(client, halaman_cari, q="kal")
    assert respons.context["mode_awalan"]
    assert [b["page"].title for b in respons.context["butir"]] == [
        "Festival budaya Kalimantan Timur"
    ]
    assert "<mark>Kalimantan</mark>" in respons.content.decode()
    saran = client.get(halaman_cari.url + "saran/", {"q": "kal"})
    assert saran.status_code == 200
    assert [s["judul"] for s in json.loads(saran.content)["saran"]] == [
        "Festival budaya Kalimantan Timur"
    ]


def test_dokumen_ditemukan_dari_isi_pdf(buat_dokumen):
    from portal.core.factories import DocumentFactory

    berkas = DocumentFactory(
        title="Lampiran",
        paragraf=["Tarif retribusi pelabuhan penyeberangan ditetapkan dalam lampiran ini."],
    )
    dokumen = buat_dokumen(
        "Peraturan tentang tarif", "Ringkasan tanpa kata kunci.", lampiran=[berkas]
    )
    buat_dokumen("Peraturan lain", "Ringkasan lain.")
    dokumen.refresh_from_db()
    assert "retribusi pelabuhan" in dokumen.teks_berkas
    # "penyeberangan" is in the PDF only; "seberang" finds it through its base form.
    assert _judul(cari_konten("seberang")) == [dokumen.title]
    assert _judul(cari_konten("retribusi pelabuhan")) == [dokumen.title]


def test_pdf_diganti_indeks_ikut_berubah(buat_dokumen):
    from django.core.files.base import ContentFile

    from portal.core.contoh.pdf import pdf_demo
    from portal.core.factories import DocumentFactory

    berkas = DocumentFactory(title="Lampiran", paragraf=["Jadwal vaksinasi ternak."])
    dokumen = buat_dokumen("Pengumuman dinas", "Ringkasan.", lampiran=[berkas])
    assert _judul(cari_konten("vaksinasi")) == [dokumen.title]
    berkas.file.save("baru.pdf", ContentFile(pdf_demo("Baru", ["Jadwal pemeriksaan kapal."])))
    berkas.file_hash = ""
    berkas._set_document_file_metadata()
    berkas.save()
    assert _judul(cari_konten("vaksinasi")) == []
    assert _judul(cari_konten("periksa kapal")) == [dokumen.title]


def test_halaman_inggris_memakai_stemming_inggris(beranda, buat_berita):
    en, _ = Locale.objects.get_or_create(language_code="en")
    page = buat_berita(
        "Business licensing services", "Licensing services for small firms.", locale=en
    )
    buat_berita("Perizinan usaha", "Perizinan usaha mikro.")
    assert _judul(cari_konten("license service", locale=en)) == [page.title]
    assert _judul(cari_konten("licenses", locale=en)) == [page.title]


@pytest.mark.parametrize(
    "kueri",
    [
        "",
        "   ",
        "x" * 500,
        "pelayanan " * 40,
        "' OR 1=1; DROP TABLE wagtailcore_page; --",
        '"unterminated AND (* OR',
        "<script>alert('x')</script>",
        '"><img src=x onerror=alert(1)>',
        "a:* & !b | (c)",
        "nul\x00byte",
        "!!!???",
        "%%%_",
    ],
)
def test_kueri_kosong_panjang_atau_berbahaya_tenang(client, halaman_cari, buat_berita, kueri):
    buat_berita("Pelayanan publik", "Pelayanan publik di Samarinda.")
    respons = _get(client, halaman_cari, q=kueri)
    html = respons.content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert len(respons.context["kueri"]) <= 200


def test_kueri_terlalu_panjang_diberi_tahu(client, halaman_cari, buat_berita):
    buat_berita("Pelayanan publik", "Pelayanan publik di Samarinda.")
    respons = _get(client, halaman_cari, q="pelayanan " + "x" * 300)
    assert respons.context["permintaan"].terpotong
    assert "200 karakter" in respons.content.decode()


def test_dikecualikan_dan_draf_tidak_pernah_muncul(buat_berita, buat_dokumen):
    from dokumen.models import DokumenPage, KategoriKIP

    buat_berita("Pelayanan draf", "Pelayanan draf.", live=False)
    rahasia = buat_dokumen("Pelayanan rahasia", "Pelayanan rahasia.")
    DokumenPage.objects.filter(pk=rahasia.pk).update(kategori_kip=KategoriKIP.DIKECUALIKAN)
    assert _judul(cari_konten("layanan")) == []


def test_indeks_gin_judul_isi_di_postgresql():
    """search/migrations/0003: the backend's `(title || body) @@ query` has an index."""
    from django.db import connection

    from tests.conftest import butuh_postgresql

    butuh_postgresql("indeks GIN khusus PostgreSQL")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'search_indexentry_judul_isi_gin'"
        )
        (definisi,) = cursor.fetchone()
    assert "gin" in definisi
    assert "(title || body)" in definisi


def test_halaman_cari_terindeks_hasilnya_noindex(client, halaman_cari):
    """The search page itself may be indexed; its result pages are auto-generated: noindex."""
    kosong = client.get(halaman_cari.url).content.decode()
    assert 'name="robots"' not in kosong
    hasil = client.get(halaman_cari.url, {"q": "banjir"}).content.decode()
    assert '<meta name="robots" content="noindex, follow">' in hasil
