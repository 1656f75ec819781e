"""Berita in the admin: the petugas creates an article, and it renders with its content."""

import pytest
from wagtail.test.utils.form_data import rich_text, streamfield

from berita.factories import KategoriBeritaFactory
from berita.models import BeritaIndexPage, BeritaPage
from portal.core.factories import ImageFactory, OPDFactory
from portal.moderasi.jadwal_tayang import publikasi_segera
from tests.admin_form import tambah_halaman

pytestmark = pytest.mark.django_db


def data_berita(**ubah):
    gambar = ImageFactory(kecil=True, title="Jembatan Mahakam")
    data = {
        "title": "Jembatan Mahakam IV diresmikan",
        "slug": "jembatan-mahakam-iv-diresmikan",
        "waktu_liputan": "2026-11-23 09:30",
        "tanggal": "2026-11-24",
        "ringkasan": "Gubernur meresmikan Jembatan Mahakam IV di Samarinda.",
        "gambar_utama": gambar.pk,
        "keterangan_gambar": "Jembatan Mahakam IV dilihat dari tepian.",
        "kredit_gambar": "Diskominfo Kaltim",
        "isi": streamfield(
            [
                (
                    "paragraf",
                    rich_text("<p>Jembatan sepanjang 400 meter itu dibuka untuk umum.</p>"),
                ),
                ("kutipan", {"kutipan": "Jembatan ini untuk rakyat.", "sumber": "Gubernur"}),
            ]
        ),
        "kategori": KategoriBeritaFactory(slug="pembangunan", nama="Pembangunan").pk,
        "tags": "jembatan, samarinda",
        "opd": OPDFactory().pk,
        "penulis": "Tim Liputan Diskominfo",
    }
    data.update(ubah)
    return data


def test_petugas_membuat_draf_berita_di_admin(client, petugas):
    client.force_login(petugas)
    respons = tambah_halaman(client, BeritaPage, BeritaIndexPage.objects.get(), data_berita())
    assert respons.status_code == 302, respons.content.decode()[:2000]
    berita = BeritaPage.objects.get(slug="jembatan-mahakam-iv-diresmikan")
    assert berita.owner == petugas
    assert not berita.live
    assert berita.tags.count() == 2
    assert berita.isi[1].block_type == "kutipan"


def test_berita_tampil_dengan_isinya(client, petugas):
    client.force_login(petugas)
    tambah_halaman(client, BeritaPage, BeritaIndexPage.objects.get(), data_berita())
    berita = BeritaPage.objects.get(slug="jembatan-mahakam-iv-diresmikan")
    with publikasi_segera():
        berita.get_latest_revision().publish()
    client.logout()
    respons = client.get(berita.url)
    html = respons.content.decode()
    assert respons.status_code == 200
    assert "Jembatan Mahakam IV diresmikan" in html
    assert "Jembatan sepanjang 400 meter itu dibuka untuk umum." in html
    assert "Jembatan ini untuk rakyat." in html
    assert "Diskominfo Kaltim" in html
    assert "Selasa, 24 November 2026" in html


def test_indeks_berita_terbaru_lebih_dulu_dan_halaman_salah_tidak_error(client, petugas):
    from berita.factories import BeritaPageFactory

    indeks = BeritaIndexPage.objects.get()
    lama = BeritaPageFactory(parent=indeks, title="Berita lama", tanggal="2026-01-02")
    baru = BeritaPageFactory(parent=indeks, title="Berita baru", tanggal="2026-11-02")
    html = client.get(indeks.url).content.decode()
    assert html.index(baru.title) < html.index(lama.title)
    for nomor in ("abc", "999", "-1", "1%00"):
        assert client.get(indeks.url, {"page": nomor}).status_code == 200


def test_ringkasan_wajib_dengan_pesan_bahasa_indonesia(client, petugas):
    client.force_login(petugas)
    respons = tambah_halaman(
        client,
        BeritaPage,
        BeritaIndexPage.objects.get(),
        data_berita(ringkasan=""),
        **{"action-submit": "1"},
    )
    assert respons.status_code == 200
    assert "Kolom ini  harus diisi." in respons.content.decode()
    assert not BeritaPage.objects.filter(slug="jembatan-mahakam-iv-diresmikan").exists()


def test_setiap_blok_isi_dan_gambar_utama_tampil(client, beranda):
    from berita.factories import BeritaPageFactory
    from portal.core.factories import DocumentFactory, ImageFactory

    dokumen = DocumentFactory(title="Laporan Pembangunan Jembatan")
    berita = BeritaPageFactory(
        parent=BeritaIndexPage.objects.get(),
        keterangan_gambar="Jembatan Mahakam IV dari tepi Sungai Mahakam",
        kredit_gambar="Foto: Diskominfo Kaltim",
        isi=[
            ("paragraf", "<p>Paragraf pembuka berita.</p>"),
            (
                "gambar",
                {
                    "gambar": ImageFactory(kecil=True),
                    "teks_alternatif": "Warga melintasi jembatan",
                    "keterangan": "Warga melintas pada hari pertama",
                    "kredit": "Humas Samarinda",
                },
            ),
            ("kutipan", {"kutipan": "Jembatan ini untuk rakyat.", "sumber": "Gubernur"}),
            ("video", {"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "judul": "Peresmian"}),
            ("dokumen", {"dokumen": dokumen, "label": "Unduh laporan"}),
            (
                "tabel",
                {
                    "data": [["Ruas", "Panjang"], ["Jembatan utama", "400 m"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                },
            ),
        ],
    )
    html = client.get(berita.url).content.decode()
    for teks in (
        "Jembatan Mahakam IV dari tepi Sungai Mahakam",
        "Foto: Diskominfo Kaltim",
        "Paragraf pembuka berita.",
        'alt="Warga melintasi jembatan"',
        "Warga melintas pada hari pertama",
        "Humas Samarinda",
        "Jembatan ini untuk rakyat.",
        "Peresmian",
        dokumen.url,
        "Unduh laporan",
        "<th",
        "400 m",
    ):
        assert teks in html, teks
    # The video is a click-to-load facade: nothing is requested from YouTube before the click.
    assert "<iframe" not in html
