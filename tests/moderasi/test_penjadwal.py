"""`run_scheduler`: scheduled publishing and expiry under the working-hours calendar, its
heartbeat and dashboard warning, the publish queue, and the PostgreSQL race.

Dates (WITA): Wed 5 Aug 2026, Fri 7 Aug, Sat 8 Aug, Mon 10 Aug 2026; Mon 17 Aug 2026 is Hari
Kemerdekaan, Tue 18 Aug an ordinary working day.

Items are scheduled through Wagtail's real path (`revision.publish()` with a future go_live_at),
for go-live times inside working hours: the portal already moves an out-of-hours go-live time to
the next opening when it is scheduled (jadwal_tayang.py). The scheduler's own check covers what
that cannot: a due item the scheduler reaches only after closing time (it was down, or the
window ended), a holiday declared after scheduling, and expiry.
"""

import threading
import time as waktu
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from io import StringIO

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.signals import published

from berita.factories import BeritaPageFactory
from berita.models import BeritaIndexPage
from portal.moderasi import penjadwal
from portal.moderasi.models import DetakPenjadwal, HariLibur
from portal.moderasi.penjadwal import jalankan_satu_putaran
from portal.moderasi.penyiapan import siapkan_kalender
from portal.moderasi.policy import ZONA_WITA
from portal.situs.penyiapan import siapkan_portal
from tests.conftest import butuh_postgresql

LOG_TERBIT = "wagtail.publish.scheduled"
LOG_TARIK = "wagtail.unpublish.scheduled"


def wita(*args):
    return datetime(*args, tzinfo=ZONA_WITA)


def pada(t):
    return time_machine.travel(t, tick=False)


def putaran(t):
    """`manage.py run_scheduler --once` at instant t."""
    with pada(t):
        call_command("run_scheduler", "--once", stdout=StringIO())


@pytest.fixture(autouse=True)
def cache_bersih():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def indeks(db):
    """The portal built on a Monday morning of August 2026 (so its own pages go live at once,
    whatever the real clock says), with the holidays of 2025–2028."""
    with pada(wita(2026, 8, 3, 9, 0)):
        siapkan_portal()
        siapkan_kalender(hari_ini=date(2026, 8, 1))
    assert not Revision.objects.filter(approved_go_live_at__isnull=False).exists()
    return BeritaIndexPage.objects.get()


def jadwalkan(indeks, tayang, judul, dibuat=None, user=None):
    """A draft berita approved to go live at `tayang`: a revision with approved_go_live_at,
    exactly what the workflow's final approval leaves for a future go_live_at."""
    with pada(dibuat or tayang - timedelta(days=2)):
        page = BeritaPageFactory(parent=indeks, live=False, title=judul)
        page.go_live_at = tayang
        revisi = page.save_revision(user=user)
        revisi.publish(user=user)
    revisi.refresh_from_db()
    assert revisi.approved_go_live_at == tayang
    return Page.objects.get(pk=page.pk), revisi


def tayang_dengan_kedaluwarsa(indeks, kedaluwarsa, judul="Pengumuman Lelang Aset"):
    with pada(kedaluwarsa - timedelta(days=5)):
        page = BeritaPageFactory(parent=indeks, live=False, title=judul)
        page.expire_at = kedaluwarsa
        page.save_revision().publish()
    page = Page.objects.get(pk=page.pk)
    assert page.live and not page.expired
    return page


def jumlah_log(page, aksi):
    return PageLogEntry.objects.filter(page_id=page.pk, action=aksi).count()


def sudah_terbit(page, revisi):
    page = Page.objects.get(pk=page.pk)
    revisi.refresh_from_db()
    return (
        page.live
        and page.live_revision_id == revisi.pk
        and revisi.approved_go_live_at is None
        and jumlah_log(page, LOG_TERBIT) == 1
    )


def masih_antre(page, revisi):
    page = Page.objects.get(pk=page.pk)
    revisi.refresh_from_db()
    return (
        not page.live
        and page.live_revision_id is None
        and revisi.approved_go_live_at is not None
        and jumlah_log(page, LOG_TERBIT) == 0
    )


# -- publishing under the calendar ---------------------------------------------------------------


