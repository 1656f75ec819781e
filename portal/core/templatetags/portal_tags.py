"""Thin template tags for the public templates (DESIGN.md §6 rule 1: no logic lives here)."""

from datetime import datetime
from urllib.parse import quote

from django import template
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.models import Site

from portal.moderasi.policy import ZONA_WITA
from search.models import SearchPage

register = template.Library()


@register.simple_tag
def rentang_halaman(halaman, di_sisi=1, di_ujung=1):
    """Page numbers around the current page with "…" gaps (Django's elided page range), so a
    listing with hundreds of pages still gets a short pagination bar."""
    return list(
        halaman.paginator.get_elided_page_range(
            halaman.number, on_each_side=di_sisi, on_ends=di_ujung
        )
    )


@register.simple_tag(takes_context=True)
def halaman_pencarian(context):
    """The live search page of the current site in the active language, or None.

    Memoised on the request: the header and the 404 page both ask for it."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_portal_halaman_pencarian"):
        site = Site.find_for_request(request)
        hasil = None
        if site is not None:
            beranda = site.root_page.localized
            hasil = SearchPage.objects.live().public().child_of(beranda).first()
        request._portal_halaman_pencarian = hasil
    return request._portal_halaman_pencarian


@register.filter
def tanggal_panjang(nilai):
    """The long Indonesian date, "Senin, 24 November 2026"; datetimes are read in WITA."""
    if not nilai:
        return ""
    if isinstance(nilai, datetime):
        nilai = timezone.localtime(nilai, ZONA_WITA)
    return date_format(nilai, "l, j F Y")


@register.filter
def jam_wita(nilai):
    """An aware datetime as the clock time in Makassar, "08.00 WITA"."""
    if not nilai:
        return ""
    return f"{timezone.localtime(nilai, ZONA_WITA):%H.%M} WITA"


# Share links are plain links to each network's own share page: no script, widget or request
# reaches a third party until the citizen follows one.
_BAGIKAN = (
    ("WhatsApp", "https://wa.me/?text={teks}%20{url}"),
    ("Facebook", "https://www.facebook.com/sharer/sharer.php?u={url}"),
    ("X", "https://twitter.com/intent/tweet?url={url}&text={teks}"),
    ("Telegram", "https://t.me/share/url?url={url}&text={teks}"),
    ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url={url}"),
    ("E-mail", "mailto:?subject={teks}&body={url}"),
)


@register.simple_tag
def tautan_bagikan(url, judul):
    """[(network, share URL), ...] for a page's absolute URL and title."""
    url_aman, teks = quote(url or "", safe=""), quote(judul or "", safe="")
    return [(nama, pola.format(url=url_aman, teks=teks)) for nama, pola in _BAGIKAN]
