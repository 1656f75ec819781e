from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.core.models import OPD


class OPDViewSet(SnippetViewSet):
    model = OPD
    icon = "group"
    menu_label = _("OPD")
    list_display = ["kode", "singkatan", "nama"]
    search_fields = ["nama", "singkatan", "kode"]


register_snippet(OPDViewSet)
