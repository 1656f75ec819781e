"""Public views of the core app (thin: they read the site settings and answer)."""

import re

from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.utils.cache import patch_cache_control
from django.views.decorators.http import condition, require_safe

from portal.core.models import PengaturanSitus

WARNA_BAWAAN = "#0B5394"
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")
# WCAG 2.1 AA for normal text: white text on the agency colour (header, buttons) needs 4.5:1.
KONTRAS_MINIMUM = 4.5
# A URL carrying the colour it was made for (?v=…) never changes: browsers keep it a year.
UMUR_VERSI = 365 * 24 * 60 * 60
UMUR_TANPA_VERSI = 5 * 60


def _kanal(hex_warna):
    return [int(hex_warna[i : i + 2], 16) for i in (1, 3, 5)]


def _hex(kanal):
    return "#" + "".join(f"{max(0, min(255, round(k))):02x}" for k in kanal)


def _luminans(kanal):
    def linear(k):
        k /= 255
        return k / 12.92 if k <= 0.03928 else ((k + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(k) for k in kanal)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def kontras_dengan_putih(hex_warna):
    return 1.05 / (_luminans(_kanal(hex_warna)) + 0.05)


def warna_tema(warna):
    """The primary colour for the stylesheet: the configured one when it is a valid hex
    colour, darkened step by step until white text on it reaches WCAG AA; the default
    otherwise. Returns (utama, gelap), the dark variant used for hover and the menu bar."""
    warna = warna if warna and _HEX.match(warna) else WARNA_BAWAAN
    kanal = _kanal(warna)
    while kontras_dengan_putih(_hex(kanal)) < KONTRAS_MINIMUM:
        kanal = [k * 0.92 for k in kanal]
    return _hex(kanal), _hex([k * 0.72 for k in kanal])


def _warna_situs(request):
    return PengaturanSitus.load(request_or_site=request).warna_utama


def _etag(request):
    return '"' + _warna_situs(request).lower().lstrip("#") + '"'


@require_safe
@condition(etag_func=_etag)
def tema_css(request):
    """`:root{--warna-utama:…}` from the site settings: the agency colour without any inline
    style, so a strict Content-Security-Policy (style-src 'self') holds."""
    warna = _warna_situs(request)
    utama, gelap = warna_tema(warna)
    respons = HttpResponse(
        f":root{{--warna-utama:{utama};--warna-utama-gelap:{gelap}}}\n",
        content_type="text/css; charset=utf-8",
    )
    versi = request.GET.get("v", "")
    if versi and versi.lower() == warna.lower().lstrip("#"):
        patch_cache_control(respons, public=True, max_age=UMUR_VERSI, immutable=True)
    else:
        patch_cache_control(respons, public=True, max_age=UMUR_TANPA_VERSI)
    return respons


@require_safe
def tanpa_awalan_bahasa_bawaan(request, sisa=""):
    """`/id/…`: Indonesian pages live without a prefix (the default language), so a link or a
    habit that adds one gets the same page permanently, with its query string. Leading slashes
    are dropped so `/id//x.example` cannot become a protocol-relative link to another host."""
    tujuan = "/" + sisa.lstrip("/\\")
    if request.META.get("QUERY_STRING"):
        tujuan += "?" + request.META["QUERY_STRING"]
    return HttpResponsePermanentRedirect(tujuan)
