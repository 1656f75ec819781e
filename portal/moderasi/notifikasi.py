"""E-mails of the SOP workflow, in Indonesian, through Django's e-mail backend.

Every e-mail says what happened and what comes next:
- An item reaching a task: the task's groups are told (never the person who triggered it),
  with the editor's comment when it is forwarded to the pejabat, and the pejabat's reason when
  it comes back for changes.
- Every decision: the submitter is told who decided, with the comment or the reason and a link
  to the item's edit screen. "Layak tayang" says whether the item is live now (with its public
  address) or when, within working hours, it is scheduled to go live.
- "Tidak layak tayang" at the pejabat task: the editors are told too, with the reason's
  category ("perlu perbaikan" reaches them as the item returning to their task).

This replaces Wagtail's own notifiers (switched off in wagtail_notifikasi_mati.py), covering
their gaps: "approve with comment" is mailed like any approval, a decision at the pejabat task
reaches the editors, and nobody is mailed about their own action. The text is written in the
portal's language whatever language the acting user's admin is in.
"""

import functools

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.models import TaskState
from wagtail.signals import task_approved, task_rejected, task_submitted

from portal.moderasi.jadwal_tayang import format_wita
from portal.moderasi.models import EditorTask, TugasSOP
from portal.moderasi.pilihan import AlasanTidakLayak, KeputusanPejabat


def _dalam_bahasa_portal(handler):
    """Run a signal handler in the portal's language: the acting user's admin may be in
    English, the e-mails are not."""

    @functools.wraps(handler)
    def bungkus(*args, **kwargs):
        with override(settings.LANGUAGE_CODE):
            return handler(*args, **kwargs)

    return bungkus


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


def _nama(user):
    return (user.get_full_name() or user.get_username()) if user else ""


def _rincian(*baris):
    """The (label, value) lines of the e-mail, leaving out those without a value."""
    return [(label, nilai) for label, nilai in baris if nilai]


def _kirim(penerima, subjek, task_state, pesan, selanjutnya="", rincian=(), tautan_situs=""):
    """Mail `penerima` (each once): what happened (`pesan`), what comes next (`selanjutnya`),
    the item's title, the `rincian` lines, and links to the item on the site and in the admin."""
    unik = {user.pk: user for user in penerima}.values()
    if not unik:
        return
    obj = task_state.revision.as_object()
    judul = obj.get_admin_display_title()
    konteks = {
        "judul": judul,
        "pesan": pesan,
        "selanjutnya": selanjutnya,
        "rincian": rincian,
        "tautan_situs": tautan_situs,
        "tautan": settings.WAGTAILADMIN_BASE_URL
        + reverse("wagtailadmin_pages:edit", args=(obj.pk,)),
    }
    # One line: a title may carry a line break (a crafted post), which a mail header refuses.
    subjek = " ".join(f"[Portal Kaltim] {subjek % {'judul': judul}}".split())
    isi = render_to_string("moderasi/email/notifikasi.txt", konteks)
    with get_connection() as koneksi:
        koneksi.send_messages([EmailMessage(subjek, isi, to=[u.email]) for u in unik])


def _tugas_sebelumnya(task_state):
    """The task state of this workflow run that finished last before `task_state` began."""
    return (
        TaskState.objects.filter(
            workflow_state=task_state.workflow_state, finished_at__isnull=False
        )
        .exclude(pk=task_state.pk)
        .order_by("-finished_at", "-pk")
        .first()
    )


@_dalam_bahasa_portal
def saat_tugas_dimulai(sender, instance, user=None, **kwargs):
    tugas = instance.task.specific
    if not isinstance(tugas, TugasSOP):
        return
    sebelumnya = _tugas_sebelumnya(instance)
    if isinstance(tugas, EditorTask):
        langkah = _("penyuntingan")
        selanjutnya = _(
            "Sunting materi bila perlu, lalu setujui ke Pejabat, atau kembalikan ke Petugas "
            "dengan alasan."
        )
    else:
        langkah = _("penyaringan")
        selanjutnya = _(
            "Periksa pratinjaunya, lalu putuskan: layak tayang, perlu perbaikan, atau tidak "
            "layak tayang."
        )
    pesan = _("Materi menunggu %(langkah)s Anda.") % {"langkah": langkah}
    rincian = _rincian((_("Oleh"), _nama(user)))
    if (
        sebelumnya is not None
        and getattr(sebelumnya.specific, "keputusan", "") == KeputusanPejabat.PERLU_PERBAIKAN
    ):
        pesan = _("Pejabat meminta perbaikan; materi kembali menunggu penyuntingan Anda.")
        rincian = _rincian((_("Diputuskan oleh"), _nama(user)), (_("Alasan"), sebelumnya.comment))
    elif (
        not isinstance(tugas, EditorTask)
        and sebelumnya is not None
        and sebelumnya.status == TaskState.STATUS_APPROVED
        and isinstance(sebelumnya.task.specific, EditorTask)
    ):
        rincian = _rincian(
            (_("Diteruskan oleh"), _nama(user)), (_("Komentar Editor"), sebelumnya.comment)
        )
    _kirim(
        _anggota(tugas.groups.all(), kecuali=user),
        _("Menunggu %(langkah)s: %%(judul)s") % {"langkah": langkah},
        instance,
        pesan,
        selanjutnya,
        rincian,
    )


