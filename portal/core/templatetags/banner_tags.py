"""The site-wide emergency banner (thin: the query lives on PengumumanSertaMertaPage)."""

from django import template

from berita.models import PengumumanSertaMertaPage
from portal.core.cache_halaman import berlaku_sampai

register = template.Library()

BANNER_MAKSIMUM = 3


@register.simple_tag(takes_context=True)
def banner_darurat(context):
    """Live serta-merta announcements whose banner is on and not expired, newest first, in the
    active language; the page being shown is left out (it is the announcement itself)."""
    pengumuman = PengumumanSertaMertaPage.untuk_banner()
    page = context.get("page")
    if page is not None and getattr(page, "pk", None):
        pengumuman = pengumuman.exclude(pk=page.pk)
    daftar = list(pengumuman[:BANNER_MAKSIMUM])
    # The page changes when the first banner shown ends (one hidden behind it then appears).
    berlaku_sampai(context.get("request"), min((p.banner_berakhir for p in daftar), default=None))
    return daftar
