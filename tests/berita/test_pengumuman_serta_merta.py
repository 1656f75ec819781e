"""Pengumuman serta merta (KIP): created like a berita, renders every field the law asks for,
and is pinned as a site-wide alert banner while shown, live and not expired."""

from datetime import datetime, timedelta

import factory
import pytest
import time_machine
import wagtail_factories
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Locale
from wagtail.test.utils.form_data import streamfield

from berita.factories import BeritaIndexPageFactory, BeritaPageFactory
from berita.models import BeritaIndexPage, PengumumanSertaMertaPage
from portal.moderasi.jadwal_tayang import publikasi_segera
from portal.moderasi.policy import ZONA_WITA
from tests.admin_form import pesan_galat, tambah_halaman

pytestmark = pytest.mark.django_db


def wita(*args):
    return datetime(*args, tzinfo=ZONA_WITA)


class PengumumanSertaMertaPageFactory(wagtail_factories.PageFactory):
    """A complete serta-merta announcement (a flood in Samarinda). Move to berita/factories.py
    when the lead wires the page type into the demo seeding."""

    class Meta:
        model = PengumumanSertaMertaPage

    parent = factory.SubFactory(BeritaIndexPageFactory)
    title = "Banjir Sungai Karang Mumus: warga bantaran diminta mengungsi"
    slug = factory.Sequence(lambda n: f"banjir-karang-mumus-{n}")
    tanggal = factory.LazyFunction(timezone.now)
    ringkasan = "Air Sungai Karang Mumus naik 1,5 meter; warga bantaran segera mengungsi."
    bahaya_dan_dampak = "Banjir setinggi 1,5 meter merendam permukiman dan memutus listrik."
    pihak_terdampak = "Warga bantaran di Kecamatan Samarinda Ulu dan Sungai Pinang."
    prosedur_evakuasi = "Matikan listrik, bawa dokumen penting, ikuti arahan petugas BPBD."
    tempat_evakuasi = "GOR Segiri, Jl. Kesuma Bangsa, Samarinda."
    cara_menghindari = "Jauhi aliran sungai dan jangan menyeberangi arus banjir."
    cara_mendapat_bantuan = factory.LazyFunction(
        lambda: [
            {
                "type": "kontak",
                "value": {
                    "nama": "Posko BPBD Provinsi Kalimantan Timur",
                    "telepon": "(0541) 741 042",
                    "keterangan": "Buka 24 jam",
                },
            },
            {"type": "kontak", "value": {"nama": "Panggilan darurat", "telepon": "112"}},
        ]
    )
    pihak_pengumum = "BPBD Provinsi Kalimantan Timur"
    cara_penyampaian = "Sirene di tepi sungai dan Radio Republik Indonesia Samarinda."
    upaya_yang_dilakukan = "Tim SAR gabungan mengevakuasi warga dengan perahu karet."
    tampilkan_banner = False
    banner_berakhir = None


def terbitkan(page):
    with publikasi_segera():
        page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def indeks_berita(beranda):
    return BeritaIndexPage.objects.get()


@pytest.fixture
def pengumuman(indeks_berita):
    """Live, with its banner on until tomorrow."""
    return terbitkan(
        PengumumanSertaMertaPageFactory(
            parent=indeks_berita,
            live=False,
            tampilkan_banner=True,
            banner_berakhir=timezone.now() + timedelta(days=1),
        )
    )


def banner(html):
    wadah = BeautifulSoup(html, "html.parser").select_one(".banner-darurat")
    return wadah.get_text(" ", strip=True) if wadah else ""


# -- admin ----------------------------------------------------------------------------------------


def data_pengumuman(**ubah):
    data = {
        "title": "Pemadaman listrik terencana di Balikpapan",
        "slug": "pemadaman-listrik-balikpapan",
        "waktu_liputan": "2026-11-23 09:30",
        "tanggal": "2026-11-24 10:00",
        "ringkasan": "PLN memadamkan listrik di Balikpapan Selatan Kamis 08.00–16.00 WITA.",
        "pihak_pengumum": "Biro Administrasi Pimpinan Setda Provinsi Kalimantan Timur",
        "bahaya_dan_dampak": "Listrik padam delapan jam; pompa air dan alat medis rumah terdampak.",
        "pihak_terdampak": "Pelanggan PLN di Kecamatan Balikpapan Selatan.",
        "cara_menghindari": "Siapkan air bersih dan daya cadangan untuk alat medis.",
        "prosedur_evakuasi": "",
        "tempat_evakuasi": "",
        "cara_mendapat_bantuan": streamfield(
            [("kontak", {"nama": "PLN UP3 Balikpapan", "telepon": "123", "keterangan": ""})]
        ),
        "upaya_yang_dilakukan": "PLN menyiagakan genset untuk rumah sakit dan puskesmas.",
        "cara_penyampaian": "",
        "tampilkan_banner": "",
        "banner_berakhir": "",
    }
    data.update(ubah)
    return data


