"""Building the portal's fixed structure: locales, the site tree, collections, groups and the
SOP workflow.

Every function is idempotent, so `setup_portal` is safe to run on production data: it never
renames, moves or deletes editors' pages, and never removes a user from a group. It adds what is
missing, and keeps what it manages exactly as designed: the three groups' permissions and the
SOP workflow on the home page.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
)

from berita.models import BeritaIndexPage
from dokumen.models import DokumenIndexPage
from dokumen.penyiapan import siapkan_jenis_dokumen
from galeri.models import GaleriIndexPage
from home.models import HomePage
from portal.moderasi.jadwal_tayang import publikasi_segera
from portal.moderasi.penyiapan import siapkan_alur_publikasi, siapkan_kalender
from portal.moderasi.peran import GRUP_EDITOR, GRUP_PEJABAT, GRUP_PETUGAS
from search.models import SearchPage

KOLEKSI = ["Berita", "Dokumen", "Galeri"]

# (model, slug, Indonesian title) of the fixed children of the home page.
BAGIAN = [
    (BeritaIndexPage, "berita", "Berita"),
    (DokumenIndexPage, "dokumen", "Dokumen Publik"),
    (GaleriIndexPage, "galeri", "Galeri"),
    (SearchPage, "cari", "Pencarian"),
]

# Page permissions on each section index (Wagtail's GroupPagePermission codenames).
# Petugas create and edit their own drafts; the Editor edits any item. Nobody but
# administrators holds publish_page: publication goes through the SOP workflow.
IZIN_HALAMAN = {
    GRUP_PETUGAS: ["add_page"],
    GRUP_EDITOR: ["add_page", "change_page"],
    GRUP_PEJABAT: [],
}

# Image and document permissions: (where, actions) per group. "bagian" is the three section
# collections (Berita, Dokumen, Galeri); "semua" the root collection, whose permissions Wagtail
# extends to every collection below it. Petugas upload into the section collections (not the
# root) and, through `add`, edit only what they uploaded themselves; the Editor manages every
# image and document.
IZIN_KOLEKSI = {
    GRUP_PETUGAS: ("bagian", ["add", "choose"]),
    GRUP_EDITOR: ("semua", ["add", "change", "delete", "choose"]),
    GRUP_PEJABAT: ("bagian", ["choose"]),
}

# Model-level permissions: admin access for all, managed lists for the editors, and the urgent
# take-down (moderasi.tarik_darurat) for Editor and Pejabat at any hour. Serta-merta publication
# (moderasi.publikasi_serta_merta) is granted to nobody here: administrators give it to the
# groups that need it (Settings → Groups → "Dapat menerbitkan pengumuman serta merta…").
IZIN_MODEL = {
    GRUP_PETUGAS: [("wagtailadmin", "access_admin")],
    GRUP_EDITOR: [
        ("wagtailadmin", "access_admin"),
        ("berita", "add_kategoriberita"),
        ("berita", "change_kategoriberita"),
        ("dokumen", "add_jenisdokumen"),
        ("dokumen", "change_jenisdokumen"),
        ("core", "add_opd"),
        ("core", "change_opd"),
        ("moderasi", "tarik_darurat"),
    ],
    GRUP_PEJABAT: [("wagtailadmin", "access_admin"), ("moderasi", "tarik_darurat")],
}

# Model permissions administrators grant to a managed group by choice, which setup neither gives
# nor takes away.
IZIN_PILIHAN_ADMIN = [("moderasi", "publikasi_serta_merta")]


def siapkan_locale():
    for kode, _nama in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=kode)
    return Locale.get_default()


def alamat_situs():
    """(hostname, port) of the default Site from WAGTAILADMIN_BASE_URL, the portal's one public
    address: Wagtail builds every absolute URL (canonical, hreflang, sitemap, feeds, JSON-LD,
    API) from the Site, and knows the scheme only by the port (443 is https)."""
    alamat = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    bawaan = 443 if alamat.scheme == "https" else 80
    return alamat.hostname or "localhost", alamat.port or bawaan


def siapkan_alamat():
    """The default Site answers at the configured address (on every run: the configuration,
    not a hand edit of the Site record, is where the address lives)."""
    site = Site.objects.get(is_default_site=True)
    alamat = alamat_situs()
    if (site.hostname, site.port) != alamat:
        # save(), not update(): Wagtail's site-root cache and the page cache listen to it.
        site.hostname, site.port = alamat
        site.save()


def siapkan_beranda(locale):
    """Make the default site's root a HomePage, replacing Wagtail's placeholder welcome page."""
    site = Site.objects.filter(is_default_site=True).first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    beranda = HomePage.objects.filter(depth=2, locale=locale).first()
    if beranda is None:
        root = Page.get_first_root_node()
        beranda = root.add_child(
            instance=HomePage(title=settings.WAGTAIL_SITE_NAME, slug="beranda", locale=locale)
        )
        beranda.save_revision().publish()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    lama = site.root_page if site.root_page_id else None
    site.root_page = beranda
    site.site_name = settings.WAGTAIL_SITE_NAME
    site.save()
    # Wagtail's welcome page is a bare Page; remove it only when nothing hangs below it.
    if lama is not None and lama.specific_class is Page and lama.numchild == 0:
        lama.delete()
    return beranda


def siapkan_bagian(beranda):
    for model, slug, judul in BAGIAN:
        if model.objects.child_of(beranda).exists():
            continue
        halaman = beranda.add_child(
            instance=model(
                title=judul,
                slug=slug,
                locale=beranda.locale,
                show_in_menus=model is not SearchPage,
            )
        )
        halaman.save_revision().publish()
        beranda.refresh_from_db()


def siapkan_koleksi():
    root = Collection.get_first_root_node()
    koleksi = {}
    for nama in KOLEKSI:
        ada = root.get_children().filter(name=nama).first()
        koleksi[nama] = ada or root.add_child(name=nama)
    return koleksi


def _izin(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def siapkan_grup(beranda, koleksi):
    """Create the managed groups (Petugas, Editor, Pejabat) and give each exactly the page,
    collection and model permissions above: what is missing is added, and a permission given to
    one of these groups by hand (a stray `publish_page` for the Editor, say) is removed, except
    those in `IZIN_PILIHAN_ADMIN`. Members are never touched, nor are other groups."""
    bagian = [model.objects.child_of(beranda).first() for model, *_ in BAGIAN[:3]]
    # Their translations are governed alike (portal.core.bahasa.warisi_aturan_sumber).
    bagian += [terjemahan for b in bagian for terjemahan in b.get_translations()]
    tempat_koleksi = {
        "bagian": list(koleksi.values()),
        "semua": [Collection.get_first_root_node()],
    }
    pilihan = {_izin(*kode).pk for kode in IZIN_PILIHAN_ADMIN}
    for nama_grup, kode_izin in IZIN_HALAMAN.items():
        grup, _dibuat = Group.objects.get_or_create(name=nama_grup)

        izin_model = {_izin(*kode).pk for kode in IZIN_MODEL[nama_grup]}
        ada = set(grup.permissions.values_list("pk", flat=True))
        grup.permissions.remove(*(ada - izin_model - pilihan))
        grup.permissions.add(*(izin_model - ada))

        izin_halaman = {
            (halaman.pk, _izin("wagtailcore", codename).pk)
            for codename in kode_izin
            for halaman in bagian
        }
        _samakan(GroupPagePermission, grup, "page_id", izin_halaman)

        tempat, aksi_aksi = IZIN_KOLEKSI[nama_grup]
        izin_koleksi = {
            (kol.pk, _izin(app_label, f"{aksi}_{model}").pk)
            for aksi in aksi_aksi
            for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document"))
            for kol in tempat_koleksi[tempat]
        }
        _samakan(GroupCollectionPermission, grup, "collection_id", izin_koleksi)


def _samakan(model, grup, kolom, diinginkan):
    """Make the group's `model` rows (GroupPagePermission or GroupCollectionPermission) exactly
    `diinginkan`, a set of (page or collection id, permission id)."""
    ada = {
        (obj, izin): pk
        for pk, obj, izin in model.objects.filter(group=grup).values_list(
            "pk", kolom, "permission_id"
        )
    }
    model.objects.filter(
        pk__in=[pk for kunci, pk in ada.items() if kunci not in diinginkan]
    ).delete()
    model.objects.bulk_create(
        [
            model(group=grup, permission_id=izin, **{kolom: obj})
            for obj, izin in sorted(diinginkan - set(ada))
        ]
    )


@transaction.atomic
def siapkan_portal():
    # The site's skeleton is structure, not SOP material: it goes live whatever the hour.
    with publikasi_segera():
        return _siapkan_portal()


def _siapkan_portal():
    locale = siapkan_locale()
    beranda = siapkan_beranda(locale)
    siapkan_alamat()
    siapkan_bagian(beranda)
    siapkan_jenis_dokumen()
    koleksi = siapkan_koleksi()
    siapkan_grup(beranda, koleksi)
    siapkan_alur_publikasi(beranda)
    for terjemahan in beranda.get_translations():
        siapkan_alur_publikasi(terjemahan)
    siapkan_kalender()
    return beranda
