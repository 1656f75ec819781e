"""The SOP path walked in the real admin, in Chromium, with the demo accounts: the petugas
writes a berita and submits it, the editor corrects the summary and forwards it in one step,
the pejabat confirms "Layak tayang" in working hours and the article is live with the editor's
wording; a second item refused as not fit to publish shows its status and reason to the
petugas. Every page the users open is screenshotted into the test's temporary folder (kept by
pytest for the last runs), so a failing step can be seen."""

from datetime import datetime, timedelta

import pytest
import time_machine
from django.utils import timezone

from portal.demo.referensi import PENGGUNA

pytestmark = pytest.mark.service("chromium")

SANDI = {p.username: p.password for p in PENGGUNA}
RINGKASAN_PETUGAS = "Pemprov Kaltim menggelar pasar murah di enam kecamatan."
RINGKASAN_EDITOR = (
    "Pemprov Kaltim menggelar pasar murah di enam kecamatan Samarinda selama sepekan."
)


def _selasa_kerja_berikutnya():
    """10:00 WITA on the next Tuesday the office is open (after the demo's dates)."""
    from portal.moderasi.kalender import kalender_kerja
    from portal.moderasi.policy import ZONA_WITA

    hari = timezone.localtime(timezone.now(), ZONA_WITA).date() + timedelta(days=1)
    while True:
        if hari.weekday() == 1:
            saat = datetime(hari.year, hari.month, hari.day, 10, 0, tzinfo=ZONA_WITA)
            if kalender_kerja().buka_pada(saat):
                return saat
        hari += timedelta(days=1)


@pytest.fixture
def jam_kerja_server(situs):
    """The clock of the test and of the live server (a thread of this process) on a working
    Tuesday, 10:00 WITA, ticking."""
    with time_machine.travel(_selasa_kerja_berikutnya(), tick=True):
        yield


class Admin:
    """One signed-in demo user in the admin, with a screenshot after every page it opens."""

    def __init__(self, buka_halaman, folder, nama):
        self.halaman = buka_halaman(lebar=1366, tinggi=900)
        self.page = self.halaman.page
        self.folder, self.nama, self.nomor = folder, nama, 0
        self.page.on("load", lambda _page: self.jepret())

    def jepret(self, label="halaman"):
        self.nomor += 1
        self.page.screenshot(path=str(self.folder / f"{self.nama}-{self.nomor:02d}-{label}.png"))

    def masuk(self):
        self.halaman.buka("/admin/login/")
        self.page.fill("input[name=username]", self.nama)
        self.page.fill("input[name=password]", SANDI[self.nama])
        with self.page.expect_navigation():
            self.page.click("button[type=submit]")

    def buka(self, jalur):
        self.halaman.buka(jalur)

    def kirim_lewat(self, tombol):
        """Press one of the page editor's "more actions" buttons (under the footer's arrow)."""
        self.page.locator("footer").get_by_role("button", name="Tindakan lainnya").click()
        with self.page.expect_navigation():
            self.page.locator("footer").get_by_role("button", name=tombol, exact=True).click()

    def buka_keputusan(self, judul, tombol):
        """Open the decision modal of `tombol` on the item `judul` in the dashboard's inbox."""
        self.buka("/admin/")
        baris = self.page.locator("table.listing tr", has_text=judul)
        baris.get_by_role("button", name=tombol, exact=True).click()
        return self.page.locator(".modal-content")

    def pesan(self):
        """The messages at the top, with the form's field errors if the save was refused."""
        galat = self.page.eval_on_selector_all(
            "[data-field-errors]",
            "els => els.filter(e => e.innerText.trim()).map(e => "
            "(e.closest('[data-contentpath]')?.dataset.contentpath || e.id) + ': ' + e.innerText)",
        )
        return " ".join([self.page.locator(".messages").inner_text(), *galat]).strip()


@pytest.fixture
def sebagai(buka_halaman, tmp_path, jam_kerja_server):
    def _masuk(nama):
        admin = Admin(buka_halaman, tmp_path, nama)
        admin.masuk()
        return admin

    return _masuk


