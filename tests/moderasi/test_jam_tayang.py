"""Publication only in working hours: every publish path defers to the next opening."""

import html
from datetime import datetime
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import PageLogEntry, Workflow

from berita.models import BeritaPage
from portal.moderasi.models import HariLibur
from portal.moderasi.policy import ZONA_WITA
from tests.admin_form import tambah_halaman, ubah_halaman
from tests.berita.test_admin_berita import data_berita

pytestmark = pytest.mark.django_db


def wita(*args):
    return datetime(*args, tzinfo=ZONA_WITA)


def di_tugas_pejabat(page, petugas, editor):
    """Submitted by the petugas and approved by the editor: waiting for the pejabat."""
    alur = Workflow.objects.get(name="Alur Publikasi SOP")
    workflow_state = alur.start(page, petugas)
    tugas = workflow_state.current_task_state
    tugas.task.specific.on_action(tugas, editor, "approve")
    workflow_state.refresh_from_db()
    return workflow_state.current_task_state


def layak_tayang(client, pejabat, page, task_state):
    client.force_login(pejabat)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {"comment": ""})


def jalankan_penjadwal():
    call_command("run_scheduler", "--once", stdout=StringIO(), stderr=StringIO())


def test_persetujuan_dalam_jam_kerja_langsung_tayang(client, draf, petugas, editor, pejabat):
    with time_machine.travel(wita(2026, 11, 26, 10, 0), tick=False):
        layak_tayang(client, pejabat, draf, di_tugas_pejabat(draf, petugas, editor))
    draf.refresh_from_db()
    assert draf.live


def test_persetujuan_jumat_1200_tayang_senin_0800(client, draf, petugas, editor, pejabat):
    with time_machine.travel(wita(2026, 11, 27, 12, 0), tick=False):
        layak_tayang(client, pejabat, draf, di_tugas_pejabat(draf, petugas, editor))
        draf.refresh_from_db()
        assert not draf.live
        revisi = draf.get_latest_revision()
        assert revisi.approved_go_live_at == wita(2026, 11, 30, 8, 0)
        assert PageLogEntry.objects.filter(page=draf, action="moderasi.publikasi_ditunda").exists()
    with time_machine.travel(wita(2026, 11, 30, 7, 59), tick=False):
        jalankan_penjadwal()
        draf.refresh_from_db()
        assert not draf.live
    with time_machine.travel(wita(2026, 11, 30, 8, 0, 30), tick=False):
        jalankan_penjadwal()
        draf.refresh_from_db()
        assert draf.live


def test_senin_libur_tayang_selasa(client, draf, petugas, editor, pejabat):
    HariLibur.objects.update_or_create(
        tanggal=wita(2026, 11, 30).date(), defaults={"nama": "Penutupan khusus", "aktif": True}
    )
    with time_machine.travel(wita(2026, 11, 27, 12, 0), tick=False):
        layak_tayang(client, pejabat, draf, di_tugas_pejabat(draf, petugas, editor))
    draf.refresh_from_db()
    assert draf.get_latest_revision().approved_go_live_at == wita(2026, 12, 1, 8, 0)


def test_17_agustus_tutup(client, draf, petugas, editor, pejabat):
    """Friday 14 August 2026, 12:00: Monday the 17th is Independence Day, so Tuesday 08:00."""
    with time_machine.travel(wita(2026, 8, 14, 12, 0), tick=False):
        layak_tayang(client, pejabat, draf, di_tugas_pejabat(draf, petugas, editor))
    draf.refresh_from_db()
    assert draf.get_latest_revision().approved_go_live_at == wita(2026, 8, 18, 8, 0)


def test_tombol_terbitkan_admin_di_luar_jam_kerja_ditunda(client, draf, admin_portal):
    client.force_login(admin_portal)
    with time_machine.travel(wita(2026, 11, 28, 9, 0), tick=False):  # Saturday
        respons = ubah_halaman(client, draf, {}, **{"action-publish": "1"})
        assert respons.status_code == 302
        draf.refresh_from_db()
        assert not draf.live
        assert draf.get_latest_revision().approved_go_live_at == wita(2026, 11, 30, 8, 0)
        pesan = [str(m) for m in respons.wsgi_request._messages]
        assert any(
            "Di luar jam kerja" in m and "Senin, 30 November 2026 08.00 WITA" in m for m in pesan
        )


def test_tombol_terbitkan_admin_dalam_jam_kerja_langsung_tayang(client, draf, admin_portal):
    client.force_login(admin_portal)
    with time_machine.travel(wita(2026, 11, 26, 9, 0), tick=False):
        ubah_halaman(client, draf, {}, **{"action-publish": "1"})
    draf.refresh_from_db()
    assert draf.live


