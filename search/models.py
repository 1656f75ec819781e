from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from portal.core.models import PortalPage
from portal.core.pagination import paginate
from search.selectors import bersihkan_kueri, cari_konten

HASIL_PER_HALAMAN = 10


class SearchPage(PortalPage):
    """The site search, a page so it is translatable and sits in the tree like the indexes."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("halaman pencarian")
        verbose_name_plural = _("halaman pencarian")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        kueri = bersihkan_kueri(request.GET.get("q"))
        hasil = cari_konten(kueri, locale=self.locale) if kueri else Page.objects.none()
        context["kueri"] = kueri
        context["hasil"] = paginate(request, hasil, HASIL_PER_HALAMAN)
        return context
