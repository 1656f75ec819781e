from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DokumenConfig(AppConfig):
    name = "dokumen"
    verbose_name = _("Dokumen")

    def ready(self):
        from dokumen.signal_handlers import register_signal_handlers

        register_signal_handlers()
