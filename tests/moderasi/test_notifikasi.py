"""The SOP's e-mails (portal/moderasi/notifikasi.py), read from the locmem outbox: the next
task's group when an item reaches it (never the user who triggered it), the submitter on every
decision with who decided, the reason or comment and a link to the item, the editors on "tidak
layak tayang", and what comes next (live now with its address, or scheduled within working
hours, and when); all of it in Indonesian; Wagtail's own workflow e-mails stay switched off."""

from datetime import datetime

import pytest
import time_machine
from django.conf import settings
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from portal.moderasi.peran import GRUP_PEJABAT
from portal.moderasi.pilihan import AlasanTidakLayak
from tests.moderasi.conftest import WITA, ajukan_langsung, halaman, setujui_langsung

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("jam_kerja")]

JUDUL = "Banjir Rob di Pesisir Balikpapan Mulai Surut"
# A Saturday: the office is closed; it opens again on Monday 16 August 2027, 08:00 WITA.
SABTU_PAGI = datetime(2027, 8, 14, 10, 0, tzinfo=WITA)


def _alamat(*users):
    return sorted(user.email for user in users)


def _satu_surat_untuk(kotak_surat, user):
    surat = kotak_surat.untuk(user)
    assert len(surat) == 1, [s.subject for s in kotak_surat.semua]
    return surat[0]


def _tautan_sunting(page):
    return f"Buka di admin: {settings.WAGTAILADMIN_BASE_URL}/admin/pages/{page.pk}/edit/"


def test_pengajuan_memberi_tahu_setiap_editor_dan_bukan_pengaju(
    sop, draf, petugas, editor, editor_lain, pejabat, kotak_surat
):
    sop.ajukan(draf, petugas)

    assert kotak_surat.penerima() == _alamat(editor, editor_lain)
    surat = _satu_surat_untuk(kotak_surat, editor)
    assert surat.subject == f"[Portal Kaltim] Menunggu penyuntingan: {JUDUL}"
    assert "Materi menunggu penyuntingan Anda." in surat.body
    assert f"Judul: {JUDUL}" in surat.body
    assert f"/admin/pages/{draf.pk}/edit/" in surat.body


def test_editor_yang_mengajukan_tidak_diberi_tahu_tentang_tindakannya_sendiri(
    sop, buat_draf, editor, editor_lain, kotak_surat
):
    page = buat_draf(pemilik=editor)

    sop.ajukan(page, editor)

    assert kotak_surat.penerima() == _alamat(editor_lain)


def test_persetujuan_editor_memberi_tahu_pejabat_dan_pengaju(
    sop, di_tugas_editor, petugas, editor, pejabat, pejabat_lain, kotak_surat
):
    sop.aksi_modal(di_tugas_editor, editor, "approve")

    assert kotak_surat.penerima() == _alamat(petugas, pejabat, pejabat_lain)
    untuk_pejabat = _satu_surat_untuk(kotak_surat, pejabat)
    assert untuk_pejabat.subject == f"[Portal Kaltim] Menunggu penyaringan: {JUDUL}"
    assert "Materi menunggu penyaringan Anda." in untuk_pejabat.body
    assert (
        "Langkah berikutnya: Periksa pratinjaunya, lalu putuskan: layak tayang, perlu "
        "perbaikan, atau tidak layak tayang." in untuk_pejabat.body
    )
    assert "Diteruskan oleh: editor1" in untuk_pejabat.body
    assert "Komentar Editor" not in untuk_pejabat.body
    untuk_pengaju = _satu_surat_untuk(kotak_surat, petugas)
    assert untuk_pengaju.subject == f"[Portal Kaltim] Keputusan atas {JUDUL}"
    assert "Materi Anda disetujui Editor dan diteruskan ke Pejabat." in untuk_pengaju.body
    assert (
        "Langkah berikutnya: Pejabat akan menyaring materi dan memutuskan apakah layak tayang."
        in untuk_pengaju.body
    )
    assert "Diputuskan oleh: editor1" in untuk_pengaju.body


