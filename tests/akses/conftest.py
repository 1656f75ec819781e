"""A small seeded site for the permission tests: one item in each state the SOP knows, owned by
a petugas, and the users of every group (tests/conftest.py) signed in through `sebagai`.

`situs` holds: `tayang` (live), `draf` (a draft with two revisions, so there is something to
compare), `di_editor` and `di_pejabat` (waiting at either task), `terjadwal` (approved, going
live next week), `ditolak` (found not fit to publish), `tayang_berdraf` (live, with an
unpublished draft whose title the public must never see) and `berbatas` (live behind a login
restriction)."""

from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from http.cookies import SimpleCookie

import pytest
import time_machine
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from wagtail.admin.models import EditingSession
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    Locale,
    Page,
    PageViewRestriction,
    Revision,
    Site,
    UploadedFile,
    Workflow,
)
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from berita.factories import BeritaPageFactory, KategoriBeritaFactory
from berita.models import BeritaIndexPage
from dokumen.factories import DokumenPageFactory
from dokumen.models import DokumenIndexPage, JenisDokumen
from portal.core.factories import DocumentFactory, ImageFactory, OPDFactory
from portal.core.models import PengaturanSitus
from portal.moderasi.jadwal_tayang import publikasi_segera
from portal.moderasi.layanan import putuskan_tidak_layak_tayang
from portal.moderasi.models import (
    EditorTask,
    HariLibur,
    JamKerjaHarian,
    PejabatTask,
    StandarMutuBaku,
    TinjauanSertaMerta,
)
from portal.moderasi.penyiapan import NAMA_ALUR
from portal.moderasi.peran import GRUP_EDITOR, GRUP_PEJABAT, GRUP_PETUGAS
from portal.moderasi.pilihan import AlasanTidakLayak
from tests.conftest import _buat_pengguna
from tests.moderasi.conftest import (
    SELASA_PAGI,
    ajukan_langsung,
    jam_kerja,  # noqa: F401 - the fixture, for tests here
    kotak_surat,  # noqa: F401 - the fixture, for tests here
    setujui_langsung,
    task_state_aktif,
)

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


# -- the generated admin matrix (test_matriks_admin.py) ------------------------------------------

# The actors of the matrix: the two Petugas are members of the one Petugas group, A writing
# berita and B documents (the sections are not separated between Petugas: see Basis).
AKTOR = ("anonim", "petugas_a", "petugas_b", "editor", "pejabat", "admin_portal")
AWALAN_ADMIN = "admin/"


@dataclass(frozen=True)
class RuteAdmin:
    kunci: str
    nama: str | None
    pola: str
    parameter: tuple


def _telusuri(resolver, awalan="", namespace=None):
    for pola in resolver.url_patterns:
        if isinstance(pola, URLResolver):
            ns = namespace
            if pola.namespace:
                ns = f"{namespace}:{pola.namespace}" if namespace else pola.namespace
            yield from _telusuri(pola, awalan + str(pola.pattern), ns)
        elif isinstance(pola, URLPattern):
            nama = pola.name and (f"{namespace}:{pola.name}" if namespace else pola.name)
            yield nama, awalan + str(pola.pattern), tuple(pola.pattern.regex.groupindex)


def rute_admin():
    """Every route Django's resolver serves under /admin/, by key: its name (namespace:name),
    the name with its parameters when two patterns share a name, the pattern when unnamed."""
    semua = [r for r in _telusuri(get_resolver()) if r[1].startswith(AWALAN_ADMIN)]
    kembar = Counter(nama for nama, _pola, _param in semua if nama)
    rute = {}
    for nama, pola, parameter in semua:
        if nama is None:
            kunci = pola
        elif kembar[nama] > 1:
            kunci = f"{nama}({', '.join(parameter)})"
        else:
            kunci = nama
        assert kunci not in rute, kunci
        rute[kunci] = RuteAdmin(kunci, nama, pola, parameter)
    return rute


