"""WAGTAIL_FINISH_WORKFLOW_ACTION. Wagtail imports it while `wagtail.models` itself is being
imported, so this module imports nothing from Wagtail at module level."""


def terbitkan_hasil_alur(workflow_state, user=None):
    """Publish what the workflow approved.

    The pejabat's "layak tayang" is the authorisation to publish, so Wagtail's publish-permission
    check (which its default finish action applies to the approver) is skipped; the approver is
    still recorded as the publisher, and PortalPage.publish() keeps it within working hours."""
    revisi = workflow_state.content_object.get_latest_revision()
    revisi.publish(user=user, skip_permission_checks=True)
