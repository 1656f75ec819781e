"""Mutu Baku charts: the report's charts (page and XLSX) show the table's numbers, the page
loads nothing from elsewhere, and the dashboard panel counts the items waiting past their
standard exactly as the overdue reminders find them.

The history is test_mutu_baku_admin.py's (`riwayat_laporan`: November and December 2025) plus
two berita in October, so a section has points in three months. Clocks are frozen.
"""

import io
import re
from collections import Counter
from datetime import timedelta

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.urls import reverse

from portal.moderasi import grafik_mutu, mutu
from portal.moderasi.kalender import kalender_kerja
from portal.moderasi.models import PengingatTerkirim
from portal.moderasi.pilihan import AlasanTidakLayak
from portal.moderasi.policy import Langkah
from tests.moderasi import test_mutu_baku_admin as mutu_admin
from tests.moderasi.conftest import ditolak
from tests.moderasi.grafik import selisih_grafik_dan_tabel

pytestmark = pytest.mark.django_db

wita = mutu_admin.wita
riwayat_laporan = mutu_admin.riwayat_laporan  # the fixture, under its own name

SAAT_LAPORAN = wita(12, 10, 9)


@pytest.fixture
def riwayat_grafik(riwayat_laporan, buat_draf, petugas, editor, pejabat):
    """`riwayat_laporan` and two berita in October 2025 (no holiday); working minutes per step
    (pengumpulan, penyerahan, penyuntingan, penyaringan, publikasi) in the comments."""
    # J: 60, 30, 240 (late), 30, 0.
    j = mutu_admin._berita(buat_draf, "Berita J", wita(10, 14, 8), wita(10, 14, 9))
    mutu_admin._alur(
        j, petugas, editor, pejabat, wita(10, 14, 9, 30), wita(10, 14, 13, 30), wita(10, 14, 14)
    )
    # K: 30, 30, 60, 20, 0.
    k = mutu_admin._berita(buat_draf, "Berita K", wita(10, 15, 8), wita(10, 15, 8, 30))
    mutu_admin._alur(
        k, petugas, editor, pejabat, wita(10, 15, 9), wita(10, 15, 10), wita(10, 15, 10, 20)
    )
    return (*riwayat_laporan, j, k)


def _titik(pengukuran, langkah):
    return {
        t.bulan: (
            t.ringkasan.jumlah,
            mutu._menit(t.ringkasan.median),
            mutu._menit(t.ringkasan.persentil_90),
            t.persen_dalam_standar,
        )
        for t in grafik_mutu.seri_bulanan(pengukuran, langkah)
        if t.ringkasan.jumlah
    }


def _laporan(client, user, **query):
    client.force_login(user)
    with time_machine.travel(SAAT_LAPORAN, tick=False):
        return client.get(reverse("moderasi_laporan_mutu"), query)


# -- the charts' numbers ---------------------------------------------------------------------------


def test_grafik_satu_bagian_sama_dengan_baris_tabel_setiap_bulan(riwayat_grafik):
    with time_machine.travel(SAAT_LAPORAN, tick=False):
        berita = mutu.pengukuran_periode(2025, bagian="berita")
        baris = mutu.baris_laporan(berita, Langkah.PENYUNTINGAN)

        assert _titik(berita, Langkah.PENYUNTINGAN) == {
            10: (2, 150.0, 240.0, 50.0),
            11: (4, 75.0, 600.0, 75.0),
            12: (1, 60.0, 60.0, 100.0),
        }
        assert _titik(berita, Langkah.PENYUNTINGAN) == {
            b.bulan: (
                b.ringkasan.jumlah,
                mutu._menit(b.ringkasan.median),
                mutu._menit(b.ringkasan.persentil_90),
                b.persen_dalam_standar,
            )
            for b in baris
        }
        for bagian in mutu.BAGIAN:
            assert selisih_grafik_dan_tabel(2025, bagian=bagian) == []
            assert selisih_grafik_dan_tabel(2025, bulan=11, bagian=bagian) == []


