"""The two custom tasks of the `Alur Publikasi SOP` workflow (thin: rules live in aturan.py,
writes in layanan.py)."""

from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask, TaskState, WorkflowState

from portal.moderasi import aturan, layanan
from portal.moderasi.forms import AlasanWajibForm, PerluPerbaikanForm, TidakLayakTayangForm
from portal.moderasi.jadwal_tayang import format_wita, tayang_bila_disetujui
from portal.moderasi.keputusan import komentar_editor
from portal.moderasi.pilihan import AlasanTidakLayak, KeputusanPejabat


class TugasSOP(AbstractGroupApprovalTask):
    """Shared mechanics: the action list per user, its forms, and their checks in on_action,
    which both entry points (page editor and dashboard modal) go through."""

    aksi = []  # (name, label, needs_modal); "approve" is withheld by alasan_persetujuan_ditahan
    form_aksi = {}
    pesan_aksi = {}  # action name → success message, with %(judul)s

    class Meta:
        abstract = True

    def get_actions(self, obj, user):
        if not (user.is_superuser or self._user_in_groups(user)):
            return []
        boleh_setuju = self.alasan_persetujuan_ditahan(obj, user) is None
        return [aksi for aksi in self.aksi if aksi[0] != "approve" or boleh_setuju]

    def alasan_persetujuan_ditahan(self, obj, user, workflow_state=None):
        """Why approval is withheld from `user` here (separation of duties), or None."""
        raise NotImplementedError

    def akibat_aksi(self, obj, action_name):
        """What confirming `action_name` will do, said in its modal ("" for nothing to say)."""
        return ""

    def catatan_untuk_keputusan(self, task_state):
        """A note the decider reads in the modal ("" for none)."""
        return ""

    def get_form_for_action(self, action):
        return self.form_aksi.get(action, TaskStateCommentForm)

    def get_template_for_action(self, action):
        # Says what the decision will do before it is confirmed, and the editor's comment.
        return "moderasi/aksi_modal.html"

    def pesan_hasil(self, obj, action_name):
        """The success message after `action_name` was taken on `obj`: what happened and what
        comes next."""
        pesan = self.pesan_aksi.get(action_name)
        return pesan % {"judul": obj.get_admin_display_title()} if pesan else ""

    def periksa_aksi(self, task_state, user, action_name, data):
        """Refuse an action the user may not take or whose required reason is missing; return
        the cleaned form data. The modal already validated it; this guards crafted posts.
        Runs inside on_action's transaction with the workflow state's row locked, so two
        decisions posted at once (two reviewers, a double click) are taken one after the other
        and the second finds the item moved on."""
        workflow_state = WorkflowState.objects.select_for_update().get(
            pk=task_state.workflow_state_id
        )
        task_state.refresh_from_db(fields=["status"])
        task_state.workflow_state = workflow_state
        if (
            task_state.status != task_state.STATUS_IN_PROGRESS
            or workflow_state.status != workflow_state.STATUS_IN_PROGRESS
            or workflow_state.current_task_state_id != task_state.pk
        ):
            # A stale modal (the item moved on since it was opened) must not act on it.
            raise PermissionDenied(_("Materi ini tidak lagi menunggu keputusan pada langkah ini."))
        obj = task_state.revision.content_object
        if action_name not in {nama for nama, *_ in self.get_actions(obj, user)}:
            anggota = user.is_superuser or self._user_in_groups(user)
            ditahan = (
                action_name == "approve" and anggota and self.alasan_persetujuan_ditahan(obj, user)
            )
            raise PermissionDenied(ditahan or _("Anda tidak berwenang mengambil tindakan ini."))
        form = self.get_form_for_action(action_name)(data)
        if not form.is_valid():
            raise PermissionDenied(" ".join(e for errs in form.errors.values() for e in errs))
        return form.cleaned_data


class EditorTask(TugasSOP):
    """Penyuntingan (SOP step 3): the editor edits, then passes it on or sends it back."""

    aksi = [
        ("reject", _("Kembalikan ke Petugas"), True),
        ("approve", _("Setujui ke Pejabat"), False),
        ("approve", _("Setujui ke Pejabat dengan komentar"), True),
    ]
    form_aksi = {"reject": AlasanWajibForm}
    pesan_aksi = {
        "approve": _("'%(judul)s' diteruskan ke Pejabat untuk penyaringan."),
        "reject": _("'%(judul)s' dikembalikan ke Petugas beserta alasan Anda."),
    }

    class Meta:
        verbose_name = _("Tugas penyuntingan (Editor)")
        verbose_name_plural = _("Tugas penyuntingan (Editor)")

    @classmethod
    def get_description(cls):
        return _("Anggota grup terpilih menyunting materi lalu meneruskannya ke Pejabat.")

    def alasan_persetujuan_ditahan(self, obj, user, workflow_state=None):
        return aturan.alasan_penerusan_ditahan(obj, user, workflow_state)

    def akibat_aksi(self, obj, action_name):
        if action_name == "approve":
            return _("Materi akan diteruskan ke Pejabat untuk penyaringan.")
        return ""

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        data = self.periksa_aksi(task_state, user, action_name, kwargs)
        super().on_action(task_state, user, action_name, comment=data.get("comment", ""))