# Bookkeeping any signed-in request may write, refused or not, which holds no content and no
# right: sessions and sign-in logs, the editor's presence and comment subscriptions (the page
# editor records both before it answers "locked"), image renditions made for a listing.
TABEL_CATATAN = {
    "django_session",
    "axes_accesslog",
    "axes_accessattempt",
    "wagtailadmin_editingsession",
    "wagtailcore_pagesubscription",
    "wagtailimages_rendition",
}


def jepret_basis_data():
    """What a refused request must leave untouched: the row count of every model's table (one
    query, bookkeeping aside) and the (id, object_id, created_at) of every revision."""
    tabel = sorted(
        {
            model._meta.db_table
            for model in apps.get_models(include_auto_created=True)
            if model._meta.managed and not model._meta.proxy
        }
        - TABEL_CATATAN
    )
    with connection.cursor() as cursor:
        sql = " UNION ALL ".join(
            # Table names from the app registry, quoted: nothing from a request.
            f"SELECT %s, COUNT(*) FROM {connection.ops.quote_name(nama)}"  # noqa: S608
            for nama in tabel
        )
        cursor.execute(sql, tabel)
        jumlah = dict(cursor.fetchall())
    revisi = set(Revision.objects.values_list("id", "object_id", "created_at"))
    return jumlah, revisi


@dataclass
class Basis:
    """The objects every admin route of the matrix is asked about, built once per module.

    The portal does not separate the sections between Petugas: there is one Petugas group with
    `add_page` on every section index and `add`/`choose` on every section collection
    (portal/situs/penyiapan.py), so a Petugas may write in any section and edits only what they
    own. The two Petugas of the matrix therefore differ by what they own: A a berita draft, a
    live berita and an image in the Berita collection; B a document draft and a document file
    in the Dokumen collection."""

    pengguna: dict
    beranda: object
    indeks_berita: object
    indeks_dokumen: object
    indeks_berita_en: object  # where a berita may be moved to
    draf_a: object  # berita draft of Petugas A, two revisions
    draf_b: object  # document draft of Petugas B
    tayang_a: object  # live berita of Petugas A, with a newer unpublished revision
    di_editor: object  # Petugas A's berita waiting at the Editor's task
    di_pejabat: object  # … at the Pejabat's task
    terjadwal: object  # approved, going live next week
    terkunci: object  # Petugas A's draft, locked by the Editor
    terjemahan: object  # the English translation of tayang_a (wagtail-localize)
    gambar_a: object
    berkas_b: object
    unggahan_gambar_a: object  # a file in the multiple uploader, not yet an image
    unggahan_berkas_b: object
    kategori: object
    jenis_dokumen: object
    opd: object
    jam_kerja: object
    hari_libur: object
    tinjauan: object  # a serta-merta publication waiting for the after-the-fact review
    grup_petugas: object
    alur: object
    tugas_editor: object
    koleksi_berita: object
    koleksi_kosong: object  # a collection that may be deleted
    situs_wagtail: object
    locale_en: object
    pengalihan: object
    kueri_promosi: object
    sesi_sunting: object  # Petugas A's editing session on draf_a

    @property
    def petugas_b(self):
        return self.pengguna["petugas_b"]

    @property
    def grup_editor(self):
        return Group.objects.get(name=GRUP_EDITOR)

    @property
    def tugas_pejabat(self):
        return PejabatTask.objects.get(workflow_tasks__workflow=self.alur)

    @property
    def sumber_terjemahan(self):
        return self.terjemahan.source

    @property
    def segmen_terjemahan(self):
        return StringSegment.objects.filter(source=self.terjemahan.source).order_by("pk").first()

    @property
    def halaman_terjemahan(self):
        return self.tayang_a.get_translation(self.locale_en)

    @property
    def pengaturan_situs(self):
        return PengaturanSitus.load()

    @property
    def mutu_baku(self):
        return StandarMutuBaku.load()

    @property
    def revisi_draf_a(self):
        return self.draf_a.revisions.order_by("pk").first()

    @property
    def revisi_tayang_a(self):
        return self.tayang_a.revisions.order_by("pk").first()

    @property
    def revisi_terjadwal(self):
        return self.terjadwal.revisions.order_by("-pk").first()

    @property
    def task_state_pejabat(self):
        return task_state_aktif(self.di_pejabat)

    @property
    def task_state_editor(self):
        return task_state_aktif(self.di_editor)

    @property
    def workflow_state_pejabat(self):
        return self.task_state_pejabat.workflow_state


