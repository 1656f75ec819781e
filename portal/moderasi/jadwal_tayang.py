"""Publication only in working hours (SOP "Waktu Pelaksanaan").

Every publish path of the portal ends in `tunda_di_luar_jam_kerja()`: PortalPage.publish()
(workflow approval, bulk publish, the scheduler, the create view) and the `before_publish_page`
hook (the edit view's publish and revert buttons, which call Wagtail's publish action directly).
Outside the window the revision's `go_live_at` is moved to the next opening, so Wagtail's own
scheduling keeps it until then; the audit log records the deferral.

Copies the admin would publish at once ("Copy page" with "publish copies") are made as drafts
and their publication scheduled here too (`jadwalkan_salinan()`); an alias of a live page, which
Wagtail makes live at once and cannot schedule, waits for working hours (`alias_akan_tayang()`).
The scheduler takes expired pages down only while the office is open (penjadwal.py).

A serta-merta announcement (KIP: threats to lives or public order) is the one exception, and
the demo seeding, which writes history dated in the past: inside `publikasi_segera()` nothing is
deferred.
"""

import contextlib
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime

from django.utils import formats, timezone
from wagtail.log_actions import log

from portal.moderasi.kalender import kalender_kerja
from portal.moderasi.policy import ZONA_WITA

AKSI_PUBLIKASI_DITUNDA = "moderasi.publikasi_ditunda"
AKSI_KEDALUWARSA_DITUNDA = "moderasi.kedaluwarsa_ditunda"

_segera = ContextVar("publikasi_segera", default=False)
_penundaan = ContextVar("penundaan_terkumpul", default=None)


@contextlib.contextmanager
def publikasi_segera():
    """Publish at once, whatever the hour, for what runs inside this block."""
    token = _segera.set(True)
    try:
        yield
    finally:
        _segera.reset(token)


@dataclass(frozen=True)
class Penundaan:
    """One publication moved into working hours: the object and when it goes live."""

    obj: object
    tayang: datetime


@contextlib.contextmanager
def kumpulkan_penundaan():
    """Yield a list that collects a `Penundaan` for every publication deferred inside the
    block (so a view publishing many items at once can say which were scheduled, and when)."""
    daftar = []
    token = _penundaan.set(daftar)
    try:
        yield daftar
    finally:
        _penundaan.reset(token)


def format_wita(waktu):
    """ "Senin, 30 November 2026 08.00 WITA": how the portal tells people a time. Always in
    WITA (Asia/Makassar), whatever time zone the user chose in their Wagtail profile."""
    return formats.date_format(timezone.localtime(waktu, ZONA_WITA), "l, j F Y H.i") + " WITA"


def di_luar_jam_kerja(waktu=None):
    """Whether the office is closed at `waktu` (default: now) and no serta-merta block is on."""
    if _segera.get():
        return False
    return not kalender_kerja().buka_pada(waktu or timezone.now())


def waktu_tayang_sah(diminta):
    """The instant a publication (or a scheduled expiry) asked for at `diminta` may happen:
    itself when the office is open then, else the next opening."""
    kalender = kalender_kerja()
    return diminta if kalender.buka_pada(diminta) else kalender.pembukaan_berikutnya(diminta)


def tayang_bila_disetujui(obj, sekarang=None):
    """When `obj` would go live if approved at `sekarang` (default: now): None for at once,
    else the working-hours time its publication would be scheduled for (the same rule as
    `tunda_di_luar_jam_kerja`, so the confirmation says what the approval will do)."""
    if _segera.get():
        return None
    sekarang = sekarang or timezone.now()
    diminta = obj.go_live_at if obj.go_live_at and obj.go_live_at > sekarang else sekarang
    tayang = waktu_tayang_sah(diminta)
    return None if tayang == sekarang else tayang


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
        action=AKSI_PUBLIKASI_DITUNDA,
        user=user,
        revision=revision,
        data={"diminta": diminta.isoformat(), "tayang": tayang.isoformat()},
    )
    terkumpul = _penundaan.get()
    if terkumpul is not None:
        terkumpul.append(Penundaan(obj, tayang))
    return tayang


# -- copies and aliases ---------------------------------------------------------------------------


def alias_akan_tayang(page, dengan_subhalaman=False):
    """Whether an alias of `page` (and, with `dengan_subhalaman`, of its subpages) would be
    live at once: Wagtail makes the alias of a live page live, and an alias has no revision
    that could be scheduled."""
    return page.live or (dengan_subhalaman and page.get_descendants().live().exists())


def jadwalkan_salinan(sumber, salinan, user):
    """Publish, within working hours, the copies of the live pages among `sumber` and its
    copied subpages, the way "publish copies" would have published them at once: each copy's
    latest revision goes through the deferral. `salinan` is the copy of `sumber`, made as a
    draft with the same tree order. Returns the `Penundaan`s, in tree order."""
    asli = list(sumber.get_descendants(inclusive=True).order_by("path"))
    baru = list(salinan.get_descendants(inclusive=True).order_by("path"))
    if len(baru) == 1:  # the subpages were not copied
        asli = asli[:1]
    hasil = []
    for halaman_asli, halaman_salinan in zip(asli, baru, strict=False):
        if not halaman_asli.live:
            continue
        revisi = halaman_salinan.get_latest_revision()
        if revisi is None:
            continue
        tayang = tunda_di_luar_jam_kerja(revisi, user)
        revisi.publish(user=user)
        if tayang is not None:
            hasil.append(Penundaan(revisi.as_object(), tayang))
    return hasil
