"""Base forms (stems) of words, so a search for *layanan* finds *pelayanan*.

Indonesian words go through PySastrawi, a dictionary-based stemmer (pelayanan, layanan,
melayani → layan; perizinan → izin; pembangunan, dibangun → bangun); English words through the
Snowball English stemmer. The search index stores the stems of every page in one extra field
(`teks_dasar`, see `TeksDasar`) and the query is stemmed the same way, so stemming works
identically on SQLite (FTS5 has no Indonesian stemmer) and PostgreSQL (indexed with the `simple`
configuration). docs/pencarian.md has the measurements behind this choice.
"""

import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from modelsearch import index

# Words: letters and digits (any script); a hyphenated reduplication (kupu-kupu) is two words.
POLA_KATA = re.compile(r"[^\W_]+", re.UNICODE)
PANJANG_KATA_MAKSIMUM = 40
# Stems kept per indexed text: a 300-page PDF stays a bounded index entry.
JUMLAH_KATA_MAKSIMUM = 20_000
BAHASA_INDONESIA = "id"
BAHASA_INGGRIS = "en"

# Switched off only by benchmarks/pencarian.py, to measure PostgreSQL's own stemming alone.
_aktif = ContextVar("teks_dasar_aktif", default=True)


@contextmanager
def tanpa_teks_dasar():
    """Index without the stemmed field (for measurements only)."""
    token = _aktif.set(False)
    try:
        yield
    finally:
        _aktif.reset(token)


def bahasa_dari_kode(kode):
    """The stemmer language of a locale's language code: English for en*, else Indonesian."""
    return BAHASA_INGGRIS if (kode or "").lower().startswith("en") else BAHASA_INDONESIA


@lru_cache(maxsize=1)
def _sastrawi():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    return StemmerFactory().create_stemmer(), frozenset(StopWordRemoverFactory().get_stop_words())


@lru_cache(maxsize=1)
def _snowball_inggris():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


# A small English stop list (Snowball's own list, the most frequent words only).
KATA_HENTI_INGGRIS = frozenset(
    "a an and are as at be but by for from has have in is it its of on or that the this to "
    "was were will with".split()
)


def kata(teks):
    """The words of `teks`, lower-cased."""
    return [k for k in POLA_KATA.findall((teks or "").lower()) if len(k) <= PANJANG_KATA_MAKSIMUM]


@lru_cache(maxsize=200_000)
def bentuk_dasar(kata_, bahasa=BAHASA_INDONESIA):
    """The stem of one lower-case word; numbers and unknown words come back unchanged."""
    if kata_.isdigit():
        return kata_
    if bahasa == BAHASA_INGGRIS:
        return _snowball_inggris().stemWord(kata_)
    stemmer, _henti = _sastrawi()
    return stemmer.stem(kata_) or kata_


def kata_henti(bahasa):
    return KATA_HENTI_INGGRIS if bahasa == BAHASA_INGGRIS else _sastrawi()[1]


def teks_dasar(teks, bahasa=BAHASA_INDONESIA):
    """`teks` as its stems, stop words left out, at most JUMLAH_KATA_MAKSIMUM of them."""
    henti = kata_henti(bahasa)
    hasil = [bentuk_dasar(k, bahasa) for k in kata(teks) if k not in henti]
    return " ".join(hasil[:JUMLAH_KATA_MAKSIMUM])


def istilah_kueri(kueri, bahasa=BAHASA_INDONESIA):
    """The stems a query searches for, without duplicates or stop words (all of them when the
    query is nothing but stop words, so *dan* still searches for something)."""
    semua = kata(kueri)
    henti = kata_henti(bahasa)
    dipakai = [k for k in semua if k not in henti] or semua
    return list(dict.fromkeys(bentuk_dasar(k, bahasa) for k in dipakai))


def _teks_bidang(obj, bidang):
    """The plain text of one search field of `obj` (related fields followed), as the
    database backends prepare it."""
    if isinstance(bidang, index.SearchField):
        nilai = bidang.get_value(obj)
        if isinstance(nilai, (list, tuple)):
            return " ".join(str(n) for n in nilai)
        if isinstance(nilai, dict):
            return " ".join(str(n) for n in nilai.values())
        return "" if nilai is None else str(nilai)
    if isinstance(bidang, index.RelatedFields):
        terkait = bidang.get_value(obj)
        if terkait is None:
            return ""
        if hasattr(terkait, "all"):
            terkait = terkait.all()
        elif callable(terkait):
            terkait = [terkait()]
        else:
            terkait = [terkait]
        return " ".join(_teks_bidang(o, b) for o in terkait for b in bidang.fields)
    return ""


def bahasa_objek(obj):
    locale = getattr(obj, "locale", None)
    return bahasa_dari_kode(getattr(locale, "language_code", None))


NAMA_BIDANG = "teks_dasar"


def teks_dasar_objek(obj):
    """The stems of all the other search fields of `obj` (title, summary, body, related
    names, PDF text), in the object's language."""
    if not _aktif.get():
        return ""
    teks = " ".join(
        _teks_bidang(obj, b)
        for b in obj.get_search_fields()
        if getattr(b, "field_name", None) != NAMA_BIDANG
    )
    return teks_dasar(teks, bahasa_objek(obj))


class TeksDasar:
    """`obj.teks_dasar`: the value of the stemmed search field, computed when the object is
    indexed (no column). A model declares `teks_dasar = TeksDasar()` and lists
    `index.SearchField("teks_dasar")` last in its `search_fields`."""

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return teks_dasar_objek(obj)