def test_pengaju_menerima_komentar_persetujuan_dengan_komentar(
    sop, di_tugas_editor, petugas, editor, kotak_surat
):
    sop.aksi_modal(di_tugas_editor, editor, "approve", comment="Judul sudah dipersingkat.")

    surat = _satu_surat_untuk(kotak_surat, petugas)
    assert "Komentar: Judul sudah dipersingkat." in surat.body


def test_penerusan_ke_pejabat_menyertakan_komentar_editor(
    sop, di_tugas_editor, editor, pejabat, kotak_surat
):
    sop.aksi_modal(di_tugas_editor, editor, "approve", comment="Judul sudah dipersingkat.")

    surat = _satu_surat_untuk(kotak_surat, pejabat)
    assert surat.subject == f"[Portal Kaltim] Menunggu penyaringan: {JUDUL}"
    assert "Diteruskan oleh: editor1" in surat.body
    assert "Komentar Editor: Judul sudah dipersingkat." in surat.body


def test_penerusan_ulang_tanpa_komentar_tidak_menyertakan_catatan_lama(
    sop, di_tugas_editor, editor, editor_lain, pejabat, kotak_surat
):
    """Forwarded with a comment, sent back by the pejabat with notes, forwarded again without
    one: the pejabat's second e-mail carries neither the old comment nor their own notes."""
    sop.aksi_modal(di_tugas_editor, editor, "approve", comment="Judul sudah dipersingkat.")
    sop.aksi_modal(di_tugas_editor, pejabat, "perbaikan", comment="Sebutkan sumber data BPBD.")
    kotak_surat.kosongkan()

    sop.aksi_modal(di_tugas_editor, editor_lain, "approve")

    surat = _satu_surat_untuk(kotak_surat, pejabat)
    assert "Diteruskan oleh: editor2" in surat.body
    assert "Judul sudah dipersingkat." not in surat.body
    assert "Sebutkan sumber data BPBD." not in surat.body


def test_anggota_dua_grup_tidak_diberi_tahu_tentang_persetujuannya_sendiri(
    sop, di_tugas_editor, editor, pejabat, kotak_surat
):
    """An editor who also sits in the Pejabat group approves at the editor task: the pejabat
    group is told, but not the approver."""
    editor.groups.add(Group.objects.get(name=GRUP_PEJABAT))

    sop.aksi_modal(di_tugas_editor, editor, "approve")

    assert kotak_surat.untuk(editor) == []
    assert len(kotak_surat.untuk(pejabat)) == 1


def test_pengembalian_oleh_editor_memberi_tahu_pengaju_dengan_alasan(
    sop, di_tugas_editor, petugas, editor, editor_lain, kotak_surat
):
    sop.aksi_modal(di_tugas_editor, editor, "reject", comment="Foto tidak sesuai berita.")

    assert kotak_surat.penerima() == _alamat(petugas)
    surat = kotak_surat.semua[0]
    assert surat.subject == f"[Portal Kaltim] Keputusan atas {JUDUL}"
    assert "Materi Anda dikembalikan oleh Editor." in surat.body
    assert (
        "Langkah berikutnya: Perbaiki materi sesuai alasan di bawah, lalu ajukan kembali."
        in surat.body
    )
    assert "Alasan: Foto tidak sesuai berita." in surat.body
    assert "Diputuskan oleh: editor1" in surat.body
    assert _tautan_sunting(di_tugas_editor) in surat.body


def test_tidak_layak_tayang_memberi_tahu_pengaju_dan_para_editor(
    sop, di_tugas_pejabat, petugas, editor, editor_lain, pejabat, kotak_surat
):
    kotak_surat.kosongkan()

    sop.aksi_modal(
        di_tugas_pejabat,
        pejabat,
        "tidak_layak",
        kode_alasan=AlasanTidakLayak.BUKAN_INFORMASI_PUBLIK,
        comment="Memuat data pribadi korban.",
    )

    assert kotak_surat.penerima() == _alamat(editor, editor_lain, petugas)
    for user in (petugas, editor, editor_lain):
        surat = _satu_surat_untuk(kotak_surat, user)
        assert surat.subject == f"[Portal Kaltim] Tidak layak tayang: {JUDUL}"
        assert (
            "Materi dinyatakan tidak layak tayang oleh Pejabat (Bukan informasi publik)."
            in surat.body
        )
        assert (
            "Langkah berikutnya: Alur SOP untuk materi ini berakhir; materi tidak ditayangkan."
            in surat.body
        )
        assert "Alasan: Memuat data pribadi korban." in surat.body
        assert "Diputuskan oleh: pejabat1" in surat.body
        assert _tautan_sunting(di_tugas_pejabat) in surat.body


