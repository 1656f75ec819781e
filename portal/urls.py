from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal.core.views import tema_css

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The agency colour from the site settings as a stylesheet (no inline style: strict CSP).
    path("tema.css", tema_css, name="tema_css"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Indonesian pages live at /…, their English translations at /en/…; the default language has
# no prefix so a citizen's first request needs no redirect.
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=False)