def test_grafik_semua_bagian_menghitung_langkah_seluruh_bagian_bersama(riwayat_grafik):
    with time_machine.travel(SAAT_LAPORAN, tick=False):
        semua = mutu.pengukuran_periode(2025)

        # November penyuntingan: berita 30, 60, 90, 600; dokumen 60, 120; galeri 30, 30, 60.
        assert _titik(semua, Langkah.PENYUNTINGAN)[11] == (9, 60.0, 600.0, 88.9)
        assert selisih_grafik_dan_tabel(2025) == []


def test_grafik_tidak_layak_tayang_per_alasan_sama_dengan_tabel(riwayat_grafik):
    with time_machine.travel(SAAT_LAPORAN, tick=False):
        semua = mutu.pengukuran_periode(2025)
        galeri = mutu.pengukuran_periode(2025, bagian="galeri")
        berita = mutu.pengukuran_periode(2025, bagian="berita")

    harapan = dict.fromkeys(AlasanTidakLayak.values, 0) | {
        AlasanTidakLayak.KUALITAS_RENDAH: 1,
        AlasanTidakLayak.DUPLIKAT: 1,
    }
    assert grafik_mutu.tidak_layak_per_alasan(semua) == harapan
    assert grafik_mutu.tidak_layak_per_alasan(galeri) == harapan
    assert set(grafik_mutu.tidak_layak_per_alasan(berita).values()) == {0}
    grafik = grafik_mutu.grafik_tidak_layak(semua)
    assert grafik.label == tuple(str(AlasanTidakLayak(k).label) for k in AlasanTidakLayak.values)
    assert grafik.seri[0].nilai == tuple(harapan.values())
    assert grafik.ringkasan == (
        "Keputusan tidak layak tayang: 2 "
        "(Duplikat konten yang sudah ada: 1; Kualitas materi rendah: 1)."
    )


def test_grafik_waktu_memuat_garis_standar_dalam_jam_atau_menit(riwayat_grafik):
    with time_machine.travel(SAAT_LAPORAN, tick=False):
        berita = mutu.pengukuran_periode(2025, bagian="berita")

    suntingan = grafik_mutu.grafik_waktu(berita, Langkah.PENYUNTINGAN)
    publikasi = grafik_mutu.grafik_waktu(berita, Langkah.PUBLIKASI)

    assert [s.nama for s in suntingan.seri] == ["Median", "Persentil 90", "Standar"]
    assert (suntingan.satuan, set(suntingan.seri[2].nilai)) == ("jam kerja", {3.0})
    assert suntingan.seri[0].nilai[9:] == (2.5, 1.25, 1.0)  # October, November, December
    assert suntingan.seri[0].nilai[:9] == (None,) * 9  # no data: a gap, not zero
    assert (publikasi.satuan, set(publikasi.seri[2].nilai)) == ("menit kerja", {15.0})


# -- the report page ------------------------------------------------------------------------------


def test_halaman_laporan_menampilkan_grafik_dengan_ringkasan_teks_dari_angka_tabel(
    client, pejabat, riwayat_grafik
):
    respons = _laporan(client, pejabat, tahun="2025", bagian="berita", langkah="penyuntingan")

    assert respons.status_code == 200
    sup = BeautifulSoup(respons.content, "html.parser")
    gambar = sup.select("figure.mutu-grafik__gambar")
    assert [g["id"] for g in gambar] == ["grafik-waktu", "grafik-dalam-standar"]
    for figure in gambar:
        svg = figure.find("svg")
        assert svg["role"] == "img"
        assert sup.find(id=svg["aria-labelledby"]).name == "figcaption"
        assert sup.find(id=svg["aria-describedby"]).get_text(strip=True)
    ringkasan = sup.find(id="grafik-waktu-ringkasan").get_text(" ", strip=True)
    assert ringkasan == (
        "Standar 3 jam kerja. "
        "Oktober: median 2 jam 30 menit kerja, persentil 90 4 jam kerja (2 langkah selesai). "
        "November: median 1 jam 15 menit kerja, persentil 90 10 jam kerja (4 langkah selesai). "
        "Desember: median 1 jam kerja, persentil 90 1 jam kerja (1 langkah selesai)."
    )
    november = [
        [td.get_text(" ", strip=True) for td in tr.find_all("td")]
        for tr in sup.find(id="laporan-mutu-baku").select("tbody tr")
    ][1]
    assert november[:6] == [
        "November 2025",
        "Berita",
        "3. Penyuntingan",
        "4",
        "1 jam 15 menit kerja",
        "10 jam kerja",
    ]
    assert "November 75,0%" in sup.find(id="grafik-dalam-standar-ringkasan").get_text()
    assert november[7] == "75,0%"


