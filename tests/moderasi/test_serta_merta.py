"""Serta-merta publication (KIP) and urgent take-down, at hours the office is closed.

A holder of `moderasi.publikasi_serta_merta` publishes an emergency item at once with a written
reason: logged, administrators e-mailed, flagged for review until an administrator marks it
reviewed (GOV.UK's force-publish). Editor and Pejabat take a live item down at any hour with a
reason. Everything else keeps waiting for working hours.
"""

from datetime import datetime, timedelta

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, WorkflowState

from berita.models import BeritaIndexPage, PengumumanSertaMertaPage
from portal.core.factories import UserFactory
from portal.moderasi.jadwal_tayang import publikasi_segera
from portal.moderasi.models import TinjauanSertaMerta
from portal.moderasi.peran import GRUP_EDITOR, GRUP_PEJABAT, GRUP_PETUGAS
from portal.moderasi.policy import ZONA_WITA
from portal.moderasi.serta_merta import sedang_di_luar_jam_kerja
from portal.situs.penyiapan import siapkan_portal
from tests.admin_form import ubah_halaman
from tests.berita.test_pengumuman_serta_merta import PengumumanSertaMertaPageFactory
from tests.conftest import atur_zona_waktu
from tests.moderasi.conftest import ajukan_langsung, ditolak, jepret, nama_tugas

pytestmark = pytest.mark.django_db


def wita(*args):
    return datetime(*args, tzinfo=ZONA_WITA)


SABTU_MALAM = wita(2026, 11, 28, 22, 0)
HUT_RI = wita(2026, 8, 17, 10, 0)  # Monday, Independence Day
JAM_TUTUP = [pytest.param(SABTU_MALAM, id="sabtu-22.00"), pytest.param(HUT_RI, id="17-agustus")]

ALASAN = "Banjir besar di bantaran Karang Mumus; warga harus mengungsi malam ini juga."


# -- fixtures -------------------------------------------------------------------------------------


@pytest.fixture
def penerbit_darurat(beranda):
    """A member of a group the administrators granted the serta-merta permission (as they
    would in Settings → Groups), besides the Petugas group."""
    grup = Group.objects.create(name="Penerbit Serta Merta")
    grup.permissions.add(
        Permission.objects.get(content_type__app_label="moderasi", codename="publikasi_serta_merta")
    )
    return UserFactory(username="pusdalops", groups=[GRUP_PETUGAS, grup])


@pytest.fixture
def indeks_berita(beranda):
    return BeritaIndexPage.objects.get()


@pytest.fixture
def draf_pengumuman(indeks_berita, petugas):
    page = PengumumanSertaMertaPageFactory(
        parent=indeks_berita,
        owner=petugas,
        live=False,
        tampilkan_banner=True,
        banner_berakhir=wita(2027, 1, 1, 0, 0),
    )
    page.save_revision(user=petugas)
    page.refresh_from_db()
    return page


@pytest.fixture
def tayang(indeks_berita, petugas):
    """A live announcement (published in working hours through the model API)."""
    page = PengumumanSertaMertaPageFactory(parent=indeks_berita, owner=petugas, live=False)
    with publikasi_segera():
        page.save_revision(user=petugas).publish()
    page.refresh_from_db()
    assert page.live
    return page


@pytest.fixture
def surat(kotak_surat, django_capture_on_commit_callbacks):
    """The outbox, with the on-commit mail of the serta-merta service delivered."""
    kotak_surat.tangkap = lambda: django_capture_on_commit_callbacks(execute=True)
    return kotak_surat


def url_serta_merta(page):
    return reverse("moderasi_serta_merta", args=[page.pk])


def url_tarik(page):
    return reverse("moderasi_tarik_segera", args=[page.pk])


def pesan(respons):
    return [str(m) for m in respons.wsgi_request._messages]


def galat_form(respons):
    soup = BeautifulSoup(respons.content, "html.parser")
    return " ".join(
        e.get_text(" ", strip=True) for e in soup.select(".error-message, .help-critical")
    )