@pytest.mark.django_db
def test_menerbitkan_revisi_jatuh_tempo_pada_jam_kerja(indeks):
    page, revisi = jadwalkan(indeks, wita(2026, 8, 5, 10, 0), "Gubernur Resmikan Jembatan")
    putaran(wita(2026, 8, 5, 9, 59))
    assert masih_antre(page, revisi)  # not due yet
    putaran(wita(2026, 8, 5, 10, 0))
    assert sudah_terbit(page, revisi)
    putaran(wita(2026, 8, 5, 10, 1))  # a later pass publishes nothing again
    assert jumlah_log(page, LOG_TERBIT) == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("tayang", "tutup", "buka_lagi"),
    [
        pytest.param(
            wita(2026, 8, 7, 11, 0), wita(2026, 8, 8, 10, 0), wita(2026, 8, 10, 8, 0), id="sabtu"
        ),
        pytest.param(
            wita(2026, 8, 7, 11, 15),
            wita(2026, 8, 7, 12, 0),
            wita(2026, 8, 10, 8, 0),
            id="jumat-1200",
        ),
        pytest.param(
            wita(2026, 8, 14, 11, 0),
            wita(2026, 8, 17, 10, 0),
            wita(2026, 8, 18, 8, 0),
            id="17-agustus",
        ),
    ],
)
def test_di_luar_jam_kerja_menunggu_pembukaan_berikutnya(indeks, tayang, tutup, buka_lagi):
    """Due at `tayang`, but the first pass comes at `tutup` (closed): it waits for `buka_lagi`."""
    page, revisi = jadwalkan(indeks, tayang, "Festival Erau Dibuka")
    putaran(tutup)
    assert masih_antre(page, revisi)
    detak = DetakPenjadwal.ambil()
    assert (detak.kalender_buka, detak.terbit, detak.tertunda) == (False, 0, 1)
    putaran(buka_lagi - timedelta(seconds=1))
    assert masih_antre(page, revisi)
    putaran(buka_lagi)
    assert sudah_terbit(page, revisi)


@pytest.mark.django_db
def test_tabel_libur_berisi_17_agustus(indeks):
    hut = HariLibur.objects.get(tanggal=date(2026, 8, 17))
    assert hut.aktif and hut.jenis == HariLibur.Jenis.LIBUR_NASIONAL


@pytest.mark.django_db
def test_17_agustus_yang_dimatikan_administrator_adalah_hari_kerja(indeks):
    HariLibur.objects.filter(tanggal=date(2026, 8, 17)).update(aktif=False, diubah_admin=True)
    cache.clear()  # update() sends no signal; the admin's form save does
    page, revisi = jadwalkan(indeks, wita(2026, 8, 17, 9, 0), "Upacara HUT RI di Samarinda")
    putaran(wita(2026, 8, 17, 10, 0))
    assert sudah_terbit(page, revisi)


@pytest.mark.django_db
def test_kedaluwarsa_hanya_ditarik_pada_jam_kerja(indeks):
    page = tayang_dengan_kedaluwarsa(indeks, wita(2026, 8, 8, 10, 0))
    putaran(wita(2026, 8, 8, 11, 0))  # Saturday
    assert Page.objects.get(pk=page.pk).live
    assert DetakPenjadwal.ambil().tertunda == 1
    putaran(wita(2026, 8, 10, 8, 0))  # Monday opening
    page = Page.objects.get(pk=page.pk)
    assert not page.live and page.expired
    assert jumlah_log(page, LOG_TARIK) == 1
    putaran(wita(2026, 8, 10, 8, 1))
    assert jumlah_log(page, LOG_TARIK) == 1


LOG_KEDALUWARSA_DITUNDA = "moderasi.kedaluwarsa_ditunda"


