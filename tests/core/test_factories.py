"""Every factory builds a valid object with real files (DESIGN.md §6.6)."""

import io

import pytest
from django.contrib.auth.models import Group
from PIL import Image as PILImage
from wagtail.models import Collection, Locale

from berita.factories import BeritaIndexPageFactory, BeritaPageFactory, KategoriBeritaFactory
from dokumen.demo import DOKUMEN, judul_lengkap
from dokumen.factories import (
    DokumenIndexPageFactory,
    DokumenLampiranFactory,
    DokumenPageFactory,
    JenisDokumenFactory,
)
from dokumen.models import KategoriKIP
from galeri.factories import (
    GaleriFotoFactory,
    GaleriFotoPageFactory,
    GaleriIndexPageFactory,
    GaleriVideoFactory,
    GaleriVideoPageFactory,
)
from home.factories import BeritaUnggulanFactory, HomePageFactory
from portal.core.contoh.gambar import jpeg_demo
from portal.core.contoh.pdf import pdf_demo
from portal.core.factories import (
    PASSWORD_UJI,
    DocumentFactory,
    ImageFactory,
    OPDFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def test_image_factory_makes_a_real_jpeg_of_the_asked_size():
    besar = ImageFactory(title="Tepian Sungai Mahakam")
    kecil = ImageFactory(kecil=True)
    for gambar, ukuran in ((besar, (1600, 900)), (kecil, (320, 180))):
        gambar.full_clean()
        assert (gambar.width, gambar.height) == ukuran
        with gambar.open_file() as berkas:
            isi = berkas.read()
        assert PILImage.open(io.BytesIO(isi)).format == "JPEG"
        assert gambar.file_size == len(isi)
        assert gambar.file_hash
        assert gambar.collection == Collection.get_first_root_node()


def test_document_factory_makes_a_pdf_or_the_demo_video_and_captions():
    pdf = DocumentFactory(title="Daftar Informasi Publik")
    video = DocumentFactory(video=True)
    teks = DocumentFactory(teks_video=True)
    pdf.full_clean()
    with pdf.open_file() as berkas:
        assert berkas.read(5) == b"%PDF-"
    assert (pdf.file_extension, video.file_extension, teks.file_extension) == (
        "pdf",
        "webm",
        "vtt",
    )
    with teks.open_file() as berkas:
        assert berkas.read(6) == b"WEBVTT"
    assert video.file_size < 150_000


def test_generated_files_are_deterministic():
    assert jpeg_demo("Festival Erau", 320, 180) == jpeg_demo("Festival Erau", 320, 180)
    assert pdf_demo("Pergub", ["Pasal 1"], nomor="11 Tahun 2017") == pdf_demo(
        "Pergub", ["Pasal 1"], nomor="11 Tahun 2017"
    )


def test_opd_factory_makes_distinct_valid_agencies():
    semua = OPDFactory.create_batch(70)
    for opd in semua:
        opd.full_clean()
    assert len({opd.nama for opd in semua}) == 70
    assert OPDFactory(kode=semua[0].kode) == semua[0]  # looked up by code


def test_user_factory_adds_groups_by_name_or_object():
    editor, _dibuat = Group.objects.get_or_create(name="Editor")
    user = UserFactory(groups=["Petugas", editor])
    assert set(user.groups.values_list("name", flat=True)) == {"Petugas", "Editor"}
    assert user.check_password(PASSWORD_UJI)
    assert not user.is_superuser
    admin = UserFactory(superuser=True)
    assert admin.is_superuser and admin.is_staff


def test_snippet_factories_reuse_by_natural_key():
    kategori = KategoriBeritaFactory(slug="kesehatan", nama="Kesehatan")
    assert KategoriBeritaFactory(slug="kesehatan", nama="Kesehatan") == kategori
    assert kategori.locale == Locale.get_default()
    jenis = JenisDokumenFactory(nama="Peraturan Gubernur", singkatan="Pergub")
    assert JenisDokumenFactory(singkatan="Pergub") == jenis
    kategori.full_clean()
    jenis.full_clean()


def test_index_factories_reuse_the_index_under_a_parent():
    beranda = HomePageFactory()
    beranda.full_clean()
    for factory in (BeritaIndexPageFactory, DokumenIndexPageFactory, GaleriIndexPageFactory):
        indeks = factory(parent=beranda)
        indeks.full_clean()
        assert factory(parent=beranda) == indeks


def test_berita_page_factory_builds_a_valid_article():
    page = BeritaPageFactory(tags=["stunting", "posyandu"])
    page.full_clean()
    page.isi.stream_block.clean(page.isi)
    assert page.get_parent().specific_class.__name__ == "BeritaIndexPage"
    assert page.gambar_utama.width == 320
    assert page.kategori and page.opd and page.penulis
    assert set(page.tags.names()) == {"stunting", "posyandu"}
    kedua = BeritaPageFactory(parent=page.get_parent())
    kedua.full_clean()


def test_dokumen_page_factory_builds_a_public_document_with_an_attachment():
    page = DokumenPageFactory()
    page.full_clean()
    assert page.kategori_kip != KategoriKIP.DIKECUALIKAN
    assert page.title in {judul_lengkap(d, page.jenis.nama)[:255] for d in DOKUMEN}
    (lampiran,) = page.lampiran.all()
    assert lampiran.dokumen.file_extension == "pdf"
    assert DokumenPageFactory(lampiran=3).lampiran.count() == 3
    dokumen = DocumentFactory()
    assert list(DokumenPageFactory(lampiran=[dokumen]).lampiran.values_list("dokumen", flat=True))
    sendiri = DokumenLampiranFactory()
    sendiri.full_clean()
    assert sendiri.page.lampiran.count() == 1


def test_galeri_foto_factories_build_photos_with_alt_text():
    page = GaleriFotoPageFactory()
    page.full_clean()
    assert page.foto.count() == 2
    for foto in page.foto.all():
        foto.full_clean()
        assert foto.teks_alternatif
    GaleriFotoFactory(page=page).full_clean()
    assert page.get_sampul() is not None


def test_galeri_video_factories_set_exactly_one_source():
    page = GaleriVideoPageFactory()
    page.full_clean()
    (tautan,) = page.video.all()
    tautan.full_clean()
    assert tautan.url and not tautan.berkas_id
    unggahan = GaleriVideoFactory(page=page, unggahan=True)
    unggahan.full_clean()
    assert unggahan.berkas.file_extension == "webm" and not unggahan.url
    assert unggahan.teks_terjemahan.file_extension == "vtt"
    assert page.get_sampul() == unggahan.poster


def test_berita_unggulan_factory_links_news_under_the_same_home_page():
    unggulan = BeritaUnggulanFactory()
    assert unggulan.berita.get_parent().get_parent().specific == unggulan.page
    assert unggulan.page.get_berita_unggulan() == [unggulan.berita]
