"""Admin hooks of serta-merta publication and urgent take-down (imported by wagtail_hooks).

- URLs of the three views (views_darurat.py);
- "Terbitkan serta merta" and "Tarik segera" in the page header and the listing's "more"
  menu, only for whoever holds the permission, on content items where they apply;
- the two permissions in Wagtail's group editor, so administrators can grant them;
- a dashboard panel and a menu item for administrators: serta-merta publications awaiting
  review;
- audit-log formatters showing the reason.
"""

from datetime import datetime

from django.contrib.auth.models import Permission
from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.userbar import BaseItem
from wagtail.log_actions import LogFormatter
from wagtail.models import Page

from portal.moderasi import serta_merta, views_darurat
from portal.moderasi.jadwal_tayang import format_wita
from portal.moderasi.models import TinjauanSertaMerta
from portal.moderasi.serta_merta import AKSI_DITINJAU, AKSI_SERTA_MERTA, AKSI_TARIK_DARURAT


@hooks.register("register_admin_urls")
def urls_darurat():
    return [
        path(
            "moderasi/serta-merta/<int:page_id>/",
            views_darurat.TerbitkanSertaMertaView.as_view(),
            name="moderasi_serta_merta",
        ),
        path(
            "moderasi/tarik-segera/<int:page_id>/",
            views_darurat.TarikSegeraView.as_view(),
            name="moderasi_tarik_segera",
        ),
        path(
            "moderasi/tinjauan-serta-merta/",
            views_darurat.TinjauanSertaMertaView.as_view(),
            name="moderasi_tinjauan_serta_merta",
        ),
        path(
            "moderasi/tinjauan-serta-merta/<int:pk>/ditinjau/",
            views_darurat.tandai_ditinjau,
            name="moderasi_tandai_ditinjau",
        ),
    ]


@hooks.register("register_permissions")
def izin_darurat():
    return Permission.objects.filter(
        content_type__app_label="moderasi",
        codename__in=["publikasi_serta_merta", "tarik_darurat"],
    )


# -- buttons --------------------------------------------------------------------------------------


class TerbitkanSertaMertaMenuItem(PageMenuItem):
    label = _("Terbitkan serta merta")
    icon_name = "warning"
    url_name = "moderasi_serta_merta"
    priority = 35

    def is_shown(self, user):
        return bool(
            serta_merta.boleh_serta_merta(user)
            and serta_merta.adalah_konten(self.page)
            and serta_merta.bisa_diterbitkan(self.page)
        )


class TarikSegeraMenuItem(PageMenuItem):
    label = _("Tarik segera")
    icon_name = "download"
    url_name = "moderasi_tarik_segera"
    priority = 62

    def is_shown(self, user):
        return bool(
            self.page.live
            and serta_merta.boleh_tarik_darurat(user)
            and serta_merta.adalah_konten(self.page)
        )


def _tombol(page):
    if page.id and not page.is_root():
        yield TerbitkanSertaMertaMenuItem(page=page)
        yield TarikSegeraMenuItem(page=page)


@hooks.register("register_page_header_buttons")
def tombol_header_darurat(page, user, next_url=None, view_name=None):
    yield from _tombol(page)


@hooks.register("register_page_listing_more_buttons")
def tombol_listing_darurat(page, user, next_url=None):
    yield from _tombol(page)


class TarikSegeraUserbarItem(BaseItem):
    """The "Tarik segera" item in the userbar of the live site: the Pejabat holds no page
    permission, so the page explorer is closed to them; they reach a live item from the site."""

    template_name = "moderasi/darurat/userbar_tarik.html"

    def __init__(self, page):
        super().__init__()
        self.page = page

    def render_html(self, parent_context):
        request = parent_context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return ""
        if not (
            self.page.live
            and serta_merta.boleh_tarik_darurat(request.user)
            and serta_merta.adalah_konten(self.page)
        ):
            return ""
        return super().render_html(parent_context)


@hooks.register("construct_wagtail_userbar")
def userbar_tarik_segera(request, items, page):
    if isinstance(page, Page) and page.pk and not getattr(request, "revision_id", None):
        items.append(TarikSegeraUserbarItem(page))


# -- administrators: review ----------------------------------------------------------------------


class TinjauanSertaMertaPanel(Component):
    """Serta-merta publications not yet reviewed, oldest first (administrators only)."""

    name = "tinjauan_serta_merta"
    order = 6
    template_name = "moderasi/darurat/panel_tinjauan.html"

    def __init__(self, tinjauan):
        self.tinjauan = tinjauan

    def get_context_data(self, parent_context):
        return {"tinjauan": self.tinjauan}


@hooks.register("construct_homepage_panels")
def panel_tinjauan_serta_merta(request, panels):
    if not views_darurat.boleh_meninjau(request.user):
        return
    terbuka = list(
        TinjauanSertaMerta.objects.terbuka().select_related("page", "user").order_by("waktu")
    )
    if terbuka:
        panels.insert(0, TinjauanSertaMertaPanel(terbuka))


class TinjauanMenuItem(MenuItem):
    def is_shown(self, request):
        return views_darurat.boleh_meninjau(request.user)


@hooks.register("register_admin_menu_item")
def menu_tinjauan_serta_merta():
    return TinjauanMenuItem(
        _("Tinjauan serta merta"),
        reverse_lazy("moderasi_tinjauan_serta_merta"),
        name="tinjauan-serta-merta",
        icon_name="warning",
        order=260,
    )


# -- audit log ------------------------------------------------------------------------------------


@hooks.register("register_log_actions")
def aksi_log_darurat(actions):
    class FormatterAlasan(LogFormatter):
        def format_comment(self, log_entry):
            return log_entry.data.get("alasan", "")

    @actions.register_action(AKSI_SERTA_MERTA)
    class SertaMerta(FormatterAlasan):
        label = _("Terbit serta merta")

        def format_message(self, log_entry):
            if log_entry.data.get("di_luar_jam_kerja"):
                return _("Diterbitkan serta merta di luar jam kerja, tanpa alur SOP")
            return _("Diterbitkan serta merta, tanpa alur SOP")

    @actions.register_action(AKSI_DITINJAU)
    class SertaMertaDitinjau(FormatterAlasan):
        label = _("Serta merta ditinjau")

        def format_message(self, log_entry):
            try:
                waktu = datetime.fromisoformat(log_entry.data["waktu_terbit"])
            except (KeyError, TypeError, ValueError):
                return _("Penerbitan serta merta ditandai sudah ditinjau")
            return _("Penerbitan serta merta %(waktu)s ditandai sudah ditinjau") % {
                "waktu": format_wita(waktu)
            }

        def format_comment(self, log_entry):
            return log_entry.data.get("catatan", "")

    @actions.register_action(AKSI_TARIK_DARURAT)
    class TarikDarurat(FormatterAlasan):
        label = _("Tarik darurat")

        def format_message(self, log_entry):
            return _("Ditarik segera dari situs")
