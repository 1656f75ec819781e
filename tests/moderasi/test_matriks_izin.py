"""Who may do what, through the admin views: each row is one action, each column one kind of
user, as `setup_portal` grants them (Petugas: add_page; Editor: add_page + change_page;
Pejabat: admin access only; administrators: superusers).

An allowed action must take effect; a refused one must be refused (403, Wagtail's redirect to
the dashboard, the editor's "locked" answer, or simply not performed) and leave the data as it
was. Notes on cells that are not obvious:

- Deleting: Wagtail lets an `add_page` holder delete their own pages while none is live, and a
  `change_page` holder delete any page while none is live (without `publish_page`). So the
  Petugas deletes their own unpublished drafts, the Editor anyone's unpublished drafts, and
  neither a live page.
- Unpublishing needs `publish_page`, which only administrators hold: the Editor is refused
  today (an urgent take-down comes with the working-hours issue).
- "Publish" posted by a user without `publish_page` is not performed: Wagtail's editor falls
  back to saving a draft, so for that row only the publication and workflow state are compared.
- Bulk delete (`wagtail_bulk_action` …/page/delete) follows the same delete permissions, except
  that an item under review is never deleted, by anyone (the portal's `before_bulk_action`).
- Cancelling a workflow ("Cancel workflow" in the page editor): Wagtail lets anyone who may
  approve the current task end it without a reason; the portal leaves it to the submitter
  withdrawing their own submission and to administrators. Reviewers use "Kembalikan ke
  Petugas" with a reason.
"""

from dataclasses import dataclass

import pytest
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html, rich_text

from berita.factories import BeritaPageFactory
from berita.models import BeritaPage
from portal.core.blocks import RICH_TEXT_FEATURES
from portal.moderasi.pilihan import AlasanTidakLayak
from tests.moderasi.conftest import (
    ajukan_langsung,
    ditolak,
    halaman,
    jepret,
    nama_tugas,
    setujui_langsung,
    workflow_state_terakhir,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("jam_kerja")]

AKTOR = ("petugas", "petugas_lain", "editor", "pejabat", "admin_portal")
Y, T = True, False

MATRIKS = [
    # aksi                            petugas petugas_lain editor pejabat admin
    ("buat_draf",                     (Y,     Y,           Y,     T,      Y)),
    ("ubah_draf_sendiri",             (Y,     Y,           Y,     T,      Y)),
    ("ubah_draf_orang_lain",          (T,     T,           Y,     T,      Y)),
    ("ajukan_draf_petugas",           (Y,     T,           Y,     T,      Y)),
    ("setujui_di_tugas_editor",       (T,     T,           Y,     T,      Y)),
    ("kembalikan_di_tugas_editor",    (T,     T,           Y,     T,      Y)),
    ("layak_tayang",                  (T,     T,           T,     Y,      Y)),
    ("tidak_layak_tayang",            (T,     T,           T,     Y,      Y)),
    ("perlu_perbaikan",               (T,     T,           T,     Y,      Y)),
    ("terbitkan_langsung",            (T,     T,           T,     T,      Y)),
    ("tarik_dari_situs",              (T,     T,           T,     T,      Y)),
    ("hapus_draf_petugas",            (Y,     T,           Y,     T,      Y)),
    ("hapus_halaman_tayang",          (T,     T,           T,     T,      Y)),
    ("hapus_massal_draf_petugas",     (Y,     T,           Y,     T,      Y)),
    ("hapus_massal_saat_moderasi",    (T,     T,           T,     T,      T)),
    ("batalkan_alur",                 (Y,     T,           T,     T,      Y)),
    ("ubah_saat_penyaringan",         (T,     T,           T,     T,      T)),
]  # fmt: skip


@dataclass
class Hasil:
    respons: object
    berhasil: bool
    sebelum: object
    sesudah: object


