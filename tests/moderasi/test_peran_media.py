"""Images and documents by role, through Wagtail's own admin views (SOP step 1: the petugas
collects images, documents and video; the Editor, as webmaster, manages them all).

- Petugas upload into the section collections (Berita, Dokumen, Galeri), never the root one;
  they edit what they uploaded themselves and nobody else's.
- The Editor edits any image or document, in any collection.
"""

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from portal.core.contoh.pdf import pdf_demo
from portal.core.factories import DocumentFactory, ImageFactory
from tests.moderasi.conftest import ditolak

pytestmark = pytest.mark.django_db

Image = get_image_model()
Document = get_document_model()

KOLEKSI_BAGIAN = ("Berita", "Dokumen", "Galeri")


def _koleksi(nama):
    return Collection.objects.get(name=nama)


def _akar():
    return Collection.get_first_root_node()


def _pilihan_koleksi(client, url_name):
    """The collections the upload form offers (the collection field's options)."""
    respons = client.get(reverse(url_name))
    assert respons.status_code == 200
    pilihan = BeautifulSoup(respons.content, "html.parser").select("select[name=collection] option")
    return {int(o["value"]) for o in pilihan if o.get("value")}


def _unggah_gambar(client, koleksi, judul):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": judul,
            "file": SimpleUploadedFile(f"{judul}.png", get_test_image_file().file.getvalue()),
            "collection": koleksi.pk,
            "tags": "",
        },
    )


def _unggah_dokumen(client, koleksi, judul):
    berkas = SimpleUploadedFile(f"{judul}.pdf", pdf_demo(judul, ["Dokumen uji."]))
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": judul, "file": berkas, "collection": koleksi.pk, "tags": ""},
    )


def _ubah_gambar(client, gambar, judul):
    return client.post(
        reverse("wagtailimages:edit", args=[gambar.pk]),
        {"title": judul, "collection": gambar.collection_id, "tags": ""},
    )


def _ubah_dokumen(client, dokumen, judul):
    return client.post(
        reverse("wagtaildocs:edit", args=[dokumen.pk]),
        {"title": judul, "collection": dokumen.collection_id, "tags": ""},
    )


@pytest.mark.parametrize("nama_koleksi", KOLEKSI_BAGIAN)
def test_petugas_mengunggah_gambar_dan_dokumen_ke_koleksi_bagian(client, petugas, nama_koleksi):
    client.force_login(petugas)
    koleksi = _koleksi(nama_koleksi)

    assert _unggah_gambar(client, koleksi, f"foto-{nama_koleksi}").status_code == 302
    assert _unggah_dokumen(client, koleksi, f"dok-{nama_koleksi}").status_code == 302

    gambar = Image.objects.get(title=f"foto-{nama_koleksi}")
    dokumen = Document.objects.get(title=f"dok-{nama_koleksi}")
    assert (gambar.collection, gambar.uploaded_by_user) == (koleksi, petugas)
    assert (dokumen.collection, dokumen.uploaded_by_user) == (koleksi, petugas)


def test_petugas_tidak_dapat_mengunggah_ke_koleksi_akar(client, petugas):
    client.force_login(petugas)
    bagian = {_koleksi(nama).pk for nama in KOLEKSI_BAGIAN}

    assert _pilihan_koleksi(client, "wagtailimages:add") == bagian
    assert _pilihan_koleksi(client, "wagtaildocs:add") == bagian
    assert _unggah_gambar(client, _akar(), "foto-akar").status_code == 200
    assert _unggah_dokumen(client, _akar(), "dok-akar").status_code == 200
    assert not Image.objects.filter(title="foto-akar").exists()
    assert not Document.objects.filter(title="dok-akar").exists()


def test_petugas_mengubah_unggahannya_sendiri_bukan_milik_orang_lain(
    client, petugas, petugas_lain, editor
):
    berita = _koleksi("Berita")
    milik_sendiri = ImageFactory(kecil=True, collection=berita, uploaded_by_user=petugas)
    gambar_lain = ImageFactory(kecil=True, collection=berita, uploaded_by_user=petugas_lain)
    gambar_editor = ImageFactory(kecil=True, collection=berita, uploaded_by_user=editor)
    dokumen_lain = DocumentFactory(collection=berita, uploaded_by_user=petugas_lain)
    client.force_login(petugas)

    assert _ubah_gambar(client, milik_sendiri, "Foto milik sendiri").status_code == 302
    milik_sendiri.refresh_from_db()
    assert milik_sendiri.title == "Foto milik sendiri"

    for gambar in (gambar_lain, gambar_editor):
        judul = gambar.title
        assert ditolak(client.get(reverse("wagtailimages:edit", args=[gambar.pk])))
        assert ditolak(_ubah_gambar(client, gambar, "Diubah petugas lain"))
        gambar.refresh_from_db()
        assert gambar.title == judul
    judul = dokumen_lain.title
    assert ditolak(_ubah_dokumen(client, dokumen_lain, "Diubah petugas lain"))
    dokumen_lain.refresh_from_db()
    assert dokumen_lain.title == judul
    assert ditolak(client.post(reverse("wagtailimages:delete", args=[gambar_lain.pk])))
    assert Image.objects.filter(pk=gambar_lain.pk).exists()


@pytest.mark.parametrize("nama_koleksi", [*KOLEKSI_BAGIAN, None])
def test_editor_mengubah_gambar_dan_dokumen_siapa_pun(
    client, editor, petugas, admin_portal, nama_koleksi
):
    koleksi = _koleksi(nama_koleksi) if nama_koleksi else _akar()
    pengunggah = admin_portal if nama_koleksi is None else petugas
    gambar = ImageFactory(kecil=True, collection=koleksi, uploaded_by_user=pengunggah)
    dokumen = DocumentFactory(collection=koleksi, uploaded_by_user=pengunggah)
    client.force_login(editor)

    assert _ubah_gambar(client, gambar, "Foto disunting editor").status_code == 302
    assert _ubah_dokumen(client, dokumen, "Dokumen disunting editor").status_code == 302

    gambar.refresh_from_db()
    dokumen.refresh_from_db()
    assert gambar.title == "Foto disunting editor"
    assert dokumen.title == "Dokumen disunting editor"


def test_pejabat_tidak_mengunggah_maupun_mengubah(client, pejabat, petugas):
    gambar = ImageFactory(kecil=True, collection=_koleksi("Galeri"), uploaded_by_user=petugas)
    judul = gambar.title
    client.force_login(pejabat)

    assert ditolak(client.get(reverse("wagtailimages:add")))
    assert ditolak(_ubah_gambar(client, gambar, "Diubah pejabat"))
    gambar.refresh_from_db()
    assert gambar.title == judul
