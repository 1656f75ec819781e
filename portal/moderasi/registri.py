"""The workflow's own models, reached through Django's app registry.

Wagtail calls the task models back (`on_action`, `user_can_access_editor`, ...) and they hand
over to the rules and services (`aturan`, `layanan`, `keputusan`, `jadwal_tayang`), which in
turn query the task and calendar models. Those modules take the model classes from here at
call time, as Django's own signals and migrations do, so no import runs in a circle."""

from django.apps import apps


def model_moderasi(nama):
    """The model `nama` of the moderasi app (EditorTask, PejabatTaskState, HariLibur, ...)."""
    return apps.get_model("moderasi", nama)
