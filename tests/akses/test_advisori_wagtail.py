"""Regression tests for the classes of Wagtail security advisories of the last years, as they
apply to this portal, one test per class (GHSA id where the advisory has one; ids checked
against the GitHub advisory database). Where the permission matrix (test_matriks_admin.py)
already holds the regression, the row is named here instead of written twice.

Stored XSS
- GHSA-wq5h-f9p5-q7fx (CVE-2021-29434) (`javascript:` links in rich text):
  test_tautan_javascript_di_teks_kaya_dibuang
- GHSA-xfrw-hxr5-ghqf (CVE-2021-32681) (plain-text StreamField blocks unescaped):
  test_isian_teks_dan_blok_polos_di_escape_di_situs, and in the admin's compare view and
  history: test_blok_dan_teks_kaya_buatan_tidak_aktif_di_banding_revisi_dan_riwayat
- GHSA-p5cm-246w-84jm (CVE-2026-28222) (TableBlock class attributes):
  test_tabel_kelas_sel_keterangan_dan_isi_di_escape
- GHSA-v2wc-pfq2-5cm6 (CVE-2020-11001), GHSA-5286-f2rf-35c2 (CVE-2023-28836),
  GHSA-p4v8-rw59-93cq (CVE-2026-28223) (a crafted title in another user's admin views):
  test_judul_buatan_petugas_tidak_aktif_di_layar_admin_lain (Wagtail's screens),
  test_judul_dan_komentar_buatan_tampil_sebagai_teks_di_layar_sop (the SOP's inbox, overdue
  list, Riwayat SOP and Mutu Baku report),
  test_judul_gambar_dan_berkas_buatan_tampil_sebagai_teks_di_admin (image and document
  titles: listings, choosers, usage, site history);
  test_blok_dan_teks_kaya_buatan_tidak_aktif_di_banding_revisi_dan_riwayat (revision
  compare); in Chromium: tests/peramban/test_xss_admin.py
- CSV/formula injection in the Mutu Baku export (no Wagtail advisory; OWASP "CSV Injection"):
  test_ekspor_mutu_baku_tanpa_rumus_dan_tanpa_markup

Permissions
- GHSA-c4mr-889m-vgf6 (CVE-2026-44198) (page history without permission): matrix rows
  wagtailadmin_pages:history, history_results, workflow_history, workflow_history_detail
- GHSA-c6wj-9vcj-75pj (CVE-2026-44197), wagtail#5426 (compare / view revisions without
  permission, or of another page): matrix rows wagtailadmin_pages:revisions_view,
  revisions_compare (the "halaman lain" variants)
- Missing authorization on the admin preview endpoints (Wagtail 6.3.6; no GHSA id verified):
  matrix rows wagtailadmin_pages:preview_on_edit, view_draft, workflow_preview, and
  test_pratinjau_isian_sendiri in test_matriks_admin.py
- GHSA-67rv-mg8q-5pf3 (CVE-2026-44200) (copying pages): matrix rows wagtailadmin_pages:copy;
  test_salinan_buatan_tidak_tayang_dan_tidak_keluar_bagian; the same class for moves:
  matrix rows wagtailadmin_pages:move, move_confirm, and
  test_pindah_halaman_ke_bagian_lain_ditolak
- Workflow actions for a task the user is not assigned (no advisory): matrix rows
  wagtailadmin_pages:workflow_action, tests/moderasi/test_matriks_izin.py, and
  test_aksi_alur_untuk_tugas_yang_bukan_miliknya_ditolak (another item's task state)
- GHSA-p5gm-92h4-6pv6 (private collections through the API):
  test_api_tidak_membuka_gambar_dan_berkas_koleksi_privat (API v2),
  test_koleksi_privat_tidak_terbuka_lewat_pemilih (the choosers),
  test_koleksi_privat_tidak_terbuka_lewat_api_admin (the admin API)
- GHSA-3vrh-m9w7-v94f (CVE-2026-55468), copy_for_translation (8.0rc2) (the admin API):
  test_api_admin_tidak_membuka_halaman_di_luar_izin, test_aksi_api_admin_tidak_tersedia
- GHSA-xxfm-vmcf-g33f, GHSA-w2v8-php4-p8hc (settings without permission): matrix rows
  wagtailsettings:* (the "ubah pengaturan situs" row posts the form)
- GHSA-fc75-58r8-rm3h (CVE-2023-45809) (user names through bulk actions):
  test_aksi_massal_pengguna_tidak_membuka_nama_pengguna
- GHSA-pwm3-7fv4-g6xx (CVE-2026-44199) (deleting form submissions): matrix row
  wagtailforms:delete_submissions (the portal has no form pages)
- Open redirects through `next=` (Django's `url_has_allowed_host_and_scheme` class; no Wagtail
  advisory): tests/akun/test_alih_terbuka.py, after the password and after the OTP code

Denial of service
- GHSA-jmp3-39vp-fwg8 (CVE-2024-39317) (search query parsing (ReDoS)):
  test_kueri_cari_admin_yang_ganjil_tetap_dijawab
- A title with a line break fails its submission's notification e-mail (no advisory):
  test_judul_berganti_baris_tidak_menggagalkan_pengajuan
"""

