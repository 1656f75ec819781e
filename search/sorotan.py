"""Highlighted snippets of search results: a window of text around the first matching word,
everything escaped, each word whose base form was searched for wrapped in <mark>."""

import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from portal.core.bentuk_dasar import bentuk_dasar

JUMLAH_KATA_CUPLIKAN = 36
KATA_SEBELUM_SOROTAN = 8
POLA_PISAH = re.compile(r"([^\W_]+)", re.UNICODE)


def _cocok(kata_, istilah, awalan, bahasa):
    kecil = kata_.lower()
    if awalan and any(kecil.startswith(a) for a in awalan):
        return True
    return bool(istilah) and len(kecil) <= 40 and bentuk_dasar(kecil, bahasa) in istilah


def cuplikan(teks, istilah, bahasa="id", awalan=(), jumlah_kata=JUMLAH_KATA_CUPLIKAN):
    """(safe HTML, matched?) for the first window of `teks` that contains a searched word;
    the start of the text without marks when none does."""
    bagian = POLA_PISAH.split(" ".join(str(teks or "").split()))
    # bagian alternates: separator, word, separator, word, ..., separator
    posisi_kata = list(range(1, len(bagian), 2))
    if not posisi_kata:
        return "", False
    istilah = set(istilah)
    cocok = [i for i in posisi_kata if _cocok(bagian[i], istilah, awalan, bahasa)]
    if cocok:
        urutan = posisi_kata.index(cocok[0])
        mulai = max(0, urutan - KATA_SEBELUM_SOROTAN)
    else:
        mulai = 0
    pilihan = posisi_kata[mulai : mulai + jumlah_kata]
    awal, akhir = pilihan[0], pilihan[-1]
    keluaran = ["&hellip; " if mulai > 0 else ""]
    for i in range(awal, akhir + 1):
        potong = bagian[i]
        if i in cocok:
            keluaran.append(f"<mark>{escape(potong)}</mark>")
        else:
            keluaran.append(escape(potong))
    if akhir < posisi_kata[-1]:
        keluaran.append(" &hellip;")
    return mark_safe("".join(keluaran)), bool(cocok)  # noqa: S308  # nosec B308 B703  # every piece escaped above


def teks_halaman(page):
    """The texts of a result a snippet can come from, the shortest and most telling first;
    each read only when the ones before it did not mention a searched word (the body of a
    berita loads its images and files)."""
    for teks in (
        page.search_description,
        getattr(page, "ringkasan", ""),
        getattr(page, "deskripsi", ""),
    ):
        if teks:
            yield strip_tags(teks)
    isi = getattr(page, "isi", None)
    if isi is not None:
        try:
            teks = " ".join(page._meta.get_field("isi").get_searchable_content(isi))
        except (AttributeError, TypeError, ValueError):
            teks = ""
        if teks:
            yield strip_tags(teks)
    if teks := getattr(page, "teks_berkas", ""):
        yield strip_tags(teks)


def cuplikan_halaman(page, istilah, bahasa="id", awalan=()):
    """The snippet of one result: from the first of its texts that mentions a searched word."""
    pertama = None
    for teks in teks_halaman(page):
        hasil, cocok = cuplikan(teks, istilah, bahasa, awalan)
        if cocok:
            return hasil
        if pertama is None:
            pertama = hasil
    return pertama or ""


def sorot_judul(judul, istilah, bahasa="id", awalan=()):
    """The title, escaped, with searched words marked."""
    return cuplikan(judul, istilah, bahasa, awalan, jumlah_kata=10_000)[0]
