"""Every step tells people what happened and what comes next: a success message after each
decision (inbox and page editor), a confirmation that says what "Layak tayang" and "Tidak
layak tayang" will do, the editor's comment before the pejabat decides, and the petugas
seeing the outcome in the admin (the latest decision on the edit screen, the status in page
listings)."""

from datetime import datetime
from html import unescape

import pytest
import time_machine
from django.urls import reverse

from portal.moderasi.pilihan import AlasanTidakLayak
from tests.moderasi.conftest import (
    WITA,
    ajukan_langsung,
    halaman,
    nama_tugas,
    setujui_langsung,
    task_state_aktif,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("jam_kerja")]

# The Saturday after the fixtures' working Tuesday; the office opens again on Monday 08:00.
SABTU = datetime(2025, 11, 29, 10, 0, tzinfo=WITA)
SENIN_BUKA = "Senin, 1 Desember 2025 08.00 WITA"


def _pesan(respons):
    """The messages the user will see, as text (Wagtail stores them escaped)."""
    return [unescape(str(m)).strip() for m in respons.wsgi_request._messages]


def _tidak_layak(sop, page, pejabat):
    return sop.aksi_modal(
        page,
        pejabat,
        "tidak_layak",
        kode_alasan=AlasanTidakLayak.TIDAK_AKURAT,
        comment="Jumlah pengungsi belum dikonfirmasi BPBD.",
    )


# -- 2. a message after every decision -----------------------------------------------------------


def test_diteruskan_ke_pejabat_dari_kotak_masuk_diberi_tahu(sop, di_tugas_editor, editor):
    respons = sop.aksi_modal(di_tugas_editor, editor, "approve")

    assert f"'{di_tugas_editor.title}' diteruskan ke Pejabat untuk penyaringan." in _pesan(respons)


def test_simpan_dan_teruskan_dari_penyunting_diberi_tahu(sop, di_tugas_editor, editor):
    respons = sop.aksi_editor(di_tugas_editor, editor, "approve", title="Judul disunting editor")

    assert "'Judul disunting editor' diteruskan ke Pejabat untuk penyaringan." in _pesan(respons)


def test_dikembalikan_ke_petugas_diberi_tahu(sop, di_tugas_editor, editor):
    respons = sop.aksi_modal(di_tugas_editor, editor, "reject", comment="Lengkapi sumber.")

    assert any("dikembalikan ke Petugas" in m for m in _pesan(respons))


def test_layak_tayang_di_jam_kerja_diberi_tahu_sudah_tayang(sop, di_tugas_pejabat, pejabat):
    respons = sop.aksi_modal(di_tugas_pejabat, pejabat, "approve")

    assert halaman(di_tugas_pejabat).live
    assert f"'{di_tugas_pejabat.title}' layak tayang dan sudah tayang di situs." in _pesan(respons)


def test_layak_tayang_di_luar_jam_kerja_diberi_tahu_waktu_tayangnya(sop, di_tugas_pejabat, pejabat):
    with time_machine.travel(SABTU, tick=True):
        respons = sop.aksi_modal(di_tugas_pejabat, pejabat, "approve")

    assert not halaman(di_tugas_pejabat).live
    assert (
        f"'{di_tugas_pejabat.title}' layak tayang; dijadwalkan tayang {SENIN_BUKA} (jam kerja)."
        in _pesan(respons)
    )


def test_tidak_layak_tayang_dan_perlu_perbaikan_diberi_tahu(
    sop, buat_draf, petugas, editor, pejabat
):
    ditolak, diperbaiki = buat_draf(title="Materi Ditolak"), buat_draf(title="Materi Diperbaiki")
    for page in (ditolak, diperbaiki):
        ajukan_langsung(page, petugas)
        setujui_langsung(page, editor)

    assert any("tidak layak tayang" in m for m in _pesan(_tidak_layak(sop, ditolak, pejabat)))
    respons = sop.aksi_modal(diperbaiki, pejabat, "perbaikan", comment="Cantumkan sumber.")
    assert "'Materi Diperbaiki' dikembalikan ke Editor untuk perbaikan." in _pesan(respons)


# -- 2. confirmation of the pejabat's decisions --------------------------------------------------


def test_layak_tayang_meminta_konfirmasi_yang_menyebut_tayang_sekarang(
    sop, di_tugas_pejabat, pejabat
):
    assert ("approve", "Layak tayang", True) in task_state_aktif(
        di_tugas_pejabat
    ).task.specific.get_actions(di_tugas_pejabat, pejabat)

    html = sop.buka_modal(di_tugas_pejabat, pejabat, "approve").json()["html"]

    assert "Materi akan langsung tayang di situs." in html
    assert "Ya, Layak tayang" in html
    assert not halaman(di_tugas_pejabat).live


def test_layak_tayang_di_luar_jam_kerja_meminta_konfirmasi_dengan_waktu_tayang(
    sop, di_tugas_pejabat, pejabat
):
    with time_machine.travel(SABTU, tick=True):
        html = sop.buka_modal(di_tugas_pejabat, pejabat, "approve").json()["html"]

    assert f"Materi akan dijadwalkan tayang {SENIN_BUKA} (jam kerja)." in html


def test_tidak_layak_tayang_meminta_konfirmasi_yang_menyebut_akibatnya(
    sop, di_tugas_pejabat, pejabat
):
    html = sop.buka_modal(di_tugas_pejabat, pejabat, "tidak_layak").json()["html"]

    assert "Materi tidak akan ditayangkan dan alurnya berakhir" in html
    assert "Ya, Tidak layak tayang" in html


