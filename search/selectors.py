"""Reads for the site search: one query over berita, dokumen and galeri.

The query is reduced to the base forms of its words (search/bentuk_dasar.py) in the language of
the search page, and matched against the stemmed field every content page indexes; filters by
type and year come from the URL; editors' promotions (wagtail.contrib.search_promotions) are
read separately and shown first.
"""

import unicodedata
from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from berita.models import BeritaPage, PengumumanSertaMertaPage
from dokumen.models import DokumenPage, KategoriKIP
from galeri.models import GaleriFotoPage, GaleriVideoPage
from search.bentuk_dasar import bahasa_dari_kode, istilah_kueri, kata

PANJANG_KUERI_MAKSIMUM = 200
JUMLAH_SARAN = 8

JENIS_KONTEN = {
    "berita": (BeritaPage, PengumumanSertaMertaPage),
    "dokumen": (DokumenPage,),
    "galeri": (GaleriFotoPage, GaleriVideoPage),
}
SEMUA_MODEL = tuple(m for models in JENIS_KONTEN.values() for m in models)


def bersihkan_kueri(kueri):
    """Trim the query, drop control characters (a NUL byte breaks PostgreSQL) and cut it to a
    length the search backends answer quickly."""
    teks = "".join(c if unicodedata.category(c)[0] != "C" else " " for c in str(kueri or "")[:2000])
    return " ".join(teks.split())[:PANJANG_KUERI_MAKSIMUM]


@dataclass
class PermintaanPencarian:
    """What the citizen asked for, read from the URL (?q=&jenis=&tahun=)."""

    kueri: str = ""
    jenis: str = ""
    tahun: int | None = None
    bahasa: str = "id"
    terpotong: bool = False
    istilah: list = field(default_factory=list)

    @classmethod
    def dari_get(cls, data, bahasa="id"):
        mentah = str(data.get("q") or "")
        kueri = bersihkan_kueri(mentah)
        jenis = data.get("jenis") or ""
        tahun = data.get("tahun") or ""
        return cls(
            kueri=kueri,
            jenis=jenis if jenis in JENIS_KONTEN else "",
            tahun=int(tahun) if tahun.isdigit() and 1900 <= int(tahun) <= 2999 else None,
            bahasa=bahasa,
            terpotong=len(" ".join(mentah.split())) > PANJANG_KUERI_MAKSIMUM,
            istilah=istilah_kueri(kueri, bahasa),
        )

    @property
    def ada(self):
        """A query with at least one word to search for."""
        return bool(self.istilah)


def halaman_konten(locale=None, jenis="", tahun=None, kecuali=()):
    """Live public berita, dokumen and galeri (of one type and year when given)."""
    models = JENIS_KONTEN.get(jenis) or SEMUA_MODEL
    halaman = Page.objects.live().public().type(*models)
    if locale is not None:
        halaman = halaman.filter(locale=locale)
    # Exempt information (KIP Art. 17) never shows, even if one slipped past the form.
    halaman = halaman.exclude(pk__in=_dikecualikan())
    if tahun:
        halaman = halaman.filter(pk__in=_halaman_tahun(tahun, models))
    if kecuali:
        halaman = halaman.exclude(pk__in=list(kecuali))
    return halaman


def _dikecualikan():
    return DokumenPage.objects.filter(kategori_kip=KategoriKIP.DIKECUALIKAN).values("pk")


def _halaman_tahun(tahun, models):
    kondisi = Q(pk__in=[])
    for model in models:
        if model is DokumenPage:
            kondisi |= Q(pk__in=DokumenPage.objects.filter(tahun=tahun).values("pk"))
        else:
            kondisi |= Q(pk__in=model.objects.filter(tanggal__year=tahun).values("pk"))
    return Page.objects.filter(kondisi).values("pk")


def cari_konten(kueri, locale=None, jenis="", tahun=None, kecuali=(), bahasa=None):
    """Search results (specific pages, most relevant first) for the words of `kueri` in their
    base forms; every word must occur. `bahasa` defaults to the locale's language."""
    if bahasa is None:
        bahasa = bahasa_dari_kode(getattr(locale, "language_code", None))
    istilah = istilah_kueri(kueri, bahasa)
    halaman = halaman_konten(locale, jenis, tahun, kecuali)
    if not istilah:
        return halaman.none()
    return halaman.specific().search(" ".join(istilah), operator="and")


def lengkapi_otomatis(kueri, locale=None, jenis="", tahun=None, kecuali=()):
    """Pages whose title has words starting with the query's words (*kal* → Kalimantan)."""
    bersih = " ".join(kata(kueri))
    halaman = halaman_konten(locale, jenis, tahun, kecuali)
    if not bersih:
        return halaman.none()
    return halaman.specific().autocomplete(bersih)


def saran_judul(kueri, locale=None, jumlah=JUMLAH_SARAN):
    """Up to `jumlah` titles completing the query, for the search box's suggestions."""
    return [
        {"judul": page.title, "url": page.url} for page in lengkapi_otomatis(kueri, locale)[:jumlah]
    ]


def tahun_tersedia(locale=None):
    """The years that live content exists for, newest first (the choices of the year filter)."""
    tahun = set()
    for model in SEMUA_MODEL:
        qs = model.objects.live().public()
        if locale is not None:
            qs = qs.filter(locale=locale)
        if model is DokumenPage:
            tahun.update(qs.values_list("tahun", flat=True).distinct())
        else:
            tahun.update(d.year for d in qs.dates("tanggal", "year"))
    return sorted(tahun, reverse=True)


def kueri_tercatat(kueri):
    """The logged search query (wagtail.contrib.search_promotions) for `kueri`."""
    return Query.get(kueri)


def promosi_untuk(query):
    """The editors' promoted results of a logged query, in their order: live public pages and
    external links."""
    terlihat = set(
        Page.objects.live()
        .public()
        .values_list("pk", flat=True)
        .filter(pk__in=query.editors_picks.exclude(page=None).values("page_id"))
    )
    hasil = []
    for promosi in query.editors_picks.select_related("page").order_by("sort_order"):
        if promosi.page_id and promosi.page_id in terlihat:
            hasil.append(promosi)
        elif not promosi.page_id and promosi.external_link_url:
            hasil.append(promosi)
    return hasil
