"""Mutu Baku: working time per SOP step against its standard (selectors), the monthly report,
and the overdue reminders (a scheduler pass).

How each step of an item is measured, always in *working* time (`KalenderKerja`):

- 1 pengumpulan: from `waktu_liputan` (as in the submitted revision) to the page's first
  revision;
- 2 penyerahan: from the page's first revision to its first SOP workflow state (`created_at`,
  the hand-over receipt);
- 3 penyuntingan / 4 penyaringan: each EditorTask / PejabatTask state, `started_at` to
  `finished_at` (to now while open);
- 5 publikasi: from a "layak tayang" decision (or the published revision's own `go_live_at`,
  if later) to the first `wagtail.publish` / `wagtail.publish.scheduled` log entry after it.

- Steps 1 and 2 are measured once per item (its first hand-over). Steps 3 and 4 are measured
  per task state: an item returned for changes passes the step again, and each pass has its own
  clock, as the inbox and the reminders show it. Decided passes count (approved or rejected);
  a pass cancelled by withdrawing the item does not.
- A measurement belongs to the month (WITA) in which the step finished; the section is the
  content area (berita, dokumen, galeri) of the page's type.
- A scheduled go-live time chosen by the editor starts the publication clock at that time, so
  an item deliberately scheduled for next week is not "late"; one deferred to the next opening
  costs no working time either way.
- Statuses are computed against the standards in force now (the `StandarMutuBaku` setting).
- "Tidak layak tayang" decisions (SOP step 6: not published) are counted in the report on the
  penyaringan row of their month (WITA, when decided) and section, in total and per reason code.

Reminders go to the group responsible for the overdue step: the task's groups while an item
waits at the editor or pejabat task, and the editors (webmaster, SOP step 5) once an item found
"layak tayang" has not gone live within the publication standard (the scheduler could not
publish it, or it was deferred and is still waiting). The steps waiting past their standard
(`melewati_standar`) are one list: the reminders are sent about it and the dashboard counts
it.
"""

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.db.models import Exists, IntegerField, Min, OuterRef, Q
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.dates import MONTHS
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, override
from wagtail.models import Page, PageLogEntry, Revision, TaskState, WorkflowState, WorkflowTask

from portal.moderasi.kalender import kalender_kerja
from portal.moderasi.models import (
    EditorTask,
    PejabatTask,
    PejabatTaskState,
    PengingatTerkirim,
    StandarMutuBaku,
)
from portal.moderasi.penjadwal import putaran_tambahan
from portal.moderasi.pilihan import AlasanTidakLayak, KeputusanPejabat
from portal.moderasi.policy import (
    DALAM_STANDAR,
    STANDAR_SOP,
    TERLAMBAT,
    ZONA_WITA,
    Langkah,
    RingkasanMutu,
    ambang_terlewati,
    ringkasan,
    status_mutu,
)

logger = logging.getLogger(__name__)

# Thresholds (multiples of the standard) that each trigger one reminder.
KELIPATAN_PENGINGAT = (1, 2, 4)

# Publication reminders are recorded on the "layak tayang" task state, which may already hold
# its own penyaringan reminders (1, 2, 4): they are stored as AMBANG_PUBLIKASI + the multiple
# (101, 102, 104), so the two never collide and no new column is needed.
AMBANG_PUBLIKASI = 100

# Approvals of the last days are watched for a missing publication, and older ones only while
# a scheduled go-live time is pending (the backlog of an old database is not mailed about when
# this check is first deployed).
JENDELA_PUBLIKASI = timedelta(days=30)

# Sections of the report: the app label of the page type → label.
BAGIAN = {
    "berita": gettext_lazy("Berita"),
    "dokumen": gettext_lazy("Dokumen"),
    "galeri": gettext_lazy("Galeri"),
}

LABEL_LANGKAH = {
    Langkah.PENGUMPULAN: gettext_lazy("1. Pengumpulan materi"),
    Langkah.PENYERAHAN: gettext_lazy("2. Serah terima ke Tim IT"),
    Langkah.PENYUNTINGAN: gettext_lazy("3. Penyuntingan"),
    Langkah.PENYARINGAN: gettext_lazy("4. Penyaringan"),
    Langkah.PUBLIKASI: gettext_lazy("5. Publikasi"),
}

LABEL_STATUS = {
    DALAM_STANDAR: gettext_lazy("dalam standar"),
    TERLAMBAT: gettext_lazy("terlambat"),
}

# Month names in the active language (Indonesian by default), from Django's catalogue.
NAMA_BULAN = [MONTHS[i] for i in range(1, 13)]

