"""The edit screen's "Keputusan terakhir" panel: the petugas sees in the admin, not only by
e-mail, why an item came back or was refused (the latest decision, who made it, when, why)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from portal.moderasi.jadwal_tayang import format_wita
from portal.moderasi.keputusan import keputusan_terakhir


class PanelKeputusanSOP(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Keputusan terakhir (alur SOP)"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "keputusan_sop"

    class BoundPanel(Panel.BoundPanel):
        template_name = "moderasi/panel_keputusan.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.keputusan = keputusan_terakhir(self.instance) if self.instance.pk else None

        def is_shown(self):
            return self.keputusan is not None and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["keputusan"] = self.keputusan
            context["waktu"] = format_wita(self.keputusan.waktu)
            return context
