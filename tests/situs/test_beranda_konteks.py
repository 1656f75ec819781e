"""The home page: latest dokumen, featured galleries, quick links and today's service hours
from the working-hours calendar, dates in Indonesian and times in WITA."""

import datetime

import pytest
import time_machine

from dokumen.factories import DokumenPageFactory
from galeri.factories import GaleriFotoPageFactory, GaleriVideoPageFactory
from home.models import JUMLAH_DOKUMEN_TERBARU, HomePage, JamLayanan
from portal.moderasi.policy import ZONA_WITA, KalenderKerja

pytestmark = pytest.mark.django_db


def wita(*args):
    return datetime.datetime(*args, tzinfo=ZONA_WITA)


def test_dokumen_terbaru(beranda, indeks_dokumen):
    dokumen = [
        DokumenPageFactory(
            parent=indeks_dokumen, tanggal_terbit=datetime.date(2026, 1, 1) + datetime.timedelta(i)
        )
        for i in range(JUMLAH_DOKUMEN_TERBARU + 1)
    ]
    DokumenPageFactory(parent=indeks_dokumen, tanggal_terbit=datetime.date(2027, 1, 1), live=False)
    terbaru = HomePage.objects.get().get_dokumen_terbaru()
    assert terbaru == list(reversed(dokumen))[:JUMLAH_DOKUMEN_TERBARU]


def test_galeri_pilihan_foto_dan_video(beranda, indeks_galeri):
    foto = GaleriFotoPageFactory(parent=indeks_galeri, foto=1)
    video = GaleriVideoPageFactory(parent=indeks_galeri)
    GaleriFotoPageFactory(parent=indeks_galeri, live=False)
    pilihan = HomePage.objects.get().get_galeri_pilihan()
    assert set(pilihan) == {foto, video}
    assert {type(g).__name__ for g in pilihan} == {"GaleriFotoPage", "GaleriVideoPage"}


def test_beranda_menampilkan_semua_bagian(client, beranda, indeks_dokumen, indeks_galeri):
    DokumenPageFactory(parent=indeks_dokumen, title="Pergub Nomor 7 Tahun 2026 tentang Uji")
    GaleriFotoPageFactory(parent=indeks_galeri, title="Festival Erau Uji", foto=1)
    html = client.get("/").content.decode()
    for teks in (
        "Jam layanan hari ini",
        "Dokumen terbaru",
        "Pergub Nomor 7 Tahun 2026 tentang Uji",
        "Galeri pilihan",
        "Festival Erau Uji",
        "Tautan cepat",
        'href="/dokumen/daftar-informasi-publik/"',
        'href="/cari/"',
    ):
        assert teks in html


@pytest.mark.parametrize(
    ("sekarang", "buka", "sedang_buka", "berikutnya"),
    [
        # Tuesday 10:00: open 08:00-16:00.
        (wita(2026, 11, 24, 10), (wita(2026, 11, 24, 8), wita(2026, 11, 24, 16)), True, None),
        # Tuesday 16:00 exactly: closed, back Wednesday 08:00.
        (
            wita(2026, 11, 24, 16),
            (wita(2026, 11, 24, 8), wita(2026, 11, 24, 16)),
            False,
            wita(2026, 11, 25, 8),
        ),
        # Friday 12:00: the desk closed at 11:30.
        (
            wita(2026, 11, 27, 12),
            (wita(2026, 11, 27, 8), wita(2026, 11, 27, 11, 30)),
            False,
            wita(2026, 11, 30, 8),
        ),
        # Saturday: closed all day, opens Monday.
        (wita(2026, 11, 28, 9), None, False, wita(2026, 11, 30, 8)),
        # Christmas (a holiday on a Friday): closed; back Monday the 28th.
        (wita(2026, 12, 25, 9), None, False, wita(2026, 12, 28, 8)),
    ],
)
def test_jam_layanan(sekarang, buka, sedang_buka, berikutnya):
    kalender = KalenderKerja.sop([datetime.date(2026, 12, 24), datetime.date(2026, 12, 25)])
    jam = JamLayanan.pada(sekarang, kalender)
    assert (jam.buka, jam.tutup) == (buka or (None, None))
    assert jam.sedang_buka is sedang_buka
    assert jam.pembukaan_berikutnya == berikutnya


def test_jam_layanan_dibaca_di_wita_walau_waktu_utc():
    # 23 Nov 2026 23:30 UTC is Tuesday 24 Nov 07:30 WITA: today is Tuesday, not yet open.
    utc = datetime.datetime(2026, 11, 23, 23, 30, tzinfo=datetime.UTC)
    jam = JamLayanan.pada(utc, KalenderKerja.sop())
    assert jam.sekarang.date() == datetime.date(2026, 11, 24)
    assert jam.pembukaan_berikutnya == wita(2026, 11, 24, 8)


@time_machine.travel(wita(2026, 11, 24, 10, 15), tick=False)
def test_beranda_jam_layanan_berbahasa_indonesia_buka(client, beranda):
    html = client.get("/").content.decode()
    assert "Selasa, 24 November 2026" in html
    assert "08.00" in html and "16.00 WITA" in html
    assert "Sedang buka" in html


@time_machine.travel(wita(2026, 11, 28, 9), tick=False)
def test_beranda_jam_layanan_sabtu_tutup(client, beranda):
    html = client.get("/").content.decode()
    assert "Sabtu, 28 November 2026" in html
    assert "Sedang tutup" in html
    assert "Buka kembali Senin, 30 November 2026, pukul 08.00 WITA." in html
