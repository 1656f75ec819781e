"""Kalender jam kerja SOP: when the portal's editorial desk is open.

SOP "Waktu Pelaksanaan": Monday–Thursday 08:00–16:00 WITA, Friday 08:00–11:30 WITA; closed on
Saturday, Sunday, public holidays and extra closed days (cuti bersama, ad-hoc closures).

Pure Python on purpose (stdlib only, no Django): the same rule decides scheduled publishing,
SLA deadlines and reports, so it takes "now" and the calendar as arguments and is tested
without a database or a frozen clock. The weekly hours and the closed days are data supplied
by the caller (later read from admin-editable tables); `KalenderKerja.sop()` is the default.

Conventions:
- every datetime in or out is timezone-aware; a naive datetime raises ValueError;
- the arithmetic runs on UTC instants, so a server clock in UTC gives the same answers as the
  equivalent WITA instant; results are expressed in the calendar's zone;
- an opening window is half-open [mulai, selesai): Thursday 16:00:00 exactly is closed;
- the clock times of a window are wall-clock times of the calendar's zone. WITA has no daylight
  saving; a zone whose UTC offset changes *during* working hours is not supported.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from types import MappingProxyType
from zoneinfo import ZoneInfo

__all__ = [
    "BATAS_PENCARIAN_HARI",
    "JAM_KERJA_SOP",
    "NAMA_HARI",
    "ZONA_WITA",
    "Jendela",
    "KalenderKerja",
]

ZONA_WITA = ZoneInfo("Asia/Makassar")

NAMA_HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

# (mulai, selesai) as wall-clock times; None means closed all day.
Jendela = tuple[time, time]

JAM_KERJA_SOP: Mapping[int, Jendela | None] = MappingProxyType(
    {
        0: (time(8), time(16)),
        1: (time(8), time(16)),
        2: (time(8), time(16)),
        3: (time(8), time(16)),
        4: (time(8), time(11, 30)),
        5: None,
        6: None,
    }
)

# Searching for the next opening gives up after this many consecutive closed days, so a
# misconfigured calendar (every weekday closed, or years of holidays) fails loudly instead of
# looping forever.
BATAS_PENCARIAN_HARI = 3 * 366

_NOL = timedelta(0)


def _ke_utc(t: datetime, nama: str) -> datetime:
    """The UTC instant of an aware datetime; refuses naive ones."""
    if not isinstance(t, datetime):
        raise TypeError(
            f"{nama} harus datetime, bukan {type(t).__name__} ({nama} must be a datetime)"
        )
    if t.tzinfo is None or t.utcoffset() is None:
        raise ValueError(
            f"{nama}={t!r} adalah datetime naif (tanpa zona waktu); berikan datetime aware, "
            "misalnya datetime(..., tzinfo=ZoneInfo('Asia/Makassar')) "
            f"(naive datetime refused: pass a timezone-aware {nama})"
        )
    return t.astimezone(UTC)


def _validasi_jam_mingguan(jam_mingguan: Mapping[int, Jendela | None]) -> dict[int, Jendela | None]:
    jam: dict[int, Jendela | None] = {}
    for hari, jendela in jam_mingguan.items():
        if isinstance(hari, bool) or not isinstance(hari, int) or not 0 <= hari <= 6:
            raise ValueError(f"hari harus 0 (Senin) … 6 (Minggu), bukan {hari!r}")
        if jendela is None:
            jam[hari] = None
            continue
        mulai, selesai = jendela
        if not isinstance(mulai, time) or not isinstance(selesai, time):
            raise TypeError(f"jam {NAMA_HARI[hari]} harus pasangan time, bukan {jendela!r}")
        if mulai.tzinfo is not None or selesai.tzinfo is not None:
            # The window is wall-clock time in the calendar's zone; a tz here would be ambiguous.
            raise ValueError(
                f"jam {NAMA_HARI[hari]} tidak boleh membawa tzinfo; pakai zona kalender"
            )
        if selesai <= mulai:
            raise ValueError(
                f"jam selesai harus setelah jam mulai untuk hari {NAMA_HARI[hari]}: "
                f"{mulai.isoformat()}–{selesai.isoformat()}"
            )
        jam[hari] = (mulai, selesai)
    # A weekday missing from the mapping is closed: admin tables may only hold open days.
    for hari in range(7):
        jam.setdefault(hari, None)
    return dict(sorted(jam.items()))


@dataclass(frozen=True)
class KalenderKerja:
    """Working-hours calendar: weekly hours, closed days and the zone they are read in."""

    jam_mingguan: Mapping[int, Jendela | None]
    hari_libur: frozenset[date] = frozenset()
    zona: tzinfo = ZONA_WITA

    # Derived once at construction; not part of equality.
    _libur_urut: tuple[date, ...] = field(init=False, repr=False, compare=False)
    _durasi_hari: tuple[timedelta, ...] = field(init=False, repr=False, compare=False)
    _durasi_minggu: timedelta = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        jam = _validasi_jam_mingguan(self.jam_mingguan)
        libur = frozenset(self.hari_libur)
        for hari in libur:
            # datetime is a subclass of date; a datetime here is almost surely a caller bug.
            if isinstance(hari, datetime) or not isinstance(hari, date):
                raise TypeError(f"hari_libur hanya berisi date, bukan {hari!r}")
        if not isinstance(self.zona, tzinfo):
            raise TypeError(
                f"zona harus tzinfo (mis. ZoneInfo('Asia/Makassar')), bukan {self.zona!r}"
            )
        durasi_hari = tuple(
            _NOL
            if jam[h] is None
            else datetime.combine(date.min, jam[h][1]) - datetime.combine(date.min, jam[h][0])
            for h in range(7)
        )
        setattr_ = object.__setattr__  # frozen dataclass: normalise fields once, here
        setattr_(self, "jam_mingguan", MappingProxyType(jam))
        setattr_(self, "hari_libur", libur)
        setattr_(self, "_libur_urut", tuple(sorted(libur)))
        setattr_(self, "_durasi_hari", durasi_hari)
        setattr_(self, "_durasi_minggu", sum(durasi_hari, _NOL))

    def __hash__(self) -> int:
        # The generated hash would fail on the mapping; hash its items instead.
        return hash((tuple(self.jam_mingguan.items()), self.hari_libur, self.zona))

    @classmethod
    def sop(cls, hari_libur: Iterable[date] = ()) -> KalenderKerja:
        """The SOP default hours in WITA, closed on the given holidays."""
        return cls(JAM_KERJA_SOP, frozenset(hari_libur), ZONA_WITA)

    # -- one day -------------------------------------------------------------------------------

    def jam_buka_hari(self, d: date) -> tuple[datetime, datetime] | None:
        """That day's opening window (aware, in the calendar's zone), or None when closed."""
        if isinstance(d, datetime) or not isinstance(d, date):
            raise TypeError(f"d harus date, bukan {type(d).__name__}")
        jendela = self._jendela_utc(d)
        if jendela is None:
            return None
        return jendela[0].astimezone(self.zona), jendela[1].astimezone(self.zona)

    def _jendela_utc(self, d: date) -> tuple[datetime, datetime] | None:
        jam = self.jam_mingguan[d.weekday()]
        if jam is None or d in self.hari_libur:
            return None
        mulai = datetime.combine(d, jam[0], tzinfo=self.zona).astimezone(UTC)
        selesai = datetime.combine(d, jam[1], tzinfo=self.zona).astimezone(UTC)
        return mulai, selesai

    def _tanggal_lokal(self, u: datetime) -> date:
        return u.astimezone(self.zona).date()

    def _irisan(self, d: date, u1: datetime, u2: datetime) -> timedelta:
        """Working time of day d that falls inside [u1, u2)."""
        jendela = self._jendela_utc(d)
        if jendela is None:
            return _NOL
        return max(min(jendela[1], u2) - max(jendela[0], u1), _NOL)

    def _durasi_hari_penuh(self, awal: date, akhir: date) -> timedelta:
        """Working time of whole days awal..akhir inclusive, without walking every day."""
        jumlah_hari = (akhir - awal).days + 1
        minggu, sisa = divmod(jumlah_hari, 7)
        total = self._durasi_minggu * minggu
        hari_awal = awal.weekday()
        for i in range(sisa):
            total += self._durasi_hari[(hari_awal + i) % 7]
        kiri = bisect.bisect_left(self._libur_urut, awal)
        kanan = bisect.bisect_right(self._libur_urut, akhir)
        for libur in self._libur_urut[kiri:kanan]:
            total -= self._durasi_hari[libur.weekday()]
        return total

    # -- instants ------------------------------------------------------------------------------

    def buka_pada(self, t: datetime) -> bool:
        """Is the desk open at instant t? Windows are half-open: 16:00:00 itself is closed."""
        u = _ke_utc(t, "t")
        jendela = self._jendela_utc(self._tanggal_lokal(u))
        return jendela is not None and jendela[0] <= u < jendela[1]

    def pembukaan_berikutnya(self, t: datetime) -> datetime:
        """The earliest instant ≥ t at which the desk is open (t itself when open)."""
        u = _ke_utc(t, "t")
        hari = self._tanggal_lokal(u)
        for _ in range(BATAS_PENCARIAN_HARI + 1):
            jendela = self._jendela_utc(hari)
            if jendela is not None and u < jendela[1]:
                return max(u, jendela[0]).astimezone(self.zona)
            hari = self._hari_berikut(hari)
        raise ValueError(
            f"tidak ada jam kerja dalam {BATAS_PENCARIAN_HARI} hari setelah {t.isoformat()}; "
            "periksa jam mingguan dan daftar hari libur "
            f"(no opening within {BATAS_PENCARIAN_HARI} days: check weekly hours and holidays)"
        )

    def penutupan_berikutnya(self, t: datetime) -> datetime:
        """When the window t is in closes. t must be open (see `pembukaan_berikutnya`)."""
        u = _ke_utc(t, "t")
        jendela = self._jendela_utc(self._tanggal_lokal(u))
        if jendela is None or not jendela[0] <= u < jendela[1]:
            raise ValueError(
                f"kantor tutup pada {t.isoformat()}; penutupan_berikutnya hanya untuk saat buka "
                "(closed at t: call pembukaan_berikutnya first)"
            )
        return jendela[1].astimezone(self.zona)

    def waktu_kerja_antara(self, t1: datetime, t2: datetime) -> timedelta:
        """Working time inside [t1, t2); zero when t2 ≤ t1."""
        u1, u2 = _ke_utc(t1, "t1"), _ke_utc(t2, "t2")
        if u2 <= u1:
            return _NOL
        d1, d2 = self._tanggal_lokal(u1), self._tanggal_lokal(u2)
        if d1 == d2:
            return self._irisan(d1, u1, u2)
        total = self._irisan(d1, u1, u2) + self._irisan(d2, u1, u2)
        if (d2 - d1).days > 1:
            total += self._durasi_hari_penuh(d1 + timedelta(days=1), d2 - timedelta(days=1))
        return total

    def tambah_waktu_kerja(self, t: datetime, durasi: timedelta) -> datetime:
        """The earliest instant at which `durasi` of working time has elapsed since t.

        Used for SLA deadlines. Being the *earliest* such instant, a deadline that uses up a
        window exactly lands on its closing time (Thursday 15:00 + 1 hour → Thursday 16:00), and
        a zero duration returns t itself, open or not. Round trip:
        ``waktu_kerja_antara(t, tambah_waktu_kerja(t, d)) == d``.
        """
        u = _ke_utc(t, "t")
        if not isinstance(durasi, timedelta):
            raise TypeError(f"durasi harus timedelta, bukan {type(durasi).__name__}")
        if durasi < _NOL:
            raise ValueError(f"durasi tidak boleh negatif: {durasi}")
        if durasi == _NOL:
            return u.astimezone(self.zona)
        sisa = durasi
        hari = self._tanggal_lokal(u)
        hari_tutup_beruntun = 0
        while True:
            jendela = self._jendela_utc(hari)
            if jendela is not None and u < jendela[1]:
                awal = max(u, jendela[0])
                tersedia = jendela[1] - awal
                if sisa <= tersedia:
                    return (awal + sisa).astimezone(self.zona)
                sisa -= tersedia
                hari_tutup_beruntun = 0
            else:
                hari_tutup_beruntun += 1
                if hari_tutup_beruntun > BATAS_PENCARIAN_HARI:
                    raise ValueError(
                        f"tidak ada jam kerja dalam {BATAS_PENCARIAN_HARI} hari berturut-turut "
                        "(no opening within the search cap: check weekly hours and holidays)"
                    )
            hari = self._hari_berikut(hari)

    @staticmethod
    def _hari_berikut(hari: date) -> date:
        try:
            return hari + timedelta(days=1)
        except OverflowError:
            raise ValueError("pencarian jam kerja melewati tahun 9999") from None
