"""The demo year (portal/demo/tahun_mutu.py, riwayat.py): `seed_demo` writes twelve months of
SOP workflow history through Wagtail's real workflow, dated in working hours, so the Mutu Baku
report, its charts and the Riwayat SOP show real patterns on a fresh install."""

from datetime import datetime, timedelta
from types import SimpleNamespace

import pytest
import time_machine
from django.db import transaction
from wagtail.models import Page, PageLogEntry, Revision, TaskState, WorkflowState

from portal.demo.seeding import VOLUME_KECIL, semai_demo
from portal.moderasi.kalender import kalender_kerja
from portal.moderasi.models import PejabatTaskState, TinjauanSertaMerta
from portal.moderasi.mutu import laporan_mutu, ukuran_langkah
from portal.moderasi.pilihan import AlasanTidakLayak, KeputusanPejabat
from portal.moderasi.policy import DALAM_STANDAR, TERLAMBAT, ZONA_WITA, Langkah

pytestmark = pytest.mark.django_db

# The seeding date: a working Tuesday, in the years whose holidays the suite's calendar has.
HARI_SEMAI = datetime(2026, 8, 4, 10, 0, tzinfo=ZONA_WITA)
# The twelve calendar months before the seeding month: (year, month).
BULAN_TAHUN_DEMO = [(2025, bulan) for bulan in range(8, 13)] + [
    (2026, bulan) for bulan in range(1, 8)
]
AKSI_KEPUTUSAN = {
    (TaskState.STATUS_APPROVED, ""): "wagtail.workflow.approve",
    (TaskState.STATUS_APPROVED, KeputusanPejabat.LAYAK_TAYANG): "wagtail.workflow.approve",
    (TaskState.STATUS_REJECTED, ""): "wagtail.workflow.reject",
    (TaskState.STATUS_REJECTED, KeputusanPejabat.PERLU_PERBAIKAN): "moderasi.perlu_perbaikan",
    (TaskState.STATUS_REJECTED, KeputusanPejabat.TIDAK_LAYAK_TAYANG): (
        "moderasi.tidak_layak_tayang"
    ),
}


@pytest.fixture(scope="module")
def tahun(django_db_setup, django_db_blocker):
    """The small demo seeded once for the module on HARI_SEMAI, inside a transaction rolled
    back after its last test."""
    with django_db_blocker.unblock(), transaction.atomic():
        with time_machine.travel(HARI_SEMAI, tick=False):
            hasil = semai_demo(VOLUME_KECIL)
        yield SimpleNamespace(hasil=hasil, now=HARI_SEMAI)
        transaction.set_rollback(True)


def _task_states_sop():
    return list(
        TaskState.objects.filter(workflow_state__base_content_type__model="page")
        .select_related("workflow_state")
        .order_by("pk")
    )


def _ukuran_semua(now):
    halaman = Page.objects.filter(depth__gt=2).values_list("pk", flat=True)
    return [u for daftar in ukuran_langkah(list(halaman), now).values() for u in daftar]


def test_dua_belas_bulan_masing_masing_punya_item_selesai(tahun):
    assert tahun.hasil.dibuat["alur SOP setahun"] >= 30
    for tahun_laporan, bulan in BULAN_TAHUN_DEMO:
        baris = laporan_mutu(tahun_laporan, bulan, now=tahun.now)
        assert sum(b.ringkasan.jumlah for b in baris) > 0, (tahun_laporan, bulan)


def test_setiap_langkah_alur_ada_yang_dalam_dan_melewati_standar(tahun):
    """Penyuntingan, penyaringan and publication, which the year's updates pass; the first
    two steps are measured on the first publications, with their own draws."""
    status = {langkah: set() for langkah in Langkah}
    for ukuran in _ukuran_semua(tahun.now):
        assert not ukuran.berjalan
        status[ukuran.langkah].add(ukuran.status)
    for langkah in (Langkah.PENYUNTINGAN, Langkah.PENYARINGAN, Langkah.PUBLIKASI):
        assert status[langkah] == {DALAM_STANDAR, TERLAMBAT}, langkah
    assert DALAM_STANDAR in status[Langkah.PENGUMPULAN]
    assert DALAM_STANDAR in status[Langkah.PENYERAHAN]


def test_ada_yang_dikembalikan_lalu_diajukan_ulang(tahun):
    assert PageLogEntry.objects.filter(action="wagtail.workflow.reject").exists()  # to petugas
    assert PageLogEntry.objects.filter(action="moderasi.perlu_perbaikan").exists()  # to editor
    assert PageLogEntry.objects.filter(action="wagtail.workflow.resume").exists()
    dikembalikan = {
        ts.workflow_state_id
        for ts in TaskState.objects.filter(status=TaskState.STATUS_REJECTED).specific()
        if getattr(ts, "keputusan", "") != KeputusanPejabat.TIDAK_LAYAK_TAYANG
    }
    # Each run returned for changes went on after the changes, to publication.
    assert dikembalikan
    assert set(
        WorkflowState.objects.filter(pk__in=dikembalikan).values_list("status", flat=True)
    ) == {WorkflowState.STATUS_APPROVED}


def test_ada_yang_tidak_layak_tayang_dengan_setiap_jenis_alasan(tahun):
    ditolak = PejabatTaskState.objects.filter(keputusan=KeputusanPejabat.TIDAK_LAYAK_TAYANG)
    assert set(ditolak.values_list("kode_alasan", flat=True)) == set(AlasanTidakLayak.values)
    for task_state in ditolak:
        assert task_state.comment
        assert task_state.workflow_state.status == WorkflowState.STATUS_CANCELLED
        # The refused revision never went live.
        assert not PageLogEntry.objects.filter(
            action__startswith="wagtail.publish", revision=task_state.revision_id
        ).exists()


