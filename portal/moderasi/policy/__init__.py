"""Pure-Python SOP policy: working-hours calendar and Mutu Baku arithmetic.

Stdlib only — no Django import here or in any submodule (tests/moderasi/policy enforces it).
Callers pass "now" and the calendar in; nothing reads a clock or a database.
"""

from portal.moderasi.policy.jam_kerja import (
    JAM_KERJA_SOP,
    NAMA_HARI,
    ZONA_WITA,
    KalenderKerja,
)
from portal.moderasi.policy.mutu_baku import (
    DALAM_STANDAR,
    SATU_HARI_KERJA,
    STANDAR_SOP,
    TERLAMBAT,
    Langkah,
    RingkasanMutu,
    ambang_terlewati,
    persentil,
    ringkasan,
    status_mutu,
)

__all__ = [
    "DALAM_STANDAR",
    "JAM_KERJA_SOP",
    "NAMA_HARI",
    "SATU_HARI_KERJA",
    "STANDAR_SOP",
    "TERLAMBAT",
    "ZONA_WITA",
    "KalenderKerja",
    "Langkah",
    "RingkasanMutu",
    "ambang_terlewati",
    "persentil",
    "ringkasan",
    "status_mutu",
]
