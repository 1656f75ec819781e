"""What a decision in the moderation modal will do, said before the pejabat confirms it."""

from django import template
from django.utils.translation import gettext as _

from portal.moderasi.jadwal_tayang import format_wita, tayang_bila_disetujui
from portal.moderasi.keputusan import komentar_editor

register = template.Library()


@register.simple_tag
def rencana_aksi(task_state, action):
    """{"akibat": what confirming `action` will do, "komentar_editor": the editor's comment the
    item was forwarded with} for the modal of the current task."""
    obj = task_state.revision.as_object()
    if action == "approve" and task_state.workflow_state.is_at_final_task:
        tayang = tayang_bila_disetujui(obj)
        akibat = (
            _("Materi akan langsung tayang di situs.")
            if tayang is None
            else _("Materi akan dijadwalkan tayang %(waktu)s (jam kerja).")
            % {"waktu": format_wita(tayang)}
        )
    elif action == "tidak_layak":
        akibat = _(
            "Materi tidak akan ditayangkan dan alurnya berakhir; petugas menerima jenis alasan "
            "dan alasan Anda."
        )
    else:
        akibat = ""
    return {"akibat": akibat, "komentar_editor": komentar_editor(task_state)}
