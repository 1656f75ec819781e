"""Storage for the bounded search of search/kandidat.py (PostgreSQL only; elsewhere nothing).

1. `search_isi(body)`: the body vector itself, in a function that tells the planner what
   reading it costs (COST 1000: out of line and compressed, it is unpacked for every row
   checked), and a GIN index on it. Without that cost the planner read every entry for a
   common word (600 ms, where walking the newest pages takes 30) and walked thousands of
   pages for a word in one berita out of ten instead of asking the GIN index. The `SET`
   clause keeps the function from being inlined, which would drop the cost.
2. An index on the pages newest first, with the fields the search filters on included, so the
   search walks the newest live pages without reading the page table.
3. The index entries keep only small fields in their rows (`toast_tuple_target`): the vectors
   and texts live out of line, so the entries a GIN match points to are read from a 14 MB
   table instead of 311 MB (100,000 berita); and they are lz4-compressed, unpacked several
   times faster than PostgreSQL's default pglz. This applies to rows written from now on:
   after migrating a site with content, `manage.py update_index` rewrites its entries. A
   server built without lz4 keeps pglz.
"""

from django.db import DatabaseError, migrations, transaction

INDEKS_HALAMAN = "search_page_terbaru"
INDEKS_ISI = "search_indexentry_isi_gin"
KOLOM_VEKTOR = ("title", "body", "autocomplete", "title_text", "body_text")


def _tabel(apps, schema_editor, model):
    return schema_editor.quote_name(apps.get_model(*model.split("."))._meta.db_table)


def terapkan(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    halaman = _tabel(apps, schema_editor, "wagtailcore.Page")
    entri = _tabel(apps, schema_editor, "wagtailsearch.IndexEntry")
    schema_editor.execute(
        "CREATE OR REPLACE FUNCTION search_isi(isi tsvector) RETURNS tsvector "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1000 "
        "SET search_path = pg_catalog RETURN isi"
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEKS_ISI} ON {entri} USING gin (search_isi(body))"
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEKS_HALAMAN} ON {halaman} "
        "(first_published_at DESC NULLS LAST, id DESC) "
        "INCLUDE (content_type_id, live, locale_id, path)"
    )
    schema_editor.execute(f"ALTER TABLE {entri} SET (toast_tuple_target = 128)")
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute(
                f"ALTER TABLE {entri} "
                + ", ".join(f"ALTER COLUMN {k} SET COMPRESSION lz4" for k in KOLOM_VEKTOR)
            )
    except DatabaseError:
        pass  # PostgreSQL built without lz4: its default compression stays


def kembalikan(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    entri = _tabel(apps, schema_editor, "wagtailsearch.IndexEntry")
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEKS_HALAMAN}")
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEKS_ISI}")
    schema_editor.execute("DROP FUNCTION IF EXISTS search_isi(tsvector)")
    schema_editor.execute(f"ALTER TABLE {entri} RESET (toast_tuple_target)")
    schema_editor.execute(
        f"ALTER TABLE {entri} "
        + ", ".join(f"ALTER COLUMN {k} SET COMPRESSION default" for k in KOLOM_VEKTOR)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_indeks_gin_judul_isi"),
    ]

    operations = [migrations.RunPython(terapkan, kembalikan, elidable=False)]
