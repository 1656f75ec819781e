"""Two languages: the language switcher, English at /en/, translations through the SOP
workflow, the compiled English catalogue."""

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings

from portal.core.bahasa import siapkan_struktur_terjemahan
from tests.conftest import butuh_layanan
from tests.moderasi.conftest import ajukan_langsung, nama_tugas, setujui_langsung
from tests.seo.conftest import urai_html

pytestmark = pytest.mark.django_db

KATALOG_EN = Path(settings.BASE_DIR) / "portal" / "locale" / "en" / "LC_MESSAGES"
# The templates of the public site (the admin's own fall back to Indonesian, its language).
TEMPLAT_PUBLIK = [
    f"{app}/templates" for app in ("portal", "home", "berita", "dokumen", "galeri", "search")
]


def _tautan_bahasa(html):
    return {a["hreflang"]: a["href"] for a in urai_html(html).a if a.get("hreflang")}


def test_pemilih_bahasa_menautkan_terjemahan_halaman(client, berita, berita_en):
    tautan = _tautan_bahasa(client.get(berita.url).content.decode())
    assert tautan == {"id": berita.url, "en": berita_en.url}
    assert berita_en.url.startswith("/en/")

    tautan = _tautan_bahasa(client.get(berita_en.url).content.decode())
    assert tautan == {"id": berita.url, "en": berita_en.url}


def test_pemilih_bahasa_menuju_bagian_bahasa_lain_dan_berkata_belum_tersedia(
    client, berita, beranda_en
):
    """A berita without English version: the switcher says so and leads to the English news
    index (not silently to the English home page)."""
    from berita.models import BeritaIndexPage

    html = client.get(berita.url).content.decode()
    indeks_en = BeritaIndexPage.objects.child_of(beranda_en).get()
    assert _tautan_bahasa(html) == {"id": berita.url, "en": indeks_en.url}
    assert indeks_en.url.startswith("/en/")
    assert "Belum tersedia dalam bahasa Inggris" in html
    # The other way round, read in English: a page of the English tree only.
    assert "Belum tersedia" not in client.get("/en/").content.decode()


def test_pemilih_bahasa_menuju_beranda_bila_bagiannya_pun_belum_diterjemahkan(client, berita):
    from wagtail.models import Page

    from portal.core.bahasa import siapkan_struktur_terjemahan

    beranda_en = siapkan_struktur_terjemahan(berita.get_parent().get_parent(), "en")
    # The English sections taken offline (a plain update: not the behaviour under test).
    Page.objects.child_of(beranda_en).update(live=False)
    tautan = _tautan_bahasa(client.get(berita.url).content.decode())
    assert tautan == {"id": berita.url, "en": "/en/"}


def test_pemilih_bahasa_tidak_menautkan_terjemahan_yang_belum_tayang(client, berita, locale_en):
    draf = berita.copy_for_translation(locale_en)
    assert not draf.live
    tautan = _tautan_bahasa(client.get(berita.url).content.decode())
    assert tautan["en"] == draf.get_parent().url


def test_pemilih_bahasa_ada_di_setiap_halaman_publik(
    client, berita, dokumen, galeri_foto, beranda_en
):
    for url in (
        "/",
        "/en/",
        "/berita/",
        "/dokumen/",
        "/galeri/",
        berita.url,
        dokumen.url,
        galeri_foto.url,
    ):
        assert set(_tautan_bahasa(client.get(url).content.decode())) == {"id", "en"}, url


def test_halaman_en_menampilkan_teks_bahasa_inggris(client, berita_en):
    html = client.get(berita_en.url).content.decode()
    assert '<html lang="en">' in html
    assert "Skip to main content" in html
    assert "Lewati ke konten utama" not in html
    assert "Governor Opens the Mahakam Ulu Bridge" in html
    beranda = client.get("/en/").content.decode()
    assert "Latest news" in beranda


