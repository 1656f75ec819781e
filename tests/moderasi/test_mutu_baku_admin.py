"""Mutu Baku: editable standards, working time per task in the inbox and on the item, overdue
reminders from the scheduler, and the monthly report with its CSV and XLSX downloads.

Every clock is frozen (`time_machine.travel(..., tick=False)`); the calendar is the SOP's
(Mon–Thu 08:00–16:00, Fri 08:00–11:30 WITA) and November/early December 2025 hold no holiday.
"""

import csv
import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page, Revision, Workflow

from dokumen.factories import DokumenPageFactory
from dokumen.models import DokumenIndexPage
from galeri.factories import GaleriFotoPageFactory, GaleriVideoPageFactory
from galeri.models import GaleriIndexPage
from portal.moderasi import mutu, penjadwal
from portal.moderasi.models import PengingatTerkirim, StandarMutuBaku
from portal.moderasi.pilihan import AlasanTidakLayak
from portal.moderasi.policy import Langkah
from tests.moderasi.conftest import ditolak, task_state_aktif, workflow_state_terakhir

pytestmark = pytest.mark.django_db

WITA = ZoneInfo("Asia/Makassar")


def wita(bulan, hari, jam, menit=0):
    return datetime(2025, bulan, hari, jam, menit, tzinfo=WITA)


JUMAT_1100 = wita(11, 21, 11)  # Friday 21 November 2025
SENIN_0900 = wita(11, 24, 9)  # the next Monday


def ajukan(page, petugas):
    Workflow.objects.get(name="Alur Publikasi SOP").start(Page.objects.get(pk=page.pk), petugas)


def setujui(page, user, **data):
    ts = task_state_aktif(page)
    ts.task.specific.on_action(ts, user, "approve", **data)


def jalankan_penjadwal():
    call_command("run_scheduler", "--once", stdout=io.StringIO())


def panel_kotak_masuk(client):
    respons = client.get(reverse("wagtailadmin_home"))
    assert respons.status_code == 200
    panel = BeautifulSoup(respons.content, "html.parser").find(id="kotak-masuk-moderasi-section")
    assert panel is not None
    kepala = [th.get_text(strip=True) for th in panel.select("thead th")]
    return [
        dict(zip(kepala, (td.get_text(" ", strip=True) for td in tr.find_all("td")), strict=True))
        for tr in panel.select("tbody tr")
    ]


@pytest.fixture
def diajukan_jumat(buat_draf, petugas):
    """A draft submitted on Friday 21 November 2025, 11:00 WITA (30 working minutes before the
    Friday close)."""
    with time_machine.travel(JUMAT_1100, tick=False):
        page = buat_draf(title="Pelantikan Pejabat Eselon II Pemprov Kaltim")
        ajukan(page, petugas)
    return page


# -- the standards --------------------------------------------------------------------------------


def test_standar_bawaan_dari_sop_dalam_menit_kerja(beranda):
    setelan = StandarMutuBaku.load()

    assert [setelan.menit(langkah) for langkah in Langkah] == [480, 180, 180, 60, 15]
    assert mutu.standar_mutu() == {
        Langkah.PENGUMPULAN: timedelta(hours=8),
        Langkah.PENYERAHAN: timedelta(hours=3),
        Langkah.PENYUNTINGAN: timedelta(hours=3),
        Langkah.PENYARINGAN: timedelta(hours=1),
        Langkah.PUBLIKASI: timedelta(minutes=15),
    }


def _url_setelan():
    setelan = StandarMutuBaku.load()
    return reverse("wagtailsettings:edit", args=["moderasi", "standarmutubaku", setelan.pk])


def _data_setelan(**ubah):
    data = {
        "standar_pengumpulan": "480",
        "standar_penyerahan": "180",
        "standar_penyuntingan": "180",
        "standar_penyaringan": "60",
        "standar_publikasi": "15",
    }
    data.update(ubah)
    return data


def test_administrator_mengubah_standar_dan_status_mengikutinya(
    client, admin_portal, editor, diajukan_jumat
):
    client.force_login(admin_portal)

    respons = client.post(_url_setelan(), _data_setelan(standar_penyuntingan="60"))

    assert respons.status_code == 302
    assert StandarMutuBaku.load().standar_penyuntingan == 60
    assert mutu.standar_mutu()[Langkah.PENYUNTINGAN] == timedelta(hours=1)
    # 1 h 30 min of working time is within 3 hours but late against 1 hour.
    client.force_login(editor)
    with time_machine.travel(SENIN_0900, tick=False):
        baris = panel_kotak_masuk(client)
    assert baris[0]["Mutu Baku"] == "terlambat"


@pytest.mark.parametrize("nilai", ["0", "-5"])
def test_standar_harus_lebih_dari_nol(client, admin_portal, nilai):
    client.force_login(admin_portal)

    respons = client.post(_url_setelan(), _data_setelan(standar_penyaringan=nilai))

    assert respons.status_code == 200
    assert "Standar waktu harus lebih dari 0 menit kerja." in respons.content.decode()
    assert StandarMutuBaku.load().standar_penyaringan == 60


