"""Demo public documents (Daftar Informasi Publik) and the text of their generated PDF files.

Numbers and titles imitate East Kalimantan's registers; the PDF bodies are samples and every
page of them says so.
"""

import datetime
from collections import namedtuple

from django.utils import formats, translation

Dokumen = namedtuple(
    "Dokumen",
    "jenis nomor tahun pokok opd kip status tanggal ringkasan penanggung_jawab bentuk jangka "
    "lampiran",
    defaults=((),),
)

D = datetime.date
PPID = "PPID Utama Pemerintah Provinsi Kalimantan Timur"

DOKUMEN = [
    Dokumen(
        "Pergub",
        "11 Tahun 2017",
        2017,
        "Pengelolaan Website Pemerintah Provinsi Kalimantan Timur",
        "Diskominfo",
        "setiap_saat",
        "berlaku",
        D(2017, 3, 6),
        "Mengatur pengelolaan website resmi Pemprov Kaltim dan perangkat daerah: penanggung "
        "jawab, pemutakhiran informasi, keamanan dan tata cara publikasi.",
        "Kepala Dinas Komunikasi dan Informatika",
        "softcopy_hardcopy",
        "Selama berlaku",
        ("Lampiran: SOP Pengelolaan Website",),
    ),
    Dokumen(
        "Perda",
        "1 Tahun 2016",
        2016,
        "Rencana Tata Ruang Wilayah Provinsi Kalimantan Timur Tahun 2016-2036",
        "PUPR-PERA",
        "setiap_saat",
        "berlaku",
        D(2016, 4, 18),
        "Menetapkan struktur ruang, pola ruang dan kawasan strategis provinsi sebagai acuan "
        "pemanfaatan ruang selama dua puluh tahun.",
        "Kepala Biro Hukum Setda Provinsi Kaltim",
        "softcopy_hardcopy",
        "Selama berlaku",
        ("Lampiran Peta Rencana Struktur Ruang",),
    ),
    Dokumen(
        "Perda",
        "3 Tahun 2024",
        2024,
        "Penyelenggaraan Bantuan Hukum bagi Masyarakat Miskin",
        "Biro Hukum",
        "setiap_saat",
        "berlaku",
        D(2024, 7, 12),
        "Mengatur hak masyarakat miskin atas bantuan hukum gratis, syarat pemberi bantuan "
        "hukum dan tata cara penyaluran anggaran.",
        "Kepala Biro Hukum Setda Provinsi Kaltim",
        "softcopy_hardcopy",
        "Selama berlaku",
    ),
    Dokumen(
        "Kepgub",
        "100.3.3.1/K.215/2025",
        2025,
        "Penetapan Desa Lokus Percepatan Penurunan Stunting Tahun 2026",
        "Dinkes",
        "berkala",
        "berlaku",
        D(2025, 9, 22),
        "Menetapkan 150 desa prioritas intervensi gizi spesifik dan sensitif di sepuluh "
        "kabupaten/kota.",
        "Kepala Dinas Kesehatan",
        "softcopy",
        "5 tahun",
    ),
    Dokumen(
        "SE",
        "300.2/4512/BPBD",
        2026,
        "Kesiapsiagaan Menghadapi Banjir dan Tanah Longsor",
        "BPBD",
        "serta_merta",
        "berlaku",
        D(2026, 10, 27),
        "Meminta bupati, wali kota dan warga di daerah rawan meningkatkan kesiapsiagaan: "
        "jalur evakuasi, posko, dan nomor darurat 112.",
        "Kepala Pelaksana BPBD",
        "softcopy",
        "1 tahun",
    ),
    Dokumen(
        "SK",
        "360/188/BPBD-KL/2026",
        2026,
        "Penetapan Status Siaga Darurat Bencana Banjir",
        "BPBD",
        "serta_merta",
        "berlaku",
        D(2026, 11, 3),
        "Menetapkan status siaga darurat banjir selama 30 hari untuk wilayah bantaran Sungai "
        "Mahakam dan anak-anak sungainya.",
        "Kepala Pelaksana BPBD",
        "softcopy",
        "1 tahun",
    ),
    Dokumen(
        "LKPJ",
        "Tahun Anggaran 2025",
        2026,
        "Laporan Keterangan Pertanggungjawaban Gubernur Kalimantan Timur Akhir Tahun Anggaran 2025",
        "Bappeda",
        "berkala",
        "berlaku",
        D(2026, 3, 30),
        "Capaian kinerja penyelenggaraan urusan pemerintahan daerah selama tahun anggaran "
        "2025 yang disampaikan kepada DPRD.",
        "Kepala Bappeda",
        "softcopy_hardcopy",
        "10 tahun",
        ("Lampiran Tabel Capaian Indikator Kinerja",),
    ),
    Dokumen(
        "LPPD",
        "Tahun 2025",
        2026,
        "Laporan Penyelenggaraan Pemerintahan Daerah Provinsi Kalimantan Timur Tahun 2025",
        "Bappeda",
        "berkala",
        "berlaku",
        D(2026, 3, 27),
        "Laporan kepada Menteri Dalam Negeri tentang penyelenggaraan urusan wajib, pilihan "
        "dan tugas pembantuan.",
        "Kepala Bappeda",
        "softcopy",
        "10 tahun",
    ),
    Dokumen(
        "LKjIP",
        "Tahun 2025",
        2026,
        "Laporan Kinerja Dinas Komunikasi dan Informatika Tahun 2025",
        "Diskominfo",
        "berkala",
        "berlaku",
        D(2026, 2, 25),
        "Capaian sasaran strategis Diskominfo: layanan informasi publik, infrastruktur TIK "
        "dan persandian.",
        "Kepala Dinas Komunikasi dan Informatika",
        "softcopy",
        "5 tahun",
    ),
    Dokumen(
        "RKPD",
        "Tahun 2027",
        2026,
        "Rencana Kerja Pemerintah Daerah Provinsi Kalimantan Timur Tahun 2027",
        "Bappeda",
        "berkala",
        "berlaku",
        D(2026, 6, 15),
        "Prioritas pembangunan, pagu indikatif dan program perangkat daerah untuk tahun "
        "anggaran 2027.",
        "Kepala Bappeda",
        "softcopy_hardcopy",
        "5 tahun",
    ),
    Dokumen(
        "APBD",
        "Tahun Anggaran 2026",
        2025,
        "Ringkasan Anggaran Pendapatan dan Belanja "
        "Daerah Provinsi Kalimantan Timur Tahun Anggaran 2026",
        "BPKAD",
        "berkala",
        "berlaku",
        D(2025, 12, 19),
        "Ringkasan pendapatan, belanja dan pembiayaan daerah sebagaimana ditetapkan dalam "
        "Perda APBD.",
        "Kepala BPKAD",
        "softcopy_hardcopy",
        "10 tahun",
    ),
    Dokumen(
        "SOP",
        "SOP/DKI/01/2024",
        2024,
        "Pengelolaan Website Pemerintah Provinsi Kalimantan Timur",
        "Diskominfo",
        "setiap_saat",
        "berlaku",
        D(2024, 1, 15),
        "Tujuh langkah pengelolaan materi website: pengumpulan, penyerahan, penyuntingan, "
        "penyaringan dan publikasi, beserta mutu bakunya.",
        "Kepala Bidang Informasi dan Komunikasi Publik",
        "softcopy",
        "Selama berlaku",
    ),
    Dokumen(
        "SOP",
        "SOP/PPID/02/2024",
        2024,
        "Pelayanan Permohonan Informasi Publik",
        "Diskominfo",
        "setiap_saat",
        "berlaku",
        D(2024, 2, 5),
        "Alur pelayanan permohonan informasi: registrasi, pemeriksaan, pemberian jawaban "
        "dalam 10 hari kerja, dan perpanjangan.",
        PPID,
        "softcopy",
        "Selama berlaku",
    ),
    Dokumen(
        "Laporan",
        "Tahun 2025",
        2026,
        "Laporan Layanan Informasi Publik PPID Pemerintah Provinsi Kalimantan Timur Tahun 2025",
        "Diskominfo",
        "berkala",
        "berlaku",
        D(2026, 1, 30),
        "Jumlah permohonan, waktu layanan, permohonan yang ditolak beserta alasannya dan "
        "keberatan yang diajukan.",
        PPID,
        "softcopy",
        "5 tahun",
    ),
    Dokumen(
        "Laporan",
        "DLH/LAP/07/2026",
        2026,
        "Hasil Pemantauan Kualitas Air Sungai Mahakam Semester I 2026",
        "DLH",
        "berkala",
        "berlaku",
        D(2026, 7, 20),
        "Hasil uji parameter fisika, kimia dan biologi di 14 titik pantau Sungai Mahakam.",
        "Kepala Dinas Lingkungan Hidup",
        "softcopy",
        "5 tahun",
    ),
    Dokumen(
        "Formulir",
        "F-PPID-01",
        2024,
        "Permohonan Informasi Publik",
        "Diskominfo",
        "setiap_saat",
        "berlaku",
        D(2024, 2, 5),
        "Formulir yang diisi pemohon informasi: identitas, rincian informasi yang dibutuhkan, "
        "tujuan dan cara memperoleh informasi.",
        PPID,
        "softcopy_hardcopy",
        "Selama berlaku",
    ),
    Dokumen(
        "Formulir",
        "F-PPID-02",
        2024,
        "Pernyataan Keberatan atas Permohonan Informasi Publik",
        "Diskominfo",
        "setiap_saat",
        "berlaku",
        D(2024, 2, 5),
        "Formulir keberatan pemohon informasi beserta alasan keberatan sesuai Pasal 35 UU "
        "Nomor 14 Tahun 2008.",
        PPID,
        "softcopy_hardcopy",
        "Selama berlaku",
    ),
    Dokumen(
        "Pergub",
        "37 Tahun 2012",
        2012,
        "Pedoman Pengelolaan Situs Web Pemerintah Daerah",
        "Diskominfo",
        "setiap_saat",
        "tidak_berlaku",
        D(2012, 8, 1),
        "Pedoman lama pengelolaan situs web; dicabut dan digantikan Pergub Nomor 11 Tahun 2017.",
        "Kepala Biro Hukum Setda Provinsi Kaltim",
        "softcopy",
        "Permanen",
    ),
]


