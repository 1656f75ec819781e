"""Galeri in the admin: photo and video galleries, their rules and their pages."""

import pytest
from wagtail.test.utils.form_data import inline_formset

from galeri.factories import GaleriFotoPageFactory, GaleriVideoFactory, GaleriVideoPageFactory
from galeri.models import GaleriFotoPage, GaleriIndexPage, GaleriVideoPage
from portal.core.factories import DocumentFactory, ImageFactory
from tests.admin_form import pesan_galat, tambah_halaman, ubah_halaman

pytestmark = pytest.mark.django_db


def data_galeri(**ubah):
    data = {
        "title": "Festival Erau 2026",
        "slug": "festival-erau-2026",
        "waktu_liputan": "2026-09-20 09:00",
        "tanggal": "2026-09-20",
        "deskripsi": "Suasana Festival Erau di Tenggarong.",
    }
    data.update(ubah)
    return data


def foto(alt="Penari Erau di halaman Kedaton", **lain):
    return {
        "gambar": ImageFactory(kecil=True).pk,
        "teks_alternatif": alt,
        "keterangan": "Tari pembukaan",
        "kredit": "Humas Kukar",
        **lain,
    }


def video(**isi):
    return {
        "judul": "Cuplikan Erau",
        "berkas": "",
        "poster": "",
        "teks_terjemahan": "",
        "bahasa_teks_terjemahan": "id",
        "url": "",
        **isi,
    }


def tambah(client, model, data):
    return tambah_halaman(
        client, model, GaleriIndexPage.objects.get(), data, **{"action-submit": "1"}
    )


def test_petugas_membuat_galeri_foto(client, petugas):
    client.force_login(petugas)
    respons = tambah(client, GaleriFotoPage, data_galeri(foto=inline_formset([foto(), foto()])))
    assert respons.status_code == 302, pesan_galat(respons)
    assert GaleriFotoPage.objects.get(slug="festival-erau-2026").foto.count() == 2


def test_foto_tanpa_teks_alternatif_ditolak(client, petugas):
    client.force_login(petugas)
    respons = tambah(client, GaleriFotoPage, data_galeri(foto=inline_formset([foto(alt="")])))
    assert respons.status_code == 200
    pesan = pesan_galat(respons)
    assert any("Teks alternatif wajib diisi" in p for p in pesan), pesan
    assert not GaleriFotoPage.objects.exists()


def test_galeri_foto_tanpa_foto_ditolak(client, petugas):
    client.force_login(petugas)
    respons = tambah(client, GaleriFotoPage, data_galeri(foto=inline_formset([])))
    assert any("minimal satu foto" in p for p in pesan_galat(respons))


def test_petugas_membuat_galeri_video_unggahan_dan_youtube(client, petugas):
    client.force_login(petugas)
    unggahan = video(
        berkas=DocumentFactory(video=True).pk,
        poster=ImageFactory(kecil=True).pk,
        teks_terjemahan=DocumentFactory(teks_video=True).pk,
    )
    tautan = video(url="https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    respons = tambah(client, GaleriVideoPage, data_galeri(video=inline_formset([unggahan, tautan])))
    assert respons.status_code == 302, pesan_galat(respons)
    assert GaleriVideoPage.objects.get().video.count() == 2


@pytest.mark.parametrize(
    "isi, pesan",
    [
        ({}, "Isi salah satu"),
        ({"url": "https://example.com/video"}, "YouTube atau Vimeo"),
        ({"berkas": "PDF"}, "MP4 atau WebM"),
        ({"url": "https://youtu.be/dQw4w9WgXcQ", "berkas": "VIDEO"}, "Isi salah satu"),
        ({"berkas": "VIDEO"}, "wajib memiliki gambar poster"),
    ],
    ids=["kosong", "bukan-youtube", "bukan-video", "dua-duanya", "tanpa-poster"],
)
def test_video_tidak_sah_ditolak_dengan_pesan_jelas(client, petugas, isi, pesan):
    if isi.get("berkas") == "PDF":
        isi["berkas"] = DocumentFactory().pk
    elif isi.get("berkas") == "VIDEO":
        isi["berkas"] = DocumentFactory(video=True).pk
    client.force_login(petugas)
    respons = tambah(client, GaleriVideoPage, data_galeri(video=inline_formset([video(**isi)])))
    assert respons.status_code == 200
    assert any(pesan in p for p in pesan_galat(respons)), pesan_galat(respons)
    assert not GaleriVideoPage.objects.exists()


def test_galeri_foto_tampil_dengan_teks_alternatif(client, beranda):
    galeri = GaleriFotoPageFactory(parent=GaleriIndexPage.objects.get(), foto=2)
    html = client.get(galeri.url).content.decode()
    for f in galeri.foto.all():
        assert f'alt="{f.teks_alternatif}"' in html


def test_galeri_video_memutar_berkas_dan_menunda_youtube(client, beranda):
    galeri = GaleriVideoPageFactory(parent=GaleriIndexPage.objects.get(), video=0)
    GaleriVideoFactory(page=galeri, unggahan=True)
    GaleriVideoFactory(page=galeri)
    html = client.get(galeri.url).content.decode()
    assert "<video" in html and 'kind="captions"' in html
    assert "youtube.com/embed" not in html.split("data-embed")[0]
    assert "<iframe" not in html


def test_indeks_galeri_memuat_kedua_jenis(client, beranda):
    indeks = GaleriIndexPage.objects.get()
    foto_ = GaleriFotoPageFactory(parent=indeks, foto=1)
    video_ = GaleriVideoPageFactory(parent=indeks)
    html = client.get(indeks.url).content.decode()
    assert foto_.title in html and video_.title in html


@pytest.mark.parametrize("factory", [GaleriFotoPageFactory, GaleriVideoPageFactory])
def test_suntingan_sah_galeri_tanpa_menyentuh_isinya(client, editor, factory):
    galeri = factory(parent=GaleriIndexPage.objects.get())
    client.force_login(editor)
    respons = ubah_halaman(client, galeri, {"deskripsi": "Deskripsi yang diperbarui editor."})
    assert respons.status_code == 302, pesan_galat(respons)
    galeri.refresh_from_db()
    assert galeri.get_latest_revision_as_object().deskripsi == "Deskripsi yang diperbarui editor."
