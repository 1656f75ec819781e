"""HTTP caching: the page cache for anonymous visitors, and a year of cache for static files.

The page cache keeps the rendered HTML of public page views (Wagtail's `serve` and the
sitemap) in Django's cache: Redis in production (REDIS_URL), this process's memory otherwise.

What is cached: anonymous GET/HEAD requests without a session or messages cookie whose
response is a plain 200 that sets no cookie, used no CSRF token, did not touch the session and
did not ask for privacy itself. The key is host + full path (with query string) + language +
the cache *generation*.

Invalidation: every publish, unpublish, move or delete of a page (the editor, workflows, the
scheduler, scripts: they all send Wagtail's signals or Django's post_delete) bumps the
generation, so every cached page — home, indexes, feeds, sitemap, the page itself — is missed
from then on; the old entries expire by themselves. This is coarse but cannot miss a page that
"shows" the changed one. The generation lives in the same cache, so with Redis one bump reaches
every app server and the scheduler at once; the local-memory default only suits one process.

Content that changes by the clock alone (an emergency banner's end, today's service hours)
tells the cache when it stops being true with `berlaku_sampai(request, saat)`: the copy is
stored no longer than that and is not served from that moment on, even if the cache keeps it.

The middleware is the outermost one, so what it stores is the finished response, with the
security headers (CSP, HSTS, Permissions-Policy) the inner middleware added, and a hit is
those bytes sent again: one cache round trip (`get_many` of the generation and the page's
entry, which records the generation it was stored in), before any other middleware and before
URL resolving. Hits of the hottest pages come sooner still: each worker keeps a copy of them
(portal/core/cache_lokal.py, emptied by every invalidation at once) and `WSGIHandlerPortal`
answers from it before Django's request cycle. The key's language is the one the URL gives
(i18n_patterns without a prefix for the default language: the path alone decides), and a
response is stored only when the language it was rendered in is that one; its scheme is part
of the key (an http request gets the inner middleware's redirect to https, never a copy).

The same generation also keys `per_generasi`: data every page shows (menus, the site settings,
the home pages of each language, the private sections) memoised in this process for as long as
no page changes, so an uncached page does not query it again.

Responses: `Cache-Control: public, max-age=PORTAL_CACHE_BROWSER_DETIK` (plus `s-maxage` when a
CDN is purged by Wagtail's frontend cache) for cacheable pages; `private, no-cache` for page
views of logged-in editors. Previews are admin views and never pass through here.
"""

import hashlib
import logging
import time
from contextvars import ContextVar
from http import HTTPStatus

from django.conf import settings
from django.core.cache import cache, caches
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIHandler
from django.db import transaction
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from whitenoise.middleware import WhiteNoiseMiddleware

from portal.core import cache_lokal

# URLs per part of the sitemap index (portal.core.seo.SitemapPortal.limit): a part is built per
# request, so its size bounds the time of one uncached view; a purge names every part.
URL_PER_BAGIAN_PETA_SITUS = 500

logger = logging.getLogger(__name__)

KUNCI_GENERASI = "halaman:generasi"
# Views whose anonymous responses are cached (dotted module.name of the resolved view).
VIEW_DICACHE = {
    "wagtail.views.serve",
    "wagtail.contrib.sitemaps.views.index",
    "wagtail.contrib.sitemaps.views.sitemap",
    "django.contrib.sitemaps.views.index",
    "django.contrib.sitemaps.views.sitemap",
    "berita.feeds.rss",
    "berita.feeds.atom",
    "portal.core.seo.robots_txt",
}
# Cookies that can change what an anonymous visitor sees (passed page passwords, messages).
COOKIE_PRIBADI = ("messages",)
HEADER_STATUS = "X-Cache-Halaman"


class StatisSetahunMiddleware(WhiteNoiseMiddleware):
    """WhiteNoise, with hashed static files cacheable for one year instead of its ten."""

    FOREVER = 365 * 24 * 60 * 60


# --- generation ------------------------------------------------------------------------------