def tanggal_indonesia(tanggal):
    with translation.override("id"):
        return formats.date_format(tanggal, "j F Y")


JENIS_PERATURAN = {"Perda", "Pergub", "Kepgub", "SK", "SE"}
# Who signs a regulation; decrees and circulars of an agency are signed by its head.
PENETAP = {
    "Perda": "GUBERNUR KALIMANTAN TIMUR",
    "Pergub": "GUBERNUR KALIMANTAN TIMUR",
    "Kepgub": "GUBERNUR KALIMANTAN TIMUR",
}

LANGKAH_SOP_WEBSITE = [
    "1. Petugas setiap bidang mengumpulkan dan menyiapkan materi (gambar, dokumen, video). "
    "Mutu baku: 1 hari.",
    "2. Petugas menyerahkan materi kepada Tim IT yang ditunjuk Kepala Perangkat Daerah. "
    "Mutu baku: 1-3 jam.",
    "3. Webmaster/Editor menyunting materi sebelum dimuat di website. Mutu baku: 1-3 jam.",
    "4. Pejabat yang berwenang melakukan penyaringan materi yang telah disunting. "
    "Mutu baku: 1 jam.",
    "5. Apabila memenuhi syarat, Webmaster/Publisher memuat materi di website. "
    "Mutu baku: 15 menit.",
    "6. Apabila tidak layak tayang, materi tidak dimuat. Mutu baku: 15 menit.",
    "7. Materi yang telah lolos penyaringan dan penyuntingan segera dipublikasikan. "
    "Mutu baku: 15 menit.",
    "Waktu pelaksanaan: Senin-Kamis pukul 08.00-16.00 WITA dan Jumat pukul 08.00-11.30 WITA.",
]