import csv
import io
import json
import xml.etree.ElementTree as ET  # noqa: S405 - parses the portal's own feeds
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils.html import escape
from openpyxl import load_workbook
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection, Page

from berita.factories import BeritaPageFactory
from dokumen.factories import DokumenPageFactory
from dokumen.models import DokumenIndexPage
from portal.core.factories import DocumentFactory, ImageFactory
from portal.moderasi.jadwal_tayang import publikasi_segera
from tests.moderasi.conftest import (
    SELASA_PAGI,
    AlurSOP,
    ajukan_langsung,
    ditolak,
    halaman,
    jepret,
    nama_tugas,
    setujui_langsung,
    task_state_aktif,
)

pytestmark = pytest.mark.django_db

PENANDA = "penanda_xss"
SISIPAN = (
    f"<script>{PENANDA}()</script>\"><img src=x onerror={PENANDA}()>'><svg onload={PENANDA}()>"
)


JENIS_SKRIP = ("", "text/javascript", "application/javascript", "module")


def sisipan_aktif(html):
    """The pieces of the payload that would run in a browser: a script holding the marker, an
    event-handler attribute calling it, a `javascript:` URL. (JSON-LD is data, not script.)"""
    aktif = []
    for tag in BeautifulSoup(html, "html.parser").find_all(True):
        skrip = tag.name == "script" and tag.get("type", "") in JENIS_SKRIP
        if skrip and PENANDA in (tag.string or ""):
            aktif.append(str(tag))
        for nama, nilai in tag.attrs.items():
            nilai = " ".join(nilai) if isinstance(nilai, list) else str(nilai)
            if nama.startswith("on") and PENANDA in nilai:
                aktif.append(str(tag))
            if (
                nama in ("href", "src", "action")
                and "javascript:" in "".join(nilai.split()).lower()
            ):
                aktif.append(str(tag))
    return aktif


# The elements of RSS and Atom that feed readers render as HTML.
TAG_HTML = ("description", "summary", "content")


def html_dari(respons):
    """The markup of a response: the page, or the `html` of a modal's JSON answer."""
    if respons["Content-Type"].startswith("application/json"):
        return respons.json()["html"]
    return respons.content.decode()


def terbitkan(page):
    with publikasi_segera():
        page.save_revision().publish()
    return halaman(page)


def _sebagai(user):
    client = Client()
    client.force_login(user)
    return client


# -- stored XSS ---------------------------------------------------------------------------------


def _contentstate_tautan(url):
    teks = f"Klik {SISIPAN}"
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "type": "unstyled",
                    "depth": 0,
                    "text": teks,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 4, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
        }
    )


@pytest.mark.parametrize(
    "url",
    [
        f"javascript:{PENANDA}()",
        f"JaVaScRiPt:{PENANDA}()",
        f" javascript:{PENANDA}()",
        f"java\tscript:{PENANDA}()",
        f"data:text/html,<script>{PENANDA}()</script>",
    ],
)
def test_tautan_javascript_di_teks_kaya_dibuang(buat_draf, petugas, editor, url):
    """GHSA-wq5h-f9p5-q7fx (CVE-2021-29434): rich text links were not checked for their protocol on
    save. A crafted editor post (the Draftail widget never sends such a link) keeps its text but
    loses the link; the reviewer's draft view and the public page run nothing."""
    page = buat_draf()
    sop = AlurSOP()
    data = sop.form_edit(page, petugas)
    data["isi-0-value"] = _contentstate_tautan(url)
    assert sop.post_edit(page, petugas, data).status_code == 302

    tersimpan = halaman(page).get_latest_revision_as_object()
    sumber = tersimpan.isi[0].value.source
    assert "Klik" in sumber and "script:" not in sumber.lower() and "data:" not in sumber
    pratinjau = _sebagai(editor).get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert pratinjau.status_code == 200
    assert sisipan_aktif(pratinjau.content.decode()) == []
    publik = Client().get(terbitkan(tersimpan).url)
    assert publik.status_code == 200
    assert sisipan_aktif(publik.content.decode()) == []


def test_isian_teks_dan_blok_polos_di_escape_di_situs(indeks_berita, client):
    """GHSA-xfrw-hxr5-ghqf (CVE-2021-32681): plain-text StreamField blocks were output
    unescaped. Every plain-text field and block an author fills (title, summary, caption, credit,
    author, tag, quote and its source, video title) is text, never markup, wherever it shows:
    the article, the index, the search results, and the feeds, whose descriptions readers
    render as HTML."""
    page = terbitkan(
        BeritaPageFactory(
            parent=indeks_berita,
            title=f"Banjir {SISIPAN}"[:255],
            ringkasan=f"Ringkasan {SISIPAN}",
            keterangan_gambar=SISIPAN,
            kredit_gambar=SISIPAN,
            penulis=SISIPAN,
            tags=[f"tag{SISIPAN}"[:100]],
            isi=[
                {"type": "kutipan", "value": {"kutipan": SISIPAN, "sumber": SISIPAN}},
                {
                    "type": "video",
                    "value": {
                        "url": "https://www.youtube.com/watch?v=M7lc1UVf-VE",
                        "judul": SISIPAN,
                    },
                },
            ],
        )
    )
    for url in (page.url, indeks_berita.url, "/cari/?q=banjir"):
        respons = client.get(url)
        assert respons.status_code == 200, url
        isi = respons.content.decode()
        assert sisipan_aktif(isi) == [], url
        assert f"<script>{PENANDA}" not in isi, url
    assert "&lt;script&gt;" in client.get(page.url).content.decode()
    for url in ("/feed/berita/rss.xml", "/feed/berita/atom.xml"):
        akar = ET.fromstring(client.get(url).content)  # noqa: S314 - the portal's own feed
        teks_html = [el.text or "" for el in akar.iter() if el.tag.split("}")[-1] in TAG_HTML]
        assert any(PENANDA in teks for teks in teks_html), url
        for teks in teks_html:
            assert sisipan_aktif(teks) == [], url