def test_hanya_administrator_mengubah_standar(client, editor, pejabat):
    for user in (editor, pejabat):
        client.force_login(user)
        assert ditolak(client.post(_url_setelan(), _data_setelan(standar_penyaringan="600")))
    assert StandarMutuBaku.load().standar_penyaringan == 60


# -- working time in the inbox and on the item ---------------------------------------------------


def test_waktu_kerja_melewati_malam_dan_akhir_pekan(diajukan_jumat):
    ts = task_state_aktif(diajukan_jumat)

    assert mutu.waktu_terpakai(ts, now=SENIN_0900) == timedelta(hours=1, minutes=30)
    assert mutu.waktu_terpakai(ts, now=wita(11, 23, 20)) == timedelta(minutes=30)  # Sunday


def test_kotak_masuk_menampilkan_waktu_kerja_dan_status(client, editor, diajukan_jumat):
    client.force_login(editor)

    with time_machine.travel(SENIN_0900, tick=False):
        baris = panel_kotak_masuk(client)
    assert baris[0]["Waktu kerja"] == "1 jam 30 menit kerja"
    assert baris[0]["Mutu Baku"] == "dalam standar"

    # Exactly 3 working hours is still within standard; past it, late.
    with time_machine.travel(wita(11, 24, 10, 30), tick=False):
        baris = panel_kotak_masuk(client)
    assert (baris[0]["Waktu kerja"], baris[0]["Mutu Baku"]) == ("3 jam kerja", "dalam standar")
    with time_machine.travel(wita(11, 24, 10, 31), tick=False):
        baris = panel_kotak_masuk(client)
    assert (baris[0]["Waktu kerja"], baris[0]["Mutu Baku"]) == (
        "3 jam 1 menit kerja",
        "terlambat",
    )


def test_kotak_masuk_pejabat_mengukur_tugas_penyaringan(client, editor, pejabat, diajukan_jumat):
    with time_machine.travel(SENIN_0900, tick=False):
        setujui(diajukan_jumat, editor)
    client.force_login(pejabat)

    with time_machine.travel(wita(11, 24, 9, 45), tick=False):
        baris = panel_kotak_masuk(client)
    assert (baris[0]["Waktu kerja"], baris[0]["Mutu Baku"]) == ("45 menit kerja", "dalam standar")
    with time_machine.travel(wita(11, 24, 10, 1), tick=False):
        baris = panel_kotak_masuk(client)
    assert (baris[0]["Waktu kerja"], baris[0]["Mutu Baku"]) == (
        "1 jam 1 menit kerja",
        "terlambat",
    )


def test_riwayat_sop_menampilkan_waktu_kerja_tiap_langkah_dan_tugas_berjalan(
    client, editor, buat_draf, petugas
):
    with time_machine.travel(wita(11, 24, 10), tick=False):
        page = buat_draf(title="Festival Erau 2025", waktu_liputan=wita(11, 24, 8))
    with time_machine.travel(wita(11, 24, 11), tick=False):
        ajukan(page, petugas)
    with time_machine.travel(wita(11, 24, 15), tick=False):
        setujui(page, editor)
    client.force_login(editor)

    with time_machine.travel(wita(11, 24, 16, 30), tick=False):
        respons = client.get(reverse("moderasi_riwayat", args=[page.pk]))

    assert respons.status_code == 200
    bagian = BeautifulSoup(respons.content, "html.parser").find(id="mutu-baku")
    baris = [
        [td.get_text(" ", strip=True) for td in tr.find_all("td")]
        for tr in bagian.select("tbody tr")
    ]
    assert [(b[0], b[3], b[4], b[5]) for b in baris] == [
        ("1. Pengumpulan materi", "2 jam kerja", "8 jam kerja", "dalam standar"),
        ("2. Serah terima ke Tim IT", "1 jam kerja", "3 jam kerja", "dalam standar"),
        ("3. Penyuntingan", "4 jam kerja", "3 jam kerja", "terlambat"),
        ("4. Penyaringan", "1 jam kerja", "1 jam kerja", "dalam standar"),
    ]
    assert baris[-1][2] == "sedang berjalan"
    berjalan = bagian.find(id="mutu-tugas-berjalan").get_text(" ", strip=True)
    assert "4. Penyaringan" in berjalan
    assert "1 jam kerja dari standar 1 jam kerja" in berjalan
    assert "dalam standar" in berjalan


# -- reminders -----------------------------------------------------------------------------------


@pytest.fixture
def kotak_surat(settings):
    from django.core import mail

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox.clear()
    return mail.outbox


def _pengingat(kotak, user):
    return [m for m in kotak if user.email in m.to and "Terlambat" in m.subject]


