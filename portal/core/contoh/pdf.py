"""Generating demo PDF documents with fpdf2: a provincial letterhead, a title, Indonesian text.

Every page says in its footer that it is a sample, so a demo file is never mistaken for an
official document.
"""

import datetime

from fpdf import FPDF
from fpdf.enums import XPos, YPos

KOP_PEMPROV = "PEMERINTAH PROVINSI KALIMANTAN TIMUR"
ALAMAT_PEMPROV = "Jalan Gajah Mada Nomor 2, Samarinda 75121 - Kalimantan Timur"
CATATAN_CONTOH = "Dokumen contoh untuk demonstrasi Portal Pemprov Kaltim - bukan dokumen resmi."

# The core PDF fonts speak Latin-1 only; typographic punctuation is mapped to plain ASCII.
_GANTI = str.maketrans(
    {
        "\u2013": "-",
        "\u2014": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2026": "...",
        "\u00a0": " ",
    }
)


def _latin1(teks):
    return teks.translate(_GANTI).encode("latin-1", "replace").decode("latin-1")


class _DokumenPDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, _latin1(CATATAN_CONTOH), align="L")
        self.cell(0, 5, f"Halaman {self.page_no()}/{{nb}}", align="R")


WITA = datetime.timezone(datetime.timedelta(hours=8), "WITA")


def pdf_demo(judul, paragraf, unit="", nomor="", tempat_tanggal="", tanggal=None):
    """Return PDF bytes: letterhead of `unit`, the `judul` (and `nomor`), then `paragraf`.

    `tanggal` (a date) becomes the file's creation date; the same arguments give the same bytes.

    A paragraph starting with "# " is set as a centred bold heading (BAB, Pasal, MEMUTUSKAN).
    """
    pdf = _DokumenPDF(format="A4")
    pdf.set_title(_latin1(judul))
    pdf.set_author(_latin1(unit or KOP_PEMPROV))
    pdf.set_creator("Portal Pemprov Kaltim (seed_demo)")
    tanggal = tanggal or datetime.date(2025, 1, 2)
    pdf.set_creation_date(datetime.datetime.combine(tanggal, datetime.time(8), tzinfo=WITA))
    pdf.set_auto_page_break(auto=True, margin=22)
    pdf.set_margins(22, 18, 22)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, KOP_PEMPROV, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if unit:
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 6, _latin1(unit.upper()), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, ALAMAT_PEMPROV, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    y = pdf.get_y() + 2
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_line_width(0.2)
    pdf.line(pdf.l_margin, y + 1.2, pdf.w - pdf.r_margin, y + 1.2)
    pdf.set_y(y + 8)

    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 6, _latin1(judul.upper()), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if nomor:
        pdf.set_font("Helvetica", "", 11)
        pdf.cell(
            0, 6, _latin1(f"NOMOR {nomor.upper()}"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
    pdf.ln(6)

    for teks in paragraf:
        if teks.startswith("# "):
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, _latin1(teks[2:]), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, _latin1(teks), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)

    if tempat_tanggal:
        pdf.ln(8)
        pdf.set_font("Helvetica", "", 11)
        kolom = pdf.w / 2
        pdf.set_x(kolom)
        pdf.multi_cell(
            0, 6, _latin1(tempat_tanggal), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
    return bytes(pdf.output())
