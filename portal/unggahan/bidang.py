"""The file fields of Wagtail's image and document forms, with the portal's checks and
Indonesian messages (Wagtail's own messages would reach editors in English: its id_ID
catalogue is not the one Django loads for "id")."""

import logging

from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.documents.fields import WagtailDocumentField
from wagtail.images.fields import WagtailImageField

from . import dokumen, gambar, nama, pemindai

logger = logging.getLogger(__name__)

PESAN_TERLALU_BESAR = _(
    "Berkas ini terlalu besar (%(file_size)s). Ukuran maksimum %(max_filesize)s."
)
PESAN_TERLALU_BESAR_TANPA_UKURAN = _("Berkas ini terlalu besar. Ukuran maksimum %(max_filesize)s.")
PESAN_RUSAK = _("Berkas ini rusak sehingga isinya tidak dapat diperiksa; unggahan ditolak.")


def _angka(n):
    return number_format(n, force_grouping=True)


def _periksa_aman(berkas, *pemeriksaan):
    """Run the content checks; an unexpected error in one of them refuses the file (and is
    logged) instead of answering 500 to a hostile upload."""
    try:
        for periksa in pemeriksaan:
            periksa(berkas)
    except ValidationError:
        raise
    except Exception as galat:
        logger.exception("Pemeriksaan unggahan %r gagal", berkas.name)
        raise ValidationError(PESAN_RUSAK, code="pemeriksaan_gagal") from galat


class BidangGambar(WagtailImageField):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        format_ = {"format": self.supported_formats_text}
        ukuran = {"max_filesize": self.max_upload_size_text}
        self.error_messages.update(
            invalid_image=_(
                "Berkas ini bukan gambar yang dapat dibaca (%(format)s) atau isinya rusak."
            )
            % format_,
            invalid_image_extension=_(
                "Format gambar ini tidak diterima. Format yang diterima: %(format)s."
            )
            % format_,
            invalid_image_known_format=_(
                "Isi berkas tidak sesuai dengan ekstensinya: berkas .%(extension)s ini "
                "berformat %(image_format)s."
            ),
            file_too_large=PESAN_TERLALU_BESAR,
            file_too_large_unknown_size=PESAN_TERLALU_BESAR_TANPA_UKURAN % ukuran,
        )

    def to_python(self, data):
        if data in self.empty_values:
            return super().to_python(data)
        nama.periksa_nama(data.name)
        # SVG and other markup are refused before Willow parses them as XML.
        gambar.tolak_markup(data, nama.ekstensi(data.name))
        try:
            berkas = super().to_python(data)
        except ValidationError:
            raise
        # Pillow can fail on a hostile header outside the calls Wagtail guards (e.g. a PNG
        # text chunk that inflates past Pillow's limit while the size is read).
        except Exception as galat:  # noqa: BLE001
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from galat
        _periksa_aman(berkas, gambar.periksa_isi, pemindai.pindai)
        return berkas

    def check_image_pixel_size(self, f):
        """Wagtail's rule, counted from the header: Willow decodes the whole image before
        Wagtail counts (a 80-megapixel image is inflated before it is refused) and counts
        one frame for every animation (Pillow has no frames in Willow)."""
        try:
            with PILImage.open(f) as gambar:
                lebar, tinggi = gambar.size
                bingkai = getattr(gambar, "n_frames", 1)
        except (PILImage.DecompressionBombWarning, PILImage.DecompressionBombError) as galat:
            raise ValidationError(
                _(
                    "Gambar ini memiliki terlalu banyak piksel (bom dekompresi). Maksimum "
                    "%(maks)s piksel."
                ),
                code="file_too_many_pixels",
                params={"maks": _angka(self.max_image_pixels)},
            ) from galat
        finally:
            f.seek(0)
        jumlah = lebar * tinggi * bingkai
        if jumlah > self.max_image_pixels:
            raise ValidationError(
                _(
                    "Gambar ini memiliki terlalu banyak piksel (%(jumlah)s). Maksimum %(maks)s "
                    "piksel."
                ),
                code="file_too_many_pixels",
                params={"jumlah": _angka(jumlah), "maks": _angka(self.max_image_pixels)},
            )


class BidangDokumen(WagtailDocumentField):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.error_messages.update(
            file_too_large=PESAN_TERLALU_BESAR,
            file_too_large_unknown_size=PESAN_TERLALU_BESAR_TANPA_UKURAN
            % {"max_filesize": self.max_upload_size_text},
        )

    def to_python(self, data):
        berkas = super().to_python(data)
        if berkas is None:
            return None
        nama.periksa_nama(berkas.name)
        _periksa_aman(
            berkas,
            lambda b: dokumen.periksa_dokumen(b, nama.ekstensi(b.name)),
            pemindai.pindai,
        )
        return berkas
