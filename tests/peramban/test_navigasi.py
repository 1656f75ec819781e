"""Navigation, breadcrumbs, the skip link and the filters, as a citizen uses them."""

import re

import pytest

pytestmark = pytest.mark.service("chromium")


def test_navigasi_menu_artikel_dan_remah(buka_halaman):
    halaman = buka_halaman(lebar=1280)
    page = halaman.page
    halaman.buka("/")
    with page.expect_navigation():
        page.get_by_role("navigation", name="Menu utama").get_by_role("link", name="Berita").click()
    assert page.url.endswith("/berita/")
    judul = page.locator(".kartu__judul a").first
    teks = judul.inner_text()
    judul.click()
    assert page.locator("h1").inner_text() == teks
    remah = page.get_by_role("navigation", name="Jejak navigasi")
    assert remah.locator("[aria-current=page]").inner_text() == teks
    with page.expect_navigation():
        remah.get_by_role("link", name="Berita").click()
    assert page.url.endswith("/berita/")
    remah = page.get_by_role("navigation", name="Jejak navigasi")
    with page.expect_navigation():
        remah.get_by_role("link", name="Beranda").click()
    assert page.locator(".layanan-hari-ini").is_visible()
    assert halaman.permintaan_luar == []


def test_tautan_lewati_ke_konten(buka_halaman):
    halaman = buka_halaman()
    halaman.buka("/berita/")
    halaman.page.keyboard.press("Tab")
    terfokus = halaman.page.evaluate("document.activeElement.textContent.trim()")
    assert terfokus == "Lewati ke konten utama"
    halaman.page.keyboard.press("Enter")
    assert halaman.page.evaluate("document.activeElement.id") == "konten-utama"


def test_filter_berita_di_url_dan_tanpa_javascript(buka_halaman):
    from berita.models import BeritaPage

    # An Indonesian berita: the demo's English ones have English categories, not on /berita/.
    berita = (
        BeritaPage.objects.live()
        .filter(locale__language_code="id")
        .select_related("kategori")
        .order_by("-tanggal")
        .first()
    )
    for javascript in (True, False):
        halaman = buka_halaman(javascript=javascript)
        page = halaman.page
        halaman.buka("/berita/")
        semua = page.locator(".kisi .kartu").count()
        page.get_by_label("Kategori").select_option(berita.kategori.slug)
        page.get_by_label("Tahun").select_option(str(berita.tanggal.year))
        with page.expect_navigation():
            page.get_by_role("button", name="Terapkan").click()
        assert f"kategori={berita.kategori.slug}" in page.url
        assert f"tahun={berita.tanggal.year}" in page.url
        kartu = page.locator(".kisi .kartu")
        assert 0 < kartu.count() <= semua
        for i in range(kartu.count()):
            assert berita.kategori.nama in kartu.nth(i).locator(".kartu__meta").inner_text()
        # The form shows the filters in force; "Hapus filter" goes back to everything.
        assert page.get_by_label("Kategori").input_value() == berita.kategori.slug
        with page.expect_navigation():
            page.get_by_role("link", name="Hapus filter").click()
        assert page.url.endswith("/berita/")
        assert page.locator(".kisi .kartu").count() == semua


def test_filter_dokumen_dan_nilai_buruk(buka_halaman):
    from dokumen.models import DokumenPage

    dokumen = DokumenPage.objects.live().select_related("jenis").first()
    halaman = buka_halaman(lebar=1280)
    page = halaman.page
    halaman.buka("/dokumen/")
    page.get_by_label("Jenis").select_option(dokumen.jenis.singkatan)
    with page.expect_navigation():
        page.get_by_role("button", name="Terapkan").click()
    assert re.search(r"[?&]jenis=", page.url)
    baris = page.locator("table.tabel--dokumen tbody tr")
    assert baris.count() >= 1
    assert dokumen.title in page.locator("table.tabel--dokumen").inner_text()

    respons = halaman.buka("/dokumen/?jenis=%3Cscript%3E&tahun=abc&page=-3")
    assert respons.status == 200
    assert "Filter yang tidak dikenal diabaikan." in page.locator(".saring__hasil").inner_text()


def test_dip_dan_unduhan(buka_halaman):
    halaman = buka_halaman(lebar=1280)
    page = halaman.page
    halaman.buka("/dokumen/")
    page.get_by_role("link", name="Daftar Informasi Publik (DIP)").click()
    assert page.locator("h1").inner_text() == "Daftar Informasi Publik"
    assert page.locator("h2", has_text="Informasi Berkala").count() == 1
    with page.expect_download() as unduhan:
        page.get_by_role("link", name="Unduh DIP (CSV)").click()
    assert unduhan.value.suggested_filename.endswith(".csv")
    with page.expect_download() as unduhan:
        page.get_by_role("link", name="Unduh DIP (XLSX)").click()
    assert unduhan.value.suggested_filename.endswith(".xlsx")
