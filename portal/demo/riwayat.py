"""Publishing demo content the way the SOP does, with a history dated in the past.

Every demo action goes through the code the admin runs: Wagtail's workflow and the portal's
Editor and Pejabat tasks, the scheduler's publishing pass, the serta-merta service. While it
runs, a demo clock (`jam_demo`) stands at the moment the action is dated, so every timestamp
Wagtail and the portal write (revisions, workflow and task states, the audit log, serta-merta
reviews) is that moment, consistent with each other as if it had happened then.

The moments come from a plan (`Aksi` list): each action follows the previous one after a
working duration, counted on the portal's working-hours calendar exactly as the Mutu Baku
report counts it, so a task that took "2 jam kerja" in the plan shows 2 working hours there.
"""

import contextlib
import datetime
import random
from dataclasses import dataclass
from unittest import mock

from django.db.models.signals import post_save
from django.utils import timezone
from modelsearch import index as indeks_pencarian
from modelsearch.signal_handlers import post_save_signal_handler, register_signal_handlers
from wagtail.models import PageLogEntry, WorkflowState
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import task_approved, task_rejected, task_submitted

from portal.moderasi import notifikasi
from portal.moderasi.kalender import kalender_kerja
from portal.moderasi.mutu import standar_mutu
from portal.moderasi.penjadwal import HasilPutaran, terbitkan_yang_jatuh_tempo
from portal.moderasi.policy import ZONA_WITA, Langkah
from portal.moderasi.policy.jam_kerja import BATAS_PENCARIAN_HARI
from portal.moderasi.serta_merta import tandai_ditinjau, terbitkan_serta_merta

# Random draws of the demo history: one stream per page, seeded by its slug, so a page's
# history does not depend on how many other pages the volume seeds.
BENIH_RIWAYAT = "riwayat-sop-kaltim"

# Share of first publications whose step runs past its standard, and of those returned once.
PELUANG_TERLAMBAT = 0.12
PELUANG_DIKEMBALIKAN_EDITOR = 0.08
PELUANG_PERLU_PERBAIKAN = 0.06

# A step within its standard takes this share of it; one past it, this multiple.
PORSI_DALAM_STANDAR = (0.15, 0.9)
KELIPATAN_TERLAMBAT = (1.25, 3.5)

ALASAN_KEMBALI_KE_PETUGAS = (
    "Sumber data belum dicantumkan; lengkapi nama perangkat daerah dan tanggal datanya.",
    "Keterangan foto belum menyebut lokasi dan waktu kegiatan.",
    "Nama narasumber dan jabatannya belum lengkap.",
)
CATATAN_PERBAIKAN = (
    "Judul terlalu panjang dan memuat istilah teknis tanpa penjelasan; mohon disederhanakan.",
    "Angka pada ringkasan belum sama dengan angka pada isi; mohon diselaraskan.",
    "Kutipan pejabat perlu dikonfirmasi ulang ke Biro Adpim sebelum tayang.",
)
KOMENTAR_TERUSKAN = (
    "",
    "",
    "Sudah disunting: ejaan, judul dan keterangan foto.",
    "Sudah dicek dengan sumber data perangkat daerah.",
)


@contextlib.contextmanager
def jam_demo(saat):
    """Stand Django's clock (`timezone.now`, which every timestamp Wagtail and the portal write
    is read from) at `saat` for what runs inside."""
    with mock.patch.object(timezone, "now", lambda: saat):
        yield


# The receivers of the workflow's e-mails (portal/moderasi/notifikasi.py), by dispatch uid.
PEMBERITAHUAN_ALUR = (
    (task_submitted, "moderasi_tugas_dimulai"),
    (task_approved, "moderasi_tugas_disetujui"),
    (task_rejected, "moderasi_tugas_ditolak"),
)


@contextlib.contextmanager
def tanpa_pemberitahuan():
    """No workflow e-mail for what runs inside: reviewers are told of every step, but a
    history dated months ago is news to nobody (and composing the mails slows the seeding)."""
    for sinyal, uid in PEMBERITAHUAN_ALUR:
        if not sinyal.disconnect(dispatch_uid=uid):
            raise RuntimeError(f"Penerima sinyal {uid} tidak ditemukan: periksa notifikasi.py.")
    try:
        yield
    finally:
        notifikasi.sambungkan()


@contextlib.contextmanager
def indeks_pencarian_di_akhir(page):
    """Index `page` for the site search once, as the plan leaves it, rather than at every
    save of its history (modelsearch's own signal handlers, switched off meanwhile)."""
    model_terindeks = indeks_pencarian.get_indexed_models()
    for model in model_terindeks:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        register_signal_handlers()
    indeks_pencarian.insert_or_update_object(type(page).objects.get(pk=page.pk))


def durasi(acak, standar, terlambat=False):
    """A working duration of a step whose standard is `standar`: within it, or past it."""
    bawah, atas = KELIPATAN_TERLAMBAT if terlambat else PORSI_DALAM_STANDAR
    detik = standar.total_seconds()
    return datetime.timedelta(seconds=acak.randint(int(detik * bawah) + 1, int(detik * atas)))


