"""The charts of the Mutu Baku report as data: labels, series and a text summary, drawn by
`grafik_svg` on the report page and by `grafik_xlsx` in the XLSX download.

The numbers come from the period the table is built from (`mutu.PengukuranPeriode`) and are
summarised by the same rule (`policy.ringkasan`): for one section, a month's point is exactly
the table's row; for all sections, it summarises the passes of every section together (a
median cannot be combined from the rows' medians), and the chart's text summary states it.

- With a step chosen: its median and 90th percentile per month against its standard (a flat
  series), and its share within standard per month. Without one, only the share of every
  step: the steps' standards differ too much (8 hours to 15 minutes) to share a time axis.
- "Tidak layak tayang" decisions per reason, when the table shows the penyaringan rows they
  are counted on (all steps, or penyaringan chosen).

The dashboard's Mutu Baku panel (`ringkasan_dasbor`) shows this month's point of every step's
share, and how many items wait past their standard now, from the reminders' selector.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone
from django.utils.dates import MONTHS_3
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from portal.moderasi.mutu import (
    BAGIAN,
    LABEL_LANGKAH,
    LANGKAH_MENUNGGU,
    NAMA_BULAN,
    format_durasi,
    melewati_standar,
    pengukuran_periode,
    persen,
)
from portal.moderasi.pilihan import AlasanTidakLayak
from portal.moderasi.policy import ZONA_WITA, Langkah, RingkasanMutu, ringkasan

GARIS = "garis"
BATANG = "batang"
BATANG_MENDATAR = "batang_mendatar"

# How a series is drawn, beside its colour, so the lines stay apart in a grey print.
PENUH, TITIK, PUTUS = "penuh", "titik", "putus"

# A standard of an hour or more is charted in hours; a shorter one (publication, 15 minutes)
# in minutes, so its axis does not read 0.25.
SATU_JAM = timedelta(hours=1)


@dataclass(frozen=True)
class Seri:
    nama: str
    nilai: tuple  # one number (or None: no data) per label
    gaya: str = PENUH


@dataclass(frozen=True)
class Grafik:
    kunci: str  # stable name: the figure's id on the page, the chart's place in the XLSX
    jenis: str
    judul: str
    nama_label: str  # what the labels are: months, reasons
    label: tuple
    seri: tuple
    satuan: str  # what the value axis counts
    ringkasan: str  # the chart in words, for screen readers and the caption
    maks: float | None = None  # a fixed top of the value axis (100 for a share)


@dataclass(frozen=True)
class TitikBulan:
    bulan: int
    ringkasan: RingkasanMutu

    @property
    def nama_bulan(self):
        return str(NAMA_BULAN[self.bulan - 1])

    @property
    def label(self):
        return str(MONTHS_3[self.bulan]).capitalize()

    @property
    def persen_dalam_standar(self):
        return persen(self.ringkasan.porsi_dalam_standar)


def seri_bulanan(pengukuran, langkah):
    """[TitikBulan] of the step for every month of the period (count 0 where none finished):
    the passes of the period's section, or of all sections together."""
    standar = pengukuran.standar[langkah]
    return [
        TitikBulan(
            bulan,
            ringkasan(
                [
                    durasi
                    for (b, _bagian, lk), daftar in pengukuran.durasi.items()
                    if b == bulan and lk == langkah
                    for durasi in daftar
                ],
                standar,
            ),
        )
        for bulan in pengukuran.daftar_bulan
    ]


def tidak_layak_per_alasan(pengukuran):
    """{reason code: "tidak layak tayang" decisions of the period}, every code, in order."""
    return {
        kode: sum(per_kode.get(kode, 0) for per_kode in pengukuran.tidak_layak.values())
        for kode in AlasanTidakLayak.values
    }


def grafik_laporan(pengukuran, langkah=None):
    """The charts of the report for the period and the chosen step (None: all steps)."""
    if langkah is None:
        grafik = [grafik_dalam_standar(pengukuran, list(Langkah))]
    else:
        grafik = [grafik_waktu(pengukuran, langkah), grafik_dalam_standar(pengukuran, [langkah])]
    if langkah in (None, Langkah.PENYARINGAN):
        grafik.append(grafik_tidak_layak(pengukuran))
    return grafik


# -- the charts ----------------------------------------------------------------------------------


def _lingkup(pengukuran):
    """ "Berita, November 2025" / "semua bagian, 2025": what the chart covers."""
    bagian = str(BAGIAN[pengukuran.bagian]) if pengukuran.bagian else _("semua bagian")
    periode = str(pengukuran.tahun)
    if pengukuran.bulan:
        periode = f"{NAMA_BULAN[pengukuran.bulan - 1]} {periode}"
    return f"{bagian}, {periode}"


def _persen_teks(nilai):
    return number_format(nilai, 1)


