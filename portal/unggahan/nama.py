"""File names. Django already drops directory parts and non-printable characters before any
application code sees the name (`MultiPartParser.sanitize_file_name`), so "../../x.pdf"
arrives as "x.pdf". What can still arrive is refused here: encoded separators and traversal,
control characters (from other callers than the multipart parser), drive or stream colons,
hidden-file names and executable extensions hiding before the last one ("foto.php.jpg")."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Longer names are cut short by the storage without telling the editor (a document's file
# field holds 100 characters with its folder), and past 255 bytes the file system refuses them.
PANJANG_MAKS = 100
# Percent-encoded ".", "/", "\" and NUL: a later decoding step could turn them into a path.
_TERSANDI = re.compile(r"%(2e|2f|5c|00)", re.IGNORECASE)
# Extensions a web server or a desktop might run, wherever they stand in the name.
EKSTENSI_BERBAHAYA = frozenset(
    "php php3 php4 php5 php7 phtml phar asp aspx jsp jspx cgi pl py rb sh bash exe dll com "
    "bat cmd ps1 vbs vbe js jse wsf wsh msi scr hta jar html htm xhtml shtml svg svgz".split()
)


def periksa_nama(nama):
    if len(nama) > PANJANG_MAKS:
        raise ValidationError(
            _(
                "Nama berkas terlalu panjang (%(panjang)s karakter; paling banyak %(maks)s); "
                "persingkat nama berkasnya."
            ),
            code="nama_terlalu_panjang",
            params={"panjang": len(nama), "maks": PANJANG_MAKS},
        )
    # "/" never survives (UploadedFile keeps only the base name); "\\" does on POSIX.
    if "\\" in nama or any(unicodedata.category(huruf).startswith("C") for huruf in nama):
        raise ValidationError(
            _("Nama berkas memuat karakter kendali atau pemisah folder; ganti nama berkasnya."),
            code="nama_karakter_kendali",
        )
    tersandi = _TERSANDI.search(nama)
    if tersandi or ".." in nama:
        raise ValidationError(
            _("Nama berkas memuat urutan penelusuran folder (%(urutan)s); ganti nama berkasnya."),
            code="nama_penelusuran_folder",
            params={"urutan": tersandi.group(0) if tersandi else ".."},
        )
    if ":" in nama:
        raise ValidationError(
            _("Nama berkas tidak boleh memuat titik dua (:); ganti nama berkasnya."),
            code="nama_titik_dua",
        )
    if nama.startswith("."):
        raise ValidationError(
            _("Nama berkas tidak boleh diawali titik; ganti nama berkasnya."),
            code="nama_tersembunyi",
        )
    for bagian in nama.lower().split(".")[1:-1]:
        if bagian in EKSTENSI_BERBAHAYA:
            raise ValidationError(
                _("Nama berkas memuat ekstensi berbahaya (.%(ekstensi)s); ganti nama berkasnya."),
                code="nama_ekstensi_berbahaya",
                params={"ekstensi": bagian},
            )


def ekstensi(nama):
    return nama.rsplit(".", 1)[-1].lower() if "." in nama else ""
