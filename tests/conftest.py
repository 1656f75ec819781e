"""Fixtures shared by the whole suite, and the rule for tests that need a real service.

A test that needs a service or a system package (PostgreSQL, Redis, Chromium, ClamAV, an S3
server) calls `butuh_layanan(...)`: on a machine without it the test is skipped with a visible
reason; under PORTAL_REQUIRE_SERVICES=1 (set by .ci/run) the same absence is a failure.
"""

import os
from datetime import date
from pathlib import Path

import hypothesis
import pytest
from django.contrib.auth.models import Group
from django.db import connections
from wagtail.models import Collection, CollectionViewRestriction, Site

from home.models import HomePage
from portal.moderasi.penyiapan import siapkan_kalender
from portal.moderasi.peran import GRUP_EDITOR, GRUP_PEJABAT, GRUP_PETUGAS
from portal.situs.penyiapan import siapkan_portal
from tests.cuplikan_db import ambil_cuplikan
from tests.ketahanan.layanan import port_bebas

WAJIB_LAYANAN = os.environ.get("PORTAL_REQUIRE_SERVICES") == "1"

# Property-based tests (hypothesis). "ci", the default, is what the README's test command and
# .ci/run use: derandomised (the same examples on every run, so a failure is reproducible
# and a green run means the same thing twice) and bounded. "lokal" draws fresh examples, ten
# times as many: `HYPOTHESIS_PROFILE=lokal .venv/bin/python -m pytest tests/masukan`.
_ATURAN_HYPOTHESIS = {
    "deadline": None,  # two shared cores: a slow example is not a failure
    "database": None,  # nothing written into the checkout
    "suppress_health_check": [
        hypothesis.HealthCheck.too_slow,
        hypothesis.HealthCheck.data_too_large,
    ],
}
hypothesis.settings.register_profile("ci", derandomize=True, max_examples=50, **_ATURAN_HYPOTHESIS)
# derandomize=False spelt out: where a CI variable is set, Hypothesis's own defaults are
# derandomised, and a profile inherits them.
hypothesis.settings.register_profile(
    "lokal", derandomize=False, max_examples=500, **_ATURAN_HYPOTHESIS
)
hypothesis.settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
BUCKET_S3 = "portal-media-uji"


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """The suite runs on every core (pytest-xdist, `--dist loadgroup`): tests are handed to
    the workers one by one, except those that share a module- or package-scoped fixture (a
    seeded demo, a started server, the browser tests' live site), which go to one worker
    together, so that it is built once."""
    for item in items:
        if item.get_closest_marker("xdist_group"):
            continue
        lingkup = {defs[-1].scope for defs in item._fixtureinfo.name2fixturedefs.values()}
        if "package" in lingkup:
            item.add_marker(pytest.mark.xdist_group(str(item.path.parent)))
        elif lingkup & {"module", "class"}:
            item.add_marker(pytest.mark.xdist_group(str(item.path)))


def butuh_layanan(tersedia, alasan):
    """Skip (or, in CI, fail) the calling test when a required service is missing."""
    if tersedia:
        return
    if WAJIB_LAYANAN:
        pytest.fail(f"Layanan wajib tidak tersedia di CI: {alasan}")
    pytest.skip(alasan)


def butuh_postgresql(alasan):
    """For tests about PostgreSQL itself (locks, its text search). CI runs the suite once on
    SQLite and once on PostgreSQL: on the SQLite run they skip, as their PostgreSQL run is
    the one that counts; a run on PostgreSQL that cannot reach it fails under CI."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    pytest.skip(f"{alasan} (dijalankan pada putaran PostgreSQL)")


@pytest.fixture(autouse=True)
def _cache_kosong():
    """The cache outlives each test's database rollback: start every test empty (the page
    cache's local copy too, which a plain clear does not announce, and the per-generation memo,
    which a frozen clock would otherwise carry into the next test under the same generation)."""
    from django.core.cache import cache

    from portal.core import cache_halaman, cache_lokal

    cache.clear()
    cache_lokal.kosongkan()
    cache_halaman.lupakan_memo()
    yield
    cache.clear()
    cache_lokal.kosongkan()
    cache_halaman.lupakan_memo()


# The day the suite's calendar is seeded from: setup seeds the holidays of last year to two
# years ahead of *today*, so tests dated 2025–2028 (17 August 2026, a Tuesday in November 2025)
# would lose their holidays once the real clock passes 2028. Seeding these years as well keeps
# the suite independent of the date it runs on.
HARI_INI_KALENDER_UJI = date(2026, 8, 1)


def bangun_situs_uji():
    """`setup_portal` and the calendar of the years the tests use, whatever the real date."""
    page = siapkan_portal()
    siapkan_kalender(hari_ini=HARI_INI_KALENDER_UJI)
    return page


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The portal's structure is built once, into the test database every test starts from
    (each test's transaction is rolled back to it): setting it up per test cost about half
    a second, a third of the suite. Returns a snapshot of it (tests/cuplikan_db.py), which
    the browser tests start from whatever transactional tests before them left."""
    with django_db_blocker.unblock():
        bangun_situs_uji()
        # Transactional tests with serialized_rollback reload this snapshot: take it again,
        # with the structure, or they would bring back the bare database of the migrations.
        for koneksi in connections.all(initialized_only=True):
            if hasattr(koneksi, "_test_serialized_contents"):
                koneksi._test_serialized_contents = koneksi.creation.serialize_db_to_string()
        return ambil_cuplikan()


