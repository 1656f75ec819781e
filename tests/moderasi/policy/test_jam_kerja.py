"""The SOP working hours ("Waktu Pelaksanaan"), one test per rule, then properties.

Monday–Thursday 08:00–16:00 WITA, Friday 08:00–11:30 WITA, closed on weekends, public holidays
and extra closed days. Dates used: 13 Aug 2026 is a Thursday, 17 Aug 2026 a Monday.
"""

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from portal.moderasi.policy.jam_kerja import (
    BATAS_PENCARIAN_HARI,
    JAM_KERJA_SOP,
    ZONA_WITA,
    KalenderKerja,
)

WITA = ZONA_WITA
SOP = KalenderKerja.sop()
HUT_RI = date(2026, 8, 17)  # Hari Kemerdekaan, a Monday
SATU_MIKRO = timedelta(microseconds=1)


def wita(*args):
    return datetime(*args, tzinfo=WITA)


# -- the weekly hours --------------------------------------------------------------------------


def test_senin_0800_buka():
    assert SOP.buka_pada(wita(2026, 8, 10, 8, 0))


def test_senin_0759_tutup():
    assert not SOP.buka_pada(wita(2026, 8, 10, 7, 59, 59))


def test_kamis_155959_buka():
    assert SOP.buka_pada(wita(2026, 8, 13, 15, 59, 59))


def test_kamis_1600_tepat_tutup():
    assert not SOP.buka_pada(wita(2026, 8, 13, 16, 0, 0))


def test_jumat_1129_buka():
    assert SOP.buka_pada(wita(2026, 8, 14, 11, 29))


def test_jumat_1130_tepat_tutup():
    assert not SOP.buka_pada(wita(2026, 8, 14, 11, 30))


def test_jumat_1131_tutup():
    assert not SOP.buka_pada(wita(2026, 8, 14, 11, 31))


def test_sabtu_tutup():
    assert not SOP.buka_pada(wita(2026, 8, 15, 10, 0))
    assert SOP.jam_buka_hari(date(2026, 8, 15)) is None


def test_minggu_tutup():
    assert not SOP.buka_pada(wita(2026, 8, 16, 10, 0))
    assert SOP.jam_buka_hari(date(2026, 8, 16)) is None


def test_17_agustus_tutup():
    kalender = KalenderKerja.sop(hari_libur=[HUT_RI])
    assert not kalender.buka_pada(wita(2026, 8, 17, 10, 0))
    assert kalender.jam_buka_hari(HUT_RI) is None


def test_cuti_bersama_tutup():
    # Extra closed days are just more dates in the same set.
    kalender = KalenderKerja.sop(hari_libur=[date(2026, 8, 18)])
    assert not kalender.buka_pada(wita(2026, 8, 18, 9, 0))


def test_jam_buka_hari_jumat():
    assert SOP.jam_buka_hari(date(2026, 8, 14)) == (wita(2026, 8, 14, 8), wita(2026, 8, 14, 11, 30))


def test_jam_buka_hari_dalam_zona_kalender():
    mulai, selesai = SOP.jam_buka_hari(date(2026, 8, 13))
    assert mulai.tzinfo is WITA and selesai.tzinfo is WITA


def test_jam_kerja_sop_sesuai_dokumen():
    assert JAM_KERJA_SOP == {
        0: (time(8), time(16)),
        1: (time(8), time(16)),
        2: (time(8), time(16)),
        3: (time(8), time(16)),
        4: (time(8), time(11, 30)),
        5: None,
        6: None,
    }


# -- next opening / closing --------------------------------------------------------------------


def test_saat_buka_pembukaan_berikutnya_adalah_saat_itu():
    t = wita(2026, 8, 13, 10, 15)
    assert SOP.pembukaan_berikutnya(t) == t


def test_persetujuan_jumat_1200_tayang_senin_0800():
    assert SOP.pembukaan_berikutnya(wita(2026, 8, 7, 12, 0)) == wita(2026, 8, 10, 8, 0)


def test_senin_libur_tayang_selasa():
    kalender = KalenderKerja.sop(hari_libur=[HUT_RI])
    assert kalender.pembukaan_berikutnya(wita(2026, 8, 14, 12, 0)) == wita(2026, 8, 18, 8, 0)


def test_malam_sebelum_libur_buka_berikutnya_setelah_libur():
    kalender = KalenderKerja.sop(hari_libur=[date(2026, 8, 13)])  # Thursday closed
    assert kalender.pembukaan_berikutnya(wita(2026, 8, 12, 19, 0)) == wita(2026, 8, 14, 8, 0)


def test_pagi_sebelum_buka_menunggu_0800():
    assert SOP.pembukaan_berikutnya(wita(2026, 8, 11, 6, 30)) == wita(2026, 8, 11, 8, 0)