def test_pengingat_sekali_per_ambang_ke_grup_yang_bertugas(
    kotak_surat, editor, editor_lain, pejabat, petugas, admin_portal, diajukan_jumat
):
    kotak_surat.clear()
    editor_nonaktif = type(editor).objects.create_user(
        "editor3", "editor3@kaltimprov.go.id", "kata-sandi-uji-123", is_active=False
    )
    editor_nonaktif.groups.add(*editor.groups.all())

    # Monday 10:30: exactly 3 working hours, nothing crossed yet.
    with time_machine.travel(wita(11, 24, 10, 30), tick=False):
        jalankan_penjadwal()
    assert kotak_surat == []

    # Past 1× the standard: several passes, one e-mail to each editor.
    for menit in (31, 32, 45, 59):
        with time_machine.travel(wita(11, 24, 10, menit), tick=False):
            jalankan_penjadwal()
    for user in (editor, editor_lain):
        pesan = _pengingat(kotak_surat, user)
        assert len(pesan) == 1
        assert diajukan_jumat.title in pesan[0].subject
        assert "penyuntingan" in pesan[0].subject
        assert "3 jam 1 menit kerja" in pesan[0].body
        assert "Standar: 3 jam kerja" in pesan[0].body
        assert reverse("moderasi_riwayat", args=[diajukan_jumat.pk]) in pesan[0].body
    assert len(kotak_surat) == 2
    assert not any(u.email in m.to for m in kotak_surat for u in (pejabat, petugas, admin_portal))
    assert not any(editor_nonaktif.email in m.to for m in kotak_surat)

    # Still the same threshold at 13:30 (exactly 6 h = 2×): no new mail.
    with time_machine.travel(wita(11, 24, 13, 30), tick=False):
        jalankan_penjadwal()
    assert len(kotak_surat) == 2

    # Past 2× (13:31, and after): one more each, and only one.
    for menit in (31, 40):
        with time_machine.travel(wita(11, 24, 13, menit), tick=False):
            jalankan_penjadwal()
    for user in (editor, editor_lain):
        pesan = _pengingat(kotak_surat, user)
        assert len(pesan) == 2
        assert "2× standar" in pesan[1].subject
    assert len(kotak_surat) == 4
    ts = task_state_aktif(diajukan_jumat)
    assert sorted(
        PengingatTerkirim.objects.filter(task_state=ts).values_list("ambang", flat=True)
    ) == [1, 2]


def test_pengingat_penyaringan_ke_pejabat_bukan_editor(
    kotak_surat, editor, pejabat, diajukan_jumat
):
    with time_machine.travel(SENIN_0900, tick=False):
        setujui(diajukan_jumat, editor)
    kotak_surat.clear()

    for menit in (0, 1, 2):
        with time_machine.travel(wita(11, 24, 10, menit), tick=False):
            jalankan_penjadwal()

    assert [m.to for m in kotak_surat] == [[pejabat.email]]
    assert "penyaringan" in kotak_surat[0].subject
    assert "Standar: 1 jam kerja" in kotak_surat[0].body


def test_pengingat_yang_terlewat_beberapa_ambang_sekaligus_dikirim_sekali(
    kotak_surat, editor, diajukan_jumat
):
    kotak_surat.clear()
    # The scheduler was down: first pass at Mon 14:00 (6 h 30 min > 2 × 3 h).
    with time_machine.travel(wita(11, 24, 14), tick=False):
        jalankan_penjadwal()
        jalankan_penjadwal()

    assert len(_pengingat(kotak_surat, editor)) == 1
    assert "2× standar" in kotak_surat[0].subject
    assert sorted(PengingatTerkirim.objects.values_list("ambang", flat=True)) == [1, 2]


def test_tidak_ada_pengingat_setelah_tugas_diputuskan(kotak_surat, editor, diajukan_jumat):
    with time_machine.travel(wita(11, 24, 10), tick=False):
        setujui(diajukan_jumat, editor)
    kotak_surat.clear()
    with time_machine.travel(wita(11, 24, 15), tick=False):
        # The pejabat task is over its standard too: only the pejabat hears of it.
        jalankan_penjadwal()
    assert all("penyaringan" in m.subject for m in kotak_surat)
    assert not _pengingat(kotak_surat, editor)


# -- publication reminders (SOP steps 5 and 7: publish promptly once found fit) -----------------

KAMIS = 27  # Thursday 27 November 2025; Friday 28 and Monday 1 December are working days


def _pengingat_publikasi(kotak, judul):
    return [
        m
        for m in kotak
        if m.subject.startswith("[Portal Kaltim] Terlambat")
        and "publikasi" in m.subject
        and judul in m.subject
    ]


def _penerbitan_gagal(monkeypatch):
    """The scheduler runs (and sends reminders) but cannot publish: a storage outage, say."""

    def gagal(self, *args, **kwargs):
        raise RuntimeError("penyimpanan media tidak terjangkau")

    monkeypatch.setattr(Revision, "publish", gagal)


