"""Who reaches which admin URL: every group × every admin view and action, through HTTP.

Columns are the actors of tests/akses/conftest.py: a visitor who is not signed in, the Petugas
who owns the draft, another Petugas, the Editor, the Pejabat and an administrator (superuser),
with the rights `setup_portal` grants. A cell is what the actor gets:

- `OK`: the view answers 200;
- `MASUK`: a redirect to the admin login (the anonymous column: nobody outside sees the admin);
- `TOLAK`: Wagtail's refusal (403, or the redirect to the dashboard with "no permission");
- `TAK_ADA`: 404 (a revision of another page asked for through a page the actor may edit).

The SOP's own actions (draft, submit, approve, publish, delete…) are the matrix of
tests/moderasi/test_matriks_izin.py; this one covers the rest of the admin, and a second table
posts the actions that change something and checks whether they took effect.

Cells that follow from Wagtail's design rather than from the portal's grants:
- a Petugas holds `add_page` on the sections, so Wagtail lets them explore the whole section
  (titles of other Petugas' drafts included) and use the admin API and page search there, but
  not open, preview, compare, copy or read the history of another's draft;
- the page chooser lists every page to anyone in the admin (it exists to link pages), the
  Pejabat included; the Pejabat reviews items through the inbox and the task preview only;
- the Editor may open an item waiting at the Pejabat's task but not save it
  (`ubah_saat_penyaringan` in the SOP matrix).
"""

import pytest
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils.form_data import querydict_from_html

from portal.core.models import PengaturanSitus
from portal.moderasi.models.mutu import StandarMutuBaku
from tests.akses.conftest import AKTOR
from tests.moderasi.conftest import ditolak, jepret, task_state_aktif

pytestmark = pytest.mark.django_db

OK, MASUK, TOLAK, TAK_ADA = "OK", "MASUK", "TOLAK", "TAK_ADA"
Y, T = True, False


def jawaban(respons):
    """The cell a response stands for (anything else is reported as it is)."""
    if respons.status_code == 200:
        return OK
    if respons.status_code == 404:
        return TAK_ADA
    if ditolak(respons):
        return TOLAK
    if respons.status_code == 302 and respons["Location"].startswith(reverse("wagtailadmin_login")):
        return MASUK
    return f"{respons.status_code} {respons.get('Location', '')}"


def _halaman(nama, *args):
    return reverse(f"wagtailadmin_pages:{nama}", args=args)


def _massal(aksi, *pages):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", aksi))
    return url + "?" + "&".join(f"id={page.pk}" for page in pages)


def _url_pengaturan_situs():
    return reverse(
        "wagtailsettings:edit", args=("core", "pengaturansitus", PengaturanSitus.load().pk)
    )


def _revisi(page, urutan=0):
    return page.revisions.order_by("pk")[urutan].pk


