"""`manage.py backup` and `manage.py restore` (portal/ketahanan/cadangan.py): a backup of this
site, restored into an empty database with empty media storage by another process, holds every
page, revision, image, document and account, with the files byte for byte.

The target is an empty database of the same kind as the suite's (a new SQLite file, or a new
PostgreSQL database on the CI server), so CI proves both; the media live once on local disk
and once in an S3 bucket (moto), the two ways production keeps them."""

import hashlib
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from berita.factories import BeritaPageFactory
from dokumen.factories import DokumenPageFactory
from galeri.factories import GaleriFotoPageFactory
from tests.conftest import klien_s3

pytestmark = pytest.mark.django_db

# Run in the restoring process: restore, then report what the database and storage hold.
PEMULIHAN = """
import django, hashlib, json, sys
django.setup()
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site
from berita.models import BeritaPage

call_command("restore", sys.argv[1], "--no-input", verbosity=0)
# The site goes on after the restore: new rows take new ids (sequences follow the loaded ids).
beranda = Site.objects.get(is_default_site=True).root_page
beranda.add_child(instance=Page(title="Baru", slug="baru-setelah-pulih"))
get_user_model().objects.create_user("baru-setelah-pulih")

def sidik(berkas):
    with default_storage.open(berkas.name, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()

print(json.dumps({
    "halaman": sorted(
        [p.pk, p.url_path, p.live] for p in Page.objects.exclude(slug="baru-setelah-pulih")
    ),
    "revisi": sorted([r.pk, r.object_id, r.content["title"]] for r in Revision.objects.all()),
    "gambar": sorted([g.pk, g.file.name, sidik(g.file)] for g in get_image_model().objects.all()),
    "dokumen": sorted(
        [d.pk, d.file.name, sidik(d.file)] for d in get_document_model().objects.all()
    ),
    "pengguna": sorted(
        [u.username, u.password]
        for u in get_user_model().objects.exclude(username="baru-setelah-pulih")
    ),
    "cari": [p.pk for p in BeritaPage.objects.live().search(sys.argv[2])],
}))
"""


