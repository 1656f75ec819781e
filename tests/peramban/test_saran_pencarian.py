"""Search suggestions as a citizen types (issue 6: autocomplete on prefixes, kal → Kalimantan;
issue 21 point 7: an accessible combobox): the header's search box and the search page's own
box list the titles completing the words typed, from /cari/saran/, in a WAI-ARIA 1.2 combobox
with a listbox popup; choosing one opens that page. Without JavaScript the boxes are plain
search fields. The search page's filters look like every listing's.

The tests that count requests run the page on Playwright's clock: the 250 ms wait before
asking happens when the test moves the clock, so nothing depends on how fast the machine is."""

import datetime
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.service("chromium")

JEDA_SARAN_MS = 250
# Any fixed moment: the page's clock is stopped there once it has loaded.
SAAT = datetime.datetime(2025, 3, 3, 9, 0, tzinfo=datetime.UTC)
SARAN_KA = re.compile(r"/saran/\?q=ka$")


def _judul_kal():
    from wagtail.models import Locale

    from search.selectors import saran_judul

    saran = saran_judul("kal", Locale.objects.get(language_code="id"))
    assert len(saran) > 1, "demo dengan kurang dari dua judul berawalan kal"
    return saran


def _opsi(page, isian):
    return page.locator(f"#{isian.get_attribute('aria-controls')} [role=option]")


def _ketik_dan_tunggu_saran(page, isian, teks, saran):
    """Type `teks` and wait until the popup lists the titles of `saran`."""
    isian.press_sequentially(teks, delay=30)
    expect(_opsi(page, isian)).to_have_text([s["judul"] for s in saran])


def _buka_dengan_jam_berhenti(halaman, jalur):
    """Open the page with its timers on Playwright's clock, stopped: they fire only when the
    test moves the clock on (run_for)."""
    halaman.page.clock.install(time=SAAT)
    halaman.buka(jalur)
    halaman.page.clock.pause_at(SAAT + datetime.timedelta(minutes=1))


def _permintaan_saran(halaman):
    """The URLs of the requests to the suggestion endpoint, as they are made."""
    daftar = []
    halaman.page.on("request", lambda r: daftar.append(r.url) if "/saran/" in r.url else None)
    return daftar


def test_kotak_cari_kepala_menyarankan_judul_berawalan_kata(buka_halaman):
    saran = _judul_kal()
    halaman = buka_halaman(lebar=1280)
    page = halaman.page
    halaman.buka("/")
    isian = page.get_by_role("combobox", name="Kata kunci pencarian")
    _ketik_dan_tunggu_saran(page, isian, "kal", saran)
    # Choosing a suggestion with the keyboard opens that page.
    isian.press("ArrowDown")
    isian.press("Enter")
    page.wait_for_url(f"**{saran[0]['url']}")
    assert page.locator("h1").inner_text() == saran[0]["judul"]
    assert halaman.galat_konsol == []
    assert halaman.permintaan_luar == []


def test_klik_saran_membuka_halamannya(buka_halaman):
    saran = _judul_kal()
    halaman = buka_halaman(lebar=390)
    page = halaman.page
    halaman.buka("/")
    isian = page.get_by_role("combobox", name="Kata kunci pencarian")
    _ketik_dan_tunggu_saran(page, isian, "kal", saran)
    page.get_by_role("option", name=saran[1]["judul"], exact=True).click()
    page.wait_for_url(f"**{saran[1]['url']}")
    assert page.locator("h1").inner_text() == saran[1]["judul"]
    assert halaman.galat_konsol == []


def test_kotak_halaman_cari_menyarankan_dan_tetap_bisa_mencari(buka_halaman):
    saran = _judul_kal()
    halaman = buka_halaman(lebar=1280)
    page = halaman.page
    halaman.buka("/cari/")
    isian = page.get_by_role("combobox", name="Kata kunci", exact=True)
    _ketik_dan_tunggu_saran(page, isian, "kal", saran)
    # Enter with no suggestion chosen is still a plain search of the text typed.
    isian.press("Enter")
    page.wait_for_url("**/cari/?q=kal*")
    assert page.locator(".hasil__item").count() > 0
    assert halaman.galat_konsol == []