def test_tabel_kelas_sel_keterangan_dan_isi_di_escape(indeks_berita, client, editor):
    """GHSA-p5cm-246w-84jm (CVE-2026-28222): TableBlock took a cell's class name from the stored
    value into the markup. A value crafted past the table editor (class names, merged-cell spans,
    caption and cells with markup) renders as inert text in the portal's own table template."""
    tabel = {
        "data": [[SISIPAN, "Jumlah"], ["Samarinda", SISIPAN]],
        "cell": [{"row": 0, "col": 0, "className": f'x" onmouseover="{PENANDA}()'}],
        "mergeCells": [{"row": 1, "col": 0, "rowspan": f'1" onclick="{PENANDA}()', "colspan": 1}],
        "first_row_is_table_header": True,
        "first_col_is_header": True,
        "table_header_choice": "both",
        "table_caption": SISIPAN,
    }
    page = BeritaPageFactory(
        parent=indeks_berita, title="Data Banjir", isi=[{"type": "tabel", "value": tabel}]
    )
    page.save_revision()
    pratinjau = _sebagai(editor).get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    publik = client.get(terbitkan(page).url)
    for respons in (pratinjau, publik):
        assert respons.status_code == 200
        sup = BeautifulSoup(respons.content, "html.parser")
        wadah = sup.select_one(".tabel-gulir")
        assert wadah is not None
        assert sisipan_aktif(str(wadah)) == []
        assert wadah.find(["img", "svg"]) is None
        assert PENANDA in wadah.get_text()


def test_judul_buatan_petugas_tidak_aktif_di_layar_admin_lain(buat_draf, petugas, editor, pejabat):
    """A Petugas' crafted title and summary, submitted for review, are inert in every admin
    screen the Editor and the Pejabat open on it (GHSA-v2wc-pfq2-5cm6, CVE-2020-11001, was the
    revision compare view; GHSA-5286-f2rf-35c2, CVE-2023-28836, and GHSA-p4v8-rw59-93cq,
    CVE-2026-28223, other listings and confirmation messages)."""
    page = buat_draf(title=f"Judul {SISIPAN}"[:255], ringkasan=f"Ringkasan {SISIPAN}")
    page.title = f"Judul baru {SISIPAN}"[:255]
    page.save_revision(user=petugas)
    ajukan_langsung(page, petugas)
    indeks = page.get_parent()
    layar = {
        editor: [
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_explore", args=[indeks.pk]),
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            reverse("wagtailadmin_pages:history", args=[page.pk]),
            reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "earliest", "latest"]),
            reverse("wagtailadmin_pages:search") + "?q=judul",
            reverse("wagtailadmin_choose_page_child", args=[indeks.pk]),
            reverse("wagtailadmin_reports:workflow"),
            reverse("wagtailadmin_reports:site_history"),
            reverse("moderasi_riwayat", args=[page.pk]),
            reverse("moderasi_antrean"),
            reverse("moderasi_laporan_mutu"),
        ],
        pejabat: [reverse("wagtailadmin_home"), reverse("moderasi_riwayat", args=[page.pk])],
    }
    for user, alamat in layar.items():
        client = _sebagai(user)
        for url in alamat:
            respons = client.get(url)
            assert respons.status_code == 200, url
            assert sisipan_aktif(html_dari(respons)) == [], url


# -- copies -------------------------------------------------------------------------------------


def test_salinan_buatan_tidak_tayang_dan_tidak_keluar_bagian(jam_kerja, petugas, editor, beranda):
    """GHSA-67rv-mg8q-5pf3 (CVE-2026-44200: copying pages the user may not act on). The copy
    form offers "publish copies" and "alias" to publishers only; a crafted post
    with them from a Petugas or an Editor still makes a draft copy (it enters the SOP like any
    draft), and nobody but an administrator copies a page outside their sections."""
    from berita.models import BeritaIndexPage

    indeks = BeritaIndexPage.objects.get()
    sumber = terbitkan(BeritaPageFactory(parent=indeks, owner=petugas))
    for user in (petugas, editor):
        client = _sebagai(user)
        respons = client.post(
            reverse("wagtailadmin_pages:copy", args=[sumber.pk]),
            {
                "new_title": "Salinan",
                "new_slug": f"salinan-{user.username}",
                "new_parent_page": indeks.pk,
                "publish_copies": "on",
                "alias": "on",
            },
        )
        assert respons.status_code == 302, user
        salinan = Page.objects.get(slug=f"salinan-{user.username}")
        assert not salinan.live and salinan.alias_of_id is None, user

        jumlah = Page.objects.count()
        respons = client.post(
            reverse("wagtailadmin_pages:copy", args=[sumber.pk]),
            {"new_title": "Di beranda", "new_slug": "di-beranda", "new_parent_page": beranda.pk},
        )
        assert respons.status_code == 200 and Page.objects.count() == jumlah, user


