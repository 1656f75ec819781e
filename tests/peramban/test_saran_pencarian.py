"""Search suggestions as a citizen types (issue 6: autocomplete on prefixes, kal → Kalimantan):
the header's search box and the search page's own box list the titles completing the words
typed, from /cari/saran/, and choosing one opens that page."""

import pytest

pytestmark = [
    pytest.mark.service("chromium"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _judul_kal():
    from wagtail.models import Locale

    from search.selectors import saran_judul

    saran = saran_judul("kal", Locale.objects.get(language_code="id"))
    assert saran, "demo tanpa judul berawalan kal"
    return saran


def _ketik_dan_baca_saran(page, isian, teks):
    isian.press_sequentially(teks, delay=30)
    opsi = page.locator(f"#{isian.get_attribute('id')}-saran option")
    opsi.first.wait_for(state="attached")
    return [opsi.nth(i).get_attribute("value") for i in range(opsi.count())]


def test_kotak_cari_kepala_menyarankan_judul_berawalan_kata(buka_halaman):
    saran = _judul_kal()
    halaman = buka_halaman(lebar=1280)
    page = halaman.page
    halaman.buka("/")
    isian = page.get_by_label("Kata kunci pencarian")
    assert _ketik_dan_baca_saran(page, isian, "kal") == [s["judul"] for s in saran]
    # Choosing a suggestion (the browser replaces the whole text with it) opens that page.
    isian.evaluate(
        "(el, judul) => { el.value = judul;"
        " el.dispatchEvent(new InputEvent('input', {inputType: 'insertReplacementText'})); }",
        saran[0]["judul"],
    )
    page.wait_for_url(f"**{saran[0]['url']}")
    assert page.locator("h1").inner_text() == saran[0]["judul"]
    assert halaman.galat_konsol == []
    assert halaman.permintaan_luar == []


def test_kotak_halaman_cari_menyarankan_dan_tetap_bisa_mencari(buka_halaman):
    saran = _judul_kal()
    halaman = buka_halaman(lebar=1280)
    page = halaman.page
    halaman.buka("/cari/")
    isian = page.get_by_label("Kata kunci", exact=True)
    assert _ketik_dan_baca_saran(page, isian, "kal") == [s["judul"] for s in saran]
    # Typing on and pressing Enter is still a plain search.
    isian.press("Enter")
    page.wait_for_url("**/cari/?q=kal*")
    assert page.locator(".hasil__item").count() > 0
    assert halaman.galat_konsol == []