@dataclass(frozen=True)
class Aksi:
    """One action of a plan, `jeda` after the previous one (working time, or wall-clock time
    when `jam_kerja` is False: a serta-merta announcement at night). What each `nama` does:
    see `MejaSOP._lakukan`."""

    nama: str
    jeda: datetime.timedelta = datetime.timedelta(0)
    catatan: str = ""
    kode: str = ""
    jam_kerja: bool = True


class MejaSOP:
    """The desk of the demo: the petugas, the editor, the pejabat and the administrator
    carrying out plans on pages, on the portal's calendar."""

    def __init__(self, petugas, editor, pejabat, admin=None):
        self.petugas, self.editor, self.pejabat, self.admin = petugas, editor, pejabat, admin
        self.kalender = kalender_kerja()
        self.standar = standar_mutu()
        self.tinjauan = None

    # -- working time ----------------------------------------------------------------------

    def maju(self, saat, jeda, jam_kerja=True):
        """The moment `jeda` after `saat`: of working time, within working hours (the earliest
        instant it has elapsed, moved off a closing time), or of wall-clock time."""
        if not jam_kerja:
            return saat + jeda
        akhir = self.kalender.tambah_waktu_kerja(saat, jeda)
        return (
            akhir if self.kalender.buka_pada(akhir) else self.kalender.pembukaan_berikutnya(akhir)
        )

    def mundur(self, saat, jeda, jam_kerja=True):
        """The moment `jeda` before `saat`: the latest instant with `jeda` of working time
        between it and `saat`, or `jeda` of wall-clock time before."""
        if not jam_kerja:
            return saat - jeda
        sisa = jeda
        hari = saat.astimezone(ZONA_WITA).date()
        for _ in range(BATAS_PENCARIAN_HARI):
            jendela = self.kalender.jam_buka_hari(hari)
            if jendela is not None and jendela[0] < saat:
                akhir = min(jendela[1], saat)
                if sisa <= akhir - jendela[0]:
                    return akhir - sisa
                sisa -= akhir - jendela[0]
            hari -= datetime.timedelta(days=1)
        raise ValueError("Tidak ada jam kerja untuk menempatkan riwayat demo.")

    def saat_kerja(self, saat):
        """`saat` itself when the desk is open then (the demo's dates skip weekends, not
        public holidays), else the next opening, or the last open minute before if that is
        still to come."""
        if self.kalender.buka_pada(saat):
            return saat
        berikut = self.kalender.pembukaan_berikutnya(saat)
        if berikut < timezone.now():
            return berikut
        return self.mundur(saat, datetime.timedelta(minutes=1))

    def waktu_maju(self, rencana, mulai):
        """The moment of each action of `rencana`, the first `jeda` after `mulai`."""
        waktu, saat = [], mulai
        for aksi in rencana:
            saat = self.maju(saat, aksi.jeda, aksi.jam_kerja)
            waktu.append(saat)
        return waktu

    def waktu_mundur(self, rencana, akhir):
        """(the moment before the first action, the moment of each action), the last action
        at `akhir`."""
        waktu, saat = [], akhir
        for aksi in reversed(rencana):
            waktu.append(saat)
            saat = self.mundur(saat, aksi.jeda, aksi.jam_kerja)
        return saat, waktu[::-1]

    def durasi(self, acak, langkah, terlambat=False):
        return durasi(acak, self.standar[langkah], terlambat)

    # -- carrying out a plan ---------------------------------------------------------------

    def jalankan(self, page, rencana, waktu, ubah=None):
        """Carry out `rencana` on `page`, each action at its moment in `waktu`. `ubah(obj,
        saat)` is the petugas's change to the content, applied at each of their saves. An
        `Aksi("jadwal")` marks the go-live time the petugas asks for; the saves of the plan
        carry on from its latest content (the page row itself unless it has unpublished
        changes)."""
        jadwal = dict(zip((aksi.nama for aksi in rencana), waktu, strict=True)).get("jadwal")
        isi = page.get_latest_revision_as_object() if page.has_unpublished_changes else page
        # The workflow changes no reference of the page: they were indexed when it was made.
        with (
            tanpa_pemberitahuan(),
            disable_reference_index_auto_update(),
            indeks_pencarian_di_akhir(page),
        ):
            for aksi, saat in zip(rencana, waktu, strict=True):
                with jam_demo(saat):
                    self._lakukan(page, aksi, saat, ubah, jadwal, isi)
                page = type(page).objects.get(pk=page.pk)
        return page

    def _lakukan(self, page, aksi, saat, ubah, jadwal, isi):
        simpan = aksi.nama in ("draf", "ajukan")  # the petugas saves their changes
        ajukan = aksi.nama in ("ajukan", "serahkan")  # and submits, as the edit view does
        if simpan:
            if ubah is not None:
                ubah(isi, saat)
            isi.go_live_at = jadwal
            isi.save_revision(user=self.petugas, log_action=True)
        if ajukan:
            alur = page.current_workflow_state
            if alur is not None and alur.status == WorkflowState.STATUS_NEEDS_CHANGES:
                alur.resume(self.petugas)
            else:
                page.get_workflow().start(page, self.petugas)
        if simpan or ajukan or aksi.nama == "jadwal":
            return
        if aksi.nama == "sunting":
            isi.save_revision(user=self.editor, log_action=True)
        elif aksi.nama in ("teruskan", "kembalikan"):
            nama = "approve" if aksi.nama == "teruskan" else "reject"
            self._putuskan(page, self.editor, nama, comment=aksi.catatan)
        elif aksi.nama == "layak":
            self._putuskan(page, self.pejabat, "approve", comment=aksi.catatan)
        elif aksi.nama == "perbaikan":
            self._putuskan(page, self.pejabat, "perbaikan", comment=aksi.catatan)
        elif aksi.nama == "tidak_layak":
            self._putuskan(
                page, self.pejabat, "tidak_layak", comment=aksi.catatan, kode_alasan=aksi.kode
            )
        elif aksi.nama == "terbit_terjadwal":
            terbitkan_yang_jatuh_tempo(saat, HasilPutaran())
        elif aksi.nama == "serta_merta":
            self.tinjauan = terbitkan_serta_merta(page, self.admin, aksi.catatan)
        elif aksi.nama == "tinjau":
            tandai_ditinjau(self.tinjauan, self.admin, aksi.catatan)
        else:
            raise ValueError(f"Aksi demo tidak dikenal: {aksi.nama}")

    @staticmethod
    def _putuskan(page, user, nama, **data):
        """The decision as both admin entry points take it: through the task's on_action."""
        task_state = page.current_workflow_state.current_task_state.specific
        task_state.task.specific.on_action(task_state, user, nama, **data)

    # -- plans -----------------------------------------------------------------------------

    def rencana_penyuntingan(self, acak, terlambat=False):
        """The editor edits the item, then forwards it: one pass of the penyuntingan step."""
        total = self.durasi(acak, Langkah.PENYUNTINGAN, terlambat)
        sunting = total * acak.uniform(0.5, 0.9)
        return [
            Aksi("sunting", sunting),
            Aksi("teruskan", total - sunting, catatan=acak.choice(KOMENTAR_TERUSKAN)),
        ]