# -- APIs ---------------------------------------------------------------------------------------


def test_api_tidak_membuka_gambar_dan_berkas_koleksi_privat(
    client, admin_portal, indeks_berita, koleksi_privat
):
    """GHSA-p5gm-92h4-6pv6: the images and documents API listed items of collections behind a
    view restriction. Even used by a live public page they stay out, for everyone (the API
    answers the same whoever asks), and the file itself asks for a login."""
    gambar = ImageFactory(kecil=True, title="Foto Rapat Internal", collection=koleksi_privat)
    berkas = DocumentFactory(title="Notulen Rapat Internal", collection=koleksi_privat)
    terbitkan(BeritaPageFactory(parent=indeks_berita, gambar_utama=gambar))
    terbitkan(DokumenPageFactory(parent=DokumenIndexPage.objects.get(), lampiran=[berkas]))
    assert get_image_model().objects.filter(collection=koleksi_privat).count() == 1
    assert get_document_model().objects.filter(collection=koleksi_privat).count() == 1

    for penanya in (client, _sebagai(admin_portal)):
        for jenis, obj in (("images", gambar), ("documents", berkas)):
            daftar = penanya.get(f"/api/v2/{jenis}/").json()
            assert obj.pk not in [item["id"] for item in daftar["items"]], jenis
            assert penanya.get(f"/api/v2/{jenis}/{obj.pk}/").status_code == 404, jenis
            assert penanya.get(f"/api/v2/{jenis}/?search=internal").json()["items"] == []
    assert client.get(berkas.url).status_code != 200


def test_api_admin_tidak_membuka_halaman_di_luar_izin(pejabat, petugas_lain, buat_draf):
    """GHSA-3vrh-m9w7-v94f: the admin API returned pages (drafts included) to any admin user.
    It now lists only what the user may explore: nothing for the Pejabat, who has no page
    permissions (they review through the inbox)."""
    page = buat_draf(title="Draf Anggaran Belum Disetujui")
    client = _sebagai(pejabat)
    daftar = client.get("/admin/api/main/pages/?fields=title")
    assert daftar.status_code == 200
    assert page.title not in daftar.content.decode()
    assert client.get(f"/admin/api/main/pages/{page.pk}/").status_code == 404
    # A Petugas explores the sections they write for (Wagtail's rule), drafts included.
    assert page.title in _sebagai(petugas_lain).get("/admin/api/main/pages/").content.decode()


AKSI_API_ADMIN = [
    "publish",
    "unpublish",
    "delete",
    "copy",
    "create_alias",
    "move",
    "copy_for_translation",
    "convert_alias",
    "revert_to_page_revision",
]


@pytest.mark.parametrize("nama", ["petugas", "editor", "admin_portal"])
def test_aksi_api_admin_tidak_tersedia(request, subtests, di_editor_dan_tayang, nama):
    """The admin API's actions bypassing permissions (copy_for_translation, fixed in 8.0rc2 with
    GHSA-3vrh-m9w7-v94f's release). The admin API's write actions (…/pages/<id>/action/<name>/)
    publish, delete, copy and alias past every rule of the SOP: working hours, items under review,
    the copy form's checks. The admin's own screens never call them, so the portal does not serve
    them, to anyone."""
    client = _sebagai(request.getfixturevalue(nama))
    indeks = di_editor_dan_tayang["tayang"].get_parent()
    data = {"destination_page_id": indeks.pk, "slug": "lewat-api", "locale": "en"}
    for aksi in AKSI_API_ADMIN:
        for keadaan, page in di_editor_dan_tayang.items():
            with subtests.test(aksi=aksi, halaman=keadaan):
                sebelum = Page.objects.count(), halaman(page).live
                respons = client.post(
                    f"/admin/api/main/pages/{page.pk}/action/{aksi}/",
                    json.dumps(data),
                    content_type="application/json",
                )
                assert respons.status_code == 404, respons.content
                assert (Page.objects.count(), halaman(page).live) == sebelum


@pytest.fixture
def di_editor_dan_tayang(buat_draf, petugas, indeks_berita):
    di_editor = buat_draf()
    ajukan_langsung(di_editor, petugas)
    return {"di_editor": di_editor, "tayang": terbitkan(BeritaPageFactory(parent=indeks_berita))}


# -- users and search ---------------------------------------------------------------------------


@pytest.mark.parametrize("peran", ["petugas", "editor", "pejabat"])
@pytest.mark.parametrize("aksi", ["delete", "assign_role", "set_active_state"])
def test_aksi_massal_pengguna_tidak_membuka_nama_pengguna(request, admin_portal, peran, aksi):
    """GHSA-fc75-58r8-rm3h (CVE-2023-45809): the bulk action confirmation listed the selected
    users' names to any admin user. Here it refuses, and nothing on the way back names the
    administrator."""
    client = _sebagai(request.getfixturevalue(peran))
    url = reverse("wagtail_bulk_action", args=("auth", "user", aksi)) + f"?id={admin_portal.pk}"
    assert ditolak(client.get(url))
    assert ditolak(client.post(url, {}))
    assert admin_portal.username not in client.get(url, follow=True).content.decode()
    assert get_user_model().objects.filter(pk=admin_portal.pk, is_active=True).exists()