def test_pengingat_publikasi_ke_editor_bila_layak_tayang_belum_tayang(
    kotak_surat, buat_draf, petugas, editor, editor_lain, pejabat, monkeypatch
):
    """Found "layak tayang" after hours, the item is deferred to Friday 08:00; the scheduler's
    publishing fails, so past 15 working minutes (and 30) the editors, who publish (SOP step
    5), get one reminder per threshold; once it is live, no more."""
    with time_machine.travel(wita(11, KAMIS, 10), tick=False):
        page = buat_draf(title="Jadwal Pelayanan Samsat Keliling", waktu_liputan=wita(11, KAMIS, 9))
        lancar = buat_draf(title="Peresmian Jembatan Mahakam Ulu", waktu_liputan=wita(11, KAMIS, 9))
        ajukan(page, petugas)
        ajukan(lancar, petugas)
    with time_machine.travel(wita(11, KAMIS, 10, 30), tick=False):
        setujui(lancar, editor)
    with time_machine.travel(wita(11, KAMIS, 10, 45), tick=False):
        setujui(lancar, pejabat)  # in working hours: live at once
    with time_machine.travel(wita(11, KAMIS, 14), tick=False):
        setujui(page, editor)
    kotak_surat.clear()
    with time_machine.travel(wita(11, KAMIS, 15, 5), tick=False):
        jalankan_penjadwal()  # the penyaringan is past its hour: the pejabat is reminded
    penyaringan = task_state_aktif(page)
    assert [m.to for m in kotak_surat] == [[pejabat.email]]
    with time_machine.travel(wita(11, KAMIS, 16, 30), tick=False):
        setujui(page, pejabat)
    assert not Page.objects.get(pk=page.pk).live
    kotak_surat.clear()

    def putaran(hari, jam, menit):
        with time_machine.travel(wita(11 if hari > 3 else 12, hari, jam, menit), tick=False):
            return penjadwal.jalankan_satu_putaran()

    _penerbitan_gagal(monkeypatch)
    hasil = putaran(28, 8, 10)  # 10 minutes since the opening: within the standard
    assert (hasil.buka, hasil.terbit, hasil.gagal) == (True, 0, 1)
    assert kotak_surat == []
    for menit in (16, 20, 29):
        putaran(28, 8, menit)
    pesan = _pengingat_publikasi(kotak_surat, page.title)
    assert sorted(alamat for m in pesan for alamat in m.to) == sorted(
        [editor.email, editor_lain.email]
    )
    assert len(kotak_surat) == 2
    assert pesan[0].subject == f"[Portal Kaltim] Terlambat publikasi: {page.title}"
    assert "sudah dinyatakan layak tayang tetapi belum tayang" in pesan[0].body
    assert "Menunggu tayang sejak: Jumat, 28 November 2025 08.00 WITA" in pesan[0].body
    assert "Waktu kerja terpakai: 16 menit kerja" in pesan[0].body
    assert "Standar: 15 menit kerja" in pesan[0].body
    assert reverse("moderasi_antrean") in pesan[0].body
    assert not _pengingat_publikasi(kotak_surat, lancar.title)

    putaran(28, 8, 31)  # past 2× the standard: one more each
    pesan = _pengingat_publikasi(kotak_surat, page.title)
    assert len(pesan) == len(kotak_surat) == 4
    assert all("2× standar publikasi" in m.subject for m in pesan[2:])
    assert sorted(
        PengingatTerkirim.objects.filter(task_state=penyaringan).values_list("ambang", flat=True)
    ) == [1, mutu.AMBANG_PUBLIKASI + 1, mutu.AMBANG_PUBLIKASI + 2]

    monkeypatch.undo()  # publishing works again: the next pass publishes, nobody is reminded
    assert putaran(28, 8, 45).terbit == 1
    assert Page.objects.get(pk=page.pk).live
    putaran(28, 9, 30)
    putaran(1, 10, 0)
    assert len(kotak_surat) == 4


def test_pengingat_publikasi_dihitung_dari_jadwal_tayang_pilihan_editor(
    kotak_surat, buat_draf, petugas, editor, pejabat, monkeypatch
):
    """An item the editor scheduled for Monday 09:00 is not late on Friday."""
    with time_machine.travel(wita(11, KAMIS, 10), tick=False):
        page = buat_draf(title="Pengumuman Seleksi CPNS", go_live_at=wita(12, 1, 9))
        ajukan(page, petugas)
    with time_machine.travel(wita(11, KAMIS, 10, 30), tick=False):
        setujui(page, editor)
    with time_machine.travel(wita(11, KAMIS, 10, 45), tick=False):
        setujui(page, pejabat)
    kotak_surat.clear()

    _penerbitan_gagal(monkeypatch)
    for waktu in (wita(11, KAMIS, 15), wita(11, 28, 11), wita(12, 1, 9, 10)):
        with time_machine.travel(waktu, tick=False):
            penjadwal.jalankan_satu_putaran()
    assert kotak_surat == []
    with time_machine.travel(wita(12, 1, 9, 16), tick=False):
        assert penjadwal.jalankan_satu_putaran().gagal == 1
    assert [m.to for m in _pengingat_publikasi(kotak_surat, page.title)] == [[editor.email]]


