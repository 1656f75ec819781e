"""The SOP path through the real admin views: petugas → editor (penyuntingan) → pejabat
(penyaringan) → live, its rejections, required reasons, separation of duties and locking."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from portal.moderasi.models import PejabatTaskState
from portal.moderasi.pilihan import AlasanTidakLayak, KeputusanPejabat
from tests.moderasi.conftest import (
    SELASA_PAGI,
    ajukan_langsung,
    ditolak,
    halaman,
    jepret,
    nama_tugas,
    setujui_langsung,
    task_state_aktif,
    workflow_state_terakhir,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("jam_kerja")]


# -- 1. the full path, all over HTTP -------------------------------------------------------------


def test_jalur_lengkap_petugas_editor_pejabat_menayangkan_isi_yang_diajukan(
    sop, draf, petugas, editor, pejabat
):
    assert sop.ajukan(draf, petugas, title="Banjir Rob Surut, Warga Pulang").status_code == 302
    diajukan = halaman(draf).latest_revision_id
    assert nama_tugas(draf) == "EditorTask"

    assert sop.aksi_modal(draf, editor, "approve").status_code == 302
    assert nama_tugas(draf) == "PejabatTask"
    assert task_state_aktif(draf).revision_id == diajukan

    respons = sop.aksi_modal(draf, pejabat, "approve", xhr=True)

    assert respons.json()["step"] == "success"
    page = halaman(draf)
    assert page.live
    assert page.live_revision_id == diajukan
    assert page.title == "Banjir Rob Surut, Warga Pulang"
    state = workflow_state_terakhir(draf)
    assert state.status == WorkflowState.STATUS_APPROVED
    assert PejabatTaskState.objects.get(workflow_state=state).keputusan == (
        KeputusanPejabat.LAYAK_TAYANG
    )


def test_form_penyunting_diterima_seperti_yang_ditampilkan(sop, draf, petugas):
    """Regression: the editor must accept its own rendering of waktu_liputan and tanggal (a
    "%d/%m/%Y %H:%M" display was refused under Django's Indonesian input formats)."""
    respons = sop.simpan(draf, petugas, title="Judul baru dari petugas")

    assert respons.status_code == 302
    assert halaman(draf).get_latest_revision_as_object().title == "Judul baru dari petugas"


def test_editor_menyetujui_dari_penyunting_halaman(sop, di_tugas_editor, editor):
    """The page editor's own "approve" (action-workflow-action), with an untouched form."""
    sebelum = jepret(di_tugas_editor)
    data = sop.form_edit(di_tugas_editor, editor, tanpa_perubahan=True)

    respons = sop.aksi_editor(di_tugas_editor, editor, "approve", data=data)

    assert respons.status_code == 302
    assert nama_tugas(di_tugas_editor) == "PejabatTask"
    assert jepret(di_tugas_editor).latest_revision_id == sebelum.latest_revision_id
    disetujui = TaskState.objects.get(
        workflow_state=workflow_state_terakhir(di_tugas_editor),
        status=TaskState.STATUS_APPROVED,
    )
    assert disetujui.finished_by == editor


def test_editor_menyetujui_dari_penyunting_halaman_seperti_dikirim_peramban(
    sop, di_tugas_editor, editor
):
    respons = sop.aksi_editor(di_tugas_editor, editor, "approve")

    assert respons.status_code == 302
    assert nama_tugas(di_tugas_editor) == "PejabatTask"


# -- 2. rejection at each task -------------------------------------------------------------------


def test_editor_mengembalikan_dengan_alasan_lalu_petugas_memperbaiki_dan_mengajukan_ulang(
    sop, di_tugas_editor, petugas, editor
):
    state = workflow_state_terakhir(di_tugas_editor)

    respons = sop.aksi_modal(di_tugas_editor, editor, "reject", comment="Judul terlalu panjang.")

    assert respons.status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.status == TaskState.STATUS_REJECTED
    assert state.current_task_state.comment == "Judul terlalu panjang."

    assert sop.simpan(di_tugas_editor, petugas, title="Banjir Rob Surut").status_code == 302
    assert sop.ajukan(di_tugas_editor, petugas).status_code == 302

    state.refresh_from_db()
    assert workflow_state_terakhir(di_tugas_editor) == state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert nama_tugas(di_tugas_editor) == "EditorTask"
    assert task_state_aktif(di_tugas_editor).revision.as_object().title == "Banjir Rob Surut"


def test_pejabat_tidak_layak_tayang_mengakhiri_alur_dan_mencatat_alasan(
    sop, di_tugas_pejabat, pejabat
):
    task_state = task_state_aktif(di_tugas_pejabat)

    respons = sop.aksi_modal(
        di_tugas_pejabat,
        pejabat,
        "tidak_layak",
        xhr=True,
        kode_alasan=AlasanTidakLayak.TIDAK_AKURAT,
        comment="Jumlah pengungsi belum dikonfirmasi BPBD.",
    )

    assert respons.json()["step"] == "success"
    assert workflow_state_terakhir(di_tugas_pejabat).status == WorkflowState.STATUS_CANCELLED
    assert not halaman(di_tugas_pejabat).live
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.keputusan == KeputusanPejabat.TIDAK_LAYAK_TAYANG
    assert task_state.kode_alasan == AlasanTidakLayak.TIDAK_AKURAT
    assert task_state.comment == "Jumlah pengungsi belum dikonfirmasi BPBD."
    assert task_state.finished_by == pejabat
    catatan = PageLogEntry.objects.get(
        page_id=di_tugas_pejabat.pk, action="moderasi.tidak_layak_tayang"
    )
    assert catatan.user == pejabat
    assert catatan.data["kode_alasan"] == AlasanTidakLayak.TIDAK_AKURAT
    assert catatan.data["comment"] == "Jumlah pengungsi belum dikonfirmasi BPBD."
    assert not TaskState.objects.filter(
        workflow_state__object_id=str(di_tugas_pejabat.pk), status=TaskState.STATUS_IN_PROGRESS
    ).exists()


def test_pejabat_minta_perbaikan_kembali_ke_editor_lalu_layak_tayang(
    sop, di_tugas_pejabat, editor, pejabat
):
    state = workflow_state_terakhir(di_tugas_pejabat)
    penyaringan_pertama = task_state_aktif(di_tugas_pejabat)

    respons = sop.aksi_modal(
        di_tugas_pejabat, pejabat, "perbaikan", comment="Cantumkan sumber data resmi."
    )

    assert respons.status_code == 302
    assert nama_tugas(di_tugas_pejabat) == "EditorTask"
    assert workflow_state_terakhir(di_tugas_pejabat) == state
    penyaringan_pertama.refresh_from_db()
    assert penyaringan_pertama.status == TaskState.STATUS_REJECTED
    assert penyaringan_pertama.keputusan == KeputusanPejabat.PERLU_PERBAIKAN
    assert penyaringan_pertama.comment == "Cantumkan sumber data resmi."
    assert PageLogEntry.objects.filter(
        page_id=di_tugas_pejabat.pk, action="moderasi.perlu_perbaikan", user=pejabat
    ).exists()

    assert sop.aksi_modal(di_tugas_pejabat, editor, "approve").status_code == 302
    assert nama_tugas(di_tugas_pejabat) == "PejabatTask"
    assert task_state_aktif(di_tugas_pejabat).pk != penyaringan_pertama.pk

    assert sop.aksi_modal(di_tugas_pejabat, pejabat, "approve").status_code == 302
    assert halaman(di_tugas_pejabat).live
    assert workflow_state_terakhir(di_tugas_pejabat).status == WorkflowState.STATUS_APPROVED


# -- 3. required reasons -------------------------------------------------------------------------

ALASAN_KOSONG = [
    pytest.param("EditorTask", "reject", {"comment": ""}, "Alasan wajib diisi.", id="kembalikan"),
    pytest.param(
        "EditorTask", "reject", {"comment": "   "}, "Alasan wajib diisi.", id="kembalikan-spasi"
    ),
    pytest.param(
        "PejabatTask",
        "tidak_layak",
        {"comment": "Tidak sesuai fakta.", "kode_alasan": ""},
        "Pilih jenis alasan tidak layak tayang.",
        id="tidak-layak-tanpa-jenis",
    ),
    pytest.param(
        "PejabatTask",
        "tidak_layak",
        {"comment": "", "kode_alasan": AlasanTidakLayak.DUPLIKAT},
        "Alasan wajib diisi.",
        id="tidak-layak-tanpa-alasan",
    ),
    pytest.param(
        "PejabatTask",
        "perbaikan",
        {"comment": ""},
        "Catatan perbaikan wajib diisi.",
        id="perbaikan",
    ),
]

KOMENTAR_EDITOR = "Sudah disunting, siap disaring."


def ditolak_dengan_pesan(respons, pesan):
    """Refused by Wagtail (403 / dashboard redirect), or by the portal's check ahead of the
    page editor: back to the editor with the reason, nothing saved."""
    if ditolak(respons):
        return True
    pesan_pesan = [str(m) for m in respons.wsgi_request._messages]
    return respons.status_code == 302 and any(pesan in m for m in pesan_pesan)


@pytest.fixture
def menunggu(di_tugas_editor, editor):
    """The draft waiting at the task a case names; at the pejabat task the editor's approval
    carries a comment that a refused action must leave intact."""

    def _di(tugas):
        if tugas == "PejabatTask":
            setujui_langsung(di_tugas_editor, editor, comment=KOMENTAR_EDITOR)
        assert nama_tugas(di_tugas_editor) == tugas
        return di_tugas_editor

    return _di


@pytest.mark.parametrize(("tugas", "aksi", "data", "pesan"), ALASAN_KOSONG)
def test_alasan_wajib_kosong_ditolak_di_setiap_pintu_masuk(
    sop, menunggu, editor, pejabat, admin_portal, tugas, aksi, data, pesan
):
    """The modal shows the Indonesian message; a plain post to the modal view and the page
    editor's JSON extra data (no modal form at all) change nothing either."""
    page = menunggu(tugas)
    pelaku = editor if tugas == "EditorTask" else pejabat
    sebelum = jepret(page)

    modal = sop.aksi_modal(page, pelaku, aksi, xhr=True, **data)
    assert modal.status_code == 200
    assert modal.json()["step"] == "action"
    assert pesan in modal.json()["html"]
    assert jepret(page) == sebelum

    assert sop.aksi_modal(page, pelaku, aksi, **data).status_code == 302
    assert jepret(page) == sebelum

    # The pejabat cannot open the page editor: the form comes from an administrator's view.
    form = sop.form_edit(page, editor if pelaku == editor else admin_portal, tanpa_perubahan=True)
    assert ditolak_dengan_pesan(sop.aksi_editor(page, pelaku, aksi, extra=data, data=form), pesan)
    assert jepret(page) == sebelum
    assert nama_tugas(page) == tugas
    if tugas == "PejabatTask":
        disetujui_editor = TaskState.objects.get(
            workflow_state=workflow_state_terakhir(page), status=TaskState.STATUS_APPROVED
        )
        assert disetujui_editor.comment == KOMENTAR_EDITOR


def test_alasan_kosong_dari_penyunting_halaman_tidak_menyimpan_suntingan(
    sop, di_tugas_editor, editor
):
    sebelum = jepret(di_tugas_editor)

    respons = sop.aksi_editor(
        di_tugas_editor, editor, "reject", extra={"comment": ""}, title="Judul sunting editor"
    )

    assert ditolak_dengan_pesan(respons, "Alasan wajib diisi.")
    assert jepret(di_tugas_editor) == sebelum


def test_jenis_alasan_yang_tidak_dikenal_ditolak(sop, menunggu, pejabat):
    page = menunggu("PejabatTask")
    sebelum = jepret(page)

    respons = sop.aksi_modal(
        page, pejabat, "tidak_layak", xhr=True, kode_alasan="hoaks", comment="Tidak benar."
    )

    assert "Jenis alasan tidak dikenal." in respons.json()["html"]
    assert jepret(page) == sebelum


# -- 4. separation of duties ---------------------------------------------------------------------


def test_editor_pengaju_tidak_dapat_menyetujui_karyanya_sendiri_editor_lain_dapat(
    sop, buat_draf, editor, editor_lain
):
    page = buat_draf(pemilik=editor)
    assert sop.ajukan(page, editor).status_code == 302
    assert "approve" not in sop.aksi_tersedia(page, editor)
    assert "reject" in sop.aksi_tersedia(page, editor)
    sebelum = jepret(page)

    assert ditolak(sop.aksi_modal(page, editor, "approve"))
    assert sop.aksi_modal(page, editor, "approve", xhr=True).status_code == 403
    # From the page editor an action not offered is refused before anything is saved.
    respons = sop.aksi_editor(page, editor, "approve", data=sop.form_edit(page, editor))
    assert any(
        "penerusan ke Pejabat oleh Editor lain" in str(m) for m in respons.wsgi_request._messages
    )
    assert jepret(page) == sebelum

    assert "approve" in sop.aksi_tersedia(page, editor_lain)
    assert sop.aksi_modal(page, editor_lain, "approve").status_code == 302
    assert nama_tugas(page) == "PejabatTask"


def test_editor_yang_menyunting_meneruskan_suntingannya_ke_pejabat(sop, di_tugas_editor, editor):
    """SOP step 3 is the editor editing: editing does not take away the forward."""
    assert sop.simpan(di_tugas_editor, editor, title="Judul hasil suntingan").status_code == 302

    assert "approve" in sop.aksi_tersedia(di_tugas_editor, editor)
    assert sop.aksi_modal(di_tugas_editor, editor, "approve", comment="Sudah.").status_code == 302
    assert nama_tugas(di_tugas_editor) == "PejabatTask"
    penyaringan = task_state_aktif(di_tugas_editor)
    assert penyaringan.revision.as_object().title == "Judul hasil suntingan"


def test_pejabat_yang_ikut_menyunting_tidak_dapat_menyaring_pejabat_lain_dapat(
    sop, di_tugas_editor, editor, pejabat, django_user_model
):
    """Someone in both groups (a small agency) edits at step 3: the filtering is another
    pejabat's, and the screen says so."""
    from portal.moderasi.peran import GRUP_EDITOR, GRUP_PEJABAT
    from tests.conftest import _buat_pengguna

    rangkap = _buat_pengguna(django_user_model, "rangkap", GRUP_EDITOR)
    rangkap.groups.add(Group.objects.get(name=GRUP_PEJABAT))
    respons = sop.aksi_editor(di_tugas_editor, rangkap, "approve", title="Disunting rangkap")
    assert respons.status_code == 302
    assert nama_tugas(di_tugas_editor) == "PejabatTask"
    sebelum = jepret(di_tugas_editor)

    assert "approve" not in sop.aksi_tersedia(di_tugas_editor, rangkap)
    assert {"tidak_layak", "perbaikan"} <= sop.aksi_tersedia(di_tugas_editor, rangkap)
    assert ditolak(sop.aksi_modal(di_tugas_editor, rangkap, "approve"))
    assert sop.aksi_modal(di_tugas_editor, rangkap, "approve", xhr=True).status_code == 403
    assert jepret(di_tugas_editor) == sebelum
    dasbor = sop.sebagai(rangkap).get(reverse("wagtailadmin_home")).content.decode()
    assert "Anda menyunting berita ini; penyaringan oleh Pejabat lain." in dasbor

    assert sop.aksi_modal(di_tugas_editor, pejabat, "approve").status_code == 302
    assert halaman(di_tugas_editor).live
    assert halaman(di_tugas_editor).title == "Disunting rangkap"


def test_penerusan_yang_ditahan_disebut_alasannya_dan_siapa_yang_bertindak(
    sop, buat_draf, editor, editor_lain
):
    page = buat_draf(pemilik=editor)
    ajukan_langsung(page, editor)

    penyunting = sop.sebagai(editor).get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    dasbor = sop.sebagai(editor).get(reverse("wagtailadmin_home"))

    pesan = "Anda mengajukan berita ini; penerusan ke Pejabat oleh Editor lain."
    assert pesan in penyunting.content.decode()
    assert pesan in dasbor.content.decode()
    assert sop.aksi_modal(page, editor, "approve", xhr=True).status_code == 403
    lain = sop.sebagai(editor_lain).get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "penerusan ke Pejabat oleh Editor lain" not in lain.content.decode()


def test_administrator_pengaju_tidak_dapat_menyetujui_di_kedua_tugas(
    sop, buat_draf, admin_portal, editor, pejabat
):
    page = buat_draf(pemilik=admin_portal)
    ajukan_langsung(page, admin_portal)

    assert "approve" not in sop.aksi_tersedia(page, admin_portal)
    sebelum = jepret(page)
    assert ditolak(sop.aksi_modal(page, admin_portal, "approve"))
    assert jepret(page) == sebelum

    setujui_langsung(page, editor)
    assert "approve" not in sop.aksi_tersedia(page, admin_portal)
    assert "approve" in sop.aksi_tersedia(page, pejabat)
    sebelum = jepret(page)
    assert sop.aksi_modal(page, admin_portal, "approve", xhr=True).status_code == 403
    assert ditolak(sop.aksi_modal(page, admin_portal, "approve", comment="Layak."))
    assert jepret(page) == sebelum
    assert not halaman(page).live


def test_editor_meneruskan_materi_yang_ia_buat_tetapi_diajukan_petugas(
    sop, buat_draf, editor, petugas
):
    """Only writing and submitting it oneself withholds the forward: an item the editor set up
    and the petugas filled in and handed over moves on (no one stuck at step 3)."""
    page = buat_draf(pemilik=editor)
    ajukan_langsung(page, petugas)

    assert "approve" in sop.aksi_tersedia(page, editor)
    assert sop.aksi_modal(page, editor, "approve").status_code == 302
    assert nama_tugas(page) == "PejabatTask"


def test_anggota_dua_grup_yang_meneruskan_tidak_menyaring_materi_itu(
    sop, di_tugas_editor, pejabat, django_user_model
):
    from portal.moderasi.peran import GRUP_EDITOR, GRUP_PEJABAT
    from tests.conftest import _buat_pengguna

    rangkap = _buat_pengguna(django_user_model, "rangkap", GRUP_EDITOR)
    rangkap.groups.add(Group.objects.get(name=GRUP_PEJABAT))
    assert sop.aksi_modal(di_tugas_editor, rangkap, "approve").status_code == 302
    assert nama_tugas(di_tugas_editor) == "PejabatTask"

    assert "approve" not in sop.aksi_tersedia(di_tugas_editor, rangkap)
    assert ditolak(sop.aksi_modal(di_tugas_editor, rangkap, "approve"))
    dasbor = sop.sebagai(rangkap).get(reverse("wagtailadmin_home")).content.decode()
    assert "Anda meneruskan berita ini; penyaringan oleh Pejabat lain." in dasbor
    assert "approve" in sop.aksi_tersedia(di_tugas_editor, pejabat)


def test_keputusan_dengan_status_tugas_materi_lain_di_url_ditolak(
    sop, buat_draf, petugas, editor, pejabat, admin_portal
):
    """A crafted post: page A (which the user may approve) in the URL, page B's task state.
    The task checks the task state's own item, so nothing moves."""
    a, b = buat_draf(title="Materi A"), buat_draf(title="Materi B", pemilik=admin_portal)
    ajukan_langsung(a, petugas)
    ajukan_langsung(b, admin_portal)
    sebelum = jepret(b)

    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[a.pk, "approve", task_state_aktif(b).pk]
    )
    sop.sebagai(admin_portal).post(url, {"comment": ""})

    assert jepret(b) == sebelum
    assert nama_tugas(b) == "EditorTask"


