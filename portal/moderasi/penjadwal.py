"""The scheduler pass (service): scheduled publishing and expiry under the working-hours calendar.

`jalankan_satu_putaran(now)` is one pass of `manage.py run_scheduler`. It does what Wagtail's
`publish_scheduled` command does (wagtail/management/commands/publish_scheduled.py): unpublish
live objects whose `expire_at` has passed, and publish every revision whose
`approved_go_live_at` has passed with `revision.publish()`; but only while the desk is open
(`kalender_kerja().buka_pada(now)`). Outside working hours the due work waits, untouched, for
the first pass after the next opening; a page whose expiry is held so gets one audit-log entry
`moderasi.kedaluwarsa_ditunda` (see `catat_kedaluwarsa_tertunda`).

Safety:
- each object is published or expired in its own `transaction.atomic()`: a crash leaves no
  half-published page, and the next pass finds the work still due and completes it;
- several copies may run at once (one per app server, or a restarted one overlapping the old):
  * on PostgreSQL the pass takes a session-level advisory lock (`pg_try_advisory_lock`); a copy
    that does not get it skips the pass. A crashed holder's connection closes and PostgreSQL
    releases the lock with it. A session lock, not `pg_try_advisory_xact_lock`, because the
    lock must outlive the per-object transactions; behind PgBouncer in *transaction* pooling
    mode session locks are not reliable, which the row locks below make harmless;
  * independently of that lock, every object is processed under
    `select_for_update(skip_locked=True)` on its due revision (or its live row, for expiry),
    re-checking inside the transaction that it is still due. A revision that another copy is
    publishing is skipped; one it already published no longer matches. So each due revision is
    published exactly once even without the pass lock;
  * on SQLite there are no row locks (SQLite locks the whole file): run one scheduler process
    only. That is the single-machine setup, where one process is the natural deployment.

Reminder e-mails and other periodic work hook in through `PUTARAN_TAMBAHAN` (see there).
"""

import logging
import os
import socket
from collections import defaultdict
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_registry
from wagtail.models import DraftStateMixin, Page, PageLogEntry, Revision

from portal.moderasi.jadwal_tayang import AKSI_KEDALUWARSA_DITUNDA, AKSI_PUBLIKASI_DITUNDA
from portal.moderasi.kalender import kalender_kerja
from portal.moderasi.models import DetakPenjadwal
from portal.moderasi.policy import ZONA_WITA

logger = logging.getLogger(__name__)

# Key of the PostgreSQL advisory lock held for one pass ("KALTIM" in ASCII, a bigint).
KUNCI_PUTARAN = 0x4B414C54494D

# The dashboard warns administrators when the last finished pass is older than this.
BATAS_DETAK = timedelta(minutes=5)

LOG_TERBIT = "wagtail.publish.scheduled"
LOG_KEDALUWARSA = "wagtail.unpublish.scheduled"

# Extra work for every pass, run after publishing, only by the copy holding the pass lock, and
# whether or not the desk is open (each decides that itself from the calendar it is given).
# Entries are callables or dotted paths to them, called as `fungsi(now=now, kalender=kalender)`;
# a return value that is an int is recorded as that pass's count under the function's name in
# the log. They must be idempotent: after a crash the next pass runs them again.
# The overdue-reminder e-mails (SLA) register here, e.g.
#     PUTARAN_TAMBAHAN.append("portal.moderasi.pengingat.kirim_pengingat_terlambat")
# or with the `putaran_tambahan` decorator from a module imported at startup.
PUTARAN_TAMBAHAN: list[str | Callable] = []


def putaran_tambahan(fungsi):
    """Decorator: run `fungsi(now=..., kalender=...)` at the end of every scheduler pass."""
    PUTARAN_TAMBAHAN.append(fungsi)
    return fungsi