def test_pengingat_publikasi_untuk_jadwal_tayang_lebih_dari_sebulan_kemudian(
    kotak_surat, buat_draf, petugas, editor, pejabat, monkeypatch
):
    tayang = datetime(2026, 1, 6, 9, 0, tzinfo=WITA)  # a Tuesday, 40 days on
    with time_machine.travel(wita(11, KAMIS, 10), tick=False):
        page = buat_draf(title="Kalender Kegiatan Dinas Pariwisata 2026", go_live_at=tayang)
        ajukan(page, petugas)
    with time_machine.travel(wita(11, KAMIS, 10, 30), tick=False):
        setujui(page, editor)
    with time_machine.travel(wita(11, KAMIS, 10, 45), tick=False):
        setujui(page, pejabat)
    kotak_surat.clear()

    _penerbitan_gagal(monkeypatch)
    with time_machine.travel(tayang + timedelta(minutes=16), tick=False):
        penjadwal.jalankan_satu_putaran()

    assert [m.to for m in _pengingat_publikasi(kotak_surat, page.title)] == [[editor.email]]


# -- the report ----------------------------------------------------------------------------------


def _berita(buat_draf, judul, liputan, dibuat):
    with time_machine.travel(dibuat, tick=False):
        return buat_draf(title=judul, waktu_liputan=liputan)


def _dokumen(petugas, judul, liputan, dibuat):
    with time_machine.travel(dibuat, tick=False):
        page = DokumenPageFactory(
            parent=DokumenIndexPage.objects.get(),
            owner=petugas,
            live=False,
            lampiran=0,
            title=judul,
            waktu_liputan=liputan,
        )
        page.save_revision(user=petugas)
    return page


def _galeri(factory, petugas, judul, liputan, dibuat, **kolom):
    with time_machine.travel(dibuat, tick=False):
        page = factory(
            parent=GaleriIndexPage.objects.get(),
            owner=petugas,
            live=False,
            title=judul,
            waktu_liputan=liputan,
            **kolom,
        )
        page.save_revision(user=petugas)
    return page


def tidak_layak(page, pejabat, kode_alasan, comment="Tidak layak tayang."):
    ts = task_state_aktif(page)
    ts.task.specific.on_action(ts, pejabat, "tidak_layak", kode_alasan=kode_alasan, comment=comment)


def _alur(page, petugas, editor, pejabat, diajukan, disunting, disaring, kode_tidak_layak=None):
    with time_machine.travel(diajukan, tick=False):
        ajukan(page, petugas)
    with time_machine.travel(disunting, tick=False):
        setujui(page, editor)
    with time_machine.travel(disaring, tick=False):
        if kode_tidak_layak:
            tidak_layak(page, pejabat, kode_tidak_layak)
        else:
            setujui(page, pejabat)