def judul_lengkap(dok, nama_jenis):
    """The page title, e.g. "Peraturan Gubernur Nomor 11 Tahun 2017 tentang ..."."""
    if dok.jenis in JENIS_PERATURAN:
        return f"{nama_jenis} Nomor {dok.nomor} tentang {dok.pokok}"
    if dok.jenis in {"SOP", "Formulir"}:
        return f"{nama_jenis} {dok.pokok}"
    return dok.pokok


def paragraf_pdf(dok, nama_jenis):
    """The body of the sample PDF of a document, by kind of document."""
    if dok.jenis in JENIS_PERATURAN:
        return [
            f"# {nama_jenis.upper()}",
            f"TENTANG {dok.pokok.upper()}",
            "Menimbang: a. bahwa dalam rangka meningkatkan kualitas penyelenggaraan "
            f"pemerintahan daerah, perlu pengaturan mengenai {dok.pokok.lower()}; b. bahwa "
            "berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan "
            f"{nama_jenis.lower()} ini.",
            "Mengingat: 1. Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi "
            "Publik; 2. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik; "
            "3. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah.",
            "# MEMUTUSKAN",
            f"Menetapkan: {nama_jenis.upper()} TENTANG {dok.pokok.upper()}.",
            "# Pasal 1",
            f"{dok.ringkasan} Ketentuan ini berlaku bagi seluruh perangkat daerah di "
            "lingkungan Pemerintah Provinsi Kalimantan Timur.",
            "# Pasal 2",
            "Pelaksanaan ketentuan ini dikoordinasikan oleh perangkat daerah yang membidangi "
            "urusan terkait dan dilaporkan secara berkala kepada Gubernur.",
            "# Pasal 3",
            "Ketentuan ini mulai berlaku pada tanggal ditetapkan. Agar setiap orang "
            "mengetahuinya, memerintahkan pengundangan dengan penempatannya dalam Berita "
            "Daerah Provinsi Kalimantan Timur.",
        ]
    if dok.pokok.startswith("Pengelolaan Website") and dok.jenis == "SOP":
        return [
            "# TUJUAN",
            "Menjamin informasi di website pemerintah selalu mutakhir, tersaring dan aman.",
            "# DASAR HUKUM",
            "UU Nomor 14 Tahun 2008, UU Nomor 25 Tahun 2009, Peraturan Komisi Informasi Nomor "
            "1 Tahun 2021, dan Peraturan Gubernur Kalimantan Timur Nomor 11 Tahun 2017.",
            "# PROSEDUR",
            *LANGKAH_SOP_WEBSITE,
            "# PERINGATAN",
            "Apabila SOP tidak dilaksanakan, informasi menjadi tidak mutakhir serta keamanan "
            "dan pemeliharaan website tidak terjaga.",
        ]
    if dok.jenis == "SOP":
        return [
            "# TUJUAN",
            dok.ringkasan,
            "# PROSEDUR",
            "1. Pemohon mengisi formulir permohonan informasi dan menerima tanda bukti.",
            "2. Petugas PPID memeriksa kelengkapan dan meneruskan permohonan ke unit pemilik "
            "informasi.",
            "3. PPID memberikan jawaban paling lambat 10 hari kerja dan dapat diperpanjang 7 "
            "hari kerja dengan pemberitahuan tertulis.",
            "4. Pemohon yang tidak puas dapat mengajukan keberatan dalam 30 hari kerja.",
        ]
    if dok.jenis == "Formulir":
        return [
            "Nomor registrasi: ..........................................",
            "Nama pemohon: ..........................................",
            "Alamat: ..........................................",
            "Nomor telepon/e-mail: ..........................................",
            "Rincian informasi yang dibutuhkan: ..........................................",
            "Tujuan penggunaan informasi: ..........................................",
            "Cara memperoleh informasi: [ ] melihat/membaca  [ ] mendapat salinan",
            "Cara mendapatkan salinan: [ ] mengambil langsung  [ ] e-mail  [ ] pos",
            dok.ringkasan,
        ]
    return [
        "# BAB I PENDAHULUAN",
        f"{dok.ringkasan} Laporan ini disusun sebagai wujud akuntabilitas dan keterbukaan "
        "informasi kepada masyarakat Kalimantan Timur.",
        "# BAB II CAPAIAN",
        "Secara umum target kinerja tercapai. Capaian di atas target terdapat pada layanan "
        "dasar, sedangkan beberapa kegiatan fisik terhambat cuaca dan proses pengadaan.",
        "# BAB III PERMASALAHAN DAN TINDAK LANJUT",
        "Permasalahan utama adalah keterbatasan akses di wilayah hulu dan pesisir. Tindak "
        "lanjut difokuskan pada koordinasi dengan kabupaten/kota dan percepatan pengadaan.",
        "# BAB IV PENUTUP",
        "Demikian laporan ini disampaikan untuk menjadi bahan evaluasi dan perencanaan tahun "
        "berikutnya.",
    ]