@pytest.mark.parametrize("pengguna", ["petugas", "editor"])
def test_petugas_dan_editor_membuat_pengumuman_di_admin(client, request, pengguna):
    user = request.getfixturevalue(pengguna)
    client.force_login(user)
    respons = tambah_halaman(
        client, PengumumanSertaMertaPage, BeritaIndexPage.objects.get(), data_pengumuman()
    )
    assert respons.status_code == 302, pesan_galat(respons)
    page = PengumumanSertaMertaPage.objects.get(slug="pemadaman-listrik-balikpapan")
    assert page.owner == user
    assert not page.live
    assert page.cara_mendapat_bantuan[0].value["nama"] == "PLN UP3 Balikpapan"


def test_pengumuman_boleh_di_bawah_indeks_berita():
    assert PengumumanSertaMertaPage in BeritaIndexPage.allowed_subpage_models()
    assert PengumumanSertaMertaPage.allowed_parent_page_models() == [BeritaIndexPage]


def test_banner_tanpa_waktu_berakhir_ditolak(client, petugas):
    client.force_login(petugas)
    respons = tambah_halaman(
        client,
        PengumumanSertaMertaPage,
        BeritaIndexPage.objects.get(),
        data_pengumuman(tampilkan_banner="on"),
    )
    assert respons.status_code == 200
    assert "Isi waktu berakhirnya banner bila banner peringatan ditampilkan." in pesan_galat(
        respons
    )
    assert not PengumumanSertaMertaPage.objects.exists()


def test_banner_berakhir_di_masa_lalu_ditolak(client, petugas):
    client.force_login(petugas)
    with time_machine.travel(wita(2026, 11, 25, 10, 0), tick=False):
        respons = tambah_halaman(
            client,
            PengumumanSertaMertaPage,
            BeritaIndexPage.objects.get(),
            data_pengumuman(tampilkan_banner="on", banner_berakhir="2026-11-25 09:00"),
        )
    assert respons.status_code == 200
    galat = " ".join(pesan_galat(respons))
    assert "Waktu berakhir banner harus setelah sekarang (25 November 2026 10.00 WITA)" in galat
    assert not PengumumanSertaMertaPage.objects.exists()


def test_banner_berakhir_di_masa_depan_diterima(client, petugas):
    client.force_login(petugas)
    with time_machine.travel(wita(2026, 11, 25, 10, 0), tick=False):
        respons = tambah_halaman(
            client,
            PengumumanSertaMertaPage,
            BeritaIndexPage.objects.get(),
            data_pengumuman(tampilkan_banner="on", banner_berakhir="2026-11-26 16:00"),
        )
    assert respons.status_code == 302, pesan_galat(respons)
    page = PengumumanSertaMertaPage.objects.get()
    assert page.tampilkan_banner
    assert page.banner_berakhir == wita(2026, 11, 26, 16, 0)


def test_pengumuman_tayang_yang_bannernya_habis_tetap_bisa_disimpan(pengumuman):
    """The banner rule lives in the admin form, not in the model: the scheduler and an urgent
    take-down save live pages whose banner has long run out."""
    with time_machine.travel(timezone.now() + timedelta(days=3), tick=False):
        with publikasi_segera():
            pengumuman.save_revision().publish()
        pengumuman.unpublish()
    pengumuman.refresh_from_db()
    assert not pengumuman.live


# -- the public page -------------------------------------------------------------------------------


