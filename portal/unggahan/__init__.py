"""Safe uploads (issue 8 point 1): every image and document that reaches Wagtail's admin
(add, multiple upload, chooser upload, replacing a file) is checked by its *content*, not only
its extension, then scanned by ClamAV when one is configured.

`formulir.py` holds the form bases named by WAGTAILIMAGES_IMAGE_FORM_BASE and
WAGTAILDOCS_DOCUMENT_FORM_BASE; they swap Wagtail's file fields for the ones in `bidang.py`,
which call the checks: `nama` (file names), `penanda` (HTML/script and polyglots), `gambar`,
`dokumen` (with `pdf` and `arsip` for OOXML/OpenDocument) and `pemindai` (ClamAV).
Every refusal is a ValidationError on the file field with an Indonesian message: the
multiple-upload views then refuse the file at once instead of keeping it for later.
"""
