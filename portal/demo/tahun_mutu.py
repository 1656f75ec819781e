"""A demo year of the SOP workflow, so the Mutu Baku report, its charts and the Riwayat SOP
show real patterns on a fresh install.

Over the twelve calendar months before the seeding month, the petugas submits updates to the
demo content already published (a corrected figure, a legalised copy, a photo caption): most
go through within the SOP's standards, some run late at one step (penyuntingan, penyaringan,
publication by the scheduler), some are returned for changes and resubmitted, some are found
not fit to publish (one for each reason code), and a few are published serta merta. Each is
carried out through the real workflow by `riwayat.MejaSOP`, dated in working hours.

Written once: only onto a portal whose workflow history is the demo pages' own first
publication (a fresh install), so a second `seed_demo` leaves it as it is, and a portal in use
never gets a made-up year.
"""

import datetime
import random
from collections import Counter
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from wagtail.models import Locale, Page, WorkflowState

from dokumen.demo import tanggal_indonesia
from portal.demo.riwayat import BENIH_RIWAYAT, Aksi, MejaSOP
from portal.moderasi.jadwal_tayang import publikasi_segera
from portal.moderasi.konten import adalah_konten_sop
from portal.moderasi.models import TinjauanSertaMerta
from portal.moderasi.mutu import BAGIAN
from portal.moderasi.pilihan import AlasanTidakLayak
from portal.moderasi.policy import ZONA_WITA, Langkah

BIASA = "biasa"
SUNTING_LAMBAT = "sunting_lambat"
SARING_LAMBAT = "saring_lambat"
TERBIT_TERJADWAL = "terbit_terjadwal"
TERBIT_LAMBAT = "terbit_lambat"  # the scheduler went live late (it had stopped)
DIKEMBALIKAN = "dikembalikan"  # the editor returns it to the petugas
PERLU_PERBAIKAN = "perlu_perbaikan"  # the pejabat returns it to the editor
TIDAK_LAYAK = "tidak_layak"
DITOLAK_DIAJUKAN_ULANG = "ditolak_diajukan_ulang"  # refused, corrected, submitted again
SERTA_MERTA = "serta_merta"  # urgent while waiting at the editor task, in working hours
SERTA_MERTA_MALAM = "serta_merta_malam"  # urgent at night, outside the workflow


@dataclass(frozen=True)
class Giliran:
    """One update of the year: in the month `bulan_lalu` months before the seeding month,
    preferably on an item of `bagian`."""

    bulan_lalu: int
    bagian: str
    nasib: str
    kode: str = ""


# Every month has routine updates; the cases the report must show are spread over the year:
# each step late three times, each refusal reason once, three serta-merta publications.
SKENARIO = (
    Giliran(12, "dokumen", BIASA),
    Giliran(12, "dokumen", SUNTING_LAMBAT),
    Giliran(12, "berita", TIDAK_LAYAK, AlasanTidakLayak.TIDAK_AKURAT),
    Giliran(11, "berita", BIASA),
    Giliran(11, "galeri", DIKEMBALIKAN),
    Giliran(11, "dokumen", SARING_LAMBAT),
    Giliran(10, "galeri", BIASA),
    Giliran(10, "berita", TERBIT_LAMBAT),
    Giliran(10, "dokumen", PERLU_PERBAIKAN),
    Giliran(9, "dokumen", BIASA),
    Giliran(9, "berita", TIDAK_LAYAK, AlasanTidakLayak.DUPLIKAT),
    Giliran(9, "berita", SERTA_MERTA),
    Giliran(8, "berita", BIASA),
    Giliran(8, "galeri", SUNTING_LAMBAT),
    Giliran(8, "dokumen", TERBIT_TERJADWAL),
    Giliran(7, "dokumen", BIASA),
    Giliran(7, "berita", SARING_LAMBAT),
    Giliran(7, "galeri", DITOLAK_DIAJUKAN_ULANG, AlasanTidakLayak.KUALITAS_RENDAH),
    Giliran(6, "galeri", BIASA),
    Giliran(6, "berita", DIKEMBALIKAN),
    Giliran(6, "dokumen", TERBIT_LAMBAT),
    Giliran(5, "berita", BIASA),
    Giliran(5, "galeri", PERLU_PERBAIKAN),
    Giliran(5, "dokumen", TIDAK_LAYAK, AlasanTidakLayak.BUKAN_INFORMASI_PUBLIK),
    Giliran(4, "dokumen", BIASA),
    Giliran(4, "berita", SERTA_MERTA_MALAM),
    Giliran(4, "berita", SUNTING_LAMBAT),
    Giliran(3, "galeri", BIASA),
    Giliran(3, "galeri", SARING_LAMBAT),
    Giliran(3, "berita", TERBIT_TERJADWAL),
    Giliran(2, "berita", BIASA),
    Giliran(2, "dokumen", DIKEMBALIKAN),
    Giliran(2, "berita", TIDAK_LAYAK, AlasanTidakLayak.LAINNYA),
    Giliran(1, "dokumen", BIASA),
    Giliran(1, "galeri", TERBIT_LAMBAT),
    Giliran(1, "berita", SERTA_MERTA),
)