def test_konfirmasi_editor_setelah_perlu_perbaikan_menyebut_penerusan_bukan_penayangan(
    sop, di_tugas_pejabat, editor, pejabat
):
    """Round two at the Editor task (the Pejabat asked for changes): Wagtail counts the Pejabat
    task as the last one left, but forwarding still only forwards."""
    sop.aksi_modal(di_tugas_pejabat, pejabat, "perbaikan", comment="Cantumkan sumber.")
    assert nama_tugas(di_tugas_pejabat) == "EditorTask"

    html = sop.buka_modal(di_tugas_pejabat, editor, "approve").json()["html"]

    assert "Materi akan diteruskan ke Pejabat untuk penyaringan." in html
    assert "tayang" not in html.split("Materi akan", 1)[1].split("</p>", 1)[0]


def test_pejabat_membaca_komentar_editor_saat_memutuskan(sop, di_tugas_editor, editor, pejabat):
    setujui_langsung(di_tugas_editor, editor, comment="Data sudah dicek ke BPBD.")
    assert nama_tugas(di_tugas_editor) == "PejabatTask"

    html = sop.buka_modal(di_tugas_editor, pejabat, "approve").json()["html"]

    assert "Catatan editor:" in html
    assert "Data sudah dicek ke BPBD." in html


# -- 3. the petugas sees the outcome in the admin ------------------------------------------------


def test_petugas_melihat_keputusan_tidak_layak_beserta_alasan_di_layar_sunting(
    sop, di_tugas_pejabat, petugas, pejabat
):
    pejabat.first_name, pejabat.last_name = "Siti", "Rahmawati"
    pejabat.save()
    _tidak_layak(sop, di_tugas_pejabat, pejabat)

    html = sop.sebagai(petugas).get(reverse("wagtailadmin_pages:edit", args=[di_tugas_pejabat.pk]))

    teks = html.content.decode()
    assert "Keputusan terakhir (alur SOP)" in teks
    assert "Tidak layak tayang" in teks
    assert str(AlasanTidakLayak.TIDAK_AKURAT.label) in teks
    assert "Siti Rahmawati" in teks
    assert "Jumlah pengungsi belum dikonfirmasi BPBD." in teks
    assert "Selasa, 25 November 2025" in teks


def test_petugas_melihat_alasan_pengembalian_di_layar_sunting(
    sop, di_tugas_editor, petugas, editor
):
    sop.aksi_modal(di_tugas_editor, editor, "reject", comment="Foto kurang tajam.")

    teks = (
        sop.sebagai(petugas)
        .get(reverse("wagtailadmin_pages:edit", args=[di_tugas_editor.pk]))
        .content.decode()
    )

    assert "Dikembalikan ke Petugas untuk perbaikan" in teks
    assert "Foto kurang tajam." in teks


def test_draf_baru_tanpa_keputusan_tanpa_panel_keputusan(sop, draf, petugas):
    teks = sop.sebagai(petugas).get(reverse("wagtailadmin_pages:edit", args=[draf.pk]))

    assert "Keputusan terakhir (alur SOP)" not in teks.content.decode()


def test_daftar_halaman_memberi_status_tidak_layak_tayang_dan_perlu_perbaikan(
    sop, buat_draf, indeks_berita, petugas, editor, pejabat
):
    ditolak, dikembalikan = buat_draf(title="Materi Ditolak"), buat_draf(title="Materi Kembali")
    for page in (ditolak, dikembalikan):
        ajukan_langsung(page, petugas)
    setujui_langsung(ditolak, editor)
    _tidak_layak(sop, ditolak, pejabat)
    sop.aksi_modal(dikembalikan, editor, "reject", comment="Lengkapi sumber.")

    assert str(halaman(ditolak).status_string) == "tidak layak tayang"
    assert str(halaman(dikembalikan).status_string) == "perlu perbaikan"
    daftar = sop.sebagai(petugas).get(reverse("wagtailadmin_explore", args=[indeks_berita.pk]))
    teks = daftar.content.decode()
    assert "tidak layak tayang" in teks
    assert "perlu perbaikan" in teks


def test_daftar_halaman_memberi_status_tanpa_kueri_per_baris(
    sop, buat_draf, indeks_berita, petugas, editor
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def dikembalikan(jumlah):
        for i in range(jumlah):
            page = buat_draf(title=f"Materi Kembali {jumlah}-{i}")
            ajukan_langsung(page, petugas)
            tugas = task_state_aktif(page)
            tugas.task.specific.on_action(tugas, editor, "reject", comment="Lengkapi sumber.")

    klien = sop.sebagai(petugas)
    url = reverse("wagtailadmin_explore", args=[indeks_berita.pk])
    dikembalikan(2)
    klien.get(url)
    with CaptureQueriesContext(connection) as sedikit:
        assert klien.get(url).content.decode().count("perlu perbaikan") == 2
    dikembalikan(6)
    with CaptureQueriesContext(connection) as banyak:
        assert klien.get(url).content.decode().count("perlu perbaikan") == 8

    # Wagtail's explorer itself reads a little per row; the SOP status reads nothing per row.
    def kueri_status(tangkapan):
        return [q for q in tangkapan.captured_queries if "workflowstate" in q["sql"]]

    assert len(kueri_status(banyak)) == len(kueri_status(sedikit))