def test_atribut_aria_panah_escape_dan_enter(buka_halaman):
    saran = _judul_kal()
    halaman = buka_halaman(lebar=1280)
    page = halaman.page
    halaman.buka("/cari/")
    isian = page.get_by_role("combobox", name="Kata kunci", exact=True)
    daftar = page.locator("#kueri-saran")
    expect(isian).to_have_attribute("aria-autocomplete", "list")
    expect(isian).to_have_attribute("aria-controls", "kueri-saran")
    expect(isian).to_have_attribute("aria-expanded", "false")
    expect(daftar).to_have_attribute("role", "listbox")
    expect(daftar).to_be_hidden()

    _ketik_dan_tunggu_saran(page, isian, "kal", saran)
    opsi = _opsi(page, isian)
    expect(daftar).to_be_visible()
    expect(isian).to_have_attribute("aria-expanded", "true")
    expect(isian).not_to_have_attribute("aria-activedescendant", r".*")
    # The polite live region tells how many suggestions there are.
    expect(page.locator("#kueri-saran-status")).to_have_attribute("role", "status")
    expect(page.locator("#kueri-saran-status")).to_have_text(f"{len(saran)} saran tersedia.")

    def ditunjuk(i):
        expect(isian).to_have_attribute("aria-activedescendant", opsi.nth(i).get_attribute("id"))
        expect(opsi.nth(i)).to_have_attribute("aria-selected", "true")
        expect(page.locator("#kueri-saran [aria-selected=true]")).to_have_count(1)

    isian.press("ArrowDown")
    ditunjuk(0)
    isian.press("ArrowDown")
    ditunjuk(1)
    isian.press("ArrowUp")
    ditunjuk(0)
    isian.press("ArrowUp")
    ditunjuk(len(saran) - 1)
    # Focus never left the box.
    expect(isian).to_be_focused()

    # Escape closes the list and leaves the text typed.
    isian.press("Escape")
    expect(daftar).to_be_hidden()
    expect(isian).to_have_attribute("aria-expanded", "false")
    expect(isian).not_to_have_attribute("aria-activedescendant", r".*")
    expect(isian).to_have_value("kal")

    # ArrowDown opens it again on the first suggestion; Enter opens that page.
    isian.press("ArrowDown")
    expect(daftar).to_be_visible()
    ditunjuk(0)
    isian.press("Enter")
    page.wait_for_url(f"**{saran[0]['url']}")
    assert halaman.galat_konsol == []


def test_tanpa_permintaan_sebelum_dua_huruf_dan_ditunda(buka_halaman):
    saran = _judul_kal()
    halaman = buka_halaman(lebar=1280)
    page = halaman.page
    permintaan = _permintaan_saran(halaman)
    _buka_dengan_jam_berhenti(halaman, "/cari/")
    isian = page.get_by_role("combobox", name="Kata kunci", exact=True)

    isian.press_sequentially("k")
    page.clock.run_for(JEDA_SARAN_MS * 4)
    # One letter asks for nothing, however long the citizen waits.
    assert permintaan == []

    isian.press_sequentially("al")
    page.clock.run_for(JEDA_SARAN_MS - 50)
    assert permintaan == []
    page.clock.run_for(100)
    expect(_opsi(page, isian)).to_have_text([s["judul"] for s in saran])
    # Typed within the wait, "ka" and "kal" made one request, for the whole text.
    assert [url.split("?", 1)[1] for url in permintaan] == ["q=kal"]

    # Back to one letter: the list closes, and again nothing is asked.
    isian.press("Backspace")
    isian.press("Backspace")
    expect(page.locator("#kueri-saran")).to_be_hidden()
    page.clock.run_for(JEDA_SARAN_MS * 4)
    assert len(permintaan) == 1
    assert halaman.galat_konsol == []


def test_permintaan_usang_dibatalkan(buka_halaman):
    saran = _judul_kal()
    halaman = buka_halaman(lebar=1280)
    page = halaman.page
    batal = []
    page.on("requestfailed", lambda r: batal.append(r.url) if "/saran/" in r.url else None)
    # The request for "ka" is never answered: it is still on its way when the citizen types on.
    page.route(SARAN_KA, lambda route: None)
    _buka_dengan_jam_berhenti(halaman, "/cari/")
    isian = page.get_by_role("combobox", name="Kata kunci", exact=True)

    with page.expect_request(SARAN_KA):
        isian.press_sequentially("ka")
        page.clock.run_for(JEDA_SARAN_MS)
    with page.expect_event("requestfailed"):
        isian.press_sequentially("l")
    assert [url.split("?", 1)[1] for url in batal] == ["q=ka"]

    page.clock.run_for(JEDA_SARAN_MS)
    expect(_opsi(page, isian)).to_have_text([s["judul"] for s in saran])


def test_tanpa_javascript_formulir_tetap_mencari(buka_halaman):
    halaman = buka_halaman(lebar=390, javascript=False)
    page = halaman.page
    halaman.buka("/")
    isian = page.get_by_label("Kata kunci pencarian")
    # No script made it a combobox: a plain search field, its empty popup hidden.
    assert isian.get_attribute("role") is None
    expect(page.locator("#kueri-kepala-saran")).to_be_hidden()
    isian.fill("kalimantan")
    with page.expect_navigation():
        isian.press("Enter")
    assert "/cari/?q=kalimantan" in page.url
    assert page.locator(".hasil__item").count() > 0


def test_saringan_halaman_cari_seperti_saringan_daftar(buka_halaman):
    """The search page's type and year filters use the listings' form controls."""
    halaman = buka_halaman(lebar=390)
    page = halaman.page
    gaya = (
        "el => { const g = getComputedStyle(el); return [g.minHeight, g.borderTopWidth,"
        " g.borderTopColor, g.borderRadius, g.backgroundColor, g.paddingLeft, g.fontSize]; }"
    )
    halaman.buka("/dokumen/")
    gaya_daftar = page.locator(".saring select").first.evaluate(gaya)
    halaman.buka("/cari/?q=kalimantan")
    for label in ("Jenis", "Tahun"):
        assert page.get_by_label(label, exact=True).evaluate(gaya) == gaya_daftar, label
    assert page.get_by_role("group", name="Saring hasil").is_visible()