@dataclass
class HasilPutaran:
    """What one pass did, and what it left waiting. `dijalankan` is False when another copy
    held the pass lock.

    - `tertunda`: objects whose due publication or expiry a closed desk held back (each object
      once, however many of its revisions are due); 0 when the desk is open;
    - `antre`: items whose scheduled go-live is still pending after the pass, the rows of
      "Antrean tayang" (each object once; a revision whose object is gone does not wait).
    """

    dijalankan: bool = True
    buka: bool = False
    terbit: int = 0
    ditarik: int = 0
    tertunda: int = 0
    antre: int = 0
    gagal: int = 0
    galat: list[str] = field(default_factory=list)


# -- the pass lock ------------------------------------------------------------------------------


@contextmanager
def kunci_putaran():
    """Yield True when this process may run the pass (it holds the PostgreSQL advisory lock,
    or the database is not PostgreSQL: one process by deployment), False otherwise."""
    if connection.vendor != "postgresql":
        yield True
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [KUNCI_PUTARAN])
        dapat = cursor.fetchone()[0]
    try:
        yield dapat
    finally:
        if dapat:
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [KUNCI_PUTARAN])
            except DatabaseError:
                # The connection is gone, and the lock went with it.
                logger.warning("Kunci penjadwal tidak dapat dilepas", exc_info=True)


# -- one pass -----------------------------------------------------------------------------------


def jalankan_satu_putaran(now=None):
    """One scheduler pass at `now` (default: the clock). Returns a `HasilPutaran`."""
    now = now or timezone.now()
    with kunci_putaran() as dapat:
        if not dapat:
            logger.info("Putaran penjadwal dilewati: salinan lain sedang berjalan")
            return HasilPutaran(dijalankan=False)
        catat_mulai(now)
        hasil = HasilPutaran()
        try:
            kalender = kalender_kerja()
            hasil.buka = kalender.buka_pada(now)
            if hasil.buka:
                tarik_yang_kedaluwarsa(now, hasil)
                terbitkan_yang_jatuh_tempo(now, hasil)
            else:
                hasil.tertunda = hitung_jatuh_tempo(now)
                catat_kedaluwarsa_tertunda(now, kalender)
            hasil.antre = hitung_antrean()
            jalankan_putaran_tambahan(now, kalender, hasil)
        finally:
            catat_selesai(hasil)
        return hasil


def _model_draftstate():
    """Wagtail's Page plus every other model with scheduled publishing (DraftStateMixin)."""
    return [Page] + [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]


def _kedaluwarsa(model, now):
    return model._default_manager.filter(live=True, expire_at__lte=now)


def _jatuh_tempo(now):
    return Revision.objects.filter(approved_go_live_at__lte=now)


def _objek_ada(revisi):
    """{(base content type id, object id)} of the objects of `revisi` that still exist: each
    object once, however many of its revisions match."""
    kunci = set(revisi.order_by().values_list("base_content_type_id", "object_id").distinct())
    per_jenis = defaultdict(set)
    for jenis, object_id in kunci:
        per_jenis[jenis].add(object_id)
    ada = set()
    for jenis, ids in per_jenis.items():
        model = ContentType.objects.get_for_id(jenis).model_class()
        if model is None:  # its app was removed: nothing can publish it
            continue
        pk = model._meta.pk
        nilai = [pk.to_python(i) for i in ids]
        ada.update(
            (jenis, str(i))
            for i in model._default_manager.filter(pk__in=nilai).values_list("pk", flat=True)
        )
    return ada


def hitung_jatuh_tempo(now):
    """How many objects have a publication or an expiry due at `now` (the work a closed desk
    defers): an object with both, or with several due revisions, counts once."""
    kunci = _objek_ada(_jatuh_tempo(now))
    for model in _model_draftstate():
        jenis = ContentType.objects.get_for_model(model).pk
        kunci.update(
            (jenis, str(pk)) for pk in _kedaluwarsa(model, now).values_list("pk", flat=True)
        )
    return len(kunci)


def hitung_antrean():
    """How many items wait to go live: objects with an approved, not yet published revision
    (`approved_go_live_at` set; Wagtail clears it on publishing and unscheduling), whatever
    the time, counted once each and only while they exist: the rows of "Antrean tayang"."""
    return len(_objek_ada(Revision.objects.filter(approved_go_live_at__isnull=False)))


