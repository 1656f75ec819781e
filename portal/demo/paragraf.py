"""Paragraphs and tables shared by the demo news of one category.

Placeholders: {tempat} (dateline city), {opd} (agency name), {singkatan} (its short name).
"""

LANJUTAN = {
    "pemerintahan": (
        "Tata kelola yang terbuka",
        [
            "Langkah ini sejalan dengan semangat keterbukaan informasi publik sebagaimana "
            "diamanatkan Undang-Undang Nomor 14 Tahun 2008. Setiap kebijakan yang menyangkut "
            "kepentingan masyarakat diumumkan melalui kanal resmi Pemprov Kaltim.",
            "{opd} berkoordinasi dengan pemerintah kabupaten/kota agar program berjalan selaras "
            "dari tingkat provinsi hingga desa dan kelurahan.",
        ],
    ),
    "pembangunan": (
        "Pengawasan mutu pekerjaan",
        [
            "Konsultan pengawas memeriksa mutu material dan ketebalan lapisan secara berkala. "
            "Pekerjaan yang tidak sesuai spesifikasi wajib diperbaiki oleh penyedia jasa tanpa "
            "tambahan biaya.",
            "Pemprov Kaltim juga membuka ruang bagi warga {tempat} untuk melaporkan kerusakan "
            "atau keterlambatan pekerjaan melalui kanal pengaduan resmi.",
        ],
    ),
    "kesehatan": (
        "Peran keluarga dan kader",
        [
            "Keberhasilan program kesehatan sangat bergantung pada peran keluarga. Orang tua "
            "diajak rutin membawa anak ke posyandu dan menerapkan pola makan bergizi seimbang.",
            "{opd} terus memperkuat kapasitas tenaga kesehatan di puskesmas, termasuk di "
            "wilayah terpencil yang sulit dijangkau.",
        ],
    ),
    "pendidikan": (
        "Pemerataan akses pendidikan",
        [
            "Pemprov Kaltim menempatkan pendidikan sebagai prioritas pembangunan sumber daya "
            "manusia, terutama untuk menyongsong kehadiran Ibu Kota Nusantara.",
            "{opd} mengajak sekolah, orang tua dan dunia usaha untuk bergotong royong "
            "memastikan setiap anak mendapat pendidikan yang bermutu.",
        ],
    ),
    "ekonomi": (
        "Menuju ekonomi yang lebih beragam",
        [
            "Transformasi ekonomi menjadi agenda besar Kalimantan Timur agar pertumbuhan tidak "
            "lagi bertumpu pada sektor pertambangan.",
            "{opd} menyiapkan pendampingan lanjutan, mulai dari akses permodalan hingga "
            "perluasan pasar bagi pelaku usaha di {tempat} dan sekitarnya.",
        ],
    ),
    "pariwisata": (
        "Wisata yang berkelanjutan",
        [
            "Pengembangan pariwisata dilakukan dengan memperhatikan daya dukung lingkungan dan "
            "kearifan lokal masyarakat setempat.",
            "{opd} mengajak wisatawan menjaga kebersihan, menghormati adat istiadat dan membeli "
            "produk lokal selama berkunjung.",
        ],
    ),
    "lingkungan": (
        "Menjaga alam Kalimantan Timur",
        [
            "Kalimantan Timur memiliki hutan tropis, sungai besar dan pesisir yang kaya. "
            "Kelestariannya menjadi tanggung jawab bersama pemerintah, dunia usaha dan warga.",
            "{opd} menyediakan kanal pengaduan bagi masyarakat yang menemukan dugaan perusakan "
            "atau pencemaran lingkungan.",
        ],
    ),
    "kebencanaan": (
        "Langkah yang perlu dilakukan warga",
        [
            "Warga diimbau menyiapkan tas siaga berisi dokumen penting, obat-obatan, senter "
            "dan persediaan air minum untuk beberapa hari.",
            "Informasi resmi disampaikan melalui {opd} ({singkatan}) Provinsi Kalimantan Timur, "
            "pemerintah kabupaten/kota dan nomor darurat 112.",
        ],
    ),
}

PENUTUP = (
    "Informasi lebih lanjut dapat diperoleh melalui {opd} Provinsi Kalimantan Timur atau "
    "layanan PPID Pemprov Kaltim."
)

# (judul tabel, satuan, rentang nilai) per category; the values are sample data.
TABEL = {
    "pemerintahan": ("Pengaduan masyarakat yang diselesaikan", "Pengaduan", (40, 260)),
    "pembangunan": ("Panjang jalan yang ditangani", "Kilometer", (4, 60)),
    "kesehatan": ("Balita yang diukur di posyandu", "Balita", (800, 9000)),
    "pendidikan": ("Penerima beasiswa per kabupaten/kota", "Mahasiswa", (60, 1400)),
    "ekonomi": ("UMKM binaan yang mengikuti pelatihan", "UMKM", (12, 90)),
    "pariwisata": ("Kunjungan wisatawan selama libur panjang", "Kunjungan", (1500, 42000)),
    "lingkungan": ("Bibit pohon dan mangrove yang ditanam", "Bibit", (500, 12000)),
    "kebencanaan": ("Warga terdampak yang menerima bantuan", "Jiwa", (50, 3200)),
}

# The landscape drawn for the pictures of a category (see gambar.py); others get "alam".
TEMA_KATEGORI = {
    "pemerintahan": "kota",
    "pembangunan": "kota",
    "ekonomi": "kota",
    "pariwisata": "laut",
}
