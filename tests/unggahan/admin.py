"""Uploading through Wagtail's real admin views, as an editor's browser does, and reading
back what the editor is told and what was stored."""

import html
import json
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import UploadedFile

from portal.core.factories import koleksi_akar

# (model, URL name, how the view answers): the single add form (HTML), the multiple uploader
# (JSON, one file per request as its JavaScript sends them) and the chooser's upload tab
# (JSON wrapping the modal's HTML).
TAMPILAN_GAMBAR = {"tambah": "wagtailimages:add", "tambah_banyak": "wagtailimages:add_multiple"}
TAMPILAN_DOKUMEN = {"tambah": "wagtaildocs:add", "tambah_banyak": "wagtaildocs:add_multiple"}
PEMILIH = {
    "gambar": ("wagtailimages_chooser:create", "image-chooser-upload"),
    "dokumen": ("wagtaildocs_chooser:create", "document-chooser-upload"),
}


class Hasil:
    def __init__(self, respons, teks, berhasil):
        self.status = respons.status_code
        self.teks = teks  # the page or message the editor reads, HTML entities decoded
        self.berhasil = berhasil


def unggah(client, url_name, nama_berkas, isi, koleksi=None):
    berkas = SimpleUploadedFile(nama_berkas, isi)
    koleksi = (koleksi or koleksi_akar()).pk
    if url_name.endswith("add_multiple"):
        respons = client.post(reverse(url_name), {"files[]": berkas, "collection": koleksi})
        if respons.status_code != 200:
            return Hasil(respons, respons.content.decode(errors="replace"), False)
        data = respons.json()
        return Hasil(respons, data.get("error_message", ""), data["success"])
    respons = client.post(
        reverse(url_name),
        {"title": "Unggahan uji", "collection": koleksi, "file": berkas, "tags": ""},
    )
    return Hasil(respons, html.unescape(respons.content.decode()), respons.status_code == 302)


def unggah_lewat_pemilih(client, jenis, nama_berkas, isi, koleksi=None):
    url_name, awalan = PEMILIH[jenis]
    respons = client.post(
        reverse(url_name),
        {
            f"{awalan}-title": "Unggahan uji",
            f"{awalan}-collection": (koleksi or koleksi_akar()).pk,
            f"{awalan}-file": SimpleUploadedFile(nama_berkas, isi),
            f"{awalan}-tags": "",
        },
    )
    data = json.loads(respons.content)
    return Hasil(
        respons, html.unescape(data.get("htmlFragment", "")), data["step"] != "reshow_creation_form"
    )


def jumlah_tersimpan():
    """Rows and files the upload could have left: images, documents, the multiple
    uploader's pending uploads, and any file under MEDIA_ROOT."""
    berkas = [p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()]
    return (
        get_image_model().objects.count()
        + get_document_model().objects.count()
        + UploadedFile.objects.count()
        + len(berkas)
    )