class Pelaku:
    """Sets up the object each action needs, performs the action as `aktor` over HTTP, and
    reports whether it took effect along with the state before and after."""

    def __init__(self, sop, buat_draf, indeks_berita, pengguna):
        self.sop = sop
        self.draf_baru = buat_draf
        self.indeks = indeks_berita
        self.u = pengguna

    # -- objects -------------------------------------------------------------------------------

    def draf_petugas(self):
        return self.draf_baru(pemilik=self.u["petugas"])

    def halaman_tayang(self):
        page = BeritaPageFactory(parent=self.indeks, owner=self.u["petugas"], live=False)
        page.save_revision(user=self.u["petugas"]).publish()
        return halaman(page)

    def di_tugas_editor(self):
        page = self.draf_petugas()
        ajukan_langsung(page, self.u["petugas"])
        return page

    def di_tugas_pejabat(self):
        page = self.di_tugas_editor()
        setujui_langsung(page, self.u["editor"])
        return page

    def form(self, page, aktor, **ubah):
        """The editor's form as the actor sees it, or, when the actor cannot open the editor,
        as an administrator does (the actor's post is then a crafted one)."""
        bisa = halaman(page).permissions_for_user(aktor).can_edit()
        return self.sop.form_edit(page, aktor if bisa else self.u["admin_portal"], **ubah)

    def _pada_halaman(self, page, lakukan, berhasil, alur_saja=False):
        sebelum = jepret(page)
        respons = lakukan()
        if not Page.objects.filter(pk=page.pk).exists():
            return Hasil(respons, berhasil(None), sebelum, None)
        sesudah = jepret(page)
        if alur_saja:
            sebelum, sesudah = sebelum.alur, sesudah.alur
        return Hasil(respons, berhasil(page), sebelum, sesudah)

    # -- actions -------------------------------------------------------------------------------

    def buat_draf(self, aktor):
        url = reverse("wagtailadmin_pages:add", args=("berita", "beritapage", self.indeks.pk))
        bisa = self.indeks.permissions_for_user(aktor).can_add_subpage()
        html = self.sop.sebagai(aktor if bisa else self.u["admin_portal"]).get(url)
        data = querydict_from_html(html.content.decode(), form_id="page-edit-form")
        data.update(
            {
                "title": f"Draf baru {aktor.username}",
                "slug": f"draf-baru-{aktor.username}",
                "ringkasan": "Ringkasan draf baru.",
                "isi-count": "1",
                "isi-0-type": "paragraf",
                "isi-0-value": rich_text("<p>Isi draf baru.</p>", features=RICH_TEXT_FEATURES),
                "isi-0-order": "0",
                "isi-0-deleted": "",
            }
        )
        sebelum = BeritaPage.objects.count()
        respons = self.sop.sebagai(aktor).post(url, data)
        baru = BeritaPage.objects.filter(slug=f"draf-baru-{aktor.username}").first()
        berhasil = baru is not None and baru.owner == aktor and not baru.live
        return Hasil(respons, berhasil, sebelum, BeritaPage.objects.count())

    def _ubah(self, page, aktor):
        data = self.form(page, aktor, title="Judul diubah")
        return self._pada_halaman(
            page,
            lambda: self.sop.post_edit(page, aktor, data),
            lambda p: halaman(p).get_latest_revision_as_object().title == "Judul diubah",
        )

    def ubah_draf_sendiri(self, aktor):
        return self._ubah(self.draf_baru(pemilik=aktor), aktor)

    def ubah_draf_orang_lain(self, aktor):
        pemilik = self.u["petugas_lain"] if aktor == self.u["petugas"] else self.u["petugas"]
        return self._ubah(self.draf_baru(pemilik=pemilik), aktor)

    def ajukan_draf_petugas(self, aktor):
        page = self.draf_petugas()
        data = self.form(page, aktor)
        data["action-submit"] = "1"
        return self._pada_halaman(
            page,
            lambda: self.sop.post_edit(page, aktor, data),
            lambda p: nama_tugas(p) == "EditorTask",
        )

    def _di_modal(self, page, aktor, aksi, berhasil, **data):
        return self._pada_halaman(
            page, lambda: self.sop.aksi_modal(page, aktor, aksi, **data), berhasil
        )

    def setujui_di_tugas_editor(self, aktor):
        return self._di_modal(
            self.di_tugas_editor(), aktor, "approve", lambda p: nama_tugas(p) == "PejabatTask"
        )

    def kembalikan_di_tugas_editor(self, aktor):
        return self._di_modal(
            self.di_tugas_editor(),
            aktor,
            "reject",
            lambda p: workflow_state_terakhir(p).status == "needs_changes",
            comment="Lengkapi sumber.",
        )

    def layak_tayang(self, aktor):
        return self._di_modal(self.di_tugas_pejabat(), aktor, "approve", lambda p: halaman(p).live)

    def tidak_layak_tayang(self, aktor):
        return self._di_modal(
            self.di_tugas_pejabat(),
            aktor,
            "tidak_layak",
            lambda p: workflow_state_terakhir(p).status == "cancelled",
            kode_alasan=AlasanTidakLayak.KUALITAS_RENDAH,
            comment="Foto buram.",
        )

    def perlu_perbaikan(self, aktor):
        return self._di_modal(
            self.di_tugas_pejabat(),
            aktor,
            "perbaikan",
            lambda p: nama_tugas(p) == "EditorTask",
            comment="Perbaiki keterangan foto.",
        )

    def terbitkan_langsung(self, aktor):
        page = self.draf_petugas()
        data = self.form(page, aktor)
        data["action-publish"] = "1"
        return self._pada_halaman(
            page,
            lambda: self.sop.post_edit(page, aktor, data),
            lambda p: halaman(p).live,
            alur_saja=True,
        )

    def tarik_dari_situs(self, aktor):
        page = self.halaman_tayang()
        url = reverse("wagtailadmin_pages:unpublish", args=[page.pk])
        return self._pada_halaman(
            page, lambda: self.sop.sebagai(aktor).post(url), lambda p: not halaman(p).live
        )

    def _hapus(self, page, aktor):
        url = reverse("wagtailadmin_pages:delete", args=[page.pk])
        return self._pada_halaman(
            page, lambda: self.sop.sebagai(aktor).post(url), lambda p: p is None
        )

    def hapus_draf_petugas(self, aktor):
        return self._hapus(self.draf_petugas(), aktor)

    def hapus_halaman_tayang(self, aktor):
        return self._hapus(self.halaman_tayang(), aktor)

    def _hapus_massal(self, page, aktor):
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))
        return self._pada_halaman(
            page,
            lambda: self.sop.sebagai(aktor).post(f"{url}?id={page.pk}"),
            lambda p: p is None,
        )

    def hapus_massal_draf_petugas(self, aktor):
        return self._hapus_massal(self.draf_petugas(), aktor)

    def hapus_massal_saat_moderasi(self, aktor):
        return self._hapus_massal(self.di_tugas_editor(), aktor)

    def batalkan_alur(self, aktor):
        page = self.di_tugas_editor()
        data = self.form(page, aktor)
        data["action-cancel-workflow"] = "1"
        return self._pada_halaman(
            page,
            lambda: self.sop.post_edit(page, aktor, data),
            lambda p: workflow_state_terakhir(p).status == "cancelled",
        )

    def ubah_saat_penyaringan(self, aktor):
        page = self.di_tugas_pejabat()
        data = self.sop.form_edit(page, self.u["admin_portal"], title="Diubah saat penyaringan")
        return self._pada_halaman(
            page,
            lambda: self.sop.post_edit(page, aktor, data),
            lambda p: halaman(p).get_latest_revision_as_object().title != page.title,
        )


