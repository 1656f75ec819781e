"""The media store (S3) unreachable: an admin upload is refused with a message, not a 500.

With media on S3 every upload, replacement and new rendition is a request to the store; while
it is down botocore gives up after the short timeouts and few retries of
`AWS_S3_CLIENT_CONFIG` and raises. The model's row is written only after its file is stored
(Django saves a FileField's file in `pre_save`), so nothing is left half-made: the editor only
needs to hear what happened and to try again. Public pages whose renditions exist keep
rendering, since a rendition's URL is signed locally from its stored name; a page that needs a
new rendition meanwhile gets the 503 page (portal/ketahanan/views.py).
"""

from django.contrib import messages
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _


def penyimpanan_tidak_tersedia(galat):
    """Is `galat` (or an exception it was raised from) the S3 store failing to answer?"""
    try:
        from botocore.exceptions import BotoCoreError, ClientError
    except ImportError:  # pragma: no cover - boto3 is in requirements.txt
        return False
    return rantai_memuat(galat, (BotoCoreError, ClientError))


def rantai_memuat(galat, kelas):
    """Is `galat`, or any exception in its chain of causes, an instance of `kelas`?"""
    dilihat = set()
    while galat is not None and id(galat) not in dilihat:  # a chain may loop back on itself
        if isinstance(galat, kelas):
            return True
        dilihat.add(id(galat))
        galat = galat.__cause__ or galat.__context__
    return False


class PenyimpananTidakTersediaMiddleware:
    """A write in the admin that the media store refused: back to the same form with an
    Indonesian message (for the multiple-upload page's XHR, the JSON its script shows)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method != "POST" or not penyimpanan_tidak_tersedia(exception):
            return None
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return None
        pesan = _(
            "Berkas tidak tersimpan: penyimpanan media sedang tidak dapat dihubungi. "
            "Tidak ada yang tercatat; silakan unggah ulang beberapa saat lagi."
        )
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return JsonResponse({"success": False, "error_message": pesan})
        messages.error(request, pesan)
        return HttpResponseRedirect(request.get_full_path())