@pytest.mark.django_db
def test_kedaluwarsa_di_luar_jam_kerja_dicatat_sekali_di_log_audit(indeks):
    """Expiry Saturday 10:00: every closed pass holds it, but the audit log says so once, with
    the time it will really be taken down (Monday's opening)."""
    page = tayang_dengan_kedaluwarsa(indeks, wita(2026, 8, 8, 10, 0))
    putaran(wita(2026, 8, 8, 9, 59))  # not due yet
    assert jumlah_log(page, LOG_KEDALUWARSA_DITUNDA) == 0
    for t in (wita(2026, 8, 8, 10, 0, 30), wita(2026, 8, 8, 10, 1), wita(2026, 8, 9, 20, 0)):
        putaran(t)
    [entri] = PageLogEntry.objects.filter(page_id=page.pk, action=LOG_KEDALUWARSA_DITUNDA)
    assert datetime.fromisoformat(entri.data["diminta"]) == wita(2026, 8, 8, 10, 0)
    assert datetime.fromisoformat(entri.data["turun"]) == wita(2026, 8, 10, 8, 0)
    assert entri.user is None
    assert entri.message == (
        "Kedaluwarsa Sabtu, 8 Agustus 2026 10.00 WITA di luar jam kerja; diturunkan dari situs "
        "Senin, 10 Agustus 2026 08.00 WITA"
    )
    putaran(wita(2026, 8, 10, 8, 0))
    page = Page.objects.get(pk=page.pk)
    assert not page.live and page.expired
    assert jumlah_log(page, LOG_KEDALUWARSA_DITUNDA) == 1


@pytest.mark.django_db
def test_kedaluwarsa_pada_jam_kerja_tidak_dicatat_tertunda(indeks):
    page = tayang_dengan_kedaluwarsa(indeks, wita(2026, 8, 5, 10, 0))
    putaran(wita(2026, 8, 5, 10, 0, 30))
    assert jumlah_log(page, LOG_KEDALUWARSA_DITUNDA) == 0


@pytest.mark.django_db
def test_kedaluwarsa_pada_jam_kerja_langsung_ditarik(indeks):
    page = tayang_dengan_kedaluwarsa(indeks, wita(2026, 8, 5, 10, 0))
    putaran(wita(2026, 8, 5, 10, 0, 30))
    assert not Page.objects.get(pk=page.pk).live
    assert DetakPenjadwal.ambil().ditarik == 1


@pytest.mark.django_db
def test_beberapa_revisi_diterbitkan_urut_waktu_tayang(indeks):
    kedua, rev_kedua = jadwalkan(indeks, wita(2026, 8, 7, 11, 0), "Kedua")
    pertama, rev_pertama = jadwalkan(indeks, wita(2026, 8, 7, 10, 0), "Pertama")
    putaran(wita(2026, 8, 10, 8, 0))
    assert sudah_terbit(pertama, rev_pertama) and sudah_terbit(kedua, rev_kedua)
    log = PageLogEntry.objects.filter(action=LOG_TERBIT).order_by("pk")
    assert [entri.page_id for entri in log] == [pertama.pk, kedua.pk]


# -- crash safety --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_kegagalan_satu_halaman_tidak_meninggalkan_setengah_terbit(indeks):
    rusak, rev_rusak = jadwalkan(indeks, wita(2026, 8, 5, 9, 0), "Halaman Rusak")
    sehat, rev_sehat = jadwalkan(indeks, wita(2026, 8, 5, 9, 30), "Halaman Sehat")

    def gagal_setelah_simpan(sender, instance, **kwargs):
        # `published` is sent after the page row is saved live: the worst moment to fail.
        if instance.pk == rusak.pk:
            raise RuntimeError("cache CDN tidak menjawab")

    published.connect(gagal_setelah_simpan)
    try:
        with pytest.raises(CommandError, match="1 item gagal"):
            putaran(wita(2026, 8, 5, 10, 0))
    finally:
        published.disconnect(gagal_setelah_simpan)

    assert masih_antre(rusak, rev_rusak)  # rolled back whole: not live, still scheduled
    assert sudah_terbit(sehat, rev_sehat)
    detak = DetakPenjadwal.ambil()
    assert detak.gagal == 1 and "cache CDN tidak menjawab" in detak.galat_terakhir

    putaran(wita(2026, 8, 5, 10, 1))  # the next pass completes the work
    assert sudah_terbit(rusak, rev_rusak)
    assert DetakPenjadwal.ambil().gagal == 0


# -- the seam for other periodic work ------------------------------------------------------------


