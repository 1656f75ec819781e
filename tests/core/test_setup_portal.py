from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.test.utils.form_data import querydict_from_html

from berita.factories import BeritaPageFactory
from berita.models import BeritaIndexPage
from dokumen.models import DokumenIndexPage
from galeri.models import GaleriIndexPage
from home.models import HomePage
from portal.moderasi.jadwal_tayang import publikasi_segera
from portal.moderasi.models import EditorTask, PejabatTask
from search.models import SearchPage
from tests.moderasi.conftest import data_isi

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


# -- groups kept exactly as designed, members untouched ------------------------------------------


def _izin(kode):
    app_label, codename = kode.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _izin_grup(nama):
    """(model permissions, page permissions, collection permissions) of a group, readable."""
    grup = Group.objects.get(name=nama)
    return (
        {f"{p.content_type.app_label}.{p.codename}" for p in grup.permissions.all()},
        set(
            GroupPagePermission.objects.filter(group=grup).values_list(
                "page__slug", "permission__codename"
            )
        ),
        set(
            GroupCollectionPermission.objects.filter(group=grup).values_list(
                "collection__name", "permission__codename"
            )
        ),
    )


BAGIAN_SLUG = ("berita", "dokumen", "galeri")
KOLEKSI_BAGIAN = ("Berita", "Dokumen", "Galeri")


def _koleksi(nama_koleksi, aksi_aksi):
    return {
        (koleksi, f"{aksi}_{model}")
        for koleksi in nama_koleksi
        for aksi in aksi_aksi
        for model in ("image", "document")
    }


IZIN_RANCANGAN = {
    "Petugas": (
        {"wagtailadmin.access_admin"},
        {(slug, "add_page") for slug in BAGIAN_SLUG},
        _koleksi(KOLEKSI_BAGIAN, ("add", "choose")),
    ),
    "Editor": (
        {
            "wagtailadmin.access_admin",
            "berita.add_kategoriberita",
            "berita.change_kategoriberita",
            "dokumen.add_jenisdokumen",
            "dokumen.change_jenisdokumen",
            "core.add_opd",
            "core.change_opd",
            "moderasi.tarik_darurat",
        },
        {(slug, kode) for slug in BAGIAN_SLUG for kode in ("add_page", "change_page")},
        _koleksi(("Root",), ("add", "change", "delete", "choose")),
    ),
    "Pejabat": (
        {"wagtailadmin.access_admin", "moderasi.tarik_darurat"},
        set(),
        _koleksi(KOLEKSI_BAGIAN, ("choose",)),
    ),
}


def test_setup_portal_memberi_tiap_grup_tepat_izin_rancangan():
    call_command("setup_portal", stdout=StringIO())

    for nama, harapan in IZIN_RANCANGAN.items():
        assert _izin_grup(nama) == harapan, nama


