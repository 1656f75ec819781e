"""Reads for the moderation inbox and the Riwayat SOP timeline (from Wagtail's audit log)."""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import registry as log_registry
from wagtail.models import PageLogEntry

from portal.moderasi.policy import Langkah

# Audit-log actions that belong to the SOP path, and the SOP step each one marks.
LANGKAH_SOP = {
    "wagtail.create": _("1. Pengumpulan materi (draf dibuat)"),
    "wagtail.edit": _("Perubahan isi"),
    "wagtail.workflow.start": _("2. Serah terima ke Tim IT (diajukan)"),
    "wagtail.workflow.resume": _("2. Diajukan ulang setelah perbaikan"),
    "wagtail.workflow.approve": _("Persetujuan"),
    "wagtail.workflow.reject": _("3. Dikembalikan ke Petugas"),
    "wagtail.workflow.cancel": _("Alur dibatalkan"),
    "moderasi.perlu_perbaikan": _("4. Penyaringan: perlu perbaikan"),
    "moderasi.tidak_layak_tayang": _("6. Penyaringan: tidak layak tayang"),
    "wagtail.publish": _("5. Dipublikasikan"),
    "moderasi.publikasi_ditunda": _("5. Ditunda ke jam kerja"),
    "wagtail.publish.schedule": _("5. Dijadwalkan tayang"),
    "wagtail.schedule.cancel": _("Jadwal tayang dibatalkan"),
    "wagtail.unpublish": _("Ditarik dari situs"),
    "moderasi.serta_merta": _("Publikasi serta merta (di luar alur)"),
    "moderasi.serta_merta_ditinjau": _("Publikasi serta merta ditinjau administrator"),
    "moderasi.tarik_darurat": _("Ditarik segera"),
}

# Which approval it was, from the task recorded in the log entry.
PERSETUJUAN_PER_LANGKAH = {
    Langkah.PENYUNTINGAN: _("3. Disetujui editor (penyuntingan)"),
    Langkah.PENYARINGAN: _("4. Layak tayang (penyaringan)"),
}


def riwayat_sop(page):
    """The page's SOP timeline, oldest first: who did what and when, with reasons."""
    entri = (
        PageLogEntry.objects.filter(page_id=page.pk, action__in=LANGKAH_SOP)
        .select_related("user")
        .order_by("timestamp", "pk")
    )
    from portal.moderasi.mutu import langkah_per_tugas

    langkah_tugas = langkah_per_tugas()
    for log_entry in entri:
        formatter = log_registry.get_formatter(log_entry)
        langkah = LANGKAH_SOP[log_entry.action]
        if log_entry.action == "wagtail.workflow.approve":
            tugas = ((log_entry.data or {}).get("workflow") or {}).get("task") or {}
            langkah = PERSETUJUAN_PER_LANGKAH.get(langkah_tugas.get(tugas.get("id")), langkah)
        yield {
            "waktu": log_entry.timestamp,
            "pelaku": log_entry.user_display_name,
            "langkah": langkah,
            "pesan": formatter.format_message(log_entry) if formatter else log_entry.action,
            "komentar": formatter.format_comment(log_entry) if formatter else "",
        }
