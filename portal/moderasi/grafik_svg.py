"""The report's charts (`grafik_mutu.Grafik`) as inline SVG, drawn on the server by pygal.

The SVG is part of the admin page itself: no file, no request, nothing from another origin.
pygal would reference its tooltip script on kozea.github.io (`js`) and always writes an inline
`<script>` with its configuration, plus comments naming its web site; the tooltips are not
needed (the table below the charts holds every number), so the script list is emptied and
`_tanpa_skrip` removes the inline script and the comments from the tree before it is written.
The stylesheet pygal writes into the SVG is kept: the admin's CSP allows inline styles.

Each chart is an image to assistive technology (`role="img"`), named by the figure's caption
and described by its text summary (ids `<kunci>-judul`, `<kunci>-ringkasan`).
"""

import math

import pygal
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from pygal.etree import etree
from pygal.style import Style

from portal.moderasi.grafik_mutu import BATANG, BATANG_MENDATAR, GARIS, PUTUS, TITIK

JENIS_PYGAL = {GARIS: pygal.Line, BATANG: pygal.Bar, BATANG_MENDATAR: pygal.HorizontalBar}

# Dashes per series style: the lines stay apart without colour (print, colour blindness).
GARIS_PUTUS = {PUTUS: {"dasharray": "8, 5", "width": 2}, TITIK: {"dasharray": "2, 4", "width": 3}}

# Black text on white, whatever the admin's theme, so a chart reads the same on screen, in
# dark mode and on paper; colours dark enough for 3:1 against white (WCAG non-text contrast).
GAYA = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground="#262626",
    foreground_strong="#262626",
    foreground_subtle="#6e6e6e",
    font_family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
    label_font_size=13,
    major_label_font_size=13,
    legend_font_size=13,
    title_font_size=15,
    opacity="1",
    opacity_hover="1",
    stroke_opacity="1",
    stroke_opacity_hover="1",
    stroke_width="3",
    # Light grid lines, so the standard's dark dashed line stands out from them.
    guide_stroke_color="#c6c6c6",
    major_guide_stroke_color="#c6c6c6",
    guide_stroke_dasharray="2, 3",
    major_guide_stroke_dasharray="2, 3",
    colors=("#007d7e", "#b0400b", "#262626", "#5e3fa8", "#2e6b12", "#9c1b5b"),
)


def _nama(elemen):
    """The tag without its namespace (pygal writes through lxml when it is installed)."""
    return str(elemen.tag).rpartition("}")[2]


def _tanpa_skrip(svg):
    """Remove pygal's inline script and its comments (see the module docstring)."""
    for induk in list(svg.iter()):
        for anak in list(induk):
            if anak.tag is etree.Comment or _nama(anak) == "script":
                induk.remove(anak)
    return svg


def _angka(nilai):
    return f"{nilai:g}"


def _label_bilangan_bulat(grafik):
    """Whole-number axis labels for a chart of counts (pygal would mark 0.2, 0.4 …), at most
    about ten of them; None for other charts."""
    nilai = [v for seri in grafik.seri for v in seri.nilai if v is not None]
    if not nilai or not all(isinstance(v, int) for v in nilai):
        return None
    jarak = max(1, math.ceil(max(nilai) / 10))
    return list(range(0, max(nilai) + jarak, jarak))


def svg_grafik(grafik):
    """The chart as an `<svg>` element to put inside its `<figure>`, safe to mark safe: pygal
    escapes every label and value it writes."""
    mendatar = grafik.jenis == BATANG_MENDATAR
    chart = JENIS_PYGAL[grafik.jenis](
        style=GAYA,
        js=[],
        disable_xml_declaration=True,
        width=720,
        height=40 * len(grafik.label) + 120 if mendatar else 320,
        legend_at_bottom=True,
        show_legend=len(grafik.seri) > 1,
        include_x_axis=True,
        range=(0, grafik.maks) if grafik.maks else None,
        y_labels=_label_bilangan_bulat(grafik),
        y_title=grafik.satuan,
        value_formatter=_angka,
        truncate_label=-1,
        truncate_legend=-1,
        no_data_text=_("Tidak ada data"),
    )
    chart.add_xml_filter(_tanpa_skrip)
    # pygal draws a horizontal bar chart's first label at the bottom: reversed, the bars read
    # top down in the order of the table and the summary.
    urut = (lambda daftar: list(reversed(daftar))) if mendatar else list
    chart.x_labels = urut(grafik.label)
    for seri in grafik.seri:
        gaya = GARIS_PUTUS.get(seri.gaya)
        chart.add(
            seri.nama,
            urut(seri.nilai),
            stroke_style=gaya,
            show_dots=seri.gaya != PUTUS,
            allow_interruptions=True,
        )
    svg = chart.render_tree()
    next(el for el in svg if _nama(el) == "title").text = grafik.judul
    svg.set("role", "img")
    svg.set("aria-labelledby", f"grafik-{grafik.kunci}-judul")
    svg.set("aria-describedby", f"grafik-{grafik.kunci}-ringkasan")
    return mark_safe(etree.tostring(svg, encoding="unicode"))  # noqa: S308  # nosec B308 B703  # serialised by the XML tree: every text escaped
