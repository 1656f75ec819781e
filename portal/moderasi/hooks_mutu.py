"""Admin hooks of Mutu Baku (imported by wagtail_hooks).

- "Laporan Mutu Baku" (Reports menu) for administrators and the Editor and Pejabat groups;
- the same readers get a dashboard panel: this month's share within standard per step, and
  the items waiting past their standard now, each count linking to the list of those items;
- importing `portal.moderasi.mutu` registers the overdue-reminder pass of the scheduler
  (`kirim_pengingat_terlambat`, through `@putaran_tambahan`);
- the standards themselves are a site setting (Settings → "Standar Mutu Baku", registered in
  models/mutu.py), which only administrators may change.
"""

from django.urls import path, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from portal.moderasi import grafik_mutu, mutu, views_mutu
from portal.moderasi.policy import ZONA_WITA

__all__ = ["mutu"]  # imported for its @putaran_tambahan effect


@hooks.register("register_admin_urls")
def urls_mutu():
    return [
        path(
            "moderasi/laporan-mutu-baku/",
            views_mutu.LaporanMutuBakuView.as_view(),
            name="moderasi_laporan_mutu",
        ),
        path(
            "moderasi/laporan-mutu-baku/melewati-standar/",
            views_mutu.DaftarTerlambatView.as_view(),
            name="moderasi_mutu_terlambat",
        ),
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


class MutuBakuPanel(Component):
    name = "mutu_baku"
    # After the inbox (220) and the items in moderation (210), before recent edits (250).
    order = 230
    template_name = "moderasi/mutu/panel_dasbor.html"

    class Media:
        css = {"all": ["moderasi/css/mutu_baku.css"]}

    def get_context_data(self, parent_context):
        sekarang = timezone.now()
        wita = sekarang.astimezone(ZONA_WITA)
        return {
            "baris": grafik_mutu.ringkasan_dasbor(sekarang),
            "bulan": f"{mutu.NAMA_BULAN[wita.month - 1]} {wita.year}",
        }


@hooks.register("construct_homepage_panels")
def panel_mutu_baku(request, panels):
    if views_mutu.boleh_melihat_laporan(request.user):
        panels.append(MutuBakuPanel())