def test_perlu_perbaikan_memberi_tahu_editor_dengan_catatan_pejabat_dan_pengaju(
    sop, di_tugas_pejabat, petugas, editor, editor_lain, pejabat, kotak_surat
):
    kotak_surat.kosongkan()

    sop.aksi_modal(di_tugas_pejabat, pejabat, "perbaikan", comment="Sebutkan sumber data BPBD.")

    assert kotak_surat.penerima() == _alamat(editor, editor_lain, petugas)
    untuk_editor = _satu_surat_untuk(kotak_surat, editor)
    assert untuk_editor.subject == f"[Portal Kaltim] Menunggu penyuntingan: {JUDUL}"
    assert (
        "Pejabat meminta perbaikan; materi kembali menunggu penyuntingan Anda." in untuk_editor.body
    )
    assert "Alasan: Sebutkan sumber data BPBD." in untuk_editor.body
    assert "Diputuskan oleh: pejabat1" in untuk_editor.body
    assert _tautan_sunting(di_tugas_pejabat) in untuk_editor.body
    untuk_pengaju = _satu_surat_untuk(kotak_surat, petugas)
    assert "Pejabat meminta perbaikan; materi kembali ke Editor." in untuk_pengaju.body
    assert (
        "Langkah berikutnya: Editor akan memperbaiki materi lalu meneruskannya kembali ke "
        "Pejabat." in untuk_pengaju.body
    )
    assert "Alasan: Sebutkan sumber data BPBD." in untuk_pengaju.body
    assert "Diputuskan oleh: pejabat1" in untuk_pengaju.body
    assert _tautan_sunting(di_tugas_pejabat) in untuk_pengaju.body


def test_layak_tayang_memberi_tahu_pengaju_saja(
    sop, di_tugas_pejabat, petugas, pejabat, kotak_surat
):
    kotak_surat.kosongkan()

    sop.aksi_modal(di_tugas_pejabat, pejabat, "approve", comment="Segera tayangkan.")

    assert kotak_surat.penerima() == _alamat(petugas)
    surat = kotak_surat.semua[0]
    assert surat.subject == f"[Portal Kaltim] Keputusan atas {JUDUL}"
    assert "Materi Anda dinyatakan layak tayang oleh Pejabat." in surat.body
    assert "Komentar: Segera tayangkan." in surat.body
    assert "Diputuskan oleh: pejabat1" in surat.body


def test_layak_tayang_pada_jam_kerja_tayang_sekarang_dengan_alamat_publik(
    sop, di_tugas_pejabat, petugas, pejabat, kotak_surat
):
    kotak_surat.kosongkan()

    sop.aksi_modal(di_tugas_pejabat, pejabat, "approve")

    page = halaman(di_tugas_pejabat)
    assert page.live
    surat = _satu_surat_untuk(kotak_surat, petugas)
    assert "Langkah berikutnya: Materi tayang sekarang." in surat.body
    assert f"Lihat di situs: {page.get_full_url()}" in surat.body
    assert "dijadwalkan" not in surat.body


def test_layak_tayang_di_luar_jam_kerja_menyebut_waktu_tayang_terjadwal(
    sop, di_tugas_pejabat, petugas, pejabat, kotak_surat
):
    kotak_surat.kosongkan()

    with time_machine.travel(SABTU_PAGI, tick=True):
        sop.aksi_modal(di_tugas_pejabat, pejabat, "approve")

    assert not halaman(di_tugas_pejabat).live
    surat = _satu_surat_untuk(kotak_surat, petugas)
    assert (
        "Langkah berikutnya: Materi dijadwalkan tayang Senin, 16 Agustus 2027 08.00 WITA "
        "(jam kerja)." in surat.body
    )
    assert "tayang sekarang" not in surat.body
    assert "Lihat di situs" not in surat.body