def catat_kedaluwarsa_tertunda(now, kalender):
    """Log, once per page and expiry time, that a due expiry waits for working hours: an
    object gets the entry unless it already has one made since its `expire_at` (passes run
    every minute; a new `expire_at` chosen later earns a new entry). Returns how many were
    logged."""
    turun = kalender.pembukaan_berikutnya(now)
    dicatat = 0
    for model in _model_draftstate():
        for obj in _kedaluwarsa(model, now).order_by("expire_at").iterator():
            if (
                log_registry.get_logs_for_instance(obj)
                .filter(action=AKSI_KEDALUWARSA_DITUNDA, timestamp__gte=obj.expire_at)
                .exists()
            ):
                continue
            log(
                instance=obj.specific_deferred if isinstance(obj, Page) else obj,
                action=AKSI_KEDALUWARSA_DITUNDA,
                data={"diminta": obj.expire_at.isoformat(), "turun": turun.isoformat()},
            )
            dicatat += 1
    return dicatat


def tarik_yang_kedaluwarsa(now, hasil):
    """Unpublish live objects whose expiry time has passed, each in its own transaction."""
    for model in _model_draftstate():
        for pk in list(_kedaluwarsa(model, now).order_by("expire_at").values_list("pk", flat=True)):
            try:
                with transaction.atomic():
                    obj = (
                        _kedaluwarsa(model, now)
                        .select_for_update(skip_locked=True, of=("self",))
                        .filter(pk=pk)
                        .first()
                    )
                    if obj is None:  # taken by another copy, or no longer due
                        continue
                    obj.unpublish(set_expired=True, log_action=LOG_KEDALUWARSA)
                hasil.ditarik += 1
            except Exception as galat:
                _catat_gagal(hasil, f"{model._meta.label} pk={pk}", galat)


def terbitkan_yang_jatuh_tempo(now, hasil):
    """Publish the revisions whose approved go-live time has passed, oldest first, each in
    its own transaction."""
    antre = list(
        _jatuh_tempo(now).order_by("approved_go_live_at", "pk").values_list("pk", flat=True)
    )
    for pk in antre:
        try:
            with transaction.atomic():
                revisi = (
                    _jatuh_tempo(now)
                    .select_for_update(skip_locked=True, of=("self",))
                    .filter(pk=pk)
                    .first()
                )
                if revisi is None:  # published by another copy, unscheduled, or locked
                    continue
                # Serialise with anything else writing this object in the same pass (expiry).
                model = revisi.base_content_type.model_class()
                list(
                    model._default_manager.select_for_update(of=("self",))
                    .filter(pk=revisi.object_id)
                    .values_list("pk", flat=True)
                )
                revisi.publish(log_action=LOG_TERBIT)
            hasil.terbit += 1
        except Exception as galat:
            _catat_gagal(hasil, f"revisi pk={pk}", galat)


def jalankan_putaran_tambahan(now, kalender, hasil):
    for entri in PUTARAN_TAMBAHAN:
        fungsi = import_string(entri) if isinstance(entri, str) else entri
        try:
            fungsi(now=now, kalender=kalender)
        except Exception as galat:
            _catat_gagal(hasil, getattr(fungsi, "__qualname__", repr(fungsi)), galat)


def _catat_gagal(hasil, apa, galat):
    logger.exception("Penjadwal gagal memproses %s", apa)
    hasil.gagal += 1
    hasil.galat.append(f"{apa}: {type(galat).__name__}: {galat}")


# -- the heartbeat ------------------------------------------------------------------------------


def catat_mulai(now):
    DetakPenjadwal.objects.update_or_create(
        pk=DetakPenjadwal.PK_TUNGGAL,
        defaults={"mulai_terakhir": now, "host": socket.gethostname()[:255], "pid": os.getpid()},
    )