def test_filter_langkah_menyaring_tabel_dan_memilih_grafik(client, editor, riwayat_grafik):
    suntingan = _laporan(client, editor, tahun="2025", langkah="penyuntingan")
    semua = _laporan(client, editor, tahun="2025")
    buruk = _laporan(client, editor, tahun="2025", langkah="langkah-8")

    sup = BeautifulSoup(suntingan.content, "html.parser")
    baris = sup.find(id="laporan-mutu-baku").select("tbody tr")
    assert {tr.find_all("td")[2].get_text(strip=True) for tr in baris} == {"3. Penyuntingan"}
    assert len(baris) == 5  # berita in October and December; all three sections in November
    assert [f["id"] for f in sup.select("figure")] == ["grafik-waktu", "grafik-dalam-standar"]
    sup = BeautifulSoup(semua.content, "html.parser")
    assert [f["id"] for f in sup.select("figure")] == ["grafik-dalam-standar", "grafik-tidak-layak"]
    assert "Pilih satu langkah" in sup.get_text()
    html = buruk.content.decode()
    assert "Nilai filter tidak valid diganti dengan nilai bawaan: Langkah." in html


def test_halaman_laporan_tidak_memuat_apa_pun_dari_asal_lain(client, editor, riwayat_grafik):
    for query in ({"tahun": "2025"}, {"tahun": "2025", "langkah": "penyaringan"}):
        respons = _laporan(client, editor, **query)
        html = respons.content.decode()
        sup = BeautifulSoup(html, "html.parser")

        assert sup.select("figure svg"), query
        sumber = [el.get("src") for el in sup.find_all(src=True)]
        sumber += [el.get("href") for el in sup.find_all(["link", "use", "image", "script"])]
        sumber += [el.get("xlink:href") for el in sup.find_all(attrs={"xlink:href": True})]
        assert [s for s in sumber if s and re.match(r"^(https?:)?//", s)] == []
        # Nothing in the charts fetches or runs: no script, no stylesheet link, no web font.
        for svg in sup.select("figure svg"):
            assert svg.find("script") is None
            teks = str(svg)
            assert re.findall(r"https?://[^\s\"')]+", teks) == ["http://www.w3.org/2000/svg"]
            assert "@import" not in teks and "url(" not in teks
        assert "kozea" not in html.lower() and "pygal.org" not in html


def test_unduhan_xlsx_memuat_grafik_dan_lembar_seri_bulanan(client, editor, riwayat_grafik):
    from openpyxl import load_workbook
    from openpyxl.chart import BarChart, LineChart

    respons = _laporan(
        client, editor, tahun="2025", bagian="berita", langkah="penyaringan", format="xlsx"
    )

    assert respons["Content-Disposition"] == (
        'attachment; filename="mutu-baku-2025-berita-penyaringan.xlsx"'
    )
    buku = load_workbook(io.BytesIO(respons.content))
    assert buku.sheetnames == ["Mutu Baku", "Grafik"]
    lembar = buku["Grafik"]
    jenis = [type(c) for c in lembar._charts]
    assert jenis == [LineChart, BarChart, BarChart]
    assert [c.type for c in lembar._charts[1:]] == ["col", "bar"]

    with time_machine.travel(SAAT_LAPORAN, tick=False):
        grafik = grafik_mutu.grafik_laporan(
            mutu.pengukuran_periode(2025, bagian="berita"), Langkah.PENYARINGAN
        )
    isi = [list(r) for r in lembar.iter_rows(values_only=True)]
    for g in grafik:
        mulai = next(i for i, r in enumerate(isi) if r[0] == g.judul)
        assert isi[mulai + 1][0] == g.ringkasan
        kepala = isi[mulai + 2]
        assert kepala[: 1 + len(g.seri)] == [
            g.nama_label,
            *(f"{s.nama} ({g.satuan})" for s in g.seri),
        ]
        data = isi[mulai + 3 : mulai + 3 + len(g.label)]
        assert [r[0] for r in data] == list(g.label)
        for kolom, s in enumerate(g.seri, start=1):
            assert tuple(r[kolom] for r in data) == s.nilai
    # December penyaringan of berita: 1850 working minutes, 30.83 hours, 0% within standard.
    (waktu,) = [g for g in grafik if g.kunci == "waktu"]
    assert waktu.seri[0].nilai[11] == 30.83
    # The charts draw from those cells: the series' references point into the sheet.
    assert all(
        s.val.numRef.f.startswith("'Grafik'!") or s.val.numRef.f.startswith("Grafik!")
        for c in lembar._charts
        for s in c.series
    )