def log(page, aksi):
    return list(PageLogEntry.objects.filter(page_id=page.pk, action=aksi).order_by("pk"))


def segar(page):
    return type(page).objects.get(pk=page.pk)


# -- serta-merta publication ----------------------------------------------------------------------


@pytest.mark.parametrize("saat", JAM_TUTUP)
def test_pemegang_izin_menerbitkan_serta_merta_di_luar_jam_kerja(
    client, surat, saat, draf_pengumuman, penerbit_darurat, admin_portal
):
    client.force_login(penerbit_darurat)
    with time_machine.travel(saat, tick=False):
        assert sedang_di_luar_jam_kerja()
        assert client.get(url_serta_merta(draf_pengumuman)).status_code == 200
        with surat.tangkap():
            respons = client.post(url_serta_merta(draf_pengumuman), {"alasan": ALASAN})

        assert respons.status_code == 302
        page = segar(draf_pengumuman)
        assert page.live
        assert page.live_revision_id == draf_pengumuman.latest_revision_id
        assert page.last_published_at == timezone.now()
        assert any("diterbitkan serta merta" in m for m in pesan(respons))

    [entri] = log(page, "moderasi.serta_merta")
    assert entri.user == penerbit_darurat
    assert entri.data["alasan"] == ALASAN
    assert entri.data["di_luar_jam_kerja"] is True
    assert log(page, "wagtail.publish")
    assert not log(page, "moderasi.publikasi_ditunda")

    [tinjauan] = TinjauanSertaMerta.objects.all()
    assert tinjauan.terbuka
    assert (tinjauan.page_id, tinjauan.user, tinjauan.alasan) == (
        page.pk,
        penerbit_darurat,
        ALASAN,
    )
    assert tinjauan.waktu == saat

    [email] = surat.untuk(admin_portal)
    assert surat.penerima() == [admin_portal.email]
    assert page.title in email.subject
    assert "perlu ditinjau" in email.subject
    assert ALASAN in email.body
    assert "pusdalops" in email.body
    assert "di luar jam kerja" in email.body
    assert reverse("moderasi_tinjauan_serta_merta") in email.body


def test_serta_merta_tampil_sebagai_banner_seketika(
    client, surat, draf_pengumuman, penerbit_darurat
):
    client.force_login(penerbit_darurat)
    with time_machine.travel(SABTU_MALAM, tick=False):
        with surat.tangkap():
            client.post(url_serta_merta(draf_pengumuman), {"alasan": ALASAN})
        client.logout()
        html = client.get("/").content.decode()
    assert draf_pengumuman.title in html
    assert 'class="banner-darurat"' in html


@pytest.mark.parametrize("alasan", ["", "   \n  "])
def test_tanpa_alasan_ditolak_tanpa_akibat(
    client, surat, alasan, draf_pengumuman, penerbit_darurat
):
    sebelum = jepret(draf_pengumuman)
    client.force_login(penerbit_darurat)
    with time_machine.travel(SABTU_MALAM, tick=False):
        with surat.tangkap():
            respons = client.post(url_serta_merta(draf_pengumuman), {"alasan": alasan})
    assert respons.status_code == 200
    assert "Alasan penerbitan serta merta wajib diisi." in galat_form(respons)
    assert jepret(draf_pengumuman) == sebelum
    assert not TinjauanSertaMerta.objects.exists()
    assert surat.semua == []


@pytest.mark.parametrize("nama", ["petugas", "editor", "pejabat"])
def test_tanpa_izin_ditolak_tanpa_akibat(client, surat, request, nama, draf_pengumuman):
    user = request.getfixturevalue(nama)
    sebelum = jepret(draf_pengumuman)
    client.force_login(user)
    with time_machine.travel(SABTU_MALAM, tick=False):
        assert ditolak(client.get(url_serta_merta(draf_pengumuman)))
        with surat.tangkap():
            respons = client.post(url_serta_merta(draf_pengumuman), {"alasan": ALASAN})
    assert ditolak(respons)
    assert any("tidak memiliki izin publikasi serta merta" in m for m in pesan(respons))
    assert jepret(draf_pengumuman) == sebelum
    assert not TinjauanSertaMerta.objects.exists()
    assert surat.semua == []


