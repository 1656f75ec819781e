"""The Laporan Mutu Baku with its charts, in Chromium: axe-core (WCAG 2.1 A/AA) reports no
violation on the report, the list of items past their standard and the dashboard's Mutu Baku
panel; the charts load nothing from another origin; printed, the charts and the table stay
and the filter goes."""

import pytest
import time_machine
from wagtail.models import Locale

from tests.moderasi import test_mutu_baku_admin as mutu_admin
from tests.peramban.conftest import ATURAN_WCAG, AXE

pytestmark = pytest.mark.service("chromium")

wita = mutu_admin.wita
SANDI = "kata-sandi-uji-123"  # tests/conftest.py's users


@pytest.fixture
def indeks_berita(situs):
    """The Indonesian news index (the demo also has its English translation), where
    tests/conftest.py's `buat_draf` writes."""
    from berita.models import BeritaIndexPage

    return BeritaIndexPage.objects.get(locale=Locale.get_default())


@pytest.fixture
def riwayat(situs, buat_draf, petugas, editor, pejabat):
    """Three berita through the SOP in October and November 2025, and one still waiting at
    the editor (past its standard now: it was submitted in November)."""
    jadwal = [
        ("Rapat Koordinasi Banjir Samarinda", 10, 14, (9, 30), (13, 30), (14, 0)),
        ("Vaksinasi Gratis di Puskesmas Tenggarong", 10, 15, (9, 0), (10, 0), (10, 20)),
        ("Festival Kuliner Balikpapan", 11, 18, (9, 0), (11, 0), (11, 30)),
    ]
    for judul, bulan, hari, diajukan, disunting, disaring in jadwal:
        page = mutu_admin._berita(buat_draf, judul, wita(bulan, hari, 8), wita(bulan, hari, 8, 30))
        mutu_admin._alur(
            page,
            petugas,
            editor,
            pejabat,
            wita(bulan, hari, *diajukan),
            wita(bulan, hari, *disunting),
            wita(bulan, hari, *disaring),
        )
    with time_machine.travel(wita(11, 25, 9), tick=False):
        mutu_admin.ajukan(buat_draf(title="Pengumuman Lelang Aset Daerah"), petugas)
    return editor


def _masuk(halaman, user):
    halaman.buka("/admin/login/")
    halaman.page.fill("input[name=username]", user.username)
    halaman.page.fill("input[name=password]", SANDI)
    with halaman.page.expect_navigation():
        halaman.page.click("button[type=submit]")


def _axe_pada(halaman, selektor):
    """axe-core's WCAG 2.1 A/AA violations inside one element (the dashboard's other panels
    are Wagtail's own)."""
    if not halaman.page.evaluate("typeof window.axe !== 'undefined'"):
        halaman.page.evaluate(AXE.read_text(encoding="utf-8"))
    hasil = halaman.page.evaluate(
        "async ([sel, tag]) => await axe.run(document.querySelector(sel), "
        "{runOnly: {type: 'tag', values: tag}})",
        [selektor, ATURAN_WCAG],
    )
    return [(v["id"], [n["target"] for n in v["nodes"]][:5]) for v in hasil["violations"]]


LAPORAN = "/admin/moderasi/laporan-mutu-baku/"


@pytest.mark.parametrize("lebar", [390, 1366])
def test_axe_laporan_mutu_baku_dengan_grafik(buka_halaman, riwayat, lebar):
    halaman = buka_halaman(lebar=lebar, tinggi=900)
    _masuk(halaman, riwayat)
    pelanggaran = {}
    for jalur in (
        f"{LAPORAN}?tahun=2025",
        f"{LAPORAN}?tahun=2025&bagian=berita&langkah=penyuntingan",
        f"{LAPORAN}melewati-standar/",
    ):
        assert halaman.buka(jalur).status == 200, jalur
        hasil = halaman.axe()
        if hasil:
            pelanggaran[jalur] = hasil
    halaman.buka("/admin/")
    hasil = _axe_pada(halaman, "#mutu-baku-dasbor-section")
    if hasil:
        pelanggaran["dasbor"] = hasil
    assert pelanggaran == {}
    assert halaman.permintaan_luar == []


def test_grafik_tampil_tanpa_permintaan_ke_asal_lain_dan_tercetak(buka_halaman, riwayat):
    halaman = buka_halaman(lebar=1366, tinggi=900)
    _masuk(halaman, riwayat)
    halaman.buka(f"{LAPORAN}?tahun=2025&bagian=berita&langkah=penyuntingan")
    halaman.page.wait_for_load_state("networkidle")

    grafik = halaman.page.locator("figure svg[role=img]")
    assert grafik.count() == 2
    assert all(grafik.nth(i).bounding_box()["width"] > 300 for i in range(2))
    assert halaman.permintaan_luar == []

    halaman.page.emulate_media(media="print")
    assert halaman.page.locator("form.mutu-baku-filter").is_hidden()
    assert grafik.first.is_visible()
    assert halaman.page.locator("#laporan-mutu-baku").is_visible()
