"""What a decision in the moderation modal will do, said before it is confirmed."""

from django import template

register = template.Library()


@register.simple_tag
def rencana_aksi(task_state, action):
    """{"akibat": what confirming `action` will do, "catatan": the note the decider reads (the
    editor's comment, for the pejabat)}, from the current task."""
    tugas = task_state.task.specific
    return {
        "akibat": tugas.akibat_aksi(task_state.revision.as_object(), action),
        "catatan": tugas.catatan_untuk_keputusan(task_state),
    }
