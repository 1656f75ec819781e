from datetime import datetime

from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.admin import messages
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.log_actions import LogFormatter

from portal.core.models import KontenPage
from portal.moderasi import hooks_alur, hooks_darurat, hooks_mutu, hooks_penjadwal, mutu, views
from portal.moderasi.aturan import boleh_melihat_riwayat
from portal.moderasi.jadwal_tayang import format_wita, tunda_di_luar_jam_kerja, waktu_tayang_sah
from portal.moderasi.models import TugasSOP
from portal.moderasi.pilihan import AlasanTidakLayak

# imported for their @hooks.register effects
__all__ = ["hooks_alur", "hooks_darurat", "hooks_mutu", "hooks_penjadwal"]


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
    # Only SOP material has an SOP history; sections and the home page do not.
    if page.id and issubclass(page.specific_class, KontenPage):
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
        nilai_mutu = mutu.penilai_tugas()
        for state in states:
            obj = state["obj"]
            state["bagian"] = obj.get_parent().get_admin_display_title()
            state["pengaju"] = state["task_state"].workflow_state.requested_by
            state.update(nilai_mutu(state["task_state"]))  # terpakai, status_mutu (Mutu Baku)
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


@hooks.register("before_publish_page")
def tunda_publikasi_editor(request, page):
    """The edit view's publish and revert buttons call Wagtail's publish action directly, past
    PortalPage.publish(): defer here, publish (= schedule) and tell the user when it goes live."""
    revisi = page.get_latest_revision()
    tayang = tunda_di_luar_jam_kerja(revisi, request.user)
    if tayang is None:
        return None
    PublishPageRevisionAction(revisi, user=request.user).execute(skip_permission_checks=True)
    messages.warning(
        request,
        _("Di luar jam kerja: '%(judul)s' dijadwalkan tayang %(waktu)s.")
        % {"judul": page.get_admin_display_title(), "waktu": format_wita(tayang)},
    )
    return redirect("wagtailadmin_explore", page.get_parent().pk)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def beri_tahu_jadwal_di_luar_jam_kerja(request, page):
    """Tell the editor when a chosen go-live time falls outside working hours."""
    if page.go_live_at and page.go_live_at > timezone.now():
        tayang = waktu_tayang_sah(page.go_live_at)
        if tayang != page.go_live_at:
            messages.warning(
                request,
                _(
                    "Waktu tayang %(diminta)s di luar jam kerja; publikasi akan digeser ke "
                    "%(tayang)s."
                )
                % {"diminta": format_wita(page.go_live_at), "tayang": format_wita(tayang)},
            )


@hooks.register("register_log_actions")
def aksi_log_jadwal(actions):
    @actions.register_action("moderasi.publikasi_ditunda")
    class PublikasiDitunda(LogFormatter):
        label = _("Publikasi ditunda ke jam kerja")

        def format_message(self, log_entry):
            try:
                tayang = datetime.fromisoformat(log_entry.data["tayang"])
            except (KeyError, TypeError, ValueError):
                return _("Publikasi ditunda ke jam kerja berikutnya")
            return _("Di luar jam kerja; dijadwalkan tayang %(waktu)s") % {
                "waktu": format_wita(tayang)
            }