class PejabatTaskState(TaskState):
    keputusan = models.CharField(
        _("keputusan"), max_length=30, choices=KeputusanPejabat.choices, blank=True
    )
    kode_alasan = models.CharField(
        _("jenis alasan"), max_length=30, choices=AlasanTidakLayak.choices, blank=True
    )

    class Meta:
        verbose_name = _("status tugas penyaringan")
        verbose_name_plural = _("status tugas penyaringan")


class PejabatTask(TugasSOP):
    """Penyaringan (SOP step 4): the authorised official decides, from the preview and the
    moderation inbox, whether the item is fit to publish. Nobody edits it meanwhile."""

    task_state_class = PejabatTaskState
    aksi = [
        ("tidak_layak", _("Tidak layak tayang"), True),
        ("perbaikan", _("Perlu perbaikan"), True),
        # Always through the modal: it says whether the item goes live now or when, and asks
        # for confirmation (with an optional comment).
        ("approve", _("Layak tayang"), True),
    ]
    form_aksi = {"tidak_layak": TidakLayakTayangForm, "perbaikan": PerluPerbaikanForm}
    pesan_aksi = {
        "tidak_layak": _(
            "'%(judul)s' tidak layak tayang: alurnya berakhir dan petugas diberi tahu alasannya."
        ),
        "perbaikan": _("'%(judul)s' dikembalikan ke Editor untuk perbaikan."),
    }

    class Meta:
        verbose_name = _("Tugas penyaringan (Pejabat)")
        verbose_name_plural = _("Tugas penyaringan (Pejabat)")

    @classmethod
    def get_description(cls):
        return _("Anggota grup terpilih memutuskan layak atau tidak layak tayang.")

    def alasan_persetujuan_ditahan(self, obj, user, workflow_state=None):
        return aturan.alasan_penyaringan_ditahan(obj, user, workflow_state)

    def akibat_aksi(self, obj, action_name):
        if action_name == "approve":
            tayang = tayang_bila_disetujui(obj)
            if tayang is None:
                return _("Materi akan langsung tayang di situs.")
            return _("Materi akan dijadwalkan tayang %(waktu)s (jam kerja).") % {
                "waktu": format_wita(tayang)
            }
        if action_name == "tidak_layak":
            return _(
                "Materi tidak akan ditayangkan dan alurnya berakhir; petugas menerima jenis "
                "alasan dan alasan Anda."
            )
        return ""

    def catatan_untuk_keputusan(self, task_state):
        return komentar_editor(task_state)

    def pesan_hasil(self, obj, action_name):
        if action_name != "approve":
            return super().pesan_hasil(obj, action_name)
        judul = obj.get_admin_display_title()
        terjadwal = obj.scheduled_revision
        if terjadwal is not None and terjadwal.approved_go_live_at:
            return _("'%(judul)s' layak tayang; dijadwalkan tayang %(waktu)s (jam kerja).") % {
                "judul": judul,
                "waktu": format_wita(terjadwal.approved_go_live_at),
            }
        return _("'%(judul)s' layak tayang dan sudah tayang di situs.") % {"judul": judul}

    def user_can_access_editor(self, obj, user):
        return False

    def locked_for_user(self, obj, user):
        return True

    def user_can_lock(self, obj, user):
        return False

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        data = self.periksa_aksi(task_state, user, action_name, kwargs)
        task_state = task_state.specific
        komentar = data.get("comment", "")
        if action_name == "approve":
            layanan.putuskan_layak_tayang(task_state, user, komentar)
            revisi = task_state.revision.content_object.revisions.order_by("-created_at").first()
            if revisi is not None and revisi.approved_go_live_at:
                # Deferred to working hours: the modal view redirects to the publish queue,
                # where the item waits (the success message says when it goes live).
                return reverse("moderasi_antrean")
        elif action_name == "tidak_layak":
            layanan.putuskan_tidak_layak_tayang(task_state, user, data["kode_alasan"], komentar)
        elif action_name == "perbaikan":
            layanan.minta_perbaikan(task_state, user, komentar)