KUERI_GANJIL = {
    "filter": "a:" * 25_000,
    "kutip_ganda": '"' * 50_000,
    "kutip_tunggal": "'" * 50_000,
    "filter_terbuka": 'a:"' * 16_667,
    "kata_berulang": "judul " * 8_334,
}
CARI_ADMIN = [
    "wagtailadmin_pages:search",
    "wagtailadmin_choose_page_search",
    "wagtailimages:index",
    "wagtaildocs:index",
    "wagtailusers_users:index",
    "wagtailsnippets_berita_kategoriberita:list",
    "wagtailsnippets_core_opd:list",
    "wagtailsnippets_dokumen_jenisdokumen:list",
    "wagtailsnippets_moderasi_harilibur:list",
]


def test_kueri_cari_admin_yang_ganjil_tetap_dijawab(admin_portal, buat_draf, subtests):
    """GHSA-jmp3-39vp-fwg8 (CVE-2024-39317): a crafted query of a few thousand characters made the
    query parser backtrack for minutes. Every search box of the admin answers such a query of 50,000
    characters, and one of thousands of words (which made the search backends recurse past Python's
    limit: portal/keamanan/kueri_admin.py), with its listing (benchmarks/ kueri_panjang.py measures
    how fast: under a second)."""
    buat_draf()
    client = _sebagai(admin_portal)
    for nama_url in CARI_ADMIN:
        url = reverse(nama_url)
        for bentuk, kueri in KUERI_GANJIL.items():
            with subtests.test(url=nama_url, kueri=bentuk):
                assert client.get(url, {"q": kueri}).status_code == 200


@pytest.mark.parametrize("daftar", ["opd", "jenis_dokumen"])
def test_daftar_opd_dan_jenis_dokumen_dapat_dicari(editor, client, daftar):
    """The OPD and document-type lists of the admin search by name, code and abbreviation
    (they answered 500: the search was restricted to fields the backends cannot search)."""
    from dokumen.factories import JenisDokumenFactory
    from portal.core.factories import OPDFactory

    if daftar == "opd":
        obj, url = OPDFactory(), reverse("wagtailsnippets_core_opd:list")
        kueri = (obj.nama, obj.kode, obj.singkatan)
    else:
        obj, url = JenisDokumenFactory(), reverse("wagtailsnippets_dokumen_jenisdokumen:list")
        kueri = (obj.nama, obj.singkatan)
    client.force_login(editor)
    for teks in kueri:
        respons = client.get(url, {"q": teks})
        assert respons.status_code == 200
        assert obj.nama in respons.content.decode(), teks


# -- what the escaping must show ----------------------------------------------------------------


def tampil_sebagai_teks(html, teks):
    """`teks` is in the markup escaped, as text a browser shows, and nowhere raw."""
    return escape(teks) in html and teks not in html


JUDUL_HALAMAN = f"Banjir {SISIPAN}"
KOMENTAR = f"Periksa angka {SISIPAN}"


def test_judul_dan_komentar_buatan_tampil_sebagai_teks_di_layar_sop(
    jam_kerja, buat_draf, petugas, editor, pejabat
):
    """GHSA-v2wc-pfq2-5cm6 (CVE-2020-11001), GHSA-5286-f2rf-35c2 (CVE-2023-28836) and
    GHSA-p4v8-rw59-93cq (CVE-2026-28223), the stored-XSS class of a crafted title in another
    user's admin screens, on the portal's own SOP screens: the title and the Editor's comment
    are shown, escaped, in the Pejabat's inbox with the item at their task, in the list of items
    past their standard, and in the Riwayat SOP; the Mutu Baku report, which names no item, runs
    nothing either. (Absence of the raw payload alone would pass for a screen that dropped the
    title.)"""
    page = buat_draf(title=JUDUL_HALAMAN)
    ajukan_langsung(page, petugas)
    setujui_langsung(page, editor, comment=KOMENTAR)
    # Past the Pejabat's standard (one working hour) on the same working Tuesday.
    jam_kerja.shift(timedelta(hours=3))

    klien = _sebagai(pejabat)
    layar = {
        "kotak masuk": (reverse("wagtailadmin_home"), [JUDUL_HALAMAN]),
        "melewati standar": (reverse("moderasi_mutu_terlambat"), [JUDUL_HALAMAN]),
        "riwayat SOP": (reverse("moderasi_riwayat", args=[page.pk]), [JUDUL_HALAMAN, KOMENTAR]),
        "laporan mutu baku": (reverse("moderasi_laporan_mutu"), []),
    }
    for nama, (url, teks_teks) in layar.items():
        respons = klien.get(url)
        assert respons.status_code == 200, nama
        html = respons.content.decode()
        assert sisipan_aktif(html) == [], nama
        for teks in teks_teks:
            assert tampil_sebagai_teks(html, teks), (nama, teks)