def test_akhir_tahun():
    # 31 Dec 2026 is a Thursday, 1 Jan 2027 (Friday) is New Year: next is Monday 4 Jan 2027.
    kalender = KalenderKerja.sop(hari_libur=[date(2027, 1, 1)])
    assert kalender.pembukaan_berikutnya(wita(2026, 12, 31, 16, 0)) == wita(2027, 1, 4, 8, 0)


def test_libur_panjang_tetap_ditemukan():
    # Two whole years closed (well inside the search cap) still finds the next opening.
    libur = [date(2026, 1, 1) + timedelta(days=i) for i in range(2 * 365)]
    kalender = KalenderKerja.sop(hari_libur=libur)
    hasil = kalender.pembukaan_berikutnya(wita(2026, 1, 1, 9))
    assert hasil == wita(2028, 1, 3, 8, 0)


def test_libur_melebihi_batas_pencarian_ditolak():
    libur = [date(2026, 1, 1) + timedelta(days=i) for i in range(BATAS_PENCARIAN_HARI + 10)]
    kalender = KalenderKerja.sop(hari_libur=libur)
    with pytest.raises(ValueError, match="tidak ada jam kerja"):
        kalender.pembukaan_berikutnya(wita(2026, 1, 1, 9))
    with pytest.raises(ValueError, match="tidak ada jam kerja"):
        kalender.tambah_waktu_kerja(wita(2026, 1, 1, 9), timedelta(minutes=15))


def test_kalender_tanpa_hari_kerja_tidak_berputar_selamanya():
    kalender = KalenderKerja(jam_mingguan={})
    with pytest.raises(ValueError, match="tidak ada jam kerja"):
        kalender.pembukaan_berikutnya(wita(2026, 1, 1, 9))
    assert kalender.waktu_kerja_antara(wita(2026, 1, 1), wita(2030, 1, 1)) == timedelta(0)


def test_penutupan_berikutnya_jumat_1130():
    assert SOP.penutupan_berikutnya(wita(2026, 8, 14, 9, 0)) == wita(2026, 8, 14, 11, 30)


def test_penutupan_berikutnya_saat_tutup_ditolak():
    with pytest.raises(ValueError, match="tutup"):
        SOP.penutupan_berikutnya(wita(2026, 8, 13, 16, 0))


# -- working time --------------------------------------------------------------------------------


def test_satu_minggu_penuh_tiga_puluh_lima_setengah_jam():
    # 4 × 8 h + 3.5 h on Friday.
    senin = wita(2026, 8, 10)
    assert SOP.waktu_kerja_antara(senin, senin + timedelta(days=7)) == timedelta(hours=35.5)


def test_waktu_kerja_mundur_nol():
    assert SOP.waktu_kerja_antara(wita(2026, 8, 13, 12), wita(2026, 8, 13, 9)) == timedelta(0)


def test_waktu_kerja_melewati_akhir_pekan():
    # Friday 10:00 → Monday 09:00: 1.5 h on Friday + 1 h on Monday.
    hasil = SOP.waktu_kerja_antara(wita(2026, 8, 7, 10), wita(2026, 8, 10, 9))
    assert hasil == timedelta(hours=2.5)


def test_waktu_kerja_melewati_17_agustus():
    kalender = KalenderKerja.sop(hari_libur=[HUT_RI])
    hasil = kalender.waktu_kerja_antara(wita(2026, 8, 14, 11), wita(2026, 8, 18, 8, 30))
    assert hasil == timedelta(hours=1)


def test_tenggat_publikasi_jumat_1200_senin_0815():
    hasil = SOP.tambah_waktu_kerja(wita(2026, 8, 7, 12, 0), timedelta(minutes=15))
    assert hasil == wita(2026, 8, 10, 8, 15)


def test_tenggat_yang_menghabiskan_jendela_jatuh_pada_jam_tutup():
    hasil = SOP.tambah_waktu_kerja(wita(2026, 8, 13, 15, 0), timedelta(hours=1))
    assert hasil == wita(2026, 8, 13, 16, 0)


def test_tenggat_satu_hari_kerja_dari_jumat_pagi_lewat_ke_senin():
    # 8 working hours from Friday 08:00: 3.5 h Friday, 4.5 h Monday → Monday 12:30.
    hasil = SOP.tambah_waktu_kerja(wita(2026, 8, 7, 8, 0), timedelta(hours=8))
    assert hasil == wita(2026, 8, 10, 12, 30)


def test_tambah_nol_adalah_saat_itu():
    t = wita(2026, 8, 8, 10)  # a Saturday
    assert SOP.tambah_waktu_kerja(t, timedelta(0)) == t


def test_tambah_durasi_negatif_ditolak():
    with pytest.raises(ValueError, match="negatif"):
        SOP.tambah_waktu_kerja(wita(2026, 8, 10, 9), timedelta(minutes=-1))


