"""Reads that decide who may do what in the SOP workflow.

Separation of duties, as the SOP means it (DESIGN.md §7): duties are separated between roles,
not between editing and forwarding.
- At the Editor task (step 3) the editor edits the item and forwards it; what an editor may
  not do is forward an item they wrote and submitted themselves: another editor does.
- At the Pejabat task (step 4) nobody who created, submitted, edited or forwarded the item in
  this run of the workflow may approve it: the pejabat filters the work of others (someone in
  both groups does not do steps 3 and 4 alone).
Only approval is withheld: sending an item back, with a reason, stays open to every reviewer.
"""

from django.utils.translation import gettext as _
from wagtail.models import Revision, TaskState

from portal.moderasi.registri import model_moderasi


def _alur(obj, workflow_state):
    return workflow_state if workflow_state is not None else obj.current_workflow_state


def _penyunting_alur_ini(obj, workflow_state):
    """Ids of whoever saved a revision of `obj` since its current workflow run began (a return
    for changes resumes the same run, so the petugas's corrections count as well)."""
    return set(
        Revision.objects.filter(
            base_content_type_id=obj.get_base_content_type().pk,
            object_id=str(obj.pk),
            created_at__gte=workflow_state.created_at,
            user__isnull=False,
        ).values_list("user_id", flat=True)
    )


def _penerus_alur_ini(workflow_state):
    """Ids of whoever forwarded the item at the Editor task in this run (someone in both
    groups does not filter what they forwarded themselves)."""
    EditorTask = model_moderasi("EditorTask")

    return set(
        TaskState.objects.filter(
            workflow_state=workflow_state,
            status=TaskState.STATUS_APPROVED,
            task__in=EditorTask.objects.all(),
            finished_by__isnull=False,
        ).values_list("finished_by_id", flat=True)
    )


def _jenis(obj):
    model = getattr(obj, "specific_class", None) or type(obj)
    return str(model._meta.verbose_name)


def alasan_penerusan_ditahan(obj, user, workflow_state=None):
    """Why `user` may not forward `obj` to the Pejabat at the Editor task (naming who can), or
    None when they may: they submitted it themselves (a second pair of eyes)."""
    workflow_state = _alur(obj, workflow_state)
    if workflow_state is None or user.pk != workflow_state.requested_by_id:
        return None
    pesan = _("Anda mengajukan %(jenis)s ini; penerusan ke Pejabat oleh Editor lain.")
    return pesan % {"jenis": _jenis(obj)}


def alasan_penyaringan_ditahan(obj, user, workflow_state=None):
    """Why `user` may not approve `obj` at the Pejabat task (naming who can), or None: they
    created, submitted, edited or forwarded it in this run of the workflow."""
    workflow_state = _alur(obj, workflow_state)
    if workflow_state is None:
        return None
    if user.pk in _penyunting_alur_ini(obj, workflow_state):
        pesan = _("Anda menyunting %(jenis)s ini; penyaringan oleh Pejabat lain.")
    elif user.pk in _penerus_alur_ini(workflow_state):
        pesan = _("Anda meneruskan %(jenis)s ini; penyaringan oleh Pejabat lain.")
    elif user.pk == workflow_state.requested_by_id:
        pesan = _("Anda mengajukan %(jenis)s ini; penyaringan oleh Pejabat lain.")
    elif user.pk == getattr(obj, "owner_id", None):
        pesan = _("Anda membuat %(jenis)s ini; penyaringan oleh Pejabat lain.")
    else:
        return None
    return pesan % {"jenis": _jenis(obj)}


def boleh_melihat_riwayat(page, user):
    """Whoever may edit the item, its owner, and the members of the SOP task groups."""
    tugas_sop = [model_moderasi("EditorTask"), model_moderasi("PejabatTask")]

    if user.is_superuser or page.owner_id == user.pk:
        return True
    if page.permissions_for_user(user).can_edit():
        return True
    return any(model.objects.filter(active=True, groups__user=user).exists() for model in tugas_sop)