def test_petugas_editor_pejabat_menayangkan_berita_dengan_suntingan_editor(sebagai, buka_halaman):
    from berita.models import BeritaIndexPage, BeritaPage

    indeks = BeritaIndexPage.objects.get(locale__language_code="id")

    # 1–2. The petugas writes the berita and submits it.
    petugas = sebagai("petugas")
    petugas.buka("/admin/")
    page = petugas.page
    with page.expect_navigation():
        page.get_by_role("link", name="Tulis berita").click()
    assert page.url.endswith(f"/admin/pages/add/berita/beritapage/{indeks.pk}/")
    page.fill("#id_title", "Pasar Murah di Enam Kecamatan Samarinda")
    page.fill("#id_ringkasan", RINGKASAN_PETUGAS)
    page.locator("#isi-root .c-sf-add-button").click()
    page.get_by_role("option", name="Paragraf").click()
    paragraf = page.locator("#isi-root .Draftail-Editor [role=textbox]")
    paragraf.click()
    paragraf.press_sequentially("Pasar murah digelar di enam kecamatan selama sepekan.")
    # Draftail writes its hidden input a moment after typing (debounced): wait for it.
    nilai = page.locator("input[name='isi-0-value']")
    for _ in range(50):
        if "Pasar murah" in (nilai.input_value() or ""):
            break
        page.wait_for_timeout(100)
    petugas.kirim_lewat("Kirim ke Alur Publikasi SOP")
    berita = BeritaPage.objects.get(title="Pasar Murah di Enam Kecamatan Samarinda")
    assert berita.current_workflow_state is not None
    assert "Pasar murah digelar" in str(berita.get_latest_revision_as_object().isi)

    # 3. The editor corrects the summary and forwards it in one step.
    editor = sebagai("editor")
    editor.buka(f"/admin/pages/{berita.pk}/edit/")
    editor.page.fill("#id_ringkasan", RINGKASAN_EDITOR)
    editor.kirim_lewat("Simpan dan teruskan ke Pejabat")
    assert "diteruskan ke Pejabat" in editor.pesan()

    # 4–5. The pejabat confirms "Layak tayang" from the inbox: live at once, in working hours.
    pejabat = sebagai("pejabat")
    modal = pejabat.buka_keputusan(berita.title, "Layak tayang")
    modal.get_by_text("Materi akan langsung tayang di situs.").wait_for()
    with pejabat.page.expect_navigation():
        modal.get_by_role("button", name="Ya, Layak tayang").click()
    assert "sudah tayang di situs" in pejabat.pesan()

    berita.refresh_from_db()
    assert berita.live
    warga = buka_halaman()
    warga.buka(berita.url)
    assert warga.page.locator("main").get_by_text(RINGKASAN_EDITOR).count() >= 1


def test_materi_tidak_layak_tayang_menunjukkan_status_dan_alasan_kepada_petugas(sebagai):
    from django.contrib.auth import get_user_model

    from berita.factories import BeritaPageFactory
    from berita.models import BeritaIndexPage

    pengguna = {u.username: u for u in get_user_model().objects.all()}
    indeks = BeritaIndexPage.objects.get(locale__language_code="id")
    berita = BeritaPageFactory(
        parent=indeks, owner=pengguna["petugas"], live=False, title="Jumlah Pengungsi Banjir"
    )
    berita.save_revision(user=pengguna["petugas"])
    berita.get_workflow().start(berita, pengguna["petugas"])
    tugas = berita.current_workflow_task_state
    tugas.task.specific.on_action(tugas, pengguna["editor"], "approve")

    # The pejabat refuses it from the inbox, with a reason category and a reason.
    pejabat = sebagai("pejabat")
    modal = pejabat.buka_keputusan(berita.title, "Tidak layak tayang")
    modal.get_by_text("Materi tidak akan ditayangkan").wait_for()
    modal.get_by_label("Jenis alasan").select_option(label="Informasi tidak akurat")
    modal.locator("textarea[name=comment]").fill("Jumlah pengungsi belum dikonfirmasi BPBD.")
    with pejabat.page.expect_navigation():
        modal.get_by_role("button", name="Ya, Tidak layak tayang").click()
    assert "tidak layak tayang" in pejabat.pesan()

    # The petugas sees it in the listing (not "draf") and the reason on the edit screen.
    petugas = sebagai("petugas")
    petugas.buka(f"/admin/pages/{indeks.pk}/")
    baris = petugas.page.locator("table.listing tr", has_text=berita.title)
    assert "tidak layak tayang" in baris.inner_text().lower()
    petugas.buka(f"/admin/pages/{berita.pk}/edit/")
    panel = petugas.page.locator("[data-keputusan-sop]")
    assert "Tidak layak tayang" in panel.inner_text()
    assert "Informasi tidak akurat" in panel.inner_text()
    assert "Jumlah pengungsi belum dikonfirmasi BPBD." in panel.inner_text()
    assert "Siti Rahmawati" in panel.inner_text()