def terbitkan(page, petugas, editor, pejabat, waktu):
    """Walk a new demo page through the SOP workflow so that it is published at `waktu`.

    The petugas collects the material (`waktu_liputan`), saves a draft and submits it; an
    editor edits and forwards it; the pejabat finds it fit to publish, which publishes it. Each
    step takes a working duration drawn for this page, now and then past its standard, and now
    and then the item is returned once on its way (by the editor to the petugas, or by the
    pejabat to the editor)."""
    meja = MejaSOP(petugas, editor, pejabat)
    acak = random.Random(f"{BENIH_RIWAYAT}:{page.slug}")  # noqa: S311 - a demo, not security

    def lambat():
        return acak.random() < PELUANG_TERLAMBAT

    rencana = [
        Aksi("draf", meja.durasi(acak, Langkah.PENGUMPULAN, lambat())),
        # Submitted as saved: step 2 runs from the draft to the hand-over.
        Aksi("serahkan", meja.durasi(acak, Langkah.PENYERAHAN, lambat())),
    ]
    if acak.random() < PELUANG_DIKEMBALIKAN_EDITOR:
        rencana += [
            Aksi(
                "kembalikan",
                meja.durasi(acak, Langkah.PENYUNTINGAN),
                catatan=acak.choice(ALASAN_KEMBALI_KE_PETUGAS),
            ),
            Aksi("ajukan", meja.durasi(acak, Langkah.PENYERAHAN)),
        ]
    rencana += meja.rencana_penyuntingan(acak, lambat())
    if acak.random() < PELUANG_PERLU_PERBAIKAN:
        rencana += [
            Aksi(
                "perbaikan",
                meja.durasi(acak, Langkah.PENYARINGAN),
                catatan=acak.choice(CATATAN_PERBAIKAN),
            ),
            *meja.rencana_penyuntingan(acak),
        ]
    rencana.append(Aksi("layak", meja.durasi(acak, Langkah.PENYARINGAN, lambat())))

    liputan, waktu_aksi = meja.waktu_mundur(rencana, meja.saat_kerja(waktu))
    page.waktu_liputan = liputan
    # The page was created (and its creation logged) before the clock was set: date it at
    # the first draft.
    PageLogEntry.objects.filter(page=page).update(timestamp=waktu_aksi[0])
    meja.jalankan(page, rencana, waktu_aksi, ubah=_pertahankan_liputan(liputan))


def _pertahankan_liputan(liputan):
    """Every save of the petugas keeps the collection time the plan starts from."""

    def ubah(obj, saat):
        obj.waktu_liputan = liputan

    return ubah
