"""The report's charts (`grafik_mutu.Grafik`) in the XLSX download: a sheet with each chart's
series (the numbers it plots, under its title and text summary) and, beside them, the same
chart as a native spreadsheet chart drawn from those cells, so it follows any correction
made to the numbers."""

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from portal.moderasi.grafik_mutu import BATANG_MENDATAR, GARIS, PUTUS, TITIK

NAMA_LEMBAR = "Grafik"

# Line dashes as in the report page (grafik_svg): the standard dashed, the P90 dotted.
GARIS_PUTUS = {PUTUS: "dash", TITIK: "sysDot"}

# A chart is 16 × 7.5 cm, about 15 rows of the default height: a block of series is given at
# least that many rows, so the charts beside the blocks never overlap.
LEBAR_CM, TINGGI_CM, BARIS_PER_GRAFIK = 16, 7.5, 16


def _grafik_openpyxl(grafik):
    if grafik.jenis == GARIS:
        chart = LineChart()
    else:
        chart = BarChart()
        chart.type = "bar" if grafik.jenis == BATANG_MENDATAR else "col"
    chart.title = grafik.judul
    chart.y_axis.title = grafik.satuan
    chart.y_axis.scaling.min = 0
    if grafik.maks:
        chart.y_axis.scaling.max = grafik.maks
    # openpyxl writes the axes as deleted unless told otherwise; spreadsheet programs then
    # draw the chart without its labels.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.width, chart.height = LEBAR_CM, TINGGI_CM
    return chart


def tambah_lembar_grafik(buku, daftar_grafik):
    """Add the "Grafik" sheet to the workbook: per chart, its title, summary and series from
    column A, and the chart itself from column H of the same rows."""
    lembar = buku.create_sheet(NAMA_LEMBAR)
    lembar.column_dimensions["A"].width = 34
    baris = 1
    for grafik in daftar_grafik:
        lembar.cell(baris, 1, grafik.judul).font = Font(bold=True)
        lembar.cell(baris + 1, 1, grafik.ringkasan)
        kepala = baris + 2
        lembar.cell(kepala, 1, grafik.nama_label).font = Font(bold=True)
        for kolom, seri in enumerate(grafik.seri, start=2):
            sel = lembar.cell(kepala, kolom, f"{seri.nama} ({grafik.satuan})")
            sel.font = Font(bold=True)
        for i, label in enumerate(grafik.label, start=1):
            lembar.cell(kepala + i, 1, label)
            for kolom, seri in enumerate(grafik.seri, start=2):
                lembar.cell(kepala + i, kolom, seri.nilai[i - 1])
        akhir = kepala + len(grafik.label)

        chart = _grafik_openpyxl(grafik)
        chart.add_data(
            Reference(
                lembar, min_col=2, max_col=1 + len(grafik.seri), min_row=kepala, max_row=akhir
            ),
            titles_from_data=True,
        )
        chart.set_categories(Reference(lembar, min_col=1, min_row=kepala + 1, max_row=akhir))
        for seri_chart, seri in zip(chart.series, grafik.seri, strict=True):
            if seri.gaya in GARIS_PUTUS:
                seri_chart.graphicalProperties.line.dashStyle = GARIS_PUTUS[seri.gaya]
            if grafik.jenis == GARIS:
                seri_chart.smooth = False
        lembar.add_chart(chart, f"{get_column_letter(8)}{baris}")
        baris = max(akhir + 2, baris + BARIS_PER_GRAFIK)
    return lembar
