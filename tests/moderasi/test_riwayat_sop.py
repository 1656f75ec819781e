"""The Riwayat SOP reads as the SOP's steps, and the page editor's autosave never fights them.

Wagtail 8's page editor autosaves: its `w-autosave` controller posts the whole edit form to the
edit view with `Accept: application/json` after every change, overwriting the revision of its
own first save, and each save logs a "wagtail.edit". `TabEditor` posts it as that controller
does. Through the real admin URLs:

- the timeline: consecutive content changes by one person are one row with their count, every
  other step (submission, forwarding, decisions, publication, refusals, reminders) a row of its
  own;
- the race: an autosave that arrives after, or is processed while, a submit or a workflow action
  lands gets a 409 with an Indonesian message (never Wagtail's 400), and saves nothing past the
  workflow's lock; an autosave from a tab left open never rewrites a revision a step took.
"""

import threading
import time
from datetime import datetime, timedelta
from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse
from wagtail import hooks
from wagtail.models import Page, PageLogEntry, Revision

# hooks_autosimpan registers its hook on import (wagtail_hooks imports it); imported here too.
from portal.moderasi import hooks_autosimpan, penjadwal  # noqa: F401
from tests.conftest import butuh_postgresql
from tests.moderasi.conftest import (
    SELASA_PAGI,
    WITA,
    AlurSOP,
    jepret,
    nama_tugas,
    task_state_aktif,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("jam_kerja")]


class TabEditor:
    """One open tab of the page editor: its form as the browser loaded it, and the autosave
    its `w-autosave` controller posts (`overwrite_revision_id` after the first success)."""

    def __init__(self, sop, page, user):
        self.url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        self.data = sop.form_edit(page, user)
        self.client = Client()
        self.client.force_login(user)
        self.revisi = None

    def autosimpan(self, **ubah):
        for kunci, nilai in ubah.items():
            self.data[kunci] = nilai
        data = self.data.copy()
        if self.revisi:
            data["overwrite_revision_id"] = str(self.revisi)
        respons = self.client.post(self.url, data, HTTP_ACCEPT="application/json")
        if respons.status_code == 200 and respons.json()["success"]:
            self.revisi = respons.json()["revision_id"]
        return respons


def riwayat(sop, page, user):
    """The Riwayat SOP rows as lists of cell texts."""
    respons = sop.sebagai(user).get(reverse("moderasi_riwayat", args=[page.pk]))
    assert respons.status_code == 200
    tabel = BeautifulSoup(respons.content, "html.parser").find("table", class_="listing")
    return [
        [sel.get_text(" ", strip=True) for sel in tr.find_all("td")]
        for tr in tabel.select("tbody tr")
    ]


def pada(jam_kerja, menit):
    jam_kerja.move_to(SELASA_PAGI + timedelta(minutes=menit))


def judul_revisi(revisi_id):
    return Revision.objects.get(pk=revisi_id).content["title"]


def pesan_terkunci(tugas):
    return (
        f"Materi ini sudah berpindah ke langkah “{tugas}” dan terkunci untuk Anda, jadi "
        "perubahan di halaman ini tidak disimpan otomatis. Versi yang sudah diajukan atau "
        "diteruskan tetap utuh; muat ulang halaman untuk melihatnya."
    )


# -- the timeline -------------------------------------------------------------------------------


def test_perubahan_beruntun_satu_orang_menjadi_satu_baris_dengan_jumlahnya(
    jam_kerja, sop, draf, petugas
):
    tab = TabEditor(sop, draf, petugas)
    for menit, judul in [(1, "Banjir Rob"), (2, "Banjir Rob Surut"), (3, "Banjir Rob Mulai Surut")]:
        pada(jam_kerja, menit)
        assert tab.autosimpan(title=judul).status_code == 200
    pada(jam_kerja, 5)
    assert sop.ajukan(draf, petugas).status_code == 302  # saves (an edit) and submits

    assert [b[:3] for b in riwayat(sop, draf, petugas)] == [
        ["25 Nov 2025 10:00", "1. Pengumpulan materi (draf dibuat)", "petugas1"],
        ["25 Nov 2025 10:05 pertama 25 Nov 2025 10:01", "Perubahan isi (4 kali)", "petugas1"],
        ["25 Nov 2025 10:05", "2. Serah terima ke Tim IT (diajukan)", "petugas1"],
    ]