def test_halaman_pengumuman_memuat_semua_unsur_kip(client, pengumuman):
    respons = client.get(pengumuman.url)
    assert respons.status_code == 200
    html = respons.content.decode()
    halaman = BeautifulSoup(html, "html.parser").select_one("main")
    teks = halaman.get_text(" ", strip=True)
    for nilai in (
        pengumuman.title,
        pengumuman.ringkasan,
        pengumuman.bahaya_dan_dampak,
        pengumuman.pihak_terdampak,
        pengumuman.prosedur_evakuasi,
        pengumuman.tempat_evakuasi,
        pengumuman.cara_menghindari,
        "Posko BPBD Provinsi Kalimantan Timur",
        "(0541) 741 042",
        "Buka 24 jam",
        pengumuman.pihak_pengumum,
        pengumuman.cara_penyampaian,
        pengumuman.upaya_yang_dilakukan,
    ):
        assert nilai in teks, nilai
    for judul in (
        "Bahaya dan dampaknya",
        "Pihak dan wilayah yang terdampak",
        "Cara menghindari bahaya",
        "Prosedur evakuasi",
        "Tempat evakuasi",
        "Cara mendapatkan bantuan",
        "Upaya yang dilakukan",
        "Pihak yang mengumumkan",
    ):
        assert judul in teks, judul
    assert 'href="tel:(0541)741042"' not in html
    assert 'href="tel:0541741042"' in html
    assert 'href="tel:112"' in html
    assert "<script" not in halaman.decode() and "style=" not in halaman.decode()


def test_pengumuman_tanpa_evakuasi_mengatakannya(client, indeks_berita):
    page = terbitkan(
        PengumumanSertaMertaPageFactory(
            parent=indeks_berita, live=False, prosedur_evakuasi="", tempat_evakuasi=""
        )
    )
    html = client.get(page.url).content.decode()
    assert "Keadaan ini tidak memerlukan evakuasi." in html


# -- the site-wide banner --------------------------------------------------------------------------


def test_banner_tampil_di_beranda_dan_artikel(client, pengumuman, indeks_berita):
    artikel = BeritaPageFactory(parent=indeks_berita, title="Festival Erau 2026")
    for url in ("/", artikel.url):
        html = client.get(url).content.decode()
        teks = banner(html)
        assert "Pengumuman serta merta" in teks, url
        assert pengumuman.title in teks
        assert pengumuman.ringkasan in teks
        soup = BeautifulSoup(html, "html.parser")
        assert soup.select_one(f'.banner-darurat a[href="{pengumuman.url}"]')
        # right after the skip link, before the header
        lewati = soup.select_one("a.lewati")
        assert "banner-darurat" in lewati.find_next_sibling()["class"]


def test_banner_tidak_tampil_di_halaman_pengumuman_itu_sendiri(client, pengumuman):
    assert banner(client.get(pengumuman.url).content.decode()) == ""


def test_banner_hilang_setelah_waktu_berakhir(client, pengumuman):
    with time_machine.travel(pengumuman.banner_berakhir - timedelta(minutes=1), tick=False):
        assert pengumuman.title in banner(client.get("/").content.decode())
    with time_machine.travel(pengumuman.banner_berakhir, tick=False):
        assert banner(client.get("/").content.decode()) == ""
    # the announcement itself stays published
    assert client.get(pengumuman.url).status_code == 200


def test_banner_hilang_saat_pengumuman_ditarik(client, pengumuman):
    pengumuman.unpublish()
    assert banner(client.get("/").content.decode()) == ""


def test_banner_mati_tidak_tampil(client, indeks_berita):
    terbitkan(PengumumanSertaMertaPageFactory(parent=indeks_berita, live=False))
    assert banner(client.get("/").content.decode()) == ""


def test_draf_dengan_banner_tidak_tampil(client, indeks_berita):
    PengumumanSertaMertaPageFactory(
        parent=indeks_berita,
        live=False,
        tampilkan_banner=True,
        banner_berakhir=timezone.now() + timedelta(days=1),
    )
    assert banner(client.get("/").content.decode()) == ""


def test_banner_terbaru_lebih_dulu_dan_sesuai_bahasa(indeks_berita):
    besok = timezone.now() + timedelta(days=1)
    lama = terbitkan(
        PengumumanSertaMertaPageFactory(
            parent=indeks_berita,
            live=False,
            title="Kabut asap",
            tanggal=timezone.now() - timedelta(hours=5),
            tampilkan_banner=True,
            banner_berakhir=besok,
        )
    )
    baru = terbitkan(
        PengumumanSertaMertaPageFactory(
            parent=indeks_berita,
            live=False,
            title="Air PDAM tercemar",
            tanggal=timezone.now(),
            tampilkan_banner=True,
            banner_berakhir=besok,
        )
    )
    assert list(PengumumanSertaMertaPage.untuk_banner()) == [baru, lama]
    inggris = Locale.objects.get(language_code="en")
    assert list(PengumumanSertaMertaPage.untuk_banner(locale=inggris)) == []