def test_layak_tayang_dengan_waktu_tayang_mendatang_menyebut_waktu_itu(
    sop, buat_draf, petugas, editor, pejabat, kotak_surat
):
    """The item asks to go live on Wednesday 09:00 (within working hours): approved on
    Tuesday morning, it is scheduled for exactly then."""
    page = buat_draf(title=JUDUL, go_live_at=datetime(2025, 11, 26, 9, 0, tzinfo=WITA))
    ajukan_langsung(page, petugas)
    setujui_langsung(page, editor)
    kotak_surat.kosongkan()

    sop.aksi_modal(page, pejabat, "approve")

    assert not halaman(page).live
    surat = _satu_surat_untuk(kotak_surat, petugas)
    assert (
        "Langkah berikutnya: Materi dijadwalkan tayang Rabu, 26 November 2025 09.00 WITA "
        "(jam kerja)." in surat.body
    )


def test_surat_tetap_berbahasa_indonesia_bila_admin_pelaku_berbahasa_inggris(
    sop, di_tugas_pejabat, petugas, pejabat, kotak_surat
):
    profil = UserProfile.get_for_user(pejabat)
    profil.preferred_language = "en"
    profil.save()
    kotak_surat.kosongkan()

    with time_machine.travel(SABTU_PAGI, tick=True):
        sop.aksi_modal(di_tugas_pejabat, pejabat, "approve")

    surat = _satu_surat_untuk(kotak_surat, petugas)
    assert "Materi dijadwalkan tayang Senin, 16 Agustus 2027 08.00 WITA (jam kerja)." in (
        surat.body
    )
    assert "Judul: " in surat.body


KATA_WAGTAIL = ("has been", "submitted", "approved", "rejected", "awaiting", "moderation")


def test_semua_surat_alur_berbahasa_indonesia_dan_hanya_dari_portal(
    sop, buat_draf, petugas, editor, editor_lain, pejabat, kotak_surat
):
    """A path with every kind of decision: no e-mail of Wagtail's own (English) notifiers."""
    ditolak_editor = buat_draf(title="Pengumuman Pemadaman Listrik Bergilir")
    sop.ajukan(ditolak_editor, petugas)
    sop.aksi_modal(ditolak_editor, editor, "reject", comment="Lengkapi jadwal per wilayah.")
    sop.ajukan(ditolak_editor, petugas)
    sop.aksi_modal(ditolak_editor, editor_lain, "approve", comment="Sudah lengkap.")
    sop.aksi_modal(ditolak_editor, pejabat, "perbaikan", comment="Sebutkan sumber PLN.")
    sop.aksi_modal(ditolak_editor, editor, "approve")
    sop.aksi_modal(ditolak_editor, pejabat, "approve")
    tidak_layak = buat_draf(title="Foto Kegiatan Internal")
    ajukan_langsung(tidak_layak, petugas)
    setujui_langsung(tidak_layak, editor)
    sop.aksi_modal(
        tidak_layak,
        pejabat,
        "tidak_layak",
        kode_alasan=AlasanTidakLayak.KUALITAS_RENDAH,
        comment="Foto buram.",
    )

    assert len(kotak_surat.semua) >= 10
    for surat in kotak_surat.semua:
        assert surat.subject.startswith("[Portal Kaltim] ")
        assert surat.body.startswith("Yth. pengelola Portal Pemprov Kaltim,")
        assert "Buka di admin: " in surat.body
        teks = (surat.subject + surat.body).lower()
        assert not any(kata in teks for kata in KATA_WAGTAIL), surat.subject


def test_pengajuan_ulang_tidak_menyertakan_alasan_lama_editor(
    sop, di_tugas_editor, petugas, editor, kotak_surat
):
    sop.aksi_modal(di_tugas_editor, editor, "reject", comment="Judul terlalu panjang.")
    kotak_surat.kosongkan()

    sop.ajukan(di_tugas_editor, petugas)

    surat = _satu_surat_untuk(kotak_surat, editor)
    assert "Judul terlalu panjang." not in surat.body
