from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KetahananConfig(AppConfig):
    """Surviving faults: the 503 page while the database is away, backup and restore."""

    name = "portal.ketahanan"
    label = "ketahanan"
    verbose_name = _("Ketahanan portal")