# -- time zones and validation ---------------------------------------------------------------


def test_jam_server_utc_sama_dengan_wita():
    # 08:00 UTC is 16:00 WITA: Thursday is already closed.
    t_utc = datetime(2026, 8, 13, 8, 0, tzinfo=UTC)
    assert not SOP.buka_pada(t_utc)
    assert SOP.buka_pada(t_utc - SATU_MIKRO)
    hasil = SOP.pembukaan_berikutnya(t_utc)
    assert hasil == wita(2026, 8, 14, 8, 0)
    assert hasil.tzinfo is WITA


def test_jam_server_utc_tengah_malam_adalah_pagi_wita():
    # 00:30 UTC Monday = 08:30 WITA Monday.
    assert SOP.buka_pada(datetime(2026, 8, 10, 0, 30, tzinfo=UTC))


@pytest.mark.parametrize(
    "panggil",
    [
        lambda t: SOP.buka_pada(t),
        lambda t: SOP.pembukaan_berikutnya(t),
        lambda t: SOP.penutupan_berikutnya(t),
        lambda t: SOP.waktu_kerja_antara(t, wita(2026, 8, 20)),
        lambda t: SOP.waktu_kerja_antara(wita(2026, 8, 1), t),
        lambda t: SOP.tambah_waktu_kerja(t, timedelta(hours=1)),
    ],
    ids=["buka_pada", "pembukaan", "penutupan", "antara_t1", "antara_t2", "tambah"],
)
def test_datetime_naif_ditolak(panggil):
    with pytest.raises(ValueError, match="naif"):
        panggil(datetime(2026, 8, 13, 10, 0))


def test_jam_buka_hari_menolak_datetime():
    with pytest.raises(TypeError):
        SOP.jam_buka_hari(wita(2026, 8, 13, 10))


@pytest.mark.parametrize("selesai", [time(8), time(7)])
def test_jam_selesai_harus_setelah_mulai(selesai):
    with pytest.raises(ValueError, match="selesai harus setelah"):
        KalenderKerja(jam_mingguan={0: (time(8), selesai)})


def test_hari_di_luar_minggu_ditolak():
    with pytest.raises(ValueError):
        KalenderKerja(jam_mingguan={7: (time(8), time(16))})


def test_hari_libur_harus_date():
    with pytest.raises(TypeError):
        KalenderKerja.sop(hari_libur=[wita(2026, 8, 17)])


def test_hari_yang_tidak_disebut_tutup():
    kalender = KalenderKerja(jam_mingguan={0: (time(8), time(16))})
    assert kalender.jam_buka_hari(date(2026, 8, 11)) is None


def test_kalender_setara_dan_dapat_di_hash():
    a = KalenderKerja.sop(hari_libur=[HUT_RI])
    b = KalenderKerja(dict(JAM_KERJA_SOP), frozenset({HUT_RI}))
    assert a == b
    assert hash(a) == hash(b)
    assert a != SOP


# -- properties ----------------------------------------------------------------------------------

ZONA_UJI = [UTC, WITA, ZoneInfo("Asia/Jakarta"), timezone(timedelta(hours=-5))]
AWAL = datetime(2025, 1, 1)
AKHIR = datetime(2027, 12, 31)
PROPERTI = settings(max_examples=200, deadline=None)

saat = st.datetimes(min_value=AWAL, max_value=AKHIR, timezones=st.sampled_from(ZONA_UJI))
tanggal = st.dates(min_value=AWAL.date(), max_value=AKHIR.date())
durasi = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=40))