def generasi():
    """The current cache generation, or None when the cache cannot be reached."""
    nilai = cache.get(KUNCI_GENERASI)
    if nilai is None:
        # A fresh (or evicted) counter starts from the clock, never from a number an older
        # generation may already have used.
        cache.add(KUNCI_GENERASI, time.time_ns(), timeout=None)
        nilai = cache.get(KUNCI_GENERASI)
    return nilai


# The generation read at the start of the request being served (None outside a request or
# when the cache is unreachable: nothing is memoised then).
_generasi_permintaan = ContextVar("generasi_permintaan", default=None)
_memo = {"generasi": None, "isi": {}}


def per_generasi(kunci, hitung):
    """`hitung()`, memoised in this process until the cache generation changes.

    For what every page shows and only a publish, unpublish, move, delete or a saved setting,
    snippet, site, locale or view restriction changes (all of them bump the generation). The
    value is shared by the requests this process serves: read-only data only. Outside a
    request it is computed every time."""
    gen = _generasi_permintaan.get()
    if gen is None:
        return hitung()
    if _memo["generasi"] != gen:
        _memo["generasi"], _memo["isi"] = gen, {}
    isi = _memo["isi"]
    if kunci not in isi:
        isi[kunci] = hitung()
    return isi[kunci]


def lupakan_memo():
    """Forget what `per_generasi` holds. Needed where the clock is frozen (tests under
    time_machine): every fresh cache then starts at the same generation, and another test's
    memo would pass for this one's."""
    _memo["generasi"], _memo["isi"] = None, {}


def pasang_relasi_kecil(obj, **relasi):
    """Fill the foreign keys of `obj` named in `relasi` (field name → model of a small table:
    categories, agencies, document types) from a copy of the whole table read once per
    generation, instead of one query per field and view. Outside a request: left as it is."""
    if _generasi_permintaan.get() is None:
        return
    for nama, model in relasi.items():
        pk = getattr(obj, f"{nama}_id")
        if pk is None:
            continue
        baris = per_generasi(
            ("baris", model._meta.label), lambda m=model: {o.pk: o for o in m.objects.all()}
        )
        if pk in baris:
            setattr(obj, nama, baris[pk])


def halaman_publik(halaman):
    """`halaman` (a PageQuerySet) without the pages of private sections, like Wagtail's
    `.public()` but reading the view restrictions once per generation instead of per call."""
    from django.db.models import Q
    from wagtail.models import PageViewRestriction

    def _jalur():
        return list(PageViewRestriction.objects.values_list("page__path", flat=True))

    pribadi = Q()
    for jalur in per_generasi("jalur_pribadi", _jalur):
        pribadi |= Q(path__startswith=jalur)
    return halaman.exclude(pribadi) if pribadi else halaman


def leluhur_halaman(page):
    """The ancestors of `page`, root first. Read once per cache generation for all the pages
    that share a parent (every berita of an index shares them)."""
    if page is None or not getattr(page, "pk", None):
        return []
    induk = page.path[: -page.steplen]
    return per_generasi(("leluhur", induk), lambda: list(page.get_ancestors()))


def naikkan_generasi():
    """Forget every cached page (by moving to a new generation), in every worker's local copy
    too."""
    if cache_lokal.naikkan_dan_umumkan(caches["default"], KUNCI_GENERASI, time.time_ns()):
        return
    try:
        cache.incr(KUNCI_GENERASI)
    except ValueError:  # no counter yet (or evicted): any fresh one is new
        cache.set(KUNCI_GENERASI, time.time_ns(), timeout=None)


def invalidasi_halaman():
    """Invalidate now, and once more when the transaction commits: a request that read the
    old rows between the first bump and the commit must not keep its copy."""
    naikkan_generasi()
    transaction.on_commit(naikkan_generasi)


def berlaku_sampai(request, saat):
    """The response being rendered for `request` shows something that changes at `saat` by the
    clock alone: its cached copy must not be served from then on."""
    if request is None or saat is None:
        return
    sebelumnya = getattr(request, "_cache_halaman_sampai", None)
    if sebelumnya is None or saat < sebelumnya:
        request._cache_halaman_sampai = saat


