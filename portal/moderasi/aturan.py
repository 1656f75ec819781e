"""Reads that decide who may do what in the SOP workflow.

Separation of duties, as the SOP means it (DESIGN.md §7): duties are separated between roles,
not between editing and forwarding.
- At the Editor task (step 3) the editor edits the item and forwards it; what an editor may
  not do is forward an item they themselves created or submitted: another editor does.
- At the Pejabat task (step 4) nobody who created, submitted or edited the item in this run of
  the workflow may approve it: the pejabat filters the work of others.
Only approval is withheld: sending an item back, with a reason, stays open to every reviewer.
"""

from django.utils.translation import gettext as _
from wagtail.models import Revision


def _pengaju(obj):
    workflow_state = obj.current_workflow_state
    return workflow_state.requested_by_id if workflow_state is not None else None


def _penyunting_alur_ini(obj):
    """Ids of whoever saved a revision of `obj` since its current workflow run began (a return
    for changes resumes the same run, so the petugas's corrections count as well)."""
    workflow_state = obj.current_workflow_state
    if workflow_state is None:
        return set()
    return set(
        Revision.objects.filter(
            base_content_type_id=obj.get_base_content_type().pk,
            object_id=str(obj.pk),
            created_at__gte=workflow_state.created_at,
            user__isnull=False,
        ).values_list("user_id", flat=True)
    )


def _jenis(obj):
    model = getattr(obj, "specific_class", None) or type(obj)
    return str(model._meta.verbose_name)


def alasan_penerusan_ditahan(obj, user):
    """Why `user` may not forward `obj` to the Pejabat at the Editor task (naming who can), or
    None when they may."""
    if user.pk == _pengaju(obj):
        pesan = _("Anda mengajukan %(jenis)s ini; penerusan ke Pejabat oleh Editor lain.")
    elif user.pk == getattr(obj, "owner_id", None):
        pesan = _("Anda membuat %(jenis)s ini; penerusan ke Pejabat oleh Editor lain.")
    else:
        return None
    return pesan % {"jenis": _jenis(obj)}


def alasan_penyaringan_ditahan(obj, user):
    """Why `user` may not approve `obj` at the Pejabat task (naming who can), or None."""
    if user.pk in _penyunting_alur_ini(obj):
        pesan = _("Anda menyunting %(jenis)s ini; penyaringan oleh Pejabat lain.")
    elif user.pk == _pengaju(obj):
        pesan = _("Anda mengajukan %(jenis)s ini; penyaringan oleh Pejabat lain.")
    elif user.pk == getattr(obj, "owner_id", None):
        pesan = _("Anda membuat %(jenis)s ini; penyaringan oleh Pejabat lain.")
    else:
        return None
    return pesan % {"jenis": _jenis(obj)}


def boleh_melihat_riwayat(page, user):
    """Whoever may edit the item, its owner, and the members of the SOP task groups."""
    from portal.moderasi.models import EditorTask, PejabatTask

    if user.is_superuser or page.owner_id == user.pk:
        return True
    if page.permissions_for_user(user).can_edit():
        return True
    return any(
        model.objects.filter(active=True, groups__user=user).exists()
        for model in (EditorTask, PejabatTask)
    )
