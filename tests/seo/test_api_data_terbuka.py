"""The open-data API (Wagtail API v2, read-only) at /api/v2/: berita, dokumen with metadata
and file URLs, galleries, images and documents; only live public content."""

from pathlib import Path

import pytest
from django.conf import settings

from dokumen.models import DokumenPage, KategoriKIP
from portal.api import tipe_halaman_api

pytestmark = pytest.mark.django_db


def _judul(client, url):
    respons = client.get(url)
    assert respons.status_code == 200, respons.content
    return {item["title"] for item in respons.json()["items"]}


def test_api_hanya_memuat_berita_tayang(client, berita, bukan_publik):
    judul = _judul(client, "/api/v2/pages/?type=berita.BeritaPage")
    assert judul == {berita.title}
    for page in bukan_publik:
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_api_berita_memuat_isi_dan_rendisi_absolut(client, berita):
    data = client.get(f"/api/v2/pages/{berita.pk}/").json()
    assert data["ringkasan"] == berita.ringkasan
    assert data["kategori"]["slug"] == berita.kategori.slug
    assert data["gambar_utama_rendisi"]["url"].startswith("http://localhost/media/")
    assert data["meta"]["html_url"] == berita.get_full_url()
    assert data["isi"]


def test_api_dokumen_dengan_metadata_dan_url_berkas(client, dokumen):
    respons = client.get("/api/v2/pages/?type=dokumen.DokumenPage&fields=*")
    [data] = respons.json()["items"]
    assert data["nomor"] == dokumen.nomor
    assert data["tahun"] == dokumen.tahun
    assert data["jenis"]["nama"] == dokumen.jenis.nama
    assert data["opd"]["nama"] == dokumen.opd.nama
    assert data["kategori_kip"] == dokumen.kategori_kip
    assert data["penanggung_jawab"] == dokumen.penanggung_jawab
    [berkas] = data["lampiran"]
    lampiran = dokumen.lampiran.get()
    assert berkas["url"] == "http://localhost" + lampiran.dokumen.url
    assert berkas["tipe"] == "application/pdf"
    assert berkas["ukuran_byte"] == lampiran.dokumen.file_size
    assert client.get(berkas["url"].removeprefix("http://localhost")).status_code == 200


def test_api_dokumen_dapat_disaring_menurut_tahun(client, dokumen):
    assert _judul(client, f"/api/v2/pages/?type=dokumen.DokumenPage&tahun={dokumen.tahun}")
    assert not _judul(client, "/api/v2/pages/?type=dokumen.DokumenPage&tahun=1951")


def test_api_galeri_foto_dan_video(client, galeri_foto, galeri_video):
    foto = client.get(f"/api/v2/pages/{galeri_foto.pk}/").json()
    assert len(foto["foto"]) == 2 and foto["foto"][0]["url"].startswith("http://localhost/")
    video = client.get(f"/api/v2/pages/{galeri_video.pk}/").json()
    assert {bool(v["url_berkas"]) for v in video["video"]} == {True, False}


def test_api_tidak_memuat_jenis_halaman_lain(client, beranda):
    judul = _judul(client, "/api/v2/pages/?type=search.SearchPage")
    assert judul == set()


def test_api_memuat_jenis_halaman_yang_didokumentasikan():
    """Each page type says whether the API lists it (`PortalPage.dicantumkan_di_api`): the set
    README documents, without search pages or serta-merta announcements."""
    assert {model._meta.label for model in tipe_halaman_api()} == {
        "home.HomePage",
        "berita.BeritaIndexPage",
        "berita.BeritaPage",
        "dokumen.DokumenIndexPage",
        "dokumen.DokumenPage",
        "galeri.GaleriIndexPage",
        "galeri.GaleriFotoPage",
        "galeri.GaleriVideoPage",
    }


def test_api_tidak_memuat_dokumen_dikecualikan(client, dokumen):
    """Exempt information (KIP Art. 17) that slipped past the form stays out of the API."""
    DokumenPage.objects.filter(pk=dokumen.pk).update(kategori_kip=KategoriKIP.DIKECUALIKAN)
    assert _judul(client, "/api/v2/pages/?type=dokumen.DokumenPage") == set()
    assert client.get(f"/api/v2/pages/{dokumen.pk}/").status_code == 404


def test_api_admin_tanpa_field_data_terbuka(client, admin_portal, berita):
    """The page types' `api_fields` serve the open-data API only: Wagtail's admin API, which
    shows pages the user may only explore (another Petugas's drafts), serializes every page as
    a plain Page, so a draft's body and its files never show there."""
    client.force_login(admin_portal)
    data = client.get(f"/admin/api/main/pages/{berita.pk}/").json()
    assert data["title"] == berita.title
    assert "isi" not in data and "gambar_utama_rendisi" not in data


def test_api_gambar_dan_berkas_hanya_yang_dipakai_halaman_tayang(
    client, berita, dokumen, bukan_publik
):
    gambar = _judul(client, "/api/v2/images/")
    assert berita.gambar_utama.title in gambar
    for page in bukan_publik:
        assert page.gambar_utama.title not in gambar
        assert client.get(f"/api/v2/images/{page.gambar_utama_id}/").status_code == 404
    berkas = _judul(client, "/api/v2/documents/")
    assert berkas == {dokumen.lampiran.get().dokumen.title}


def test_api_gambar_draf_halaman_tayang_tidak_bocor(client, berita):
    """A new lead image saved in a live berita's unpublished draft stays private."""
    from portal.core.factories import ImageFactory

    baru = ImageFactory(kecil=True, title="Foto Draf Belum Disetujui")
    berita.gambar_utama = baru
    berita.save_revision()

    gambar = _judul(client, "/api/v2/images/")
    assert "Foto Draf Belum Disetujui" not in gambar
    assert berita.title in gambar


def test_api_hanya_baca(client, admin_portal, berita):
    client.force_login(admin_portal)
    for metode in ("post", "put", "patch", "delete"):
        respons = getattr(client, metode)(
            f"/api/v2/pages/{berita.pk}/", {}, content_type="application/json"
        )
        assert respons.status_code == 405, metode


def test_api_tidak_di_bawah_awalan_bahasa(client, berita_en):
    assert client.get("/en/api/v2/pages/").status_code == 404
    judul = _judul(client, "/api/v2/pages/?type=berita.BeritaPage&locale=en")
    assert judul == {berita_en.title}


def test_readme_mendokumentasikan_api_dengan_contoh_kueri():
    readme = (Path(settings.BASE_DIR) / "README.md").read_text()
    assert "/api/v2/pages/?type=berita.BeritaPage" in readme
    assert "/api/v2/documents/" in readme