def _umur_simpan(request):
    """Seconds the response may stay in the cache: the setting, shortened by `berlaku_sampai`
    (0 or less: not at all)."""
    umur = settings.PORTAL_CACHE_HALAMAN_DETIK
    sampai = getattr(request, "_cache_halaman_sampai", None)
    if sampai is not None:
        umur = min(umur, int((sampai - timezone.now()).total_seconds()))
    return umur


# --- middleware ------------------------------------------------------------------------------


def _nama_view(view_func):
    view_func = getattr(view_func, "view_class", view_func)
    return f"{view_func.__module__}.{view_func.__name__}"


def _boleh_dari_cache(request):
    """May this request be answered from the cache? Decided from the request alone (the
    middleware asks before the session and auth middleware run): a session cookie is what
    a logged-in editor or a passed page password carries."""
    if not getattr(settings, "PORTAL_CACHE_HALAMAN_AKTIF", True):
        return False
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path_info.startswith(_awalan_statis()):
        return False  # WhiteNoise's files: no page in the cache to look for
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and not any(
        n in cookies for n in COOKIE_PRIBADI
    )


def _awalan_statis():
    url = settings.STATIC_URL or ""
    return url if url.startswith("/") else "\0"


def _pribadi(request):
    """Logged in, or carrying a session (a passed page password) or messages."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or any(n in cookies for n in COOKIE_PRIBADI)


def _bahasa_jalur(request):
    """The language LocaleMiddleware will activate for this URL: its prefix, else the default
    (the portal's i18n_patterns have no prefix for the default language)."""
    return translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def _kunci(request, bahasa):
    # gzip clients get the compressed copy (portal/core/kompresi.py), the others their own.
    gzip = "gz" if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else ""
    asal = f"{request.scheme}|{request.get_host()}|{request.get_full_path()}|{bahasa}|{gzip}"
    return f"halaman:{hashlib.sha256(asal.encode()).hexdigest()}"


def _header_publik(response):
    opsi = {"public": True, "max_age": settings.PORTAL_CACHE_BROWSER_DETIK}
    cdn = getattr(settings, "PORTAL_CACHE_CDN_DETIK", 0)
    if cdn:
        opsi["s_maxage"] = cdn
    patch_cache_control(response, **opsi)


def _layak_disimpan(request, response, bahasa):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if getattr(request, "LANGUAGE_CODE", None) != bahasa:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    sesi = getattr(request, "session", None)
    if sesi is not None and sesi.modified:
        return False
    kontrol = response.get("Cache-Control", "").lower()
    return not any(kata in kontrol for kata in ("private", "no-cache", "no-store"))


def _salinan_lokal():
    return cache_lokal.salinan_untuk(caches["default"], settings.PORTAL_CACHE_LOKAL_MB)


def _hit(salinan, kunci):
    """(status line, headers, body) of the local copy of `kunci`, if it is still true."""
    jawaban = salinan.ambil(kunci)
    if jawaban is None:
        return None
    status, headers, isi, sampai = jawaban
    if sampai is not None and timezone.now() >= sampai:
        return None
    return status, headers, isi


def _dari_cache(request, bahasa):
    """(generation, key, (status line, headers, body) of the cached response or None): from
    this worker's local copy, else in one cache round trip."""
    kunci = _kunci(request, bahasa)
    salinan = _salinan_lokal()
    if salinan is not None:
        if (jawaban := _hit(salinan, kunci)) is not None:
            return None, kunci, jawaban
        zaman = salinan.zaman
    ada = cache.get_many([KUNCI_GENERASI, kunci])
    gen = ada.get(KUNCI_GENERASI)
    if gen is None:  # no counter yet (or evicted): start one; nothing stored can match it
        return generasi(), kunci, None
    tersimpan = ada.get(kunci)
    if tersimpan is None:
        return gen, kunci, None
    gen_simpan, status, headers, isi, sampai = tersimpan
    if gen_simpan != gen or (sampai is not None and timezone.now() >= sampai):
        return gen, kunci, None
    jawaban = (
        f"{status} {HTTPStatus(status).phrase}",
        [*headers, (HEADER_STATUS, "HIT")],
        isi,
    )
    if salinan is not None:
        salinan.simpan(kunci, (*jawaban, sampai), len(isi), zaman)
    return gen, kunci, jawaban


def jawaban_lokal(request):
    """(status line, headers, body) for `request` from this worker's local copy, or None."""
    if not _boleh_dari_cache(request):
        return None
    salinan = _salinan_lokal()
    if salinan is None:
        return None
    try:
        return _hit(salinan, _kunci(request, _bahasa_jalur(request)))
    except DisallowedHost:
        return None  # Django answers it (400)


class WSGIHandlerPortal(WSGIHandler):
    """Django's WSGI handler, answering page-cache hits held in this worker's local copy before
    Django's request cycle (no signals, no middleware: the copy is the finished response)."""

    def __call__(self, environ, start_response):
        jawaban = jawaban_lokal(self.request_class(environ))
        if jawaban is None:
            return super().__call__(environ, start_response)
        status, headers, isi = jawaban
        start_response(status, headers)
        return [b"" if environ.get("REQUEST_METHOD") == "HEAD" else isi]


def _pasang_situs(request):
    """Wagtail's Site for this host and port, found once per generation (a saved Site bumps
    it) instead of one query per view; Wagtail reads it from `request._wagtail_site`."""
    from wagtail.models import Site

    tempat = (request._get_raw_host(), request.get_port())
    request._wagtail_site = per_generasi(("situs", *tempat), lambda: Site.find_for_request(request))


class CacheHalamanMiddleware:
    """Serve anonymous page views from the cache; see the module docstring."""

    def __init__(self, get_response):
        self.get_response = get_response

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Only the views listed are stored; a hit is served before any view is resolved,
        # since only these views' responses are ever in the cache. Memoised data serves these
        # public views only: admin views (editing forms, previews) always read the database.
        if _nama_view(view_func) in VIEW_DICACHE:
            request._halaman_portal = True
            gen = getattr(request, "_generasi_halaman", None)
            if gen is not None:
                request._token_generasi = _generasi_permintaan.set(gen)
                _pasang_situs(request)

    def __call__(self, request):
        kunci = bahasa = None
        if _boleh_dari_cache(request):
            bahasa = _bahasa_jalur(request)
            gen, kunci, jawaban = _dari_cache(request, bahasa)
            if jawaban is not None:
                status, headers, isi = jawaban
                response = HttpResponse(isi, status=int(status.split(" ", 1)[0]))
                for nama, nilai in headers:
                    response[nama] = nilai
                return response
        else:
            gen = generasi()
        request._generasi_halaman = gen
        try:
            response = self.get_response(request)
        finally:
            token = getattr(request, "_token_generasi", None)
            if token is not None:
                _generasi_permintaan.reset(token)
        if not getattr(request, "_halaman_portal", False):
            return response
        if (
            kunci
            and gen is not None
            and _layak_disimpan(request, response, bahasa)
            and (umur := _umur_simpan(request)) > 0
        ):
            _header_publik(response)
            headers = [(n, v) for n, v in response.items() if n.lower() != "set-cookie"]
            response[HEADER_STATUS] = "MISS"
            sampai = getattr(request, "_cache_halaman_sampai", None)
            isi = (gen, response.status_code, headers, response.content, sampai)
            cache.set(kunci, isi, umur)
        elif _pribadi(request):
            # Editors (and visitors carrying a session) get their own fresh copy, always.
            patch_cache_control(response, private=True, no_cache=True)
        return response


# --- invalidation ----------------------------------------------------------------------------


def _purge_cdn(page, *, juga_induk_dari=None):
    """Purge the page, its ancestors (indexes, home) and the sitemap from a CDN, when Wagtail's
    frontend cache is configured (it purges only the page itself on publish)."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    halaman = [page, *page.get_ancestors().filter(depth__gt=1).specific()]
    if juga_induk_dari is not None:
        halaman.extend(juga_induk_dari.get_ancestors(inclusive=True).filter(depth__gt=1))
    batch.add_pages(halaman)
    site = page.get_site()
    if site is not None:
        batch.add_url(site.root_url + "/sitemap.xml")
        # Every part of the sitemap index: a new page may land in any of them (path order).
        from wagtail.models import Page

        bagian = Page.objects.live().count() // URL_PER_BAGIAN_PETA_SITUS + 1
        batch.add_url(site.root_url + "/sitemap-halaman.xml")
        for nomor in range(2, bagian + 1):
            batch.add_url(f"{site.root_url}/sitemap-halaman.xml?p={nomor}")
    try:
        batch.purge()
    except Exception:  # a CDN outage must not fail a publish
        logger.exception("Gagal membersihkan cache CDN untuk halaman %s", page.pk)


def _halaman_berubah(sender, instance, **kwargs):
    invalidasi_halaman()
    _purge_cdn(instance)


def _halaman_dipindah(sender, instance, parent_page_before=None, **kwargs):
    invalidasi_halaman()
    _purge_cdn(instance, juga_induk_dari=parent_page_before)


def _halaman_disimpan_atau_dihapus(sender, instance, **kwargs):
    """A live page saved directly (scripts, factories, draft saves of a live page) or any page
    deleted. Draft saves invalidate more than needed: a miss is cheap, a stale page is not."""
    from wagtail.models import Page

    if isinstance(instance, Page) and (instance.live or kwargs.get("created") is None):
        invalidasi_halaman()


def _apa_pun_berubah(sender, **kwargs):
    invalidasi_halaman()


def _pengaturan_berubah(sender, created=False, **kwargs):
    # Settings rows are created with their defaults on the first page render: nothing changes.
    if not created:
        invalidasi_halaman()


def daftarkan_penerima():
    """Connect the invalidation receivers (called from CoreConfig.ready)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Site
    from wagtail.signals import (
        page_published,
        page_unpublished,
        post_page_move,
        published,
        unpublished,
    )

    uid = "portal.cache_halaman"
    page_published.connect(_halaman_berubah, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(_halaman_berubah, dispatch_uid=f"{uid}.unpublished")
    post_page_move.connect(_halaman_dipindah, dispatch_uid=f"{uid}.moved")
    post_save.connect(_halaman_disimpan_atau_dihapus, dispatch_uid=f"{uid}.saved")
    post_delete.connect(_halaman_disimpan_atau_dihapus, dispatch_uid=f"{uid}.deleted")
    # Published snippets, site settings, sites, images and documents appear on pages too.
    published.connect(_apa_pun_berubah, dispatch_uid=f"{uid}.snippet_published")
    unpublished.connect(_apa_pun_berubah, dispatch_uid=f"{uid}.snippet_unpublished")
    from django.apps import apps

    for model in apps.get_models():
        if issubclass(model, BaseSiteSetting | BaseGenericSetting):
            post_save.connect(_pengaturan_berubah, sender=model, dispatch_uid=f"{uid}.{model}")
    # Also what pages show without being a page or a setting: view restrictions (private
    # sections), locales, and the portal's own snippets and inline rows (categories, OPD,
    # document types, gallery items).
    from wagtail.models import Locale, PageViewRestriction

    portal = ("core", "berita", "dokumen", "galeri", "home")
    lain = [
        m
        for m in apps.get_models()
        if m._meta.app_label in portal
        and not issubclass(m, Page | BaseSiteSetting | BaseGenericSetting)
    ]
    media = (get_image_model(), get_document_model())
    for model in (Site, Locale, PageViewRestriction, *media, *lain):
        post_save.connect(_apa_pun_berubah, sender=model, dispatch_uid=f"{uid}.{model}")
        post_delete.connect(_apa_pun_berubah, sender=model, dispatch_uid=f"{uid}.{model}.del")