def pesan(respons):
    """The messages the response carries, as the user reads them (Wagtail escapes them)."""
    return [html.unescape(str(m)).strip() for m in respons.wsgi_request._messages]


def log_ditunda(page):
    return list(
        PageLogEntry.objects.filter(page_id=page.pk, action="moderasi.publikasi_ditunda").order_by(
            "pk"
        )
    )


URL_MASSAL = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))


def test_terbitkan_massal_di_luar_jam_kerja_ditunda(client, buat_draf, admin_portal):
    """Thursday 16:00 is closed: both items wait for Friday 08:00, the log says so, and the
    user is told which items are scheduled and when, not that they were published."""
    a = buat_draf(title="Pelantikan Kepala OPD")
    b = buat_draf(title="Jadwal Vaksinasi Keliling")
    client.force_login(admin_portal)
    with time_machine.travel(wita(2026, 11, 26, 16, 0), tick=False):
        respons = client.post(f"{URL_MASSAL}?id={a.pk}&id={b.pk}", {})
    assert respons.status_code == 302
    for page in (a, b):
        page.refresh_from_db()
        assert not page.live
        assert page.get_latest_revision().approved_go_live_at == wita(2026, 11, 27, 8, 0)
        [entri] = log_ditunda(page)
        assert entri.user == admin_portal
        assert datetime.fromisoformat(entri.data["tayang"]) == wita(2026, 11, 27, 8, 0)
    assert sorted(pesan(respons)) == [
        "Di luar jam kerja: 'Jadwal Vaksinasi Keliling' dijadwalkan tayang "
        "Jumat, 27 November 2026 08.00 WITA.",
        "Di luar jam kerja: 'Pelantikan Kepala OPD' dijadwalkan tayang "
        "Jumat, 27 November 2026 08.00 WITA.",
    ]


def test_terbitkan_massal_dalam_jam_kerja_pesan_wagtail(client, draf, admin_portal):
    client.force_login(admin_portal)
    with time_machine.travel(wita(2026, 11, 26, 10, 0), tick=False):
        respons = client.post(f"{URL_MASSAL}?id={draf.pk}", {})
    draf.refresh_from_db()
    assert draf.live
    assert not log_ditunda(draf)
    assert not any("Di luar jam kerja" in m for m in pesan(respons))
    assert len(pesan(respons)) == 1  # Wagtail's own "1 page has been published"


def test_kembalikan_revisi_lama_di_luar_jam_kerja_ditunda(client, draf, admin_portal):
    with time_machine.travel(wita(2026, 11, 26, 9, 0), tick=False):
        revisi_lama = draf.get_latest_revision()
        revisi_lama.publish()
        draf.refresh_from_db()
        draf.title = "Judul baru"
        draf.save_revision().publish()
    client.force_login(admin_portal)
    url = reverse("wagtailadmin_pages:revisions_revert", args=(draf.pk, revisi_lama.pk))
    with time_machine.travel(wita(2026, 11, 29, 20, 0), tick=False):  # Sunday evening
        respons = ubah_halaman_dari(client, url, draf)
    assert respons.status_code == 302
    draf.refresh_from_db()
    assert draf.title == "Judul baru"
    revisi = draf.get_latest_revision()
    assert revisi.approved_go_live_at == wita(2026, 11, 30, 8, 0)
    assert revisi.as_object().title == revisi_lama.as_object().title
    [entri] = log_ditunda(draf)
    assert entri.user == admin_portal
    assert entri.revision_id == revisi.pk
    assert datetime.fromisoformat(entri.data["tayang"]) == wita(2026, 11, 30, 8, 0)
    assert pesan(respons) == [
        "Di luar jam kerja: 'Banjir Rob di Pesisir Balikpapan Mulai Surut' dijadwalkan tayang "
        "Senin, 30 November 2026 08.00 WITA."
    ]


def ubah_halaman_dari(client, url_form, page):
    from tests.admin_form import isi_form

    payload = dict(isi_form(client, url_form, "page-edit-form", {}).lists())
    payload["revision"] = payload.get("revision") or ""
    return client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)), {**payload, "action-publish": "1"}
    )


def test_waktu_tayang_pilihan_di_luar_jam_kerja_digeser_dan_editor_diberi_tahu(
    client, draf, petugas, editor, pejabat
):
    client.force_login(editor)
    with time_machine.travel(wita(2026, 11, 25, 9, 0), tick=False):
        respons = ubah_halaman(client, draf, {"go_live_at": "2026-11-28 10:00"})
        pesan = [str(m) for m in respons.wsgi_request._messages]
        assert any("di luar jam kerja" in m and "Senin, 30 November 2026 08.00" in m for m in pesan)
        draf.refresh_from_db()
        layak_tayang(client, pejabat, draf, di_tugas_pejabat(draf, petugas, editor_lain(editor)))
    draf.refresh_from_db()
    assert draf.get_latest_revision().approved_go_live_at == wita(2026, 11, 30, 8, 0)
    assert not BeritaPage.objects.get(pk=draf.pk).live