# -- English ------------------------------------------------------------------------------------
# The documents seed_demo translates (portal/demo/inggris.py), keyed by the Indonesian title,
# one of each kind and every KIP category. The files stay the Indonesian PDFs: the summaries
# and the labels of the files say so. `lampiran`: the labels of the further files, in order.
DokumenInggris = namedtuple(
    "DokumenInggris",
    "judul slug ringkasan penanggung_jawab jangka_waktu lampiran",
    defaults=((),),
)
KETERANGAN_BERKAS_INGGRIS = "(PDF, in Indonesian)"

DOKUMEN_INGGRIS = {
    "Peraturan Gubernur Nomor 11 Tahun 2017 tentang Pengelolaan Website Pemerintah Provinsi "
    "Kalimantan Timur": DokumenInggris(
        "Governor Regulation No. 11 of 2017 on the Management of East Kalimantan Provincial "
        "Government Websites",
        "governor-regulation-11-2017-government-websites",
        "Sets out how the official websites of the provincial government and its agencies are "
        "run: who is responsible, keeping information up to date, security and publishing "
        "procedures. The document is in Indonesian.",
        "Head of the Communication and Informatics Office",
        "While in force",
        ("Annex: Website Management Standard Operating Procedure",),
    ),
    "Peraturan Daerah Nomor 3 Tahun 2024 tentang Penyelenggaraan Bantuan Hukum bagi "
    "Masyarakat Miskin": DokumenInggris(
        "Regional Regulation No. 3 of 2024 on Legal Aid for People on Low Incomes",
        "regional-regulation-3-2024-legal-aid",
        "Sets out the right of people on low incomes to free legal aid, the requirements for "
        "legal aid providers and how the funds are disbursed. The document is in Indonesian.",
        "Head of the Legal Bureau, Provincial Secretariat",
        "While in force",
    ),
    "Keputusan Gubernur Nomor 100.3.3.1/K.215/2025 tentang Penetapan Desa Lokus Percepatan "
    "Penurunan Stunting Tahun 2026": DokumenInggris(
        "Governor Decree No. 100.3.3.1/K.215/2025 on the Priority Villages for Faster "
        "Stunting Reduction in 2026",
        "governor-decree-priority-villages-stunting-reduction-2026",
        "Names 150 priority villages in ten regencies and cities for targeted nutrition "
        "programmes. The document is in Indonesian.",
        "Head of the Health Office",
        "5 years",
    ),
    "Surat Edaran Nomor 300.2/4512/BPBD tentang Kesiapsiagaan Menghadapi Banjir dan Tanah "
    "Longsor": DokumenInggris(
        "Circular No. 300.2/4512/BPBD on Preparedness for Floods and Landslides",
        "circular-preparedness-for-floods-and-landslides",
        "Asks regents, mayors and residents of high-risk areas to be prepared: evacuation "
        "routes, command posts and the emergency number 112. The document is in Indonesian.",
        "Executive Head of the Regional Disaster Management Agency (BPBD)",
        "1 year",
    ),
    "Laporan Keterangan Pertanggungjawaban Gubernur Kalimantan Timur Akhir Tahun Anggaran "
    "2025": DokumenInggris(
        "Governor's Accountability Report for the 2025 Budget Year",
        "governors-accountability-report-2025-budget-year",
        "The provincial government's performance in the 2025 budget year, as reported by the "
        "Governor to the provincial parliament (DPRD). The document is in Indonesian.",
        "Head of the Regional Development Planning Agency (Bappeda)",
        "10 years",
        ("Annex: Performance Indicator Results",),
    ),
}