@pytest.mark.django_db
def test_putaran_tambahan_dipanggil_tiap_putaran(indeks, monkeypatch):
    panggilan = []

    def pengingat(now, kalender):
        panggilan.append((now, kalender.buka_pada(now)))

    def rusak(now, kalender):
        raise ValueError("server surel mati")

    monkeypatch.setattr(penjadwal, "PUTARAN_TAMBAHAN", [rusak, pengingat])
    page, revisi = jadwalkan(indeks, wita(2026, 8, 5, 9, 0), "Tetap Terbit")
    with pada(wita(2026, 8, 8, 10, 0)):
        hasil = jalankan_satu_putaran()
    with pada(wita(2026, 8, 10, 9, 0)):
        hasil = jalankan_satu_putaran()
    assert panggilan == [(wita(2026, 8, 8, 10, 0), False), (wita(2026, 8, 10, 9, 0), True)]
    assert hasil.gagal == 1 and "server surel mati" in hasil.galat[0]
    assert sudah_terbit(page, revisi)


# -- heartbeat and dashboard ---------------------------------------------------------------------


@pytest.mark.django_db
def test_detak_dicatat(indeks):
    import os
    import socket

    page, revisi = jadwalkan(indeks, wita(2026, 8, 5, 9, 0), "Detak")
    putaran(wita(2026, 8, 5, 10, 0))
    putaran(wita(2026, 8, 5, 10, 0, 30))
    detak = DetakPenjadwal.ambil()
    assert detak.mulai_terakhir == detak.selesai_terakhir == wita(2026, 8, 5, 10, 0, 30)
    assert (detak.host, detak.pid) == (socket.gethostname(), os.getpid())
    assert detak.jumlah_putaran == 2
    assert (detak.kalender_buka, detak.terbit, detak.gagal) == (True, 0, 0)
    assert DetakPenjadwal.objects.count() == 1


def dasbor(user, t):
    with pada(t):
        client = Client()
        client.force_login(user)
        respons = client.get(reverse("wagtailadmin_home"))
    assert respons.status_code == 200
    return respons.content.decode()


PERINGATAN = "Penjadwal tidak berjalan"


@pytest.mark.django_db
def test_dasbor_memperingatkan_administrator_bila_detak_hilang_atau_basi(indeks, admin_portal):
    assert PERINGATAN in dasbor(admin_portal, wita(2026, 8, 5, 9, 0))  # never ran
    putaran(wita(2026, 8, 5, 10, 0))
    assert PERINGATAN not in dasbor(admin_portal, wita(2026, 8, 5, 10, 0))
    assert PERINGATAN not in dasbor(admin_portal, wita(2026, 8, 5, 10, 5))  # exactly 5 minutes
    html = dasbor(admin_portal, wita(2026, 8, 5, 10, 5, 1))
    assert PERINGATAN in html
    assert "Rabu, 05/08/2026 10:00 WITA" in html


@pytest.mark.django_db
def test_peringatan_detak_hanya_untuk_administrator(indeks, editor, pejabat):
    for user in (editor, pejabat):
        assert PERINGATAN not in dasbor(user, wita(2026, 8, 5, 9, 0))


# -- the publish queue ---------------------------------------------------------------------------


def antrean(user, t):
    with pada(t):
        client = Client()
        client.force_login(user)
        return client.get(reverse("moderasi_antrean"))


@pytest.mark.django_db
def test_antrean_tayang_urut_dengan_bagian_dan_waktu_wita(indeks, editor, pejabat, admin_portal):
    jadwalkan(indeks, wita(2026, 8, 10, 13, 0), "Berita Senin Siang")
    jadwalkan(indeks, wita(2026, 8, 7, 9, 0), "Berita Jumat Pagi")
    terbit, _rev = jadwalkan(indeks, wita(2026, 8, 6, 9, 0), "Sudah Tayang Kamis")
    putaran(wita(2026, 8, 6, 9, 0))
    assert Page.objects.get(pk=terbit.pk).live

    for user in (editor, pejabat, admin_portal):
        respons = antrean(user, wita(2026, 8, 8, 12, 0))  # Saturday; Friday's pass never came
        assert respons.status_code == 200
        html = respons.content.decode()
        assert html.index("Berita Jumat Pagi") < html.index("Berita Senin Siang")
        assert "Sudah Tayang Kamis" not in html
        assert "Jumat, 07/08/2026 09:00" in html  # its schedule
        assert "Senin, 10/08/2026 08:00" in html  # when it will actually go live
        assert "Senin, 10/08/2026 13:00" in html
        assert html.count("jatuh tempo, menunggu jam kerja") == 1
        assert "Pembukaan berikutnya" in html
        assert indeks.title in html


