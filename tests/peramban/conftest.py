"""Browser tests: Playwright driving Debian's Chromium against a live server of the portal.

Nothing is downloaded: the browser is /usr/bin/chromium (`apt-get install chromium`), axe-core
comes from npm (`npm ci` at the repository root). When one of them is missing the tests skip
with the reason, and fail under PORTAL_REQUIRE_SERVICES=1 (.ci/run), through `butuh_layanan`.

The package shares one site: the structure plus a small demo (VolumeDemo) is seeded once,
committed so the live server sees it, and served by a live server of the package's own; one
Chromium serves every test, each test in fresh browser contexts. After every test the
database is put back as the demo left it (tests/cuplikan_db.py), so a test that writes (the
SOP walked in the admin, hostile titles) leaves nothing for the next; after the package, as
the rest of the suite expects it. Under pytest-xdist the package goes to one worker (its
package-scoped fixtures put it in one `xdist_group`, tests/conftest.py), so it is seeded once.

Media files are served to the browser by a Playwright route from MEDIA_ROOT (the test settings
do not serve media), and every request to another host is aborted and recorded: no test ever
reaches the network.
"""

import importlib.util
import mimetypes
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings

from tests.conftest import butuh_layanan
from tests.cuplikan_db import ambil_cuplikan

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
ARGUMEN_CHROMIUM = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ATURAN_WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BATAS_WAKTU_MS = 20_000

pytestmark = pytest.mark.service("chromium")


def _periksa_alat():
    butuh_layanan(CHROMIUM.exists(), f"Chromium tidak ada di {CHROMIUM} (apt-get install chromium)")
    butuh_layanan(
        importlib.util.find_spec("playwright") is not None,
        "paket Python playwright belum terpasang (pip install -r requirements-dev.txt)",
    )
    butuh_layanan(AXE.exists(), f"axe-core tidak ada di {AXE} (jalankan `npm ci`)")


@pytest.fixture(scope="package")
def peramban():
    """One Chromium for the package. Playwright's sync API runs an event loop in this thread
    for as long as it is started, and Django refuses ORM calls while a loop runs ("async
    unsafe"): the ORM calls of the tests are plain synchronous code, so they are allowed while
    the browser lives, and only then."""
    _periksa_alat()
    from playwright.sync_api import sync_playwright

    with pytest.MonkeyPatch.context() as mp, sync_playwright() as p:
        mp.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGUMEN_CHROMIUM)
        yield browser
        browser.close()


@pytest.fixture(scope="package")
def live_server(django_db_setup, django_db_blocker):
    """pytest-django's live server, for the package: the structure plus a small demo, seeded
    once and committed, served by it. Yields the server and a snapshot of the demo."""
    from pytest_django.live_server_helper import LiveServer

    from portal.demo.seeding import VolumeDemo, semai_demo

    _periksa_alat()
    with django_db_blocker.unblock():
        # From the structure as the session built it: a transactional test before this
        # package (they run last, as in Django) may have emptied the database.
        django_db_setup.pulihkan()
        semai_demo(
            VolumeDemo(
                berita=5, dokumen=3, album=1, foto_per_album=3, lebar_gambar=480, tinggi_gambar=270
            )
        )
        demo = ambil_cuplikan()
    server = LiveServer("127.0.0.1:0")
    server._live_server_modified_settings.enable()
    try:
        yield server, demo
    finally:
        server._live_server_modified_settings.disable()
        server.stop()
        with django_db_blocker.unblock():
            django_db_setup.pulihkan()


@pytest.fixture(autouse=True)
def _live_server_helper():
    """Replaces pytest-django's helper, which would make every test here transactional: a
    flush and a fresh seeding each time, about fifteen seconds. `situs` puts the demo back."""
    yield


@pytest.fixture(autouse=True)
def situs(live_server, django_db_blocker):
    """The live server's address; the test may read and write the database, which is put back
    as the demo left it afterwards."""
    server, demo = live_server
    with django_db_blocker.unblock():
        yield server.url
        demo.pulihkan()