AKSI_TERBIT = ("wagtail.publish", "wagtail.publish.scheduled")
STATUS_DIPUTUSKAN = (TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED)


# -- standards and formatting --------------------------------------------------------------------


def standar_mutu():
    """The standard of every step as a timedelta of working time, from the site setting (the
    SOP value for a step whose stored value is not positive, e.g. edited behind the form)."""
    setelan = StandarMutuBaku.load()
    hasil = {}
    for langkah in Langkah:
        menit = setelan.menit(langkah)
        hasil[langkah] = timedelta(minutes=menit) if menit and menit > 0 else STANDAR_SOP[langkah]
    return hasil


def format_durasi(durasi):
    """ "1 jam 20 menit kerja": whole minutes, rounded down."""
    if durasi is None:
        return "–"
    menit = int(durasi.total_seconds() // 60)
    if menit == 0 and durasi > timedelta(0):
        return _("< 1 menit kerja")
    jam, menit = divmod(menit, 60)
    if jam and menit:
        return _("%(jam)d jam %(menit)d menit kerja") % {"jam": jam, "menit": menit}
    if jam:
        return _("%(jam)d jam kerja") % {"jam": jam}
    return _("%(menit)d menit kerja") % {"menit": menit}


def _menit(durasi):
    return None if durasi is None else round(durasi.total_seconds() / 60, 1)


def persen(porsi):
    """A share (0..1) as the report shows it: a percentage to one decimal; None stays None."""
    return None if porsi is None else round(porsi * 100, 1)


# -- tasks ---------------------------------------------------------------------------------------


def langkah_per_tugas():
    """{task id: Langkah} of every SOP task (active or not: history keeps its tasks)."""
    langkah = {pk: Langkah.PENYUNTINGAN for pk in EditorTask.objects.values_list("pk", flat=True)}
    langkah.update(
        {pk: Langkah.PENYARINGAN for pk in PejabatTask.objects.values_list("pk", flat=True)}
    )
    return langkah


def langkah_tugas(task):
    """The SOP step a task stands for, or None for a task outside the SOP."""
    task = task.specific
    if isinstance(task, EditorTask):
        return Langkah.PENYUNTINGAN
    if isinstance(task, PejabatTask):
        return Langkah.PENYARINGAN
    return None


def waktu_terpakai(task_state, now=None, kalender=None):
    """Working time the task state has taken: until it finished, or until `now` while open."""
    kalender = kalender or kalender_kerja()
    akhir = task_state.finished_at or now or timezone.now()
    return kalender.waktu_kerja_antara(task_state.started_at, akhir)


def penilai_tugas(now=None):
    """`mutu_tugas` with the clock, the calendar and the standards read once (for a list)."""
    now, kalender, standar = now or timezone.now(), kalender_kerja(), standar_mutu()
    return lambda task_state: mutu_tugas(task_state, now, kalender, standar)


def mutu_tugas(task_state, now=None, kalender=None, standar=None):
    """For the inbox: {"terpakai", "standar_mutu", "status_mutu", "status_mutu_label"} of an
    SOP task state (empty for another task)."""
    langkah = langkah_tugas(task_state.task)
    if langkah is None:
        return {}
    standar = (standar or standar_mutu())[langkah]
    terpakai = waktu_terpakai(task_state, now, kalender)
    status = status_mutu(terpakai, standar)
    return {
        "terpakai": format_durasi(terpakai),
        "standar_mutu": format_durasi(standar),
        "status_mutu": status,
        "status_mutu_label": LABEL_STATUS[status],
    }


# -- step durations of items ---------------------------------------------------------------------


@dataclass(frozen=True)
class UkuranLangkah:
    """One pass of one step of one item. `selesai` is None while the step is still running;
    `terpakai` is then the working time up to now."""

    page_id: int
    bagian: str
    langkah: Langkah
    mulai: datetime
    selesai: datetime | None
    terpakai: timedelta
    standar: timedelta
    task_state_id: int | None = None

    @property
    def berjalan(self):
        return self.selesai is None

    @property
    def status(self):
        return status_mutu(self.terpakai, self.standar)

    @property
    def label_langkah(self):
        return LABEL_LANGKAH[self.langkah]

    @property
    def label_status(self):
        return LABEL_STATUS[self.status]

    @property
    def terpakai_teks(self):
        return format_durasi(self.terpakai)

    @property
    def standar_teks(self):
        return format_durasi(self.standar)


def _waktu(nilai):
    """An aware datetime from a revision's JSON value (ISO text), or None."""
    if not nilai:
        return None
    waktu = parse_datetime(nilai) if isinstance(nilai, str) else nilai
    if waktu is not None and timezone.is_naive(waktu):
        waktu = timezone.make_aware(waktu, ZONA_WITA)
    return waktu


def _workflow_state_sop(langkah_tugas_sop):
    """Workflow states of pages in workflows that contain an SOP task."""
    ids_alur = WorkflowTask.objects.filter(task_id__in=list(langkah_tugas_sop)).values(
        "workflow_id"
    )
    return WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page), workflow_id__in=ids_alur
    )


