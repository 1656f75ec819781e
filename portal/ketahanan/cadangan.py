"""Backup and restore of the portal (service): the database and the media, in one .tar.gz.

Choice: Django's own serialisation (`dumpdata` / `loaddata`, JSON), not pg_dump. It is portable
between SQLite and PostgreSQL (a production backup can be inspected or restored on one
machine), needs no client tools of the server's version, and goes through the same models the
migrations describe. Rows are written with their primary keys, content types and permissions
included, and the restore loads them into emptied tables: Wagtail refers to objects by id
inside data (`Revision.object_id`, audit-log JSON, StreamField image and page ids) and keeps
audit-log rows of deleted pages (a foreign key without constraint), so natural keys, which
would dereference them, are not used. For a very large database pg_dump is faster; this is
the portable format the restore test proves.

Left out, because the target rebuilds them: sessions (everyone signs in again) and the search
index (rebuilt by `update_index` after the restore). Media come from the default storage
through the storage API, so local disk and S3 alike; on S3 keep bucket versioning on as well
(README), since Wagtail deletes a replaced file at once and a nightly archive cannot bring
back what changed since.

Archive layout: `manifest.json` (format, date, database vendor, row count, the media list with
sizes and SHA-256), `basis_data.json` (the dump), `media/<name>` (every file, its storage name).
"""

import hashlib
import io
import json
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection, transaction

FORMAT = "portal-kaltim-cadangan/1"
# The wagtailsearch app holds only the index (query logs live in search_promotions).
DIKECUALIKAN = ["sessions", "wagtailsearch"]


class CadanganTidakSah(Exception):
    """The archive is not a portal backup, or does not match its manifest."""


def _berkas_media(storage, folder=""):
    """Every file name in `storage`, recursively (listdir works on local disk and S3)."""
    folder_anak, berkas = storage.listdir(folder)
    for nama in berkas:
        yield str(PurePosixPath(folder, nama)) if folder else nama
    for anak in folder_anak:
        yield from _berkas_media(storage, str(PurePosixPath(folder, anak)) if folder else anak)


def _tambah_bytes(arsip, nama, isi):
    info = tarfile.TarInfo(nama)
    info.size = len(isi)
    info.mtime = int(datetime.now(tz=UTC).timestamp())
    arsip.addfile(info, io.BytesIO(isi))


def buat_cadangan(tujuan, storage=default_storage):
    """Write the backup archive to `tujuan` (a path); returns the manifest."""
    tujuan = Path(tujuan)
    with tempfile.TemporaryDirectory(prefix="portal-cadangan-") as sementara:
        dump = Path(sementara) / "basis_data.json"
        # One snapshot of the database: a publish during the dump cannot split it.
        with transaction.atomic():
            call_command(
                "dumpdata",
                *[f"--exclude={label}" for label in DIKECUALIKAN],
                output=str(dump),
                verbosity=0,
            )
        baris = len(json.loads(dump.read_text(encoding="utf-8")))
        media = []
        with tarfile.open(tujuan, "w:gz") as arsip:
            arsip.add(dump, arcname="basis_data.json")
            for nama in sorted(_berkas_media(storage)):
                with storage.open(nama, "rb") as f:
                    isi = f.read()
                _tambah_bytes(arsip, f"media/{nama}", isi)
                media.append(
                    {"nama": nama, "ukuran": len(isi), "sha256": hashlib.sha256(isi).hexdigest()}
                )
            manifest = {
                "format": FORMAT,
                "dibuat": datetime.now(tz=UTC).isoformat(),
                "basis_data": connection.vendor,
                "baris": baris,
                "media": media,
            }
            _tambah_bytes(arsip, "manifest.json", json.dumps(manifest, indent=1).encode("utf-8"))
    return manifest


def _nama_aman(nama):
    """A media name from the archive, refused when it could leave the storage's root."""
    jalur = PurePosixPath(nama)
    if jalur.is_absolute() or ".." in jalur.parts or not jalur.parts:
        raise CadanganTidakSah(f"Nama berkas tidak sah di arsip: {nama!r}")
    return str(jalur)


def pulihkan_cadangan(sumber, storage=default_storage):
    """Replace the database and media by the backup at `sumber`; returns its manifest.

    The database is migrated (a fresh, empty one works), emptied with `flush` — which also
    removes what the migrations seed (root page, default site, content types) — and loaded
    with the archive's own ids; then the media are written back under their own names and the
    search index is rebuilt."""
    with tarfile.open(sumber, "r:gz") as arsip:
        try:
            manifest = json.load(arsip.extractfile("manifest.json"))
        except KeyError as galat:
            raise CadanganTidakSah("Arsip tanpa manifest.json: bukan cadangan portal.") from galat
        if manifest.get("format") != FORMAT:
            raise CadanganTidakSah(f"Format cadangan tidak dikenal: {manifest.get('format')!r}")
        with tempfile.TemporaryDirectory(prefix="portal-pulih-") as sementara:
            dump = Path(sementara) / "basis_data.json"
            dump.write_bytes(arsip.extractfile("basis_data.json").read())
            call_command("migrate", interactive=False, verbosity=0)
            with transaction.atomic():
                # No post_migrate: the archive brings the content types and permissions.
                call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
                call_command("loaddata", str(dump), verbosity=0)
            ContentType.objects.clear_cache()
        for entri in manifest["media"]:
            nama = _nama_aman(entri["nama"])
            isi = arsip.extractfile(f"media/{nama}").read()
            if hashlib.sha256(isi).hexdigest() != entri["sha256"]:
                raise CadanganTidakSah(f"Isi berkas tidak cocok dengan manifest: {nama}")
            if storage.exists(nama):
                storage.delete(nama)
            disimpan = storage.save(nama, File(io.BytesIO(isi), name=nama))
            if disimpan != nama:
                raise CadanganTidakSah(f"Penyimpanan memberi nama lain: {nama} -> {disimpan}")
    call_command("update_index", verbosity=0)
    return manifest