def test_perubahan_orang_lain_atau_diselingi_langkah_sop_tetap_terpisah(
    jam_kerja, sop, di_tugas_editor, editor, editor_lain
):
    draf = di_tugas_editor
    tab = TabEditor(sop, draf, editor)
    for menit in (1, 2):
        pada(jam_kerja, menit)
        assert tab.autosimpan(title=f"Banjir Rob, suntingan {menit}").status_code == 200
    pada(jam_kerja, 3)
    assert TabEditor(sop, draf, editor_lain).autosimpan(title="Banjir Rob").status_code == 200
    pada(jam_kerja, 4)
    assert sop.simpan(draf, editor, title="Banjir Rob di Balikpapan").status_code == 302
    pada(jam_kerja, 5)
    # "Simpan dan teruskan ke Pejabat": an edit, then the approval.
    respons = sop.aksi_editor(draf, editor_lain, "approve", title="Banjir Rob Surut")
    assert respons.status_code == 302

    assert [b[:3] for b in riwayat(sop, draf, editor)][1:] == [
        ["25 Nov 2025 10:00", "2. Serah terima ke Tim IT (diajukan)", "petugas1"],
        ["25 Nov 2025 10:02 pertama 25 Nov 2025 10:01", "Perubahan isi (2 kali)", "editor1"],
        ["25 Nov 2025 10:03", "Perubahan isi", "editor2"],
        ["25 Nov 2025 10:04", "Perubahan isi", "editor1"],
        ["25 Nov 2025 10:05", "Perubahan isi", "editor2"],
        ["25 Nov 2025 10:05", "3. Disetujui editor (penyuntingan)", "editor2"],
    ]


def test_pengingat_mutu_baku_tercatat_di_riwayat_sekali_per_surel(
    jam_kerja, sop, di_tugas_editor, editor
):
    draf = di_tugas_editor
    pada(jam_kerja, 3 * 60 + 1)  # past the 3 working hours of penyuntingan
    call_command("run_scheduler", "--once", stdout=StringIO())
    # The scheduler was down until Wednesday 14:05 (12 working hours: past 2× and 4× at once):
    # one e-mail, for the highest.
    jam_kerja.move_to(datetime(2025, 11, 26, 14, 5, tzinfo=WITA))
    call_command("run_scheduler", "--once", stdout=StringIO())
    jam_kerja.move_to(datetime(2025, 11, 26, 14, 10, tzinfo=WITA))
    assert sop.aksi_modal(draf, editor, "approve").status_code == 302

    assert riwayat(sop, draf, editor)[2:] == [
        [
            "25 Nov 2025 13:01",
            "Pengingat Mutu Baku: 3. Penyuntingan",
            "Sistem (pengingat otomatis)",
            "Melewati standar waktu kerja; pengingat dikirim ke grup Editor",
            "",
        ],
        [
            "26 Nov 2025 14:05",
            "Pengingat Mutu Baku: 3. Penyuntingan",
            "Sistem (pengingat otomatis)",
            "Melewati 4× standar waktu kerja; pengingat dikirim ke grup Editor",
            "",
        ],
        [
            "26 Nov 2025 14:10",
            "3. Disetujui editor (penyuntingan)",
            "editor1",
            "Disetujui pada 'Penyuntingan (Editor)'. Langkah berikutnya 'Penyaringan (Pejabat)'",
            "",
        ],
    ]


def test_pengingat_publikasi_yang_terlambat_tercatat_di_riwayat(
    jam_kerja, sop, di_tugas_pejabat, pejabat, monkeypatch
):
    draf = di_tugas_pejabat
    jam_kerja.move_to(datetime(2025, 11, 25, 16, 30, tzinfo=WITA))  # after hours: deferred
    assert sop.aksi_modal(draf, pejabat, "approve").status_code == 302

    def gagal(self, *args, **kwargs):
        raise RuntimeError("penyimpanan media tidak terjangkau")

    monkeypatch.setattr(Revision, "publish", gagal)  # the scheduler cannot publish it
    jam_kerja.move_to(datetime(2025, 11, 26, 8, 20, tzinfo=WITA))  # 20 minutes past the opening
    assert penjadwal.jalankan_satu_putaran().gagal == 1

    assert riwayat(sop, draf, pejabat)[-1][:4] == [
        "26 Nov 2025 08:20",
        "Pengingat Mutu Baku: 5. Publikasi",
        "Sistem (pengingat otomatis)",
        "Melewati standar waktu kerja; pengingat dikirim ke grup Editor",
    ]


