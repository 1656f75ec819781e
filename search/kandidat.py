"""Site search on PostgreSQL that stays fast at 100,000 pages: rank a bounded set of candidates.

Wagtail's PostgreSQL backend ranks *every* matching index entry (`ts_rank` over the whole
body vector) before it takes the first page, and counts them all: a word every berita contains
(*layanan*, *Kalimantan Timur*) cost 1.7 s at 100,000 berita. Here one query takes the
`BATAS_KANDIDAT` newest matches ("newest" by first publication: among equally good matches
what a citizen searching a news portal wants), ranks only those with the backend's own formula
(title rank × title_norm + body rank, the same weights) and returns their ids; the count is
capped at the same bound ("1.000+ hasil").

A page matches when its body vector holds every term. The backend checks `title || body`, but
the body holds the stems of the title too (the `teks_dasar` field, portal/core/bentuk_dasar.py) and
query terms are stems, so the two differ only for a query made of nothing but stop words whose
page has them in its title alone; checking the body alone unpacks one vector per page, not
two and their concatenation (a third of the time). Prefix completion checks the autocomplete
vector, as the backend does.

The query is written in SQL rather than through Wagtail's generic relation, whose join lists
every page content type (eleven index probes per page instead of one); an entry of a page
carries the page's specific content type, as Wagtail indexes the specific object. Two plans
serve it, and PostgreSQL picks by the statistics of the GIN index: a common word walks the
pages newest first (migration 0004's index on `first_published_at`, the page fields it filters
on included) and checks each page's entry until the bound is reached; a rarer word reads its
entries from the GIN index and sorts them. Migration 0004 also tells the planner what
checking an entry costs and keeps the entry table narrow and lz4-compressed, which is what
makes both plans cheap. SQLite and OpenSearch keep Wagtail's `.search()` (search/selectors.py
chooses). docs/pencarian.md has the measurements.
"""

from django.db import connections
from django.utils.functional import cached_property

from search.hasil import UrutanHalaman

BATAS_KANDIDAT = 1000


def _leksem(istilah, awalan=False):
    """A tsquery text requiring every term, quoted as Wagtail's `Lexeme` quotes it; with
    `awalan` the last term is a prefix (as Wagtail's autocomplete)."""
    bagian = ["'{}'".format(t.replace("'", "''").replace("\\", "\\\\")) for t in istilah]
    if awalan:
        bagian[-1] += ":*"
    return " & ".join(bagian)


def _bobot():
    from modelsearch.backends.database.postgres.weights import get_sql_weights

    return get_sql_weights()


def _umur(baris):
    """Sort key of (pk, content_type_id, first_published_at), oldest first: the reverse of
    the candidates' order (first publication descending, never-published last, then id)."""
    pk, _content_type, terbit = baris
    return (terbit is not None, terbit or 0, pk)


class HasilTerbatas(UrutanHalaman):
    """The ranked matches of `halaman` (a Page queryset, filters applied) for `istilah`, at
    most BATAS_KANDIDAT of them; `lebih` says there were more. A sequence of specific pages
    for Django's Paginator: `count()`, `len()`, slices. Nothing is read before the first use."""

    def __init__(self, halaman, istilah, config, awalan=False):
        self.halaman = halaman
        self.istilah = list(istilah)
        self.config = config
        self.awalan = awalan

    def _sql(self):
        from modelsearch.backends.database.postgres.postgres import IndexEntry

        dasar, params_dasar = (
            self.halaman.order_by().values("id", "content_type_id", "first_published_at")
        ).query.sql_with_params()
        tabel = connections[self.halaman.db].ops.quote_name(IndexEntry._meta.db_table)
        query = "to_tsquery(%s::regconfig, %s)"
        leksem = [self.config, _leksem(self.istilah, self.awalan)]
        if self.awalan:
            kolom, cocok = "e.autocomplete", "e.autocomplete"
            peringkat = f"ts_rank(%s::float4[], k.autocomplete, {query})"
            params_peringkat = [_bobot(), *leksem]
        else:
            kolom, cocok = "e.title, e.body, e.title_norm", "search_isi(e.body)"  # 0004
            peringkat = (
                f"ts_rank(%s::float4[], k.title, {query}) * k.title_norm"
                f" + ts_rank(%s::float4[], k.body, {query})"
            )
            params_peringkat = [_bobot(), *leksem, _bobot(), *leksem]
        sql = (
            "SELECT k.id, k.content_type_id, k.first_published_at FROM ("  # noqa: S608  # nosec B608  # only constant SQL, quote_name and Django's compiled SQL, values are params
            f"SELECT p.id, p.content_type_id, p.first_published_at, {kolom}"
            f" FROM ({dasar}) p JOIN {tabel} e ON e.content_type_id = p.content_type_id"
            " AND e.object_id = p.id::varchar(50)"
            f" WHERE {cocok} @@ {query}"
            " ORDER BY p.first_published_at DESC NULLS LAST, p.id DESC LIMIT %s"
            f") k ORDER BY {peringkat} DESC, k.first_published_at DESC NULLS LAST, k.id DESC"
        )
        return sql, [*params_dasar, *leksem, BATAS_KANDIDAT + 1, *params_peringkat]

    @cached_property
    def _baris(self):
        """[(pk, content_type_id)] best first, and whether more matched than the bound."""
        with connections[self.halaman.db].cursor() as cursor:
            cursor.execute(*self._sql())
            baris = cursor.fetchall()
        lebih = len(baris) > BATAS_KANDIDAT
        if lebih:
            # Drop the candidate past the bound: the oldest, whatever its rank.
            baris.remove(min(baris, key=_umur))
        return [(pk, content_type) for pk, content_type, _terbit in baris], lebih

    @property
    def lebih(self):
        return self._baris[1]

    def count(self):
        return len(self._baris[0])

    def _pasangan(self, irisan):
        return self._baris[0][irisan]
