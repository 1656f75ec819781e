"""Factories of the shared models: images and documents with real files, agencies, users.

Used by the tests and by the demo seeding (DESIGN.md §6.6). Images are JPEGs drawn with Pillow
(1600×900 by default; `kecil=True` gives 320×180 for fast tests); documents are PDFs written
with fpdf2, or the committed demo video and its captions (`video=True`, `teks_video=True`).
"""

import io
from pathlib import Path

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Site
from wagtail.utils.file import hash_filelike

from portal.core.contoh import KABUPATEN_KOTA
from portal.core.contoh.gambar import jpeg_demo
from portal.core.contoh.pdf import pdf_demo
from portal.core.models import OPD

MEDIA_DEMO = Path(__file__).resolve().parent / "contoh" / "media"
VIDEO_CONTOH = MEDIA_DEMO / "video-contoh.webm"
TEKS_VIDEO_CONTOH = MEDIA_DEMO / "video-contoh.vtt"
PASSWORD_UJI = "Kaltim-Uji-Coba-2025"  # noqa: S105 - the known password of test users

# Titles of the photos ImageFactory invents: scenes of the province, one per regency or city.
JUDUL_FOTO = [
    f"{suasana} di {tempat}"
    for tempat in KABUPATEN_KOTA
    for suasana in ("Suasana pelayanan publik", "Pembangunan jalan", "Festival budaya")
]
JUDUL_DOKUMEN = [
    "Formulir Permohonan Informasi Publik",
    "Laporan Layanan Informasi Publik",
    "Daftar Informasi Publik",
    "Rencana Kerja Perangkat Daerah",
    "Laporan Kinerja Instansi Pemerintah",
    "Standar Pelayanan Publik",
]
# (bidang, singkatan) of the agencies OPDFactory invents, one per regency or city.
BIDANG_OPD = [
    ("Dinas Kesehatan", "Dinkes"),
    ("Dinas Pendidikan", "Disdik"),
    ("Dinas Pekerjaan Umum", "DPU"),
    ("Badan Penanggulangan Bencana Daerah", "BPBD"),
    ("Dinas Pariwisata", "Dispar"),
    ("Dinas Komunikasi dan Informatika", "Diskominfo"),
]
KOTA = {"Balikpapan", "Bontang", "Samarinda"}


def beranda_situs():
    """The home page of the default site: the one site tree every content area's factories
    build under. Tests get the portal's tree from the `beranda` fixture (setup_portal); without
    it, Wagtail's own default site and its welcome page stand in, so a factory alone works."""
    return Site.objects.select_related("root_page").get(is_default_site=True).root_page.specific


def koleksi_akar():
    return Collection.get_first_root_node()


def _nama_berkas(judul, ekstensi):
    return f"{slugify(judul)[:60].strip('-') or 'berkas'}.{ekstensi}"


def _wilayah(kab):
    return f"Kota {kab}" if kab in KOTA else f"Kabupaten {kab}"


def _isi_dokumen(o):
    if o.berkas_contoh:
        return Path(o.berkas_contoh).read_bytes()
    return pdf_demo(
        o.title,
        o.paragraf,
        unit=o.unit,
        nomor=o.nomor,
        tempat_tanggal=o.tempat_tanggal,
        tanggal=o.tanggal,
    )