# What the petugas's update changes, said at the end of the item's summary or description.
PEMBARUAN = {
    "berita": (
        "penambahan data jumlah penerima manfaat dari perangkat daerah",
        "koreksi nama dan jabatan narasumber",
        "pemutakhiran angka sesuai rilis terbaru",
        "perbaikan keterangan foto utama",
    ),
    "dokumen": (
        "unggah salinan yang telah diautentikasi Biro Hukum",
        "pemutakhiran status berlaku dan ringkasan isi",
        "perbaikan nomor dan tanggal penetapan pada ringkasan",
    ),
    "galeri": (
        "penambahan keterangan lokasi pada setiap foto",
        "perbaikan kredit foto",
        "penambahan teks alternatif untuk pembaca layar",
    ),
}
PENANDA_PEMBARUAN = " Diperbarui "

ALASAN_TIDAK_LAYAK = {
    AlasanTidakLayak.TIDAK_AKURAT: (
        "Angka realisasi pada pembaruan tidak sesuai dengan laporan resmi perangkat daerah; "
        "mohon diverifikasi ke sumber data."
    ),
    AlasanTidakLayak.BUKAN_INFORMASI_PUBLIK: (
        "Pembaruan memuat nama dan NIK penerima bantuan: informasi yang dikecualikan menurut "
        "Pasal 17 UU 14/2008."
    ),
    AlasanTidakLayak.DUPLIKAT: (
        "Pembaruan yang sama sudah tayang pekan lalu; tidak perlu diterbitkan ulang."
    ),
    AlasanTidakLayak.KUALITAS_RENDAH: (
        "Foto tambahan buram dan keterangannya tidak menyebut lokasi serta waktu kegiatan."
    ),
    AlasanTidakLayak.LAINNYA: (
        "Menunggu penetapan resmi oleh Gubernur; materi belum dapat diumumkan."
    ),
}
ALASAN_KEMBALI = (
    "Sumber angka belum dicantumkan; lengkapi nama perangkat daerah dan tanggal datanya.",
    "Pembaruan belum menyebut apa yang berubah dibanding versi yang sudah tayang.",
)
CATATAN_PERBAIKAN = (
    "Kalimat pembaruan terlalu panjang; ringkas menjadi satu kalimat yang jelas.",
    "Tanggal pada pembaruan belum sama dengan tanggal dokumen sumber; mohon diselaraskan.",
)
ALASAN_SERTA_MERTA = (
    "Peringatan dini BMKG: hujan lebat dan angin kencang sore ini; warga di bantaran Sungai "
    "Karang Mumus perlu segera mengetahui jalur evakuasi dan posko terdekat.",
    "BPBD menetapkan status siaga darurat banjir mulai hari ini; nomor darurat dan lokasi "
    "posko pengungsian harus segera diketahui warga.",
)
ALASAN_SERTA_MERTA_MALAM = (
    "Tanggul di Kecamatan Sambutan jebol malam ini; warga perlu segera mengetahui lokasi "
    "pengungsian dan nomor darurat BPBD."
)
CATATAN_TINJAUAN = (
    "Memenuhi kriteria serta merta (ancaman terhadap keselamatan warga); isi sudah dicek ulang."
)


