from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerasiConfig(AppConfig):
    name = "portal.moderasi"
    label = "moderasi"
    verbose_name = _("Moderasi SOP")

    def ready(self):
        from portal.moderasi import notifikasi, wagtail_notifikasi_mati

        wagtail_notifikasi_mati.putuskan_notifikasi_bawaan()
        notifikasi.sambungkan()
