"""The site-wide emergency banner (thin: the query lives on the page types that carry one,
`punya_banner_darurat`, such as berita's serta-merta announcement)."""

from django import template
from django.utils import timezone

from portal.core.bahasa import locale_aktif
from portal.core.cache_halaman import berlaku_sampai, per_generasi
from portal.core.models import tipe_halaman_dengan

register = template.Library()

BANNER_MAKSIMUM = 3


@register.simple_tag(takes_context=True)
def banner_darurat(context):
    """Live serta-merta announcements whose banner is on and not expired, newest first, in the
    active language; the page being shown is left out (it is the announcement itself).

    The announcements with a banner are read once per cache generation (only a publish
    changes them); which of them have not ended yet is decided at each request."""
    locale = locale_aktif()
    sekarang = timezone.now()
    kandidat = per_generasi(("banner", locale.pk), lambda: _dengan_banner(locale))
    page = context.get("page")
    kecuali = getattr(page, "pk", None)
    daftar = [p for p in kandidat if p.banner_berakhir > sekarang and p.pk != kecuali]
    daftar = daftar[:BANNER_MAKSIMUM]
    # The page changes when the first banner shown ends (one hidden behind it then appears).
    berlaku_sampai(context.get("request"), min((p.banner_berakhir for p in daftar), default=None))
    return daftar


def _dengan_banner(locale):
    """Live pages with a banner, ended or not, of every page type that carries one, newest
    first (each type's `dengan_banner` orders its own)."""
    return [
        p
        for model in tipe_halaman_dengan("punya_banner_darurat")
        for p in model.dengan_banner(locale)
    ]
