"""Regression tests for the classes of Wagtail security advisories of the last years, as they
apply to this portal. Where the permission matrix (test_matriks_admin.py) already holds the
regression, the row is named here instead of written twice.

- GHSA-wq5h-f9p5-q7fx (CVE-2021-29434) (`javascript:` links in rich text):
  test_tautan_javascript_di_teks_kaya_dibuang
- GHSA-xfrw-hxr5-ghqf (CVE-2021-32681) (plain-text StreamField blocks unescaped):
  test_isian_teks_dan_blok_polos_di_escape_di_situs
- CVE-2026-28222 (TableBlock class attributes): test_tabel_kelas_sel_keterangan_dan_isi_di_escape
- CVE-2020-11001, GHSA-5286-f2rf-35c2, CVE-2026-28223 (a crafted title in another user's admin
  views): test_judul_buatan_petugas_tidak_aktif_di_layar_admin_lain
- GHSA-c4mr-889m-vgf6 (page history without permission): matrix rows
  wagtailadmin_pages:history, history_results, workflow_history, workflow_history_detail
- GHSA-c6wj-9vcj-75pj, wagtail#5426 (compare / view revisions without permission, or of another
  page): matrix rows wagtailadmin_pages:revisions_view, revisions_compare (the "halaman lain"
  variants)
- CVE-2024-45389 (preview endpoints): matrix rows wagtailadmin_pages:preview_on_edit,
  view_draft, workflow_preview; test_pratinjau_isian_sendiri
- GHSA-67rv-mg8q-5pf3 (copying pages): matrix rows wagtailadmin_pages:copy;
  test_salinan_buatan_tidak_tayang_dan_tidak_keluar_bagian
- GHSA-p5gm-92h4-6pv6 (private collections through the API):
  test_api_tidak_membuka_gambar_dan_berkas_koleksi_privat
- GHSA-3vrh-m9w7-v94f, copy_for_translation (8.0rc2) (the admin API):
  test_api_admin_tidak_membuka_halaman_di_luar_izin, test_aksi_api_admin_tidak_tersedia
- GHSA-xxfm-vmcf-g33f, GHSA-w2v8-php4-p8hc (settings without permission): matrix rows
  wagtailsettings:* (the "ubah pengaturan situs" row posts the form)
- GHSA-fc75-58r8-rm3h (CVE-2023-45809) (user names through bulk actions):
  test_aksi_massal_pengguna_tidak_membuka_nama_pengguna
- GHSA-jmp3-39vp-fwg8 (CVE-2024-39317) (search query parsing (ReDoS)):
  test_kueri_cari_admin_yang_ganjil_tetap_dijawab
- GHSA-pwm3-7fv4-g6xx (deleting form submissions): matrix row wagtailforms:delete_submissions
  (the portal has no form pages)
"""

import json
import xml.etree.ElementTree as ET  # noqa: S405 - parses the portal's own feeds

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from berita.factories import BeritaPageFactory
from dokumen.factories import DokumenPageFactory
from dokumen.models import DokumenIndexPage
from portal.core.factories import DocumentFactory, ImageFactory
from portal.moderasi.jadwal_tayang import publikasi_segera
from tests.moderasi.conftest import AlurSOP, ajukan_langsung, ditolak, halaman

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
    """A crafted editor post (the Draftail widget never sends such a link) keeps its text but
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
    """Every plain-text field and block an author fills (title, summary, caption, credit,
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
    """CVE-2026-28222: TableBlock took a cell's class name from the stored value into the
    markup. A value crafted past the table editor (class names, merged-cell spans, caption and
    cells with markup) renders as inert text in the portal's own table template."""
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
    screen the Editor and the Pejabat open on it (CVE-2020-11001 was the revision compare view;
    GHSA-5286-f2rf-35c2 and CVE-2026-28223 other listings and confirmation messages)."""
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
    """The copy form offers "publish copies" and "alias" to publishers only; a crafted post
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
    """The admin API's write actions (…/pages/<id>/action/<name>/) publish, delete, copy and
    alias past every rule of the SOP: working hours, items under review, the copy form's
    checks. The admin's own screens never call them, so the portal does not serve them, to
    anyone."""
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
    """CVE-2023-45809: the bulk action confirmation listed the selected users' names to any
    admin user. Here it refuses, and nothing on the way back names the administrator."""
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
    """CVE-2024-39317: a crafted query of a few thousand characters made the query parser
    backtrack for minutes. Every search box of the admin answers such a query of 50,000
    characters, and one of thousands of words (which made the search backends recurse past
    Python's limit: portal/keamanan/kueri_admin.py), with its listing (benchmarks/
    kueri_panjang.py measures how fast: under a second)."""
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
