from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"
    verbose_name = _("Inti portal")

    def ready(self):
        from portal.core import bahasa, cache_halaman, tambalan_fts

        cache_halaman.daftarkan_penerima()
        bahasa.daftarkan_penerima()
        tambalan_fts.pasang()