@pytest.fixture
def riwayat_laporan(buat_draf, petugas, editor, pejabat):
    """Eight items in November and one in December 2025, in all three sections; working
    minutes per step in the comments (pengumpulan, penyerahan, penyuntingan, penyaringan,
    publikasi). Two galleries are found not fit to publish (tidak layak tayang)."""
    # A, berita: 120, 60, 60, 120 (late), 0.
    a = _berita(buat_draf, "Berita A", wita(11, 3, 8), wita(11, 3, 10))
    _alur(a, petugas, editor, pejabat, wita(11, 3, 11), wita(11, 3, 12), wita(11, 3, 14))
    # B, berita: 540 (late), 240 (late), 600 (late), 30, 0.
    b = _berita(buat_draf, "Berita B", wita(11, 4, 8), wita(11, 5, 9))
    _alur(b, petugas, editor, pejabat, wita(11, 5, 13), wita(11, 6, 15), wita(11, 6, 15, 30))
    # C, berita: 120, 60; the editor returns it after 90 (Fri 11:00–11:30, Mon 08:00–09:00),
    # the petugas resubmits at 10:00, approved after 30; penyaringan 45; publikasi 0.
    c = _berita(buat_draf, "Berita C", wita(11, 14, 8), wita(11, 14, 10))
    with time_machine.travel(wita(11, 14, 11), tick=False):
        ajukan(c, petugas)
    with time_machine.travel(wita(11, 17, 9), tick=False):
        ts = task_state_aktif(c)
        ts.task.specific.on_action(ts, editor, "reject", comment="Foto kurang jelas.")
    with time_machine.travel(wita(11, 17, 10), tick=False):
        workflow_state_terakhir(c).resume(user=petugas)
    with time_machine.travel(wita(11, 17, 10, 30), tick=False):
        setujui(c, editor)
    with time_machine.travel(wita(11, 17, 11, 15), tick=False):
        setujui(c, pejabat)
    # D, dokumen: 240, 15, 120, 10, 0.
    d = _dokumen(petugas, "Dokumen D", wita(11, 18, 8), wita(11, 18, 12))
    _alur(
        d,
        petugas,
        editor,
        pejabat,
        wita(11, 18, 12, 15),
        wita(11, 18, 14, 15),
        wita(11, 18, 14, 25),
    )
    # E, dokumen: 20, 30, 60, 10, 0.
    e = _dokumen(petugas, "Dokumen E", wita(11, 19, 8), wita(11, 19, 8, 20))
    _alur(e, petugas, editor, pejabat, wita(11, 19, 8, 50), wita(11, 19, 9, 50), wita(11, 19, 10))
    # F, berita, December: 0, 10, 60; the pejabat decides on Thursday 16:30, after hours
    # (1850 = Mon 09:10–16:00 + three 8-hour days); it goes live with the scheduler's first
    # pass of Friday, 08:05: publikasi 5.
    # G, galeri foto: 60, 30, 60, 15, 0.
    g = _galeri(
        GaleriFotoPageFactory, petugas, "Galeri G", wita(11, 20, 8), wita(11, 20, 9), foto=1
    )
    _alur(
        g, petugas, editor, pejabat, wita(11, 20, 9, 30), wita(11, 20, 10, 30), wita(11, 20, 10, 45)
    )
    # H, galeri video: 120, 30, 30, 20, tidak layak tayang (poor quality).
    h = _galeri(GaleriVideoPageFactory, petugas, "Galeri H", wita(11, 20, 8), wita(11, 20, 10))
    _alur(
        h,
        petugas,
        editor,
        pejabat,
        wita(11, 20, 10, 30),
        wita(11, 20, 11),
        wita(11, 20, 11, 20),
        kode_tidak_layak=AlasanTidakLayak.KUALITAS_RENDAH,
    )
    # I, galeri foto: 30, 30, 30, 30, tidak layak tayang (duplicate).
    i = _galeri(
        GaleriFotoPageFactory, petugas, "Galeri I", wita(11, 24, 8), wita(11, 24, 8, 30), foto=1
    )
    _alur(
        i,
        petugas,
        editor,
        pejabat,
        wita(11, 24, 9),
        wita(11, 24, 9, 30),
        wita(11, 24, 10),
        kode_tidak_layak=AlasanTidakLayak.DUPLIKAT,
    )
    f = _berita(buat_draf, "Berita F", wita(12, 1, 8), wita(12, 1, 8))
    _alur(f, petugas, editor, pejabat, wita(12, 1, 8, 10), wita(12, 1, 9, 10), wita(12, 4, 16, 30))
    with time_machine.travel(wita(12, 5, 8, 5), tick=False):
        jalankan_penjadwal()
    f.refresh_from_db()
    assert f.live
    return a, b, c, d, e, f, g, h, i


def _ringkas(baris):
    return {
        (b.bulan, b.bagian, b.langkah): (
            b.ringkasan.jumlah,
            mutu._menit(b.ringkasan.median),
            mutu._menit(b.ringkasan.persentil_90),
            b.persen_dalam_standar,
        )
        for b in baris
    }


HASIL_NOVEMBER = {
    (11, "berita", Langkah.PENGUMPULAN): (3, 120.0, 540.0, 66.7),
    (11, "berita", Langkah.PENYERAHAN): (3, 60.0, 240.0, 66.7),
    (11, "berita", Langkah.PENYUNTINGAN): (4, 75.0, 600.0, 75.0),
    (11, "berita", Langkah.PENYARINGAN): (3, 45.0, 120.0, 66.7),
    (11, "berita", Langkah.PUBLIKASI): (3, 0.0, 0.0, 100.0),
    (11, "dokumen", Langkah.PENGUMPULAN): (2, 130.0, 240.0, 100.0),
    (11, "dokumen", Langkah.PENYERAHAN): (2, 22.5, 30.0, 100.0),
    (11, "dokumen", Langkah.PENYUNTINGAN): (2, 90.0, 120.0, 100.0),
    (11, "dokumen", Langkah.PENYARINGAN): (2, 10.0, 10.0, 100.0),
    (11, "dokumen", Langkah.PUBLIKASI): (2, 0.0, 0.0, 100.0),
    (11, "galeri", Langkah.PENGUMPULAN): (3, 60.0, 120.0, 100.0),
    (11, "galeri", Langkah.PENYERAHAN): (3, 30.0, 30.0, 100.0),
    (11, "galeri", Langkah.PENYUNTINGAN): (3, 30.0, 60.0, 100.0),
    (11, "galeri", Langkah.PENYARINGAN): (3, 20.0, 30.0, 100.0),
    (11, "galeri", Langkah.PUBLIKASI): (1, 0.0, 0.0, 100.0),
}
TANPA_TIDAK_LAYAK = dict.fromkeys(AlasanTidakLayak.values, 0)
TIDAK_LAYAK_NOVEMBER = {
    "berita": TANPA_TIDAK_LAYAK,
    "dokumen": TANPA_TIDAK_LAYAK,
    "galeri": TANPA_TIDAK_LAYAK
    | {AlasanTidakLayak.KUALITAS_RENDAH: 1, AlasanTidakLayak.DUPLIKAT: 1},
}
HASIL_DESEMBER = {
    (12, "berita", Langkah.PENGUMPULAN): (1, 0.0, 0.0, 100.0),
    (12, "berita", Langkah.PENYERAHAN): (1, 10.0, 10.0, 100.0),
    (12, "berita", Langkah.PENYUNTINGAN): (1, 60.0, 60.0, 100.0),
    (12, "berita", Langkah.PENYARINGAN): (1, 1850.0, 1850.0, 0.0),
    (12, "berita", Langkah.PUBLIKASI): (1, 5.0, 5.0, 100.0),
}


