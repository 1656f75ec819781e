"""Factories of the dokumen app, for tests and the demo seeding.

`DokumenPageFactory()` builds a valid public document (home → index → document) with one PDF
attachment; `lampiran=n` attaches n generated PDFs, `lampiran=[doc, ...]` attaches the given
Wagtail documents, `lampiran=0` none (the admin form then refuses to save it).
"""

import factory
import wagtail_factories
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from dokumen.demo import DOKUMEN, judul_lengkap
from dokumen.models import DokumenIndexPage, DokumenLampiran, DokumenPage, JenisDokumen
from dokumen.penyiapan import JENIS_DOKUMEN
from portal.core.factories import DocumentFactory, OPDFactory, beranda_situs


def _jenis(singkatan):
    return next(jenis for jenis in JENIS_DOKUMEN if jenis[1] == singkatan)


class JenisDokumenFactory(DjangoModelFactory):
    """A document type; looked up by `singkatan` (get-or-create)."""

    class Meta:
        model = JenisDokumen
        django_get_or_create = ("singkatan",)

    class Params:
        putaran = factory.Sequence(lambda n: n // len(JENIS_DOKUMEN))
        jenis = factory.Sequence(lambda n: JENIS_DOKUMEN[n % len(JENIS_DOKUMEN)])

    nama = factory.LazyAttribute(lambda o: o.jenis[0] + (f" {o.putaran + 1}" if o.putaran else ""))
    singkatan = factory.LazyAttribute(
        lambda o: o.jenis[1] + (f"-{o.putaran + 1}" if o.putaran else "")
    )


class DokumenIndexPageFactory(wagtail_factories.PageFactory):
    """The document index; under a given `parent` an existing index with the slug is reused."""

    class Meta:
        model = DokumenIndexPage
        django_get_or_create = ("parent", "slug")

    parent = factory.LazyFunction(beranda_situs)
    title = "Dokumen Publik"
    slug = "dokumen"


class DokumenPageFactory(wagtail_factories.PageFactory):
    """A public document; `dokumen=` picks the demo entry its texts come from."""

    class Meta:
        model = DokumenPage
        skip_postgeneration_save = True

    class Params:
        dokumen = factory.Faker("random_element", elements=DOKUMEN)

    parent = factory.SubFactory(DokumenIndexPageFactory)
    jenis = factory.SubFactory(
        JenisDokumenFactory,
        jenis=factory.LazyAttribute(lambda o: _jenis(o.factory_parent.dokumen.jenis)),
        putaran=0,
    )
    title = factory.LazyAttribute(lambda o: judul_lengkap(o.dokumen, o.jenis.nama)[:255])
    slug = factory.LazyAttributeSequence(lambda o, n: f"{slugify(o.title)[:70].strip('-')}-{n}")
    nomor = factory.LazyAttribute(lambda o: o.dokumen.nomor)
    tahun = factory.LazyAttribute(lambda o: o.dokumen.tahun)
    # The demo entries never hold "dikecualikan": exempt information is not for a public portal.
    kategori_kip = factory.LazyAttribute(lambda o: o.dokumen.kip)
    opd = factory.SubFactory(OPDFactory)
    tanggal_terbit = factory.LazyAttribute(lambda o: o.dokumen.tanggal)
    status = factory.LazyAttribute(lambda o: o.dokumen.status)
    ringkasan = factory.LazyAttribute(lambda o: o.dokumen.ringkasan)
    penanggung_jawab = factory.LazyAttribute(lambda o: o.dokumen.penanggung_jawab)
    tempat_pembuatan = "Samarinda"
    bentuk_informasi = factory.LazyAttribute(lambda o: o.dokumen.bentuk)
    jangka_waktu_penyimpanan = factory.LazyAttribute(lambda o: o.dokumen.jangka)
    tanggal_pembaruan = factory.LazyAttribute(lambda o: o.dokumen.tanggal)

    @factory.post_generation
    def lampiran(self, create, extracted, **kwargs):
        if not create:
            return
        if extracted is None:
            extracted = 1
        if isinstance(extracted, int):
            for _ in range(extracted):
                DokumenLampiranFactory(page=self, **kwargs)
        else:
            for dokumen in extracted:
                DokumenLampiranFactory(page=self, dokumen=dokumen, **kwargs)


class DokumenLampiranFactory(DjangoModelFactory):
    """One attached file; by default a small generated PDF titled after the page."""

    class Meta:
        model = DokumenLampiran

    page = factory.SubFactory(DokumenPageFactory, lampiran=0)
    dokumen = factory.SubFactory(
        DocumentFactory,
        title=factory.SelfAttribute("..page.title"),
        nomor=factory.SelfAttribute("..page.nomor"),
        paragraf=factory.LazyAttribute(lambda o: [o.factory_parent.page.ringkasan]),
    )
    judul = ""
