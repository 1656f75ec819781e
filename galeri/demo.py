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
    "deskripsi": "Cara mengajukan permohonan informasi publik kepada PPID Utama Pemerintah "
    "Provinsi Kalimantan Timur, secara daring maupun langsung di Samarinda, dan liputan "
    "kegiatan pemerintah provinsi di kanal YouTube.",
    "hari_lalu": 10,
    "video_berkas": "Layanan informasi publik PPID Utama Kaltim",
    "video_tautan": "Liputan kegiatan di kanal YouTube (dimuat setelah diklik)",
    # The first video ever uploaded to YouTube: stable for years, harmless for a demo.
    # Replace it with an official Pemprov Kaltim video when one is chosen.
    "url": "https://www.youtube.com/watch?v=jNQXAC9IVRw",
}

# -- English ------------------------------------------------------------------------------------
# The photo galleries seed_demo translates (portal/demo/inggris.py), keyed by the Indonesian
# title; `foto` in the order of the album's photos.
GaleriInggris = namedtuple("GaleriInggris", "judul slug deskripsi foto")

GALERI_INGGRIS = {
    "Festival Erau Adat Kutai di Tenggarong": GaleriInggris(
        "Erau Festival of Kutai Customs in Tenggarong",
        "erau-festival-tenggarong",
        "Traditional ceremonies, performances and a cultural exhibition at the Erau Festival "
        "on the banks of the Mahakam River in Tenggarong, Kutai Kartanegara.",
        [
            FotoAlbum(
                "Illustration of the Mahakam riverbank at dusk with hills in the distance",
                "The Mahakam riverbank shortly before the traditional procession.",
            ),
            FotoAlbum(
                "Illustration of decorated boats on the river against an orange sky",
                "Decorated festival boats sailing down the Mahakam River.",
            ),
            FotoAlbum(
                "Illustration of an arts stage by the river in the late afternoon",
                "A traditional dance performance on the main stage.",
            ),
            FotoAlbum(
                "Illustration of people gathered on the riverbank",
                "Residents and visitors crowd the riverbank.",
            ),
            FotoAlbum(
                "Illustration of green hills behind the town of Tenggarong",
                "Tenggarong seen from across the river.",
            ),
            FotoAlbum(
                "Illustration of the sun setting over the Mahakam River",
                "Dusk on the last day of the festival.",
            ),
            FotoAlbum(
                "Illustration of small business stalls under an evening sky",
                "Stalls selling Kutai food and handicrafts.",
            ),
            FotoAlbum(
                "Illustration of traditional boats moored at a jetty",
                "Traditional boats moored after the procession.",
            ),
        ],
    ),
    "Pesona Kepulauan Derawan, Berau": GaleriInggris(
        "The Beauty of the Derawan Islands, Berau",
        "the-beauty-of-the-derawan-islands-berau",
        "White sandy beaches, blue sea and small islands in the Derawan archipelago, the "
        "jewel of East Kalimantan's marine tourism.",
        [
            FotoAlbum(
                "Illustration of a blue sea with a small island on the horizon",
                "Derawan Island seen from a tour boat.",
            ),
            FotoAlbum(
                "Illustration of a beach and calm sea in the morning",
                "A calm morning on Maratua Island.",
            ),
            FotoAlbum(
                "Illustration of a wide sea under a high sun",
                "Clear waters around Kakaban Island.",
            ),
            FotoAlbum(
                "Illustration of a cluster of small islands in the open sea",
                "A cluster of islands in the Derawan archipelago.",
            ),
            FotoAlbum(
                "Illustration of a sparkling sea under a clear sky",
                "A green turtle watching site on Sangalaki Island.",
            ),
            FotoAlbum(
                "Illustration of a sunset over the sea with an island in the distance",
                "Sunset from the jetty on Derawan Island.",
            ),
            FotoAlbum(
                "Illustration of a small wooded island by the sea",
                "Gusung Island, where visitors stop on their way.",
            ),
        ],
    ),
}

# The English of VIDEO_GALERI's texts that a translated berita shows.
VIDEO_GALERI_INGGRIS = {
    "video_tautan": "Coverage on the YouTube channel (loads only after you click)"
}
