"""Reads of the decisions taken on an item in the SOP workflow: what the petugas sees on the
edit screen (the latest decision, who, when and why), the status label of an item in page
listings, and the editor's comment the pejabat sees when deciding."""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, TaskState, WorkflowState

from portal.moderasi.pilihan import AlasanTidakLayak, KeputusanPejabat
from portal.moderasi.registri import model_moderasi

STATUS_TIDAK_LAYAK = _("tidak layak tayang")
STATUS_PERLU_PERBAIKAN = _("perlu perbaikan")


@dataclass(frozen=True)
class Keputusan:
    judul: str  # what was decided ("Tidak layak tayang", "Dikembalikan ke Petugas", ...)
    oleh: str
    waktu: datetime
    alasan: str
    jenis_alasan: str  # the refusal's reason category, if any
    ditolak: bool  # the item did not move on (returned or refused)


def _judul(task_state):
    EditorTask = model_moderasi("EditorTask")
    PejabatTaskState = model_moderasi("PejabatTaskState")

    if isinstance(task_state, PejabatTaskState):
        return {
            KeputusanPejabat.LAYAK_TAYANG: _("Layak tayang"),
            KeputusanPejabat.TIDAK_LAYAK_TAYANG: _("Tidak layak tayang"),
            KeputusanPejabat.PERLU_PERBAIKAN: _("Perlu perbaikan (kembali ke Editor)"),
        }.get(task_state.keputusan, _("Keputusan Pejabat"))
    if isinstance(task_state.task.specific, EditorTask):
        if task_state.status == TaskState.STATUS_APPROVED:
            return _("Diteruskan ke Pejabat")
        return _("Dikembalikan ke Petugas untuk perbaikan")
    return task_state.task.name


def keputusan_terakhir(page):
    """The latest decision a reviewer took on `page`, or None before any."""
    task_state = (
        TaskState.objects.filter(
            workflow_state__in=_alur_terakhir(str(page.pk)),
            status__in=(TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED),
            finished_at__isnull=False,
        )
        .select_related("finished_by", "task")
        .order_by("-finished_at", "-pk")
        .first()
    )
    if task_state is None:
        return None
    task_state = task_state.specific
    kode = getattr(task_state, "kode_alasan", "")
    return Keputusan(
        judul=str(_judul(task_state)),
        oleh=_nama(task_state.finished_by),
        waktu=task_state.finished_at,
        alasan=task_state.comment or "",
        jenis_alasan=str(AlasanTidakLayak(kode).label) if kode else "",
        ditolak=task_state.status == TaskState.STATUS_REJECTED,
    )


def _nama(user):
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def _alur_terakhir(pk):
    """The workflow runs of the page `pk` (an expression or a value), newest first."""
    return WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page), object_id=pk
    ).order_by("-created_at", "-pk")


def _tidak_layak(workflow_state_pk):
    PejabatTaskState = model_moderasi("PejabatTaskState")

    return Exists(
        PejabatTaskState.objects.filter(
            workflow_state_id=workflow_state_pk, keputusan=KeputusanPejabat.TIDAK_LAYAK_TAYANG
        )
    )


def beri_status_sop(halaman):
    """`halaman` (a page queryset) with what `status_sop` needs, read in the same query: a
    page listing then labels its rows without one query per row."""
    terakhir = _alur_terakhir(Cast(OuterRef("pk"), CharField()))
    terakhir_dalam = _alur_terakhir(Cast(OuterRef(OuterRef("pk")), CharField()))
    return halaman.annotate(
        _sop_status_alur=Subquery(terakhir.values("status")[:1]),
        _sop_tidak_layak=_tidak_layak(Subquery(terakhir_dalam.values("pk")[:1])),
    )


def status_sop(page):
    """The SOP status label of a page that is not live, where it says more than "draft": an
    item refused as not fit to publish, or returned to the petugas for changes. None
    otherwise (Wagtail's own label stands). Reads the annotations of `beri_status_sop` when
    the page came with them, else one query."""
    if hasattr(page, "_sop_status_alur"):
        status, tidak_layak = page._sop_status_alur, page._sop_tidak_layak
    else:
        terakhir = (
            _alur_terakhir(str(page.pk))
            .annotate(tidak_layak=_tidak_layak(OuterRef("pk")))
            .values_list("status", "tidak_layak")
            .first()
        )
        if terakhir is None:
            return None
        status, tidak_layak = terakhir
    if status == WorkflowState.STATUS_NEEDS_CHANGES:
        return STATUS_PERLU_PERBAIKAN
    if status == WorkflowState.STATUS_CANCELLED and tidak_layak:
        return STATUS_TIDAK_LAYAK
    return None


def komentar_editor(task_state):
    """The comment the editor forwarded the item with, in the run `task_state` belongs to
    (the pejabat reads it when deciding); "" when there is none."""
    EditorTask = model_moderasi("EditorTask")

    terakhir = (
        TaskState.objects.filter(
            workflow_state_id=task_state.workflow_state_id,
            status=TaskState.STATUS_APPROVED,
            task__in=EditorTask.objects.all(),
        )
        .order_by("-finished_at", "-pk")
        .first()
    )
    return (terakhir.comment or "") if terakhir is not None else ""