def test_halaman_id_tetap_berbahasa_indonesia(client, berita, beranda_en):
    html = client.get(berita.url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="id">' in html
    assert "Lewati ke konten utama" in html


def test_struktur_inggris_memakai_alur_publikasi_sop(beranda, beranda_en):
    from berita.models import BeritaIndexPage

    indeks_en = BeritaIndexPage.objects.child_of(beranda_en).get()
    assert beranda_en.live and indeks_en.live
    assert indeks_en.get_workflow().name == "Alur Publikasi SOP"
    assert indeks_en.get_workflow() == beranda.get_workflow()


def test_struktur_terjemahan_idempoten_dan_memberi_izin_grup_yang_sama(beranda, beranda_en):
    from wagtail.models import GroupPagePermission

    from berita.models import BeritaIndexPage

    assert siapkan_struktur_terjemahan(beranda, "en").pk == beranda_en.pk
    indeks_id = BeritaIndexPage.objects.child_of(beranda).get()
    indeks_en = BeritaIndexPage.objects.child_of(beranda_en).get()

    def izin(page):
        return set(
            GroupPagePermission.objects.filter(page=page).values_list(
                "group__name", "permission__codename"
            )
        )

    assert izin(indeks_en) == izin(indeks_id) != set()


def test_terjemahan_tayang_di_en_setelah_melalui_alur_publikasi(
    client, jam_kerja, berita, locale_en, petugas, editor, pejabat
):
    terjemahan = berita.copy_for_translation(locale_en)
    terjemahan.title = "Bridge Opened in Mahakam Ulu"
    terjemahan.slug = "bridge-opened-in-mahakam-ulu"
    terjemahan.owner = petugas
    terjemahan.save()
    terjemahan.save_revision(user=petugas)
    url = "/en/berita/bridge-opened-in-mahakam-ulu/"
    assert client.get(url).status_code == 404

    ajukan_langsung(terjemahan, petugas)
    assert nama_tugas(terjemahan) == "EditorTask"
    setujui_langsung(terjemahan, editor)
    assert nama_tugas(terjemahan) == "PejabatTask"
    assert client.get(url).status_code == 404
    setujui_langsung(terjemahan, pejabat)

    terjemahan.refresh_from_db()
    assert terjemahan.live
    respons = client.get(url)
    assert respons.status_code == 200
    assert "Bridge Opened in Mahakam Ulu" in respons.content.decode()


def test_menerjemahkan_berita_tayang_dengan_wagtail_localize_tidak_langsung_menayangkan(
    jam_kerja, berita, locale_en, editor, django_capture_on_commit_callbacks
):
    """An editor's "Translate" of a live berita must give a draft that enters the workflow,
    not a live English page (in working hours nothing else would hold it back)."""
    from wagtail_localize.operations import translate_object

    # wagtail-localize publishes when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(berita, [locale_en], user=editor)

    terjemahan = berita.get_translation(locale_en)
    assert not terjemahan.live


def test_katalog_inggris_terkompilasi_dan_mutakhir():
    po = polib.pofile(str(KATALOG_EN / "django.po"))
    mo = polib.mofile(str(KATALOG_EN / "django.mo"))
    diterjemahkan = {e.msgid: e.msgstr for e in po.translated_entries() if not e.msgid_plural}
    di_mo = {e.msgid: e.msgstr for e in mo if not e.msgid_plural}
    assert diterjemahkan
    for msgid, msgstr in diterjemahkan.items():
        assert di_mo.get(msgid) == msgstr, msgid
    assert po.find("Lewati ke konten utama").msgstr == "Skip to main content"


def _teks_templat_publik(folder_kerja):
    """(context, msgid) of every translatable string of the public templates, extracted as
    `makemessages` extracts them (Django's templatize, then xgettext)."""
    from django.utils.translation.template import templatize

    akar = Path(settings.BASE_DIR)
    berkas = []
    for folder in TEMPLAT_PUBLIK:
        for templat in sorted((akar / folder).rglob("*.html")):
            if "admin" in templat.relative_to(akar / folder).parts:
                continue
            keluar = folder_kerja / (str(templat.relative_to(akar)).replace("/", "__") + ".py")
            keluar.write_text(
                templatize(templat.read_text(encoding="utf-8"), origin=str(templat)),
                encoding="utf-8",
            )
            berkas.append(str(keluar))
    pot = folder_kerja / "publik.pot"
    subprocess.run(  # noqa: S603 - fixed program, files we wrote
        ["xgettext", "--language=Python", "--from-code=UTF-8", "--keyword=pgettext:1c,2"]
        + ["--keyword=npgettext:1c,2,3", "-o", str(pot), *berkas],
        check=True,
        capture_output=True,
    )
    return {(e.msgctxt, e.msgid) for e in polib.pofile(str(pot)) if e.msgid}


def test_katalog_inggris_memuat_semua_teks_templat_publik(tmp_path):
    """A string added to a public template without its English translation would show in
    Indonesian on the English site: the catalogue must be regenerated (README)."""
    butuh_layanan(shutil.which("xgettext"), "xgettext tidak ada (apt-get install gettext)")
    teks = _teks_templat_publik(tmp_path)
    assert len(teks) > 100
    po = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(KATALOG_EN / "django.po"))}
    mo = {(e.msgctxt, e.msgid) for e in polib.mofile(str(KATALOG_EN / "django.mo"))}

    def diterjemahkan(kunci):
        entri = po.get(kunci)
        return (
            entri is not None
            and "fuzzy" not in entri.flags
            and bool(entri.msgstr or all(entri.msgstr_plural.values()))
            and kunci in mo
        )

    assert sorted(msgid for ctx, msgid in teks if not diterjemahkan((ctx, msgid))) == []


