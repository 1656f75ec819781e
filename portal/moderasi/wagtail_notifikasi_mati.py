"""Workaround: switch off Wagtail's own workflow e-mails, which portal.moderasi.notifikasi
replaces.

Why: Wagtail 8's notifiers compute `recipients.exclude(triggering_user)` and discard the result
(the actor can be mailed about their own action), send nothing for "approve with comment", and
do not tell the editors when the pejabat rejects. Delete this module when Wagtail's notifiers
cover those cases and the portal's rules are expressed through them.

It relies on the dispatch_uids in wagtail/admin/signal_handlers.py; `ModerasiConfig` must come
after `wagtail.admin` in INSTALLED_APPS so Wagtail has connected them before we disconnect.
"""

from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

_SAMBUNGAN_BAWAAN = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification"),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification"),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification"),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification"),
]


def putuskan_notifikasi_bawaan():
    for sinyal, pengirim, uid in _SAMBUNGAN_BAWAAN:
        sinyal.disconnect(sender=pengirim, dispatch_uid=uid)
