"""The serializer fields of the open-data API (portal/api.py) that any content area may use in
its page types' `api_fields` (Wagtail's own mechanism): a register entry as plain data, an image
as an absolute JPEG rendition, and the base of a list of a page's related items. The fields of
one area only (a dokumen's files, a gallery's photos and videos) live in that area's api.py.

Imported by the content areas' models.py, so it imports no content area."""

from rest_framework.fields import Field
from wagtail.api import APIField

from portal.core.seo import url_absolut

RENDISI_API = "fill-1200x630|format-jpeg|jpegquality-80"


class NamaField(Field):
    """A related register entry (category, agency, document type) as plain data."""

    def __init__(self, *atribut, **kwargs):
        self.atribut = atribut
        super().__init__(**kwargs)

    def to_representation(self, value):
        return {nama: str(getattr(value, nama)) for nama in self.atribut}


class RendisiField(Field):
    """An image as a JPEG rendition: absolute URL (the site's root, as page URLs), size, alt."""

    def to_representation(self, gambar):
        rendisi = gambar.get_rendition(RENDISI_API)
        return {
            "url": url_absolut(rendisi.url, self.context["request"]),
            "lebar": rendisi.width,
            "tinggi": rendisi.height,
            "alt": gambar.description or gambar.title,
        }


class DaftarField(Field):
    """A page's related items (a manager), one `baris(item)` dict each, in their order."""

    def _url(self, path):
        return url_absolut(path, self.context["request"]) if path else None

    def to_representation(self, value):
        return [self.baris(item) for item in value.all()]


# The agency that issued a dokumen or is the source of a berita, the same in every page type.
FIELD_OPD = APIField("opd", serializer=NamaField("kode", "nama", "singkatan"))