def test_laporan_per_bulan_bagian_dan_langkah(riwayat_laporan):
    with time_machine.travel(wita(12, 10, 9), tick=False):
        baris = mutu.laporan_mutu(2025)
        november_dokumen = mutu.laporan_mutu(2025, bulan=11, bagian="dokumen")

    assert _ringkas(baris) == HASIL_NOVEMBER | HASIL_DESEMBER
    assert [(b.bulan, b.bagian) for b in baris[::5]] == [
        (11, "berita"),
        (11, "dokumen"),
        (11, "galeri"),
        (12, "berita"),
    ]
    assert _ringkas(november_dokumen) == {
        k: v for k, v in HASIL_NOVEMBER.items() if k[1] == "dokumen"
    }


def test_laporan_menghitung_tidak_layak_tayang_per_bulan_bagian_dan_jenis_alasan(
    riwayat_laporan,
):
    """SOP step 6: each "tidak layak tayang" decision counts on the penyaringan row of its month
    and section, in total and per reason code; the other steps' rows carry none."""
    with time_machine.travel(wita(12, 10, 9), tick=False):
        baris = mutu.laporan_mutu(2025)
        galeri = mutu.laporan_mutu(2025, bulan=11, bagian="galeri")

    penyaringan = {
        (b.bulan, b.bagian): b.tidak_layak for b in baris if b.langkah == Langkah.PENYARINGAN
    }
    assert penyaringan == {
        **{(11, bagian): per_kode for bagian, per_kode in TIDAK_LAYAK_NOVEMBER.items()},
        (12, "berita"): TANPA_TIDAK_LAYAK,
    }
    assert all(b.tidak_layak is None for b in baris if b.langkah != Langkah.PENYARINGAN)
    (saring_galeri,) = [b for b in galeri if b.langkah == Langkah.PENYARINGAN]
    assert saring_galeri.jumlah_tidak_layak == 2
    assert saring_galeri.rincian_tidak_layak == [
        ("Duplikat konten yang sudah ada", 1),
        ("Kualitas materi rendah", 1),
    ]


def _laporan(client, user, **query):
    client.force_login(user)
    with time_machine.travel(wita(12, 10, 9), tick=False):
        return client.get(reverse("moderasi_laporan_mutu"), query)


def test_halaman_laporan(client, pejabat, riwayat_laporan):
    respons = _laporan(client, pejabat, tahun="2025", bulan="11", bagian="berita")

    assert respons.status_code == 200
    tabel = BeautifulSoup(respons.content, "html.parser").find(id="laporan-mutu-baku")
    baris = [
        [td.get_text(" ", strip=True) for td in tr.find_all("td")]
        for tr in tabel.select("tbody tr")
    ]
    assert baris[2] == [
        "November 2025",
        "Berita",
        "3. Penyuntingan",
        "4",
        "1 jam 15 menit kerja",
        "10 jam kerja",
        "3 jam kerja",
        "75,0%",
        "–",
    ]
    assert baris[3][2] == "4. Penyaringan"
    assert baris[3][-1] == "0"
    assert len(baris) == 5


def _tabel_laporan(respons):
    tabel = BeautifulSoup(respons.content, "html.parser").find(id="laporan-mutu-baku")
    return [
        [td.get_text(" ", strip=True) for td in tr.find_all("td")]
        for tr in tabel.select("tbody tr")
    ]


@pytest.mark.parametrize(
    ("bagian", "label"), [("berita", "Berita"), ("dokumen", "Dokumen"), ("galeri", "Galeri")]
)
def test_halaman_laporan_per_bagian(client, editor, riwayat_laporan, bagian, label):
    respons = _laporan(client, editor, tahun="2025", bulan="11", bagian=bagian)

    assert respons.status_code == 200
    baris = _tabel_laporan(respons)
    assert [(b[0], b[1]) for b in baris] == [("November 2025", label)] * 5
    assert [b[2] for b in baris] == [str(mutu.LABEL_LANGKAH[langkah]) for langkah in Langkah]


def test_halaman_laporan_menampilkan_tidak_layak_tayang_dengan_alasannya(
    client, pejabat, riwayat_laporan
):
    respons = _laporan(client, pejabat, tahun="2025", bulan="11", bagian="galeri")

    penyaringan = _tabel_laporan(respons)[3]
    assert penyaringan[2] == "4. Penyaringan"
    assert penyaringan[-1] == "2 (Duplikat konten yang sudah ada: 1; Kualitas materi rendah: 1)"


