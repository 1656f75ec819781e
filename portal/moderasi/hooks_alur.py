"""Admin hooks that keep the SOP workflow's rules ahead of Wagtail's edit and delete views
(imported by wagtail_hooks).

- A workflow action from the page editor is checked before Wagtail saves anything. At the
  Editor task the approval saves the edits and forwards them ("Simpan dan teruskan ke
  Pejabat"): the editor edits and forwards (SOP step 3). Where approval is withheld from the
  user (separation of duties, aturan.py) the editor says why and who acts.
- Only the person who submitted an item, or an administrator, cancels (or restarts) its
  workflow; a reviewer sends it back with "Kembalikan ke Petugas" and a reason.
- An item under review is not deleted, one by one or in bulk.
"""

import json

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import Page, WorkflowState

from portal.moderasi.keputusan import beri_status_sop
from portal.moderasi.models import EditorTask, TugasSOP

AKSI_BATALKAN_ALUR = ("action-cancel-workflow", "action-restart-workflow")


# -- workflow actions from the page editor --------------------------------------------------------


@hooks.register("before_edit_page")
def periksa_aksi_alur_dari_editor(request, page):
    """The page editor saves the form and a revision before it calls the task's on_action:
    check the action (permission, current task, required reason) first, so a refused action
    saves nothing and says why."""
    if request.method != "POST" or not request.POST.get("action-workflow-action"):
        return None
    task_state = page.current_workflow_task_state
    if task_state is None:
        return None
    tugas = task_state.task.specific
    if not isinstance(tugas, TugasSOP):
        return None
    aksi = request.POST.get("workflow-action-name")
    try:
        data = json.loads(request.POST.get("workflow-action-extra-data") or "{}")
        with transaction.atomic():
            tugas.periksa_aksi(task_state.specific, request.user, aksi, data)
    except (PermissionDenied, ValueError, TypeError) as galat:
        messages.error(request, str(galat) or _("Tindakan ini tidak dapat dilakukan."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    setattr(request, _TUGAS_DIJALANKAN, (tugas, aksi))
    return None


# Set on the request by the check above: the task and action the editor view performs.
_TUGAS_DIJALANKAN = "_moderasi_tugas_dijalankan"


@hooks.register("after_edit_page")
def beri_tahu_hasil_aksi_alur(request, page):
    """After a workflow action from the page editor: what happened and what comes next."""
    dijalankan = getattr(request, _TUGAS_DIJALANKAN, None)
    if dijalankan is None:
        return
    tugas, aksi = dijalankan
    if pesan := tugas.pesan_hasil(Page.objects.get(pk=page.pk).specific, aksi):
        messages.success(request, pesan)


@hooks.register("before_edit_page")
def beri_tahu_persetujuan_ditahan(request, page):
    """Opening the editor at a task whose approval is withheld from this user (separation of
    duties): say why and who acts, instead of a button that silently is not there."""
    if request.method != "GET":
        return None
    task_state = page.current_workflow_task_state
    tugas = task_state.task.specific if task_state is not None else None
    if not isinstance(tugas, TugasSOP) or not tugas.get_actions(page, request.user):
        return None
    alasan = tugas.alasan_persetujuan_ditahan(page, request.user)
    if alasan:
        messages.info(request, alasan)
    return None


@hooks.register("construct_page_action_menu")
def label_teruskan_dari_penyunting(menu_items, request, context):
    """In the page editor the Editor task's approval saves the edits and forwards them: say so
    on the button ("Simpan dan teruskan ke Pejabat")."""
    page = context.get("page")
    if context.get("view") != "edit" or page is None:
        return
    task_state = page.current_workflow_task_state
    if task_state is None or not isinstance(task_state.task.specific, EditorTask):
        return
    for item in menu_items:
        if getattr(item, "name", None) == "approve":
            item.label = (
                _("Simpan dan teruskan ke Pejabat dengan komentar")
                if item.launch_modal
                else _("Simpan dan teruskan ke Pejabat")
            )


# -- cancelling a workflow ------------------------------------------------------------------------


def boleh_membatalkan_alur(workflow_state, user):
    """Wagtail lets the submitter, the page's owner and anyone who may approve the current task
    cancel a workflow, without a reason. Under the SOP only the submitter withdraws their
    submission (or an administrator steps in); reviewers send it back with a reason instead."""
    return user.is_superuser or (
        workflow_state.requested_by_id is not None and workflow_state.requested_by_id == user.pk
    )


@hooks.register("before_edit_page")
def batasi_pembatalan_alur(request, page):
    if request.method != "POST" or not any(request.POST.get(k) for k in AKSI_BATALKAN_ALUR):
        return None
    workflow_state = page.current_workflow_state
    if workflow_state is None or boleh_membatalkan_alur(workflow_state, request.user):
        return None
    messages.error(
        request,
        _(
            "Alur moderasi '%(judul)s' hanya dapat dibatalkan oleh pengajunya atau "
            "administrator. Untuk mengembalikan materi, pilih “Kembalikan ke Petugas” dan "
            "tuliskan alasannya."
        )
        % {"judul": page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("construct_page_action_menu")
def sembunyikan_batalkan_alur(menu_items, request, context):
    """Offer "Cancel workflow" / "Restart workflow" only to whoever may use them."""
    page = context.get("page")
    workflow_state = page.current_workflow_state if page is not None and page.pk else None
    if workflow_state is None or boleh_membatalkan_alur(workflow_state, request.user):
        return
    menu_items[:] = [item for item in menu_items if item.name not in AKSI_BATALKAN_ALUR]


# -- deleting -------------------------------------------------------------------------------------


def _dalam_moderasi(pages):
    """The pages among `pages` that are under review themselves or have a descendant that is."""
    tipe = ContentType.objects.get_for_model(Page)
    hasil = []
    for page in pages:
        ids = Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)
        if WorkflowState.objects.filter(
            base_content_type=tipe,
            object_id__in=[str(pk) for pk in ids],
            status=WorkflowState.STATUS_IN_PROGRESS,
        ).exists():
            hasil.append(page)
    return hasil


@hooks.register("before_delete_page")
def tolak_hapus_selama_moderasi(request, page):
    """An item under review is not deleted behind the reviewers' backs: the workflow must be
    cancelled first (which the audit log records)."""
    if page.workflow_in_progress:
        messages.error(
            request,
            _("'%(judul)s' sedang dalam alur moderasi; batalkan alurnya sebelum menghapus.")
            % {"judul": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def tolak_hapus_massal_selama_moderasi(request, action_type, objects, action_class_instance):
    """The bulk delete (`wagtail_bulk_action` …/page/delete) skips before_delete_page: refuse
    the whole batch when any selected page, or a page below it, is under review."""
    if action_type != "delete":
        return None
    dimoderasi = _dalam_moderasi([obj for obj in objects if isinstance(obj, Page)])
    if not dimoderasi:
        return None
    judul = ", ".join(f"'{page.get_admin_display_title()}'" for page in dimoderasi)
    messages.error(
        request,
        ngettext(
            "Tidak ada yang dihapus: %(judul)s sedang dalam alur moderasi (atau memuat halaman "
            "yang sedang dimoderasi); batalkan alurnya sebelum menghapus.",
            "Tidak ada yang dihapus: %(judul)s sedang dalam alur moderasi (atau memuat halaman "
            "yang sedang dimoderasi); batalkan alurnya sebelum menghapus.",
            len(dimoderasi),
        )
        % {"judul": judul},
    )
    tujuan = action_class_instance.next_url
    if tujuan == request.path:  # no "next": back to the listing of the first page's parent
        return redirect("wagtailadmin_explore", dimoderasi[0].get_parent().pk)
    return redirect(tujuan)


# -- page listings --------------------------------------------------------------------------------


@hooks.register("construct_explorer_page_queryset")
def status_sop_dalam_daftar(parent_page, pages, request):
    """The explorer labels refused and returned items (KontenPage.status_string) from data read
    with the listing, not with one query per row."""
    return beri_status_sop(pages)


# -- publishing past the workflow -----------------------------------------------------------------


@hooks.register("before_publish_page", order=-10)
def tolak_terbit_selama_moderasi(request, page):
    """The editor's "Publish" cancels a running workflow and publishes (Wagtail's
    WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH): an administrator could publish past the Pejabat.
    Under the SOP an item under review goes live by the Pejabat's decision; the edits just
    saved stay as a draft. (A serta-merta announcement has its own path, outside the workflow.)
    """
    if not page.workflow_in_progress:
        return None
    messages.error(
        request,
        _(
            "'%(judul)s' sedang dalam alur moderasi: suntingan disimpan sebagai draf, tetapi "
            "tidak diterbitkan. Materi tayang melalui keputusan Pejabat (layak tayang)."
        )
        % {"judul": page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_bulk_action")
def tolak_terbit_massal_selama_moderasi(request, action_type, objects, action_class_instance):
    """The bulk publish would do the same for every selected item under review."""
    if action_type != "publish":
        return None
    dimoderasi = [o for o in objects if isinstance(o, Page) and o.workflow_in_progress]
    if not dimoderasi:
        return None
    judul = ", ".join(f"'{page.get_admin_display_title()}'" for page in dimoderasi)
    messages.error(
        request,
        _(
            "Tidak ada yang diterbitkan: %(judul)s sedang dalam alur moderasi dan tayang "
            "melalui keputusan Pejabat."
        )
        % {"judul": judul},
    )
    tujuan = action_class_instance.next_url
    if tujuan == request.path:
        return redirect("wagtailadmin_explore", dimoderasi[0].get_parent().pk)
    return redirect(tujuan)
