"""Admin hooks that keep the SOP workflow's rules ahead of Wagtail's edit and delete views
(imported by wagtail_hooks)."""

import json

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages

from portal.moderasi.models import TugasSOP


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
    try:
        data = json.loads(request.POST.get("workflow-action-extra-data") or "{}")
        tugas.periksa_aksi(
            task_state.specific, request.user, request.POST.get("workflow-action-name"), data
        )
    except (PermissionDenied, ValueError, TypeError) as galat:
        messages.error(request, str(galat) or _("Tindakan ini tidak dapat dilakukan."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


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
