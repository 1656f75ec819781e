"""`seed_demo`: idempotent, realistic volumes, valid content, demo users that can log in."""

import io

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, PageLogEntry, Revision

from berita.models import BeritaPage, KategoriBerita
from dokumen.models import DokumenLampiran, DokumenPage, JenisDokumen, KategoriKIP
from galeri.models import GaleriFoto, GaleriFotoPage, GaleriVideo, GaleriVideoPage
from home.models import BeritaUnggulan, HomePage
from portal.core.models import OPD, PengaturanSitus
from portal.demo.referensi import PENGGUNA
from portal.demo.seeding import VolumeDemo, semai_demo

Image = get_image_model()
Document = get_document_model()

JENIS_BLOK = {"paragraf", "gambar", "kutipan", "video", "dokumen", "tabel"}


def jalankan_seed(*args):
    keluaran = io.StringIO()
    call_command("seed_demo", "--force", *args, stdout=keluaran, stderr=io.StringIO())
    return keluaran.getvalue()


def akun(keluaran):
    """The printed logins table and admin URL."""
    return keluaran[keluaran.index("Akun demo") :]


def potret():
    """Counts and last-modified marks of everything the seed may touch."""
    User = get_user_model()
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "log": PageLogEntry.objects.count(),
        "latest_revision": sorted(
            Page.objects.values_list("pk", "latest_revision_created_at", "live_revision_id")
        ),
        "images": Image.objects.count(),
        "documents": Document.objects.count(),
        "collections": Collection.objects.count(),
        "users": sorted(User.objects.values_list("username", "password", "last_login")),
        "groups": sorted(User.groups.through.objects.values_list("user_id", "group_id")),
        "opd": OPD.objects.count(),
        "jenis": JenisDokumen.objects.count(),
        "kategori": KategoriBerita.objects.count(),
        "tags": Tag.objects.count(),
        "lampiran": DokumenLampiran.objects.count(),
        "foto": GaleriFoto.objects.count(),
        "video": GaleriVideo.objects.count(),
        "unggulan": BeritaUnggulan.objects.count(),
        "pengaturan": list(PengaturanSitus.objects.values()),
    }


def test_seed_demo_twice_creates_and_changes_nothing_the_second_time(db):
    pertama = jalankan_seed("--kecil")
    sesudah_pertama = potret()
    kedua = jalankan_seed("--kecil")

    assert potret() == sesudah_pertama
    assert "Data demo dibuat" in pertama
    assert "tidak ada yang dibuat atau diubah" in kedua
    assert akun(kedua) == akun(pertama)
    for pengguna in PENGGUNA:
        assert f"{pengguna.username}  " in akun(pertama)
        assert pengguna.password in akun(pertama)
    assert f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/" in akun(pertama)


