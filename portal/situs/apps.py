from django.apps import AppConfig


class SitusConfig(AppConfig):
    """Site set-up (`setup_portal`): one of the two places that know every app (the other is
    the demo), building the tree, collections, groups and the SOP workflow."""

    name = "portal.situs"
    label = "situs"
    verbose_name = "Penyiapan situs"
