"""The Mutu Baku report's charts checked against its table, on any data: the hand-built
history of test_grafik_mutu.py, the demo year.

`selisih_grafik_dan_tabel(tahun)` lists every number a chart shows that the table's rows do
not give (empty: they agree). For one section a month's point must be the row itself; for all
sections the rows cannot give a median of the passes together, but they give its count, its
share within standard (the rows' on-time passes over their passes) and the "tidak layak
tayang" decisions per reason. The charts' own series must plot those points.
"""

from datetime import timedelta

from portal.moderasi import grafik_mutu, mutu
from portal.moderasi.pilihan import AlasanTidakLayak
from portal.moderasi.policy import Langkah


def _dalam_standar(baris):
    """How many passes of the row were within standard (its share × its count)."""
    porsi = baris.ringkasan.porsi_dalam_standar
    return 0 if porsi is None else round(porsi * baris.ringkasan.jumlah)


def _nilai_waktu(durasi, standar):
    if durasi is None:
        return None
    satuan = timedelta(hours=1) if standar >= timedelta(hours=1) else timedelta(minutes=1)
    return round(durasi / satuan, 2)


def selisih_grafik_dan_tabel(tahun, bulan=None, bagian=None, now=None):
    """[(what, chart's value, table's value)] where the charts of the period differ from the
    table's rows; empty when every number agrees."""
    pengukuran = mutu.pengukuran_periode(tahun, bulan, bagian, now=now)
    baris = mutu.baris_laporan(pengukuran)
    selisih = []

    def banding(apa, grafik, tabel):
        if grafik != tabel:
            selisih.append((apa, grafik, tabel))

    for langkah in Langkah:
        titik = grafik_mutu.seri_bulanan(pengukuran, langkah)
        for t in titik:
            apa = (langkah.value, t.bulan)
            sebaris = [b for b in baris if b.bulan == t.bulan and b.langkah == langkah]
            jumlah = sum(b.ringkasan.jumlah for b in sebaris)
            banding((*apa, "jumlah"), t.ringkasan.jumlah, jumlah)
            if jumlah:
                tepat = sum(_dalam_standar(b) for b in sebaris)
                banding((*apa, "persen"), t.persen_dalam_standar, mutu.persen(tepat / jumlah))
            if bagian and sebaris:
                (satu,) = sebaris
                banding((*apa, "ringkasan"), t.ringkasan, satu.ringkasan)
                banding((*apa, "persen baris"), t.persen_dalam_standar, satu.persen_dalam_standar)

        # The charts plot those points: median, P90 and the standard; the share per month.
        waktu = grafik_mutu.grafik_waktu(pengukuran, langkah)
        standar = pengukuran.standar[langkah]
        median, p90, garis_standar = (s.nilai for s in waktu.seri)
        banding(
            (langkah.value, "median"),
            median,
            tuple(_nilai_waktu(t.ringkasan.median, standar) for t in titik),
        )
        banding(
            (langkah.value, "p90"),
            p90,
            tuple(_nilai_waktu(t.ringkasan.persentil_90, standar) for t in titik),
        )
        banding((langkah.value, "standar"), set(garis_standar), {_nilai_waktu(standar, standar)})
        (porsi,) = grafik_mutu.grafik_dalam_standar(pengukuran, [langkah]).seri
        banding((langkah.value, "porsi"), porsi.nilai, tuple(t.persen_dalam_standar for t in titik))

    per_alasan = {kode: 0 for kode in AlasanTidakLayak.values}
    for b in baris:
        for kode, n in (b.tidak_layak or {}).items():
            per_alasan[kode] += n
    (tidak_layak,) = grafik_mutu.grafik_tidak_layak(pengukuran).seri
    banding(("tidak layak tayang",), tidak_layak.nilai, tuple(per_alasan.values()))
    return selisih