def test_administrator_tidak_menerbitkan_materi_yang_sedang_dimoderasi(
    sop, di_tugas_editor, admin_portal
):
    """The editor's "Publish" would cancel the workflow and publish past the Pejabat; the
    edits are kept as a draft."""
    respons = sop.terbitkan(di_tugas_editor, admin_portal, title="Diterbitkan langsung")

    assert respons.status_code == 302
    assert not halaman(di_tugas_editor).live
    assert nama_tugas(di_tugas_editor) == "EditorTask"
    assert jepret(di_tugas_editor).title == "Diterbitkan langsung"
    assert any("sedang dalam alur moderasi" in str(m) for m in respons.wsgi_request._messages)


def test_terbit_massal_menolak_materi_yang_sedang_dimoderasi(sop, di_tugas_pejabat, admin_portal):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    respons = sop.sebagai(admin_portal).post(f"{url}?id={di_tugas_pejabat.pk}")

    assert respons.status_code == 302
    assert not halaman(di_tugas_pejabat).live
    assert nama_tugas(di_tugas_pejabat) == "PejabatTask"
    assert any("Tidak ada yang diterbitkan" in str(m) for m in respons.wsgi_request._messages)


# -- 5. locking ----------------------------------------------------------------------------------


@pytest.mark.parametrize("pelaku", ["editor", "petugas", "admin_portal"])
def test_saat_penyaringan_tidak_ada_yang_dapat_mengubah_halaman(
    request, sop, di_tugas_pejabat, admin_portal, pelaku
):
    user = request.getfixturevalue(pelaku)
    sebelum = jepret(di_tugas_pejabat)
    data = sop.form_edit(di_tugas_pejabat, admin_portal, title="Diubah saat penyaringan")

    respons = sop.post_edit(di_tugas_pejabat, user, data)

    assert respons.status_code == 200
    assert jepret(di_tugas_pejabat) == sebelum