def editor_lain(editor):
    """The editor above edited the page, so another editor approves it (separation of duties)."""
    from django.contrib.auth.models import Group

    from portal.core.factories import UserFactory

    return UserFactory(groups=[Group.objects.get(name="Editor")])


def test_pejabat_melihat_kapan_materi_tayang_setelah_persetujuan_di_luar_jam_kerja(
    client, draf, petugas, editor, pejabat
):
    with time_machine.travel(wita(2026, 11, 27, 12, 0), tick=False):
        task_state = di_tugas_pejabat(draf, petugas, editor)
        client.force_login(pejabat)
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=[draf.pk, "approve", task_state.pk]
        )
        respons = client.post(url, {"comment": ""}, follow=True)
    html = respons.content.decode()
    assert respons.redirect_chain[-1][0].startswith(reverse("moderasi_antrean")), (
        respons.redirect_chain,
        [str(m) for m in respons.context["messages"]] if respons.context else None,
    )
    assert "dijadwalkan tayang Senin, 30 November 2026 08.00 WITA" in html


def test_tombol_terbitkan_di_halaman_baru_di_luar_jam_kerja_ditunda(
    client, indeks_berita, admin_portal
):
    """The create view's "Publish" (SOP rule: no page goes live outside the window)."""
    client.force_login(admin_portal)
    with time_machine.travel(wita(2026, 11, 28, 9, 0), tick=False):  # Saturday
        respons = tambah_halaman(
            client, BeritaPage, indeks_berita, data_berita(), **{"action-publish": "1"}
        )
    assert respons.status_code == 302, respons.content.decode()[:2000]
    page = BeritaPage.objects.get(slug="jembatan-mahakam-iv-diresmikan")
    assert not page.live
    revisi = page.get_latest_revision()
    assert revisi.approved_go_live_at == wita(2026, 11, 30, 8, 0)
    [entri] = log_ditunda(page)
    assert entri.user == admin_portal
    assert pesan(respons) == [
        "Di luar jam kerja: 'Jembatan Mahakam IV diresmikan' dijadwalkan tayang "
        "Senin, 30 November 2026 08.00 WITA."
    ]
    with time_machine.travel(wita(2026, 11, 30, 8, 0, 30), tick=False):
        jalankan_penjadwal()
    page.refresh_from_db()
    assert page.live


PESAN_KEDALUWARSA = (
    "Waktu kedaluwarsa Sabtu, 5 Desember 2026 10.00 WITA di luar jam kerja; halaman akan "
    "diturunkan dari situs pada Senin, 7 Desember 2026 08.00 WITA."
)


def test_kedaluwarsa_pilihan_di_luar_jam_kerja_editor_diberi_tahu(client, draf, editor):
    client.force_login(editor)
    with time_machine.travel(wita(2026, 11, 25, 9, 0), tick=False):
        respons = ubah_halaman(client, draf, {"expire_at": "2026-12-05 10:00"})
    assert respons.status_code == 302
    assert PESAN_KEDALUWARSA in pesan(respons)
    draf.refresh_from_db()
    assert draf.get_latest_revision().as_object().expire_at == wita(2026, 12, 5, 10, 0)


def test_kedaluwarsa_pilihan_dalam_jam_kerja_tanpa_pesan(client, draf, editor):
    client.force_login(editor)
    with time_machine.travel(wita(2026, 11, 25, 9, 0), tick=False):
        respons = ubah_halaman(client, draf, {"expire_at": "2026-12-03 10:00"})  # Thursday
    assert respons.status_code == 302
    assert not any("kedaluwarsa" in m for m in pesan(respons))


def test_terbitkan_di_luar_jam_kerja_dengan_kedaluwarsa_di_luar_jam_kerja_keduanya_diberi_tahu(
    client, draf, admin_portal
):
    """The deferred publish returns before Wagtail's after_edit_page hooks: the expiry notice
    must still come."""
    client.force_login(admin_portal)
    with time_machine.travel(wita(2026, 11, 28, 9, 0), tick=False):  # Saturday
        respons = ubah_halaman(
            client, draf, {"expire_at": "2026-12-05 10:00"}, **{"action-publish": "1"}
        )
    assert respons.status_code == 302
    assert pesan(respons) == [
        f"Di luar jam kerja: '{draf.title}' dijadwalkan tayang Senin, 30 November 2026 08.00 WITA.",
        PESAN_KEDALUWARSA,
    ]
