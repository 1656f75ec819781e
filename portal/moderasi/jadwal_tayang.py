"""Publication only in working hours (SOP "Waktu Pelaksanaan").

Every publish path of the portal ends in `tunda_di_luar_jam_kerja()`: PortalPage.publish()
(workflow approval, bulk publish, the scheduler, the create view) and the `before_publish_page`
hook (the edit view's publish and revert buttons, which call Wagtail's publish action directly).
Outside the window the revision's `go_live_at` is moved to the next opening, so Wagtail's own
scheduling keeps it until then; the audit log records the deferral.

A serta-merta announcement (KIP: threats to lives or public order) is the one exception, and
the demo seeding, which writes history dated in the past: inside `publikasi_segera()` nothing is
deferred.
"""

import contextlib
from contextvars import ContextVar

from django.utils import formats, timezone
from wagtail.log_actions import log

from portal.moderasi.kalender import kalender_kerja

_segera = ContextVar("publikasi_segera", default=False)


@contextlib.contextmanager
def publikasi_segera():
    """Publish at once, whatever the hour, for what runs inside this block."""
    token = _segera.set(True)
    try:
        yield
    finally:
        _segera.reset(token)


def format_wita(waktu):
    """ "Senin, 30 November 2026 08.00 WITA": how the portal tells people a go-live time."""
    return formats.date_format(timezone.localtime(waktu), "l, j F Y H.i") + " WITA"


def waktu_tayang_sah(diminta):
    """The instant a publication asked for at `diminta` may happen: itself when the office is
    open then, else the next opening."""
    kalender = kalender_kerja()
    return diminta if kalender.buka_pada(diminta) else kalender.pembukaan_berikutnya(diminta)


def tunda_di_luar_jam_kerja(revision, user=None):
    """Move the revision's go-live time into working hours; return the new time, or None when
    nothing had to move."""
    if _segera.get():
        return None
    obj = revision.as_object()
    sekarang = timezone.now()
    diminta = obj.go_live_at if obj.go_live_at and obj.go_live_at > sekarang else sekarang
    tayang = waktu_tayang_sah(diminta)
    if tayang == diminta:
        return None
    obj.go_live_at = tayang
    revision.content = obj.serializable_data()
    revision.save(update_fields=["content"])
    log(
        instance=obj,
        action="moderasi.publikasi_ditunda",
        user=user,
        revision=revision,
        data={"diminta": diminta.isoformat(), "tayang": tayang.isoformat()},
    )
    return tayang
