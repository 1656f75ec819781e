"""Thin template tags for the public templates (DESIGN.md §6 rule 1: no logic lives here)."""

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from django import template
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from wagtail.models import Page, Site

from portal.core.bahasa import beranda_per_bahasa
from portal.core.cache_halaman import halaman_publik, leluhur_halaman, per_generasi
from portal.core.models import tipe_halaman_dengan
from portal.moderasi.policy import ZONA_WITA

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


@dataclass(frozen=True)
class Kerangka:
    """What the header, breadcrumbs and footer of every page show."""

    beranda: Page | None  # the site's home page in the active language
    menu_utama: list  # its live children shown in menus
    pencarian: Page | None  # its live search page


def _kerangka(site, kode):
    beranda = beranda_per_bahasa(site).get(kode) or site.root_page
    menu = list(beranda.get_children().live().in_menu())
    # The search page type says so itself (`adalah_halaman_pencarian`): the frame knows no app.
    jenis = tipe_halaman_dengan("adalah_halaman_pencarian")
    pencarian = (
        halaman_publik(Page.objects.type(*jenis).live().child_of(beranda)).specific().first()
    )
    return Kerangka(beranda=beranda, menu_utama=menu, pencarian=pencarian)


@register.simple_tag(takes_context=True)
def kerangka(context):
    """The page frame of the current site in the active language (None without a site),
    read once per cache generation: it changes only when pages are published or moved."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    kode = get_language()
    return per_generasi(("kerangka", site.pk, kode), lambda: _kerangka(site, kode))


@register.simple_tag(takes_context=True)
def halaman_pencarian(context):
    """The live search page of the current site in the active language, or None."""
    frame = kerangka(context)
    return frame.pencarian if frame is not None else None


@register.simple_tag
def leluhur(page):
    """The ancestors of `page`, root first (read once per generation)."""
    return leluhur_halaman(page)


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
