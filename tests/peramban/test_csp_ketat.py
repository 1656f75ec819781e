"""The portal works in Chromium under the Content-Security-Policy it sends itself: the public
pages and the admin login under the strict policy (no inline script), the signed-in admin and
its page editor under the admin policy, each without one CSP violation in the console."""

import pytest

from tests.keamanan.observatory import urai_csp

pytestmark = pytest.mark.service("chromium")

SANDI = "Sandi-Uji-Keamanan-2025"


def _catat_pelanggaran(halaman):
    pelanggaran = []
    halaman.page.on(
        "console",
        lambda pesan: (
            pelanggaran.append((halaman.page.url, pesan.text))
            if "Content Security Policy" in pesan.text
            else None
        ),
    )
    return pelanggaran


def test_halaman_publik_tanpa_pelanggaran_csp_ketat(buka_halaman, alamat):
    halaman = buka_halaman(lebar=1280)
    pelanggaran = _catat_pelanggaran(halaman)
    for nama, jalur in alamat.items():
        respons = halaman.buka(jalur)
        assert "'unsafe-inline'" not in respons.headers["content-security-policy"], nama
        halaman.page.wait_for_load_state("networkidle")
    assert pelanggaran == []


def test_login_admin_berjalan_di_bawah_csp_ketat(buka_halaman, django_user_model):
    django_user_model.objects.create_superuser("admin-uji", "admin-uji@kaltimprov.go.id", SANDI)
    halaman = buka_halaman(lebar=1280)
    pelanggaran = _catat_pelanggaran(halaman)
    respons = halaman.buka("/admin/login/")
    csp = urai_csp(respons.headers["content-security-policy"])
    assert csp["script-src"] == ["'self'"]
    assert not any("'unsafe-inline'" in sumber for sumber in csp.values())
    halaman.page.fill("input[name=username]", "admin-uji")
    halaman.page.fill("input[name=password]", SANDI)
    halaman.page.click("button[type=submit]")
    halaman.page.wait_for_url("**/admin/")
    halaman.page.wait_for_load_state("networkidle")
    assert pelanggaran == []


def test_editor_halaman_admin_berjalan_di_bawah_csp_admin(
    buka_halaman, situs, django_user_model, client
):
    from berita.models import BeritaPage
    from dokumen.models import DokumenPage

    admin = django_user_model.objects.create_superuser("admin-uji", "a@kaltimprov.go.id", SANDI)
    client.force_login(admin)
    halaman = buka_halaman(lebar=1280)
    halaman.page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": situs}]
    )
    pelanggaran = _catat_pelanggaran(halaman)
    berita, dokumen = BeritaPage.objects.first(), DokumenPage.objects.first()
    for jalur in (
        "/admin/",
        f"/admin/pages/{berita.pk}/edit/",
        f"/admin/pages/{dokumen.pk}/edit/",
        f"/admin/pages/{berita.get_parent().pk}/",
        "/admin/documents/",
        "/admin/images/",
    ):
        respons = halaman.buka(jalur)
        assert "frame-ancestors 'self'" in respons.headers["content-security-policy"], jalur
        halaman.page.wait_for_load_state("networkidle")
    # The editor's scripts ran: the rich-text field became a Draftail editor.
    halaman.buka(f"/admin/pages/{berita.pk}/edit/")
    halaman.page.wait_for_selector(".Draftail-Editor")
    # Back on the public site (strict policy) the signed-in user's Wagtail userbar works too.
    halaman.buka(berita.url)
    halaman.page.wait_for_selector("#wagtail-userbar-trigger")
    halaman.page.wait_for_load_state("networkidle")
    assert pelanggaran == []
    assert halaman.permintaan_luar == []