def _sidik(berkas):
    with berkas.open("rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def _isi_situs(indeks_berita, editor):
    """Berita with a lead image and a pending second revision, a document, a photo gallery."""
    berita = BeritaPageFactory(parent=indeks_berita, title="Gubernur Resmikan Jembatan Mahakam Ulu")
    berita.title = "Gubernur Resmikan Jembatan Mahakam Ulu (revisi)"
    berita.save_revision(user=editor)
    DokumenPageFactory(lampiran=1)
    GaleriFotoPageFactory(foto=2)
    return berita


@pytest.fixture
def basis_data_kosong(tmp_path):
    """DATABASE_URL of an empty database of the suite's kind, dropped afterwards."""
    if connection.vendor != "postgresql":
        yield f"sqlite:///{tmp_path / 'pulih.sqlite3'}"
        return
    import psycopg

    d = connection.settings_dict
    server = f"postgres://{d['USER']}@{d['HOST'] or '127.0.0.1'}:{d['PORT'] or 5432}"
    nama = f"portal_pulih_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as koneksi:
        koneksi.execute(f'CREATE DATABASE "{nama}"')
    try:
        yield f"{server}/{nama}"
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as koneksi:
            koneksi.execute(f'DROP DATABASE IF EXISTS "{nama}" WITH (FORCE)')


@dataclass
class Penyimpanan:
    """Where the site's media live. `env` points the restoring process at empty media storage
    of the same kind; on S3, `kunci_asal` and `kunci_tujuan` list the keys of the site's bucket
    and of the restored one."""

    jenis: str
    env: dict
    kunci_asal: Callable[[], set] | None = None
    kunci_tujuan: Callable[[], set] | None = None


def _kunci_bucket(klien, bucket):
    halaman = klien.get_paginator("list_objects_v2").paginate(Bucket=bucket)
    return {obj["Key"] for hal in halaman for obj in hal.get("Contents", [])}


@pytest.fixture(params=["lokal", "s3"])
def penyimpanan(request):
    """Media on local disk, or in a bucket of the moto server (the `s3` fixture), restored into
    a second, empty bucket of the same server."""
    if request.param == "lokal":
        # The restoring process runs the test settings: a fresh, empty MEDIA_ROOT of its own.
        yield Penyimpanan("lokal", env={})
        return
    s3 = request.getfixturevalue("s3")
    endpoint = request.getfixturevalue("server_s3")
    tujuan = f"{s3.bucket}-pulih"
    klien = klien_s3(endpoint)
    klien.create_bucket(Bucket=tujuan)
    try:
        yield Penyimpanan(
            "s3",
            # What production reads (portal/settings/base.py): the restore must work from there.
            env={
                "AWS_STORAGE_BUCKET_NAME": tujuan,
                "AWS_S3_ENDPOINT_URL": endpoint,
                "AWS_S3_REGION_NAME": "us-east-1",
                "AWS_ACCESS_KEY_ID": "uji",
                "AWS_SECRET_ACCESS_KEY": "uji",
            },
            kunci_asal=s3.kunci,
            kunci_tujuan=lambda: _kunci_bucket(klien, tujuan),
        )
    finally:
        for k in _kunci_bucket(klien, tujuan):
            klien.delete_object(Bucket=tujuan, Key=k)
        klien.delete_bucket(Bucket=tujuan)


def _pulihkan(arsip, database_url, penyimpanan, kata_cari):
    env = {**os.environ, "DATABASE_URL": database_url}
    env.pop("REDIS_URL", None)  # the restoring process must not share the suite's cache
    # Only the fixture decides where the media go: a bucket named by the shell running the
    # suite would turn the local case into an S3 one.
    env.pop("AWS_STORAGE_BUCKET_NAME", None)
    env.update(penyimpanan.env)
    hasil = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", PEMULIHAN, str(arsip), kata_cari],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert hasil.returncode == 0, hasil.stderr[-3000:]
    return json.loads(hasil.stdout.strip().splitlines()[-1])


# `penyimpanan` comes first so that the media storage is in place before any content exists.
def test_cadangan_dipulihkan_ke_basis_data_kosong_memuat_semuanya(
    penyimpanan, tmp_path, basis_data_kosong, indeks_berita, editor
):
    berita = _isi_situs(indeks_berita, editor)
    arsip = tmp_path / "portal.tar.gz"
    call_command("backup", str(arsip), verbosity=0)

    pulih = _pulihkan(arsip, basis_data_kosong, penyimpanan, "Mahakam")

    assert pulih["halaman"] == sorted([p.pk, p.url_path, p.live] for p in Page.objects.all())
    assert pulih["revisi"] == sorted(
        [r.pk, r.object_id, r.content["title"]] for r in Revision.objects.all()
    )
    assert len(pulih["revisi"]) >= 2  # the pending revision of the berita is kept
    assert pulih["gambar"] == sorted(
        [g.pk, g.file.name, _sidik(g.file)] for g in get_image_model().objects.all()
    )
    assert len(pulih["gambar"]) >= 3  # lead image and two photos
    assert pulih["dokumen"] == sorted(
        [d.pk, d.file.name, _sidik(d.file)] for d in get_document_model().objects.all()
    )
    assert len(pulih["dokumen"]) >= 1
    assert pulih["pengguna"] == sorted(
        [u.username, u.password] for u in get_user_model().objects.all()
    )
    # The search index is rebuilt: the restored site finds its berita.
    assert pulih["cari"] == [berita.pk]
    if penyimpanan.jenis == "s3":
        # Every object of the site's bucket comes back under its own key, and nothing more.
        assert penyimpanan.kunci_asal()
        assert penyimpanan.kunci_tujuan() == penyimpanan.kunci_asal()


def test_pulihkan_arsip_bukan_cadangan_ditolak_tanpa_mengubah_apa_pun(tmp_path, beranda):
    import tarfile

    palsu = tmp_path / "palsu.tar.gz"
    with tarfile.open(palsu, "w:gz") as arsip:
        (tmp_path / "catatan.txt").write_text("bukan cadangan")
        arsip.add(tmp_path / "catatan.txt", arcname="catatan.txt")
    halaman = Page.objects.count()
    with pytest.raises(CommandError, match="bukan cadangan portal"):
        call_command("restore", str(palsu), "--no-input", verbosity=0)
    assert Page.objects.count() == halaman


def test_cadangan_tidak_menimpa_arsip_yang_ada(tmp_path, beranda):
    arsip = tmp_path / "portal.tar.gz"
    arsip.write_bytes(b"cadangan kemarin")
    with pytest.raises(CommandError, match="sudah ada"):
        call_command("backup", str(arsip), verbosity=0)
    assert arsip.read_bytes() == b"cadangan kemarin"