ALAMAT = {
    "jelajah_bagian_berita": lambda s: reverse(
        "wagtailadmin_explore", args=[s.tayang.get_parent().pk]
    ),
    "sunting_draf": lambda s: _halaman("edit", s.draf.pk),
    "riwayat_draf": lambda s: _halaman("history", s.draf.pk),
    "riwayat_halaman_tayang": lambda s: _halaman("history", s.tayang.pk),
    "lihat_revisi": lambda s: _halaman("revisions_view", s.draf.pk, _revisi(s.draf)),
    "bandingkan_revisi": lambda s: reverse(
        "wagtailadmin_pages:revisions_compare", args=[s.draf.pk, "earliest", "latest"]
    ),
    "lihat_revisi_halaman_lain_lewat_draf": lambda s: _halaman(
        "revisions_view", s.draf.pk, _revisi(s.ditolak)
    ),
    "bandingkan_dengan_revisi_halaman_lain": lambda s: reverse(
        "wagtailadmin_pages:revisions_compare",
        args=[s.draf.pk, "earliest", str(_revisi(s.ditolak))],
    ),
    "pratinjau_draf": lambda s: _halaman("preview_on_edit", s.draf.pk),
    "lihat_draf": lambda s: _halaman("view_draft", s.draf.pk),
    "pratinjau_tugas_pejabat": lambda s: _halaman(
        "workflow_preview", s.di_pejabat.pk, task_state_aktif(s.di_pejabat).task_id
    ),
    "buka_materi_saat_penyaringan": lambda s: _halaman("edit", s.di_pejabat.pk),
    "salin_draf": lambda s: _halaman("copy", s.draf.pk),
    "salin_halaman_tayang": lambda s: _halaman("copy", s.tayang.pk),
    "riwayat_alur_kerja": lambda s: _halaman("workflow_history", s.draf.pk),
    "riwayat_sop": lambda s: reverse("moderasi_riwayat", args=[s.draf.pk]),
    "pemakaian_halaman": lambda s: _halaman("usage", s.draf.pk),
    "atur_privasi": lambda s: _halaman("set_privacy", s.draf.pk),
    "cari_halaman_admin": lambda s: reverse("wagtailadmin_pages:search") + "?q=draf",
    "pilih_halaman": lambda s: reverse("wagtailadmin_choose_page"),
    "pilih_gambar": lambda s: reverse("wagtailimages_chooser:choose"),
    "pilih_berkas": lambda s: reverse("wagtaildocs_chooser:choose"),
    "pilih_kategori_berita": lambda s: reverse(
        "wagtailsnippetchoosers_berita_kategoriberita:choose"
    ),
    "konfirmasi_terbit_massal": lambda s: _massal("publish", s.draf),
    "aksi_massal_pengguna": lambda s: (
        reverse("wagtail_bulk_action", args=("auth", "user", "delete")) + f"?id={s.draf.owner_id}"
    ),
    "pengaturan_situs": lambda s: _url_pengaturan_situs(),
    "pengaturan_mutu_baku": lambda s: reverse(
        "wagtailsettings:edit", args=("moderasi", "standarmutubaku", StandarMutuBaku.load().pk)
    ),
    "api_admin_daftar_halaman": lambda s: "/admin/api/main/pages/",
    "api_admin_rincian_draf": lambda s: f"/admin/api/main/pages/{s.draf.pk}/",
    "api_admin_gambar": lambda s: "/admin/api/main/images/",
    "api_admin_berkas": lambda s: "/admin/api/main/documents/",
    "kelola_pengguna": lambda s: reverse("wagtailusers_users:index"),
    "kelola_grup": lambda s: reverse("wagtailusers_groups:index"),
    "alur_kerja": lambda s: reverse("wagtailadmin_workflows:index"),
    "koleksi": lambda s: reverse("wagtailadmin_collections:index"),
    "situs_wagtail": lambda s: reverse("wagtailsites:index"),
    "bahasa_konten": lambda s: reverse("wagtaillocales:index"),
    "pengalihan": lambda s: reverse("wagtailredirects:index"),
    "promosi_pencarian": lambda s: reverse("wagtailsearchpromotions:index"),
    "laporan_riwayat_situs": lambda s: reverse("wagtailadmin_reports:site_history"),
    "laporan_halaman_terkunci": lambda s: reverse("wagtailadmin_reports:locked_pages"),
    "laporan_alur_kerja": lambda s: reverse("wagtailadmin_reports:workflow"),
    "pustaka_gambar": lambda s: reverse("wagtailimages:index"),
    "pustaka_berkas": lambda s: reverse("wagtaildocs:index"),
    "kategori_berita": lambda s: reverse("wagtailsnippets_berita_kategoriberita:list"),
    "daftar_opd": lambda s: reverse("wagtailsnippets_core_opd:list"),
    "hari_libur": lambda s: reverse("wagtailsnippets_moderasi_harilibur:list"),
    "laporan_mutu_baku": lambda s: reverse("moderasi_laporan_mutu"),
    "antrean_tayang": lambda s: reverse("moderasi_antrean"),
    "kirim_terjemahan": lambda s: reverse(
        "wagtail_localize:submit_page_translation", args=[s.draf.pk]
    ),
    "hapus_kiriman_formulir": lambda s: reverse(
        "wagtailforms:delete_submissions", args=[s.draf.pk]
    ),
}