# -- the dashboard panel --------------------------------------------------------------------------

# Tuesday 25 November 2025, 14:00 WITA.
SELASA_1400 = wita(11, 25, 14)


@pytest.fixture
def menunggu(buat_draf, petugas, editor, pejabat):
    """Items waiting at Tuesday 25 November 2025, 14:00: two past the editing standard (3 h),
    one within it, one past the filtering standard (1 h), one found "layak tayang" after
    hours and not yet live (deferred to Tuesday 08:00, past 15 minutes)."""
    with time_machine.travel(wita(11, 24, 8), tick=False):
        judul = ["Suntingan lama", "Suntingan lama kedua", "Saringan lama", "Tayang tertunda"]
        lama, lama2, saring, tunda = (buat_draf(title=j) for j in judul)
    with time_machine.travel(wita(11, 24, 9), tick=False):
        for page in (lama, lama2, saring, tunda):
            mutu_admin.ajukan(page, petugas)
    with time_machine.travel(wita(11, 24, 10), tick=False):
        mutu_admin.setujui(tunda, editor)
    with time_machine.travel(wita(11, 24, 16, 30), tick=False):
        mutu_admin.setujui(tunda, pejabat)
    with time_machine.travel(wita(11, 25, 12), tick=False):
        mutu_admin.setujui(saring, editor)
        baru = buat_draf(title="Suntingan baru")
        mutu_admin.ajukan(baru, petugas)
    return {"lama": lama, "lama2": lama2, "saring": saring, "tunda": tunda, "baru": baru}


def _panel_mutu(client, user):
    client.force_login(user)
    with time_machine.travel(SELASA_1400, tick=False):
        respons = client.get(reverse("wagtailadmin_home"))
    assert respons.status_code == 200
    return BeautifulSoup(respons.content, "html.parser").find(id="mutu-baku-dasbor-section")


def _angka_panel(panel):
    return {
        tr.find("th").get_text(strip=True): [
            td.get_text(" ", strip=True) for td in tr.find_all("td")
        ]
        for tr in panel.select("tbody tr")
    }


def test_panel_menghitung_yang_melewati_standar_seperti_pengingat(client, editor, menunggu):
    with time_machine.travel(SELASA_1400, tick=False):
        terlambat = mutu.melewati_standar()
        panel = _panel_mutu(client, editor)
        # The reminders' first pass finds the very same items.
        mutu.kirim_pengingat_terlambat(SELASA_1400, kalender_kerja())

    per_langkah = Counter(m.langkah for m in terlambat)
    assert per_langkah == {
        Langkah.PENYUNTINGAN: 2,
        Langkah.PENYARINGAN: 1,
        Langkah.PUBLIKASI: 1,
    }
    angka = _angka_panel(panel)
    for langkah in Langkah:
        sel = angka[str(mutu.LABEL_LANGKAH[langkah])][1]
        if langkah in mutu.LANGKAH_MENUNGGU:
            assert sel == f"{per_langkah[langkah]} materi"
        else:
            assert sel.startswith("–")
    diingatkan = Counter(
        Langkah.PUBLIKASI if ambang > mutu.AMBANG_PUBLIKASI else mutu.langkah_tugas(ts.task)
        for ts, ambang in (
            (p.task_state, p.ambang)
            for p in PengingatTerkirim.objects.select_related("task_state__task")
        )
        if ambang in (1, mutu.AMBANG_PUBLIKASI + 1)
    )
    assert diingatkan == per_langkah
    tautan = panel.find("a", string="2 materi")["href"]
    assert tautan == reverse("moderasi_mutu_terlambat") + "?langkah=penyuntingan"