def test_izin_serta_merta_tidak_diberikan_kepada_siapa_pun_secara_bawaan(beranda):
    siapkan_portal()  # idempotent: a second run grants nothing more
    izin = Permission.objects.get(codename="publikasi_serta_merta")
    assert not izin.group_set.exists()
    assert not izin.user_set.exists()
    tarik = Permission.objects.get(codename="tarik_darurat")
    assert set(tarik.group_set.values_list("name", flat=True)) == {GRUP_EDITOR, GRUP_PEJABAT}


def test_izin_dapat_diberikan_administrator_di_editor_grup(client, admin_portal):
    client.force_login(admin_portal)
    html = client.get(reverse("wagtailusers_groups:add")).content.decode()
    assert "Dapat menerbitkan pengumuman serta merta" in html
    assert "Dapat menarik halaman tayang seketika" in html


def test_serta_merta_membatalkan_alur_sop_yang_berjalan(
    client, surat, draf_pengumuman, petugas, penerbit_darurat
):
    ajukan_langsung(draf_pengumuman, petugas)
    assert nama_tugas(draf_pengumuman) == "EditorTask"
    client.force_login(penerbit_darurat)
    with time_machine.travel(SABTU_MALAM, tick=False):
        with surat.tangkap():
            client.post(url_serta_merta(draf_pengumuman), {"alasan": ALASAN})
    assert segar(draf_pengumuman).live
    state = WorkflowState.objects.get(object_id=str(draf_pengumuman.pk))
    assert state.status == WorkflowState.STATUS_CANCELLED
    assert log(draf_pengumuman, "wagtail.workflow.cancel")[0].user == penerbit_darurat


def test_serta_merta_mengalahkan_penundaan_ke_jam_kerja(
    client, surat, draf_pengumuman, admin_portal, penerbit_darurat
):
    """Published by the ordinary button at a closed hour the item waits for Monday 08:00; the
    serta-merta publication takes it live now and drops the schedule."""
    client.force_login(admin_portal)
    with time_machine.travel(SABTU_MALAM, tick=False):
        ubah_halaman(client, draf_pengumuman, {}, **{"action-publish": "1"})
        page = segar(draf_pengumuman)
        assert not page.live
        assert page.get_latest_revision().approved_go_live_at == wita(2026, 11, 30, 8, 0)

        client.force_login(penerbit_darurat)
        with surat.tangkap():
            client.post(url_serta_merta(page), {"alasan": ALASAN})
    page = segar(draf_pengumuman)
    assert page.live
    assert page.go_live_at is None
    assert not page.revisions.filter(approved_go_live_at__isnull=False).exists()


def test_berita_biasa_juga_dapat_diterbitkan_serta_merta(client, surat, draf, penerbit_darurat):
    client.force_login(penerbit_darurat)
    with time_machine.travel(SABTU_MALAM, tick=False):
        with surat.tangkap():
            client.post(url_serta_merta(draf), {"alasan": ALASAN})
    assert segar(draf).live
    assert TinjauanSertaMerta.objects.filter(page_id=draf.pk).exists()


def test_hanya_halaman_konten(client, indeks_berita, penerbit_darurat):
    sebelum = jepret(indeks_berita)
    client.force_login(penerbit_darurat)
    respons = client.post(url_serta_merta(indeks_berita), {"alasan": ALASAN})
    assert respons.status_code == 302
    assert any("Hanya berita, pengumuman, dokumen dan galeri" in m for m in pesan(respons))
    assert jepret(indeks_berita) == sebelum


