"""Admin hooks of Mutu Baku (imported by wagtail_hooks).

- "Laporan Mutu Baku" (Reports menu) for administrators and the Editor and Pejabat groups;
- importing `portal.moderasi.mutu` registers the overdue-reminder pass of the scheduler
  (`kirim_pengingat_terlambat`, through `@putaran_tambahan`);
- the standards themselves are a site setting (Settings → "Standar Mutu Baku", registered in
  models/mutu.py), which only administrators may change.
"""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.moderasi import mutu, views_mutu

__all__ = ["mutu"]  # imported for its @putaran_tambahan effect


@hooks.register("register_admin_urls")
def urls_mutu():
    return [
        path(
            "moderasi/laporan-mutu-baku/",
            views_mutu.LaporanMutuBakuView.as_view(),
            name="moderasi_laporan_mutu",
        )
    ]


class LaporanMutuMenuItem(MenuItem):
    def is_shown(self, request):
        return views_mutu.boleh_melihat_laporan(request.user)


@hooks.register("register_reports_menu_item")
def menu_laporan_mutu():
    return LaporanMutuMenuItem(
        _("Laporan Mutu Baku"),
        reverse_lazy("moderasi_laporan_mutu"),
        name="laporan-mutu-baku",
        icon_name="time",
        order=700,
    )
