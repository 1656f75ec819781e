from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from berita.models import BeritaPage, KategoriBerita
from portal.core.pintasan import HOOK_PINTASAN, pintasan_halaman_baru


class KategoriBeritaViewSet(SnippetViewSet):
    model = KategoriBerita
    icon = "tag"
    menu_label = _("Kategori berita")
    list_display = ["nama", "slug"]
    search_fields = ["nama"]


register_snippet(KategoriBeritaViewSet)


@hooks.register(HOOK_PINTASAN)
def pintasan_tulis_berita(request):
    return pintasan_halaman_baru(request, _("Tulis berita"), [BeritaPage], ikon="edit", urutan=10)
