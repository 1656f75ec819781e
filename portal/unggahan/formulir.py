"""Form bases for Wagtail's image and document forms (WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILDOCS_DOCUMENT_FORM_BASE): Wagtail builds every upload form from them — the add and
edit views, the multiple uploader and the chooser's upload tab.

The file field is swapped per instance: Wagtail creates it through its own
`formfield_callback`, and a field declared on the base class would reappear in the
multiple uploader's edit form, which excludes `file`."""

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .bidang import BidangDokumen, BidangGambar


def _ganti_bidang_berkas(formulir, kelas):
    lama = formulir.fields.get("file")
    if lama is not None:
        formulir.fields["file"] = kelas(
            label=lama.label, required=lama.required, widget=lama.widget
        )


class FormulirGambar(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _ganti_bidang_berkas(self, BidangGambar)


class FormulirDokumen(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _ganti_bidang_berkas(self, BidangDokumen)

    def _post_clean(self):
        # Workaround for Wagtail's Document.clean(), which checks the extension of the
        # instance's file even when the field refused the upload: on an add form that file
        # is empty and a misleading second message follows ours ("Ekstensi berkas “” tidak
        # diizinkan"). Delete when Wagtail skips the check for a refused file.
        sebelum = len(self.errors.get("file", []))
        super()._post_clean()
        if sebelum:
            del self._errors["file"][sebelum:]