def test_unduhan_csv_dan_xlsx_berisi_baris_yang_sama(client, editor, riwayat_laporan):
    from openpyxl import load_workbook

    respons_csv = _laporan(client, editor, tahun="2025", format="csv")
    respons_xlsx = _laporan(client, editor, tahun="2025", format="xlsx")

    assert respons_csv.status_code == 200
    assert respons_csv["Content-Type"] == "text/csv; charset=utf-8"
    assert respons_csv["Content-Disposition"] == 'attachment; filename="mutu-baku-2025.csv"'
    baris_csv = list(csv.reader(io.StringIO(respons_csv.content.decode("utf-8"))))
    assert baris_csv[0] == list(mutu.KOLOM_LAPORAN)
    assert baris_csv[0][10:] == [
        "Tidak layak tayang",
        "Tidak layak tayang: tidak_akurat",
        "Tidak layak tayang: bukan_informasi_publik",
        "Tidak layak tayang: duplikat",
        "Tidak layak tayang: kualitas_rendah",
        "Tidak layak tayang: lainnya",
    ]
    assert len(baris_csv) == 1 + 20
    assert baris_csv[3] == [
        "2025",
        "11",
        "November",
        "Berita",
        "3. Penyuntingan",
        "180",
        "4",
        "75.0",
        "600.0",
        "75.0",
        *[""] * 6,
    ]
    assert baris_csv[4][4:] == [
        "4. Penyaringan",
        "60",
        "3",
        "45.0",
        "120.0",
        "66.7",
        *["0"] * 6,
    ]
    assert baris_csv[14][3:5] == ["Galeri", "4. Penyaringan"]
    assert baris_csv[14][10:] == ["2", "0", "0", "1", "1", "0"]

    assert respons_xlsx["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert respons_xlsx["Content-Disposition"] == 'attachment; filename="mutu-baku-2025.xlsx"'
    lembar = load_workbook(io.BytesIO(respons_xlsx.content)).active
    assert lembar.title == "Mutu Baku"
    baris_xlsx = list(lembar.iter_rows(values_only=True))
    assert [_sel(v) for r in baris_xlsx for v in r] == [_sel(v) for r in baris_csv for v in r]
    assert len(baris_xlsx) == len(baris_csv)


def _sel(nilai):
    """A cell compared across CSV (text) and XLSX (typed): numbers as floats, empty as None."""
    if nilai is None or nilai == "":
        return None
    try:
        return float(nilai)
    except ValueError:
        return nilai


def test_unduhan_terfilter_dan_kosong(client, admin_portal, riwayat_laporan):
    respons = _laporan(client, admin_portal, tahun="2024", bulan="3", bagian="galeri", format="csv")

    assert respons["Content-Disposition"] == 'attachment; filename="mutu-baku-2024-03-galeri.csv"'
    assert list(csv.reader(io.StringIO(respons.content.decode()))) == [list(mutu.KOLOM_LAPORAN)]


@pytest.mark.parametrize(
    "query",
    [
        {"tahun": "abc", "bulan": "13", "bagian": "rahasia"},
        {"tahun": "99999999999999999999", "bulan": "-1"},
        {"tahun": "2025", "bulan": "0x0B", "format": "pdf"},
        {"tahun": "1", "bagian": "<script>"},
    ],
)
def test_filter_buruk_menghasilkan_laporan_terkoreksi(client, editor, riwayat_laporan, query):
    respons = _laporan(client, editor, **query)

    assert respons.status_code == 200
    html = respons.content.decode()
    assert "Nilai filter tidak valid diganti dengan nilai bawaan" in html
    # Corrected to this year (2025), all months, all sections: the report is there.
    tabel = BeautifulSoup(html, "html.parser").find(id="laporan-mutu-baku")
    assert tabel is not None
    assert len(tabel.select("tbody tr")) == 20


def test_filter_buruk_pada_unduhan(client, editor, riwayat_laporan):
    respons = _laporan(client, editor, tahun="x", bulan="99", format="csv")

    assert respons.status_code == 200
    assert respons["Content-Disposition"] == 'attachment; filename="mutu-baku-2025.csv"'
    assert len(list(csv.reader(io.StringIO(respons.content.decode())))) == 21


def test_petugas_tidak_boleh_membuka_laporan(client, petugas, riwayat_laporan):
    for query in ({}, {"format": "csv"}, {"format": "xlsx"}):
        respons = _laporan(client, petugas, **query)
        assert ditolak(respons)
        assert "attachment" not in respons.get("Content-Disposition", "")


def test_menu_laporan_untuk_grup_yang_berhak(client, editor, petugas, beranda):
    url = reverse("moderasi_laporan_mutu")
    client.force_login(editor)
    assert url in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(petugas)
    assert url not in client.get(reverse("wagtailadmin_home")).content.decode()
