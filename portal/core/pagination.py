"""One pagination rule for every public listing: a bad page number never errors."""

from django.core.paginator import Paginator


def paginate(request, object_list, per_page):
    """Return the requested page; a missing or malformed number gives the first page and a
    number past the end gives the last one (Django's `get_page` rule)."""
    return Paginator(object_list, per_page).get_page(request.GET.get("page"))
