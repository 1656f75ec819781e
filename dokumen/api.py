"""A dokumen's attached files in the open-data API (`DokumenPage.api_fields`, portal/api.py).

Imports no dokumen model (dokumen/models.py imports this module)."""

from portal.core.api_fields import DaftarField


class LampiranField(DaftarField):
    """A dokumen's attached files: title, absolute download URL, size and type."""

    def baris(self, lampiran):
        dok = lampiran.dokumen
        return {
            "judul": lampiran.label,
            "id_dokumen": dok.pk,
            "url": self._url(dok.url),
            "nama_berkas": dok.filename,
            "ukuran_byte": dok.file_size,
            "tipe": dok.content_type,
        }
