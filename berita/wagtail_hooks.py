from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from berita.models import KategoriBerita


class KategoriBeritaViewSet(SnippetViewSet):
    model = KategoriBerita
    icon = "tag"
    menu_label = _("Kategori berita")
    list_display = ["nama", "slug"]
    search_fields = ["nama"]


register_snippet(KategoriBeritaViewSet)