def _berita_milik(user, indeks, judul):
    page = BeritaPageFactory(parent=indeks, owner=user, live=False, title=judul)
    page.save_revision(user=user)
    page.refresh_from_db()
    return page


def _unggahan(user, model, nama):

    return UploadedFile.objects.create(
        for_content_type=ContentType.objects.get_for_model(model),
        file=ContentFile(b"unggahan", name=nama),
        uploaded_by_user=user,
    )


def bangun_basis(django_user_model):

    pengguna = {
        "petugas_a": _buat_pengguna(django_user_model, "petugas_a", GRUP_PETUGAS),
        "petugas_b": _buat_pengguna(django_user_model, "petugas_b", GRUP_PETUGAS),
        "editor": _buat_pengguna(django_user_model, "editor_m", GRUP_EDITOR),
        "pejabat": _buat_pengguna(django_user_model, "pejabat_m", GRUP_PEJABAT),
        "admin_portal": _buat_pengguna(
            django_user_model, "admin_m", is_superuser=True, is_staff=True
        ),
    }
    # The admin creates a user's profile on their first request: made here, so that it is
    # not counted as a change made by the first request of the matrix.
    for user in pengguna.values():
        UserProfile.get_for_user(user)
    a, b = pengguna["petugas_a"], pengguna["petugas_b"]
    editor = pengguna["editor"]
    indeks_berita = BeritaIndexPage.objects.get(locale=Locale.get_default())
    indeks_dokumen = DokumenIndexPage.objects.get(locale=Locale.get_default())

    draf_a = _berita_milik(a, indeks_berita, "Draf Petugas A Banjir Samarinda")
    draf_a.title = "Draf Petugas A Banjir Samarinda (perbaikan)"
    draf_a.save_revision(user=a)

    draf_b = DokumenPageFactory(parent=indeks_dokumen, owner=b, live=False)
    draf_b.save_revision(user=b)

    tayang_a = _terbitkan(_berita_milik(a, indeks_berita, "Berita Tayang Petugas A"), a)
    tayang_a.title = "Berita Tayang Petugas A (draf baru)"
    tayang_a.save_revision(user=a)

    di_editor = _berita_milik(a, indeks_berita, "Draf Menunggu Editor")
    ajukan_langsung(di_editor, a)
    di_pejabat = _berita_milik(a, indeks_berita, "Draf Menunggu Pejabat")
    ajukan_langsung(di_pejabat, a)
    setujui_langsung(di_pejabat, editor)

    terjadwal = _berita_milik(a, indeks_berita, "Berita Terjadwal Pekan Depan")
    terjadwal.go_live_at = timezone.now() + timedelta(days=7)
    with publikasi_segera():
        terjadwal.save_revision(user=a).publish()

    terkunci = _berita_milik(a, indeks_berita, "Draf Terkunci")
    terkunci.locked, terkunci.locked_by, terkunci.locked_at = True, editor, timezone.now()
    terkunci.save(update_fields=["locked", "locked_by", "locked_at"])

    locale_en = Locale.objects.get(language_code="en")
    sumber, _dibuat = TranslationSource.get_or_create_from_instance(tayang_a)
    terjemahan = Translation.objects.create(source=sumber, target_locale=locale_en)
    terjemahan.save_target(user=pengguna["admin_portal"], publish=False)

    koleksi = {k.name: k for k in Collection.objects.filter(depth=2)}
    gambar_a = ImageFactory(collection=koleksi["Berita"], uploaded_by_user=a, kecil=True)
    berkas_b = DocumentFactory(collection=koleksi["Dokumen"], uploaded_by_user=b)

    tayang = Page.objects.get(pk=tayang_a.pk)
    kueri = Query.get("banjir")
    SearchPromotion.objects.create(query=kueri, page=tayang, sort_order=0)
    for page in (draf_a, draf_b, tayang_a, di_editor, di_pejabat, terjadwal):
        page.refresh_from_db()
    return Basis(
        pengguna=pengguna,
        beranda=indeks_berita.get_parent().specific,
        indeks_berita=indeks_berita,
        indeks_dokumen=indeks_dokumen,
        indeks_berita_en=indeks_berita.get_translation(locale_en),
        draf_a=draf_a,
        draf_b=draf_b,
        tayang_a=tayang_a,
        di_editor=di_editor,
        di_pejabat=di_pejabat,
        terjadwal=terjadwal,
        terkunci=terkunci,
        terjemahan=terjemahan,
        gambar_a=gambar_a,
        berkas_b=berkas_b,
        unggahan_gambar_a=_unggahan(a, get_image_model(), "unggahan_a.jpg"),
        unggahan_berkas_b=_unggahan(b, get_document_model(), "unggahan_b.pdf"),
        kategori=KategoriBeritaFactory(),
        jenis_dokumen=JenisDokumen.objects.filter(dokumen__isnull=True).order_by("pk").first(),
        opd=OPDFactory(),
        jam_kerja=JamKerjaHarian.objects.order_by("hari").first(),
        hari_libur=HariLibur.objects.order_by("pk").first(),
        tinjauan=TinjauanSertaMerta.objects.create(
            page=tayang, user=pengguna["admin_portal"], alasan="Bencana", waktu=timezone.now()
        ),
        grup_petugas=Group.objects.get(name=GRUP_PETUGAS),
        alur=Workflow.objects.get(name=NAMA_ALUR),
        tugas_editor=EditorTask.objects.get(workflow_tasks__workflow__name=NAMA_ALUR),
        koleksi_berita=koleksi["Berita"],
        koleksi_kosong=Collection.get_first_root_node().add_child(name="Kosong"),
        situs_wagtail=Site.objects.get(is_default_site=True),
        locale_en=locale_en,
        pengalihan=Redirect.objects.create(old_path="/lama", redirect_page=tayang),
        kueri_promosi=kueri,
        sesi_sunting=EditingSession.objects.create(
            user=a,
            content_type=ContentType.objects.get_for_model(Page),
            object_id=str(draf_a.pk),
            last_seen_at=timezone.now(),
        ),
    )