def test_ada_publikasi_serta_merta_yang_sudah_ditinjau(tahun):
    tinjauan = list(TinjauanSertaMerta.objects.all())
    assert len(tinjauan) >= 2
    assert {t.di_luar_jam_kerja for t in tinjauan} == {True, False}
    for t in tinjauan:
        assert t.alasan and not t.terbuka and t.ditinjau_pada > t.waktu
        assert PageLogEntry.objects.filter(
            page=t.page, action="moderasi.serta_merta", timestamp=t.waktu
        ).exists()


def test_setiap_task_state_mulai_dan_selesai_dalam_jam_kerja(tahun):
    kalender = kalender_kerja()
    task_states = _task_states_sop()
    assert task_states
    for ts in task_states:
        assert kalender.buka_pada(ts.started_at), ts.started_at.astimezone(ZONA_WITA)
        assert ts.finished_at is not None
        assert kalender.buka_pada(ts.finished_at), ts.finished_at.astimezone(ZONA_WITA)


def test_catatan_wagtail_konsisten(tahun):
    # No task and no workflow is left open, and every task state ends after it starts.
    for ts in _task_states_sop():
        assert ts.finished_at >= ts.started_at
        assert ts.status != TaskState.STATUS_IN_PROGRESS
    assert not WorkflowState.objects.active().exists()

    # An approved run published what it approved, after the decision; a refused one did not.
    for alur in WorkflowState.objects.filter(status=WorkflowState.STATUS_APPROVED):
        terakhir = alur.task_states.order_by("-finished_at", "-pk").first()
        page = Page.objects.get(pk=alur.object_id)
        assert page.live
        assert PageLogEntry.objects.filter(
            page=page,
            action__in=("wagtail.publish", "wagtail.publish.scheduled"),
            revision=terakhir.revision_id,
            timestamp__gte=terakhir.finished_at,
        ).exists()

    # Every decision is in the audit log, at the moment it was taken.
    for ts in _task_states_sop():
        if ts.status == TaskState.STATUS_CANCELLED:
            aksi = "wagtail.workflow.cancel"
        else:
            keputusan = getattr(ts.specific, "keputusan", "")
            aksi = AKSI_KEPUTUSAN[(ts.status, keputusan)]
        assert PageLogEntry.objects.filter(
            page_id=int(ts.workflow_state.object_id), action=aksi, timestamp=ts.finished_at
        ).exists(), (ts.pk, aksi)

    # The log of each SOP item was written in the order it is dated, all before the seeding.
    konten = {int(pk) for pk in WorkflowState.objects.values_list("object_id", flat=True)}
    for page_id in konten:
        waktu = list(
            PageLogEntry.objects.filter(page_id=page_id)
            .order_by("pk")
            .values_list("timestamp", flat=True)
        )
        assert waktu == sorted(waktu), page_id
    assert not PageLogEntry.objects.filter(page_id__in=konten, timestamp__gt=tahun.now).exists()
    assert not Revision.objects.filter(
        object_id__in=[str(pk) for pk in konten], created_at__gt=tahun.now
    ).exists()


def test_semai_dua_kali_tidak_mengubah_riwayat(tahun):
    def potret():
        return {
            "alur": list(WorkflowState.objects.order_by("pk").values_list()),
            "tugas": list(TaskState.objects.order_by("pk").values_list()),
            "revisi": list(Revision.objects.order_by("pk").values_list("pk", "created_at")),
            "log": list(PageLogEntry.objects.order_by("pk").values_list("pk", "timestamp")),
            "tinjauan": list(TinjauanSertaMerta.objects.order_by("pk").values_list()),
        }

    sebelum = potret()
    with time_machine.travel(HARI_SEMAI + timedelta(days=1), tick=False):
        hasil = semai_demo(VOLUME_KECIL)
    assert not hasil.ada_yang_dibuat
    assert potret() == sebelum


def test_laporan_mutu_tahun_demo_punya_waktu_kerja_bukan_nol(tahun):
    baris = [
        b
        for tahun_laporan in {t for t, _b in BULAN_TAHUN_DEMO}
        for b in laporan_mutu(tahun_laporan, now=tahun.now)
    ]
    for langkah in (Langkah.PENYUNTINGAN, Langkah.PENYARINGAN):
        median = [b.ringkasan.median for b in baris if b.langkah == langkah and b.ringkasan.jumlah]
        assert median and all(m > timedelta(0) for m in median), langkah
    publikasi = [b.ringkasan.persentil_90 for b in baris if b.langkah == Langkah.PUBLIKASI]
    assert any(p and p > timedelta(0) for p in publikasi)


def test_grafik_mutu_tahun_demo_sama_dengan_tabel(tahun):
    """Issue 23's one source of numbers, on the demo year: for each section and for all, in
    each of the two calendar years it spans, every chart point equals the table's row."""
    from tests.moderasi.grafik import selisih_grafik_dan_tabel

    for tahun_laporan in sorted({t for t, _b in BULAN_TAHUN_DEMO}):
        for bagian in (None, "berita", "dokumen", "galeri"):
            selisih = selisih_grafik_dan_tabel(tahun_laporan, bagian=bagian, now=tahun.now)
            assert selisih == [], (tahun_laporan, bagian, selisih[:3])
