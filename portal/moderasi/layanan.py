"""Writes of the SOP workflow: the pejabat's three decisions."""

from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import WorkflowState
from wagtail.signals import task_rejected

from portal.moderasi.pilihan import KeputusanPejabat
from portal.moderasi.registri import model_moderasi


def putuskan_layak_tayang(task_state, user, komentar=""):
    """Fit to publish: approving the last task finishes the workflow, which publishes."""
    task_state.keputusan = KeputusanPejabat.LAYAK_TAYANG
    task_state.approve(user=user, comment=komentar)


def putuskan_tidak_layak_tayang(task_state, user, kode_alasan, alasan):
    """Not fit to publish (SOP step 6): a terminal decision, so the workflow ends here instead
    of waiting for changes; the reason is kept on the task state and in the audit log."""
    task_state.keputusan = KeputusanPejabat.TIDAK_LAYAK_TAYANG
    task_state.kode_alasan = kode_alasan
    workflow_state = task_state.workflow_state
    workflow_state.status = WorkflowState.STATUS_CANCELLED
    workflow_state.save()
    _tolak(task_state, user, "moderasi.tidak_layak_tayang", alasan, kode_alasan=kode_alasan)


def minta_perbaikan(task_state, user, catatan):
    """Needs changes: the item goes back to the editor task with the pejabat's notes, rather
    than to the petugas (Wagtail's plain reject would)."""
    EditorTask = model_moderasi("EditorTask")
    task_state.keputusan = KeputusanPejabat.PERLU_PERBAIKAN
    workflow_state = task_state.workflow_state
    tugas_editor = EditorTask.objects.get(
        workflow_tasks__workflow_id=workflow_state.workflow_id, active=True
    )
    _tolak(task_state, user, "moderasi.perlu_perbaikan", catatan)
    workflow_state.current_task_state = tugas_editor.start(workflow_state, user=user)
    workflow_state.save()


def _tolak(task_state, user, aksi, komentar, **data):
    """TaskState.reject() without its "changes requested" log entry and workflow update: each
    pejabat decision is logged once, under its own action, and moves the workflow itself."""
    task_state.status = task_state.STATUS_REJECTED
    task_state.finished_at = timezone.now()
    task_state.finished_by = user
    task_state.comment = komentar
    task_state.save()
    workflow_state = task_state.workflow_state
    log(
        instance=task_state.revision.as_object(),
        action=aksi,
        user=user,
        revision=task_state.revision,
        data={
            "workflow": {
                "id": workflow_state.workflow_id,
                "title": workflow_state.workflow.name,
                "status": task_state.status,
                "task_state_id": task_state.pk,
                "task": {"id": task_state.task_id, "title": task_state.task.name},
            },
            "comment": komentar,
            **data,
        },
    )
    task_rejected.send(sender=task_state.__class__, instance=task_state, user=user)