def test_pemilih_bahasa_tanpa_tautan_ke_bahasa_yang_belum_ada(client, berita):
    """Before any English page is live, the switcher links nowhere it would 404."""
    tautan = _tautan_bahasa(client.get(berita.url).content.decode())
    assert tautan == {"id": berita.url}


def test_terjemahan_baru_mewarisi_alur_dan_izin_sumbernya(beranda, petugas):
    from wagtail.models import GroupPagePermission, Locale

    from portal.situs.penyiapan import siapkan_portal

    en = Locale.objects.get(language_code="en")
    beranda_en = beranda.copy_for_translation(en)
    indeks_en = beranda.get_children().get(slug="berita").copy_for_translation(en)
    assert beranda_en.get_workflow().name == "Alur Publikasi SOP"
    assert indeks_en.get_workflow().name == "Alur Publikasi SOP"
    izin = set(
        GroupPagePermission.objects.filter(page=indeks_en).values_list(
            "group__name", "permission__codename"
        )
    )
    assert {("Petugas", "add_page"), ("Editor", "change_page")} <= izin
    # setup_portal keeps them (its groups are exact, translations included).
    siapkan_portal()
    assert (
        set(
            GroupPagePermission.objects.filter(page=indeks_en).values_list(
                "group__name", "permission__codename"
            )
        )
        == izin
    )


@pytest.mark.parametrize(
    ("alamat", "tujuan"),
    [
        ("/id/", "/"),
        ("/id", "/"),
        ("/id/berita/?page=2&tahun=2025", "/berita/?page=2&tahun=2025"),
        ("/id/dokumen/daftar-informasi-publik/", "/dokumen/daftar-informasi-publik/"),
        # Never a protocol-relative link to another host.
        ("/id//x.example/", "/x.example/"),
        ("/id/\\x.example/", "/x.example/"),
    ],
)
def test_awalan_id_dialihkan_permanen_ke_halaman_tanpa_awalan(client, beranda, alamat, tujuan):
    respons = client.get(alamat)
    assert respons.status_code == 301
    assert respons["Location"] == tujuan


def test_halaman_berawalan_id_tetap_halaman_biasa(client, beranda):
    """Only the prefix `/id/` is the language's: a slug that starts with "id" is a page."""
    assert client.get("/idul-fitri/").status_code == 404
