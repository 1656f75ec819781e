"""Thin template tags for the public templates (DESIGN.md §6 rule 1: no logic lives here)."""

from django import template
from wagtail.models import Site

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
