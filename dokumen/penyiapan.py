"""The standard list of document types, created by `setup_portal` so a fresh site can file
its first dokumen at once (administrators extend or rename them under Snippets)."""

from django.db.models import Q

from dokumen.models import JenisDokumen

# (nama, singkatan): the documents a provincial government publishes under KIP.
JENIS_DOKUMEN = [
    ("Peraturan Daerah", "Perda"),
    ("Peraturan Gubernur", "Pergub"),
    ("Keputusan Gubernur", "Kepgub"),
    ("Surat Keputusan", "SK"),
    ("Surat Edaran", "SE"),
    ("Laporan Keterangan Pertanggungjawaban", "LKPJ"),
    ("Laporan Penyelenggaraan Pemerintahan Daerah", "LPPD"),
    ("Laporan Kinerja Instansi Pemerintah (LKjIP, dahulu LAKIP)", "LKjIP"),
    ("Rencana Kerja Pemerintah Daerah", "RKPD"),
    ("Anggaran Pendapatan dan Belanja Daerah", "APBD"),
    ("Standar Operasional Prosedur", "SOP"),
    ("Laporan", "Laporan"),
    ("Formulir", "Formulir"),
    ("Rencana Pembangunan Jangka Menengah Daerah", "RPJMD"),
    ("Rencana Strategis", "Renstra"),
]


def siapkan_jenis_dokumen():
    """Create the standard types that are missing (by name or abbreviation); an existing row,
    perhaps renamed by an administrator, is left as it is. Returns how many were created."""
    dibuat = 0
    for nama, singkatan in JENIS_DOKUMEN:
        if not JenisDokumen.objects.filter(Q(nama=nama) | Q(singkatan=singkatan)).exists():
            JenisDokumen.objects.create(nama=nama, singkatan=singkatan)
            dibuat += 1
    return dibuat
