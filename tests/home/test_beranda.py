"""The home page: featured berita chosen by editors, falling back to the latest."""

import pytest
from django.urls import reverse

from berita.factories import BeritaPageFactory
from berita.models import BeritaIndexPage
from home.factories import BeritaUnggulanFactory
from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_berita_unggulan_pilihan_editor_tampil(client, beranda):
    indeks = BeritaIndexPage.objects.get()
    pilihan = BeritaPageFactory(parent=indeks, title="Pilihan redaksi", tanggal="2026-01-01")
    BeritaPageFactory(parent=indeks, title="Berita terbaru", tanggal="2026-11-01")
    BeritaUnggulanFactory(page=beranda, berita=pilihan)
    assert HomePage.objects.get().get_berita_unggulan() == [pilihan]
    assert "Pilihan redaksi" in client.get("/").content.decode()


def test_tanpa_pilihan_beranda_menampilkan_berita_terbaru(beranda):
    indeks = BeritaIndexPage.objects.get()
    lama = BeritaPageFactory(parent=indeks, tanggal="2026-01-01")
    baru = BeritaPageFactory(parent=indeks, tanggal="2026-11-01")
    assert HomePage.objects.get().get_berita_unggulan()[:2] == [baru, lama]


def test_pilihan_yang_belum_tayang_diabaikan(beranda):
    indeks = BeritaIndexPage.objects.get()
    draf = BeritaPageFactory(parent=indeks, live=False)
    terbit = BeritaPageFactory(parent=indeks)
    BeritaUnggulanFactory(page=beranda, berita=draf)
    assert HomePage.objects.get().get_berita_unggulan() == [terbit]


def test_beranda_menautkan_tiga_bagian(client, beranda):
    html = client.get("/").content.decode()
    for url in ("/berita/", "/dokumen/", "/galeri/"):
        assert f'href="{url}"' in html


def test_admin_berbahasa_indonesia_walau_peramban_berbahasa_inggris(client, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="id"' in html
    assert "Dasbor" in html or "Beranda" in html


def test_kaki_halaman_memuat_kontak_dari_pengaturan_situs(client, beranda):
    from portal.core.models import PengaturanSitus

    pengaturan = PengaturanSitus.load()
    pengaturan.alamat = "Jl. Gajah Mada No. 2, Samarinda"
    pengaturan.telepon = "(0541) 733333"
    pengaturan.instagram = "https://www.instagram.com/pemprovkaltim"
    pengaturan.save()
    html = client.get("/").content.decode()
    assert "Jl. Gajah Mada No. 2, Samarinda" in html
    assert "(0541) 733333" in html
    assert "https://www.instagram.com/pemprovkaltim" in html


def test_administrator_memilih_berita_unggulan_di_admin(client, admin_portal):
    """The home page and its featured berita are the administrators' to edit (Petugas, Editor
    and Pejabat hold no permission on the home page itself)."""
    import datetime as dt

    import time_machine
    from wagtail.test.utils.form_data import inline_formset

    from tests.admin_form import pesan_galat, ubah_halaman

    indeks = BeritaIndexPage.objects.get()
    pilihan = BeritaPageFactory(parent=indeks, title="Berita pilihan redaksi", tanggal="2026-01-02")
    BeritaPageFactory(parent=indeks, title="Berita terbaru biasa", tanggal="2026-11-02")
    beranda = HomePage.objects.get()
    client.force_login(admin_portal)
    selasa_pagi = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    with time_machine.travel(selasa_pagi, tick=False):
        respons = ubah_halaman(
            client,
            beranda,
            {"berita_unggulan": inline_formset([{"berita": pilihan.pk}])},
            **{"action-publish": "1"},
        )
    assert respons.status_code == 302, pesan_galat(respons)
    client.logout()
    assert HomePage.objects.get().get_berita_unggulan() == [pilihan]
    assert "Berita pilihan redaksi" in client.get("/").content.decode()
