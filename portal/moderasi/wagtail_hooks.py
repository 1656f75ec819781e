from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.log_actions import LogFormatter

from portal.moderasi import hooks_penjadwal, views
from portal.moderasi.aturan import boleh_melihat_riwayat
from portal.moderasi.models import TugasSOP
from portal.moderasi.pilihan import AlasanTidakLayak

__all__ = ["hooks_penjadwal"]  # imported for its @hooks.register side effects


@hooks.register("register_admin_urls")
def urls_moderasi():
    return [path("moderasi/riwayat/<int:page_id>/", views.riwayat, name="moderasi_riwayat")]


class RiwayatSOPMenuItem(PageMenuItem):
    label = _("Riwayat SOP")
    icon_name = "history"
    priority = 55

    @property
    def url(self):
        return reverse("moderasi_riwayat", args=[self.page.pk])

    def is_shown(self, user):
        return boleh_melihat_riwayat(self.page, user)


@hooks.register("register_page_header_buttons")
def tombol_riwayat_sop(page, user, next_url=None, view_name=None):
    if page.id and not page.is_root():
        yield RiwayatSOPMenuItem(page=page)


class KotakMasukModerasiPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "awaiting your review" panel, oldest first, with section, submitter and time
    waiting, and the actions and preview one click away."""

    template_name = "moderasi/kotak_masuk.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        states = [
            s for s in context["states"] if isinstance(s["task_state"].task.specific, TugasSOP)
        ]
        for state in states:
            obj = state["obj"]
            state["bagian"] = obj.get_parent().get_admin_display_title()
            state["pengaju"] = state["task_state"].workflow_state.requested_by
        context["states"] = sorted(states, key=lambda s: s["task_state"].started_at)
        return context


@hooks.register("construct_homepage_panels")
def ganti_panel_moderasi(request, panels):
    panels[:] = [
        KotakMasukModerasiPanel() if p.name == WorkflowObjectsToModeratePanel.name else p
        for p in panels
    ]


@hooks.register("register_log_actions")
def aksi_log_moderasi(actions):
    class FormatterSOP(LogFormatter):
        def format_comment(self, log_entry):
            return log_entry.data.get("comment", "")

    @actions.register_action("moderasi.tidak_layak_tayang")
    class TidakLayakTayang(FormatterSOP):
        label = _("Penyaringan: tidak layak tayang")

        def format_message(self, log_entry):
            kode = log_entry.data.get("kode_alasan", AlasanTidakLayak.LAINNYA)
            return _("Tidak layak tayang (%(alasan)s)") % {"alasan": AlasanTidakLayak(kode).label}

    @actions.register_action("moderasi.perlu_perbaikan")
    class PerluPerbaikan(FormatterSOP):
        label = _("Penyaringan: perlu perbaikan")

        def format_message(self, log_entry):
            return _("Dikembalikan ke Editor untuk perbaikan")