def ukuran_langkah(page_ids, now=None, kalender=None, standar=None):
    """{page id: [UkuranLangkah, ...] in time order} for the pages that entered the SOP
    workflow; see the module docstring for what each step measures."""
    now = now or timezone.now()
    kalender = kalender or kalender_kerja()
    standar = standar or standar_mutu()
    tugas = langkah_per_tugas()
    kunci = [str(pk) for pk in page_ids]
    if not tugas or not kunci:
        return {}

    # The first SOP workflow state of each page (hand-over), and its section.
    semua_ws = list(
        _workflow_state_sop(tugas)
        .filter(object_id__in=kunci)
        .select_related("content_type")
        .order_by("created_at", "pk")
    )
    pertama = {}
    for ws in semua_ws:
        pertama.setdefault(int(ws.object_id), ws)
    if not pertama:
        return {}
    bagian = {pk: ws.content_type.app_label for pk, ws in pertama.items()}
    kunci = [str(pk) for pk in pertama]

    revisi_pertama = dict(
        Revision.page_revisions.filter(object_id__in=kunci)
        .values_list("object_id")
        .annotate(awal=Min("created_at"))
        .values_list("object_id", "awal")
    )

    task_states = list(
        TaskState.objects.filter(
            workflow_state__in=[ws.pk for ws in semua_ws],
            task_id__in=list(tugas),
            status__in=(*STATUS_DIPUTUSKAN, TaskState.STATUS_IN_PROGRESS),
        )
        .select_related("workflow_state")
        .order_by("started_at", "pk")
    )

    # waktu_liputan as submitted: from the revision of the first task state of the first
    # hand-over (the page row of a draft is not updated by later edits).
    revisi_serah = {}
    for ts in task_states:
        if ts.workflow_state_id == pertama[int(ts.workflow_state.object_id)].pk:
            revisi_serah.setdefault(int(ts.workflow_state.object_id), ts.revision_id)
    liputan = dict(
        Revision.objects.filter(pk__in=revisi_serah.values())
        .annotate(liputan=KeyTextTransform("waktu_liputan", "content"))
        .values_list("pk", "liputan")
    )

    terbit = defaultdict(list)  # page id → [(timestamp, revision id)]
    for page_id, waktu, revision_id in (
        PageLogEntry.objects.filter(page_id__in=list(pertama), action__in=AKSI_TERBIT)
        .order_by("timestamp", "pk")
        .values_list("page_id", "timestamp", "revision_id")
    ):
        terbit[page_id].append((waktu, revision_id))
    id_revisi_terbit = {r for daftar in terbit.values() for _w, r in daftar if r}
    jadwal_revisi = {
        pk: _waktu(nilai)
        for pk, nilai in Revision.objects.filter(pk__in=id_revisi_terbit)
        .annotate(jadwal=KeyTextTransform("go_live_at", "content"))
        .values_list("pk", "jadwal")
    }
    jadwal_tertunda = dict(
        Revision.page_revisions.filter(object_id__in=kunci, approved_go_live_at__isnull=False)
        .values_list("object_id")
        .annotate(jadwal=Min("approved_go_live_at"))
        .values_list("object_id", "jadwal")
    )

    def ukur(page_id, langkah, mulai, selesai, task_state_id=None):
        akhir = selesai if selesai is not None else now
        return UkuranLangkah(
            page_id=page_id,
            bagian=bagian[page_id],
            langkah=langkah,
            mulai=mulai,
            selesai=selesai,
            terpakai=kalender.waktu_kerja_antara(mulai, akhir),
            standar=standar[langkah],
            task_state_id=task_state_id,
        )

    hasil = defaultdict(list)
    for page_id, ws in pertama.items():
        awal = revisi_pertama.get(str(page_id))
        if awal is None:
            continue
        waktu_liputan = _waktu(liputan.get(revisi_serah.get(page_id)))
        if waktu_liputan is not None:
            hasil[page_id].append(ukur(page_id, Langkah.PENGUMPULAN, waktu_liputan, awal))
        hasil[page_id].append(ukur(page_id, Langkah.PENYERAHAN, awal, ws.created_at))

    persetujuan = defaultdict(list)  # page id → finished_at of each "layak tayang"
    for ts in task_states:
        page_id = int(ts.workflow_state.object_id)
        langkah = tugas[ts.task_id]
        selesai = ts.finished_at if ts.status in STATUS_DIPUTUSKAN else None
        if selesai is None and ts.workflow_state.status != WorkflowState.STATUS_IN_PROGRESS:
            continue  # an open task state of a workflow that is no longer running
        hasil[page_id].append(ukur(page_id, langkah, ts.started_at, selesai, ts.pk))
        if langkah == Langkah.PENYARINGAN and ts.status == TaskState.STATUS_APPROVED:
            persetujuan[page_id].append(ts.finished_at)

    for page_id, daftar in persetujuan.items():
        daftar.sort()
        for i, disetujui in enumerate(daftar):
            berikut = daftar[i + 1] if i + 1 < len(daftar) else None
            tayang = next(
                (
                    (waktu, revisi)
                    for waktu, revisi in terbit[page_id]
                    if waktu >= disetujui and (berikut is None or waktu < berikut)
                ),
                None,
            )
            if tayang is None:
                if berikut is not None:
                    continue  # never published before the next decision: nothing to measure
                jadwal = jadwal_tertunda.get(str(page_id))
                mulai = max(disetujui, jadwal) if jadwal else disetujui
                hasil[page_id].append(ukur(page_id, Langkah.PUBLIKASI, mulai, None))
                continue
            waktu_tayang, revisi = tayang
            jadwal = jadwal_revisi.get(revisi)
            mulai = min(max(disetujui, jadwal), waktu_tayang) if jadwal else disetujui
            hasil[page_id].append(ukur(page_id, Langkah.PUBLIKASI, mulai, waktu_tayang))

    for daftar in hasil.values():
        daftar.sort(key=lambda u: (u.selesai or now, u.mulai))
    return dict(hasil)