def semai_tahun_mutu(pengguna, hari_ini):
    """Write the demo year before the month of `hari_ini`; return what was made, as the
    seeding counts it (nothing when the portal already has a workflow history of its own).

    `pengguna`: the demo accounts by username."""
    pelaku = [pengguna.get(nama) for nama in ("petugas", "editor", "pejabat", "admin")]
    if None in pelaku or _riwayat_alur_sudah_ada():
        return Counter()
    tuan_rumah = _halaman_terbit_lewat_sop()
    meja = MejaSOP(*pelaku)
    # When each item's latest activity ended; the year is over before the seeding month.
    terakhir = {page.pk: page.last_published_at for page in tuan_rumah}
    batas = datetime.datetime.combine(_awal_bulan(hari_ini, 0), datetime.time(), ZONA_WITA)
    dipakai = Counter()
    jumlah = 0
    giliran = []
    for i, g in enumerate(SKENARIO):
        acak = random.Random(f"{BENIH_RIWAYAT}:tahun:{i}")  # noqa: S311 - a demo, not security
        giliran.append((_saat_mulai(meja, g, acak, hari_ini), i, g, acak))
    giliran.sort(key=lambda item: item[:2])
    with publikasi_segera():
        for mulai, _i, g, acak in giliran:
            page, mulai = _pilih_tuan_rumah(tuan_rumah, g, mulai, terakhir, dipakai, acak)
            if page is None:
                continue
            rencana = _rencana(meja, g, acak)
            if g.nasib != SERTA_MERTA_MALAM:
                mulai = meja.saat_kerja(mulai)
            waktu = meja.waktu_maju(rencana, mulai)
            if waktu[-1] >= batas:
                continue
            catatan = acak.choice(PEMBARUAN[page.content_type.app_label])
            meja.jalankan(page, rencana, waktu, ubah=_pembaruan(catatan))
            dipakai[page.pk] += 1
            terakhir[page.pk] = waktu[-1]
            jumlah += 1
    return Counter({"alur SOP setahun": jumlah})


def _riwayat_alur_sudah_ada():
    """Whether the portal has a workflow history besides each demo page's one approved first
    publication: this year written before, or the portal in use."""
    alur = WorkflowState.objects.filter(base_content_type=ContentType.objects.get_for_model(Page))
    return (
        TinjauanSertaMerta.objects.exists()
        or alur.exclude(status=WorkflowState.STATUS_APPROVED).exists()
        or alur.values("object_id").annotate(n=Count("pk")).filter(n__gt=1).exists()
    )


def _halaman_terbit_lewat_sop():
    """The live SOP items of the report's sections first published through the workflow, in
    the default language (the demo's updates are written in Indonesian)."""
    disetujui = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        status=WorkflowState.STATUS_APPROVED,
    ).values_list("object_id", flat=True)
    halaman = (
        Page.objects.live()
        .filter(
            pk__in=[int(pk) for pk in disetujui],
            content_type__app_label__in=list(BAGIAN),
            locale=Locale.get_default(),
        )
        .select_related("content_type")
        .order_by("path")
    )
    return [page for page in halaman if adalah_konten_sop(page.specific_class)]


def _awal_bulan(hari_ini, bulan_lalu):
    tahun, bulan = divmod(hari_ini.year * 12 + hari_ini.month - 1 - bulan_lalu, 12)
    return datetime.date(tahun, bulan + 1, 1)


def _saat_mulai(meja, giliran, acak, hari_ini):
    """When the update is submitted: a working moment in the first twenty days of its month
    (so that even a late one is over before the seeding month), or an evening for an
    announcement at night."""
    awal = _awal_bulan(hari_ini, giliran.bulan_lalu)
    while True:
        hari = awal + datetime.timedelta(days=acak.randrange(20))
        if giliran.nasib == SERTA_MERTA_MALAM:
            jam = datetime.time(19) if hari.weekday() < 5 else datetime.time(20)
            return datetime.datetime.combine(hari, jam, tzinfo=ZONA_WITA) + datetime.timedelta(
                minutes=acak.randrange(150)
            )
        jendela = meja.kalender.jam_buka_hari(hari)
        if jendela is not None:
            lebar = (jendela[1] - jendela[0]).total_seconds()
            return jendela[0] + datetime.timedelta(seconds=acak.randrange(int(lebar * 0.75)))


