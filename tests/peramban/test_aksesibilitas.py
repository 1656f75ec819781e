"""axe-core (WCAG 2.1 A/AA) reports no violation on the pages the issue lists, at phone and
desktop widths; the pages make no third-party request and hold no inline script or style."""

import pytest

pytestmark = pytest.mark.service("chromium")

# A Content-Security-Policy without 'unsafe-inline': the public site must work under it.
CSP_KETAT = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "media-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; "
    "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)


@pytest.mark.parametrize("lebar", [390, 1280])
def test_axe_tanpa_pelanggaran_wcag21_aa(buka_halaman, alamat, lebar):
    halaman = buka_halaman(lebar=lebar)
    pelanggaran = {}
    for nama, jalur in alamat.items():
        respons = halaman.buka(jalur)
        assert respons.status == (404 if nama == "404" else 200), nama
        hasil = halaman.axe()
        if hasil:
            pelanggaran[nama] = hasil
    assert pelanggaran == {}


def test_axe_penampil_foto_terbuka(buka_halaman, alamat):
    halaman = buka_halaman()
    halaman.buka(alamat["galeri foto"] + "#foto-2")
    halaman.page.wait_for_selector("#foto-2[role=dialog]")
    assert halaman.axe() == []


def test_tanpa_permintaan_pihak_ketiga_dan_tanpa_inline(buka_halaman, alamat):
    halaman = buka_halaman()
    # Every HTML response gets a strict CSP, as a production proxy could add it.
    pelanggaran_csp = []
    halaman.page.on(
        "console",
        lambda pesan: (
            pelanggaran_csp.append(pesan.text) if "Content Security Policy" in pesan.text else None
        ),
    )

    def dengan_csp(route):
        if route.request.resource_type != "document":
            return halaman._rute(route)
        respons = route.fetch()
        kepala = {**respons.headers, "content-security-policy": CSP_KETAT}
        return route.fulfill(response=respons, headers=kepala)

    halaman.page.unroute("**/*")
    halaman.page.route("**/*", dengan_csp)
    for nama, jalur in alamat.items():
        halaman.buka(jalur)
        halaman.page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        halaman.page.wait_for_load_state("networkidle")
        # JSON-LD is data for search engines, never executed (CSP does not apply to it).
        inline = halaman.page.evaluate(
            "document.querySelectorAll("
            "'script:not([src]):not([type=\"application/ld+json\"]), style, [style]').length"
        )
        assert inline == 0, nama
    assert halaman.permintaan_luar == []
    assert pelanggaran_csp == []


def test_tata_letak_320px_tanpa_gulir_mendatar(buka_halaman, alamat):
    halaman = buka_halaman(lebar=320)
    melebar = {}
    for nama, jalur in alamat.items():
        halaman.buka(jalur)
        lebar = halaman.page.evaluate("document.documentElement.scrollWidth")
        if lebar > 320:
            melebar[nama] = lebar
    assert melebar == {}


def test_terbaca_tanpa_javascript(buka_halaman, alamat):
    halaman = buka_halaman(javascript=False)
    halaman.buka(alamat["beranda"])
    assert halaman.page.locator("h1").inner_text()
    # count() does not wait: the click returns once the navigation starts, so wait for the
    # new page to load before counting its cards.
    with halaman.page.expect_navigation():
        halaman.page.get_by_role("navigation", name="Menu utama").get_by_role(
            "link", name="Berita"
        ).click()
    assert halaman.page.url.endswith("/berita/")
    assert halaman.page.locator(".kisi .kartu").count() > 0