# tests/conftest.py's fixtures (users, drafts) and pytest-django's user model, on the shared
# demo without the `db` fixture: its transaction would hide their rows from the live server.
@pytest.fixture
def beranda(situs):
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def django_user_model(situs):
    from django.contrib.auth import get_user_model

    return get_user_model()


class Halaman:
    """A Playwright page plus what the tests check on every page: requests to other hosts
    (aborted) and console errors."""

    def __init__(self, page, asal):
        self.page = page
        self.asal = asal
        self.permintaan_luar = []
        self.galat_konsol = []
        page.set_default_timeout(BATAS_WAKTU_MS)
        page.on(
            "console",
            lambda pesan: self.galat_konsol.append(pesan.text) if pesan.type == "error" else None,
        )
        page.route("**/*", self._rute)

    def _rute(self, route):
        url = route.request.url
        if not url.startswith(self.asal):
            if not url.startswith(("data:", "blob:")):
                self.permintaan_luar.append(url)
            return route.abort()
        jalur = urlsplit(url).path
        if jalur.startswith(settings.MEDIA_URL):
            berkas = Path(settings.MEDIA_ROOT) / unquote(jalur[len(settings.MEDIA_URL) :])
            if berkas.is_file():
                jenis = mimetypes.guess_type(berkas.name)[0] or "application/octet-stream"
                return route.fulfill(path=berkas, content_type=jenis)
            return route.fulfill(status=404, body="")
        return route.continue_()

    def buka(self, jalur, **kwargs):
        return self.page.goto(self.asal + jalur, wait_until="load", **kwargs)

    def axe(self):
        """axe-core's WCAG 2.1 A/AA violations on the current page, as (rule, [targets])."""
        if not self.page.evaluate("typeof window.axe !== 'undefined'"):
            # evaluate, not a <script> tag: the strict CSP refuses inline scripts.
            self.page.evaluate(AXE.read_text(encoding="utf-8"))
        hasil = self.page.evaluate(
            "async (tag) => await axe.run(document, {runOnly: {type: 'tag', values: tag}})",
            ATURAN_WCAG,
        )
        return [(v["id"], [n["target"] for n in v["nodes"]][:5]) for v in hasil["violations"]]


@pytest.fixture
def buka_halaman(situs, peramban):
    """Make a page in a fresh browser context: buka_halaman(lebar=390, javascript=True)."""
    konteks = []

    def _buat(lebar=390, tinggi=800, javascript=True):
        ctx = peramban.new_context(
            viewport={"width": lebar, "height": tinggi},
            java_script_enabled=javascript,
            locale="id-ID",
            timezone_id="Asia/Makassar",
        )
        konteks.append(ctx)
        return Halaman(ctx.new_page(), situs)

    yield _buat
    for ctx in konteks:
        ctx.close()


@pytest.fixture
def alamat(situs):
    """The paths of the pages the issue lists, read from the seeded demo."""
    from berita.models import BeritaPage
    from dokumen.models import DokumenPage
    from galeri.models import GaleriFotoPage, GaleriVideoPage

    return {
        "beranda": "/",
        "indeks berita": "/berita/",
        "artikel": BeritaPage.objects.live().order_by("-tanggal").first().url,
        "indeks dokumen": "/dokumen/",
        "detail dokumen": DokumenPage.objects.live().first().url,
        "DIP": "/dokumen/daftar-informasi-publik/",
        "galeri foto": GaleriFotoPage.objects.live().first().url,
        "galeri video": GaleriVideoPage.objects.live().first().url,
        "pencarian": "/cari/?q=kalimantan",
        "404": "/halaman-yang-tidak-ada/",
    }


def pytest_report_header(config):
    ada = [CHROMIUM.exists(), importlib.util.find_spec("playwright") is not None, AXE.exists()]
    node = shutil.which("node") or "-"
    return f"peramban: chromium={ada[0]} playwright={ada[1]} axe-core={ada[2]} node={node}"
