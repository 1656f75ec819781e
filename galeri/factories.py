"""Factories of the galeri app, for tests and the demo seeding.

`GaleriFotoPageFactory()` builds a valid photo gallery with two small photos (`foto=n` for n,
`foto=[image, ...]` for given images); `GaleriVideoPageFactory()` one with a YouTube link
(`video=n`). `GaleriVideoFactory(unggahan=True)` uploads the committed demo WebM instead, with a
poster image and WebVTT captions.
"""

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from galeri.demo import ALBUM, VIDEO_GALERI
from galeri.models import GaleriFoto, GaleriFotoPage, GaleriIndexPage, GaleriVideo, GaleriVideoPage
from portal.core.factories import DocumentFactory, ImageFactory, beranda_situs

FOTO = [foto for album in ALBUM for foto in album.foto]


class GaleriIndexPageFactory(wagtail_factories.PageFactory):
    """The gallery index; under a given `parent` an existing index with the slug is reused."""

    class Meta:
        model = GaleriIndexPage
        django_get_or_create = ("parent", "slug")

    parent = factory.LazyFunction(beranda_situs)
    title = "Galeri"
    slug = "galeri"


class _GaleriPageFactory(wagtail_factories.PageFactory):
    class Meta:
        abstract = True
        skip_postgeneration_save = True

    class Params:
        album = factory.Faker("random_element", elements=ALBUM)

    parent = factory.SubFactory(GaleriIndexPageFactory)
    title = factory.LazyAttribute(lambda o: o.album.judul)
    slug = factory.LazyAttributeSequence(lambda o, n: f"{slugify(o.title)[:70].strip('-')}-{n}")
    tanggal = factory.LazyFunction(timezone.localdate)
    deskripsi = factory.LazyAttribute(lambda o: o.album.deskripsi)


class GaleriFotoPageFactory(_GaleriPageFactory):
    class Meta:
        model = GaleriFotoPage

    @factory.post_generation
    def foto(self, create, extracted, **kwargs):
        if not create:
            return
        if extracted is None:
            extracted = 2
        if isinstance(extracted, int):
            for _ in range(extracted):
                GaleriFotoFactory(page=self, **kwargs)
        else:
            for gambar in extracted:
                GaleriFotoFactory(page=self, gambar=gambar, **kwargs)


class GaleriFotoFactory(DjangoModelFactory):
    """One photo with alt text, caption and credit; a small drawn image by default."""

    class Meta:
        model = GaleriFoto

    class Params:
        contoh = factory.Faker("random_element", elements=FOTO)

    page = factory.SubFactory(GaleriFotoPageFactory, foto=0)
    gambar = factory.SubFactory(
        ImageFactory, kecil=True, title=factory.SelfAttribute("..keterangan")
    )
    teks_alternatif = factory.LazyAttribute(lambda o: o.contoh.alt)
    keterangan = factory.LazyAttribute(lambda o: o.contoh.keterangan)
    kredit = factory.Faker("name", locale="id_ID")


class GaleriVideoPageFactory(_GaleriPageFactory):
    class Meta:
        model = GaleriVideoPage

    title = VIDEO_GALERI["judul"]
    deskripsi = VIDEO_GALERI["deskripsi"]

    @factory.post_generation
    def video(self, create, extracted, **kwargs):
        if not create:
            return
        for _ in range(1 if extracted is None else extracted):
            GaleriVideoFactory(page=self, **kwargs)


class GaleriVideoFactory(DjangoModelFactory):
    """A YouTube link by default; `unggahan=True` for the uploaded WebM with poster and captions
    (exactly one of `berkas` and `url` is set either way)."""

    class Meta:
        model = GaleriVideo

    class Params:
        unggahan = factory.Trait(
            judul=VIDEO_GALERI["video_berkas"],
            url="",
            berkas=factory.SubFactory(DocumentFactory, video=True),
            poster=factory.SubFactory(
                ImageFactory, kecil=True, title="Poster video contoh", tema="kota"
            ),
            teks_terjemahan=factory.SubFactory(DocumentFactory, teks_video=True),
        )

    page = factory.SubFactory(GaleriVideoPageFactory, video=0)
    judul = VIDEO_GALERI["video_tautan"]
    url = VIDEO_GALERI["url"]
    berkas = None
    poster = None
    teks_terjemahan = None