def test_draf_yang_belum_lengkap_tidak_diterbitkan(
    client, surat, indeks_berita, petugas, penerbit_darurat
):
    """A draft may be saved with required fields empty; this path must not publish it."""
    page = PengumumanSertaMertaPageFactory(
        parent=indeks_berita, owner=petugas, live=False, cara_menghindari=""
    )
    page.save_revision(user=petugas, clean=False)
    sebelum = jepret(page)
    client.force_login(penerbit_darurat)
    with time_machine.travel(SABTU_MALAM, tick=False):
        with surat.tangkap():
            respons = client.post(url_serta_merta(page), {"alasan": ALASAN})
    assert respons.status_code == 200
    galat = galat_form(respons)
    assert "Isian belum lengkap" in galat
    assert "cara menghindari bahaya" in galat
    assert jepret(page) == sebelum
    assert not TinjauanSertaMerta.objects.exists()


def test_banner_yang_sudah_berakhir_tidak_diterbitkan(
    client, surat, indeks_berita, petugas, penerbit_darurat
):
    page = PengumumanSertaMertaPageFactory(
        parent=indeks_berita,
        owner=petugas,
        live=False,
        tampilkan_banner=True,
        banner_berakhir=SABTU_MALAM - timedelta(hours=1),
    )
    page.save_revision(user=petugas)
    client.force_login(penerbit_darurat)
    with time_machine.travel(SABTU_MALAM, tick=False):
        respons = client.post(url_serta_merta(page), {"alasan": ALASAN})
    assert "Waktu berakhir banner harus setelah sekarang" in galat_form(respons)
    assert not segar(page).live


def test_tombol_serta_merta_hanya_untuk_pemegang_izin(
    client, draf_pengumuman, penerbit_darurat, editor, admin_portal
):
    url = url_serta_merta(draf_pengumuman)
    jelajah = reverse("wagtailadmin_explore", args=[draf_pengumuman.get_parent().pk])
    edit = reverse("wagtailadmin_pages:edit", args=[draf_pengumuman.pk])
    client.force_login(penerbit_darurat)
    assert url in client.get(jelajah).content.decode()
    client.force_login(admin_portal)
    assert url in client.get(edit).content.decode()
    assert url in client.get(jelajah).content.decode()
    client.force_login(editor)
    assert url not in client.get(edit).content.decode()
    assert url not in client.get(jelajah).content.decode()


def test_tombol_serta_merta_tidak_tampil_bila_tidak_ada_yang_diterbitkan(
    client, tayang, admin_portal
):
    client.force_login(admin_portal)
    edit = reverse("wagtailadmin_pages:edit", args=[tayang.pk])
    assert url_serta_merta(tayang) not in client.get(edit).content.decode()


# -- review after the fact -----------------------------------------------------------------------


@pytest.fixture
def sudah_serta_merta(client, surat, draf_pengumuman, penerbit_darurat):
    client.force_login(penerbit_darurat)
    with time_machine.travel(SABTU_MALAM, tick=False):
        with surat.tangkap():
            client.post(url_serta_merta(draf_pengumuman), {"alasan": ALASAN})
    client.logout()
    return TinjauanSertaMerta.objects.get()


def test_administrator_menandai_sudah_ditinjau(client, sudah_serta_merta, admin_portal):
    judul = sudah_serta_merta.page.title
    client.force_login(admin_portal)
    dasbor = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = BeautifulSoup(dasbor, "html.parser").select_one("#tinjauan-serta-merta-section")
    assert panel is not None and judul in panel.get_text()

    daftar = client.get(reverse("moderasi_tinjauan_serta_merta")).content.decode()
    assert judul in daftar and ALASAN in daftar

    url = reverse("moderasi_tandai_ditinjau", args=[sudah_serta_merta.pk])
    with time_machine.travel(wita(2026, 11, 30, 9, 0), tick=False):
        respons = client.post(url, {"catatan": "Memenuhi syarat informasi serta merta."})
    assert respons.status_code == 302
    sudah_serta_merta.refresh_from_db()
    assert not sudah_serta_merta.terbuka
    assert sudah_serta_merta.ditinjau_oleh == admin_portal
    assert sudah_serta_merta.ditinjau_pada == wita(2026, 11, 30, 9, 0)
    [entri] = log(sudah_serta_merta.page, "moderasi.serta_merta_ditinjau")
    assert entri.user == admin_portal
    assert entri.data["catatan"] == "Memenuhi syarat informasi serta merta."

    dasbor = client.get(reverse("wagtailadmin_home")).content.decode()
    assert BeautifulSoup(dasbor, "html.parser").select_one("#tinjauan-serta-merta-section") is None
    daftar = BeautifulSoup(
        client.get(reverse("moderasi_tinjauan_serta_merta")).content, "html.parser"
    )
    assert daftar.select_one("#tinjauan-terbuka") is None
    assert judul in daftar.select_one("#tinjauan-selesai").get_text()

    # a second post changes nothing and logs nothing
    client.post(url, {"catatan": "lagi"})
    assert len(log(sudah_serta_merta.page, "moderasi.serta_merta_ditinjau")) == 1


