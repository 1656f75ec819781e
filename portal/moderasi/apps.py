from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerasiConfig(AppConfig):
    name = "portal.moderasi"
    label = "moderasi"
    verbose_name = _("Moderasi SOP")

    def ready(self):
        from wagtail.admin.viewsets.pages import base_page_viewset

        from portal.moderasi import notifikasi, wagtail_notifikasi_mati
        from portal.moderasi.views_aksi import AksiAlurSOPView

        # Success messages after a decision in the inbox (views_aksi.py says why).
        base_page_viewset.workflow_action_view_class = AksiAlurSOPView

        wagtail_notifikasi_mati.putuskan_notifikasi_bawaan()
        notifikasi.sambungkan()
