"""Demo galleries: three photo galleries and one video gallery.

Photos are drawn illustrations (see `gambar.py`); each has alt text, a caption and a credit.
"""

from collections import namedtuple

Album = namedtuple("Album", "slug judul deskripsi tema hari_lalu foto")
# (teks alternatif, keterangan)
FotoAlbum = namedtuple("FotoAlbum", "alt keterangan")

ALBUM = [
    Album(
        "festival-erau-adat-kutai",
        "Festival Erau Adat Kutai di Tenggarong",
        "Rangkaian upacara adat, pertunjukan seni dan pameran budaya Festival Erau di tepian "
        "Sungai Mahakam, Tenggarong, Kutai Kartanegara.",
        "alam",
        24,
        [
            FotoAlbum(
                "Ilustrasi tepian Sungai Mahakam saat senja dengan perbukitan di kejauhan",
                "Suasana tepian Sungai Mahakam menjelang prosesi adat.",
            ),
            FotoAlbum(
                "Ilustrasi perahu hias di sungai dengan latar langit jingga",
                "Perahu hias peserta festival melintas di Sungai Mahakam.",
            ),
            FotoAlbum(
                "Ilustrasi panggung seni di tepi sungai pada sore hari",
                "Pertunjukan tari tradisional di panggung utama.",
            ),
            FotoAlbum(
                "Ilustrasi warga berkumpul di tepi sungai",
                "Warga dan wisatawan memadati tepian sungai.",
            ),
            FotoAlbum(
                "Ilustrasi perbukitan hijau di belakang kota Tenggarong",
                "Pemandangan Tenggarong dari seberang sungai.",
            ),
            FotoAlbum(
                "Ilustrasi matahari terbenam di atas Sungai Mahakam",
                "Senja di hari terakhir festival.",
            ),
            FotoAlbum(
                "Ilustrasi stan pameran UMKM di bawah langit sore",
                "Stan kuliner dan kerajinan khas Kutai.",
            ),
            FotoAlbum(
                "Ilustrasi perahu tradisional bersandar di dermaga",
                "Perahu tradisional bersandar setelah prosesi.",
            ),
        ],
    ),
    Album(
        "pesona-kepulauan-derawan",
        "Pesona Kepulauan Derawan, Berau",
        "Pantai berpasir putih, laut biru dan pulau-pulau kecil di Kepulauan Derawan yang menjadi "
        "andalan wisata bahari Kalimantan Timur.",
        "laut",
        52,
        [
            FotoAlbum(
                "Ilustrasi laut biru dengan pulau kecil di cakrawala",
                "Pulau Derawan dilihat dari perahu wisata.",
            ),
            FotoAlbum(
                "Ilustrasi pantai dan laut tenang di pagi hari",
                "Pagi yang tenang di Pulau Maratua.",
            ),
            FotoAlbum(
                "Ilustrasi laut luas dengan matahari tinggi",
                "Perairan jernih di sekitar Pulau Kakaban.",
            ),
            FotoAlbum(
                "Ilustrasi gugusan pulau kecil di tengah laut",
                "Gugusan pulau di Kepulauan Derawan.",
            ),
            FotoAlbum(
                "Ilustrasi laut berkilau di bawah langit cerah",
                "Lokasi pengamatan penyu hijau di Pulau Sangalaki.",
            ),
            FotoAlbum(
                "Ilustrasi senja di atas laut dengan pulau di kejauhan",
                "Matahari terbenam di dermaga Pulau Derawan.",
            ),
            FotoAlbum(
                "Ilustrasi pulau kecil dengan pepohonan di tepi laut",
                "Pulau Gusung, tempat singgah wisatawan.",
            ),
        ],
    ),
    Album(
        "pembangunan-kota-samarinda-balikpapan",
        "Wajah Kota Samarinda dan Balikpapan",
        "Dokumentasi pembangunan infrastruktur perkotaan di Samarinda dan Balikpapan: jalan, "
        "jembatan, transportasi umum dan ruang terbuka publik.",
        "kota",
        80,
        [
            FotoAlbum(
                "Ilustrasi deretan gedung perkotaan dengan langit biru",
                "Kawasan perkantoran di pusat Kota Samarinda.",
            ),
            FotoAlbum(
                "Ilustrasi gedung bertingkat dan lampu jendela menyala",
                "Suasana kota Balikpapan menjelang malam.",
            ),
            FotoAlbum(
                "Ilustrasi garis langit kota di tepi sungai",
                "Garis langit Samarinda dari tepian Mahakam.",
            ),
            FotoAlbum(
                "Ilustrasi kawasan kota dengan bukit di belakangnya",
                "Kawasan permukiman baru di Balikpapan Utara.",
            ),
            FotoAlbum(
                "Ilustrasi gedung perkantoran pemerintah",
                "Kompleks perkantoran Pemprov Kaltim di Jalan Gajah Mada.",
            ),
            FotoAlbum(
                "Ilustrasi kota dengan taman hijau di depan",
                "Ruang terbuka hijau yang baru ditata.",
            ),
            FotoAlbum(
                "Ilustrasi deretan gedung dengan matahari sore", "Kawasan niaga di Samarinda Ulu."
            ),
            FotoAlbum(
                "Ilustrasi kota di kaki perbukitan pada siang hari",
                "Jalan lingkar kota yang baru selesai dibangun.",
            ),
            FotoAlbum(
                "Ilustrasi gedung tinggi dan rendah berjajar",
                "Pusat kota Balikpapan dilihat dari ketinggian.",
            ),
        ],
    ),
]

VIDEO_GALERI = {
    "slug": "video-layanan-informasi-publik",
    "judul": "Video Layanan Informasi Publik Pemprov Kaltim",
    "deskripsi": "Video contoh untuk pemutar portal: satu berkas video dengan teks terjemahan "
    "bahasa Indonesia, dan satu tautan YouTube yang baru dimuat setelah diklik pengunjung.",
    "hari_lalu": 10,
    "video_berkas": "Video contoh: pola uji pemutar portal",
    "video_tautan": "Contoh tautan YouTube (dimuat setelah diklik)",
    # The first video ever uploaded to YouTube: stable for years, harmless for a demo.
    # Replace it with an official Pemprov Kaltim video when one is chosen.
    "url": "https://www.youtube.com/watch?v=jNQXAC9IVRw",
}
