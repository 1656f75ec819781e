"""Workaround: modelsearch's SQLite backend puts each search term in an FTS5 string ("term")
without doubling a `"` inside it, so a double quote in a search box of the admin (the public
search and the API pass words only) ends the string early and FTS5 reads the rest as its own
syntax: `a:"b` fails with "no such column: a", a lone `"` with "unterminated string", and the
listing answers 500 (tests/akses/test_advisori_wagtail.py). Doubling the quote is FTS5's escape:
the term stays a term. Delete when modelsearch escapes it itself
(modelsearch/backends/database/sqlite/query.py, Lexeme.as_sql).
"""

from django.db import connection


def pasang():
    if connection.vendor != "sqlite":
        return
    from modelsearch.backends.database.sqlite.query import Lexeme

    asli = Lexeme.as_sql

    def as_sql(self, compiler, connection):
        template, params = asli(self, compiler, connection)
        return template, [param.replace('"', '""') for param in params]

    Lexeme.as_sql = as_sql
