"""The throwaway PostgreSQL databases of the benchmarks (127.0.0.1, user postgres, trust)."""

HOST_PG = "127.0.0.1"
PORT_PG = 5432


def _pg_admin(perintah):
    """Run one statement on the maintenance database `postgres` (autocommit)."""
    import psycopg

    with psycopg.connect(
        host=HOST_PG,
        port=PORT_PG,
        user="postgres",
        dbname="postgres",
        autocommit=True,
        connect_timeout=5,
    ) as koneksi:
        koneksi.execute(perintah)


def hapus_basis_data(nama):
    from psycopg import sql

    _pg_admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(nama)))


def buat_basis_data(nama):
    """A fresh, empty database `nama` (an older one of that name is dropped first)."""
    from psycopg import sql

    hapus_basis_data(nama)
    _pg_admin(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(nama)))
