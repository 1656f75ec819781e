from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from dokumen.models import JenisDokumen


class JenisDokumenViewSet(SnippetViewSet):
    model = JenisDokumen
    icon = "doc-full"
    menu_label = _("Jenis dokumen")
    list_display = ["singkatan", "nama"]
    search_fields = ["nama", "singkatan"]


register_snippet(JenisDokumenViewSet)
