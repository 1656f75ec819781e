"""Bulk indexing on PostgreSQL: the same index entries as the search backend's `add_bulk`, in a
fraction of the time (benchmarks/pencarian.py indexes 100,000 berita with it).

Why not `add_bulk`: Wagtail's PostgreSQL indexer (modelsearch 1.3) reads every search field of
an object five times (title, body, autocomplete, title_text, body_text) — for a berita that is
five passes over its StreamField and five computations of the stemmed field, each of which
reads the other fields again — and after every batch it recomputes `title_norm` from the
average title length of the whole table, which makes a large import quadratic. Here each
object's fields are read once and `title_norm` is refreshed once, at the end. The SQL that
builds the vectors is the backend's own. Delete this module when modelsearch caches the
prepared fields and lets a caller defer the `title_norm` refresh.
"""

from django.db import connections, router, transaction
from django.utils.functional import cached_property
from modelsearch.backends.database.postgres.postgres import IndexEntry, ObjectIndexer, PostgresIndex
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import get_content_type_pk

UKURAN_BATCH = 500


def _judul(bidang):
    return isinstance(bidang, SearchField) and bidang.field_name == "title"


def _isi(bidang):
    return isinstance(bidang, SearchField) and bidang.field_name != "title"


class _PengindeksSekaliBaca(ObjectIndexer):
    """Wagtail's ObjectIndexer with the prepared fields read once per object."""

    @cached_property
    def _bidang(self):
        return [
            siap for bidang in self.search_fields for siap in self.prepare_field(self.obj, bidang)
        ]

    def _teks(self, pilih):
        return [(nilai, bobot) for bidang, bobot, nilai in self._bidang if pilih(bidang)]

    def _polos(self, pilih):
        return " ".join(t for t in (nilai.strip() for nilai, _b in self._teks(pilih)) if t)

    @cached_property
    def title(self):
        return self.as_vector(self._teks(_judul))

    @cached_property
    def body(self):
        return self.as_vector(self._teks(_isi))

    @cached_property
    def autocomplete(self):
        teks = self._teks(lambda b: isinstance(b, AutocompleteField))
        return self.as_vector(teks, for_autocomplete=True)

    @cached_property
    def title_text(self):
        return self._polos(_judul)

    @cached_property
    def body_text(self):
        return self._polos(_isi)


def _sisipkan(backend, model, objek):
    """One INSERT … ON CONFLICT of the index entries of `objek` (as PostgresIndex.add_items)."""
    from django.db.models.sql.subqueries import InsertQuery

    koneksi = connections[router.db_for_write(IndexEntry)]
    compiler = InsertQuery(IndexEntry).get_compiler(connection=koneksi)
    content_type = get_content_type_pk(model)
    baris, parameter = [], []
    for obj in objek:
        pengindeks = _PengindeksSekaliBaca(obj, backend)
        parameter += [content_type, pengindeks.id]
        vektor = []
        for kolom in ("title", "autocomplete", "body"):
            nilai = compiler.prepare_value(
                IndexEntry._meta.get_field(kolom), getattr(pengindeks, kolom)
            )
            sql, params = nilai.as_sql(compiler, koneksi)
            vektor.append(sql)
            parameter += params
        parameter += [pengindeks.title_text, pengindeks.body_text]
        baris.append(f"(%s, %s, {vektor[0]}, {vektor[1]}, {vektor[2]}, 1.0, %s, %s)")
    tabel = koneksi.ops.quote_name(IndexEntry._meta.db_table)
    with koneksi.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {tabel} (content_type_id, object_id, title, autocomplete, body, "  # noqa: S608  # nosec B608  # quoted table name and placeholder SQL from Django's compiler, values are params
            "title_norm, title_text, body_text) "
            f"(VALUES {', '.join(baris)}) "
            "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, "
            "title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
            "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
            parameter,
        )


def indeks_massal(backend, model, queryset, ukuran=UKURAN_BATCH):
    """Index every object of `queryset` (of `model`) with the PostgreSQL search `backend`, in
    batches of `ukuran`, each in its own transaction; returns how many were indexed."""
    pk = list(queryset.order_by("pk").values_list("pk", flat=True))
    for awal in range(0, len(pk), ukuran):
        with transaction.atomic():
            _sisipkan(backend, model, list(queryset.filter(pk__in=pk[awal : awal + ukuran])))
    PostgresIndex(backend)._refresh_title_norms()
    return len(pk)
