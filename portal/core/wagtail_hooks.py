from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.core import pintasan  # noqa: F401 - registers the dashboard's shortcut panel
from portal.core.models import OPD


class OPDViewSet(SnippetViewSet):
    model = OPD
    icon = "group"
    menu_label = _("OPD")
    list_display = ["kode", "singkatan", "nama"]
    # No `search_fields`: the admin searches the model's index (kode, singkatan, nama); naming
    # fields restricts the search, which SQLite's backend cannot do and PostgreSQL's refuses for
    # fields that are not AutocompleteFields (either way a 500).


register_snippet(OPDViewSet)