MATRIKS = [
    # alamat                                  anonim petugas petugas_lain editor pejabat admin
    ("jelajah_bagian_berita",                 (MASUK, OK,      OK,      OK,      TOLAK,   OK)),
    ("sunting_draf",                          (MASUK, OK,      TOLAK,   OK,      TOLAK,   OK)),
    ("riwayat_draf",                          (MASUK, OK,      TOLAK,   OK,      TOLAK,   OK)),
    ("riwayat_halaman_tayang",                (MASUK, OK,      TOLAK,   OK,      TOLAK,   OK)),
    ("lihat_revisi",                          (MASUK, OK,      TOLAK,   OK,      TOLAK,   OK)),
    ("bandingkan_revisi",                     (MASUK, OK,      TOLAK,   OK,      TOLAK,   OK)),
    ("lihat_revisi_halaman_lain_lewat_draf",  (MASUK, TAK_ADA, TOLAK,   TAK_ADA, TOLAK,   TAK_ADA)),
    ("bandingkan_dengan_revisi_halaman_lain", (MASUK, TAK_ADA, TOLAK,   TAK_ADA, TOLAK,   TAK_ADA)),
    ("pratinjau_draf",                        (MASUK, OK,      TOLAK,   OK,      TOLAK,   OK)),
    ("lihat_draf",                            (MASUK, OK,      TOLAK,   OK,      TOLAK,   OK)),
    ("pratinjau_tugas_pejabat",               (MASUK, TOLAK,   TOLAK,   TOLAK,   OK,      OK)),
    ("buka_materi_saat_penyaringan",          (MASUK, OK,      TOLAK,   OK,      TOLAK,   OK)),
    ("salin_draf",                            (MASUK, OK,      TOLAK,   OK,      TOLAK,   OK)),
    ("salin_halaman_tayang",                  (MASUK, OK,      TOLAK,   OK,      TOLAK,   OK)),
    ("riwayat_alur_kerja",                    (MASUK, OK,      TOLAK,   OK,      TOLAK,   OK)),
    ("riwayat_sop",                           (MASUK, OK,      TOLAK,   OK,      OK,      OK)),
    ("pemakaian_halaman",                     (MASUK, OK,      TOLAK,   OK,      TOLAK,   OK)),
    ("atur_privasi",                          (MASUK, TOLAK,   TOLAK,   TOLAK,   TOLAK,   OK)),
    ("cari_halaman_admin",                    (MASUK, OK,      OK,      OK,      TOLAK,   OK)),
    ("pilih_halaman",                         (MASUK, OK,      OK,      OK,      OK,      OK)),
    ("pilih_gambar",                          (MASUK, OK,      OK,      OK,      OK,      OK)),
    ("pilih_berkas",                          (MASUK, OK,      OK,      OK,      OK,      OK)),
    ("pilih_kategori_berita",                 (MASUK, OK,      OK,      OK,      OK,      OK)),
    ("konfirmasi_terbit_massal",              (MASUK, OK,      OK,      OK,      OK,      OK)),
    ("aksi_massal_pengguna",                  (MASUK, TOLAK,   TOLAK,   TOLAK,   TOLAK,   OK)),
    ("pengaturan_situs",                      (MASUK, TOLAK,   TOLAK,   TOLAK,   TOLAK,   OK)),
    ("pengaturan_mutu_baku",                  (MASUK, TOLAK,   TOLAK,   TOLAK,   TOLAK,   OK)),
    ("api_admin_daftar_halaman",              (MASUK, OK,      OK,      OK,      OK,      OK)),
    ("api_admin_rincian_draf",                (MASUK, OK,      OK,      OK,      TAK_ADA, OK)),
    ("api_admin_gambar",                      (MASUK, OK,      OK,      OK,      OK,      OK)),
    ("api_admin_berkas",                      (MASUK, OK,      OK,      OK,      OK,      OK)),
    ("kelola_pengguna",                       (MASUK, TOLAK,   TOLAK,   TOLAK,   TOLAK,   OK)),
    ("kelola_grup",                           (MASUK, TOLAK,   TOLAK,   TOLAK,   TOLAK,   OK)),
    ("alur_kerja",                            (MASUK, TOLAK,   TOLAK,   TOLAK,   TOLAK,   OK)),
    ("koleksi",                               (MASUK, TOLAK,   TOLAK,   TOLAK,   TOLAK,   OK)),
    ("situs_wagtail",                         (MASUK, TOLAK,   TOLAK,   TOLAK,   TOLAK,   OK)),
    ("bahasa_konten",                         (MASUK, TOLAK,   TOLAK,   TOLAK,   TOLAK,   OK)),
    ("pengalihan",                            (MASUK, TOLAK,   TOLAK,   TOLAK,   TOLAK,   OK)),
    ("promosi_pencarian",                     (MASUK, TOLAK,   TOLAK,   TOLAK,   TOLAK,   OK)),
    ("laporan_riwayat_situs",                 (MASUK, OK,      OK,      OK,      OK,      OK)),
    ("laporan_halaman_terkunci",              (MASUK, TOLAK,   TOLAK,   TOLAK,   TOLAK,   OK)),
    ("laporan_alur_kerja",                    (MASUK, OK,      OK,      OK,      TOLAK,   OK)),
    ("pustaka_gambar",                        (MASUK, OK,      OK,      OK,      TOLAK,   OK)),
    ("pustaka_berkas",                        (MASUK, OK,      OK,      OK,      TOLAK,   OK)),
    ("kategori_berita",                       (MASUK, TOLAK,   TOLAK,   OK,      TOLAK,   OK)),
    ("daftar_opd",                            (MASUK, TOLAK,   TOLAK,   OK,      TOLAK,   OK)),
    ("hari_libur",                            (MASUK, TOLAK,   TOLAK,   TOLAK,   TOLAK,   OK)),
    ("laporan_mutu_baku",                     (MASUK, TOLAK,   TOLAK,   OK,      OK,      OK)),
    ("antrean_tayang",                        (MASUK, TOLAK,   TOLAK,   OK,      OK,      OK)),
    ("kirim_terjemahan",                      (MASUK, TOLAK,   TOLAK,   TOLAK,   TOLAK,   OK)),
    ("hapus_kiriman_formulir",                (MASUK, TOLAK,   TOLAK,   TOLAK,   TOLAK,   TOLAK)),
]  # fmt: skip


