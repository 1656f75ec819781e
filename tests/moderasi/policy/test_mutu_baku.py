"""Mutu Baku: the SOP's time standard per step, lateness, reminder thresholds and summaries."""

from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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

JAM = timedelta(hours=1)
MENIT = timedelta(minutes=1)


# -- the standards -----------------------------------------------------------------------------


def test_pengumpulan_satu_hari_kerja_delapan_jam():
    assert STANDAR_SOP[Langkah.PENGUMPULAN] == SATU_HARI_KERJA == timedelta(hours=8)


def test_penyerahan_tiga_jam_kerja():
    assert STANDAR_SOP[Langkah.PENYERAHAN] == 3 * JAM


def test_penyuntingan_tiga_jam_kerja():
    assert STANDAR_SOP[Langkah.PENYUNTINGAN] == 3 * JAM


def test_penyaringan_satu_jam_kerja():
    assert STANDAR_SOP[Langkah.PENYARINGAN] == JAM


def test_publikasi_lima_belas_menit_kerja():
    assert STANDAR_SOP[Langkah.PUBLIKASI] == 15 * MENIT


def test_setiap_langkah_punya_standar():
    assert set(STANDAR_SOP) == set(Langkah)


def test_langkah_adalah_string_stabil():
    # The values are stored in the database and in e-mails; they must not drift.
    assert [str(langkah) for langkah in Langkah] == [
        "pengumpulan",
        "penyerahan",
        "penyuntingan",
        "penyaringan",
        "publikasi",
    ]


def test_standar_sop_tidak_bisa_diubah():
    with pytest.raises(TypeError):
        STANDAR_SOP[Langkah.PUBLIKASI] = JAM


# -- status ---------------------------------------------------------------------------------------


def test_tepat_sama_dengan_standar_masih_dalam_standar():
    assert status_mutu(JAM, JAM) == DALAM_STANDAR == "dalam_standar"


def test_lebih_satu_detik_terlambat():
    assert status_mutu(JAM + timedelta(seconds=1), JAM) == TERLAMBAT == "terlambat"


def test_nol_dalam_standar():
    assert status_mutu(timedelta(0), 15 * MENIT) == DALAM_STANDAR


def test_durasi_negatif_ditolak():
    with pytest.raises(ValueError, match="negatif"):
        status_mutu(-MENIT, JAM)


@pytest.mark.parametrize("standar", [timedelta(0), -JAM])
def test_standar_harus_positif(standar):
    with pytest.raises(ValueError, match="standar"):
        status_mutu(MENIT, standar)


# -- reminder thresholds ----------------------------------------------------------------------


def test_belum_lewat_standar_tidak_ada_ambang():
    assert ambang_terlewati(JAM, JAM) == ()


def test_lewat_standar_ambang_pertama():
    assert ambang_terlewati(JAM + MENIT, JAM) == (1,)


def test_tepat_dua_kali_standar_baru_ambang_pertama():
    assert ambang_terlewati(2 * JAM, JAM) == (1,)


def test_lewat_empat_kali_standar_semua_ambang():
    assert ambang_terlewati(5 * JAM, JAM) == (1, 2, 4)


def test_kelipatan_sendiri_diurutkan_dan_unik():
    assert ambang_terlewati(10 * JAM, JAM, kelipatan=(8, 3, 3)) == (3, 8)


@pytest.mark.parametrize("kelipatan", [(0,), (-1,), (1.5,)])
def test_kelipatan_tidak_sah_ditolak(kelipatan):
    with pytest.raises(ValueError, match="kelipatan"):
        ambang_terlewati(JAM, JAM, kelipatan=kelipatan)