@pytest.mark.django_db
def test_antrean_memakai_kalender(indeks):
    jadwalkan(indeks, wita(2026, 8, 14, 11, 0), "Sebelum Hari Kemerdekaan")
    with pada(wita(2026, 8, 14, 12, 0)):
        (item,) = penjadwal.antrean_tayang()
    assert item.judul == "Sebelum Hari Kemerdekaan"
    assert item.bagian == indeks.title
    assert item.jadwal == wita(2026, 8, 14, 11, 0)
    assert item.perkiraan_tayang == wita(2026, 8, 18, 8, 0)  # Monday the 17th is closed
    assert item.menunggu_jam_kerja


def baris_antrean(respons):
    """The queue's rows as {column heading: cell text}."""
    assert respons.status_code == 200
    tabel = BeautifulSoup(respons.content, "html.parser").find(id="antrean-tayang")
    kepala = [th.get_text(strip=True) for th in tabel.select("thead th")]
    return [
        dict(zip(kepala, (td.get_text(" ", strip=True) for td in tr.find_all("td")), strict=True))
        for tr in tabel.select("tbody tr")
    ]


def jadwalkan_di_luar_jam_kerja(indeks, diminta, judul, disetujui):
    """A draft approved at `disetujui` to go live at `diminta`, outside working hours: the
    portal moves its go-live time to the next opening (jadwal_tayang.py)."""
    with pada(disetujui):
        page = BeritaPageFactory(parent=indeks, live=False, title=judul)
        page.go_live_at = diminta
        page.save_revision().publish()
    return Page.objects.get(pk=page.pk)


@pytest.mark.django_db
def test_antrean_tayang_memisahkan_waktu_diminta_dan_waktu_tayang_jam_kerja(indeks, editor):
    jadwalkan_di_luar_jam_kerja(
        indeks, wita(2026, 8, 8, 10, 0), "Festival Kemarau Sabtu Pagi", wita(2026, 8, 5, 9, 0)
    )
    jadwalkan(indeks, wita(2026, 8, 7, 9, 0), "Rapat Jumat Pagi")

    baris = baris_antrean(antrean(editor, wita(2026, 8, 5, 12, 0)))

    assert [
        (b["Judul"], b["Diminta tayang (WITA)"], b["Tayang pada jam kerja (WITA)"], b["Status"])
        for b in baris
    ] == [
        (
            "Rapat Jumat Pagi",
            "Jumat, 07/08/2026 09:00",
            "Jumat, 07/08/2026 09:00",
            "tayang pada waktu yang diminta",
        ),
        (
            "Festival Kemarau Sabtu Pagi",
            "Sabtu, 08/08/2026 10:00",
            "Senin, 10/08/2026 08:00",
            "diminta di luar jam kerja, digeser ke pembukaan berikutnya",
        ),
    ]


@pytest.mark.django_db
def test_antrean_tayang_menandai_yang_jatuh_tempo_sesuai_jam_kerja(indeks, editor):
    jadwalkan(indeks, wita(2026, 8, 7, 11, 0), "Jatuh Tempo Jumat")

    tutup = baris_antrean(antrean(editor, wita(2026, 8, 8, 12, 0)))  # Saturday
    buka = baris_antrean(antrean(editor, wita(2026, 8, 10, 8, 0, 10)))  # before the pass

    assert tutup[0]["Status"] == "jatuh tempo, menunggu jam kerja"
    assert tutup[0]["Tayang pada jam kerja (WITA)"] == "Senin, 10/08/2026 08:00"
    assert buka[0]["Status"] == "jatuh tempo, tayang pada putaran penjadwal berikutnya"