def mutu_item(page, now=None, kalender=None):
    """For the Riwayat SOP view: the item's measured steps and the task running now."""
    now = now or timezone.now()
    ukuran = ukuran_langkah([page.pk], now, kalender).get(page.pk, [])
    berjalan = [u for u in ukuran if u.berjalan and u.task_state_id is not None]
    return {"ukuran": ukuran, "tugas_berjalan": berjalan[-1] if berjalan else None}


# -- the monthly report --------------------------------------------------------------------------


KOLOM_LAPORAN = (
    "Tahun",
    "Bulan",
    "Nama bulan",
    "Bagian",
    "Langkah",
    "Standar (menit kerja)",
    "Jumlah",
    "Median (menit kerja)",
    "P90 (menit kerja)",
    "Dalam standar (%)",
    # SOP step 6, on the penyaringan row (empty on the others): decisions, then per reason code.
    "Tidak layak tayang",
    *(f"Tidak layak tayang: {kode}" for kode in AlasanTidakLayak.values),
)


@dataclass(frozen=True)
class BarisLaporan:
    tahun: int
    bulan: int
    bagian: str
    langkah: Langkah
    standar: timedelta
    ringkasan: RingkasanMutu
    # Penyaringan rows only: {reason code: number of "tidak layak tayang" decisions}, every
    # code present (zero when none); None on the other steps' rows.
    tidak_layak: dict | None = None

    @property
    def nama_bulan(self):
        return str(NAMA_BULAN[self.bulan - 1])

    @property
    def label_bagian(self):
        return str(BAGIAN[self.bagian])

    @property
    def label_langkah(self):
        return str(LABEL_LANGKAH[self.langkah])

    @property
    def median_teks(self):
        return format_durasi(self.ringkasan.median)

    @property
    def p90_teks(self):
        return format_durasi(self.ringkasan.persentil_90)

    @property
    def standar_teks(self):
        return format_durasi(self.standar)

    @property
    def persen_dalam_standar(self):
        return persen(self.ringkasan.porsi_dalam_standar)

    @property
    def jumlah_tidak_layak(self):
        return None if self.tidak_layak is None else sum(self.tidak_layak.values())

    @property
    def rincian_tidak_layak(self):
        """[(reason label, count)] of the reasons given at least once, in the choices' order."""
        if not self.tidak_layak:
            return []
        return [
            (str(AlasanTidakLayak(kode).label), jumlah)
            for kode, jumlah in self.tidak_layak.items()
            if jumlah
        ]

    def nilai(self):
        """The row as exported (KOLOM_LAPORAN); None where there is no data."""
        tidak_layak = self.tidak_layak or {}
        return [
            self.tahun,
            self.bulan,
            self.nama_bulan,
            self.label_bagian,
            self.label_langkah,
            int(self.standar.total_seconds() // 60),
            self.ringkasan.jumlah,
            _menit(self.ringkasan.median),
            _menit(self.ringkasan.persentil_90),
            self.persen_dalam_standar,
            self.jumlah_tidak_layak,
            *(
                tidak_layak.get(kode) if self.tidak_layak is not None else None
                for kode in AlasanTidakLayak.values
            ),
        ]


def _batas_periode(tahun, bulan=None):
    if bulan:
        mulai = datetime(tahun, bulan, 1, tzinfo=ZONA_WITA)
        akhir = datetime(tahun + (bulan == 12), bulan % 12 + 1, 1, tzinfo=ZONA_WITA)
    else:
        mulai = datetime(tahun, 1, 1, tzinfo=ZONA_WITA)
        akhir = datetime(tahun + 1, 1, 1, tzinfo=ZONA_WITA)
    return mulai, akhir


def _halaman_dalam_periode(mulai, akhir, tugas):
    """Ids of SOP items of the report's sections that may have a step finishing in
    [mulai, akhir): handed over, a task decided, first drafted or published in it."""
    sop = _workflow_state_sop(tugas).filter(content_type__app_label__in=list(BAGIAN))
    kunci_sop = sop.values("object_id")
    ids = set(
        sop.filter(created_at__gte=mulai, created_at__lt=akhir).values_list("object_id", flat=True)
    )
    ids |= set(
        TaskState.objects.filter(
            workflow_state__in=sop, finished_at__gte=mulai, finished_at__lt=akhir
        ).values_list("workflow_state__object_id", flat=True)
    )
    ids |= set(
        Revision.page_revisions.filter(object_id__in=kunci_sop)
        .values("object_id")
        .annotate(awal=Min("created_at"))
        .filter(awal__gte=mulai, awal__lt=akhir)
        .values_list("object_id", flat=True)
    )
    ids.update(
        str(pk)
        for pk in PageLogEntry.objects.filter(
            action__in=AKSI_TERBIT, timestamp__gte=mulai, timestamp__lt=akhir
        ).values_list("page_id", flat=True)
    )
    return {int(oid) for oid in ids}


@dataclass(frozen=True)
class PengukuranPeriode:
    """The measured steps of a report period, before they are summarised: the report's table
    (`baris_laporan`) and its charts (`portal.moderasi.grafik_mutu`) both read this one
    object, so they show the same numbers.

    `durasi`: {(month, section, step): [working time of each pass finished in that month]};
    `tidak_layak`: {(month, section): {reason code: decisions}} (`keputusan_tidak_layak`)."""

    tahun: int
    bulan: int | None
    bagian: str | None
    standar: dict
    durasi: dict
    tidak_layak: dict

    @property
    def daftar_bulan(self):
        """The months of the period, in order: the chosen one, or the whole year."""
        return [self.bulan] if self.bulan else list(range(1, 13))


def pengukuran_periode(tahun, bulan=None, bagian=None, now=None, kalender=None, standar=None):
    """The steps finished in the period (a year, or one month of it; WITA), of one section or
    all, grouped by month, section and step, with the period's "tidak layak tayang"
    decisions."""
    now = now or timezone.now()
    kalender = kalender or kalender_kerja()
    standar = standar or standar_mutu()
    mulai, akhir = _batas_periode(tahun, bulan)
    tugas = langkah_per_tugas()
    durasi = defaultdict(list)  # (bulan, bagian, langkah) → [terpakai]
    tidak_layak = {}
    if tugas:
        ukuran = ukuran_langkah(_halaman_dalam_periode(mulai, akhir, tugas), now, kalender, standar)
        for daftar in ukuran.values():
            for u in daftar:
                if u.berjalan or u.bagian not in BAGIAN or (bagian and u.bagian != bagian):
                    continue
                selesai = u.selesai.astimezone(ZONA_WITA)
                if not mulai <= selesai < akhir:
                    continue
                durasi[(selesai.month, u.bagian, u.langkah)].append(u.terpakai)
        tidak_layak = keputusan_tidak_layak(mulai, akhir, tugas, bagian)
    return PengukuranPeriode(tahun, bulan, bagian, standar, dict(durasi), tidak_layak)


def laporan_mutu(
    tahun, bulan=None, bagian=None, langkah=None, now=None, kalender=None, standar=None
):
    """The report rows: per month (WITA) in which a step finished, per section, per step,
    count, median and P90 working time and the share within standard. Only months and
    sections with data appear; each of them lists all five steps (or only `langkah`)."""
    return baris_laporan(pengukuran_periode(tahun, bulan, bagian, now, kalender, standar), langkah)


def baris_laporan(pengukuran, langkah=None):
    """The rows of `laporan_mutu` from a period already measured."""
    standar = pengukuran.standar
    urutan_bagian = list(BAGIAN)
    ada = sorted(
        {(b, bg) for b, bg, _l in pengukuran.durasi} | set(pengukuran.tidak_layak),
        key=lambda k: (k[0], urutan_bagian.index(k[1])),
    )
    return [
        BarisLaporan(
            tahun=pengukuran.tahun,
            bulan=b,
            bagian=bg,
            langkah=lk,
            standar=standar[lk],
            ringkasan=ringkasan(pengukuran.durasi.get((b, bg, lk), ()), standar[lk]),
            tidak_layak=(
                {
                    kode: pengukuran.tidak_layak.get((b, bg), {}).get(kode, 0)
                    for kode in AlasanTidakLayak.values
                }
                if lk == Langkah.PENYARINGAN
                else None
            ),
        )
        for b, bg in ada
        for lk in Langkah
        if langkah is None or lk == langkah
    ]


def keputusan_tidak_layak(mulai, akhir, tugas, bagian=None):
    """{(month, section): {reason code: count}} of the "tidak layak tayang" decisions taken in
    [mulai, akhir), by the month (WITA) of the decision and the section of the item."""
    hasil = defaultdict(lambda: defaultdict(int))
    ids_penyaringan = [pk for pk, langkah in tugas.items() if langkah == Langkah.PENYARINGAN]
    keputusan = PejabatTaskState.objects.filter(
        task_id__in=ids_penyaringan,
        keputusan=KeputusanPejabat.TIDAK_LAYAK_TAYANG,
        finished_at__gte=mulai,
        finished_at__lt=akhir,
        workflow_state__in=_workflow_state_sop(tugas).filter(
            content_type__app_label__in=[bagian] if bagian else list(BAGIAN)
        ),
    ).values_list("finished_at", "workflow_state__content_type__app_label", "kode_alasan")
    for selesai, app_label, kode in keputusan:
        kode = kode if kode in AlasanTidakLayak.values else AlasanTidakLayak.LAINNYA
        hasil[(selesai.astimezone(ZONA_WITA).month, app_label)][kode] += 1
    return {kunci: dict(per_kode) for kunci, per_kode in hasil.items()}


# -- overdue reminders (a scheduler pass) --------------------------------------------------------


def _penerima(grup):
    return list(
        get_user_model()
        .objects.filter(is_active=True, groups__in=grup)
        .exclude(email="")
        .distinct()
    )


def _kirim_pengingat(task_state, langkah, ambang, terpakai, standar, mulai, penerima, catatan=""):
    if not penerima:
        return
    obj = task_state.revision.as_object()
    judul = obj.get_admin_display_title()
    with override(settings.LANGUAGE_CODE):
        konteks = {
            "judul": judul,
            "langkah": LABEL_LANGKAH[langkah],
            "ambang": ambang,
            "terpakai": format_durasi(terpakai),
            "standar": format_durasi(standar),
            "mulai": timezone.localtime(mulai, ZONA_WITA),
            "catatan": catatan,
            "publikasi": langkah == Langkah.PUBLIKASI,
            "tautan_antrean": settings.WAGTAILADMIN_BASE_URL + reverse("moderasi_antrean"),
            "tautan": settings.WAGTAILADMIN_BASE_URL
            + reverse("wagtailadmin_pages:edit", args=(obj.pk,)),
            "tautan_riwayat": settings.WAGTAILADMIN_BASE_URL
            + reverse("moderasi_riwayat", args=(obj.pk,)),
        }
        if ambang == 1:
            subjek = _("Terlambat %(langkah)s: %(judul)s")
        else:
            subjek = _("Terlambat %(ambang)d× standar %(langkah)s: %(judul)s")
        subjek = "[Portal Kaltim] " + subjek % {
            "langkah": str(LABEL_LANGKAH[langkah]).split(". ", 1)[-1].lower(),
            "ambang": ambang,
            "judul": judul,
        }
        isi = render_to_string("moderasi/mutu/email_pengingat.txt", konteks)
    with get_connection() as koneksi:
        koneksi.send_messages([EmailMessage(subjek, isi, to=[u.email]) for u in penerima])


# The steps an item waits at in the portal, which `melewati_standar` watches: collection and
# hand-over (steps 1–2) happen before the item is submitted, so nothing waits there.
LANGKAH_MENUNGGU = (Langkah.PENYUNTINGAN, Langkah.PENYARINGAN, Langkah.PUBLIKASI)


@dataclass(frozen=True)
class Menunggu:
    """One SOP step of one item waiting past its standard now. `task_state` is the open task
    (penyuntingan, penyaringan) or, for publication, the "layak tayang" decision; `mulai` is
    when the step's clock started."""

    task_state: TaskState
    langkah: Langkah
    mulai: datetime
    terpakai: timedelta
    standar: timedelta

    @property
    def page_id(self):
        return int(self.task_state.workflow_state.object_id)

    @property
    def judul(self):
        return self.task_state.revision.object_str

    @property
    def label_bagian(self):
        app_label = self.task_state.workflow_state.content_type.app_label
        return str(BAGIAN.get(app_label, app_label))

    @property
    def label_langkah(self):
        return str(LABEL_LANGKAH[self.langkah])

    @property
    def terpakai_teks(self):
        return format_durasi(self.terpakai)

    @property
    def standar_teks(self):
        return format_durasi(self.standar)


@dataclass(frozen=True)
class Terlambat(Menunggu):
    """What a reminder is about: a step waiting past its standard, with `ambang_baru` the
    thresholds newly crossed, as recorded (`PengingatTerkirim.ambang`)."""

    ambang_baru: tuple
    penerima: list
    catatan: str = ""

    @property
    def ambang(self):
        """The highest multiple newly crossed (without the publication offset): the one the
        e-mail speaks of."""
        return max(k % AMBANG_PUBLIKASI for k in self.ambang_baru)


def _ambang_baru(terpakai, standar, sudah, offset=0):
    return tuple(
        offset + k
        for k in ambang_terlewati(terpakai, standar, KELIPATAN_PENGINGAT)
        if offset + k not in sudah
    )


def _tugas_melewati_standar(now, kalender, tugas, standar):
    """The open SOP tasks (penyuntingan, penyaringan) past their standard."""
    terbuka = (
        TaskState.objects.filter(
            status=TaskState.STATUS_IN_PROGRESS,
            workflow_state__status=WorkflowState.STATUS_IN_PROGRESS,
            task_id__in=list(tugas),
        )
        .select_related("task", "revision", "workflow_state__content_type")
        .order_by("started_at", "pk")
    )
    for ts in terbuka:
        langkah = tugas[ts.task_id]
        terpakai = kalender.waktu_kerja_antara(ts.started_at, now)
        if status_mutu(terpakai, standar[langkah]) == TERLAMBAT:
            yield Menunggu(ts, langkah, ts.started_at, terpakai, standar[langkah])


def menunggu_tayang(now, tugas):
    """The "layak tayang" decisions whose item has not gone live since (no publish log entry
    after the decision) and has not been submitted again: those of the last
    `JENDELA_PUBLIKASI`, and older ones whose item still waits for a scheduled go-live time."""
    tipe = ContentType.objects.get_for_model(Page)
    page_id = Cast(OuterRef("workflow_state__object_id"), output_field=IntegerField())
    terbit = PageLogEntry.objects.filter(
        page_id=page_id, action__in=AKSI_TERBIT, timestamp__gte=OuterRef("finished_at")
    )
    alur_baru = WorkflowState.objects.filter(
        base_content_type=tipe,
        object_id=OuterRef("workflow_state__object_id"),
        created_at__gt=OuterRef("finished_at"),
    )
    terjadwal = Revision.page_revisions.filter(
        object_id=OuterRef("workflow_state__object_id"), approved_go_live_at__isnull=False
    )
    return list(
        TaskState.objects.filter(
            Q(finished_at__gte=now - JENDELA_PUBLIKASI) | Q(Exists(terjadwal)),
            task_id__in=[pk for pk, langkah in tugas.items() if langkah == Langkah.PENYARINGAN],
            status=TaskState.STATUS_APPROVED,
            workflow_state__status=WorkflowState.STATUS_APPROVED,
            workflow_state__base_content_type=tipe,
            finished_at__lte=now,
        )
        .exclude(Exists(terbit))
        .exclude(Exists(alur_baru))
        .select_related("revision", "workflow_state__content_type")
        .order_by("finished_at", "pk")
    )


def _publikasi_melewati_standar(now, kalender, tugas, standar):
    """Items found "layak tayang" and still not live past the publication standard, counted
    from the decision or from the scheduled go-live time if later (as the report measures
    step 5)."""
    disetujui = menunggu_tayang(now, tugas)
    jadwal = dict(
        Revision.page_revisions.filter(
            object_id__in=[ts.workflow_state.object_id for ts in disetujui],
            approved_go_live_at__isnull=False,
        )
        .values_list("object_id")
        .annotate(jadwal=Min("approved_go_live_at"))
        .values_list("object_id", "jadwal")
    )
    standar_publikasi = standar[Langkah.PUBLIKASI]
    for ts in disetujui:
        rencana = jadwal.get(ts.workflow_state.object_id)
        mulai = max(ts.finished_at, rencana) if rencana else ts.finished_at
        terpakai = kalender.waktu_kerja_antara(mulai, now)
        if status_mutu(terpakai, standar_publikasi) == TERLAMBAT:
            yield Menunggu(ts, Langkah.PUBLIKASI, mulai, terpakai, standar_publikasi)


def melewati_standar(now=None, kalender=None):
    """Every SOP step waiting past its standard now: open editor and pejabat tasks, and items
    found "layak tayang" not yet live (`menunggu_tayang`). The overdue reminders are sent
    about these, and the dashboard counts and lists them, so both always agree."""
    now = now or timezone.now()
    kalender = kalender or kalender_kerja()
    tugas = langkah_per_tugas()
    if not tugas:
        return []
    standar = standar_mutu()
    return [
        *_tugas_melewati_standar(now, kalender, tugas, standar),
        *_publikasi_melewati_standar(now, kalender, tugas, standar),
    ]


def _pengingat_baru(menunggu):
    """The overdue steps that crossed a threshold not reminded about yet, with the recipients:
    the task's groups while an item waits at the editor or pejabat task, the editors of the
    workflow (webmaster, SOP step 5) for a publication."""
    sudah = _ambang_tercatat([m.task_state for m in menunggu])
    catatan_publikasi = _(
        "Materi ini sudah dinyatakan layak tayang tetapi belum tayang di situs. Periksa "
        "Antrean tayang dan penjadwal, lalu pastikan materi ini diterbitkan."
    )
    for m in menunggu:
        publikasi = m.langkah == Langkah.PUBLIKASI
        offset = AMBANG_PUBLIKASI if publikasi else 0
        baru = _ambang_baru(m.terpakai, m.standar, sudah[m.task_state.pk], offset)
        if not baru:
            continue
        if publikasi:
            grup = EditorTask.objects.filter(
                workflow_tasks__workflow_id=m.task_state.workflow_state.workflow_id
            ).values("groups")
        else:
            grup = m.task_state.task.specific.groups.all()
        yield Terlambat(
            m.task_state,
            m.langkah,
            m.mulai,
            m.terpakai,
            m.standar,
            baru,
            _penerima(grup),
            catatan_publikasi if publikasi else "",
        )


def _ambang_tercatat(task_states):
    sudah = defaultdict(set)
    for ts_id, ambang in PengingatTerkirim.objects.filter(
        task_state__in=[ts.pk for ts in task_states]
    ).values_list("task_state_id", "ambang"):
        sudah[ts_id].add(ambang)
    return sudah


@putaran_tambahan
def kirim_pengingat_terlambat(now, kalender):
    """Mail the responsible group of every SOP step whose working time has newly crossed 1×,
    2× or 4× its standard: the groups of an open editor or pejabat task, and the editors for
    an item found "layak tayang" that has not gone live. Each threshold is recorded
    (`PengingatTerkirim`) in the same transaction as the mail is sent, so it is mailed once,
    however many passes look; when a pass finds several thresholds newly crossed at once (the
    scheduler was down), it sends one e-mail, for the highest. Returns how many reminders
    (e-mails per task state) went out."""
    terkirim = gagal = 0
    for terlambat in list(_pengingat_baru(melewati_standar(now, kalender))):
        ts = terlambat.task_state
        try:
            with transaction.atomic():
                PengingatTerkirim.objects.bulk_create(
                    [
                        PengingatTerkirim(task_state=ts, ambang=k, sent_at=now)
                        for k in terlambat.ambang_baru
                    ]
                )
                _kirim_pengingat(
                    ts,
                    terlambat.langkah,
                    terlambat.ambang,
                    terlambat.terpakai,
                    terlambat.standar,
                    terlambat.mulai,
                    terlambat.penerima,
                    terlambat.catatan,
                )
        except IntegrityError:
            continue  # another scheduler copy recorded it first
        except Exception:
            logger.exception("Pengingat Mutu Baku gagal untuk task state %s", ts.pk)
            gagal += 1
            continue
        terkirim += 1
    if gagal:
        raise RuntimeError(f"{gagal} pengingat Mutu Baku gagal dikirim; dicoba lagi nanti")
    return terkirim