def test_waktu_serta_merta_dalam_wita_bagi_pengguna_berzona_jakarta(
    client, surat, draf_pengumuman, penerbit_darurat, admin_portal
):
    """The publisher and the reviewing administrator both chose Asia/Jakarta (WIB) in their
    profile: the e-mail and the history still say 22.00 WITA, not 21.00."""
    atur_zona_waktu(penerbit_darurat, "Asia/Jakarta")
    atur_zona_waktu(admin_portal, "Asia/Jakarta")
    client.force_login(penerbit_darurat)
    with time_machine.travel(SABTU_MALAM, tick=False):
        # on commit inside the publisher's request, as in production: in their time zone
        with timezone.override("Asia/Jakarta"), surat.tangkap():
            client.post(url_serta_merta(draf_pengumuman), {"alasan": ALASAN})
    [email] = surat.untuk(admin_portal)
    assert "Sabtu, 28 November 2026 22.00 WITA" in email.body

    tinjauan = TinjauanSertaMerta.objects.get()
    client.force_login(admin_portal)
    with time_machine.travel(wita(2026, 11, 30, 9, 0), tick=False):
        client.post(reverse("moderasi_tandai_ditinjau", args=[tinjauan.pk]), {"catatan": "Sah."})
    riwayat = client.get(reverse("wagtailadmin_pages:history", args=[draf_pengumuman.pk]))
    assert (
        "Penerbitan serta merta Sabtu, 28 November 2026 22.00 WITA ditandai sudah ditinjau"
        in riwayat.content.decode()
    )


@pytest.mark.parametrize("nama", ["penerbit_darurat", "editor", "pejabat"])
def test_hanya_administrator_yang_meninjau(client, request, nama, sudah_serta_merta):
    client.force_login(request.getfixturevalue(nama))
    assert ditolak(client.get(reverse("moderasi_tinjauan_serta_merta")))
    assert ditolak(client.post(reverse("moderasi_tandai_ditinjau", args=[sudah_serta_merta.pk])))
    assert TinjauanSertaMerta.objects.get().terbuka
    dasbor = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "tinjauan-serta-merta" not in dasbor


def test_riwayat_halaman_menampilkan_alasan(client, sudah_serta_merta, admin_portal):
    client.force_login(admin_portal)
    url = reverse("wagtailadmin_pages:history", args=[sudah_serta_merta.page_id])
    html = client.get(url).content.decode()
    assert "Diterbitkan serta merta di luar jam kerja, tanpa alur SOP" in html
    assert ALASAN in html


# -- urgent take-down -----------------------------------------------------------------------------

ALASAN_TARIK = "Nomor posko salah; warga menelepon nomor yang tidak aktif."


@pytest.mark.parametrize("saat", JAM_TUTUP)
@pytest.mark.parametrize("nama", ["editor", "pejabat"])
def test_tarik_segera_oleh_editor_dan_pejabat_di_luar_jam_kerja(
    client, request, nama, saat, tayang
):
    user = request.getfixturevalue(nama)
    client.force_login(user)
    with time_machine.travel(saat, tick=False):
        assert sedang_di_luar_jam_kerja()
        # the Pejabat has no page explorer: the live site's userbar offers the take-down
        assert url_tarik(tayang) in client.get(tayang.url).content.decode()
        assert client.get(url_tarik(tayang)).status_code == 200
        respons = client.post(url_tarik(tayang), {"alasan": ALASAN_TARIK})
    assert respons.status_code == 302
    assert any("ditarik dari situs" in m for m in pesan(respons))
    assert not segar(tayang).live
    [entri] = log(tayang, "moderasi.tarik_darurat")
    assert entri.user == user
    assert entri.data["alasan"] == ALASAN_TARIK
    assert entri.data["di_luar_jam_kerja"] is True
    client.logout()
    assert client.get(tayang.url).status_code == 404


