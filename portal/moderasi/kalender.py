"""Selector: the working-hours calendar the portal runs on, read from the admin tables.

`kalender_kerja()` builds the pure-Python `KalenderKerja` (policy/jam_kerja.py) from
`JamKerjaHarian` and the active `HariLibur` rows. The table data is kept in Django's cache, so
every app server and the scheduler agree on it (Redis in production), and it is dropped on every
save or delete of either model (receivers in models/kalender.py). Writes that bypass signals
(`bulk_create`, `QuerySet.update`) must call `hapus_cache_kalender()` themselves, as the seeding
in penyiapan.py does.

The cache holds the rows as plain data, not the `KalenderKerja` itself: the policy object keeps
its hours in a `MappingProxyType`, which does not pickle. Rebuilding it is microseconds.
A cache outage never stops the calendar: the tables are read directly instead.
"""

import logging

from django.core.cache import cache
from django.db import transaction

from portal.moderasi.policy import ZONA_WITA, KalenderKerja
from portal.moderasi.registri import model_moderasi

logger = logging.getLogger(__name__)

KUNCI_CACHE = "moderasi:kalender_kerja:v1"
# A safety net for edits made behind Django's back (SQL by hand); saves invalidate at once.
TTL_CACHE = 60 * 60


def hapus_cache_kalender():
    """Drop the cached calendar now and again when the current transaction commits, so no other
    process caches the old rows in between."""
    _hapus()
    transaction.on_commit(_hapus)


def _hapus():
    try:
        cache.delete(KUNCI_CACHE)
    except Exception:  # a cache outage must not break a save in the admin
        logger.warning("Cache kalender kerja tidak dapat dihapus", exc_info=True)


def _data_dari_tabel():
    """The tables as plain, picklable data: {"jam": {hari: (mulai, selesai) | None},
    "libur": [date, ...]}. An empty weekly table means the SOP hours."""
    HariLibur = model_moderasi("HariLibur")
    JamKerjaHarian = model_moderasi("JamKerjaHarian")

    jam = {baris.hari: baris.jendela for baris in JamKerjaHarian.objects.all()}
    libur = list(HariLibur.objects.filter(aktif=True).values_list("tanggal", flat=True))
    return {"jam": jam or None, "libur": libur}


def _data_kalender():
    try:
        data = cache.get(KUNCI_CACHE)
    except Exception:
        logger.warning("Cache kalender kerja tidak tersedia; membaca tabel", exc_info=True)
        return _data_dari_tabel()
    if data is None:
        data = _data_dari_tabel()
        try:
            cache.set(KUNCI_CACHE, data, TTL_CACHE)
        except Exception:
            logger.warning("Cache kalender kerja tidak dapat diisi", exc_info=True)
    return data


def kalender_kerja():
    """The portal's working-hours calendar (WITA): weekly hours from `JamKerjaHarian` (the SOP
    hours when the table is empty) and every active `HariLibur` date closed."""
    data = _data_kalender()
    if data["jam"] is None:
        return KalenderKerja.sop(data["libur"])
    return KalenderKerja(data["jam"], frozenset(data["libur"]), ZONA_WITA)
