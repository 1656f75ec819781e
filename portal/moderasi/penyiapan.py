"""Building the `Alur Publikasi SOP` workflow (idempotent; called by setup_portal)."""

from django.contrib.auth.models import Group
from wagtail.models import Workflow, WorkflowPage, WorkflowTask

from portal.moderasi.models import EditorTask, PejabatTask

NAMA_ALUR = "Alur Publikasi SOP"

# (task model, task name, group that acts on it), in workflow order.
TUGAS_ALUR = [
    (EditorTask, "Penyuntingan (Editor)", "Editor"),
    (PejabatTask, "Penyaringan (Pejabat)", "Pejabat"),
]


def siapkan_alur_publikasi(beranda):
    alur, _dibuat = Workflow.objects.get_or_create(name=NAMA_ALUR)
    for urutan, (model, nama, nama_grup) in enumerate(TUGAS_ALUR):
        tugas = model.objects.filter(workflow_tasks__workflow=alur).first()
        if tugas is None:
            tugas = model.objects.create(name=nama)
            tugas.groups.add(Group.objects.get(name=nama_grup))
            WorkflowTask.objects.create(workflow=alur, task=tugas, sort_order=urutan)
    if not WorkflowPage.objects.filter(page=beranda).exists():
        WorkflowPage.objects.create(page=beranda, workflow=alur)
    return alur
