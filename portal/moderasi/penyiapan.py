"""Building the `Alur Publikasi SOP` workflow and seeding the working-hours calendar
(idempotent; called by setup_portal)."""

from dataclasses import dataclass
from functools import lru_cache

import holidays
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Workflow, WorkflowPage, WorkflowTask

from portal.moderasi.kalender import hapus_cache_kalender
from portal.moderasi.models import EditorTask, HariLibur, JamKerjaHarian, PejabatTask
from portal.moderasi.policy import JAM_KERJA_SOP

NAMA_ALUR = "Alur Publikasi SOP"

# (task model, task name, group that acts on it), in workflow order.
TUGAS_ALUR = [
    (EditorTask, "Penyuntingan (Editor)", "Editor"),
    (PejabatTask, "Penyaringan (Pejabat)", "Pejabat"),
]


def siapkan_alur_publikasi(beranda):
    """`Alur Publikasi SOP` on the home page, with its two tasks first and in SOP order
    (penyuntingan, then penyaringan), each acting for its group. Kept so on every run: the home
    page is bound to it again if an administrator bound it to another workflow, the workflow and
    its tasks are active, the order is restored and each task keeps its group. A task an
    administrator added to the workflow stays, after the SOP's two; task names and further
    groups are theirs to edit."""
    alur, _dibuat = Workflow.objects.get_or_create(name=NAMA_ALUR)
    if not alur.active:
        alur.active = True
        alur.save(update_fields=["active"])

    tugas_sop = []
    for model, nama, nama_grup in TUGAS_ALUR:
        tugas = model.objects.filter(workflow_tasks__workflow=alur).first()
        if tugas is None:
            tugas = model.objects.create(name=nama)
        elif not tugas.active:
            tugas.active = True
            tugas.save(update_fields=["active"])
        tugas.groups.add(Group.objects.get(name=nama_grup))
        tugas_sop.append(tugas)

    tautan = {wt.task_id: wt for wt in alur.workflow_tasks.order_by("sort_order", "pk")}
    id_sop = [tugas.pk for tugas in tugas_sop]
    urutan = [
        tautan.get(tugas.pk) or WorkflowTask(workflow=alur, task=tugas) for tugas in tugas_sop
    ]
    urutan += [wt for task_id, wt in tautan.items() if task_id not in id_sop]
    for posisi, wt in enumerate(urutan):
        if wt.pk is None or wt.sort_order != posisi:
            wt.sort_order = posisi
            wt.save()

    WorkflowPage.objects.update_or_create(page=beranda, defaults={"workflow": alur})
    return alur


# -- the working-hours calendar ---------------------------------------------------------------

NEGARA_LIBUR = "ID"
KATEGORI_LIBUR = ("public", "government")  # "government" is cuti bersama in `holidays` for ID


@dataclass(frozen=True)
class HasilSiapkanKalender:
    jam_dibuat: int
    libur_dibuat: int
    libur_diperbarui: int
    libur_dihapus: int


def tahun_pengisian(hari_ini=None):
    """Last year, this year and the next two: the years whose holidays setup keeps filled."""
    tahun = (hari_ini or timezone.localdate()).year
    return tuple(range(tahun - 1, tahun + 3))


@lru_cache(maxsize=8)
def libur_dari_paket(tahun):
    """{date: (nama, jenis)} of Indonesia's public holidays and cuti bersama for the given
    years, in Indonesian, from the `holidays` package (cuti bersama only through 2027 in 0.109;
    later years are entered by administrators)."""
    semua = holidays.country_holidays(
        NEGARA_LIBUR, years=tahun, categories=KATEGORI_LIBUR, language="id"
    )
    nasional = holidays.country_holidays(
        NEGARA_LIBUR, years=tahun, categories=("public",), language="id"
    )
    return {
        tanggal: (
            nama[: HariLibur._meta.get_field("nama").max_length],
            HariLibur.Jenis.LIBUR_NASIONAL if tanggal in nasional else HariLibur.Jenis.CUTI_BERSAMA,
        )
        for tanggal, nama in semua.items()
    }


def siapkan_jam_kerja():
    """Add the weekdays missing from `JamKerjaHarian`, with the SOP hours. Never changes a row
    that exists. Returns how many were added."""
    ada = set(JamKerjaHarian.objects.values_list("hari", flat=True))
    baru = [
        JamKerjaHarian(
            hari=hari,
            buka=jendela is not None,
            mulai=jendela[0] if jendela else None,
            selesai=jendela[1] if jendela else None,
        )
        for hari, jendela in JAM_KERJA_SOP.items()
        if hari not in ada
    ]
    JamKerjaHarian.objects.bulk_create(baru)
    return len(baru)


def sinkronkan_hari_libur(tahun):
    """Bring the automatic holidays of `tahun` in line with the `holidays` package.

    - a date with no row gets an automatic, active row;
    - an automatic row nobody edited follows the package (name and kind);
    - an automatic row nobody edited whose date the package no longer lists (an estimated
      Islamic date that moved) is removed;
    - rows administrators added or edited (`diubah_admin`, `sumber=manual`) are never touched,
      and a row they switched off stays off, so a re-run never brings back a removed day.
    Returns (added, updated, removed).
    """
    paket = libur_dari_paket(tuple(tahun))
    ada = {baris.tanggal: baris for baris in HariLibur.objects.filter(tanggal__in=list(paket))}
    baru, diperbarui = [], []
    for tanggal, (nama, jenis) in sorted(paket.items()):
        baris = ada.get(tanggal)
        if baris is None:
            baru.append(
                HariLibur(
                    tanggal=tanggal,
                    nama=nama,
                    jenis=jenis,
                    aktif=True,
                    sumber=HariLibur.Sumber.OTOMATIS,
                )
            )
        elif (
            baris.sumber == HariLibur.Sumber.OTOMATIS
            and not baris.diubah_admin
            and (baris.nama, baris.jenis) != (nama, jenis)
        ):
            baris.nama, baris.jenis = nama, jenis
            diperbarui.append(baris)
    HariLibur.objects.bulk_create(baru)
    HariLibur.objects.bulk_update(diperbarui, ["nama", "jenis"])
    dihapus, _rincian = (
        HariLibur.objects.filter(
            sumber=HariLibur.Sumber.OTOMATIS,
            diubah_admin=False,
            aktif=True,
            tanggal__year__in=list(tahun),
        )
        .exclude(tanggal__in=list(paket))
        .delete()
    )
    return len(baru), len(diperbarui), dihapus


def siapkan_kalender(hari_ini=None):
    """Seed the working-hours calendar (idempotent, safe on production data): the SOP weekly
    hours where a weekday is missing, and the holidays of last year to two years ahead."""
    jam_dibuat = siapkan_jam_kerja()
    dibuat, diperbarui, dihapus = sinkronkan_hari_libur(tahun_pengisian(hari_ini))
    # bulk_create/bulk_update send no signals: drop the cached calendar ourselves.
    hapus_cache_kalender()
    return HasilSiapkanKalender(jam_dibuat, dibuat, diperbarui, dihapus)
