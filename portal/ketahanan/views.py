"""The server-error handler (`handler500` in portal/urls.py): a database that cannot be reached
answers 503 with `Retry-After` instead of 500.

Django turns an exception anywhere in the request — a view, a template, or a middleware such
as the session or page-cache one — into a response by calling `handler500` inside its `except`
block (django/core/handlers/exception.py), so this one place sees all of them; a middleware's
`process_exception` would see only the view's. While PostgreSQL restarts (or fails over),
connecting raises `OperationalError` and a connection cut mid-request raises `OperationalError`
or `InterfaceError`; the next request opens a fresh connection (`CONN_HEALTH_CHECKS` drops a
dead persistent one), so the portal recovers by itself and the visitor is told to retry.

The 503 page, like 500.html, is rendered without a request context: no context processor, site
setting or session may touch the database that has just failed.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token
from django.views.defaults import server_error

# A restart of PostgreSQL takes seconds; browsers and crawlers may retry after this many.
RETRY_AFTER_DETIK = 10
TEMPLAT_503 = "503.html"


def basis_data_tidak_tersedia(galat):
    """Is `galat` (or an exception it was raised from) the database being unreachable?"""
    dilihat = set()
    while galat is not None and id(galat) not in dilihat:  # a chain may loop back on itself
        if isinstance(galat, (OperationalError, InterfaceError)):
            return True
        dilihat.add(id(galat))
        galat = galat.__cause__ or galat.__context__
    return False


def respons_503():
    isi = loader.get_template(TEMPLAT_503).render()
    response = HttpResponse(isi, status=503)
    response["Retry-After"] = str(RETRY_AFTER_DETIK)
    # Never kept by a browser, CDN or the page cache: the outage is over in seconds.
    response["Cache-Control"] = "no-store"
    return response


@requires_csrf_token
def galat_server(request, template_name="500.html"):
    if basis_data_tidak_tersedia(sys.exc_info()[1]):
        return respons_503()
    return server_error(request, template_name=template_name)
