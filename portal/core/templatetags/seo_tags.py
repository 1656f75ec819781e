"""Thin template tags of the page head and the language switcher (logic: portal/core/seo.py and
portal/core/bahasa.py)."""

from django import template
from django.utils.translation import get_language

from portal.core.bahasa import tautan_bahasa
from portal.core.models import PengaturanSitus
from portal.core.seo import seo_halaman

register = template.Library()


@register.simple_tag(takes_context=True)
def seo(context):
    """Canonical URL, hreflang alternates, Open Graph, Twitter card and JSON-LD of the page
    being shown (None outside a Wagtail page)."""
    request = context.get("request")
    pengaturan = PengaturanSitus.load(request_or_site=request)
    return seo_halaman(context.get("page"), request, pengaturan)


@register.simple_tag(takes_context=True)
def pilihan_bahasa(context):
    """The language switcher's links: the page's translation, else that language's home."""
    return tautan_bahasa(context.get("page"), context.get("request"), get_language())
