from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BeritaConfig(AppConfig):
    name = "berita"
    verbose_name = _("Berita")
