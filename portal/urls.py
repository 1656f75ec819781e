from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import index as sitemap_index
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from berita import feeds
from portal.api import api_router
from portal.core.seo import SitemapPortal, robots_txt
from portal.core.views import tanpa_awalan_bahasa_bawaan, tema_css

PETA_SITUS = {"halaman": SitemapPortal}

# A database that cannot be reached answers 503 with Retry-After, anything else 500.html.
handler500 = "portal.ketahanan.views.galat_server"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The agency colour from the site settings as a stylesheet (no inline style: strict CSP).
    path("tema.css", tema_css, name="tema_css"),
    # Search engines: a sitemap index over parts of SitemapPortal.limit URLs each (a part
    # renders in a fraction of a second, whatever the size of the portal), both languages with
    # hreflang alternates inside; robots.txt names the index.
    path(
        "sitemap.xml",
        sitemap_index,
        {"sitemaps": PETA_SITUS, "sitemap_url_name": "sitemap_bagian"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap, {"sitemaps": PETA_SITUS}, name="sitemap_bagian"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # The default language has no prefix: /id/… is the same page without it (301).
    re_path(r"^id(?:/(?P<sisa>.*))?$", tanpa_awalan_bahasa_bawaan, name="tanpa_awalan_id"),
    # The open-data API (read-only Wagtail API v2), one URL for both languages (?locale=en).
    path("api/v2/", api_router.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Indonesian pages live at /…, their English translations at /en/…; the default language has
# no prefix so a citizen's first request needs no redirect. The berita feeds follow the
# language of their URL (/feed/berita/rss.xml, /en/feed/berita/rss.xml).
urlpatterns += i18n_patterns(
    path("feed/berita/rss.xml", feeds.rss, name="feed_berita_rss"),
    path("feed/berita/atom.xml", feeds.atom, name="feed_berita_atom"),
    path("feed/berita/<slug:kategori>/rss.xml", feeds.rss, name="feed_kategori_rss"),
    path("feed/berita/<slug:kategori>/atom.xml", feeds.atom, name="feed_kategori_atom"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
