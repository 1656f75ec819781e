"""Reads for the site search: one query over berita, dokumen and galeri.

The query is reduced to the base forms of its words (portal/core/bentuk_dasar.py) in the language of
the search page, and matched against the stemmed field every content page indexes; filters by
type and year come from the URL; editors' promotions (wagtail.contrib.search_promotions) are
read separately and shown first. On PostgreSQL the matches are ranked within a bounded set of
candidates (search/kandidat.py); SQLite and OpenSearch use Wagtail's `.search()` as it is.
"""

import unicodedata
from dataclasses import dataclass, field
from functools import cache

from django.db.models import F, Q
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from portal.core.bentuk_dasar import bahasa_dari_kode, istilah_kueri, kata
from portal.core.cache_halaman import halaman_publik, per_generasi
from portal.core.models import tanpa_yang_tidak_dicantumkan, tipe_halaman_dengan
from search.hasil import HasilSpesifik
from search.kandidat import HasilTerbatas

PANJANG_KUERI_MAKSIMUM = 200
JUMLAH_SARAN = 8


@cache
def jenis_konten():
    """{type filter: (page types, label)} of the search, in the order of the apps: each page
    type names its own (`jenis_pencarian`), so search knows no content area."""
    jenis = {}
    for model in tipe_halaman_dengan("jenis_pencarian"):
        models, _label = jenis.get(model.jenis_pencarian, ((), ""))
        jenis[model.jenis_pencarian] = ((*models, model), model.label_jenis_pencarian)
    return jenis


def _semua_model():
    return tuple(m for models, _label in jenis_konten().values() for m in models)


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
            jenis=jenis if jenis in jenis_konten() else "",
            # isascii: "²" passes isdigit() but not int(); four digits: int() refuses 4,300+
            # (both found by tests/masukan)
            tahun=int(tahun)
            if tahun.isascii()
            and tahun.isdigit()
            and len(tahun) == 4
            and 1900 <= int(tahun) <= 2999
            else None,
            bahasa=bahasa,
            terpotong=len(" ".join(mentah.split())) > PANJANG_KUERI_MAKSIMUM,
            istilah=istilah_kueri(kueri, bahasa),
        )

    @property
    def ada(self):
        """A query with at least one word to search for."""
        return bool(self.istilah)


def halaman_konten(locale=None, jenis="", tahun=None, kecuali=()):
    """Live public berita, dokumen and galeri (of one type and year when given); `locale`, in
    every function here, is a Locale or its id."""
    models = jenis_konten()[jenis][0] if jenis in jenis_konten() else _semua_model()
    halaman = halaman_publik(Page.objects.live().type(*models))
    if locale is not None:
        halaman = halaman.filter(locale=locale)
    # What the page types never list (exempt information, KIP Art. 17) never shows.
    halaman = tanpa_yang_tidak_dicantumkan(halaman)
    if tahun:
        halaman = halaman.filter(pk__in=_halaman_tahun(tahun, models))
    if kecuali:
        halaman = halaman.exclude(pk__in=list(kecuali))
    return halaman


def _halaman_tahun(tahun, models):
    kondisi = Q(pk__in=[])
    for model in models:
        kondisi |= Q(pk__in=model.dengan_tahun(tahun).values("pk"))
    return Page.objects.filter(kondisi).values("pk")


def _backend_postgresql():
    """The search backend in use is Wagtail's PostgreSQL database backend (the bounded
    ranking of search/kandidat.py reads its index table)."""
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

    backend = get_search_backend()
    return backend if isinstance(backend, PostgresSearchBackend) else None


def cari_konten(kueri, locale=None, jenis="", tahun=None, kecuali=(), bahasa=None):
    """Search results (specific pages, most relevant first) for the words of `kueri` in their
    base forms; every word must occur. `bahasa` defaults to the locale's language. On
    PostgreSQL at most BATAS_KANDIDAT results, the newest matches (`.lebih` says there were
    more)."""
    if bahasa is None:
        bahasa = bahasa_dari_kode(getattr(locale, "language_code", None))
    istilah = istilah_kueri(kueri, bahasa)
    halaman = halaman_konten(locale, jenis, tahun, kecuali)
    if not istilah:
        return halaman.none()
    if postgresql := _backend_postgresql():
        return HasilTerbatas(halaman, istilah, postgresql.config)
    return HasilSpesifik(halaman.search(" ".join(istilah), operator="and"))


def lengkapi_otomatis(kueri, locale=None, jenis="", tahun=None, kecuali=()):
    """Pages whose title has words starting with the query's words (*kal* → Kalimantan)."""
    istilah = kata(kueri)
    halaman = halaman_konten(locale, jenis, tahun, kecuali)
    if not istilah:
        return halaman.none()
    if postgresql := _backend_postgresql():
        return HasilTerbatas(halaman, istilah, postgresql.autocomplete_config, awalan=True)
    return HasilSpesifik(halaman.autocomplete(" ".join(istilah)))


def saran_judul(kueri, locale=None, jumlah=JUMLAH_SARAN):
    """Up to `jumlah` titles completing the query, for the search box's suggestions."""
    return [
        {"judul": page.title, "url": page.url} for page in lengkapi_otomatis(kueri, locale)[:jumlah]
    ]


def tahun_tersedia(locale=None):
    """The years that live content exists for, newest first (the choices of the year filter);
    read once per cache generation: only a publish or unpublish changes them."""
    kunci = ("tahun_pencarian", getattr(locale, "pk", locale))
    return per_generasi(kunci, lambda: _tahun(locale))


def _tahun(locale):
    tahun = set()
    for model in _semua_model():
        qs = halaman_publik(model.objects.live())
        if locale is not None:
            qs = qs.filter(locale=locale)
        tahun.update(model.tahun_dari(qs))
    return sorted(tahun, reverse=True)


def catat_pencarian(kueri):
    """Count one search of `kueri` today in Wagtail's query log (search_promotions): one
    UPDATE when it was already searched today, else Wagtail's `Query.get` and `add_hit`."""
    hari_ini = timezone.now().date()
    sudah = QueryDailyHits.objects.filter(
        query__query_string=normalise_query_string(kueri), date=hari_ini
    )
    if not sudah.update(hits=F("hits") + 1):
        Query.get(kueri).add_hit(date=hari_ini)


def promosi_untuk(kueri):
    """The editors' promoted results for `kueri`, in their order: live public pages and
    external links (one query)."""
    terlihat = halaman_publik(Page.objects.live()).values("pk")
    promosi = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(kueri))
        .filter(Q(page=None) | Q(page__in=terlihat))
        .select_related("page")
        .order_by("sort_order")
    )
    return [p for p in promosi if p.page_id or p.external_link_url]