@settings(max_examples=200, deadline=None)
@given(
    terpakai=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=30)),
    standar=st.timedeltas(min_value=timedelta(microseconds=1), max_value=timedelta(days=2)),
)
def test_properti_ambang_pertama_sama_dengan_terlambat(terpakai, standar):
    ambang = ambang_terlewati(terpakai, standar)
    assert (1 in ambang) == (status_mutu(terpakai, standar) == TERLAMBAT)
    # Crossing a higher multiple implies crossing every lower one.
    assert ambang == (1, 2, 4)[: len(ambang)]


# -- percentile and summary -------------------------------------------------------------------


def test_persentil_90_peringkat_terdekat_sepuluh_data():
    data = [k * MENIT for k in range(1, 11)]
    # ceil(0.9 × 10) = 9 → the 9th value.
    assert persentil(data, 90) == 9 * MENIT


def test_persentil_90_peringkat_terdekat_sebelas_data():
    data = [k * MENIT for k in range(1, 12)]
    # ceil(0.9 × 11) = ceil(9.9) = 10 → the 10th value.
    assert persentil(data, 90) == 10 * MENIT


def test_persentil_satu_data():
    assert persentil([7 * MENIT], 90) == 7 * MENIT


def test_persentil_100_adalah_maksimum():
    assert persentil([3 * MENIT, MENIT, 2 * MENIT], 100) == 3 * MENIT


def test_persentil_tidak_bergantung_urutan_masukan():
    assert persentil([5 * MENIT, MENIT, 3 * MENIT], 50) == 3 * MENIT


@pytest.mark.parametrize("p", [0, 101, 90.5])
def test_persentil_p_tidak_sah_ditolak(p):
    with pytest.raises(ValueError):
        persentil([MENIT], p)


def test_ringkasan_kosong():
    assert ringkasan([], JAM) == RingkasanMutu(
        jumlah=0, median=None, persentil_90=None, porsi_dalam_standar=None
    )


def test_ringkasan_median_ganjil():
    hasil = ringkasan([3 * MENIT, MENIT, 2 * MENIT], JAM)
    assert hasil.median == 2 * MENIT


def test_ringkasan_median_genap_rata_rata_dua_tengah():
    hasil = ringkasan([MENIT, 2 * MENIT, 4 * MENIT, 10 * MENIT], JAM)
    assert hasil.median == 3 * MENIT


def test_ringkasan_porsi_dalam_standar_termasuk_yang_tepat_sama():
    hasil = ringkasan([30 * MENIT, JAM, JAM + MENIT, 2 * JAM], JAM)
    assert hasil.jumlah == 4
    assert hasil.porsi_dalam_standar == 0.5


def test_ringkasan_menerima_generator():
    hasil = ringkasan((k * MENIT for k in range(1, 11)), 15 * MENIT)
    assert hasil == RingkasanMutu(
        jumlah=10,
        median=5 * MENIT + 30 * timedelta(seconds=1),
        persentil_90=9 * MENIT,
        porsi_dalam_standar=1.0,
    )


def test_ringkasan_durasi_negatif_ditolak():
    with pytest.raises(ValueError, match="negatif"):
        ringkasan([MENIT, -MENIT], JAM)


@settings(max_examples=200, deadline=None)
@given(
    data=st.lists(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=10)), min_size=1),
    standar=st.timedeltas(min_value=timedelta(microseconds=1), max_value=timedelta(days=2)),
)
def test_properti_ringkasan(data, standar):
    hasil = ringkasan(data, standar)
    urut = sorted(data)
    assert hasil.jumlah == len(data)
    assert urut[0] <= hasil.median <= urut[-1]
    assert hasil.persentil_90 in data
    # Nearest rank: at least 90% of the data is at or below P90, and less than 90% below it.
    assert sum(d <= hasil.persentil_90 for d in data) * 10 >= 9 * len(data)
    assert sum(d < hasil.persentil_90 for d in data) * 10 < 9 * len(data)
    assert 0.0 <= hasil.porsi_dalam_standar <= 1.0
    assert hasil.porsi_dalam_standar == sum(d <= standar for d in data) / len(data)
