"""Issue 20, point 4: the editor's own tools render hostile text as text, in Chromium.

A title, a StreamField paragraph, a comment, a moderation reason, a `next=` and an account's
name carry `"><img src=x onerror=alert(1)>` and `<script>alert(1)</script>`. In the page
editor, the moderation modal with the inbox and Riwayat SOP around it, and the OTP pages, no
dialog opens (every dialog is recorded and dismissed) and the hostile text is on the page as
text the user reads. The server-side escaping of the same screens is checked over HTTP in
tests/akses/test_advisori_wagtail.py; here the browser runs the admin's JavaScript too, which
builds the comments, the Draftail editor and the modal from JSON."""

import pytest
from django.urls import reverse
from django.utils.html import escape

from tests.peramban.test_alur_admin import jam_kerja_server, sebagai  # noqa: F401 - fixtures

pytestmark = pytest.mark.service("chromium")

SISIPAN = '"><img src=x onerror=alert(1)> <script>alert(1)</script>'
JUDUL = f"Banjir Samarinda {SISIPAN}"
PARAGRAF = f"Air naik setinggi lutut {SISIPAN}"
KOMENTAR = f"Cek lagi angkanya {SISIPAN}"
CATATAN_EDITOR = f"Sudah saya rapikan {SISIPAN}"
ALASAN = f"Jumlah korban belum dikonfirmasi {SISIPAN}"


def catat_dialog(page):
    """Every dialog the page opens (alert, confirm, prompt), dismissed and recorded."""
    dialog = []

    def _catat(d):
        dialog.append(d.message)
        d.dismiss()

    page.on("dialog", _catat)
    return dialog


def _pengguna():
    from django.contrib.auth import get_user_model

    return {u.username: u for u in get_user_model().objects.all()}


def _draf_berbahaya(pengguna):
    """A berita draft of the demo Petugas with the hostile title and paragraph."""
    from berita.factories import BeritaPageFactory
    from berita.models import BeritaIndexPage

    indeks = BeritaIndexPage.objects.get(locale__language_code="id")
    page = BeritaPageFactory(
        parent=indeks,
        owner=pengguna["petugas"],
        live=False,
        title=JUDUL,
        isi=[{"type": "paragraf", "value": f"<p>{escape(PARAGRAF)}</p>"}],
    )
    page.save_revision(user=pengguna["petugas"])
    return page


def test_penyunting_halaman_menampilkan_judul_paragraf_dan_komentar_sebagai_teks(
    sebagai,  # noqa: F811 - the fixture imported above
):
    from wagtail.models import Comment

    pengguna = _pengguna()
    page = _draf_berbahaya(pengguna)
    Comment.objects.create(page=page, user=pengguna["petugas"], text=KOMENTAR, contentpath="title")

    editor = sebagai("editor")
    dialog = catat_dialog(editor.page)
    editor.buka(f"/admin/pages/{page.pk}/edit/")
    halaman = editor.page
    assert halaman.locator("#id_title").input_value() == JUDUL
    paragraf = halaman.locator("#isi-root .Draftail-Editor [role=textbox]").first
    paragraf.get_by_text(PARAGRAF, exact=True).wait_for()
    # The comments are built by the admin's JavaScript from JSON, in the comments side panel.
    halaman.locator("[data-side-panel-toggle='comments']").click()
    halaman.get_by_text(KOMENTAR, exact=True).first.wait_for()
    assert halaman.locator("img[src=x]").count() == 0
    assert dialog == []


def test_modal_moderasi_kotak_masuk_dan_riwayat_menampilkan_alasan_sebagai_teks(
    sebagai,  # noqa: F811 - the fixture imported above
):
    pengguna = _pengguna()
    page = _draf_berbahaya(pengguna)
    page.get_workflow().start(page, pengguna["petugas"])
    tugas = page.current_workflow_task_state
    tugas.task.specific.on_action(tugas, pengguna["editor"], "approve", comment=CATATAN_EDITOR)

    # The Pejabat's inbox lists the item by its title, and the modal shows the Editor's note.
    pejabat = sebagai("pejabat")
    dialog = catat_dialog(pejabat.page)
    modal = pejabat.buka_keputusan(JUDUL, "Tidak layak tayang")
    modal.get_by_text(CATATAN_EDITOR).wait_for()
    modal.get_by_label("Jenis alasan").select_option(label="Informasi tidak akurat")
    modal.locator("textarea[name=comment]").fill(ALASAN)
    with pejabat.page.expect_navigation():
        modal.get_by_role("button", name="Ya, Tidak layak tayang").click()

    # The Riwayat SOP shows the title, the note and the reason as text.
    pejabat.buka(reverse("moderasi_riwayat", args=[page.pk]))
    riwayat = pejabat.page.locator("main")
    for teks in (JUDUL, CATATAN_EDITOR, ALASAN):
        riwayat.get_by_text(teks).first.wait_for()

    # The Petugas reads the decision and its reason on the edit screen.
    petugas = sebagai("petugas")
    dialog += catat_dialog(petugas.page)
    petugas.buka(f"/admin/pages/{page.pk}/edit/")
    petugas.page.locator("[data-keputusan-sop]").get_by_text(ALASAN).wait_for()
    for admin in (pejabat, petugas):
        assert admin.page.locator("img[src=x]").count() == 0
    assert dialog == []


SANDI_UJI = "kata-sandi-uji-123"


def _masuk(halaman, username, sandi):
    halaman.buka("/admin/login/")
    halaman.page.fill("input[name=username]", username)
    halaman.page.fill("input[name=password]", sandi)
    with halaman.page.expect_navigation():
        halaman.page.click("button[type=submit]")


def test_halaman_otp_menampilkan_next_dan_nama_berbahaya_sebagai_teks(
    buka_halaman,
    settings,
    jam_kerja_server,  # noqa: F811 - the fixture imported above
):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from portal.moderasi.peran import GRUP_EDITOR

    settings.PORTAL_OTP_WAJIB = True
    tujuan = f"/admin/{SISIPAN}"

    # The code page of a demo Editor (who has a device) carries a hostile `next` back in its
    # form: as the value of the hidden field, nothing else.
    kode = buka_halaman(lebar=1366, tinggi=900)
    dialog = catat_dialog(kode.page)
    _masuk(kode, "editor", "Editor-Mahakam-2025")
    kode.buka(f"/admin/akun/otp/?next={tujuan}")
    assert kode.page.locator("input[name=next]").get_attribute("value") == tujuan
    assert kode.page.locator("img[src=x]").count() == 0

    # The enrolment page of an Editor whose user name and pending device are hostile.
    nama = f"editor{SISIPAN}"
    user = get_user_model().objects.create_user(username=nama, password=SANDI_UJI)
    user.groups.add(Group.objects.get(name=GRUP_EDITOR))
    TOTPDevice.objects.create(user=user, name=SISIPAN, confirmed=False)
    daftar = buka_halaman(lebar=1366, tinggi=900)
    dialog += catat_dialog(daftar.page)
    _masuk(daftar, nama, SANDI_UJI)
    daftar.buka(f"/admin/akun/otp/daftar/?next={tujuan}")
    daftar.page.locator("[data-rahasia-otp]").wait_for()
    assert daftar.page.locator("input[name=next]").get_attribute("value") == tujuan
    # The QR code is drawn from the otpauth URI, which carries the user name URL-encoded.
    qr = daftar.page.locator("figure.akun-qr svg")
    assert qr.count() == 1 and qr.locator("img, script, foreignObject").count() == 0
    assert daftar.page.locator("img[src=x]").count() == 0
    assert dialog == []
