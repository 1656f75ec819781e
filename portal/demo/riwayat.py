"""Publishing a demo page the way the SOP does, with a history dated in the past."""

import datetime

from wagtail.models import Page, PageLogEntry, Revision


def terbitkan(page, petugas, editor, pejabat, waktu):
    """Walk the page through the SOP steps and date its history before `waktu`.

    The petugas saves the first revision, the editor saves the edited one, the pejabat's
    approval publishes it. Like the end of the SOP workflow, publishing skips the permission
    check: no group but the administrators holds `publish_page`.
    """
    langkah = [
        (waktu - datetime.timedelta(hours=2), petugas),
        (waktu - datetime.timedelta(hours=1), editor),
    ]
    page.first_published_at = waktu
    sebelumnya = None
    for saat, user in langkah:
        revisi = page.save_revision(user=user, log_action=True)
        Revision.objects.filter(pk=revisi.pk).update(created_at=saat)
        _tanggali_log(page, sebelumnya, saat)
        sebelumnya = saat
    revisi.publish(user=pejabat, skip_permission_checks=True)
    _tanggali_log(page, sebelumnya, waktu)
    Page.objects.filter(pk=page.pk).update(
        last_published_at=waktu, latest_revision_created_at=langkah[-1][0]
    )


def _tanggali_log(page, setelah, saat):
    """Date the log entries of `page` written since `setelah` (all when None) at `saat`."""
    entri = PageLogEntry.objects.filter(page=page)
    if setelah is not None:
        entri = entri.filter(timestamp__gt=setelah)
    entri.update(timestamp=saat)
