"""A video's media details: its captions track in the language of its file, captions
required for uploaded videos with speech (or "tanpa ucapan" ticked), and each video once in
the page's JSON-LD graph with an `@id`."""

import pytest
from bs4 import BeautifulSoup
from wagtail.test.utils.form_data import inline_formset

from galeri.factories import GaleriVideoFactory, GaleriVideoPageFactory
from galeri.models import GaleriIndexPage, GaleriVideoPage
from portal.core.bahasa import siapkan_struktur_terjemahan
from portal.core.factories import DocumentFactory, ImageFactory
from tests.admin_form import pesan_galat
from tests.galeri.test_admin_galeri import data_galeri, tambah, video
from tests.seo.conftest import simpul_json_ld, terbitkan

pytestmark = pytest.mark.django_db


def galeri_unggahan(**kolom):
    """A live video gallery with one uploaded video (poster and captions) and a YouTube link."""
    page = GaleriVideoPageFactory(parent=GaleriIndexPage.objects.get(), video=0)
    GaleriVideoFactory(page=page, unggahan=True, **kolom)
    GaleriVideoFactory(page=page)
    return terbitkan(page)


def trek(html):
    """The attributes of the <track> elements of the page's players."""
    return [dict(t.attrs) for t in BeautifulSoup(html, "html.parser").select("video track")]


# -- the captions' language ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bahasa", "label"), [("id", "Bahasa Indonesia"), ("en", "English")], ids=["id", "en"]
)
def test_srclang_mengikuti_bahasa_teks_terjemahan(client, beranda, bahasa, label):
    galeri = galeri_unggahan(bahasa_teks_terjemahan=bahasa)
    [t] = trek(client.get(galeri.url).content.decode())
    assert (t["kind"], t["srclang"], t["label"]) == ("captions", bahasa, label)


def test_trek_bahasa_inggris_di_halaman_bahasa_inggris(client, beranda):
    """An English page's copy of the video carries English captions when the translator gave
    it some; without them it keeps the Indonesian track, named as such."""
    galeri = galeri_unggahan()
    beranda_en = siapkan_struktur_terjemahan(beranda, "en")
    terjemahan = terbitkan(galeri.copy_for_translation(beranda_en.locale))
    [t] = trek(client.get(terjemahan.url).content.decode())
    assert (t["srclang"], t["label"]) == ("id", "Bahasa Indonesia")

    vtt_en = DocumentFactory(teks_video=True, title="English captions of the sample video")
    terjemahan.video.filter(berkas__isnull=False).update(
        teks_terjemahan=vtt_en, bahasa_teks_terjemahan="en"
    )
    terjemahan = terbitkan(terjemahan)
    [t] = trek(client.get(terjemahan.url).content.decode())
    assert (t["srclang"], t["label"], t["src"]) == ("en", "English", vtt_en.url)
    [t] = trek(client.get(galeri.url).content.decode())
    assert t["srclang"] == "id"


# -- captions required for speech ------------------------------------------------------------


def unggahan(**isi):
    return video(berkas=DocumentFactory(video=True).pk, poster=ImageFactory(kecil=True).pk, **isi)


def test_video_unggahan_tanpa_teks_terjemahan_ditolak(client, petugas):
    client.force_login(petugas)
    respons = tambah(client, GaleriVideoPage, data_galeri(video=inline_formset([unggahan()])))
    assert respons.status_code == 200
    pesan = pesan_galat(respons)
    assert any("wajib memiliki teks terjemahan" in p and "tanpa ucapan" in p for p in pesan), pesan
    assert not GaleriVideoPage.objects.exists()


def test_video_tanpa_ucapan_boleh_tanpa_teks_terjemahan(client, petugas):
    client.force_login(petugas)
    data = data_galeri(video=inline_formset([unggahan(tanpa_ucapan="on")]))
    respons = tambah(client, GaleriVideoPage, data)
    assert respons.status_code == 302, pesan_galat(respons)
    [tersimpan] = GaleriVideoPage.objects.get().video.all()
    assert tersimpan.tanpa_ucapan and tersimpan.teks_terjemahan is None


def test_video_unggahan_dengan_teks_terjemahan_bahasa_inggris_diterima(client, petugas):
    client.force_login(petugas)
    isi = unggahan(teks_terjemahan=DocumentFactory(teks_video=True).pk, bahasa_teks_terjemahan="en")
    respons = tambah(client, GaleriVideoPage, data_galeri(video=inline_formset([isi])))
    assert respons.status_code == 302, pesan_galat(respons)
    assert GaleriVideoPage.objects.get().video.get().bahasa_teks_terjemahan == "en"


# -- JSON-LD ------------------------------------------------------------------------------------


def _semua_video_object(data):
    """Every VideoObject anywhere in a JSON-LD structure, nested ones included."""
    if isinstance(data, list):
        return [v for item in data for v in _semua_video_object(item)]
    if not isinstance(data, dict):
        return []
    bersarang = [v for nilai in data.values() for v in _semua_video_object(nilai)]
    return [data, *bersarang] if data.get("@type") == "VideoObject" else bersarang


def test_video_object_sekali_dengan_id(client, beranda):
    galeri = galeri_unggahan()
    html = client.get(galeri.url).content.decode()
    simpul = simpul_json_ld(html)

    video_object = _semua_video_object(simpul)
    url = galeri.get_full_url()
    assert [v["@id"] for v in video_object] == [f"{url}#video-1", f"{url}#video-2"]
    [koleksi] = [s for s in simpul if s["@type"] == "CollectionPage"]
    assert koleksi["hasPart"] == [{"@id": v["@id"]} for v in video_object]
    # Each @id points at the video's own section of the page.
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find(id="video-1").find("video") is not None
    assert soup.find(id="video-2").find("video") is None
    # The uploaded video names its captions file and their language.
    assert video_object[0]["caption"]["inLanguage"] == "id"
    assert video_object[0]["caption"]["encodingFormat"] == "text/vtt"


def test_beranda_tanpa_video_object_ganda(client, beranda):
    """The home page lists the gallery (featured or latest) but describes no video of it."""
    galeri = galeri_unggahan()
    html = client.get("/").content.decode()
    assert galeri.title in html
    assert _semua_video_object(simpul_json_ld(html)) == []