@pytest.fixture
def pelaku(request, sop, buat_draf, indeks_berita):
    return Pelaku(sop, buat_draf, indeks_berita, {n: request.getfixturevalue(n) for n in AKTOR})


def _ditolak_tanpa_akibat(hasil):
    """Refused (Wagtail's 403/redirect, the editor's locked answer, or not performed) and
    nothing changed."""
    return (
        hasil.respons.status_code in (200, 302, 403)
        and not hasil.berhasil
        and hasil.sebelum == hasil.sesudah
    )


@pytest.mark.parametrize(("aksi", "harapan"), MATRIKS, ids=[baris[0] for baris in MATRIKS])
def test_matriks_izin(pelaku, subtests, aksi, harapan):
    for nama, boleh in zip(AKTOR, harapan, strict=True):
        with subtests.test(aktor=nama, boleh=boleh):
            hasil = getattr(pelaku, aksi)(pelaku.u[nama])
            if boleh:
                assert hasil.berhasil, hasil.respons
            else:
                assert _ditolak_tanpa_akibat(hasil), (hasil.respons, hasil.sebelum, hasil.sesudah)


def test_penolakan_akses_memakai_jawaban_wagtail(pelaku):
    """The refusals above are Wagtail's: a plain request is sent to the dashboard, and the
    views that cannot be reached at all (editor, add, unpublish, delete) answer that way."""
    page = pelaku.draf_petugas()
    pejabat = pelaku.u["pejabat"]
    client = pelaku.sop.sebagai(pejabat)
    indeks = pelaku.indeks

    assert ditolak(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    assert ditolak(
        client.get(reverse("wagtailadmin_pages:add", args=("berita", "beritapage", indeks.pk)))
    )
    assert ditolak(client.get(reverse("wagtailadmin_pages:delete", args=[page.pk])))


@pytest.mark.parametrize("nama", ["petugas", "editor"])
def test_materi_yang_sedang_disaring_tidak_dapat_dihapus(pelaku, nama):
    page = pelaku.di_tugas_pejabat()

    hasil = pelaku._hapus(page, pelaku.u[nama])

    assert _ditolak_tanpa_akibat(hasil)


def _url_hapus_massal(*pages):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))
    return url + "?" + "&".join(f"id={page.pk}" for page in pages)


