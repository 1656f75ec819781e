"""A snapshot of the test database, put back in a moment: the browser tests share one seeded
demo (tests/peramban) and each test leaves it as it found it.

Django's own way back (flush, then `serialized_rollback` re-saving every object through the
ORM) takes seconds for the demo; these copy tables whole. SQLite (the in-memory test
database) through its backup API; PostgreSQL through COPY, in one transaction whose deferred
foreign keys (Django creates them DEFERRABLE INITIALLY DEFERRED) are checked at its end.
"""

import sqlite3

from django.db import connection, transaction


class CuplikanSqlite:
    def __init__(self):
        self.salinan = sqlite3.connect(":memory:", check_same_thread=False)
        connection.ensure_connection()
        connection.connection.backup(self.salinan)

    def pulihkan(self):
        connection.ensure_connection()
        self.salinan.backup(connection.connection)


class CuplikanPostgresql:
    def __init__(self):
        self.tabel = connection.introspection.django_table_names(
            only_existing=True, include_views=False
        )
        self.isi = {}
        with connection.cursor() as kursor:
            for tabel in self.tabel:
                with kursor.copy(f"COPY {self._nama(tabel)} TO STDOUT (FORMAT binary)") as salin:
                    self.isi[tabel] = b"".join(bytes(blok) for blok in salin)
            self.urutan = []
            for urutan in connection.introspection.sequence_list():
                nama = self._nama(urutan["name"])
                nilai = kursor.execute(f"SELECT last_value, is_called FROM {nama}").fetchone()  # noqa: S608 - a sequence name from the catalogue
                self.urutan.append((nama, *nilai))

    def _nama(self, tabel):
        return connection.ops.quote_name(tabel)

    def pulihkan(self):
        with transaction.atomic(), connection.cursor() as kursor:
            kursor.execute(f"TRUNCATE {', '.join(self._nama(t) for t in self.tabel)}")
            for tabel, data in self.isi.items():
                with kursor.copy(f"COPY {self._nama(tabel)} FROM STDIN (FORMAT binary)") as salin:
                    salin.write(data)
            for nama, nilai, dipanggil in self.urutan:
                kursor.execute("SELECT setval(%s, %s, %s)", [nama, nilai, dipanggil])


def ambil_cuplikan():
    """A snapshot of the default database as it is now; `.pulihkan()` puts it back."""
    if connection.vendor == "sqlite":
        return CuplikanSqlite()
    return CuplikanPostgresql()
