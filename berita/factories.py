"""Factories of the berita app, for tests and the demo seeding.

`BeritaPageFactory()` builds a whole valid tree (home → news index → article) with a small lead
image; pass `parent=` to put the article under an existing index. Texts come from the demo's
Indonesian articles (`berita/demo.py`).
"""

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from berita.demo import BERITA, KATEGORI_BERITA
from berita.models import BeritaIndexPage, BeritaPage, KategoriBerita
from portal.core.factories import ImageFactory, OPDFactory, beranda_situs


def paragraf_html(*paragraf):
    return "".join(f"<p>{p}</p>" for p in paragraf)


class KategoriBeritaFactory(DjangoModelFactory):
    """A news category in the default locale; looked up by slug and locale (get-or-create)."""

    class Meta:
        model = KategoriBerita
        django_get_or_create = ("slug", "locale")

    nama = factory.Sequence(
        lambda n: (
            KATEGORI_BERITA[n % len(KATEGORI_BERITA)][1]
            + (f" {n // len(KATEGORI_BERITA) + 1}" if n >= len(KATEGORI_BERITA) else "")
        )
    )
    slug = factory.LazyAttribute(lambda o: slugify(o.nama))
    locale = factory.LazyFunction(Locale.get_default)


class BeritaIndexPageFactory(wagtail_factories.PageFactory):
    """The news index; under a given `parent` an existing index with the same slug is reused."""

    class Meta:
        model = BeritaIndexPage
        django_get_or_create = ("parent", "slug")

    parent = factory.LazyFunction(beranda_situs)
    title = "Berita"
    slug = "berita"


class BeritaPageFactory(wagtail_factories.PageFactory):
    """A news article; `tags=[...]` adds tags, `artikel=` picks the demo text it is made of."""

    class Meta:
        model = BeritaPage
        skip_postgeneration_save = True

    class Params:
        artikel = factory.Faker("random_element", elements=BERITA)

    parent = factory.SubFactory(BeritaIndexPageFactory)
    title = factory.LazyAttribute(lambda o: o.artikel.judul)
    slug = factory.LazyAttributeSequence(lambda o, n: f"{slugify(o.title)[:70].strip('-')}-{n}")
    tanggal = factory.LazyFunction(timezone.localdate)
    ringkasan = factory.LazyAttribute(lambda o: o.artikel.ringkasan)
    gambar_utama = factory.SubFactory(
        ImageFactory, kecil=True, title=factory.SelfAttribute("..title")
    )
    keterangan_gambar = factory.LazyAttribute(lambda o: f"Ilustrasi: {o.title}"[:255])
    kredit_gambar = factory.Faker("name", locale="id_ID")
    isi = factory.LazyAttribute(
        lambda o: [{"type": "paragraf", "value": paragraf_html(*o.artikel.paragraf)}]
    )
    kategori = factory.SubFactory(
        KategoriBeritaFactory,
        slug=factory.SelfAttribute("..artikel.kategori"),
        nama=factory.LazyAttribute(lambda o: dict(KATEGORI_BERITA)[o.slug]),
    )
    opd = factory.SubFactory(OPDFactory)
    penulis = factory.Faker("name", locale="id_ID")

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if extracted:
            self.tags.add(*extracted)
            if create:
                self.save()
