"""E-mails of the SOP workflow, in Indonesian, through Django's e-mail backend.

- An item reaching a task: the task's groups are told (never the person who triggered it),
  with the pejabat's notes when it comes back for changes.
- Every decision: the submitter is told, with the reason or comment.
- "Tidak layak tayang" at the pejabat task: the editors are told too ("perlu perbaikan" reaches
  them as the item returning to their task).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.models import TaskState
from wagtail.signals import task_approved, task_rejected, task_submitted

from portal.moderasi.models import EditorTask, TugasSOP
from portal.moderasi.pilihan import AlasanTidakLayak, KeputusanPejabat


def _anggota(grup, kecuali):
    penerima = (
        get_user_model()
        .objects.filter(is_active=True, groups__in=grup)
        .exclude(email="")
        .distinct()
    )
    if kecuali is not None:
        penerima = penerima.exclude(pk=kecuali.pk)
    return list(penerima)


def _pengaju(task_state, pelaku):
    pengaju = task_state.workflow_state.requested_by
    if pengaju is None or not pengaju.email or not pengaju.is_active or pengaju == pelaku:
        return []
    return [pengaju]


def _kirim(penerima, subjek, task_state, pelaku, pesan, komentar=""):
    unik = {user.pk: user for user in penerima}.values()
    if not unik:
        return
    obj = task_state.revision.as_object()
    konteks = {
        "judul": obj.get_admin_display_title(),
        "pesan": pesan,
        "komentar": komentar,
        "pelaku": (pelaku.get_full_name() or pelaku.get_username()) if pelaku else "",
        "tautan": settings.WAGTAILADMIN_BASE_URL
        + reverse("wagtailadmin_pages:edit", args=(obj.pk,)),
    }
    with override(settings.LANGUAGE_CODE):
        subjek = f"[Portal Kaltim] {subjek % {'judul': konteks['judul']}}"
        isi = render_to_string("moderasi/email/notifikasi.txt", konteks)
    with get_connection() as koneksi:
        koneksi.send_messages([EmailMessage(subjek, isi, to=[u.email]) for u in unik])


def saat_tugas_dimulai(sender, instance, user=None, **kwargs):
    tugas = instance.task.specific
    if not isinstance(tugas, TugasSOP):
        return
    langkah = _("penyuntingan") if isinstance(tugas, EditorTask) else _("penyaringan")
    sebelumnya = (
        TaskState.objects.filter(workflow_state=instance.workflow_state, finished_at__isnull=False)
        .exclude(pk=instance.pk)
        .order_by("-finished_at")
        .first()
    )
    catatan = ""
    if (
        sebelumnya is not None
        and getattr(sebelumnya.specific, "keputusan", "") == KeputusanPejabat.PERLU_PERBAIKAN
    ):
        catatan = sebelumnya.comment
    _kirim(
        _anggota(tugas.groups.all(), kecuali=user),
        _("Menunggu %(langkah)s: %%(judul)s") % {"langkah": langkah},
        instance,
        user,
        _("Materi menunggu %(langkah)s Anda.") % {"langkah": langkah},
        catatan,
    )


def saat_tugas_disetujui(sender, instance, user=None, **kwargs):
    tugas = instance.task.specific
    if not isinstance(tugas, TugasSOP):
        return
    if isinstance(tugas, EditorTask):
        pesan = _("Materi Anda disetujui Editor dan diteruskan ke Pejabat.")
    else:
        pesan = _("Materi Anda dinyatakan layak tayang oleh Pejabat.")
    _kirim(
        _pengaju(instance, user),
        _("Keputusan atas %(judul)s"),
        instance,
        user,
        pesan,
        instance.comment,
    )


def saat_tugas_ditolak(sender, instance, user=None, **kwargs):
    tugas = instance.task.specific
    if not isinstance(tugas, TugasSOP):
        return
    state = instance.specific
    penerima = _pengaju(instance, user)
    subjek = _("Keputusan atas %(judul)s")
    if isinstance(tugas, EditorTask):
        pesan = _("Materi Anda dikembalikan oleh Editor.")
    elif getattr(state, "keputusan", "") == KeputusanPejabat.TIDAK_LAYAK_TAYANG:
        pesan = _("Materi dinyatakan tidak layak tayang oleh Pejabat (%(alasan)s).") % {
            "alasan": AlasanTidakLayak(state.kode_alasan).label
        }
        subjek = _("Tidak layak tayang: %(judul)s")
        grup_editor = EditorTask.objects.filter(
            workflow_tasks__workflow=instance.workflow_state.workflow
        ).values("groups")
        penerima += _anggota(grup_editor, kecuali=user)
    else:
        pesan = _("Pejabat meminta perbaikan; materi kembali ke Editor.")
    _kirim(penerima, subjek, instance, user, pesan, state.comment)


def sambungkan():
    task_submitted.connect(saat_tugas_dimulai, dispatch_uid="moderasi_tugas_dimulai")
    task_approved.connect(saat_tugas_disetujui, dispatch_uid="moderasi_tugas_disetujui")
    task_rejected.connect(saat_tugas_ditolak, dispatch_uid="moderasi_tugas_ditolak")