def grafik_waktu(pengukuran, langkah):
    titik = seri_bulanan(pengukuran, langkah)
    standar = pengukuran.standar[langkah]
    dalam_jam = standar >= SATU_JAM

    def angka(durasi):
        if durasi is None:
            return None
        return round(durasi / (SATU_JAM if dalam_jam else timedelta(minutes=1)), 2)

    rincian = [
        _("%(bulan)s: median %(median)s, persentil 90 %(p90)s (%(jumlah)d langkah selesai).")
        % {
            "bulan": t.nama_bulan,
            "median": format_durasi(t.ringkasan.median),
            "p90": format_durasi(t.ringkasan.persentil_90),
            "jumlah": t.ringkasan.jumlah,
        }
        for t in titik
        if t.ringkasan.jumlah
    ]
    return Grafik(
        kunci="waktu",
        jenis=GARIS,
        judul=_("Waktu kerja %(langkah)s per bulan, %(lingkup)s")
        % {"langkah": LABEL_LANGKAH[langkah], "lingkup": _lingkup(pengukuran)},
        nama_label=_("Bulan"),
        label=tuple(t.label for t in titik),
        seri=(
            Seri(_("Median"), tuple(angka(t.ringkasan.median) for t in titik)),
            Seri(_("Persentil 90"), tuple(angka(t.ringkasan.persentil_90) for t in titik), TITIK),
            Seri(_("Standar"), (angka(standar),) * len(titik), PUTUS),
        ),
        satuan=_("jam kerja") if dalam_jam else _("menit kerja"),
        ringkasan=" ".join(
            [_("Standar %(standar)s.") % {"standar": format_durasi(standar)}]
            + (rincian or [_("Tidak ada langkah yang selesai pada periode ini.")])
        ),
    )


def grafik_dalam_standar(pengukuran, daftar_langkah):
    per_langkah = [(lk, seri_bulanan(pengukuran, lk)) for lk in daftar_langkah]
    satu = len(per_langkah) == 1
    seri = tuple(
        Seri(str(LABEL_LANGKAH[lk]), tuple(t.persen_dalam_standar for t in titik))
        for lk, titik in per_langkah
    )
    rincian = []
    for s, (_lk, titik) in zip(seri, per_langkah, strict=True):
        bulan = [
            f"{t.nama_bulan} {_persen_teks(t.persen_dalam_standar)}%"
            for t in titik
            if t.ringkasan.jumlah
        ]
        if bulan:
            rincian.append(f"{s.nama}: {', '.join(bulan)}.")
    judul = _("Porsi dalam standar per bulan, %(lingkup)s") % {"lingkup": _lingkup(pengukuran)}
    if satu:
        judul = f"{LABEL_LANGKAH[daftar_langkah[0]]}: {judul}"
    return Grafik(
        kunci="dalam-standar",
        jenis=BATANG if satu else GARIS,
        judul=judul,
        nama_label=_("Bulan"),
        label=tuple(t.label for t in per_langkah[0][1]),
        seri=seri,
        satuan=_("persen dalam standar"),
        ringkasan=" ".join(rincian or [_("Tidak ada langkah yang selesai pada periode ini.")]),
        maks=100,
    )


def grafik_tidak_layak(pengukuran):
    jumlah = tidak_layak_per_alasan(pengukuran)
    label = tuple(str(AlasanTidakLayak(kode).label) for kode in jumlah)
    rincian = "; ".join(f"{nama}: {n}" for nama, n in zip(label, jumlah.values(), strict=True) if n)
    teks = _("Keputusan tidak layak tayang: %(jumlah)d") % {"jumlah": sum(jumlah.values())}
    return Grafik(
        kunci="tidak-layak",
        jenis=BATANG_MENDATAR,
        judul=_("Tidak layak tayang per alasan, %(lingkup)s") % {"lingkup": _lingkup(pengukuran)},
        nama_label=_("Alasan"),
        label=label,
        seri=(Seri(_("Tidak layak tayang"), tuple(jumlah.values())),),
        satuan=_("jumlah keputusan"),
        ringkasan=f"{teks} ({rincian})." if rincian else f"{teks}.",
    )


# -- the dashboard panel -------------------------------------------------------------------------


@dataclass(frozen=True)
class BarisDasbor:
    langkah: Langkah
    bulan_ini: TitikBulan  # the passes finished this month (WITA), all sections together
    melewati_standar: int | None  # waiting past the standard now; None: nothing waits there

    @property
    def label_langkah(self):
        return str(LABEL_LANGKAH[self.langkah])


def ringkasan_dasbor(now=None):
    """Per step: this month's share within standard (as the report's chart of the month) and
    how many items wait past their standard now (`mutu.melewati_standar`, as reminded)."""
    sekarang = (now or timezone.now()).astimezone(ZONA_WITA)
    pengukuran = pengukuran_periode(sekarang.year, sekarang.month, now=now)
    menunggu = Counter(m.langkah for m in melewati_standar(now))
    return [
        BarisDasbor(
            langkah,
            seri_bulanan(pengukuran, langkah)[0],
            menunggu[langkah] if langkah in LANGKAH_MENUNGGU else None,
        )
        for langkah in Langkah
    ]