def test_seed_demo_refuses_without_debug_unless_forced(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        call_command("seed_demo", stdout=io.StringIO())


def test_demo_users_can_log_in_with_the_printed_passwords_and_hold_their_groups(db, client):
    jalankan_seed("--kecil")
    User = get_user_model()
    for pengguna in PENGGUNA:
        user = User.objects.get(username=pengguna.username)
        assert len(pengguna.password) >= 12
        # As a browser does: django-axes needs the request, which client.login() cannot give.
        respons = client.post(
            reverse("wagtailadmin_login"),
            {"username": pengguna.username, "password": pengguna.password},
        )
        assert respons.status_code == 302
        assert int(client.session["_auth_user_id"]) == user.pk
        if pengguna.is_superuser:
            assert user.is_superuser
        else:
            assert list(user.groups.values_list("name", flat=True)) == [pengguna.grup]
    assert {"Petugas", "Editor", "Pejabat"} <= set(Group.objects.values_list("name", flat=True))


def test_full_demo_meets_the_volumes_and_every_item_is_valid(db):
    """The full volumes of the demo (small pictures only, to keep the test quick)."""
    call_command("setup_portal", stdout=io.StringIO())
    hasil = semai_demo(VolumeDemo(lebar_gambar=320, tinggi_gambar=180))
    assert hasil.dibuat["berita"] >= 40

    beranda = HomePage.objects.get(depth=2, locale__language_code="id")
    koleksi = {k.name: k for k in Collection.objects.filter(depth=2)}
    assert {"Berita", "Dokumen", "Galeri"} <= set(koleksi)

    # Berita: at least 40 across the eight categories, each complete.
    berita = list(BeritaPage.objects.live().child_of(beranda.get_children().get(slug="berita")))
    assert len(berita) >= 40
    assert {b.kategori.slug for b in berita} == set(
        KategoriBerita.objects.filter(locale=beranda.locale).values_list("slug", flat=True)
    )
    assert KategoriBerita.objects.filter(locale=beranda.locale).count() == 8
    assert len({b.tanggal for b in berita}) >= 30  # spread over the last months
    jenis_terpakai = set()
    for page in berita:
        page.full_clean()
        page.isi.stream_block.clean(page.isi)
        assert page.gambar_utama and page.gambar_utama.collection == koleksi["Berita"]
        assert page.keterangan_gambar and page.kredit_gambar
        assert page.opd and page.penulis and page.tags.exists()
        assert sum(b.block_type == "paragraf" for b in page.isi) >= 2
        assert page.revisions.count() >= 2 and page.live_revision_id
        jenis_terpakai |= {b.block_type for b in page.isi}
    assert jenis_terpakai == JENIS_BLOK
    # A download offered in an article is a document of the article's own agency.
    unduhan = [
        (b, blok.value["dokumen"]) for b in berita for blok in b.isi if blok.block_type == "dokumen"
    ]
    assert unduhan
    for page, berkas in unduhan:
        pemilik = DokumenLampiran.objects.filter(dokumen=berkas, page__locale=beranda.locale)
        assert {lampiran.page.opd_id for lampiran in pemilik} == {page.opd_id}, page

    # Dokumen: at least 15, each with a real PDF and a public KIP category.
    dokumen = list(DokumenPage.objects.live())
    assert len(dokumen) >= 15
    assert {d.kategori_kip for d in dokumen} == {
        KategoriKIP.BERKALA,
        KategoriKIP.SERTA_MERTA,
        KategoriKIP.SETIAP_SAAT,
    }
    for page in dokumen:
        page.full_clean()
        lampiran = list(page.lampiran.all())
        assert lampiran
        for item in lampiran:
            assert item.dokumen.file_extension == "pdf"
            assert item.dokumen.collection == koleksi["Dokumen"]
            with item.dokumen.open_file() as berkas:
                assert berkas.read(5) == b"%PDF-"
        assert page.penanggung_jawab and page.ringkasan and page.opd

    # Galeri: three photo galleries of 6-10 photos with alt text, one video gallery.
    galeri_foto = list(GaleriFotoPage.objects.live().filter(locale=beranda.locale))
    assert len(galeri_foto) == 3
    for page in galeri_foto:
        page.full_clean()
        foto = list(page.foto.all())
        assert 6 <= len(foto) <= 10
        for item in foto:
            item.full_clean()
            assert item.teks_alternatif and item.keterangan and item.kredit
            assert item.gambar.collection == koleksi["Galeri"]
    (galeri_video,) = GaleriVideoPage.objects.live()
    galeri_video.full_clean()
    video = list(galeri_video.video.all())
    for item in video:
        item.full_clean()
    unggahan = [v for v in video if v.berkas_id]
    tautan = [v for v in video if v.url]
    assert len(unggahan) == 1 and len(tautan) == 1
    assert unggahan[0].berkas.file_extension == "webm"
    assert unggahan[0].teks_terjemahan.file_extension == "vtt"
    assert unggahan[0].poster is not None
    assert tautan[0].video_eksternal.provider == "youtube"

    # The demo reads like a provincial site, not a test bench.
    assert "contoh" not in f"{galeri_video.title} {galeri_video.deskripsi}".lower()
    assert all("contoh" not in v.judul.lower() for v in video)

    # Home page (chosen by the editors), site settings, history.
    assert 1 <= beranda.berita_unggulan.count() <= 4
    assert beranda.berita_utama.live and beranda.galeri_unggulan.count() == 2
    assert beranda.tautan_cepat.count() == 4
    assert beranda.intro
    pengaturan = PengaturanSitus.load()
    assert "Gajah Mada" in pengaturan.alamat
    assert pengaturan.telepon and pengaturan.email and pengaturan.tautan_sosial
    assert not Page.objects.filter(depth__gt=1, live_revision=None).exists()