# Spreadsheet programs read a cell starting with one of these as a formula (OWASP's CSV
# injection list: tab and carriage return too).
AWALAN_RUMUS = ("=", "+", "-", "@", "\t", "\r")


def test_ekspor_mutu_baku_tanpa_rumus_dan_tanpa_markup(jam_kerja, buat_draf, petugas, editor):
    """CSV/formula injection (no Wagtail advisory; OWASP "CSV Injection"): items whose titles
    start with each formula character, and carry markup, go through the SOP in the month
    exported. The CSV and XLSX of the Mutu Baku report hold no formula and no text starting with
    one: the report counts steps per month, section and step and names no item, so the titles
    never reach it (were a title column added, this test fails until it is neutralised)."""
    for awalan in AWALAN_RUMUS:
        # A title with a line break fails its submission (test_judul_berganti_baris_…): the
        # carriage return is tried in the comment only.
        awal_judul = "" if awalan == "\r" else awalan
        page = buat_draf(title=f'{awal_judul}HYPERLINK("https://x.example/?"&A1,"{SISIPAN}")')
        ajukan_langsung(page, petugas)
        setujui_langsung(page, editor, comment=f"{awalan}1+1 {SISIPAN}")

    klien = _sebagai(editor)
    url = reverse("moderasi_laporan_mutu")
    kueri = {"tahun": SELASA_PAGI.year, "bulan": SELASA_PAGI.month}
    csv_ = klien.get(url, {**kueri, "format": "csv"})
    assert csv_.status_code == 200
    sel_csv = [sel for baris in csv.reader(io.StringIO(csv_.content.decode())) for sel in baris]
    xlsx = klien.get(url, {**kueri, "format": "xlsx"})
    assert xlsx.status_code == 200
    buku = load_workbook(io.BytesIO(xlsx.content))
    sel_xlsx = [sel for lembar in buku.worksheets for baris in lembar.iter_rows() for sel in baris]
    assert [s.coordinate for s in sel_xlsx if s.data_type == "f"] == []

    teks = sel_csv + [s.value for s in sel_xlsx if isinstance(s.value, str)]
    # Every step of the items is counted (the rows are not empty) …
    assert "3. Penyuntingan" in teks
    # … and no cell is a formula to a spreadsheet program, nor carries the titles' markup.
    for sel in teks:
        angka = sel.lstrip("-").replace(".", "", 1).isdigit()
        assert angka or not sel.startswith(AWALAN_RUMUS), repr(sel)
        assert PENANDA not in sel and "HYPERLINK" not in sel, repr(sel)


JUDUL_GAMBAR = f"Foto {SISIPAN}"
JUDUL_BERKAS = f"Notulen {SISIPAN}"


def test_judul_gambar_dan_berkas_buatan_tampil_sebagai_teks_di_admin(
    petugas, editor, admin_portal, indeks_berita
):
    """The stored-XSS class of GHSA-5286-f2rf-35c2 (CVE-2023-28836, a crafted document shown
    in ModelAdmin's inspect view) for media: a Petugas' image and document with crafted titles
    are shown as text to the Editor in the image and document listings, their edit and usage
    screens, the choosers (modal HTML and results), the page editor that uses them, and to the
    administrator in the site history."""
    koleksi = Collection.objects.get(name="Berita")
    gambar = ImageFactory(
        kecil=True, title=JUDUL_GAMBAR, collection=koleksi, uploaded_by_user=petugas
    )
    berkas = DocumentFactory(title=JUDUL_BERKAS, collection=koleksi, uploaded_by_user=petugas)
    for obj in (gambar, berkas):
        log(obj, "wagtail.create", user=petugas)
    page = BeritaPageFactory(
        parent=indeks_berita,
        owner=petugas,
        gambar_utama=gambar,
        isi=[{"type": "dokumen", "value": {"dokumen": berkas.pk, "judul": ""}}],
    )
    page.save_revision(user=petugas)

    layar = {
        editor: [
            (reverse("wagtailimages:index"), [JUDUL_GAMBAR]),
            (reverse("wagtailimages:index_results") + "?q=foto", [JUDUL_GAMBAR]),
            (reverse("wagtailimages:edit", args=[gambar.pk]), [JUDUL_GAMBAR]),
            (reverse("wagtailimages:image_usage", args=[gambar.pk]), [JUDUL_GAMBAR]),
            (reverse("wagtailimages_chooser:choose"), [JUDUL_GAMBAR]),
            (reverse("wagtailimages_chooser:choose_results") + "?q=foto", [JUDUL_GAMBAR]),
            (reverse("wagtaildocs:index"), [JUDUL_BERKAS]),
            (reverse("wagtaildocs:index_results") + "?q=notulen", [JUDUL_BERKAS]),
            (reverse("wagtaildocs:edit", args=[berkas.pk]), [JUDUL_BERKAS]),
            (reverse("wagtaildocs:document_usage", args=[berkas.pk]), [JUDUL_BERKAS]),
            (reverse("wagtaildocs_chooser:choose"), [JUDUL_BERKAS]),
            (reverse("wagtaildocs_chooser:choose_results") + "?q=notulen", [JUDUL_BERKAS]),
            # The editor's image chooser shows the chosen image's title.
            (reverse("wagtailadmin_pages:edit", args=[page.pk]), [JUDUL_GAMBAR]),
        ],
        admin_portal: [
            (reverse("wagtailadmin_reports:site_history"), [JUDUL_GAMBAR, JUDUL_BERKAS]),
        ],
    }
    for user, alamat in layar.items():
        klien = _sebagai(user)
        for url, judul_judul in alamat:
            respons = klien.get(url)
            assert respons.status_code == 200, url
            html = html_dari(respons)
            assert sisipan_aktif(html) == [], url
            for judul in judul_judul:
                assert tampil_sebagai_teks(html, judul), (url, judul)

    # The chooser hands the chosen item to the widget as JSON data (the widget sets it as
    # text), not as markup.
    klien = _sebagai(editor)
    for nama_url, obj in (
        ("wagtailimages_chooser:chosen", gambar),
        ("wagtaildocs_chooser:chosen", berkas),
    ):
        data = klien.get(reverse(nama_url, args=[obj.pk])).json()
        assert data["step"] == "chosen" and data["result"]["title"] == obj.title
        assert "html" not in data