class ImageFactory(wagtail_factories.ImageFactory):
    """A Wagtail image holding a real JPEG; `lebar`, `tinggi` and `tema` shape the drawing."""

    class Meta:
        model = get_image_model()

    class Params:
        lebar = 1600
        tinggi = 900
        tema = None  # "alam", "kota", "laut" or None for a choice made from the title
        kecil = factory.Trait(lebar=320, tinggi=180)
        isi_berkas = factory.LazyAttribute(lambda o: jpeg_demo(o.title, o.lebar, o.tinggi, o.tema))

    title = factory.Faker("random_element", elements=JUDUL_FOTO)
    collection = factory.LazyFunction(koleksi_akar)
    file = factory.LazyAttribute(
        lambda o: ContentFile(o.isi_berkas, name=_nama_berkas(o.title, "jpg"))
    )
    file_size = factory.LazyAttribute(lambda o: len(o.isi_berkas))
    file_hash = factory.LazyAttribute(lambda o: hash_filelike(io.BytesIO(o.isi_berkas)))


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A Wagtail document: a generated PDF, or the demo video (`video=True`) or its WebVTT
    captions (`teks_video=True`)."""

    class Meta:
        model = get_document_model()

    class Params:
        unit = "Dinas Komunikasi dan Informatika"
        nomor = ""
        tempat_tanggal = ""
        tanggal = None
        paragraf = factory.LazyAttribute(
            lambda o: [
                f"Dokumen ini memuat {o.title.lower()} di lingkungan Pemerintah Provinsi "
                "Kalimantan Timur, disusun sesuai Undang-Undang Nomor 14 Tahun 2008 tentang "
                "Keterbukaan Informasi Publik.",
                "Informasi lebih lanjut dapat diperoleh di layanan PPID Pemprov Kaltim, "
                "Jl. Gajah Mada No. 2, Samarinda.",
            ]
        )
        berkas_contoh = None  # None: a generated PDF; else the path of a committed file
        video = factory.Trait(title="Video contoh pemutar portal", berkas_contoh=VIDEO_CONTOH)
        teks_video = factory.Trait(
            title="Teks terjemahan video contoh (bahasa Indonesia)",
            berkas_contoh=TEKS_VIDEO_CONTOH,
        )
        isi_berkas = factory.LazyAttribute(_isi_dokumen)
        nama_berkas = factory.LazyAttribute(
            lambda o: (
                Path(o.berkas_contoh).name if o.berkas_contoh else _nama_berkas(o.title, "pdf")
            )
        )

    title = factory.Faker("random_element", elements=JUDUL_DOKUMEN)
    collection = factory.LazyFunction(koleksi_akar)
    file = factory.LazyAttribute(lambda o: ContentFile(o.isi_berkas, name=o.nama_berkas))
    file_size = factory.LazyAttribute(lambda o: len(o.isi_berkas))
    file_hash = factory.LazyAttribute(lambda o: hash_filelike(io.BytesIO(o.isi_berkas)))


class OPDFactory(DjangoModelFactory):
    """An agency; by default a regency/city agency ("Dinas Kesehatan Kabupaten Berau") with a
    code under the province's area code 64, so it never collides with the demo's provincial
    agencies. Looked up by `kode`: creating an existing code returns it unchanged."""

    class Meta:
        model = OPD
        django_get_or_create = ("kode",)

    class Params:
        bidang = factory.Sequence(lambda n: BIDANG_OPD[n % len(BIDANG_OPD)])
        kab = factory.Sequence(
            lambda n: KABUPATEN_KOTA[(n // len(BIDANG_OPD)) % len(KABUPATEN_KOTA)]
        )
        putaran = factory.Sequence(lambda n: n // (len(BIDANG_OPD) * len(KABUPATEN_KOTA)))

    kode = factory.Sequence(lambda n: f"64.{n:04d}")
    nama = factory.LazyAttribute(
        lambda o: f"{o.bidang[0]} {_wilayah(o.kab)}" + (f" {o.putaran + 1}" if o.putaran else "")
    )
    singkatan = factory.LazyAttribute(lambda o: f"{o.bidang[1]} {o.kab}"[:50])


class UserFactory(DjangoModelFactory):
    """A user; `groups=[...]` takes Group objects or group names (created when missing),
    `superuser=True` makes an administrator."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    class Params:
        superuser = factory.Trait(is_superuser=True, is_staff=True)

    username = factory.Sequence(lambda n: f"pengguna{n}")
    first_name = factory.Faker("first_name", locale="id_ID")
    last_name = factory.Faker("last_name", locale="id_ID")
    # example.com is reserved (RFC 2606): no mail can reach a real inbox.
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.com")
    password = factory.django.Password(PASSWORD_UJI)
    is_active = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if not create or not extracted:
            return
        for grup in extracted:
            if not isinstance(grup, Group):
                grup, _dibuat = Group.objects.get_or_create(name=grup)
            self.groups.add(grup)