def test_petugas_tidak_dapat_mengubah_saat_penyuntingan(sop, di_tugas_editor, petugas):
    sebelum = jepret(di_tugas_editor)

    respons = sop.simpan(di_tugas_editor, petugas, title="Diubah petugas saat penyuntingan")

    assert respons.status_code == 200
    assert jepret(di_tugas_editor) == sebelum


def test_pejabat_tidak_membuka_penyunting_tetapi_dapat_melihat_pratinjau(
    sop, di_tugas_pejabat, pejabat
):
    client = sop.sebagai(pejabat)

    assert ditolak(client.get(reverse("wagtailadmin_pages:edit", args=[di_tugas_pejabat.pk])))
    pratinjau = client.get(
        reverse(
            "wagtailadmin_pages:workflow_preview",
            args=[di_tugas_pejabat.pk, task_state_aktif(di_tugas_pejabat).task_id],
        )
    )

    assert pratinjau.status_code == 200
    assert di_tugas_pejabat.title in pratinjau.content.decode()


def test_modal_tidak_layak_tayang_meminta_jenis_dan_alasan(sop, di_tugas_pejabat, pejabat):
    respons = sop.buka_modal(di_tugas_pejabat, pejabat, "tidak_layak")

    assert respons.status_code == 200
    html = respons.json()["html"]
    assert 'name="kode_alasan"' in html
    assert 'name="comment"' in html
    assert str(AlasanTidakLayak.BUKAN_INFORMASI_PUBLIK.label) in html