def test_setup_portal_mencabut_izin_liar_dan_mengembalikan_yang_hilang(
    client, petugas, editor, beranda, django_user_model
):
    """Permissions given by hand to the managed groups are taken back (a publish_page for the
    Editor first of all), missing ones restored, the administrators' serta-merta grant kept,
    and nobody leaves a group."""
    berita = BeritaIndexPage.objects.get()
    grup_editor = Group.objects.get(name="Editor")
    grup_petugas = Group.objects.get(name="Petugas")
    publish = _izin("wagtailcore.publish_page")
    GroupPagePermission.objects.create(group=grup_editor, page=berita, permission=publish)
    GroupPagePermission.objects.create(group=grup_editor, page=beranda, permission=publish)
    GroupPagePermission.objects.filter(
        group=grup_petugas, page=berita, permission__codename="add_page"
    ).delete()
    GroupCollectionPermission.objects.create(
        group=grup_petugas,
        collection=Collection.objects.get(name="Berita"),
        permission=_izin("wagtailimages.change_image"),
    )
    grup_editor.permissions.add(_izin("auth.change_user"), _izin("moderasi.publikasi_serta_merta"))
    anggota_lain = django_user_model.objects.create_user("anggota-lama", password="x")
    anggota_lain.groups.add(grup_editor, grup_petugas)

    call_command("setup_portal", stdout=StringIO())

    model, halaman, koleksi = IZIN_RANCANGAN["Editor"]
    assert _izin_grup("Editor") == (model | {"moderasi.publikasi_serta_merta"}, halaman, koleksi)
    assert _izin_grup("Petugas") == IZIN_RANCANGAN["Petugas"]
    assert set(anggota_lain.groups.values_list("name", flat=True)) == {"Editor", "Petugas"}
    assert petugas.groups.filter(name="Petugas").exists()
    assert editor.groups.filter(name="Editor").exists()

    # Through the admin: the Editor's "Publish" no longer publishes, the petugas adds again.
    draf = BeritaPageFactory(parent=berita, owner=petugas, live=False)
    draf.save_revision(user=petugas)
    client.force_login(editor)
    url_edit = reverse("wagtailadmin_pages:edit", args=[draf.pk])
    html = client.get(url_edit).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    data.update(data_isi(html))
    data["action-publish"] = "1"
    with publikasi_segera():
        client.post(url_edit, data)
    assert not Page.objects.get(pk=draf.pk).live
    client.force_login(petugas)
    url_tambah = reverse("wagtailadmin_pages:add", args=("berita", "beritapage", berita.pk))
    assert client.get(url_tambah).status_code == 200


def test_setup_portal_mengikat_kembali_beranda_ke_alur_sop_dengan_urutan_tugas_sop(beranda):
    alur = Workflow.objects.get(name="Alur Publikasi SOP")
    lain = Workflow.objects.create(name="Alur Uji Coba")
    WorkflowPage.objects.filter(page=beranda).update(workflow=lain)
    # An administrator swapped the two tasks and switched one off.
    for wt in WorkflowTask.objects.filter(workflow=alur):
        wt.sort_order = 1 - wt.sort_order
        wt.save()
    EditorTask.objects.update(active=False)
    berita = BeritaPageFactory(parent=BeritaIndexPage.objects.get(), live=False)
    assert berita.get_workflow() == lain

    call_command("setup_portal", stdout=StringIO())

    assert WorkflowPage.objects.get(page=beranda).workflow == alur
    assert Page.objects.get(pk=berita.pk).get_workflow() == alur
    tugas = [type(t.specific) for t in alur.tasks.order_by("workflow_tasks__sort_order")]
    assert tugas == [EditorTask, PejabatTask]
    assert all(t.active for t in alur.tasks.all())
    assert Workflow.objects.filter(name="Alur Publikasi SOP").count() == 1
    assert set(alur.tasks.get(pk=EditorTask.objects.get().pk).specific.groups.all()) == {
        Group.objects.get(name="Editor")
    }


@pytest.mark.parametrize(
    ("alamat", "hostname", "port", "akar"),
    [
        ("https://kaltimprov.go.id", "kaltimprov.go.id", 443, "https://kaltimprov.go.id"),
        ("http://127.0.0.1:8000", "127.0.0.1", 8000, "http://127.0.0.1:8000"),
    ],
)
def test_setup_portal_mengambil_alamat_situs_dari_konfigurasi(
    settings, client, beranda, alamat, hostname, port, akar
):
    """Canonical, sitemap and every absolute URL follow WAGTAILADMIN_BASE_URL after
    setup_portal, with no hand edit of the Site record."""
    settings.WAGTAILADMIN_BASE_URL = alamat
    call_command("setup_portal", stdout=StringIO())
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == (hostname, port, akar)
    with publikasi_segera():
        berita = BeritaPageFactory(parent=BeritaIndexPage.objects.get())
    assert berita.get_full_url().startswith(f"{akar}/berita/")
    respons = client.get(berita.url)  # any host name: the default site answers
    assert f'<link rel="canonical" href="{akar}/berita/' in respons.content.decode()
    assert f"<loc>{akar}/berita/" in client.get("/sitemap-halaman.xml").content.decode()