def test_tombol_tarik_segera_di_penjelajah_untuk_editor(client, tayang, editor, indeks_berita):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_explore", args=[indeks_berita.pk])).content.decode()
    assert url_tarik(tayang) in html
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[tayang.pk])).content.decode()
    assert url_tarik(tayang) in edit
    # not on the section index itself, nor on drafts
    assert url_tarik(indeks_berita) not in html


def test_tarik_segera_membatalkan_jadwal_tayang(client, tayang, editor):
    """A revision waiting for Monday 08:00 must not bring the page back."""
    with time_machine.travel(SABTU_MALAM, tick=False):
        tayang.title = "Judul diperbarui"
        tayang.save_revision().publish()  # deferred
        assert tayang.revisions.filter(approved_go_live_at__isnull=False).exists()
        client.force_login(editor)
        client.post(url_tarik(tayang), {"alasan": ALASAN_TARIK})
    assert not segar(tayang).live
    assert not tayang.revisions.filter(approved_go_live_at__isnull=False).exists()


def test_tarik_segera_oleh_petugas_ditolak(client, tayang, petugas):
    sebelum = jepret(tayang)
    client.force_login(petugas)
    with time_machine.travel(SABTU_MALAM, tick=False):
        assert ditolak(client.get(url_tarik(tayang)))
        respons = client.post(url_tarik(tayang), {"alasan": ALASAN_TARIK})
    assert ditolak(respons)
    assert any("tidak memiliki izin tarik darurat" in m for m in pesan(respons))
    assert jepret(tayang) == sebelum
    explore = client.get(reverse("wagtailadmin_explore", args=[tayang.get_parent().pk]))
    assert url_tarik(tayang) not in explore.content.decode()
    assert url_tarik(tayang) not in client.get(tayang.url).content.decode()


def test_tarik_segera_tanpa_alasan_ditolak(client, tayang, editor):
    sebelum = jepret(tayang)
    client.force_login(editor)
    with time_machine.travel(SABTU_MALAM, tick=False):
        respons = client.post(url_tarik(tayang), {"alasan": " "})
    assert respons.status_code == 200
    assert "Alasan penarikan segera wajib diisi." in galat_form(respons)
    assert jepret(tayang) == sebelum


def test_riwayat_halaman_menampilkan_alasan_penarikan(client, tayang, editor, admin_portal):
    client.force_login(editor)
    client.post(url_tarik(tayang), {"alasan": ALASAN_TARIK})
    client.force_login(admin_portal)
    html = client.get(reverse("wagtailadmin_pages:history", args=[tayang.pk])).content.decode()
    assert "Ditarik segera dari situs" in html
    assert ALASAN_TARIK in html


# -- regression: ordinary publication still waits ------------------------------------------------


@pytest.mark.parametrize("saat", JAM_TUTUP)
def test_publikasi_biasa_pada_jam_yang_sama_tetap_ditunda(
    client, surat, saat, draf_pengumuman, admin_portal
):
    """The administrator holds every permission, serta merta included, yet the ordinary
    "Publish" button at the same closed hour still waits for the next opening."""
    client.force_login(admin_portal)
    with time_machine.travel(saat, tick=False):
        with surat.tangkap():
            ubah_halaman(client, draf_pengumuman, {}, **{"action-publish": "1"})
    page = segar(draf_pengumuman)
    assert not page.live
    assert page.get_latest_revision().approved_go_live_at > saat
    assert log(page, "moderasi.publikasi_ditunda")
    assert not log(page, "moderasi.serta_merta")
    assert not TinjauanSertaMerta.objects.exists()
    assert isinstance(page, PengumumanSertaMertaPage)
