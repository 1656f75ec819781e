"""Mutu Baku: the SOP's time standard per step, and the arithmetic around it.

Pure Python (stdlib only). The durations here are *working* time: the caller measures them with
`KalenderKerja.waktu_kerja_antara` and turns a standard into a deadline with
`KalenderKerja.tambah_waktu_kerja`, so evenings, weekends and holidays never count as late.

Choices (the SOP gives ranges or days; a standard must be one number):
- PENGUMPULAN "1 day" is one working day = 8 working hours, the Monday–Thursday day. A Friday
  (3.5 hours) therefore does not finish a collection started that morning; it spills over to
  Monday, which is what the desk experiences.
- PENYERAHAN and PENYUNTINGAN "1–3 hours": the standard is the upper bound, 3 working hours;
  anything up to it is within standard.
- PUBLIKASI "15 minutes" covers SOP steps 5–7 (publish, decline, publish promptly).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from types import MappingProxyType

__all__ = [
    "DALAM_STANDAR",
    "SATU_HARI_KERJA",
    "STANDAR_SOP",
    "TERLAMBAT",
    "Langkah",
    "RingkasanMutu",
    "ambang_terlewati",
    "persentil",
    "ringkasan",
    "status_mutu",
]


class Langkah(StrEnum):
    """SOP steps that carry a time standard, in workflow order."""

    PENGUMPULAN = "pengumpulan"  # petugas collects and prepares the material
    PENYERAHAN = "penyerahan"  # petugas hands it over to the IT team
    PENYUNTINGAN = "penyuntingan"  # editor / webmaster edits
    PENYARINGAN = "penyaringan"  # pejabat filters (approves or rejects)
    PUBLIKASI = "publikasi"  # publisher publishes after approval


SATU_HARI_KERJA = timedelta(hours=8)

STANDAR_SOP: Mapping[Langkah, timedelta] = MappingProxyType(
    {
        Langkah.PENGUMPULAN: SATU_HARI_KERJA,
        Langkah.PENYERAHAN: timedelta(hours=3),
        Langkah.PENYUNTINGAN: timedelta(hours=3),
        Langkah.PENYARINGAN: timedelta(hours=1),
        Langkah.PUBLIKASI: timedelta(minutes=15),
    }
)

DALAM_STANDAR = "dalam_standar"
TERLAMBAT = "terlambat"

_NOL = timedelta(0)


def _cek_standar(standar: timedelta) -> None:
    if not isinstance(standar, timedelta):
        raise TypeError(f"standar harus timedelta, bukan {type(standar).__name__}")
    if standar <= _NOL:
        raise ValueError(f"standar harus lebih dari nol: {standar}")


def _cek_terpakai(terpakai: timedelta) -> None:
    if not isinstance(terpakai, timedelta):
        raise TypeError(f"durasi harus timedelta, bukan {type(terpakai).__name__}")
    if terpakai < _NOL:
        raise ValueError(f"durasi tidak boleh negatif: {terpakai}")


def status_mutu(terpakai: timedelta, standar: timedelta) -> str:
    """DALAM_STANDAR when the time used is at most the standard, else TERLAMBAT."""
    _cek_terpakai(terpakai)
    _cek_standar(standar)
    return DALAM_STANDAR if terpakai <= standar else TERLAMBAT


def ambang_terlewati(
    terpakai: timedelta, standar: timedelta, kelipatan: Iterable[int] = (1, 2, 4)
) -> tuple[int, ...]:
    """The multiples of the standard already exceeded, ascending.

    "Exceeded" is strict, like `status_mutu`: at exactly 1× the standard nothing is crossed yet.
    The caller sends one reminder per threshold it has not reminded about before.
    """
    _cek_terpakai(terpakai)
    _cek_standar(standar)
    hasil = set()
    for k in kelipatan:
        if isinstance(k, bool) or not isinstance(k, int) or k <= 0:
            raise ValueError(f"kelipatan harus bilangan bulat positif, bukan {k!r}")
        if terpakai > standar * k:
            hasil.add(k)
    return tuple(sorted(hasil))


def persentil(durasi: Sequence[timedelta], p: int) -> timedelta:
    """The p-th percentile by the nearest-rank method.

    Sorted ascending, the value at rank ceil(p/100 · n) (1-based). It is always one of the
    observed durations, so "90% of items took at most X" reads true for the desk. p is a whole
    percentage 1..100; the rank uses integer arithmetic, so no float rounding.
    """
    if isinstance(p, bool) or not isinstance(p, int) or not 1 <= p <= 100:
        raise ValueError(f"p harus bilangan bulat 1..100, bukan {p!r}")
    if not durasi:
        raise ValueError("persentil dari data kosong tidak terdefinisi")
    urut = sorted(durasi)
    peringkat = -(-p * len(urut) // 100)  # ceil without floats
    return urut[peringkat - 1]


def _median(urut: Sequence[timedelta]) -> timedelta:
    tengah, ganjil = divmod(len(urut), 2)
    if ganjil:
        return urut[tengah]
    # Mean of the two middle values; timedelta division rounds to the microsecond.
    return (urut[tengah - 1] + urut[tengah]) / 2


@dataclass(frozen=True)
class RingkasanMutu:
    """Summary of durations against one standard; None fields when there is no data."""

    jumlah: int
    median: timedelta | None
    persentil_90: timedelta | None
    porsi_dalam_standar: float | None  # 0..1


def ringkasan(durasi: Iterable[timedelta], standar: timedelta) -> RingkasanMutu:
    """Count, median (mean of the two middles when even), P90 (nearest rank), share on time."""
    _cek_standar(standar)
    urut = sorted(durasi)
    for d in urut:
        _cek_terpakai(d)
    if not urut:
        return RingkasanMutu(jumlah=0, median=None, persentil_90=None, porsi_dalam_standar=None)
    tepat_waktu = sum(1 for d in urut if d <= standar)
    return RingkasanMutu(
        jumlah=len(urut),
        median=_median(urut),
        persentil_90=persentil(urut, 90),
        porsi_dalam_standar=tepat_waktu / len(urut),
    )