def test_setiap_url_admin_ada_di_matriks():
    assert [nama for nama, _harapan in MATRIKS] == list(ALAMAT)


@pytest.mark.parametrize("kolom", range(len(AKTOR)), ids=AKTOR)
def test_matriks_url_admin(situs, sebagai, subtests, kolom):
    """One column of the table: the actor signs in once and opens every URL."""
    client = sebagai(AKTOR[kolom])
    for alamat, harapan in MATRIKS:
        url = ALAMAT[alamat](situs)
        with subtests.test(alamat=alamat):
            assert jawaban(client.get(url)) == harapan[kolom], url


# -- actions that change something: performed as each actor, then checked ----------------------


class Aksi:
    """Each action builds its own object (so one actor's success cannot hide the next one's),
    posts as the actor, and reports (response, took effect, state before, state after)."""

    def __init__(self, buat_draf, admin):
        self.buat_draf = buat_draf
        self.admin = admin

    def _pada(self, page, client, url, data, berhasil):
        sebelum = jepret(page)
        respons = client.post(url, data)
        return respons, berhasil(Page.objects.get(pk=page.pk).specific), sebelum, jepret(page)

    def terbit_massal(self, client):
        page = self.buat_draf()
        return self._pada(page, client, _massal("publish", page), {}, lambda p: p.live)

    def tarik_massal(self, client):
        page = self.buat_draf()
        page.save_revision().publish()
        return self._pada(page, client, _massal("unpublish", page), {}, lambda p: not p.live)

    def salin_draf(self, client):
        page = self.buat_draf()
        indeks = page.get_parent()
        slug = f"salinan-{page.pk}"
        sebelum = Page.objects.filter(slug=slug).count()
        respons = client.post(
            _halaman("copy", page.pk),
            {"new_title": "Salinan", "new_slug": slug, "new_parent_page": indeks.pk},
        )
        return (
            respons,
            Page.objects.filter(slug=slug).exists(),
            sebelum,
            Page.objects.filter(slug=slug).count(),
        )

    def kunci_halaman(self, client):
        page = self.buat_draf()
        return self._pada(page, client, _halaman("lock", page.pk), {}, lambda p: p.locked)

    def atur_privasi(self, client):
        page = self.buat_draf()
        sebelum = PageViewRestriction.objects.filter(page=page).count()
        respons = client.post(_halaman("set_privacy", page.pk), {"restriction_type": "login"})
        sesudah = PageViewRestriction.objects.filter(page=page).count()
        return respons, sesudah > sebelum, sebelum, sesudah

    def ubah_pengaturan_situs(self, client):
        url = _url_pengaturan_situs()
        admin = type(client)()
        admin.force_login(self.admin)
        data = querydict_from_html(admin.get(url).content.decode(), form_id="w-editor-form")
        data["nama_instansi"] = "Diubah Tanpa Izin"
        sebelum = PengaturanSitus.load().nama_instansi
        respons = client.post(url, data)
        sesudah = PengaturanSitus.load().nama_instansi
        return respons, sesudah == "Diubah Tanpa Izin", sebelum, sesudah

    def pratinjau_isian_sendiri(self, client):
        """A crafted preview: the draft's form with a new title posted to the preview view,
        then the preview opened (Wagtail keeps the posted data in the session)."""
        page = self.buat_draf()
        admin = type(client)()
        admin.force_login(self.admin)
        html = admin.get(_halaman("edit", page.pk)).content.decode()
        data = querydict_from_html(html, form_id="page-edit-form")
        from tests.moderasi.conftest import data_isi

        data.update(data_isi(html))
        data["title"] = "Judul Pratinjau Buatan"
        url = _halaman("preview_on_edit", page.pk)
        respons = client.post(url, data)
        if ditolak(respons):
            return respons, False, None, None
        tampil = client.get(url)
        return respons, "Judul Pratinjau Buatan" in tampil.content.decode(), None, None


