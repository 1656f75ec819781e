"""Who reaches which admin URL: every route of the admin × every actor, through HTTP.

The routes are not a hand-kept list: `rute_admin()` (tests/akses/conftest.py) walks Django's URL
resolver under /admin/, and `test_setiap_rute_admin_punya_harapan` fails, naming the route, when
the admin serves a route the table below does not hold (a Wagtail upgrade, a new hook, a new
snippet or setting) or the table holds one the admin no longer serves. Every route has at least
one row; a route that takes an object is asked about the objects of `Basis` that tell the
actors apart (Petugas A's draft and Petugas B's, A's image, B's document…).

Columns are the actors: a visitor who is not signed in, Petugas A (who writes berita) and
Petugas B (who writes documents) — both members of the one Petugas group —, the Editor, the
Pejabat and an administrator (superuser), with the rights `setup_portal` grants. A cell is what
the actor gets:

- `OK`: 200; `ALIH`: a redirect elsewhere than the login or a refusal (an allowed step);
- `UBAH`: (rows that post) the request changed the database, as the action should; a posting
  row's `OK`/`ALIH` changed nothing (a form answered again, the editor's "locked" answer);
- `MASUK`: a redirect to the admin login (the anonymous column: nobody outside sees the admin);
- `TOLAK`: Wagtail's refusal (403, or the redirect to the dashboard with "no permission");
- `TAK_ADA`: 404; `T405`: the method is not the route's (it answers only to another);
- `GALAT`: the view raises (Wagtail's deliberate error page, `wagtailadmin_error_test`).

Every request runs in a savepoint rolled back after it, so the rows do not depend on each other
and one actor's allowed action cannot hide the next actor's. Whatever the actor is refused, the
database must be left as it was (`jepret_basis_data()`: the row count of every model and the
revisions' (id, object_id, created_at), compared before and after): `kirim` rows post their
form (for edit forms the administrator's own form, with a change) and every refused `lihat`
row is posted to as well, with an empty form.

The SOP's own actions (draft, submit, approve, publish, delete…) are also the matrix of
tests/moderasi/test_matriks_izin.py, with their effect on the workflow state.

Cells that follow from Wagtail's design rather than from the portal's grants:
- a Petugas holds `add_page` on the sections, so Wagtail lets them explore the whole section
  (titles of other Petugas' drafts included) and use the admin API and page search there, but
  not open, preview, compare, copy or read the history of another's draft;
- the page chooser lists every page to anyone in the admin (it exists to link pages), the
  Pejabat included; the Pejabat reviews items through the inbox and the task preview only;
- the Editor may open an item waiting at the Pejabat's task but not save it
  (`ubah_saat_penyaringan` in the SOP matrix).
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

import pytest
from django.contrib import messages
from django.db import transaction
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from tests.akses.conftest import AKTOR, KlienAktor, jepret_basis_data, rute_admin
from tests.moderasi.conftest import data_isi

pytestmark = pytest.mark.django_db

OK, ALIH, UBAH, MASUK, TOLAK, TAK_ADA, T405, GALAT = (
    "OK", "ALIH", "UBAH", "MASUK", "TOLAK", "TAK_ADA", "T405", "GALAT"
)  # fmt: skip
DITOLAK = {MASUK, TOLAK, TAK_ADA}


class _Objek:
    """`B.draf_a` in the table: the Basis object of that name (its pk in a URL or a form)."""

    def __getattr__(self, nama):
        return _Acuan(nama)


@dataclass(frozen=True)
class _Acuan:
    nama: str

    def dari(self, basis):
        nilai = getattr(basis, self.nama)
        return getattr(nilai, "pk", nilai)


B = _Objek()


def _nilai(nilai, basis):
    return nilai.dari(basis) if isinstance(nilai, _Acuan) else nilai


def form_admin(form_id, **ubah):
    """The form the administrator's browser gets at the row's URL, with `ubah` applied: what a
    refused actor posts is then a form that does change the data (the admin column shows it)."""

    def _isian(basis, url, admin):
        data = querydict_from_html(admin.get(url).content.decode(), form_id=form_id)
        for kunci, nilai in ubah.items():
            data[kunci] = nilai
        return data

    return _isian


def form_edit_halaman(**ubah):
    """The page editor's form (its StreamField as the editor's JavaScript posts it)."""

    def _isian(basis, url, admin):
        html = admin.get(url).content.decode()
        data = querydict_from_html(html, form_id="page-edit-form")
        if 'id="isi"' in html:  # the berita's StreamField (a document has none)
            data.update(data_isi(html))
        for kunci, nilai in ubah.items():
            data[kunci] = nilai
        return data

    return _isian


@dataclass(frozen=True)
class Baris:
    rute: str
    argumen: tuple
    harapan: tuple
    metode: str = "GET"
    varian: str = ""
    kueri: dict = field(default_factory=dict)
    isian: object = None
    jalur: str = ""  # the path of an unnamed route

    @property
    def nama(self):
        return f"{self.metode} {self.rute} {self.varian}".strip()

    def url(self, basis, rute):
        if rute.nama is None:
            alamat = self.jalur
        else:
            alamat = reverse(rute.nama, args=[_nilai(a, basis) for a in self.argumen])
        if self.kueri:
            alamat += "?" + urlencode({k: _nilai(v, basis) for k, v in self.kueri.items()})
        return alamat

    def objek(self, basis):
        """The Basis objects the row names (in its URL or its query)."""
        acuan = [*self.argumen, *self.kueri.values()]
        return [getattr(basis, a.nama) for a in acuan if isinstance(a, _Acuan)]

    def data(self, basis, url, admin):
        if callable(self.isian):
            return self.isian(basis, url, admin)
        return {k: _nilai(v, basis) for k, v in (self.isian or {}).items()}


def lihat(rute, argumen, *harapan, **opsi):
    """A row opened with GET; a refused actor also posts to it, and changes nothing."""
    return Baris(rute, tuple(argumen), harapan, "GET", **opsi)


def kirim(rute, argumen, *harapan, metode="POST", **opsi):
    """A row that posts (or PUTs) its `isian`; `UBAH` where the change must happen."""
    return Baris(rute, tuple(argumen), harapan, metode, **opsi)


# fmt: off
MATRIKS = [
    # rute, argumen (B.x: the Basis object x)
    #     anonim, petugas_a, petugas_b, editor, pejabat, admin_portal
    lihat("wagtailadmin_home", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("admin/test404/", [],
        MASUK, OK, OK, OK, OK, OK, jalur="/admin/test404/"),
    lihat("wagtailadmin_api:pages:listing", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_api:pages:detail", [B.draf_a],
        MASUK, OK, OK, OK, TAK_ADA, OK, varian="draf A"),
    lihat("wagtailadmin_api:pages:detail", [B.draf_b],
        # Petugas A reads Petugas B's draft (and B A's) through the admin API: see the
        # module's docstring (Wagtail lists a section to whoever may add pages in it).
        MASUK, OK, OK, OK, TAK_ADA, OK, varian="draf B"),
    lihat("wagtailadmin_api:pages:find", [],
        MASUK, ALIH, ALIH, ALIH, TAK_ADA, ALIH, kueri={"id": B.draf_a}),
    kirim("wagtailadmin_api:pages:action", [B.draf_a, "copy"],
        MASUK, TAK_ADA, TAK_ADA, TAK_ADA, TAK_ADA, TAK_ADA,
        isian={"destination_page_id": B.indeks_berita}),
    lihat("wagtailadmin_api:documents:listing", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_api:documents:detail", [B.berkas_b],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_api:documents:find", [],
        MASUK, ALIH, ALIH, ALIH, ALIH, ALIH, kueri={"id": B.berkas_b}),
    lihat("wagtailadmin_api:images:listing", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_api:images:detail", [B.gambar_a],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_api:images:find", [],
        MASUK, ALIH, ALIH, ALIH, ALIH, ALIH, kueri={"id": B.gambar_a}),
    lihat("wagtailadmin_error_test", [],
        # Wagtail's deliberate error page (500 to the browser).
        MASUK, GALAT, GALAT, GALAT, GALAT, GALAT),
    lihat("wagtailadmin_explore_root", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailadmin_explore", [B.indeks_berita],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailadmin_explore_results", [B.indeks_berita],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtail_bulk_action", ["wagtailcore", "page", "publish"],
        MASUK, OK, OK, OK, OK, OK, varian="terbitkan draf A", kueri={"id": B.draf_a}),
    kirim("wagtail_bulk_action", ["wagtailcore", "page", "publish"],
        MASUK, ALIH, ALIH, ALIH, ALIH, UBAH,
        varian="terbitkan draf A", kueri={"id": B.draf_a}),
    kirim("wagtail_bulk_action", ["wagtailcore", "page", "unpublish"],
        MASUK, ALIH, ALIH, ALIH, ALIH, UBAH,
        varian="tarik berita tayang", kueri={"id": B.tayang_a}),
    kirim("wagtail_bulk_action", ["wagtailcore", "page", "delete"],
        MASUK, UBAH, ALIH, UBAH, ALIH, UBAH, varian="hapus draf A", kueri={"id": B.draf_a}),
    kirim("wagtail_bulk_action", ["wagtailcore", "page", "delete"],
        MASUK, ALIH, UBAH, UBAH, ALIH, UBAH, varian="hapus draf B", kueri={"id": B.draf_b}),
    kirim("wagtail_bulk_action", ["wagtailcore", "page", "move"],
        MASUK, OK, ALIH, OK, ALIH, OK,
        varian="pindah draf A", kueri={"id": B.draf_a}, isian={"chooser": B.indeks_berita_en}),
    lihat("wagtail_bulk_action", ["auth", "user", "delete"],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK,
        varian="hapus pengguna", kueri={"id": B.petugas_b}),
    kirim("wagtail_bulk_action", ["auth", "user", "delete"],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH,
        varian="hapus pengguna", kueri={"id": B.petugas_b}),
    kirim("wagtail_bulk_action", ["auth", "user", "set_active_state"],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH,
        varian="nonaktifkan pengguna",
        kueri={"id": B.petugas_b},
        isian={"mark_as_active": "False"}),
    kirim("wagtail_bulk_action", ["auth", "user", "assign_role"],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH,
        varian="beri peran pengguna",
        kueri={"id": B.petugas_b},
        isian={"action": "assign", "role": B.grup_editor}),
    kirim("wagtail_bulk_action", ["wagtailimages", "image", "delete"],
        MASUK, UBAH, ALIH, UBAH, ALIH, UBAH,
        varian="hapus gambar A", kueri={"id": B.gambar_a}),
    kirim("wagtail_bulk_action", ["wagtaildocs", "document", "delete"],
        MASUK, ALIH, UBAH, UBAH, ALIH, UBAH,
        varian="hapus berkas B", kueri={"id": B.berkas_b}),
    kirim("wagtail_bulk_action", ["wagtaildocs", "document", "add_to_collection"],
        MASUK, ALIH, UBAH, UBAH, OK, UBAH,
        varian="pindah koleksi berkas B",
        kueri={"id": B.berkas_b},
        isian={"collection": B.koleksi_berita}),
    kirim("wagtail_bulk_action", ["berita", "kategoriberita", "delete"],
        MASUK, ALIH, ALIH, ALIH, ALIH, UBAH,
        varian="hapus kategori", kueri={"id": B.kategori}),
    lihat("wagtailadmin_pages:add", ["berita", "beritapage", B.indeks_berita],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailadmin_pages:preview_on_add", ["berita", "beritapage", B.indeks_berita],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailadmin_pages:type_use", ["berita", "beritapage"],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailadmin_pages:choose_parent", ["berita", "beritapage"],
        MASUK, ALIH, ALIH, ALIH, OK, ALIH),
    lihat("wagtailadmin_pages:type_use_results", ["berita", "beritapage"],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailadmin_pages:usage", [B.draf_a],
        MASUK, OK, TOLAK, OK, TOLAK, OK, varian="draf A"),
    lihat("wagtailadmin_pages:usage", [B.draf_b],
        MASUK, TOLAK, OK, OK, TOLAK, OK, varian="draf B"),
    lihat("wagtailadmin_pages:edit", [B.draf_a],
        MASUK, OK, TOLAK, OK, TOLAK, OK, varian="draf A"),
    lihat("wagtailadmin_pages:edit", [B.draf_b],
        MASUK, TOLAK, OK, OK, TOLAK, OK, varian="draf B"),
    lihat("wagtailadmin_pages:edit", [B.di_pejabat],
        MASUK, OK, TOLAK, OK, TOLAK, OK, varian="materi di tugas Pejabat"),
    kirim("wagtailadmin_pages:edit", [B.draf_a],
        MASUK, UBAH, TOLAK, UBAH, TOLAK, UBAH,
        varian="simpan draf A", isian=form_edit_halaman(title="Diubah")),
    kirim("wagtailadmin_pages:edit", [B.draf_b],
        MASUK, TOLAK, UBAH, UBAH, TOLAK, UBAH,
        varian="simpan draf B", isian=form_edit_halaman(title="Diubah")),
    kirim("wagtailadmin_pages:edit", [B.di_pejabat],
        # Petugas A, the Editor and the administrator get the editor's "locked" answer (200)
        # and nothing is saved: nobody edits an item while the Pejabat filters it.
        MASUK, OK, TOLAK, OK, TOLAK, OK,
        varian="simpan materi di tugas Pejabat", isian=form_edit_halaman(title="Diubah")),
    lihat("wagtailadmin_pages:preview_on_edit", [B.draf_a],
        MASUK, OK, TOLAK, OK, TOLAK, OK, varian="draf A"),
    lihat("wagtailadmin_pages:preview_on_edit", [B.draf_b],
        MASUK, TOLAK, OK, OK, TOLAK, OK, varian="draf B"),
    lihat("wagtailadmin_pages:view_draft", [B.draf_a],
        MASUK, OK, TOLAK, OK, TOLAK, OK, varian="draf A"),
    lihat("wagtailadmin_pages:view_draft", [B.draf_b],
        MASUK, TOLAK, OK, OK, TOLAK, OK, varian="draf B"),
    lihat("wagtailadmin_pages:add_subpage", [B.indeks_berita],
        MASUK, OK, OK, OK, TOLAK, OK),
    kirim("wagtailadmin_pages:delete", [B.draf_a],
        MASUK, UBAH, TOLAK, UBAH, TOLAK, UBAH, varian="draf A"),
    kirim("wagtailadmin_pages:delete", [B.draf_b],
        MASUK, TOLAK, UBAH, UBAH, TOLAK, UBAH, varian="draf B"),
    kirim("wagtailadmin_pages:unpublish", [B.tayang_a],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH),
    lihat("wagtailadmin_pages:convert_alias", [B.draf_a],
        MASUK, TAK_ADA, TAK_ADA, TAK_ADA, TAK_ADA, TAK_ADA),
    lihat("wagtailadmin_pages:search", [],
        MASUK, OK, OK, OK, TOLAK, OK, kueri={"q": "draf"}),
    lihat("wagtailadmin_pages:search_results", [],
        MASUK, OK, OK, OK, TOLAK, OK, kueri={"q": "draf"}),
    lihat("wagtailadmin_pages:move", [B.draf_a],
        MASUK, OK, TOLAK, OK, TOLAK, OK),
    kirim("wagtailadmin_pages:move_confirm", [B.draf_a, B.indeks_berita_en],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, TOLAK),
    kirim("wagtailadmin_pages:set_page_position", [B.draf_a],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK, kueri={"position": 0}),
    lihat("wagtailadmin_pages:copy", [B.draf_a],
        MASUK, OK, TOLAK, OK, TOLAK, OK, varian="draf A"),
    lihat("wagtailadmin_pages:copy", [B.draf_b],
        MASUK, TOLAK, OK, OK, TOLAK, OK, varian="draf B"),
    lihat("wagtailadmin_pages:copy", [B.tayang_a],
        MASUK, OK, TOLAK, OK, TOLAK, OK, varian="berita tayang"),
    kirim("wagtailadmin_pages:copy", [B.draf_a],
        MASUK, UBAH, TOLAK, UBAH, TOLAK, UBAH,
        varian="salin draf A",
        isian={
            "new_title": "Salinan", "new_slug": "salinan-draf", "new_parent_page": B.indeks_berita
        }),
    kirim("wagtailadmin_pages:workflow_action", [B.di_editor, "approve", B.task_state_editor],
        MASUK, TOLAK, TOLAK, UBAH, TOLAK, UBAH,
        varian="setujui di tugas Editor", isian={"comment": ""}),
    kirim("wagtailadmin_pages:workflow_action", [B.di_pejabat, "approve", B.task_state_pejabat],
        MASUK, TOLAK, TOLAK, TOLAK, UBAH, UBAH,
        varian="setujui di tugas Pejabat", isian={"comment": ""}),
    kirim("wagtailadmin_pages:workflow_action", [B.di_editor, "reject", B.task_state_editor],
        MASUK, TOLAK, TOLAK, UBAH, TOLAK, UBAH,
        varian="kembalikan di tugas Editor", isian={"comment": "Perbaiki datanya"}),
    kirim("wagtailadmin_pages:workflow_action", [B.di_pejabat, "perbaikan", B.task_state_pejabat],
        MASUK, TOLAK, TOLAK, TOLAK, UBAH, UBAH,
        varian="perbaikan di tugas Pejabat", isian={"comment": "Perbaiki datanya"}),
    lihat("wagtailadmin_pages:collect_workflow_action_data",
        [B.di_pejabat, "reject", B.task_state_pejabat],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, TOLAK),
    lihat("wagtailadmin_pages:confirm_workflow_cancellation", [B.di_editor],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_pages:workflow_preview", [B.di_pejabat, B.tugas_pejabat],
        MASUK, TOLAK, TOLAK, TOLAK, OK, OK),
    lihat("wagtailadmin_pages:set_privacy", [B.draf_a],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    kirim("wagtailadmin_pages:set_privacy", [B.draf_a],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH, isian={"restriction_type": "login"}),
    kirim("wagtailadmin_pages:lock", [B.draf_a],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH),
    kirim("wagtailadmin_pages:unlock", [B.terkunci],
        MASUK, TOLAK, TOLAK, UBAH, TOLAK, UBAH),
    lihat("wagtailadmin_pages:revisions_index", [B.draf_a],
        MASUK, ALIH, ALIH, ALIH, ALIH, ALIH),
    lihat("wagtailadmin_pages:revisions_view", [B.draf_a, B.revisi_draf_a],
        MASUK, OK, TOLAK, OK, TOLAK, OK, varian="draf A"),
    lihat("wagtailadmin_pages:revisions_view", [B.draf_a, B.revisi_tayang_a],
        MASUK, TAK_ADA, TOLAK, TAK_ADA, TOLAK, TAK_ADA,
        varian="revisi halaman lain lewat draf A"),
    lihat("wagtailadmin_pages:revisions_revert", [B.draf_a, B.revisi_draf_a],
        MASUK, OK, TOLAK, OK, TOLAK, OK, varian="draf A"),
    kirim("wagtailadmin_pages:revisions_revert", [B.draf_a, B.revisi_draf_a],
        MASUK, UBAH, TOLAK, UBAH, TOLAK, UBAH,
        varian="kembalikan draf A", isian=form_edit_halaman()),
    lihat("wagtailadmin_pages:revisions_unschedule", [B.terjadwal, B.revisi_terjadwal],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    kirim("wagtailadmin_pages:revisions_unschedule", [B.terjadwal, B.revisi_terjadwal],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH),
    lihat("wagtailadmin_pages:revisions_compare", [B.draf_a, "earliest", "latest"],
        MASUK, OK, TOLAK, OK, TOLAK, OK, varian="draf A"),
    lihat("wagtailadmin_pages:revisions_compare", [B.draf_a, "earliest", B.revisi_tayang_a],
        MASUK, TAK_ADA, TOLAK, TAK_ADA, TOLAK, TAK_ADA, varian="dengan revisi halaman lain"),
    lihat("wagtailadmin_pages:workflow_history", [B.draf_a],
        MASUK, OK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailadmin_pages:workflow_history_detail", [B.di_pejabat, B.workflow_state_pejabat],
        MASUK, OK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailadmin_pages:history", [B.draf_a],
        MASUK, OK, TOLAK, OK, TOLAK, OK, varian="draf A"),
    lihat("wagtailadmin_pages:history", [B.tayang_a],
        MASUK, OK, TOLAK, OK, TOLAK, OK, varian="berita tayang"),
    lihat("wagtailadmin_pages:history_results", [B.draf_a],
        MASUK, OK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailadmin_choose_page", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_choose_page_child", [B.indeks_berita],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_choose_page_search", [],
        MASUK, OK, OK, OK, OK, OK, kueri={"q": "draf"}),
    lihat("wagtailadmin_choose_page_chosen_multiple", [],
        MASUK, OK, OK, OK, OK, OK, kueri={"id": B.draf_a}),
    lihat("wagtailadmin_choose_page_external_link", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_choose_page_email_link", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_choose_page_phone_link", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_choose_page_anchor_link", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_tag_autocomplete", [],
        MASUK, OK, OK, OK, OK, OK, kueri={"term": "ban"}),
    lihat("wagtailadmin_tag_model_autocomplete", ["berita", "beritapagetag"],
        MASUK, TAK_ADA, TAK_ADA, TAK_ADA, TAK_ADA, TAK_ADA, kueri={"term": "ban"}),
    lihat("wagtailadmin_collections:index", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailadmin_collections:add", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailadmin_collections:edit", [B.koleksi_berita],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    kirim("wagtailadmin_collections:delete", [B.koleksi_kosong],
        MASUK, TAK_ADA, TAK_ADA, TAK_ADA, TAK_ADA, UBAH),
    lihat("wagtailadmin_collections:set_privacy", [B.koleksi_berita],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailadmin_workflows:index", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailadmin_workflows:index_results", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailadmin_workflows:add", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    kirim("wagtailadmin_workflows:enable", [B.alur],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, ALIH),
    kirim("wagtailadmin_workflows:disable", [B.alur],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH),
    lihat("wagtailadmin_workflows:edit", [B.alur],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailadmin_workflows:usage", [B.alur],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailadmin_workflows:usage_results", [B.alur],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    kirim("wagtailadmin_workflows:remove(page_pk)", [B.beranda],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH),
    kirim("wagtailadmin_workflows:remove(page_pk, workflow_pk)", [B.beranda, B.alur],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH),
    lihat("wagtailadmin_workflows:add_task", ["moderasi", "editortask"],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailadmin_workflows:select_task_type", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailadmin_workflows:task_index", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailadmin_workflows:task_index_results", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailadmin_workflows:edit_task", [B.tugas_editor],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    kirim("wagtailadmin_workflows:disable_task", [B.tugas_editor],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH),
    kirim("wagtailadmin_workflows:enable_task", [B.tugas_editor],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, ALIH),
    lihat("wagtailadmin_workflows:task_chooser", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_workflows:task_chooser_results", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_workflows:task_chooser_create", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_workflows:task_chosen", [B.tugas_editor],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_reports:locked_pages", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailadmin_reports:locked_pages_results", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailadmin_reports:workflow", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailadmin_reports:workflow_results", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailadmin_reports:workflow_tasks", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailadmin_reports:workflow_tasks_results", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailadmin_reports:site_history", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_reports:site_history_results", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_reports:aging_pages", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailadmin_reports:aging_pages_results", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailadmin_reports:page_types_usage", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailadmin_reports:page_types_usage_results", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailadmin_account", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_logout", [],
        MASUK, T405, T405, T405, T405, T405),
    lihat("wagtailadmin_dismissibles", [],
        MASUK, OK, OK, OK, OK, OK),
    kirim("wagtailadmin_editing_sessions:ping", ["wagtailcore", "page", B.draf_a, B.sesi_sunting],
        MASUK, OK, TAK_ADA, OK, TAK_ADA, OK),
    kirim("wagtailadmin_editing_sessions:release", [B.sesi_sunting],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_block_preview", [],
        MASUK, TAK_ADA, TAK_ADA, TAK_ADA, TAK_ADA, TAK_ADA),
    lihat("akun_otp_kode", [],
        MASUK, ALIH, ALIH, ALIH, ALIH, ALIH),
    lihat("akun_otp_daftar", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtail_localize:javascript_catalog", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtail_localize:submit_page_translation", [B.draf_a],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtail_localize:submit_snippet_translation", ["berita", "kategoriberita", B.kategori],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtail_localize:update_translations", [B.sumber_terjemahan],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    kirim("wagtail_localize:edit_string_translation", [B.terjemahan, B.segmen_terjemahan],
        MASUK, UBAH, TOLAK, UBAH, TOLAK, UBAH, metode="PUT", isian={"value": "Terjemahan"}),
    kirim("wagtail_localize:edit_override", [B.terjemahan, B.segmen_terjemahan],
        MASUK, UBAH, TOLAK, UBAH, TOLAK, UBAH, metode="PUT", isian={"value": "Terjemahan"}),
    lihat("wagtail_localize:download_pofile", [B.terjemahan],
        MASUK, OK, TOLAK, OK, TOLAK, OK),
    kirim("wagtail_localize:upload_pofile", [B.terjemahan],
        # Allowed, but wagtail-localize raises on a post without its file (a 500, its bug,
        # not a refusal); nothing changes.
        MASUK, GALAT, TOLAK, GALAT, TOLAK, GALAT),
    kirim("wagtail_localize:machine_translate", [B.terjemahan],
        MASUK, TAK_ADA, TAK_ADA, TAK_ADA, TAK_ADA, TAK_ADA),
    lihat("wagtail_localize:preview_translation(translation_id)", [B.terjemahan],
        MASUK, OK, TOLAK, OK, TOLAK, OK),
    lihat("wagtail_localize:preview_translation(translation_id, mode)", [B.terjemahan, "lain"],
        MASUK, TAK_ADA, TOLAK, TAK_ADA, TOLAK, TAK_ADA),
    kirim("wagtail_localize:stop_translation", [B.terjemahan],
        MASUK, UBAH, TOLAK, UBAH, TOLAK, UBAH),
    lihat("wagtail_localize:convert_to_alias", [B.halaman_terjemahan],
        MASUK, OK, TOLAK, OK, TOLAK, OK),
    lihat("wagtail_localize:translations_report", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtail_localize:snippets_api_listing", ["berita", "kategoriberita"],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtail_localize:snippets_api_detail", ["berita", "kategoriberita", B.kategori],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtail_localize:translations_report_results", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailforms:index", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailforms:index_results", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailforms:list_submissions", [B.draf_a],
        MASUK, TAK_ADA, TAK_ADA, TAK_ADA, TAK_ADA, TAK_ADA),
    lihat("wagtailforms:list_submissions_results", [B.draf_a],
        MASUK, TAK_ADA, TAK_ADA, TAK_ADA, TAK_ADA, TAK_ADA),
    lihat("wagtailforms:delete_submissions", [B.draf_a],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, TOLAK),
    lihat("wagtailredirects:index", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailredirects:index_results", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailredirects:add", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailredirects:edit", [B.pengalihan],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    kirim("wagtailredirects:delete", [B.pengalihan],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH),
    lihat("wagtailredirects:start_import", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailredirects:process_import", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, T405),
    lihat("wagtailsettings:edit(app_name, model_name)", ["core", "pengaturansitus"],
        MASUK, ALIH, ALIH, ALIH, ALIH, ALIH),
    lihat("wagtailsettings:edit(app_name, model_name, pk)",
        ["core", "pengaturansitus", B.pengaturan_situs],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK, varian="pengaturan situs"),
    lihat("wagtailsettings:edit(app_name, model_name, pk)",
        ["moderasi", "standarmutubaku", B.mutu_baku],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK, varian="standar mutu baku"),
    kirim("wagtailsettings:edit(app_name, model_name, pk)",
        ["core", "pengaturansitus", B.pengaturan_situs],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH,
        varian="ubah pengaturan situs",
        isian=form_admin("w-editor-form", nama_instansi="Diubah Tanpa Izin")),
    lihat("wagtailsettings:preview_on_edit", ["core", "pengaturansitus", B.pengaturan_situs],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, TAK_ADA),
    lihat("wagtailsearchpromotions:index", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsearchpromotions:index_results", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsearchpromotions:add", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsearchpromotions:edit", [B.kueri_promosi],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    kirim("wagtailsearchpromotions:delete", [B.kueri_promosi],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH),
    lihat("wagtailsearchpromotions:chooser", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailsearchpromotions:chooserresults", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailsearchpromotions:search_terms", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsearchpromotions:search_terms_results", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailembeds:chooser", [],
        MASUK, OK, OK, OK, OK, OK),
    kirim("wagtailembeds:chooser_upload", [],
        MASUK, OK, OK, OK, OK, OK, isian={"embed-chooser-url": "https://example.com/video"}),
    lihat("wagtaildocs:index", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtaildocs:index_results", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtaildocs:add", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtaildocs:edit", [B.berkas_b],
        MASUK, TOLAK, OK, OK, TOLAK, OK),
    kirim("wagtaildocs:delete", [B.berkas_b],
        MASUK, TOLAK, UBAH, UBAH, TOLAK, UBAH),
    lihat("wagtaildocs:add_multiple", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    kirim("wagtaildocs:edit_multiple", [B.berkas_b],
        MASUK, TOLAK, OK, OK, TOLAK, OK),
    kirim("wagtaildocs:create_multiple_from_uploaded_document", [B.unggahan_berkas_b],
        # Petugas B's own upload: Wagtail raises (ValueError) on the empty form.
        MASUK, TOLAK, GALAT, TOLAK, TOLAK, TOLAK),
    kirim("wagtaildocs:delete_multiple", [B.berkas_b],
        MASUK, TOLAK, UBAH, UBAH, TOLAK, UBAH),
    kirim("wagtaildocs:delete_upload_multiple", [B.unggahan_berkas_b],
        MASUK, TOLAK, UBAH, TOLAK, TOLAK, TOLAK),
    lihat("wagtaildocs:document_usage", [B.berkas_b],
        MASUK, TOLAK, OK, OK, TOLAK, OK),
    lihat("wagtailimages:index", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailimages:index_results", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailimages:edit", [B.gambar_a],
        MASUK, OK, TOLAK, OK, TOLAK, OK),
    kirim("wagtailimages:delete", [B.gambar_a],
        MASUK, UBAH, TOLAK, UBAH, TOLAK, UBAH),
    lihat("wagtailimages:url_generator", [B.gambar_a],
        MASUK, TAK_ADA, TAK_ADA, TAK_ADA, TOLAK, TAK_ADA),
    lihat("wagtailimages:url_generator_output", [B.gambar_a],
        MASUK, TAK_ADA, TAK_ADA, TAK_ADA, TOLAK, TAK_ADA, kueri={"filter_method": "original"}),
    lihat("wagtailimages:preview", [B.gambar_a, "original"],
        MASUK, OK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailimages:add", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailimages:image_usage", [B.gambar_a],
        MASUK, OK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailimages:add_multiple", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    kirim("wagtailimages:edit_multiple", [B.gambar_a],
        MASUK, OK, TOLAK, OK, TOLAK, OK),
    kirim("wagtailimages:create_multiple_from_uploaded_image", [B.unggahan_gambar_a],
        MASUK, OK, TOLAK, TOLAK, TOLAK, TOLAK),
    kirim("wagtailimages:delete_multiple", [B.gambar_a],
        MASUK, UBAH, TOLAK, UBAH, TOLAK, UBAH),
    kirim("wagtailimages:delete_upload_multiple", [B.unggahan_gambar_a],
        MASUK, UBAH, TOLAK, TOLAK, TOLAK, TOLAK),
    lihat("wagtailsnippets_berita_kategoriberita:list", [],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_berita_kategoriberita:list_results", [],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_berita_kategoriberita:add", [],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_berita_kategoriberita:edit", [B.kategori],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    kirim("wagtailsnippets_berita_kategoriberita:delete", [B.kategori],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH),
    lihat("wagtailsnippets_berita_kategoriberita:usage", [B.kategori],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_berita_kategoriberita:history", [B.kategori],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_berita_kategoriberita:history_results", [B.kategori],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_berita_kategoriberita:copy", [B.kategori],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippetchoosers_berita_kategoriberita:choose", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailsnippetchoosers_berita_kategoriberita:choose_results", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailsnippetchoosers_berita_kategoriberita:chosen", [B.kategori],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailsnippetchoosers_berita_kategoriberita:chosen_multiple", [],
        MASUK, OK, OK, OK, OK, OK, kueri={"id": B.kategori}),
    lihat("wagtailsnippetchoosers_berita_kategoriberita:create", [],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_dokumen_jenisdokumen:list", [],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_dokumen_jenisdokumen:list_results", [],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_dokumen_jenisdokumen:add", [],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_dokumen_jenisdokumen:edit", [B.jenis_dokumen],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    kirim("wagtailsnippets_dokumen_jenisdokumen:delete", [B.jenis_dokumen],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH),
    lihat("wagtailsnippets_dokumen_jenisdokumen:usage", [B.jenis_dokumen],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_dokumen_jenisdokumen:history", [B.jenis_dokumen],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_dokumen_jenisdokumen:history_results", [B.jenis_dokumen],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_dokumen_jenisdokumen:copy", [B.jenis_dokumen],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippetchoosers_dokumen_jenisdokumen:choose", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailsnippetchoosers_dokumen_jenisdokumen:choose_results", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailsnippetchoosers_dokumen_jenisdokumen:chosen", [B.jenis_dokumen],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailsnippetchoosers_dokumen_jenisdokumen:chosen_multiple", [],
        MASUK, OK, OK, OK, OK, OK, kueri={"id": B.jenis_dokumen}),
    lihat("wagtailsnippetchoosers_dokumen_jenisdokumen:create", [],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_core_opd:list", [],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_core_opd:list_results", [],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_core_opd:add", [],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_core_opd:edit", [B.opd],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    kirim("wagtailsnippets_core_opd:delete", [B.opd],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH),
    lihat("wagtailsnippets_core_opd:usage", [B.opd],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_core_opd:history", [B.opd],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_core_opd:history_results", [B.opd],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_core_opd:copy", [B.opd],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippetchoosers_core_opd:choose", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailsnippetchoosers_core_opd:choose_results", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailsnippetchoosers_core_opd:chosen", [B.opd],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailsnippetchoosers_core_opd:chosen_multiple", [],
        MASUK, OK, OK, OK, OK, OK, kueri={"id": B.opd}),
    lihat("wagtailsnippetchoosers_core_opd:create", [],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtailsnippets_moderasi_jamkerjaharian:list", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsnippets_moderasi_jamkerjaharian:list_results", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsnippets_moderasi_jamkerjaharian:add", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, TOLAK),
    lihat("wagtailsnippets_moderasi_jamkerjaharian:edit", [B.jam_kerja],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    kirim("wagtailsnippets_moderasi_jamkerjaharian:delete", [B.jam_kerja],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, TOLAK),
    lihat("wagtailsnippets_moderasi_jamkerjaharian:usage", [B.jam_kerja],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsnippets_moderasi_jamkerjaharian:history", [B.jam_kerja],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsnippets_moderasi_jamkerjaharian:history_results", [B.jam_kerja],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsnippetchoosers_moderasi_jamkerjaharian:choose", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailsnippetchoosers_moderasi_jamkerjaharian:choose_results", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailsnippetchoosers_moderasi_jamkerjaharian:chosen", [B.jam_kerja],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailsnippetchoosers_moderasi_jamkerjaharian:chosen_multiple", [],
        MASUK, OK, OK, OK, OK, OK, kueri={"id": B.jam_kerja}),
    lihat("wagtailsnippetchoosers_moderasi_jamkerjaharian:create", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, TOLAK),
    lihat("wagtailsnippets_moderasi_harilibur:list", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsnippets_moderasi_harilibur:list_results", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsnippets_moderasi_harilibur:add", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsnippets_moderasi_harilibur:edit", [B.hari_libur],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    kirim("wagtailsnippets_moderasi_harilibur:delete", [B.hari_libur],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, TOLAK),
    lihat("wagtailsnippets_moderasi_harilibur:usage", [B.hari_libur],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsnippets_moderasi_harilibur:history", [B.hari_libur],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsnippets_moderasi_harilibur:history_results", [B.hari_libur],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsnippetchoosers_moderasi_harilibur:choose", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailsnippetchoosers_moderasi_harilibur:choose_results", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailsnippetchoosers_moderasi_harilibur:chosen", [B.hari_libur],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailsnippetchoosers_moderasi_harilibur:chosen_multiple", [],
        MASUK, OK, OK, OK, OK, OK, kueri={"id": B.hari_libur}),
    lihat("wagtailsnippetchoosers_moderasi_harilibur:create", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsnippets:index", [],
        MASUK, TOLAK, TOLAK, OK, TOLAK, OK),
    lihat("wagtaillocales:index", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtaillocales:index_results", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtaillocales:add", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtaillocales:edit", [B.locale_en],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    kirim("wagtaillocales:delete", [B.locale_en],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtaillocales:history", [B.locale_en],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtaillocales:history_results", [B.locale_en],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtaillocales:usage", [B.locale_en],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtaillocales:copy", [B.locale_en],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsites:index", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsites:index_results", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsites:add", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsites:edit", [B.situs_wagtail],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    kirim("wagtailsites:delete", [B.situs_wagtail],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH),
    lihat("wagtailsites:history", [B.situs_wagtail],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsites:history_results", [B.situs_wagtail],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsites:usage", [B.situs_wagtail],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailsites:copy", [B.situs_wagtail],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailusers_users:index", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailusers_users:index_results", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailusers_users:add", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailusers_users:edit", [B.petugas_b],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    kirim("wagtailusers_users:edit", [B.petugas_b],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH,
        varian="ubah pengguna",
        isian=form_admin("w-editor-form", first_name="Diubah", last_name="Petugas")),
    kirim("wagtailusers_users:delete", [B.petugas_b],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH),
    lihat("wagtailusers_users:history", [B.petugas_b],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailusers_users:history_results", [B.petugas_b],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailusers_users:usage", [B.petugas_b],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailusers_users:copy", [B.petugas_b],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailusers_groups:index", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailusers_groups:index_results", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailusers_groups:add", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailusers_groups:edit", [B.grup_petugas],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    kirim("wagtailusers_groups:edit", [B.grup_petugas],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH,
        varian="ubah grup", isian=form_admin("w-editor-form", name="Petugas Diubah")),
    kirim("wagtailusers_groups:delete", [B.grup_petugas],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH),
    lihat("wagtailusers_groups:history", [B.grup_petugas],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailusers_groups:history_results", [B.grup_petugas],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtailusers_groups:usage", [B.grup_petugas],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("wagtaildocs_chooser:choose", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtaildocs_chooser:choose_results", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtaildocs_chooser:chosen", [B.berkas_b],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtaildocs_chooser:chosen_multiple", [],
        MASUK, OK, OK, OK, OK, OK, kueri={"id": B.berkas_b}),
    lihat("wagtaildocs_chooser:create", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailimages_chooser:choose", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailimages_chooser:choose_results", [],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailimages_chooser:chosen", [B.gambar_a],
        MASUK, OK, OK, OK, OK, OK),
    lihat("wagtailimages_chooser:chosen_multiple", [],
        MASUK, OK, OK, OK, OK, OK, kueri={"id": B.gambar_a}),
    lihat("wagtailimages_chooser:create", [],
        MASUK, OK, OK, OK, TOLAK, OK),
    lihat("wagtailimages_chooser:select_format", [B.gambar_a],
        MASUK, OK, OK, OK, OK, OK),
    lihat("moderasi_serta_merta", [B.draf_a],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    lihat("moderasi_tarik_segera", [B.tayang_a],
        MASUK, TOLAK, TOLAK, OK, OK, OK),
    kirim("moderasi_tarik_segera", [B.tayang_a],
        MASUK, TOLAK, TOLAK, UBAH, UBAH, UBAH,
        varian="tarik segera", isian={"alasan": "Informasi keliru yang membahayakan"}),
    lihat("moderasi_tinjauan_serta_merta", [],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, OK),
    kirim("moderasi_tandai_ditinjau", [B.tinjauan],
        MASUK, TOLAK, TOLAK, TOLAK, TOLAK, UBAH),
    lihat("moderasi_laporan_mutu", [],
        MASUK, TOLAK, TOLAK, OK, OK, OK),
    lihat("moderasi_mutu_terlambat", [],
        MASUK, TOLAK, TOLAK, OK, OK, OK),
    lihat("moderasi_antrean", [],
        MASUK, TOLAK, TOLAK, OK, OK, OK),
    lihat("moderasi_riwayat", [B.draf_a],
        MASUK, OK, TOLAK, OK, OK, OK, varian="draf A"),
    lihat("moderasi_riwayat", [B.draf_b],
        MASUK, TOLAK, OK, OK, OK, OK, varian="draf B"),
    lihat("wagtailadmin_sprite", [],
        OK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_login", [],
        OK, ALIH, ALIH, ALIH, ALIH, ALIH),
    lihat("wagtailadmin_password_reset", [],
        OK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_password_reset_done", [],
        OK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_password_reset_confirm", ["MQ", "kunci-salah"],
        OK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_password_reset_complete", [],
        OK, OK, OK, OK, OK, OK),
    lihat("wagtailadmin_javascript_catalog", [],
        OK, OK, OK, OK, OK, OK),
    lihat("admin/^.*/$", [],
        MASUK, TAK_ADA, TAK_ADA, TAK_ADA, TAK_ADA, TAK_ADA, jalur="/admin/tidak-ada/"),
]
# fmt: on


def test_setiap_rute_admin_punya_harapan():
    """A route the resolver serves under /admin/ and the table does not hold fails here, by
    name: the matrix cannot silently go stale."""
    di_tabel = {baris.rute for baris in MATRIKS}
    di_admin = set(rute_admin())
    assert sorted(di_admin - di_tabel) == [], "rute admin tanpa harapan di MATRIKS"
    assert sorted(di_tabel - di_admin) == [], "harapan untuk rute yang tidak ada lagi"
    assert all(len(baris.harapan) == len(AKTOR) for baris in MATRIKS)


def jawaban(respons):
    """The cell a response stands for (anything else is reported as it is)."""
    if respons.status_code == 200:
        return OK
    if respons.status_code == 403:
        return TOLAK
    if respons.status_code == 404:
        return TAK_ADA
    if respons.status_code == 405:
        return T405
    if respons.status_code in (301, 302):
        lokasi = respons["Location"]
        if lokasi.startswith(reverse("wagtailadmin_login")):
            return MASUK
        # Wagtail's refusal of a plain request: to the dashboard, with an error message.
        galat = [
            p for p in messages.get_messages(respons.wsgi_request) if p.level == messages.ERROR
        ]
        if lokasi == reverse("wagtailadmin_home") and galat:
            return TOLAK
        return ALIH
    return f"{respons.status_code} {respons.get('Location', '')}"


def _jepret(objek):
    """The global snapshot, and the rows of the objects the request names: an update (a
    title, a flag, a setting) changes no row count."""
    baris_objek = [type(o)._default_manager.filter(pk=o.pk).values().first() for o in objek]
    return jepret_basis_data(), baris_objek


def minta(klien, metode, url, data, objek=()):
    """One request in a savepoint rolled back after it: (cell, whether the data changed)."""
    # A GET's cell is its answer alone (an editor's page view records the editor's presence):
    # it is not photographed, which keeps the module's run short.
    foto = metode != "GET"
    sebelum = foto and _jepret(objek)
    try:
        with transaction.atomic():
            if metode == "PUT":
                respons = klien.put(
                    url, urlencode(data), content_type="application/x-www-form-urlencoded"
                )
            else:
                respons = getattr(klien, metode.lower())(url, data)
            berubah = foto and _jepret(objek) != sebelum
            transaction.set_rollback(True)
    except Exception:  # noqa: BLE001 - a view that raises is a cell of its own
        return GALAT, False
    sel = jawaban(respons)
    if berubah:
        # Changed although refused is a hole, and reported with what the answer said.
        return (UBAH if sel not in DITOLAK else f"{UBAH}+{sel}"), True
    return sel, False


@pytest.mark.usefixtures("jam_kerja")
@pytest.mark.parametrize("kolom", range(len(AKTOR)), ids=AKTOR)
def test_matriks_rute_admin(basis, klien_aktor, subtests, kolom):
    """One column of the table: the actor asks every row; refused, it changes nothing."""
    klien = klien_aktor(AKTOR[kolom])
    admin = KlienAktor(basis.pengguna["admin_portal"])
    rute = rute_admin()
    for baris in MATRIKS:
        harapan = baris.harapan[kolom]
        with subtests.test(baris=baris.nama):
            url = baris.url(basis, rute[baris.rute])
            data = baris.data(basis, url, admin) if baris.metode != "GET" else {}
            objek = baris.objek(basis)
            sel, _berubah = minta(klien, baris.metode, url, data, objek)
            assert sel == harapan, url
            if baris.metode == "GET" and harapan in DITOLAK:
                sel_post, berubah = minta(klien, "POST", url, {}, objek)
                assert not berubah, f"POST {url} ditolak ({sel_post}) tetapi mengubah data"


# A crafted preview: the draft's form with a new title posted to the preview view, then the
# preview opened (Wagtail keeps the posted data in the session). Whoever may not edit the draft
# must not get Wagtail to render their content under it (CVE-2024-45389).
PRATINJAU_ISIAN_SENDIRI = (OK, TOLAK, OK, TOLAK, OK)  # petugas_a … admin_portal


@pytest.mark.usefixtures("jam_kerja")
def test_pratinjau_isian_sendiri(basis, klien_aktor, subtests):
    admin = KlienAktor(basis.pengguna["admin_portal"])
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[basis.draf_a.pk])
    edit = reverse("wagtailadmin_pages:edit", args=[basis.draf_a.pk])
    data = form_edit_halaman(title="Judul Pratinjau Buatan")(basis, edit, admin)
    for nama, harapan in zip(AKTOR[1:], PRATINJAU_ISIAN_SENDIRI, strict=True):
        with subtests.test(aktor=nama):
            klien = Client()
            klien.force_login(basis.pengguna[nama])
            respons = klien.post(url, data)
            if harapan == TOLAK:
                assert jawaban(respons) == TOLAK
                assert "Judul Pratinjau Buatan" not in klien.get(url).content.decode()
            else:
                assert respons.json()["is_valid"], respons.content
                assert "Judul Pratinjau Buatan" in klien.get(url).content.decode()
