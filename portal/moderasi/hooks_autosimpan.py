"""The page editor's autosave against the SOP workflow's steps (imported by wagtail_hooks).

Why. Wagtail 8's page editor autosaves: its `w-autosave` controller posts the whole edit form
to the edit view (`wagtailadmin_pages:edit`) with `Accept: application/json`, after each change
(WAGTAIL_AUTOSAVE_INTERVAL, 500 ms by default), and `EditView.save_action` saves it as a
revision (overwriting the session's own previous one, `overwrite_revision_id`), logging one
"wagtail.edit" each time (wagtail/admin/views/pages/edit.py). An autosave that races a submit
or a workflow action of the SOP:

- arriving after it, is answered 400 (`EditView.post`: "invalid_revision" when a newer
  revision exists, `form_invalid`: "locked" at a task that locks the user out; both through
  `JsonPostResponseMixin.json_error_response`, wagtail/admin/views/generic/mixins.py);
- processed while it lands, saves past the workflow's lock: `EditView.dispatch` reads the lock
  and the latest revision before the form is saved and `save_action` does not read them again,
  so the autosave's older content becomes the latest revision of an item already handed to the
  Editor (and logs an edit by the petugas after the hand-over);
- from a tab left open after the item moved on, rewrites in place the revision a SOP step took
  (`Page.save_revision(overwrite_revision=...)` only checks it is the latest and the user's
  own): the revision the Pejabat reviewed, or the one that went live.

What. Each autosave request runs again inside one transaction holding the page row lock, so it
sees the lock and the latest revision as they are now, and a submit (whose revision update
waits for that lock) cannot land between its check and its save. A revision a SOP step took is
not overwritten: the autosave becomes a new revision on top of it, so nothing typed is lost.
Wagtail's conflict answers ("invalid_revision", "locked") become 409 Conflict with an Indonesian
message, which the autosave indicator shows (the error codes the controller knows are kept).

Delete when Wagtail re-checks the lock and the latest revision inside the save transaction,
answers conflicts with 409 and refuses to overwrite a revision a workflow task took.
"""

import json

from django.db import transaction
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.locks import WorkflowLock
from wagtail.models import Page, TaskState

# The error codes of Wagtail's autosave controller that mean "someone or something else moved
# the item on": a newer revision, or a lock.
KODE_KONFLIK = ("invalid_revision", "locked")

# Set on the request while it runs again inside the lock (the hook then lets it through).
_DIJAGA = "_moderasi_autosimpan_dijaga"


def adalah_autosimpan(request):
    """A post of the editor's autosave: what `EditView.expects_json_response` answers with
    JSON (the autosave controller asks for `application/json`)."""
    return request.method == "POST" and not request.accepts("text/html")


@hooks.register("before_edit_page", order=-100)
def jaga_autosimpan(request, page):
    """Run the autosave again with the page row locked, and answer its conflicts with 409."""
    if not adalah_autosimpan(request) or getattr(request, _DIJAGA, False):
        return None
    setattr(request, _DIJAGA, True)
    cocok = request.resolver_match
    with transaction.atomic():
        segar = Page.objects.select_for_update().filter(pk=page.pk).first()
        if segar is None:
            raise Http404
        jangan_timpa_revisi_langkah_sop(request, segar)
        respons = cocok.func(request, *cocok.args, **cocok.kwargs)
        if _konflik(respons):
            respons = jawaban_konflik(Page.objects.get(pk=page.pk).specific, request.user, respons)
    return respons


def jangan_timpa_revisi_langkah_sop(request, page):
    """The autosave would overwrite the latest revision, but a SOP step took it (a task state
    reviews it, or it is live): save a new revision on top of it instead (Wagtail then checks
    the lock as for any save)."""
    ditimpa = request.POST.get("overwrite_revision_id")
    if not ditimpa or ditimpa != str(page.latest_revision_id):
        return  # nothing to overwrite, or a newer revision exists: Wagtail answers that
    diambil = page.live_revision_id == page.latest_revision_id or (
        TaskState.objects.filter(revision_id=page.latest_revision_id).exists()
    )
    if not diambil:
        return
    data = request.POST.copy()
    del data["overwrite_revision_id"]
    data["loaded_revision_id"] = str(page.latest_revision_id)
    data["loaded_revision_created_at"] = page.latest_revision.created_at.isoformat()
    request.POST = data


def _konflik(respons):
    if respons.status_code != 400 or respons.get("Content-Type") != "application/json":
        return False
    try:
        return json.loads(respons.content).get("error_code") in KODE_KONFLIK
    except ValueError:
        return False


def jawaban_konflik(page, user, respons_wagtail):
    """409 with what happened, in the terms of the SOP, and Wagtail's error code."""
    kode = json.loads(respons_wagtail.content)["error_code"]
    kunci = page.get_lock()
    if isinstance(kunci, WorkflowLock) and kunci.for_user(user):
        pesan = _(
            "Materi ini sudah berpindah ke langkah “%(tugas)s” dan terkunci untuk Anda, jadi "
            "perubahan di halaman ini tidak disimpan otomatis. Versi yang sudah diajukan atau "
            "diteruskan tetap utuh; muat ulang halaman untuk melihatnya."
        ) % {"tugas": kunci.task.name}
    elif kode == "invalid_revision":
        pesan = _(
            "Sejak halaman ini dibuka, materi ini sudah disimpan dalam versi yang lebih baru "
            "(misalnya diajukan, diteruskan, atau dikembalikan). Simpan otomatis dihentikan "
            "agar versi itu tidak tertimpa; muat ulang halaman untuk melanjutkan."
        )
    else:
        pesan = _(
            "Materi ini sedang terkunci, jadi perubahan di halaman ini tidak disimpan "
            "otomatis. Muat ulang halaman untuk melihat siapa yang menguncinya."
        )
    return JsonResponse({"success": False, "error_code": kode, "error_message": pesan}, status=409)
