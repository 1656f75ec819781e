from datetime import datetime

from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.admin import messages
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.admin.views.pages.bulk_actions import PublishBulkAction
from wagtail.log_actions import LogFormatter

from portal.moderasi import (
    hooks_alur,
    hooks_api_admin,
    hooks_autosimpan,
    hooks_darurat,
    hooks_mutu,
    hooks_penjadwal,
    mutu,
    views,
)
from portal.moderasi.aturan import boleh_melihat_riwayat
from portal.moderasi.jadwal_tayang import (
    AKSI_KEDALUWARSA_DITUNDA,
    AKSI_PUBLIKASI_DITUNDA,
    alias_akan_tayang,
    di_luar_jam_kerja,
    format_wita,
    jadwalkan_salinan,
    kumpulkan_penundaan,
    tunda_di_luar_jam_kerja,
    waktu_tayang_sah,
)
from portal.moderasi.konten import adalah_konten_sop
from portal.moderasi.models import TugasSOP
from portal.moderasi.pilihan import AlasanTidakLayak

# imported for their @hooks.register effects
__all__ = [
    "hooks_alur",
    "hooks_api_admin",
    "hooks_autosimpan",
    "hooks_darurat",
    "hooks_mutu",
    "hooks_penjadwal",
]


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
    if page.id and adalah_konten_sop(page.specific_class):
        yield RiwayatSOPMenuItem(page=page)


class KotakMasukModerasiPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "awaiting your review" panel, oldest first, with section, submitter and time
    waiting, and the actions and preview one click away. Its stylesheet (moderasi_admin.css)
    keeps titles in whole words on every dashboard listing, Wagtail's own panels included."""

    template_name = "moderasi/kotak_masuk.html"

    class Media:
        css = {"all": ["moderasi/css/moderasi_admin.css"]}

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
            tugas = state["task_state"].task.specific
            state["alasan_ditahan"] = tugas.alasan_persetujuan_ditahan(
                obj, parent_context["request"].user, state["task_state"].workflow_state
            )
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
    # The view stops here, before its after_create_page / after_edit_page hooks.
    beri_tahu_kedaluwarsa_di_luar_jam_kerja(request, page)
    return redirect("wagtailadmin_explore", page.get_parent().pk)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def beri_tahu_jadwal_di_luar_jam_kerja(request, page):
    """Tell the editor when a chosen go-live or expiry time falls outside working hours."""
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
    beri_tahu_kedaluwarsa_di_luar_jam_kerja(request, page)


def beri_tahu_kedaluwarsa_di_luar_jam_kerja(request, page):
    """The scheduler takes pages down only in working hours: say when it really will."""
    if page.expire_at and page.expire_at > timezone.now():
        turun = waktu_tayang_sah(page.expire_at)
        if turun != page.expire_at:
            messages.warning(
                request,
                _(
                    "Waktu kedaluwarsa %(diminta)s di luar jam kerja; halaman akan diturunkan "
                    "dari situs pada %(turun)s."
                )
                % {"diminta": format_wita(page.expire_at), "turun": format_wita(turun)},
            )


# -- copy and alias (the copy view publishes past PortalPage.publish) ----------------------------
#
# Wagtail's CopyView decides from the posted form whether the copies stay live
# (`publish_copies`, via CopyPageAction(keep_live=...), which marks them live without calling
# publish()) and whether to make an alias (CreatePageAliasAction: live when the source is).
# Neither passes through the deferral, and no hook runs between the form and the action but
# `before_copy_page`. So, outside working hours, that hook turns "publish copies" off (the copies
# are made as drafts) and `after_copy_page` schedules their publication for the next opening;
# an alias that would be live is refused. Delete when Wagtail's copy publishes through publish().

_SALINAN_DIJADWALKAN = "_moderasi_salinan_dijadwalkan"


@hooks.register("before_copy_page")
def jaga_salinan_di_luar_jam_kerja(request, page):
    if request.method != "POST" or not di_luar_jam_kerja():
        return None
    if request.POST.get("alias"):
        if alias_akan_tayang(page, bool(request.POST.get("copy_subpages"))):
            messages.error(
                request,
                _(
                    "Di luar jam kerja alias halaman yang tayang tidak dapat dibuat: alias "
                    "langsung ikut tayang dan tidak dapat dijadwalkan. Buat alias pada jam kerja "
                    "(mulai %(buka)s), atau buat salinan biasa yang akan dijadwalkan tayang."
                )
                % {"buka": format_wita(waktu_tayang_sah(timezone.now()))},
            )
            return redirect(request.get_full_path())
        return None
    if request.POST.get("publish_copies"):
        data = request.POST.copy()
        data.pop("publish_copies")
        request.POST = data
        setattr(request, _SALINAN_DIJADWALKAN, True)
    return None


@hooks.register("after_copy_page")
def jadwalkan_salinan_di_luar_jam_kerja(request, page, new_page):
    if not getattr(request, _SALINAN_DIJADWALKAN, False):
        return
    if not new_page.get_parent().permissions_for_user(request.user).can_publish_subpage():
        return  # Wagtail would not have published the copies either
    for penundaan in jadwalkan_salinan(page, new_page, request.user):
        messages.warning(
            request,
            _(
                "Di luar jam kerja: salinan '%(judul)s' disimpan sebagai draf dan dijadwalkan "
                "tayang %(waktu)s."
            )
            % {
                "judul": penundaan.obj.get_admin_display_title(),
                "waktu": format_wita(penundaan.tayang),
            },
        )


# -- bulk publish ---------------------------------------------------------------------------------


class TerbitkanMassalBulkAction(PublishBulkAction):
    """Wagtail's bulk publish, saying which items were deferred to working hours and when,
    instead of counting them as published."""

    def form_valid(self, form):
        with kumpulkan_penundaan() as self.penundaan:
            return super().form_valid(form)

    def get_success_message(self, num_parent_objects, num_child_objects):
        penundaan = getattr(self, "penundaan", [])
        if not penundaan:
            return super().get_success_message(num_parent_objects, num_child_objects)
        for item in penundaan:
            messages.warning(
                self.request,
                _("Di luar jam kerja: '%(judul)s' dijadwalkan tayang %(waktu)s.")
                % {"judul": item.obj.get_admin_display_title(), "waktu": format_wita(item.tayang)},
            )
        terbit = num_parent_objects + num_child_objects - len(penundaan)
        if terbit <= 0:
            return None
        return ngettext(
            "%(jumlah)d halaman lain telah diterbitkan.",
            "%(jumlah)d halaman lain telah diterbitkan.",
            terbit,
        ) % {"jumlah": terbit}


# After Wagtail's own (order 0): the registry keeps the last class per action type.
hooks.register("register_bulk_action", TerbitkanMassalBulkAction, order=100)


@hooks.register("register_log_actions")
def aksi_log_jadwal(actions):
    @actions.register_action(AKSI_PUBLIKASI_DITUNDA)
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

    @actions.register_action(AKSI_KEDALUWARSA_DITUNDA)
    class KedaluwarsaDitunda(LogFormatter):
        label = _("Penurunan terjadwal ditunda ke jam kerja")

        def format_message(self, log_entry):
            try:
                diminta = datetime.fromisoformat(log_entry.data["diminta"])
                turun = datetime.fromisoformat(log_entry.data["turun"])
            except (KeyError, TypeError, ValueError):
                return _("Penurunan terjadwal ditunda ke jam kerja berikutnya")
            return _(
                "Kedaluwarsa %(diminta)s di luar jam kerja; diturunkan dari situs %(turun)s"
            ) % {"diminta": format_wita(diminta), "turun": format_wita(turun)}
