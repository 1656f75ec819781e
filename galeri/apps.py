from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GaleriConfig(AppConfig):
    name = "galeri"
    verbose_name = _("Galeri")