# -- acting on a task state that is not the current one ------------------------------------------


@pytest.mark.parametrize(
    ("aksi", "data"),
    [
        ("tidak_layak", {"kode_alasan": AlasanTidakLayak.LAINNYA, "comment": "Tidak layak."}),
        ("perbaikan", {"comment": "Perbaiki lagi."}),
    ],
)
def test_keputusan_atas_status_penyaringan_lama_ditolak(sop, di_tugas_pejabat, pejabat, aksi, data):
    penyaringan_lama = task_state_aktif(di_tugas_pejabat)
    sop.aksi_modal(di_tugas_pejabat, pejabat, "perbaikan", comment="Cantumkan sumber data.")
    assert nama_tugas(di_tugas_pejabat) == "EditorTask"
    sebelum = jepret(di_tugas_pejabat)

    sop.aksi_modal(di_tugas_pejabat, pejabat, aksi, task_state=penyaringan_lama, **data)

    assert jepret(di_tugas_pejabat) == sebelum
    assert nama_tugas(di_tugas_pejabat) == "EditorTask"


# -- 6. editing and approving in one post from the page editor -----------------------------------


def _pesan(respons):
    return [str(m) for m in respons.wsgi_request._messages]


def test_simpan_dan_teruskan_ke_pejabat_dalam_satu_langkah_dari_penyunting(
    sop, di_tugas_editor, editor
):
    """The editor corrects the item and forwards it with one button: the edit is saved in the
    editor's name and the Pejabat filters exactly that revision."""
    page = di_tugas_editor
    penyunting = sop.sebagai(editor).get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "Simpan dan teruskan ke Pejabat" in penyunting.content.decode()
    sebelum = jepret(page)

    respons = sop.aksi_editor(page, editor, "approve", title="Judul hasil suntingan editor")

    assert respons.status_code == 302
    sesudah = jepret(page)
    assert sesudah.jumlah_revisi == sebelum.jumlah_revisi + 1
    assert halaman(page).get_latest_revision().user == editor
    assert nama_tugas(page) == "PejabatTask"
    assert task_state_aktif(page).revision.as_object().title == "Judul hasil suntingan editor"
    assert "wagtail.workflow.approve" in {aksi for (aksi,) in sesudah.log}