@pytest.mark.parametrize("nama", ["petugas", "editor", "admin_portal"])
def test_hapus_massal_ditolak_seluruhnya_bila_ada_materi_dalam_moderasi(pelaku, nama):
    """One item under review in the selection: nothing is deleted, and the message says why."""
    dalam_moderasi = pelaku.di_tugas_editor()
    draf_biasa = pelaku.draf_petugas()
    sebelum = [jepret(dalam_moderasi), jepret(draf_biasa)]

    respons = pelaku.sop.sebagai(pelaku.u[nama]).post(_url_hapus_massal(dalam_moderasi, draf_biasa))

    assert respons.status_code == 302
    pesan = [str(m) for m in respons.wsgi_request._messages]
    assert any(
        "Tidak ada yang dihapus" in m and dalam_moderasi.title in m and "alur moderasi" in m
        for m in pesan
    )
    assert [jepret(dalam_moderasi), jepret(draf_biasa)] == sebelum


def test_hapus_massal_indeks_yang_memuat_materi_dalam_moderasi_ditolak(pelaku):
    dalam_moderasi = pelaku.di_tugas_editor()
    jumlah = Page.objects.count()

    respons = pelaku.sop.sebagai(pelaku.u["admin_portal"]).post(_url_hapus_massal(pelaku.indeks))

    assert respons.status_code == 302
    assert Page.objects.count() == jumlah
    assert nama_tugas(dalam_moderasi) == "EditorTask"


# -- Wagtail 8's API v3 publishes outside the workflow: it must not be exposed ------------------


def test_api_v3_tidak_dipasang():
    """Wagtail 8's preview API v3 can publish past the workflow; the open-data API is the
    read-only v2 (portal/api.py, tests/seo/test_api_data_terbuka.py)."""
    assert not any(app.startswith(("wagtail.api.v3", "ninja")) for app in settings.INSTALLED_APPS)


def _semua_pola(resolver, awalan=""):
    for pola in resolver.url_patterns:
        if isinstance(pola, URLResolver):
            yield from _semua_pola(pola, awalan + str(pola.pattern))
        elif isinstance(pola, URLPattern):
            yield awalan + str(pola.pattern), pola.callback


def test_tidak_ada_url_yang_menuju_api_v3():
    for pola, callback in _semua_pola(get_resolver()):
        modul = getattr(callback, "__module__", "") or ""
        assert not modul.startswith(("wagtail.api.v3", "ninja")), pola
    for url in ("/api/v3/", "/api/v3/pages/", "/api/v3/pages/1/"):
        assert not resolve(url).func.__module__.startswith(("wagtail.api.v3", "ninja")), url