# -- autosave and the SOP's steps ---------------------------------------------------------------


def test_editor_menyunting_pada_langkah_3_dengan_simpan_otomatis(sop, di_tugas_editor, editor):
    tab = TabEditor(sop, di_tugas_editor, editor)

    pertama = tab.autosimpan(title="Banjir Rob Surut")
    kedua = tab.autosimpan(title="Banjir Rob Mulai Surut")

    assert (pertama.status_code, kedua.status_code) == (200, 200)
    assert kedua.json()["revision_id"] == pertama.json()["revision_id"]  # its own, overwritten
    assert judul_revisi(tab.revisi) == "Banjir Rob Mulai Surut"
    assert judul_revisi(task_state_aktif(di_tugas_editor).revision_id) != "Banjir Rob Mulai Surut"


def test_simpan_otomatis_yang_tiba_setelah_pengajuan_dijawab_409_tanpa_menyimpan(
    sop, draf, petugas
):
    tab = TabEditor(sop, draf, petugas)
    assert tab.autosimpan(title="Banjir Rob Surut").status_code == 200
    assert sop.ajukan(draf, petugas, title="Banjir Rob Mulai Surut").status_code == 302
    sebelum = jepret(draf)

    respons = tab.autosimpan(title="Banjir Rob Surut")  # still in flight when the submit landed

    assert respons.status_code == 409
    assert respons.json() == {
        "success": False,
        "error_code": "invalid_revision",  # the autosave controller stops and shows the message
        "error_message": pesan_terkunci("Penyuntingan (Editor)"),
    }
    assert jepret(draf) == sebelum
    assert nama_tugas(draf) == "EditorTask"


@pytest.mark.parametrize(
    ("judul_diteruskan", "kode"),
    [
        ("Banjir Rob Mulai Surut", "invalid_revision"),  # edited again: a newer revision
        ("Banjir Rob Surut", "locked"),  # forwarded as autosaved: the Pejabat task locks it
    ],
    ids=["disunting-lagi", "diteruskan-apa-adanya"],
)
def test_simpan_otomatis_yang_tiba_setelah_simpan_dan_teruskan_dijawab_409_tanpa_menyimpan(
    sop, di_tugas_editor, editor, judul_diteruskan, kode
):
    draf = di_tugas_editor
    tab = TabEditor(sop, draf, editor)
    assert tab.autosimpan(title="Banjir Rob Surut").status_code == 200
    respons = sop.aksi_editor(draf, editor, "approve", title=judul_diteruskan)
    assert respons.status_code == 302
    assert nama_tugas(draf) == "PejabatTask"
    sebelum = jepret(draf)

    respons = tab.autosimpan(title="Banjir Rob Surut, ditambah")

    assert respons.status_code == 409
    assert respons.json()["error_code"] == kode
    assert respons.json()["error_message"] == pesan_terkunci("Penyaringan (Pejabat)")
    assert jepret(draf) == sebelum


def test_simpan_otomatis_yang_diproses_saat_pengajuan_mendarat_tidak_menyimpan_melewati_kunci(
    sop, draf, petugas
):
    tab = TabEditor(sop, draf, petugas)
    terjadi = []

    def pengajuan_mendarat(request, page):
        # Wagtail's edit view has read the lock and the latest revision of the autosave
        # request already; now the petugas's submit lands.
        if request.headers.get("Accept") == "application/json" and not terjadi:
            terjadi.append(sop.ajukan(draf, petugas, title="Banjir Rob Mulai Surut"))

    with hooks.register_temporarily("before_edit_page", pengajuan_mendarat, order=-1000):
        respons = tab.autosimpan(title="Banjir Rob")

    assert terjadi[0].status_code == 302
    assert respons.status_code == 409
    assert respons.json()["error_message"] == pesan_terkunci("Penyuntingan (Editor)")
    page = Page.objects.get(pk=draf.pk)
    assert page.latest_revision_id == task_state_aktif(draf).revision_id
    assert page.draft_title == "Banjir Rob Mulai Surut"
    assert list(
        PageLogEntry.objects.filter(page_id=draf.pk).order_by("pk").values_list("action", flat=True)
    ) == ["wagtail.create", "wagtail.edit", "wagtail.workflow.start"]