AKSI = [
    # aksi                      petugas petugas_lain editor pejabat admin
    ("terbit_massal",           (T,     T,           T,     T,      Y)),
    ("tarik_massal",            (T,     T,           T,     T,      Y)),
    ("salin_draf",              (Y,     T,           Y,     T,      Y)),
    ("kunci_halaman",           (T,     T,           T,     T,      Y)),
    ("atur_privasi",            (T,     T,           T,     T,      Y)),
    ("ubah_pengaturan_situs",   (T,     T,           T,     T,      Y)),
    ("pratinjau_isian_sendiri", (Y,     T,           Y,     T,      Y)),
]  # fmt: skip


@pytest.mark.usefixtures("jam_kerja")
@pytest.mark.parametrize(("aksi", "harapan"), AKSI, ids=[baris[0] for baris in AKSI])
def test_matriks_aksi_admin(sebagai, buat_draf, admin_portal, subtests, aksi, harapan):
    pelaku = Aksi(buat_draf, admin_portal)
    for nama, boleh in zip(AKTOR[1:], harapan, strict=True):
        with subtests.test(aktor=nama, boleh=boleh):
            respons, berhasil, sebelum, sesudah = getattr(pelaku, aksi)(sebagai(nama))
            if boleh:
                assert berhasil, respons
            else:
                assert not berhasil and sebelum == sesudah, respons
                assert respons.status_code in (200, 302, 403), respons
