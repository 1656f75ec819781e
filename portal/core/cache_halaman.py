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

Responses: `Cache-Control: public, max-age=PORTAL_CACHE_BROWSER_DETIK` (plus `s-maxage` when a
CDN is purged by Wagtail's frontend cache) for cacheable pages; `private, no-cache` for page
views of logged-in editors. Previews are admin views and never pass through here.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from whitenoise.middleware import WhiteNoiseMiddleware

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


def naikkan_generasi():
    """Forget every cached page (by moving to a new generation)."""
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
    if not getattr(settings, "PORTAL_CACHE_HALAMAN_AKTIF", True):
        return False
    if request.method not in ("GET", "HEAD"):
        return False
    return not _pribadi(request)


def _pribadi(request):
    """Logged in, or carrying a session (a passed page password) or messages."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or any(n in cookies for n in COOKIE_PRIBADI)


def _kunci(request, gen):
    bahasa = getattr(request, "LANGUAGE_CODE", "")
    asal = f"{request.get_host()}|{request.get_full_path()}|{bahasa}"
    return f"halaman:{gen}:{hashlib.sha256(asal.encode()).hexdigest()}"


def _header_publik(response):
    opsi = {"public": True, "max_age": settings.PORTAL_CACHE_BROWSER_DETIK}
    cdn = getattr(settings, "PORTAL_CACHE_CDN_DETIK", 0)
    if cdn:
        opsi["s_maxage"] = cdn
    patch_cache_control(response, **opsi)


def _layak_disimpan(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    sesi = getattr(request, "session", None)
    if sesi is not None and sesi.modified:
        return False
    kontrol = response.get("Cache-Control", "").lower()
    return not any(kata in kontrol for kata in ("private", "no-cache", "no-store"))


class CacheHalamanMiddleware:
    """Serve anonymous page views from the cache; see the module docstring."""

    def __init__(self, get_response):
        self.get_response = get_response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if _nama_view(view_func) not in VIEW_DICACHE:
            return None
        request._halaman_portal = True
        if not _boleh_dari_cache(request):
            return None
        gen = generasi()
        if gen is None:  # cache unreachable: serve uncached
            return None
        request._kunci_cache_halaman = _kunci(request, gen)
        tersimpan = cache.get(request._kunci_cache_halaman)
        if tersimpan is None:
            return None
        status, headers, isi, sampai = tersimpan
        if sampai is not None and timezone.now() >= sampai:
            return None
        response = HttpResponse(isi, status=status)
        for nama, nilai in headers:
            response[nama] = nilai
        response[HEADER_STATUS] = "HIT"
        request._cache_halaman_hit = True
        return response

    def __call__(self, request):
        response = self.get_response(request)
        if not getattr(request, "_halaman_portal", False):
            return response
        if getattr(request, "_cache_halaman_hit", False):
            return response
        kunci = getattr(request, "_kunci_cache_halaman", None)
        if kunci and _layak_disimpan(request, response) and (umur := _umur_simpan(request)) > 0:
            _header_publik(response)
            response[HEADER_STATUS] = "MISS"
            headers = [(n, v) for n, v in response.items() if n.lower() != "set-cookie"]
            sampai = getattr(request, "_cache_halaman_sampai", None)
            cache.set(kunci, (response.status_code, headers, response.content, sampai), umur)
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
    from wagtail.models import Site
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
    for model in (Site, get_image_model(), get_document_model()):
        post_save.connect(_apa_pun_berubah, sender=model, dispatch_uid=f"{uid}.{model}")
        post_delete.connect(_apa_pun_berubah, sender=model, dispatch_uid=f"{uid}.{model}.del")
