"""Dashboard shortcuts (issue 17, point 7): a petugas starts work from the dashboard with
"Tulis berita", "Unggah dokumen" and "Buat galeri", each to the create view of its page type
under the right index page, shown only to who may add that type there. The panel is generic
(portal/core); each content area contributes its own shortcut through a hook."""

import ast
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from wagtail import hooks
from wagtail.models import GroupPagePermission
from wagtail.users.models import UserProfile

from berita.models import BeritaIndexPage
from dokumen.models import DokumenIndexPage
from galeri.models import GaleriIndexPage
from portal.core import pintasan
from portal.core.bahasa import siapkan_struktur_terjemahan
from portal.core.pintasan import HOOK_PINTASAN, Pintasan, Tautan
from tests.conftest import _buat_pengguna

pytestmark = pytest.mark.django_db


def _url_buat(app, model, induk):
    return reverse("wagtailadmin_pages:add", args=[app, model, induk.pk])


def _pintasan(user):
    """The shortcuts on the user's dashboard: [(label, {choice label: url})]; a shortcut with
    one link has itself as its one choice. [] when the panel is absent."""
    client = Client()
    client.force_login(user)
    respons = client.get(reverse("wagtailadmin_home"))
    assert respons.status_code == 200
    panel = BeautifulSoup(respons.content, "html.parser").find(id="pintasan-dasbor-section")
    if panel is None:
        return []
    hasil = []
    for li in panel.select("ul > li"):
        dropdown = li.select_one("[data-controller='w-dropdown']")
        if dropdown is None:
            tautan = li.find("a")
            label = tautan.get_text(strip=True)
            hasil.append((label, {label: tautan["href"]}))
        else:
            label = dropdown.select_one(".w-dropdown__toggle").get_text(strip=True)
            pilihan = {
                a.get_text(strip=True): a["href"] for a in dropdown.select(".w-dropdown__content a")
            }
            hasil.append((label, pilihan))
    return hasil


def _indeks(beranda):
    return (
        BeritaIndexPage.objects.child_of(beranda).get(),
        DokumenIndexPage.objects.child_of(beranda).get(),
        GaleriIndexPage.objects.child_of(beranda).get(),
    )


def _pintasan_lengkap(beranda):
    berita, dokumen, galeri = _indeks(beranda)
    return [
        ("Tulis berita", {"Tulis berita": _url_buat("berita", "beritapage", berita)}),
        ("Unggah dokumen", {"Unggah dokumen": _url_buat("dokumen", "dokumenpage", dokumen)}),
        (
            "Buat galeri",
            {
                "Galeri foto": _url_buat("galeri", "galerifotopage", galeri),
                "Galeri video": _url_buat("galeri", "galerivideopage", galeri),
            },
        ),
    ]


@pytest.mark.parametrize("nama", ["petugas", "editor", "admin_portal"])
def test_yang_boleh_menulis_mendapat_tiga_pintasan_di_dasbor(request, beranda, nama):
    user = request.getfixturevalue(nama)

    assert _pintasan(user) == _pintasan_lengkap(beranda)


def test_pintasan_membuka_formulir_buat_yang_benar(beranda, petugas):
    client = Client()
    client.force_login(petugas)

    for _label, pilihan in _pintasan(petugas):
        for url in pilihan.values():
            respons = client.get(url)
            assert respons.status_code == 200, url
            assert respons.context["content_type"].model_class().__name__ in {
                "BeritaPage",
                "DokumenPage",
                "GaleriFotoPage",
                "GaleriVideoPage",
            }


def test_buat_galeri_menawarkan_galeri_foto_dan_galeri_video(beranda, petugas):
    [galeri] = [p for p in _pintasan(petugas) if p[0] == "Buat galeri"]

    assert list(galeri[1]) == ["Galeri foto", "Galeri video"]


def test_pejabat_yang_tidak_menulis_tidak_mendapat_pintasan(pejabat):
    assert _pintasan(pejabat) == []


def test_pintasan_hanya_untuk_jenis_yang_boleh_ditambah_di_indeksnya(beranda, django_user_model):
    """Page permissions decide: a group that may add only under Berita gets only that one."""
    grup = Group.objects.create(name="Kontributor Berita")
    grup.permissions.add(Permission.objects.get(codename="access_admin"))
    berita, _dokumen, _galeri = _indeks(beranda)
    GroupPagePermission.objects.create(
        group=grup, page=berita, permission=Permission.objects.get(codename="add_page")
    )
    user = _buat_pengguna(django_user_model, "kontributor1", "Kontributor Berita")

    assert [label for label, _pilihan in _pintasan(user)] == ["Tulis berita"]


def test_pintasan_menuju_indeks_bahasa_admin_pengguna(beranda, petugas):
    beranda_en = siapkan_struktur_terjemahan(beranda, "en")
    profil = UserProfile.get_for_user(petugas)
    profil.preferred_language = "en"
    profil.save()

    urls = [url for _label, pilihan in _pintasan(petugas) for url in pilihan.values()]

    assert urls == [
        url for _label, pilihan in _pintasan_lengkap(beranda_en) for url in pilihan.values()
    ]


def test_pintasan_memakai_indeks_bahasa_situs_bila_bahasa_admin_belum_punya(beranda, petugas):
    profil = UserProfile.get_for_user(petugas)
    profil.preferred_language = "en"
    profil.save()

    urls = [url for _label, pilihan in _pintasan(petugas) for url in pilihan.values()]

    assert urls == [
        url for _label, pilihan in _pintasan_lengkap(beranda) for url in pilihan.values()
    ]


def test_bagian_konten_lain_menambah_pintasan_lewat_hook_tanpa_mengubah_panel(beranda, petugas):
    def pintasan_agenda(request):
        return Pintasan(
            label="Tulis agenda", tautan=(Tautan("Tulis agenda", "/admin/agenda/baru/"),), urutan=15
        )

    with hooks.register_temporarily(HOOK_PINTASAN, pintasan_agenda):
        label = [label for label, _pilihan in _pintasan(petugas)]

    assert label == ["Tulis berita", "Tulis agenda", "Unggah dokumen", "Buat galeri"]


def test_panel_pintasan_di_inti_portal_tidak_mengenal_bagian_konten():
    """DESIGN §8: portal/core knows no content area; the areas contribute from their own
    wagtail_hooks.py."""
    pohon = ast.parse(Path(pintasan.__file__).read_text(encoding="utf-8"))
    impor = {
        nama
        for simpul in ast.walk(pohon)
        for nama in (
            [simpul.module]
            if isinstance(simpul, ast.ImportFrom)
            else [a.name for a in simpul.names]
            if isinstance(simpul, ast.Import)
            else []
        )
    }
    assert not {m for m in impor if m and m.split(".")[0] in {"berita", "dokumen", "galeri"}}
    templat = Path(pintasan.__file__).parent / "templates/core/admin/pintasan_dasbor.html"
    assert not any(kata in templat.read_text() for kata in ("berita", "dokumen", "galeri"))