def _keadaan_kini(task_state):
    """The item as it is now in the database (published or scheduled by the approval that just
    finished the workflow), not as the task's revision holds it."""
    obj = task_state.revision.content_object
    return type(obj)._default_manager.get(pk=obj.pk)


@_dalam_bahasa_portal
def saat_tugas_disetujui(sender, instance, user=None, **kwargs):
    tugas = instance.task.specific
    if not isinstance(tugas, TugasSOP):
        return
    tautan_situs = ""
    if isinstance(tugas, EditorTask):
        pesan = _("Materi Anda disetujui Editor dan diteruskan ke Pejabat.")
        selanjutnya = _("Pejabat akan menyaring materi dan memutuskan apakah layak tayang.")
    else:
        pesan = _("Materi Anda dinyatakan layak tayang oleh Pejabat.")
        obj = _keadaan_kini(instance)
        # Published now, Wagtail clears every revision's approved_go_live_at; scheduled (for
        # the next opening, or the item's own future go-live time), it sets it on the
        # published revision (wagtail/actions/publish_revision.py, jadwal_tayang.py).
        terjadwal = obj.scheduled_revision
        if terjadwal is not None:
            selanjutnya = _("Materi dijadwalkan tayang %(waktu)s (jam kerja).") % {
                "waktu": format_wita(terjadwal.approved_go_live_at)
            }
        else:
            selanjutnya = _("Materi tayang sekarang.")
            tautan_situs = obj.get_full_url() or ""
    _kirim(
        _pengaju(instance, user),
        _("Keputusan atas %(judul)s"),
        instance,
        pesan,
        selanjutnya,
        _rincian((_("Diputuskan oleh"), _nama(user)), (_("Komentar"), instance.comment)),
        tautan_situs,
    )


@_dalam_bahasa_portal
def saat_tugas_ditolak(sender, instance, user=None, **kwargs):
    tugas = instance.task.specific
    if not isinstance(tugas, TugasSOP):
        return
    state = instance.specific
    penerima = _pengaju(instance, user)
    subjek = _("Keputusan atas %(judul)s")
    if isinstance(tugas, EditorTask):
        pesan = _("Materi Anda dikembalikan oleh Editor.")
        selanjutnya = _("Perbaiki materi sesuai alasan di bawah, lalu ajukan kembali.")
    elif getattr(state, "keputusan", "") == KeputusanPejabat.TIDAK_LAYAK_TAYANG:
        pesan = _("Materi dinyatakan tidak layak tayang oleh Pejabat (%(alasan)s).") % {
            "alasan": AlasanTidakLayak(state.kode_alasan).label
        }
        selanjutnya = _("Alur SOP untuk materi ini berakhir; materi tidak ditayangkan.")
        subjek = _("Tidak layak tayang: %(judul)s")
        grup_editor = EditorTask.objects.filter(
            workflow_tasks__workflow=instance.workflow_state.workflow
        ).values("groups")
        penerima += _anggota(grup_editor, kecuali=user)
    else:
        pesan = _("Pejabat meminta perbaikan; materi kembali ke Editor.")
        selanjutnya = _("Editor akan memperbaiki materi lalu meneruskannya kembali ke Pejabat.")
    _kirim(
        penerima,
        subjek,
        instance,
        pesan,
        selanjutnya,
        _rincian((_("Diputuskan oleh"), _nama(user)), (_("Alasan"), state.comment)),
    )


def sambungkan():
    task_submitted.connect(saat_tugas_dimulai, dispatch_uid="moderasi_tugas_dimulai")
    task_approved.connect(saat_tugas_disetujui, dispatch_uid="moderasi_tugas_disetujui")
    task_rejected.connect(saat_tugas_ditolak, dispatch_uid="moderasi_tugas_ditolak")
