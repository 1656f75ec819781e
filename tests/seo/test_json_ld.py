"""JSON-LD: the schema.org nodes of each page type, with the properties search engines
require, in a non-executable <script type="application/ld+json"> with `</` escaped."""

import json
from datetime import datetime

import pytest

from portal.core.seo import skrip_json_ld
from tests.seo.conftest import simpul_bertipe, simpul_json_ld, urai_html

pytestmark = pytest.mark.django_db


def _absolut(url):
    return isinstance(url, str) and url.startswith(("http://", "https://"))


def _tanggal(nilai):
    return datetime.fromisoformat(nilai)


def test_beranda_government_organization(client, beranda):
    from portal.core.models import PengaturanSitus

    pengaturan = PengaturanSitus.load()
    pengaturan.alamat = "Jl. Gajah Mada No. 2, Samarinda"
    pengaturan.telepon = "(0541) 733333"
    pengaturan.instagram = "https://www.instagram.com/pemprovkaltim"
    pengaturan.save()

    [org] = simpul_bertipe(client.get("/").content.decode(), "GovernmentOrganization")

    assert org["name"] == pengaturan.nama_instansi
    assert org["url"] == "http://localhost/"
    assert _absolut(org["logo"]["url"])
    assert org["address"]["streetAddress"] == "Jl. Gajah Mada No. 2, Samarinda"
    assert org["telephone"] == "(0541) 733333"
    assert org["sameAs"] == ["https://www.instagram.com/pemprovkaltim"]


def _gambar_statis(url):
    """The file behind a static URL of the portal, found as `collectstatic` finds it."""
    from urllib.parse import urlsplit

    from django.conf import settings
    from django.contrib.staticfiles import finders

    return finders.find(urlsplit(url).path.removeprefix(settings.STATIC_URL))


def test_logo_organisasi_raster_minimal_112_piksel(client, beranda):
    """Search engines take an organisation's logo as a raster image of at least 112 × 112 px,
    not SVG: without a logo in the site settings, the committed PNG of the emblem, its width
    and height those of the file."""
    from PIL import Image

    [org] = simpul_bertipe(client.get("/").content.decode(), "GovernmentOrganization")
    logo = org["logo"]
    assert logo["@type"] == "ImageObject" and _absolut(logo["url"])
    with Image.open(_gambar_statis(logo["url"])) as gambar:
        assert gambar.format == "PNG"
        assert gambar.size == (logo["width"], logo["height"])
    assert min(logo["width"], logo["height"]) >= 112


@pytest.mark.parametrize(
    ("lebar", "tinggi", "dari_pengaturan"),
    [(1600, 900, True), (100, 100, False)],
    ids=["logo-pengaturan", "logo-terlalu-kecil"],
)
def test_logo_organisasi_dari_pengaturan_situs_bila_cukup_besar(
    client, beranda, lebar, tinggi, dari_pengaturan
):
    """The site settings' logo as a PNG rendition with its size; one smaller than search
    engines accept gives way to the emblem."""
    from portal.core.factories import ImageFactory
    from portal.core.models import PengaturanSitus

    pengaturan = PengaturanSitus.load()
    pengaturan.logo = ImageFactory(lebar=lebar, tinggi=tinggi, title="Logo Pemprov")
    pengaturan.save()

    [org] = simpul_bertipe(client.get("/").content.decode(), "GovernmentOrganization")
    logo = org["logo"]
    assert ("/media/" in logo["url"]) is dari_pengaturan
    assert logo["url"].endswith(".png")
    assert min(logo["width"], logo["height"]) >= 112
    if dari_pengaturan:
        rendisi = pengaturan.logo.get_rendition("max-600x600|format-png")
        assert (logo["width"], logo["height"]) == (rendisi.width, rendisi.height)