def test_simpan_dan_teruskan_dengan_komentar_mencatat_komentar(sop, di_tugas_editor, editor):
    respons = sop.aksi_editor(
        di_tugas_editor,
        editor,
        "approve",
        extra={"comment": "Sudah sesuai kaidah."},
        title="Judul disunting dengan komentar",
    )

    assert respons.status_code == 302
    assert nama_tugas(di_tugas_editor) == "PejabatTask"
    disetujui = TaskState.objects.get(comment="Sudah sesuai kaidah.")
    assert disetujui.finished_by == editor


def test_suntingan_tidak_sah_dengan_setujui_tidak_disimpan_dan_tidak_disetujui(
    sop, di_tugas_editor, editor
):
    sebelum = jepret(di_tugas_editor)

    respons = sop.aksi_editor(di_tugas_editor, editor, "approve", title="", slug="")

    assert respons.status_code == 200  # the editor again, with the form's errors
    assert not any("diteruskan ke Pejabat" in m for m in _pesan(respons))
    assert jepret(di_tugas_editor) == sebelum
    assert nama_tugas(di_tugas_editor) == "EditorTask"


def test_setujui_tanpa_suntingan_dari_penyunting_walau_waktu_liputan_berdetik(
    sop, buat_draf, petugas, editor
):
    """A stored time with seconds (seeded or imported material) shows as minutes in the editor:
    an untouched form still counts as unchanged, so the approval goes through."""
    page = buat_draf(waktu_liputan=SELASA_PAGI.replace(hour=8, second=37, microsecond=120))
    ajukan_langsung(page, petugas)
    sebelum = jepret(page)

    respons = sop.aksi_editor(page, editor, "approve")

    assert respons.status_code == 302
    assert nama_tugas(page) == "PejabatTask"
    assert jepret(page).latest_revision_id == sebelum.latest_revision_id