def _sf_berbahaya(rich_text):
    return [
        {"type": "paragraf", "value": rich_text},
        {"type": "kutipan", "value": {"kutipan": SISIPAN, "sumber": SISIPAN}},
        {
            "type": "video",
            "value": {"url": "https://www.youtube.com/watch?v=M7lc1UVf-VE", "judul": SISIPAN},
        },
    ]


def test_blok_dan_teks_kaya_buatan_tidak_aktif_di_banding_revisi_dan_riwayat(
    buat_draf, petugas, editor
):
    """GHSA-v2wc-pfq2-5cm6 (CVE-2020-11001: a crafted revision history ran script in the
    revision compare view) and GHSA-xfrw-hxr5-ghqf (CVE-2021-32681: plain-text StreamField
    blocks unescaped), in the admin: a Petugas' revision whose title, paragraph, quote and
    video title carry the payload is shown to the Editor as text in the compare view, the
    revision view, the history and the page editor; and the compare view shows as text even a
    rich text holding markup past the editor's converter (stored as is)."""
    page = buat_draf(title="Banjir Rob Balikpapan")
    pertama = page.revisions.order_by("pk").first()
    page.title = JUDUL_HALAMAN
    # The paragraph as the editor's converter stores typed text: escaped.
    page.isi = _sf_berbahaya(f"<p>{escape(SISIPAN)}</p>")
    kedua = page.save_revision(user=petugas)
    klien = _sebagai(editor)
    sunting = klien.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert sunting.status_code == 200
    assert sisipan_aktif(sunting.content.decode()) == []
    # Markup stored past the converter (the editor itself cannot load it: Draftail's converter
    # refuses unbalanced tags), for the compare view only.
    page.isi = _sf_berbahaya(f"<p><img src=x onerror={PENANDA}()><script>{PENANDA}()</script></p>")
    ketiga = page.save_revision(user=petugas)

    banding = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, pertama.pk, kedua.pk])
    alamat = [
        banding,
        reverse("wagtailadmin_pages:revisions_view", args=[page.pk, kedua.pk]),
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, kedua.pk, ketiga.pk]),
    ]
    for url in alamat:
        respons = klien.get(url)
        assert respons.status_code == 200, url
        html = respons.content.decode()
        assert sisipan_aktif(html) == [], url
        assert f"<script>{PENANDA}" not in html, url
    teks = BeautifulSoup(klien.get(banding).content, "html.parser").get_text()
    # The title, quote, its source, the video title and the paragraph, as the Petugas wrote them.
    assert teks.count(f"<script>{PENANDA}()</script>") >= 5


# -- moves and workflow actions -----------------------------------------------------------------


@pytest.fixture
def bagian_lain(beranda):
    """A second news section nobody but administrators holds a permission on (another bureau's
    section): a valid parent for a berita, so only permissions can refuse a move into it."""
    from berita.models import BeritaIndexPage

    return beranda.add_child(
        instance=BeritaIndexPage(title="Berita Biro Lain", slug="berita-biro-lain")
    )


def test_pindah_halaman_ke_bagian_lain_ditolak(
    buat_draf, petugas, editor, admin_portal, bagian_lain
):
    """The class of GHSA-67rv-mg8q-5pf3 (CVE-2026-44200: a page copied where the user may not
    act) for moves, through the admin's move views: a Petugas moving their own draft, and an
    Editor moving it, into a section they hold no permission on are not offered the section by
    the destination chooser and are refused at the confirmation; the draft stays. An
    administrator may, so nothing but permissions refuses it."""
    page = buat_draf()
    indeks = page.get_parent()
    for user in (petugas, editor):
        klien = _sebagai(user)
        assert klien.get(reverse("wagtailadmin_pages:move", args=[page.pk])).status_code == 200
        pilihan = klien.get(
            reverse("wagtailadmin_choose_page_child", args=[bagian_lain.get_parent().pk]),
            {"user_perms": "move_to", "page_type": "berita.beritaindexpage"},
        )
        dapat_dipilih = [
            int(a["data-id"])
            for a in BeautifulSoup(html_dari(pilihan), "html.parser").select(
                "a[data-chooser-modal-choice]"
            )
        ]
        assert bagian_lain.pk not in dapat_dipilih, user
        konfirmasi = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, bagian_lain.pk])
        assert ditolak(klien.post(konfirmasi)), user
        assert halaman(page).get_parent().pk == indeks.pk, user

    respons = _sebagai(admin_portal).post(
        reverse("wagtailadmin_pages:move_confirm", args=[page.pk, bagian_lain.pk])
    )
    assert respons.status_code == 302
    assert halaman(page).get_parent().pk == bagian_lain.pk


