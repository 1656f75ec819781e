"""The photo viewer by keyboard (and without JavaScript), and the video pages: the HTML5
player with poster and captions, the YouTube facade that requests nothing before the click."""

import pytest

pytestmark = pytest.mark.service("chromium")


def aktif(page):
    return page.evaluate("document.activeElement.id")


def test_penampil_foto_dengan_papan_ketik(buka_halaman, alamat):
    halaman = buka_halaman()
    page = halaman.page
    halaman.buka(alamat["galeri foto"])
    jumlah = page.locator(".galeri-foto__tautan").count()
    assert jumlah >= 3
    assert page.locator(".penampil__slide:visible").count() == 0

    # Tab to the first thumbnail, open it with Enter.
    for _ in range(40):
        page.keyboard.press("Tab")
        if aktif(page) == "gambar-1":
            break
    assert aktif(page) == "gambar-1"
    page.keyboard.press("Enter")
    slide = page.locator("#foto-1")
    slide.wait_for(state="visible")
    assert slide.get_attribute("role") == "dialog"
    assert slide.get_attribute("aria-modal") == "true"
    assert aktif(page) == "foto-1"
    # Lazy full-size image loads once shown.
    page.wait_for_function(
        "document.querySelector('#foto-1 img').complete && "
        "document.querySelector('#foto-1 img').naturalWidth > 0"
    )

    page.keyboard.press("ArrowRight")
    page.locator("#foto-2").wait_for(state="visible")
    assert aktif(page) == "foto-2"
    page.keyboard.press("ArrowLeft")
    page.locator("#foto-1").wait_for(state="visible")
    page.keyboard.press("ArrowLeft")
    page.locator(f"#foto-{jumlah}").wait_for(state="visible")  # wraps around to the last

    # Tab stays inside the dialog.
    for _ in range(8):
        page.keyboard.press("Tab")
        assert page.evaluate(
            f"document.getElementById('foto-{jumlah}').contains(document.activeElement)"
        )

    page.keyboard.press("Escape")
    page.wait_for_function("!document.querySelector('.penampil__slide:target')")
    assert page.locator(".penampil__slide:visible").count() == 0
    assert aktif(page) == f"gambar-{jumlah}"
    # Moving through photos did not fill the history.
    assert page.evaluate("history.length") <= 3
    assert halaman.permintaan_luar == []


def test_penampil_foto_tanpa_javascript(buka_halaman, alamat):
    halaman = buka_halaman(javascript=False)
    page = halaman.page
    halaman.buka(alamat["galeri foto"])
    page.locator("#gambar-1").click()
    assert page.locator("#foto-1").is_visible()
    page.locator("#foto-1").get_by_role("link", name="Berikutnya").click()
    assert page.locator("#foto-2").is_visible()
    assert not page.locator("#foto-1").is_visible()
    page.locator("#foto-2").get_by_role("link", name="Tutup penampil foto").click()
    assert page.locator(".penampil__slide:visible").count() == 0


def test_video_unggahan_dan_fasad_youtube(buka_halaman, alamat):
    halaman = buka_halaman(lebar=1280)
    page = halaman.page
    halaman.buka(alamat["galeri video"])
    page.wait_for_load_state("networkidle")

    video = page.locator("video.video__pemutar")
    assert video.count() == 1
    assert video.get_attribute("poster")
    assert video.get_attribute("width") and video.get_attribute("height")
    trek = video.locator("track[kind=captions]")
    assert trek.get_attribute("srclang") == "id"
    assert trek.get_attribute("src").endswith(".vtt")

    # Nothing went to YouTube (or anywhere else) before the click.
    assert halaman.permintaan_luar == []
    assert page.locator("iframe").count() == 0
    fasad = page.locator("a.video__fasad")
    assert "youtube.com/watch" in fasad.get_attribute("href")
    fasad.focus()
    page.keyboard.press("Enter")
    iframe = page.locator("iframe.video__iframe")
    iframe.wait_for(state="attached")
    assert iframe.get_attribute("src").startswith("https://www.youtube-nocookie.com/embed/")
    assert iframe.get_attribute("title")
    page.wait_for_timeout(300)
    assert all("youtube-nocookie.com" in url for url in halaman.permintaan_luar)
    assert halaman.permintaan_luar, "the click should have asked for the player"