@st.composite
def jendela_harian(draw):
    mulai = draw(st.integers(min_value=0, max_value=23 * 60 + 58))
    selesai = draw(st.integers(min_value=mulai + 1, max_value=24 * 60 - 1))
    return time(mulai // 60, mulai % 60), time(selesai // 60, selesai % 60)


@st.composite
def kalender_acak(draw):
    """The SOP calendar or arbitrary weekly hours, with random holidays."""
    libur = draw(st.frozensets(tanggal, max_size=60))
    if draw(st.booleans()):
        return KalenderKerja.sop(hari_libur=libur)
    jam = draw(st.fixed_dictionaries({h: st.none() | jendela_harian() for h in range(7)}))
    assume(any(jam.values()))
    return KalenderKerja(jam_mingguan=jam, hari_libur=libur)


def _waktu_kerja_per_hari(kalender, t1, t2):
    """Reference: walk every local day and add its window's overlap with [t1, t2)."""
    if t2 <= t1:
        return timedelta(0)
    hari = t1.astimezone(kalender.zona).date()
    akhir = t2.astimezone(kalender.zona).date()
    total = timedelta(0)
    while hari <= akhir:
        jendela = kalender.jam_buka_hari(hari)
        if jendela:
            total += max(min(jendela[1], t2) - max(jendela[0], t1), timedelta(0))
        hari += timedelta(days=1)
    return total


@PROPERTI
@given(kalender=kalender_acak(), t=saat, sampel=st.lists(st.floats(0, 1), max_size=5))
def test_properti_pembukaan_berikutnya(kalender, t, sampel):
    p = kalender.pembukaan_berikutnya(t)
    assert p >= t
    assert kalender.buka_pada(p)
    # Nothing in [t, p) is open: no working time, and sampled instants are closed.
    assert kalender.waktu_kerja_antara(t, p) == timedelta(0)
    if p > t:
        assert not kalender.buka_pada(t)
        assert not kalender.buka_pada(p - SATU_MIKRO)
        for f in sampel:
            titik = t + (p - t) * f
            assert titik == p or not kalender.buka_pada(titik)
        # A later opening is always the start of that day's window.
        assert p == kalender.jam_buka_hari(p.date())[0]


@PROPERTI
@given(kalender=kalender_acak(), t=saat)
def test_properti_penutupan_berikutnya(kalender, t):
    buka = kalender.pembukaan_berikutnya(t)
    tutup = kalender.penutupan_berikutnya(buka)
    assert tutup > buka
    assert kalender.buka_pada(tutup - SATU_MIKRO)
    assert not kalender.buka_pada(tutup)
    assert kalender.waktu_kerja_antara(buka, tutup) == tutup - buka


@PROPERTI
@given(kalender=kalender_acak(), titik=st.lists(saat, min_size=3, max_size=3))
def test_properti_waktu_kerja_aditif(kalender, titik):
    t1, t2, t3 = sorted(titik)
    w = kalender.waktu_kerja_antara
    assert w(t1, t3) == w(t1, t2) + w(t2, t3)


@PROPERTI
@given(kalender=kalender_acak(), t1=saat, t2=saat)
def test_properti_waktu_kerja_tidak_negatif_dan_tidak_melebihi_waktu_dinding(kalender, t1, t2):
    hasil = kalender.waktu_kerja_antara(t1, t2)
    assert timedelta(0) <= hasil <= max(t2 - t1, timedelta(0))


@PROPERTI
@given(kalender=kalender_acak(), t1=saat, rentang=st.timedeltas(timedelta(0), timedelta(days=120)))
def test_properti_waktu_kerja_sama_dengan_penjumlahan_harian(kalender, t1, rentang):
    # The week-skipping arithmetic agrees with the plain day-by-day walk.
    t2 = t1 + rentang
    assert kalender.waktu_kerja_antara(t1, t2) == _waktu_kerja_per_hari(kalender, t1, t2)


@PROPERTI
@given(kalender=kalender_acak(), t=saat, d=durasi)
def test_properti_tambah_lalu_ukur_kembali(kalender, t, d):
    hasil = kalender.tambah_waktu_kerja(t, d)
    assert hasil >= t
    assert kalender.waktu_kerja_antara(t, hasil) == d
    if d > timedelta(0):
        # The earliest such instant: a microsecond earlier is not enough yet.
        assert kalender.waktu_kerja_antara(t, hasil - SATU_MIKRO) < d
        assert kalender.buka_pada(hasil - SATU_MIKRO)


@PROPERTI
@given(kalender=kalender_acak(), t=saat, d=durasi, t2=saat)
def test_properti_zona_masukan_tidak_berpengaruh(kalender, t, d, t2):
    for zona in ZONA_UJI:
        lain = t.astimezone(zona)
        assert kalender.buka_pada(lain) == kalender.buka_pada(t)
        hasil = kalender.pembukaan_berikutnya(lain)
        assert hasil == kalender.pembukaan_berikutnya(t)
        assert hasil.tzinfo is kalender.zona
        assert kalender.tambah_waktu_kerja(lain, d) == kalender.tambah_waktu_kerja(t, d)
        assert kalender.waktu_kerja_antara(lain, t2.astimezone(zona)) == (
            kalender.waktu_kerja_antara(t, t2)
        )


@PROPERTI
@given(kalender=kalender_acak(), hari=tanggal)
def test_properti_jam_buka_hari_cocok_dengan_buka_pada(kalender, hari):
    jendela = kalender.jam_buka_hari(hari)
    if jendela is None:
        assert kalender.waktu_kerja_antara(
            datetime.combine(hari, time(0), tzinfo=kalender.zona),
            datetime.combine(hari + timedelta(days=1), time(0), tzinfo=kalender.zona),
        ) == timedelta(0)
    else:
        mulai, selesai = jendela
        assert kalender.buka_pada(mulai)
        assert not kalender.buka_pada(selesai)
        assert not kalender.buka_pada(mulai - SATU_MIKRO)
