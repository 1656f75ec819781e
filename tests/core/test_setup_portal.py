from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Collection, GroupPagePermission, Locale, Page, Site

from berita.models import BeritaIndexPage
from dokumen.models import DokumenIndexPage
from galeri.models import GaleriIndexPage
from home.models import HomePage
from portal.moderasi.jadwal_tayang import publikasi_segera
from search.models import SearchPage

pytestmark = pytest.mark.django_db


def _jepret():
    """Everything setup_portal owns, as comparable values."""
    return {
        "halaman": list(Page.objects.values_list("id", "path", "slug", "live", "title")),
        "situs": list(Site.objects.values_list("id", "root_page_id", "is_default_site")),
        "locale": list(Locale.objects.values_list("language_code", flat=True)),
        "koleksi": list(Collection.objects.values_list("id", "name")),
        "grup": list(Group.objects.values_list("name", "permissions")),
        "izin_halaman": list(
            GroupPagePermission.objects.values_list("group", "page", "permission")
        ),
    }


def test_setup_portal_membangun_beranda_dan_tiga_indeks_serta_pencarian():
    call_command("setup_portal", stdout=StringIO())
    beranda = Site.objects.get(is_default_site=True).root_page.specific
    assert isinstance(beranda, HomePage)
    for model in (BeritaIndexPage, DokumenIndexPage, GaleriIndexPage, SearchPage):
        assert model.objects.child_of(beranda).live().count() == 1
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"id", "en"}
    assert set(Group.objects.values_list("name", flat=True)) >= {"Petugas", "Editor", "Pejabat"}


def test_setup_portal_kedua_kali_tidak_mengubah_apa_pun():
    call_command("setup_portal", stdout=StringIO())
    sebelum = _jepret()
    call_command("setup_portal", stdout=StringIO())
    assert _jepret() == sebelum


def test_setup_portal_aman_untuk_data_produksi(petugas):
    """Editors' renamed sections and group members survive a second run."""
    berita = BeritaIndexPage.objects.get()
    berita.title = "Kabar Kaltim"
    with publikasi_segera():
        berita.save_revision().publish()
    call_command("setup_portal", stdout=StringIO())
    assert BeritaIndexPage.objects.get().title == "Kabar Kaltim"
    assert petugas.groups.filter(name="Petugas").exists()