def catat_selesai(hasil):
    detak = DetakPenjadwal.objects.get(pk=DetakPenjadwal.PK_TUNGGAL)
    detak.selesai_terakhir = timezone.now()
    detak.jumlah_putaran += 1
    detak.kalender_buka = hasil.buka
    detak.terbit = hasil.terbit
    detak.ditarik = hasil.ditarik
    detak.tertunda = hasil.tertunda
    detak.gagal = hasil.gagal
    detak.galat_terakhir = "\n".join(hasil.galat)[:10_000]
    detak.save()


def penjadwal_macet(now=None):
    """True when no scheduler pass has finished within `BATAS_DETAK` (or ever)."""
    now = now or timezone.now()
    detak = DetakPenjadwal.ambil()
    return (
        detak is None
        or detak.selesai_terakhir is None
        or (now - detak.selesai_terakhir > BATAS_DETAK)
    )


# -- reads for the publish queue -----------------------------------------------------------------


@dataclass(frozen=True)
class ItemAntrean:
    revisi: Revision
    halaman: Page
    judul: str
    bagian: str
    diminta: object  # the go-live time asked for (aware, WITA): the editor's, or the approval's
    jadwal: object  # the approved go-live time Wagtail keeps (moved into working hours), WITA
    perkiraan_tayang: object  # when a pass will publish it: the first opening at/after jadwal
    menunggu_jam_kerja: bool  # due already, held until the desk opens
    digeser: bool  # asked for outside working hours, so it goes live at an opening instead


def _waktu_diminta(revisi):
    """{revision pk: the go-live time asked for} of the revisions whose publication was moved
    into working hours, from the first `moderasi.publikasi_ditunda` entry of each (the
    original request, should a later deferral move it again)."""
    diminta = {}
    entri = PageLogEntry.objects.filter(
        action=AKSI_PUBLIKASI_DITUNDA, revision_id__in=[r.pk for r in revisi]
    ).order_by("timestamp", "pk")
    for revisi_id, data in entri.values_list("revision_id", "data"):
        if revisi_id in diminta:
            continue
        try:
            diminta[revisi_id] = datetime.fromisoformat(data["diminta"])
        except (KeyError, TypeError, ValueError):
            continue
    return diminta


def antrean_tayang(now=None, kalender=None):
    """Approved pages waiting to go live (revisions with `approved_go_live_at`), in go-live
    order, once each, with its section, the time asked for and the time the scheduler will
    publish it (WITA)."""
    now = now or timezone.now()
    kalender = kalender or kalender_kerja()
    revisi = list(
        Revision.page_revisions.filter(approved_go_live_at__isnull=False).order_by(
            "approved_go_live_at", "pk"
        )
    )
    halaman = {
        p.pk: p for p in Page.objects.filter(pk__in=[int(r.object_id) for r in revisi]).specific()
    }
    langkah = Page.steplen
    induk = {
        p.path: p
        for p in Page.objects.filter(path__in=[h.path[:-langkah] for h in halaman.values()])
    }
    diminta = _waktu_diminta(revisi)
    hasil, terdaftar = [], set()
    for r in revisi:
        page = halaman.get(int(r.object_id))
        if page is None or page.pk in terdaftar:
            # Gone, or listed already: publishing the earliest approved revision clears the
            # schedule of the others (Wagtail's PublishRevisionAction), so only it goes live.
            continue
        terdaftar.add(page.pk)
        parent = induk.get(page.path[:-langkah])
        jadwal = r.approved_go_live_at.astimezone(ZONA_WITA)
        waktu_diminta = diminta.get(r.pk, jadwal).astimezone(ZONA_WITA)
        hasil.append(
            ItemAntrean(
                revisi=r,
                halaman=page,
                judul=r.object_str or page.title,
                bagian=parent.get_admin_display_title() if parent else "",
                diminta=waktu_diminta,
                jadwal=jadwal,
                perkiraan_tayang=kalender.pembukaan_berikutnya(max(jadwal, now)),
                menunggu_jam_kerja=jadwal <= now,
                digeser=not kalender.buka_pada(waktu_diminta),
            )
        )
    return hasil