def test_daftar_melewati_standar_berisi_materi_yang_dihitung_panel(client, pejabat, menunggu):
    client.force_login(pejabat)
    url = reverse("moderasi_mutu_terlambat")
    with time_machine.travel(SELASA_1400, tick=False):
        semua = client.get(url)
        suntingan = client.get(url, {"langkah": "penyuntingan"})

    def judul(respons):
        tabel = BeautifulSoup(respons.content, "html.parser").find(id="mutu-terlambat")
        return [tr.find("td").get_text(strip=True) for tr in tabel.select("tbody tr")]

    assert sorted(judul(semua)) == sorted(
        ["Suntingan lama", "Suntingan lama kedua", "Saringan lama", "Tayang tertunda"]
    )
    assert sorted(judul(suntingan)) == ["Suntingan lama", "Suntingan lama kedua"]
    baris = BeautifulSoup(suntingan.content, "html.parser").select("#mutu-terlambat tbody tr")[0]
    assert [td.get_text(" ", strip=True) for td in baris.find_all("td")][1:] == [
        "Berita",
        "3. Penyuntingan",
        "24/11/2025 09:00 WITA",
        "13 jam kerja",  # Monday 09:00–16:00 and Tuesday 08:00–14:00
        "3 jam kerja",
    ]


def test_panel_porsi_bulan_ini_sama_dengan_grafik_bulan_itu(client, editor, menunggu):
    panel = _panel_mutu(client, editor)
    with time_machine.travel(SELASA_1400, tick=False):
        november = mutu.pengukuran_periode(2025, 11)

    angka = _angka_panel(panel)
    for langkah in Langkah:
        (titik,) = grafik_mutu.seri_bulanan(november, langkah)
        sel = angka[str(mutu.LABEL_LANGKAH[langkah])][0]
        if titik.ringkasan.jumlah:
            persen = f"{titik.persen_dalam_standar}".replace(".", ",")
            assert sel == f"{persen}% dari {titik.ringkasan.jumlah}"
        else:
            assert sel == "belum ada yang selesai"
    # Penyerahan: the five hand-overs of Monday and Tuesday (1 working hour each) were on time.
    assert angka["2. Serah terima ke Tim IT"][0] == "100,0% dari 5"


@pytest.mark.parametrize(
    ("pengguna", "tampil"),
    [("editor", True), ("pejabat", True), ("admin_portal", True), ("petugas", False)],
)
def test_panel_untuk_editor_pejabat_dan_administrator_bukan_petugas(
    client, request, menunggu, pengguna, tampil
):
    panel = _panel_mutu(client, request.getfixturevalue(pengguna))

    assert (panel is not None) == tampil


def test_petugas_tidak_boleh_membuka_daftar_melewati_standar(client, petugas, menunggu):
    client.force_login(petugas)

    assert ditolak(client.get(reverse("moderasi_mutu_terlambat")))


def test_yang_sudah_diingatkan_tetap_dihitung_sampai_selesai(client, editor, menunggu):
    """A reminder is sent once per threshold; the panel goes on counting the item until it
    leaves the step."""
    with time_machine.travel(SELASA_1400, tick=False):
        mutu.kirim_pengingat_terlambat(SELASA_1400, kalender_kerja())
    nanti = SELASA_1400 + timedelta(minutes=30)
    with time_machine.travel(nanti, tick=False):
        assert len(mutu.melewati_standar()) == 4
        mutu_admin.setujui(menunggu["lama"], editor)
        assert Counter(m.langkah for m in mutu.melewati_standar())[Langkah.PENYUNTINGAN] == 1