@pytest.mark.django_db
def test_antrean_tayang_mendaftar_tiap_halaman_sekali(indeks, editor):
    """Two approved revisions of one page: publishing the first clears the other's schedule,
    so one row, the earliest."""
    page, revisi = jadwalkan(indeks, wita(2026, 8, 7, 9, 0), "Dua Revisi Terjadwal")
    with pada(wita(2026, 8, 5, 9, 30)):
        Page.objects.get(pk=page.pk).specific.save_revision(
            approved_go_live_at=wita(2026, 8, 10, 9, 0)
        )

    baris = baris_antrean(antrean(editor, wita(2026, 8, 5, 12, 0)))

    assert [(b["Judul"], b["Diminta tayang (WITA)"]) for b in baris] == [
        ("Dua Revisi Terjadwal", "Jumat, 07/08/2026 09:00")
    ]


@pytest.mark.django_db
def test_antrean_ditolak_untuk_petugas(indeks, petugas):
    respons = antrean(petugas, wita(2026, 8, 5, 9, 0))
    assert respons.status_code == 302
    assert respons.url == reverse("wagtailadmin_home")


@pytest.mark.django_db
def test_menu_antrean_tayang_hanya_untuk_yang_berhak(indeks, editor, petugas):
    assert "Antrean tayang" in dasbor(editor, wita(2026, 8, 5, 9, 0))
    assert "Antrean tayang" not in dasbor(petugas, wita(2026, 8, 5, 9, 0))


# -- the command ---------------------------------------------------------------------------------


def log_putaran(t):
    """The line `run_scheduler --once` logs for its pass at instant t."""
    keluaran = StringIO()
    with pada(t):
        call_command("run_scheduler", "--once", stdout=keluaran)
    return keluaran.getvalue().strip()


@pytest.mark.django_db
def test_log_penjadwal_menghitung_antrean_yang_menunggu_tayang(indeks):
    """Saturday: one item due on Friday is held, two wait for next week; all three wait."""
    jadwalkan(indeks, wita(2026, 8, 7, 9, 0), "Jatuh Tempo Jumat")
    jadwalkan(indeks, wita(2026, 8, 10, 13, 0), "Senin Siang")
    jadwalkan(indeks, wita(2026, 8, 11, 9, 0), "Selasa Pagi")

    assert log_putaran(wita(2026, 8, 8, 12, 0)) == (
        "Jam kerja tutup: 0 diterbitkan, 0 ditarik, 0 gagal; 3 menunggu tayang, "
        "1 jatuh tempo ditahan sampai jam kerja."
    )
    assert log_putaran(wita(2026, 8, 10, 8, 0)) == (
        "Jam kerja buka: 1 diterbitkan, 0 ditarik, 0 gagal; 2 menunggu tayang, "
        "0 jatuh tempo ditahan sampai jam kerja."
    )
    with pada(wita(2026, 8, 10, 8, 0)):
        assert len(penjadwal.antrean_tayang()) == 2


@pytest.mark.django_db
def test_log_penjadwal_menghitung_tiap_item_sekali_dan_hanya_yang_masih_ada(indeks):
    page, _revisi = jadwalkan(indeks, wita(2026, 8, 10, 9, 0), "Dua Revisi Terjadwal")
    with pada(wita(2026, 8, 5, 9, 30)):
        Page.objects.get(pk=page.pk).specific.save_revision(
            approved_go_live_at=wita(2026, 8, 11, 9, 0)
        )
    _hilang, revisi_hilang = jadwalkan(indeks, wita(2026, 8, 10, 10, 0), "Objek Hilang")
    # A revision whose object is gone (a model without a GenericRelation to its revisions
    # leaves them behind when deleted): nothing can publish it, so it does not wait.
    Revision.objects.filter(pk=revisi_hilang.pk).update(object_id="999999")

    assert Revision.objects.filter(approved_go_live_at__isnull=False).count() == 3
    assert "; 1 menunggu tayang," in log_putaran(wita(2026, 8, 8, 12, 0))