# -- 7. cancelling a workflow ----------------------------------------------------------------------


def _batalkan(sop, page, user, tombol="action-cancel-workflow"):
    data = sop.form_edit(page, user)
    data[tombol] = "1"
    return sop.post_edit(page, user, data)


def test_petugas_menarik_pengajuannya_sendiri(sop, di_tugas_editor, petugas):
    respons = _batalkan(sop, di_tugas_editor, petugas)

    assert respons.status_code in (200, 302)
    assert workflow_state_terakhir(di_tugas_editor).status == WorkflowState.STATUS_CANCELLED
    assert PageLogEntry.objects.filter(
        page_id=di_tugas_editor.pk, action="wagtail.workflow.cancel", user=petugas
    ).exists()


@pytest.mark.parametrize("tombol", ["action-cancel-workflow", "action-restart-workflow"])
def test_editor_tidak_membatalkan_alur_orang_lain_dan_diarahkan_ke_kembalikan(
    sop, di_tugas_editor, editor, tombol
):
    sebelum = jepret(di_tugas_editor)

    respons = _batalkan(sop, di_tugas_editor, editor, tombol)

    assert respons.status_code == 302
    assert respons["Location"] == reverse("wagtailadmin_pages:edit", args=[di_tugas_editor.pk])
    assert any(
        "hanya dapat dibatalkan oleh pengajunya atau administrator" in m
        and "Kembalikan ke Petugas" in m
        for m in _pesan(respons)
    )
    assert jepret(di_tugas_editor) == sebelum
    assert nama_tugas(di_tugas_editor) == "EditorTask"


def test_administrator_dapat_membatalkan_alur(sop, di_tugas_editor, admin_portal):
    assert _batalkan(sop, di_tugas_editor, admin_portal).status_code == 302

    assert workflow_state_terakhir(di_tugas_editor).status == WorkflowState.STATUS_CANCELLED


def test_tombol_batalkan_alur_hanya_untuk_yang_berhak(sop, di_tugas_editor, editor, admin_portal):
    url = reverse("wagtailadmin_pages:edit", args=[di_tugas_editor.pk])

    html_editor = sop.sebagai(editor).get(url).content.decode()
    html_admin = sop.sebagai(admin_portal).get(url).content.decode()

    assert 'name="action-cancel-workflow"' not in html_editor
    assert 'name="action-restart-workflow"' not in html_editor
    assert 'name="action-cancel-workflow"' in html_admin
