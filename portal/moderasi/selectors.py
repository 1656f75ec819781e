"""Reads for the moderation inbox and the Riwayat SOP timeline (from Wagtail's audit log and
the Mutu Baku reminders sent)."""

from dataclasses import dataclass, replace
from datetime import datetime

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import registry as log_registry
from wagtail.models import Page, PageLogEntry

from portal.moderasi.models import EditorTask, PengingatTerkirim
from portal.moderasi.mutu import AMBANG_PUBLIKASI, LABEL_LANGKAH, langkah_per_tugas
from portal.moderasi.policy import Langkah

AKSI_PERUBAHAN = "wagtail.edit"

# Audit-log actions that belong to the SOP path, and the SOP step each one marks.
LANGKAH_SOP = {
    "wagtail.create": _("1. Pengumpulan materi (draf dibuat)"),
    AKSI_PERUBAHAN: _("Perubahan isi"),
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


@dataclass(frozen=True)
class BarisRiwayat:
    """One row of the Riwayat SOP: an SOP step, or consecutive content changes by one person
    (`jumlah` of them, from `waktu_awal` to `waktu`)."""

    waktu: datetime
    pelaku: str
    langkah: str
    pesan: str
    komentar: str = ""
    perubahan_oleh: int | None = None  # the user, when the row is a content change
    jumlah: int = 1
    waktu_awal: datetime | None = None


def riwayat_sop(page):
    """The page's SOP timeline, oldest first: who did what and when, with reasons.

    The editor's autosave logs a "wagtail.edit" at every save: the content changes one person
    made in a row, with no other SOP step (or reminder) between them, are one row saying how
    many there were. The Mutu Baku reminders sent about the item are rows of their own."""
    baris = sorted([*_langkah_tercatat(page), *_pengingat_terkirim(page)], key=lambda b: b.waktu)
    return _satukan_perubahan_beruntun(baris)


def _langkah_tercatat(page):
    entri = (
        PageLogEntry.objects.filter(page_id=page.pk, action__in=LANGKAH_SOP)
        .select_related("user")
        .order_by("timestamp", "pk")
    )
    langkah_tugas = langkah_per_tugas()
    for log_entry in entri:
        formatter = log_registry.get_formatter(log_entry)
        langkah = LANGKAH_SOP[log_entry.action]
        if log_entry.action == "wagtail.workflow.approve":
            tugas = ((log_entry.data or {}).get("workflow") or {}).get("task") or {}
            langkah = PERSETUJUAN_PER_LANGKAH.get(langkah_tugas.get(tugas.get("id")), langkah)
        yield BarisRiwayat(
            waktu=log_entry.timestamp,
            pelaku=log_entry.user_display_name,
            langkah=langkah,
            pesan=formatter.format_message(log_entry) if formatter else log_entry.action,
            komentar=formatter.format_comment(log_entry) if formatter else "",
            perubahan_oleh=(log_entry.user_id or 0 if log_entry.action == AKSI_PERUBAHAN else None),
        )


def _satukan_perubahan_beruntun(baris):
    hasil = []
    for b in baris:
        sebelumnya = hasil[-1] if hasil else None
        if (
            b.perubahan_oleh is not None
            and sebelumnya is not None
            and sebelumnya.perubahan_oleh == b.perubahan_oleh
        ):
            jumlah = sebelumnya.jumlah + 1
            hasil[-1] = replace(
                b,
                jumlah=jumlah,
                waktu_awal=sebelumnya.waktu_awal or sebelumnya.waktu,
                langkah=ngettext(
                    "Perubahan isi (%(jumlah)d kali)", "Perubahan isi (%(jumlah)d kali)", jumlah
                )
                % {"jumlah": jumlah},
            )
        else:
            hasil.append(b)
    return hasil


def _pengingat_terkirim(page):
    """One row per reminder e-mail: the thresholds a scheduler pass recorded at once for one
    task state were mailed once, for the highest. Sent to the task's groups, or, for
    publication (SOP step 5), to the editors of the workflow (as mutu.py sends them)."""
    catatan = (
        PengingatTerkirim.objects.filter(
            task_state__workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            task_state__workflow_state__object_id=str(page.pk),
        )
        .select_related("task_state__workflow_state")
        .order_by("sent_at", "task_state_id", "ambang")
    )
    per_surel = {}
    for pengingat in catatan:
        per_surel[(pengingat.task_state_id, pengingat.sent_at)] = pengingat  # the highest stays
    if not per_surel:
        return
    langkah_tugas = langkah_per_tugas()
    for pengingat in per_surel.values():
        task_state = pengingat.task_state
        if pengingat.ambang > AMBANG_PUBLIKASI:
            langkah, kelipatan = Langkah.PUBLIKASI, pengingat.ambang - AMBANG_PUBLIKASI
            tugas = EditorTask.objects.filter(
                workflow_tasks__workflow_id=task_state.workflow_state.workflow_id
            )
        elif task_state.task_id in langkah_tugas:
            langkah, kelipatan = langkah_tugas[task_state.task_id], pengingat.ambang
            tugas = type(task_state.task.specific).objects.filter(pk=task_state.task_id)
        else:
            continue  # not an SOP task (mutu.py reminds only about those)
        grup = Group.objects.filter(pk__in=tugas.values("groups")).order_by("name")
        if kelipatan == 1:
            lewat = _("Melewati standar waktu kerja")
        else:
            lewat = _("Melewati %(kelipatan)d× standar waktu kerja") % {"kelipatan": kelipatan}
        yield BarisRiwayat(
            waktu=pengingat.sent_at,
            pelaku=_("Sistem (pengingat otomatis)"),
            langkah=_("Pengingat Mutu Baku: %(langkah)s") % {"langkah": LABEL_LANGKAH[langkah]},
            pesan=_("%(lewat)s; pengingat dikirim ke grup %(grup)s")
            % {"lewat": lewat, "grup": ", ".join(grup.values_list("name", flat=True)) or "–"},
        )