@pytest.mark.django_db
def test_jatuh_tempo_ditahan_dihitung_per_objek(indeks):
    """A live page whose scheduled change and expiry are both due on Saturday is one item
    held, not two."""
    page = tayang_dengan_kedaluwarsa(indeks, wita(2026, 8, 8, 10, 0))
    with pada(wita(2026, 8, 5, 9, 0)):
        perubahan = Page.objects.get(pk=page.pk).specific
        perubahan.title = "Pengumuman Lelang Aset (diperbarui)"
        perubahan.go_live_at = wita(2026, 8, 7, 11, 0)
        perubahan.save_revision().publish()

    putaran(wita(2026, 8, 8, 12, 0))

    assert DetakPenjadwal.ambil().tertunda == 1


@pytest.mark.django_db
def test_interval_di_luar_batas_ditolak(indeks):
    with pytest.raises(CommandError):
        call_command("run_scheduler", "--interval", "0", stdout=StringIO())
    with pytest.raises(CommandError):
        call_command("run_scheduler", "--interval", "61", stdout=StringIO())


# -- PostgreSQL: several copies at once -----------------------------------------------------------


def perlu_postgresql():
    butuh_postgresql(
        "uji perlombaan penjadwal butuh PostgreSQL (DATABASE_URL=postgres://...); "
        "SQLite menjalankan satu penjadwal saja"
    )


@contextmanager
def tanpa_kunci_putaran():
    yield True


def balapan(jumlah_salinan):
    """Run `jumlah_salinan` passes at once in threads (own database connections)."""
    mulai = threading.Barrier(jumlah_salinan)
    hasil, galat = [], []

    def salinan():
        try:
            mulai.wait()
            hasil.append(jalankan_satu_putaran())
        except Exception as e:  # surfaced below
            galat.append(e)
        finally:
            connection.close()

    utas = [threading.Thread(target=salinan) for _ in range(jumlah_salinan)]
    for u in utas:
        u.start()
    for u in utas:
        u.join(timeout=120)
    assert not galat, galat
    return hasil


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.service("postgresql")
@pytest.mark.parametrize("kunci_putaran", ["dengan-kunci-putaran", "hanya-kunci-baris"])
def test_perlombaan_postgresql_setiap_revisi_terbit_sekali(indeks, monkeypatch, kunci_putaran):
    perlu_postgresql()
    halaman = [jadwalkan(indeks, wita(2026, 8, 5, 9, i), f"Berita Balapan {i}") for i in range(6)]
    if kunci_putaran == "hanya-kunci-baris":
        # Prove the row locks alone suffice (e.g. behind PgBouncer in transaction pooling).
        monkeypatch.setattr(penjadwal, "kunci_putaran", tanpa_kunci_putaran)

    def lambat(sender, **kwargs):
        waktu.sleep(0.05)  # widen the window in which the copies overlap

    published.connect(lambat)
    try:
        with pada(wita(2026, 8, 5, 10, 0)):
            hasil = balapan(4)
    finally:
        published.disconnect(lambat)

    assert sum(h.terbit for h in hasil) == len(halaman)
    for page, revisi in halaman:
        assert sudah_terbit(page, revisi), page.title
    assert PageLogEntry.objects.filter(action=LOG_TERBIT).count() == len(halaman)
    assert Revision.objects.filter(approved_go_live_at__isnull=False).count() == 0


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.service("postgresql")
def test_putaran_dilewati_selama_salinan_lain_memegang_kunci(indeks):
    perlu_postgresql()
    page, revisi = jadwalkan(indeks, wita(2026, 8, 5, 9, 0), "Menunggu Pemimpin")
    dipegang, lepas = threading.Event(), threading.Event()

    def pemimpin():
        try:
            with penjadwal.kunci_putaran() as dapat:
                assert dapat
                dipegang.set()
                lepas.wait(30)
        finally:
            connection.close()

    utas = threading.Thread(target=pemimpin)
    utas.start()
    try:
        assert dipegang.wait(30)
        with pada(wita(2026, 8, 5, 10, 0)):
            hasil = jalankan_satu_putaran()
        assert not hasil.dijalankan
        assert masih_antre(page, revisi)
    finally:
        lepas.set()
        utas.join(30)
    with pada(wita(2026, 8, 5, 10, 0, 30)):
        assert jalankan_satu_putaran().terbit == 1
    assert sudah_terbit(page, revisi)
