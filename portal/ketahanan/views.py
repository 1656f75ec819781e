"""The server-error handler (`handler500` in portal/urls.py): a database that cannot be reached
answers 503 with `Retry-After` instead of 500.

Django turns an exception anywhere in the request — a view, a template, or a middleware such
as the session or page-cache one — into a response by calling `handler500` inside its `except`
block (django/core/handlers/exception.py), so this one place sees all of them; a middleware's
`process_exception` would see only the view's. While PostgreSQL restarts (or fails over),
connecting raises `OperationalError` and a connection cut mid-request raises `OperationalError`
or `InterfaceError`; the next request opens a fresh connection (`CONN_HEALTH_CHECKS` drops a
dead persistent one), so the portal recovers by itself and the visitor is told to retry.

The media store (S3) failing to answer is the same kind of passing outage: 503 as well
(portal/ketahanan/penyimpanan.py).

The 503 page, like 500.html, is rendered without a request context: no context processor, site
setting or session may touch the database that has just failed.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token
from django.views.defaults import server_error

from portal.ketahanan.penyimpanan import penyimpanan_tidak_tersedia, rantai_memuat

# A restart of PostgreSQL takes seconds; browsers and crawlers may retry after this many.
RETRY_AFTER_DETIK = 10
TEMPLAT_503 = "503.html"


def basis_data_tidak_tersedia(galat):
    """Is `galat` (or an exception it was raised from) the database being unreachable?"""
    return rantai_memuat(galat, (OperationalError, InterfaceError))


def respons_503():
    isi = loader.get_template(TEMPLAT_503).render()
    response = HttpResponse(isi, status=503)
    response["Retry-After"] = str(RETRY_AFTER_DETIK)
    # Never kept by a browser, CDN or the page cache: the outage is over in seconds.
    response["Cache-Control"] = "no-store"
    return response


@requires_csrf_token
def galat_server(request, template_name="500.html"):
    galat = sys.exc_info()[1]
    if basis_data_tidak_tersedia(galat) or penyimpanan_tidak_tersedia(galat):
        return respons_503()
    return server_error(request, template_name=template_name)