def test_berita_news_article(client, berita):
    [artikel] = simpul_bertipe(client.get(berita.url).content.decode(), "NewsArticle")

    assert artikel["headline"] == berita.title and len(artikel["headline"]) <= 110
    assert _tanggal(artikel["datePublished"]).tzinfo is not None
    assert _tanggal(artikel["dateModified"]) >= _tanggal(artikel["datePublished"])
    assert artikel["image"] and all(_absolut(u) for u in artikel["image"])
    assert artikel["author"] == [{"@type": "Person", "name": "Tim Humas"}]
    penerbit = artikel["publisher"]
    assert penerbit["name"] and _absolut(penerbit["url"])
    assert penerbit["logo"]["@type"] == "ImageObject" and _absolut(penerbit["logo"]["url"])
    assert artikel["mainEntityOfPage"]["@id"] == berita.get_full_url()
    assert artikel["description"] == berita.ringkasan


def test_dokumen_digital_document(client, dokumen):
    [dok] = simpul_bertipe(client.get(dokumen.url).content.decode(), "DigitalDocument")

    assert dok["name"] == dokumen.title
    assert dok["identifier"] == dokumen.nomor
    assert dok["datePublished"] == dokumen.tanggal_terbit.isoformat()
    assert dok["author"]["name"] == dokumen.opd.nama
    assert dok["url"] == dokumen.get_full_url()
    [berkas] = dok["associatedMedia"]
    lampiran = dokumen.lampiran.get()
    assert berkas["contentUrl"] == "http://localhost" + lampiran.dokumen.url
    assert berkas["encodingFormat"] == "application/pdf"


def test_galeri_foto_image_gallery(client, galeri_foto):
    [galeri] = simpul_bertipe(client.get(galeri_foto.url).content.decode(), "ImageGallery")

    assert galeri["name"] == galeri_foto.title
    assert galeri["description"] == galeri_foto.deskripsi
    assert len(galeri["image"]) == galeri_foto.foto.count() == 2
    for foto in galeri["image"]:
        assert foto["@type"] == "ImageObject" and _absolut(foto["contentUrl"])
        assert foto["name"]


def test_galeri_video_video_object(client, galeri_video):
    video = simpul_bertipe(client.get(galeri_video.url).content.decode(), "VideoObject")

    assert len(video) == 2
    for v in video:
        assert v["name"] and v["description"] == galeri_video.deskripsi
        assert _tanggal(v["uploadDate"]).tzinfo is not None
        assert v["thumbnailUrl"] and all(_absolut(u) for u in v["thumbnailUrl"])
        assert _absolut(v.get("contentUrl") or v.get("embedUrl"))
    assert {("contentUrl" in v, "embedUrl" in v) for v in video} == {(True, False), (False, True)}


def test_breadcrumblist_di_setiap_halaman(client, berita, dokumen, galeri_foto):
    for page in (berita, dokumen, galeri_foto):
        [remah] = simpul_bertipe(client.get(page.url).content.decode(), "BreadcrumbList")
        item = remah["itemListElement"]
        assert [i["position"] for i in item] == [1, 2, 3]
        assert item[0]["item"] == "http://localhost/"
        assert item[-1]["item"] == page.get_full_url()
        assert item[-1]["name"] == page.title
    [remah] = simpul_bertipe(client.get("/").content.decode(), "BreadcrumbList")
    assert remah["itemListElement"][0]["item"] == "http://localhost/"


def test_json_ld_tidak_dapat_menutup_elemen_script(client, indeks_berita):
    from berita.factories import BeritaPageFactory
    from tests.seo.conftest import terbitkan

    judul = "Waspada </script><script>alert(1)</script> & hoaks"
    page = terbitkan(BeritaPageFactory(parent=indeks_berita, title=judul))
    html = client.get(page.url).content.decode()

    [teks] = urai_html(html).json_ld
    assert "</script" not in teks and "<script" not in teks
    [artikel] = [s for s in simpul_json_ld(html) if s["@type"] == "NewsArticle"]
    assert artikel["headline"] == judul[:110]


def test_skrip_json_ld_meng_escape_seperti_json_script():
    html = str(skrip_json_ld({"a": "</script>&<!--"}))
    assert html.startswith('<script type="application/ld+json">')
    isi = html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "<" not in isi and ">" not in isi and "&" not in isi
    assert json.loads(isi) == {"a": "</script>&<!--"}