@pytest.fixture
def beranda(db):
    """The portal's fixed structure as `setup_portal` builds it, with the holidays of
    2025–2028 (the years the tests use) seeded whatever the real date; returns the home page.
    Built again when a transactional test before this one emptied the database."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    return bangun_situs_uji()


def _buat_pengguna(django_user_model, username, grup=None, **extra):
    user = django_user_model.objects.create_user(
        username=username,
        email=f"{username}@kaltimprov.go.id",
        password="kata-sandi-uji-123",
        **extra,
    )
    if grup:
        user.groups.add(Group.objects.get(name=grup))
    return user


def atur_zona_waktu(user, zona):
    """Set the time zone of the user's Wagtail profile (Account → Preferences), which the admin
    activates on every request the user makes."""
    from wagtail.users.models import UserProfile

    profil = UserProfile.get_for_user(user)
    profil.current_time_zone = zona
    profil.save()
    return user


@pytest.fixture
def petugas(beranda, django_user_model):
    return _buat_pengguna(django_user_model, "petugas1", GRUP_PETUGAS)


@pytest.fixture
def petugas_lain(beranda, django_user_model):
    return _buat_pengguna(django_user_model, "petugas2", GRUP_PETUGAS)


@pytest.fixture
def editor(beranda, django_user_model):
    return _buat_pengguna(django_user_model, "editor1", GRUP_EDITOR)


@pytest.fixture
def pejabat(beranda, django_user_model):
    return _buat_pengguna(django_user_model, "pejabat1", GRUP_PEJABAT)


@pytest.fixture
def admin_portal(beranda, django_user_model):
    return _buat_pengguna(django_user_model, "admin1", is_superuser=True, is_staff=True)


@pytest.fixture
def indeks_berita(beranda):
    from berita.models import BeritaIndexPage

    return BeritaIndexPage.objects.get()


def _seperti_dari_draftail(isi):
    """The factory's rich text as Draftail stores it (with block keys), so that posting the
    editor's form unchanged leaves `isi` unchanged, as for a page written in the admin."""
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    from portal.core.blocks import RICH_TEXT_FEATURES

    konverter = ContentstateConverter(features=RICH_TEXT_FEATURES)
    return [
        {
            "type": blok.block_type,
            "value": konverter.to_database_format(
                konverter.from_database_format(blok.value.source)
            ),
        }
        for blok in isi
    ]


@pytest.fixture
def buat_draf(indeks_berita, petugas):
    """Make a draft berita owned by `pemilik` (default: the petugas), with its first revision
    (a page needs one to enter a workflow)."""
    from berita.factories import BeritaPageFactory

    def _buat(pemilik=None, **kolom):
        pemilik = pemilik or petugas
        page = BeritaPageFactory(parent=indeks_berita, owner=pemilik, live=False, **kolom)
        page.isi = _seperti_dari_draftail(page.isi)
        page.save_revision(user=pemilik)
        page.refresh_from_db()
        return page

    return _buat


@pytest.fixture
def draf(buat_draf):
    return buat_draf(title="Banjir Rob di Pesisir Balikpapan Mulai Surut")


@pytest.fixture(scope="session")
def server_s3():
    """moto's S3 server in a thread of this test process; its URL, or a skip without moto."""
    try:
        from moto.server import ThreadedMotoServer
    except ImportError:  # pragma: no cover - moto[server] is in requirements-dev.txt
        butuh_layanan(False, "moto[server] tidak terpasang (server S3 uji)")
    port = port_bebas()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


def klien_s3(endpoint):
    """A boto3 client of the moto server at `endpoint`."""
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="uji",
        aws_secret_access_key="uji",  # noqa: S106 - moto accepts any key
    )


@pytest.fixture
def s3(server_s3, settings, tmp_path):
    """The default storage on a fresh bucket of the moto server (as production configures it
    from AWS_STORAGE_BUCKET_S3_NAME), MEDIA_ROOT an empty folder that must stay empty. Returns a
    boto3 client with `.bucket` and `.kunci()` (the keys in the bucket)."""
    from botocore.config import Config

    klien = klien_s3(server_s3)
    klien.create_bucket(Bucket=BUCKET_S3)
    media_root = tmp_path / "media"
    media_root.mkdir()
    settings.MEDIA_ROOT = str(media_root)
    settings.AWS_S3_CLIENT_CONFIG = Config(
        connect_timeout=3,
        read_timeout=10,
        retries={"max_attempts": 2, "mode": "standard"},
        signature_version="s3v4",
    )
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET_S3,
                "endpoint_url": server_s3,
                "region_name": "us-east-1",
                "access_key": "uji",
                "secret_key": "uji",
                "default_acl": None,
                "querystring_auth": True,
                "file_overwrite": False,
                "querystring_expire": 3600,
            },
        },
    }
    settings.WAGTAILDOCS_SERVE_METHOD = "serve_view"

    def kunci():
        halaman = klien.get_paginator("list_objects_v2").paginate(Bucket=BUCKET_S3)
        return {obj["Key"] for hal in halaman for obj in hal.get("Contents", [])}

    klien.bucket = BUCKET_S3
    klien.kunci = kunci
    yield klien
    for k in kunci():
        klien.delete_object(Bucket=BUCKET_S3, Key=k)
    klien.delete_bucket(Bucket=BUCKET_S3)
    berkas_lokal = [p for p in Path(media_root).rglob("*") if p.is_file()]
    assert berkas_lokal == [], f"berkas media tertulis ke disk lokal: {berkas_lokal}"
    assert settings.MEDIA_ROOT == str(media_root)


@pytest.fixture
def koleksi_privat(beranda):
    """A collection behind a login restriction (Wagtail's private collections)."""
    koleksi = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(
        collection=koleksi, restriction_type=CollectionViewRestriction.LOGIN
    )
    return koleksi
