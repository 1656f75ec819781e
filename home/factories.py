"""Factories of the home app, for tests and the demo seeding."""

import factory
import wagtail_factories
from wagtail.models import Page

from home.models import BeritaUnggulan, HomePage


def halaman_akar():
    return Page.get_first_root_node()


class HomePageFactory(wagtail_factories.PageFactory):
    """A home page, under the tree's root unless `parent=` is given."""

    class Meta:
        model = HomePage

    parent = factory.LazyFunction(halaman_akar)
    title = factory.Sequence(lambda n: f"Portal Pemprov Kaltim {n}")
    slug = factory.Sequence(lambda n: f"beranda-{n}")
    intro = "<p>Portal resmi Pemerintah Provinsi Kalimantan Timur.</p>"


class BeritaUnggulanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BeritaUnggulan

    page = factory.SubFactory(HomePageFactory)
    berita = factory.SubFactory(
        "berita.factories.BeritaPageFactory", parent__parent=factory.SelfAttribute("...page")
    )