def test_aksi_alur_untuk_tugas_yang_bukan_miliknya_ditolak(
    jam_kerja, buat_draf, petugas, editor, pejabat
):
    """Workflow actions posted for a task the user is not assigned (no Wagtail advisory; the
    matrix rows wagtailadmin_pages:workflow_action hold the plain case). Wagtail's action view
    takes the task state from the URL without checking that it belongs to the URL's page: an
    Editor posting "approve" through an item at their own task with the task state of an item
    at the Pejabat's task, and the Pejabat the other way round, or anyone with a task state
    already finished, change nothing on either item (the task's own check reads the task
    state's item and its current step)."""
    di_editor = buat_draf(title="Draf Menunggu Editor")
    ajukan_langsung(di_editor, petugas)
    di_pejabat = buat_draf(title="Draf Menunggu Pejabat")
    ajukan_langsung(di_pejabat, petugas)
    selesai = task_state_aktif(di_pejabat)
    setujui_langsung(di_pejabat, editor)
    sop = AlurSOP()
    percobaan = [
        (editor, di_editor, task_state_aktif(di_pejabat)),
        (pejabat, di_pejabat, task_state_aktif(di_editor)),
        (editor, di_editor, selesai),
    ]
    for user, lewat, task_state in percobaan:
        sebelum = jepret(di_editor), jepret(di_pejabat)
        respons = sop.aksi_modal(lewat, user, "approve", task_state=task_state, comment="")
        assert ditolak(respons), (user, task_state)
        assert (jepret(di_editor), jepret(di_pejabat)) == sebelum, (user, task_state)


# -- private collections in the admin -----------------------------------------------------------


@pytest.fixture
def media_privat(koleksi_privat):
    return {
        "images": ImageFactory(kecil=True, title="Foto Rapat Internal", collection=koleksi_privat),
        "documents": DocumentFactory(title="Notulen Rapat Internal", collection=koleksi_privat),
    }


PEMILIH = {"images": "wagtailimages_chooser", "documents": "wagtaildocs_chooser"}


@pytest.mark.parametrize("peran", ["petugas", "pejabat"])
def test_koleksi_privat_tidak_terbuka_lewat_pemilih(request, media_privat, peran):
    """GHSA-p5gm-92h4-6pv6 (the images and documents API showed items of restricted
    collections), in the admin's choosers: the Petugas and the Pejabat may choose media from
    the section collections only, so the image and document choosers (the modal, a search,
    the chosen item) show them nothing of a private collection."""
    klien = _sebagai(request.getfixturevalue(peran))
    for jenis, obj in media_privat.items():
        pemilih = PEMILIH[jenis]
        for url in (
            reverse(f"{pemilih}:choose"),
            reverse(f"{pemilih}:choose_results") + "?q=internal",
        ):
            respons = klien.get(url)
            assert respons.status_code == 200, url
            assert obj.title not in html_dari(respons), url
        terpilih = klien.get(reverse(f"{pemilih}:chosen", args=[obj.pk]))
        assert obj.title not in terpilih.content.decode(), jenis


@pytest.mark.parametrize("peran", ["petugas", "pejabat"])
def test_koleksi_privat_tidak_terbuka_lewat_api_admin(request, media_privat, peran):
    """GHSA-p5gm-92h4-6pv6 and GHSA-3vrh-m9w7-v94f (the admin API returned what the user may
    not see): the admin API's image and document endpoints, which the choosers of the page
    editor call, list to the Petugas and the Pejabat only the media they may choose, so
    nothing of a private collection, nor its detail."""
    klien = _sebagai(request.getfixturevalue(peran))
    for jenis, obj in media_privat.items():
        for url in (f"/admin/api/main/{jenis}/", f"/admin/api/main/{jenis}/?search=internal"):
            respons = klien.get(url)
            assert respons.status_code == 200, url
            assert obj.pk not in [item["id"] for item in respons.json()["items"]], url
        assert klien.get(f"/admin/api/main/{jenis}/{obj.pk}/").status_code == 404, jenis


def test_judul_berganti_baris_tidak_menggagalkan_pengajuan(
    jam_kerja, buat_draf, petugas, editor, kotak_surat
):
    """A title with a line break inside, which the editor's form keeps (it strips only the
    ends) when a Petugas crafts the post, is submitted for review like any other, and the
    Editors are told: the notification's subject is one line whatever the title holds (an
    e-mail header may not span lines)."""
    page = buat_draf()
    respons = AlurSOP().ajukan(page, petugas, title="Banjir\r\nSamarinda")
    assert respons.status_code == 302
    assert nama_tugas(page) == "EditorTask"
    assert kotak_surat.untuk(editor)
    assert all("\n" not in pesan.subject for pesan in kotak_surat.semua)
