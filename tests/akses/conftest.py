"""A small seeded site for the permission tests: one item in each state the SOP knows, owned by
a petugas, and the users of every group (tests/conftest.py) signed in through `sebagai`.

`situs` holds: `tayang` (live), `draf` (a draft with two revisions, so there is something to
compare), `di_editor` and `di_pejabat` (waiting at either task), `terjadwal` (approved, going
live next week), `ditolak` (found not fit to publish), `tayang_berdraf` (live, with an
unpublished draft whose title the public must never see) and `berbatas` (live behind a login
restriction)."""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from berita.factories import BeritaPageFactory
from portal.moderasi.jadwal_tayang import publikasi_segera
from portal.moderasi.layanan import putuskan_tidak_layak_tayang
from portal.moderasi.pilihan import AlasanTidakLayak
from tests.moderasi.conftest import (
    ajukan_langsung,
    jam_kerja,  # noqa: F401 - the fixture, for tests here
    setujui_langsung,
    task_state_aktif,
)

AKTOR = ("anonim", "petugas", "petugas_lain", "editor", "pejabat", "admin_portal")
JUDUL_DRAF_RAHASIA = "Judul Draf Rahasia Belum Disetujui"


@dataclass
class Situs:
    tayang: object
    draf: object
    di_editor: object
    di_pejabat: object
    terjadwal: object
    ditolak: object
    tayang_berdraf: object
    berbatas: object

    def bukan_publik(self):
        """Every item whose content the public must not see, with what makes it so."""
        return {
            "draf": self.draf,
            "di_editor": self.di_editor,
            "di_pejabat": self.di_pejabat,
            "terjadwal": self.terjadwal,
            "ditolak": self.ditolak,
            "berbatas": self.berbatas,
        }


def _terbitkan(page, user):
    with publikasi_segera():
        page.save_revision(user=user).publish()
    page.refresh_from_db()
    return page.specific


@pytest.fixture
def situs(indeks_berita, petugas, editor, pejabat):
    from wagtail.models import PageViewRestriction

    def berita(judul, **kolom):
        page = BeritaPageFactory(
            parent=indeks_berita, owner=petugas, live=False, title=judul, **kolom
        )
        page.save_revision(user=petugas)
        page.refresh_from_db()
        return page

    tayang = _terbitkan(berita("Berita Tayang Jembatan Mahakam"), petugas)

    draf = berita("Draf Petugas Banjir Samarinda")
    draf.title = "Draf Petugas Banjir Samarinda (perbaikan)"
    draf.save_revision(user=petugas)

    di_editor = berita("Draf Menunggu Editor")
    ajukan_langsung(di_editor, petugas)

    di_pejabat = berita("Draf Menunggu Pejabat")
    ajukan_langsung(di_pejabat, petugas)
    setujui_langsung(di_pejabat, editor)

    terjadwal = berita("Berita Terjadwal Pekan Depan")
    terjadwal.go_live_at = timezone.now() + timedelta(days=7)
    with publikasi_segera():
        terjadwal.save_revision(user=petugas).publish()

    ditolak = berita("Berita Tidak Layak Tayang")
    ajukan_langsung(ditolak, petugas)
    setujui_langsung(ditolak, editor)
    putuskan_tidak_layak_tayang(
        task_state_aktif(ditolak), pejabat, AlasanTidakLayak.TIDAK_AKURAT, "Data belum benar."
    )

    tayang_berdraf = _terbitkan(berita("Berita Tayang Dengan Draf"), petugas)
    tayang_berdraf.title = JUDUL_DRAF_RAHASIA
    tayang_berdraf.save_revision(user=petugas)

    berbatas = _terbitkan(berita("Berita Khusus Pegawai"), petugas)
    PageViewRestriction.objects.create(page=berbatas, restriction_type="login")

    halaman = [tayang, draf, di_editor, di_pejabat, terjadwal, ditolak, tayang_berdraf, berbatas]
    for page in halaman:
        page.refresh_from_db()
    return Situs(*halaman)


@pytest.fixture
def sebagai(request):
    """A client signed in as the named actor (`anonim`: not signed in)."""

    def _sebagai(nama):
        client = Client()
        if nama != "anonim":
            client.force_login(request.getfixturevalue(nama))
        return client

    return _sebagai