def _pilih_tuan_rumah(tuan_rumah, giliran, mulai, terakhir, dipakai, acak):
    """(the item the update is made on, when it is submitted): an item published before
    `mulai`, of the preferred section if there is one, free by then if one is (the least
    updated so far), else the one free first, after its previous update is over."""
    terbit = [page for page in tuan_rumah if page.last_published_at < mulai]
    sebagian = [page for page in terbit if page.content_type.app_label == giliran.bagian]
    calon = sebagian or terbit
    if not calon:
        return None, mulai
    bebas = [page for page in calon if terakhir[page.pk] < mulai]
    if not bebas:
        page = min(calon, key=lambda page: terakhir[page.pk])
        return page.specific, _setelah(terakhir[page.pk], mulai)
    urutan = {page.pk: acak.random() for page in bebas}
    return min(bebas, key=lambda page: (dipakai[page.pk], urutan[page.pk])).specific, mulai


def _setelah(selesai, mulai):
    """`mulai` moved by whole days past `selesai`: the same hour (working, or in the evening
    for an announcement at night) on a later day."""
    while mulai <= selesai:
        mulai += datetime.timedelta(days=1)
    return mulai


def _pembaruan(catatan):
    """The petugas's update: a dated note at the end of the summary (or description), in
    place of the previous note; a document also gets its update date."""

    def ubah(obj, saat):
        tanggal = saat.astimezone(ZONA_WITA).date()
        for nama in ("ringkasan", "deskripsi"):
            if hasattr(obj, nama):
                asli = getattr(obj, nama).split(PENANDA_PEMBARUAN)[0]
                setattr(
                    obj, nama, f"{asli}{PENANDA_PEMBARUAN}{tanggal_indonesia(tanggal)}: {catatan}."
                )
                break
        if hasattr(obj, "tanggal_pembaruan"):
            obj.tanggal_pembaruan = tanggal

    return ubah


def _rencana(meja, giliran, acak):
    """The plan of one update, by its fate."""
    nasib = giliran.nasib

    def saring(terlambat=False):
        return meja.durasi(acak, Langkah.PENYARINGAN, terlambat)

    def menit(bawah, atas):
        return datetime.timedelta(minutes=acak.randint(bawah, atas))

    if nasib == SERTA_MERTA_MALAM:
        return [
            Aksi("draf", jam_kerja=False),
            Aksi("serta_merta", menit(12, 25), ALASAN_SERTA_MERTA_MALAM, jam_kerja=False),
            Aksi("tinjau", menit(20, 90), CATATAN_TINJAUAN),
        ]
    if nasib == SERTA_MERTA:
        return [
            Aksi("ajukan"),
            Aksi("serta_merta", menit(10, 40), acak.choice(ALASAN_SERTA_MERTA)),
            Aksi("tinjau", menit(60, 300), CATATAN_TINJAUAN),
        ]

    rencana = [Aksi("ajukan")]
    if nasib == DIKEMBALIKAN:
        rencana += [
            Aksi(
                "kembalikan",
                meja.durasi(acak, Langkah.PENYUNTINGAN),
                acak.choice(ALASAN_KEMBALI),
            ),
            Aksi("ajukan", meja.durasi(acak, Langkah.PENYERAHAN)),
        ]
    rencana += meja.rencana_penyuntingan(acak, nasib == SUNTING_LAMBAT)
    if nasib == PERLU_PERBAIKAN:
        rencana += [
            Aksi("perbaikan", saring(), acak.choice(CATATAN_PERBAIKAN)),
            *meja.rencana_penyuntingan(acak),
        ]
    if nasib in (TIDAK_LAYAK, DITOLAK_DIAJUKAN_ULANG):
        rencana.append(
            Aksi("tidak_layak", saring(), ALASAN_TIDAK_LAYAK[giliran.kode], kode=giliran.kode)
        )
        if nasib == TIDAK_LAYAK:
            return rencana
        rencana += [Aksi("ajukan", menit(8 * 60, 20 * 60)), *meja.rencana_penyuntingan(acak)]
    rencana.append(Aksi("layak", saring(nasib == SARING_LAMBAT)))
    if nasib in (TERBIT_TERJADWAL, TERBIT_LAMBAT):
        # The petugas asked for a go-live time after the decision; the scheduler publishes
        # it then, or late when it had stopped.
        rencana += [
            Aksi("jadwal", menit(30, 150)),
            Aksi("terbit_terjadwal", meja.durasi(acak, Langkah.PUBLIKASI, nasib == TERBIT_LAMBAT)),
        ]
    return rencana
