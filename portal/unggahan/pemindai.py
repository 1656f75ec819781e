"""ClamAV (Debian's clamd) over INSTREAM, through clamav-client (the maintained fork of the
`clamd` package). Off unless CLAMAV_SOCKET (a unix socket path) or CLAMAV_ADDRESS
(host:port) is set; once set, an unreachable or failing daemon refuses the upload (fail
closed): a file that could not be scanned is never stored."""

import logging

from clamav_client import clamd
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

PESAN_TIDAK_TERHUBUNG = _(
    "Pemindai virus tidak dapat dihubungi; unggahan ditolak. Coba lagi nanti atau hubungi admin."
)


def _klien():
    batas = settings.CLAMAV_TIMEOUT
    if settings.CLAMAV_SOCKET:
        return clamd.ClamdUnixSocket(path=settings.CLAMAV_SOCKET, timeout=batas)
    if settings.CLAMAV_ADDRESS:
        host, _pemisah, port = settings.CLAMAV_ADDRESS.rpartition(":")
        return clamd.ClamdNetworkSocket(host=host.strip("[]"), port=int(port), timeout=batas)
    return None


def pindai(berkas):
    klien = _klien()
    if klien is None:
        return
    berkas.seek(0)
    try:
        hasil = klien.instream(berkas)
    # clamav-client wraps connection errors in ClamdError, but a daemon that hangs up in the
    # middle of the stream (e.g. past its StreamMaxLength) surfaces as a plain OSError.
    except (clamd.ClamdError, OSError) as galat:
        logger.error("ClamAV tidak dapat memindai %r: %s", berkas.name, galat)
        raise ValidationError(PESAN_TIDAK_TERHUBUNG, code="pemindai_tidak_terhubung") from galat
    finally:
        berkas.seek(0)
    status, nama = hasil.get("stream", ("ERROR", None))
    if status == "FOUND":
        logger.warning("ClamAV menolak %r: %s", berkas.name, nama)
        raise ValidationError(
            _("Berkas ini mengandung virus atau malware (%(nama)s); unggahan ditolak."),
            code="virus",
            params={"nama": nama},
        )
    if status != "OK":
        logger.error("ClamAV menjawab %s untuk %r", status, berkas.name)
        raise ValidationError(PESAN_TIDAK_TERHUBUNG, code="pemindai_galat")