@pytest.mark.parametrize("keputusan", ["approve", "perbaikan"], ids=["tayang", "perlu-perbaikan"])
def test_simpan_otomatis_tidak_menimpa_revisi_yang_diambil_langkah_sop(
    sop, di_tugas_editor, editor, pejabat, keputusan
):
    """A tab left open: the editor forwarded from the inbox what the tab had autosaved; the
    Pejabat decided on that revision. The tab's next autosave is a new revision: what the
    Pejabat reviewed (and what went live) stays as it was, and nothing typed is lost."""
    draf = di_tugas_editor
    tab = TabEditor(sop, draf, editor)
    assert tab.autosimpan(title="Banjir Rob Surut").status_code == 200
    diteruskan = tab.revisi
    assert sop.aksi_modal(draf, editor, "approve").status_code == 302
    assert (
        sop.aksi_modal(draf, pejabat, keputusan, comment="Sebutkan sumbernya.").status_code == 302
    )

    respons = tab.autosimpan(title="Banjir Rob Surut, sumber BPBD")

    assert respons.status_code == 200
    assert respons.json()["revision_id"] != diteruskan
    assert judul_revisi(diteruskan) == "Banjir Rob Surut"
    page = Page.objects.get(pk=draf.pk)
    assert judul_revisi(page.latest_revision_id) == "Banjir Rob Surut, sumber BPBD"
    if keputusan == "approve":
        assert (page.live, page.live_revision_id, page.title) == (
            True,
            diteruskan,
            "Banjir Rob Surut",
        )
    else:
        assert nama_tugas(draf) == "EditorTask"


# -- PostgreSQL: the autosave and the submit at the same moment ---------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.service("postgresql")
def test_pengajuan_menunggu_simpan_otomatis_yang_sedang_menyimpan(draf, petugas):
    """Two requests of one petugas at once: the autosave is saving (slowed down inside its
    lock) when the submit arrives. The submit waits for it, then saves the newer content and
    hands that over: the latest revision is the one the Editor reviews."""
    butuh_postgresql("uji perlombaan simpan otomatis butuh PostgreSQL; SQLite tidak paralel")
    tab = TabEditor(AlurSOP(), draf, petugas)
    menyimpan, hasil, galat = threading.Event(), {}, []

    def lambat(request, page):
        if request.headers.get("Accept") == "application/json":  # the autosave, in its lock
            menyimpan.set()
            time.sleep(1)

    def jalankan(nama, kerja):
        try:
            hasil[nama] = kerja()
        except Exception as e:  # surfaced below
            galat.append(e)
        finally:
            connection.close()

    def ajukan():
        assert menyimpan.wait(30)
        return AlurSOP().ajukan(draf, petugas, title="Banjir Rob Mulai Surut")

    with hooks.register_temporarily("before_edit_page", lambat, order=-50):
        utas = [
            threading.Thread(target=jalankan, args=("simpan", lambda: tab.autosimpan(title="B"))),
            threading.Thread(target=jalankan, args=("ajukan", ajukan)),
        ]
        for u in utas:
            u.start()
        for u in utas:
            u.join(timeout=120)

    assert not galat, galat
    assert (hasil["simpan"].status_code, hasil["ajukan"].status_code) == (200, 302)
    page = Page.objects.get(pk=draf.pk)
    assert page.latest_revision_id == task_state_aktif(draf).revision_id
    assert judul_revisi(page.latest_revision_id) == "Banjir Rob Mulai Surut"
    assert list(
        PageLogEntry.objects.filter(page_id=draf.pk).order_by("pk").values_list("action", flat=True)
    ) == ["wagtail.create", "wagtail.edit", "wagtail.edit", "wagtail.workflow.start"]
