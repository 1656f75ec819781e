"""Reads that decide who may do what in the SOP workflow."""


def pelaku_revisi(obj):
    """Ids of the users whose own work the current revision is: who submitted it to the
    workflow and who last edited it. Separation of duties: none of them may approve it."""
    pelaku = set()
    workflow_state = obj.current_workflow_state
    if workflow_state is not None and workflow_state.requested_by_id:
        pelaku.add(workflow_state.requested_by_id)
    revisi = obj.get_latest_revision()
    if revisi is not None and revisi.user_id:
        pelaku.add(revisi.user_id)
    return pelaku


def boleh_menyetujui(obj, user):
    return user.pk not in pelaku_revisi(obj)


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