@pytest.fixture(scope="module")
def basis(django_db_setup, django_db_blocker):
    """The Basis, built once for the module inside a transaction rolled back after its last
    test (each test's own transaction is a savepoint inside it)."""
    # Built on the tests' working Tuesday (jam_kerja), so no object is dated after the clock
    # the tests run at.
    with django_db_blocker.unblock(), transaction.atomic():
        with time_machine.travel(SELASA_PAGI - timedelta(hours=1), tick=False):
            hasil = bangun_basis(get_user_model())
        yield hasil
        transaction.set_rollback(True)


class KlienAktor:
    """A client signed in as one actor (`anonim`: not signed in) that starts every request
    from the cookies of its sign-in, so no request can sign it out or carry messages into
    the next one."""

    def __init__(self, user=None):
        self.client = Client()
        if user is not None:
            self.client.force_login(user)
        self._kue = SimpleCookie(self.client.cookies.output(header="", sep="\n"))

    def __getattr__(self, metode):
        def minta(*args, **kwargs):
            self.client.cookies = SimpleCookie(self._kue.output(header="", sep="\n"))
            return getattr(self.client, metode)(*args, **kwargs)

        return minta


@pytest.fixture
def klien_aktor(basis):
    def _klien(nama):
        return KlienAktor(basis.pengguna.get(nama))

    return _klien
