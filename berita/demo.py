"""Demo news about East Kalimantan: 42 articles with their own opening paragraphs.

The events are illustrative: people quoted are fictional, and figures are sample data.
Each article: (kategori slug, OPD singkatan, dateline, judul, ringkasan, [paragraf], [tag]).
"""

from collections import namedtuple

Berita = namedtuple("Berita", "kategori opd tempat judul ringkasan paragraf tags")

BERITA = [
    Berita(
        "pembangunan",
        "PUPR-PERA",
        "Samarinda",
        "Perbaikan Jalan Poros Samarinda–Bontang Ditargetkan Rampung Akhir Tahun",
        "Pemprov Kaltim mempercepat perbaikan 28 kilometer jalan poros Samarinda–Bontang yang "
        "rusak akibat beban angkutan dan curah hujan tinggi.",
        [
            "Pekerjaan dilakukan bertahap di enam segmen agar arus lalu lintas tetap berjalan. "
            "Petugas mengatur sistem buka-tutup di titik yang sedang dicor.",
            "Selain pelapisan ulang, saluran drainase di sisi jalan dibersihkan dan diperlebar "
            "supaya air hujan tidak lagi menggenangi badan jalan.",
        ],
        ["jalan", "infrastruktur", "Bontang"],
    ),
    Berita(
        "kesehatan",
        "Dinkes",
        "Samarinda",
        "Prevalensi Stunting Kaltim Turun, Pemprov Perkuat Intervensi di Desa",
        "Angka stunting di Kalimantan Timur menurun dibanding tahun lalu. Pemprov memperkuat "
        "intervensi gizi spesifik di desa dengan kasus tertinggi.",
        [
            "Penurunan ini tidak lepas dari kerja posyandu, kader pembangunan manusia dan "
            "puskesmas yang rutin menimbang serta mengukur balita setiap bulan.",
            "Tahun ini, pemberian makanan tambahan berbahan pangan lokal diperluas ke 150 desa "
            "prioritas, terutama di Kutai Timur, Kutai Kartanegara dan Mahakam Ulu.",
        ],
        ["stunting", "gizi", "posyandu"],
    ),
    Berita(
        "pendidikan",
        "Disdikbud",
        "Samarinda",
        "Pendaftaran Beasiswa Kaltim Tuntas Dibuka, Kuota Bertambah",
        "Pemprov Kaltim membuka pendaftaran Beasiswa Kaltim Tuntas untuk jenjang D3 hingga S3 "
        "dengan kuota lebih besar dari tahun sebelumnya.",
        [
            "Pendaftaran dilakukan secara daring melalui laman resmi beasiswa. Calon penerima "
            "wajib ber-KTP Kalimantan Timur dan melengkapi berkas akademik.",
            "Beasiswa mencakup biaya pendidikan dan bantuan biaya hidup, dengan prioritas bagi "
            "mahasiswa dari keluarga kurang mampu dan daerah terpencil.",
        ],
        ["beasiswa", "Kaltim Tuntas", "mahasiswa"],
    ),
    Berita(
        "kebencanaan",
        "BPBD",
        "Samarinda",
        "BPBD Kaltim Siagakan Personel Hadapi Banjir di Bantaran Sungai Mahakam",
        "Curah hujan tinggi membuat debit Sungai Mahakam naik. BPBD menyiagakan personel, "
        "perahu karet dan dapur umum di titik rawan banjir.",
        [
            "Warga di bantaran sungai diminta memantau informasi resmi dan segera mengungsi ke "
            "tempat yang lebih tinggi apabila air masuk ke permukiman.",
            "Posko siaga bencana dibuka 24 jam dan dapat dihubungi melalui nomor darurat 112 "
            "maupun kanal media sosial BPBD Kaltim.",
        ],
        ["banjir", "Mahakam", "siaga bencana"],
    ),
    Berita(
        "ekonomi",
        "Diskop UKM",
        "Balikpapan",
        "Ratusan UMKM Kaltim Ikuti Pelatihan Pemasaran Digital",
        "Sebanyak 300 pelaku UMKM dari sepuluh kabupaten/kota mengikuti pelatihan pemasaran "
        "digital dan pengemasan produk di Balikpapan.",
        [
            "Materi pelatihan meliputi foto produk dengan telepon genggam, pengelolaan toko "
            "daring, hingga pencatatan keuangan sederhana.",
            "Peserta yang lulus kurasi akan difasilitasi tampil di pameran produk unggulan "
            "daerah dan mendapat pendampingan sertifikasi halal.",
        ],
        ["UMKM", "ekonomi digital", "Balikpapan"],
    ),
    Berita(
        "pariwisata",
        "Dispar",
        "Tanjung Redeb",
        "Kunjungan Wisatawan ke Kepulauan Derawan Meningkat",
        "Libur panjang mendorong lonjakan kunjungan ke Kepulauan Derawan, Berau. Pemprov "
        "mengingatkan pentingnya menjaga kelestarian terumbu karang.",
        [
            "Pulau Derawan, Maratua, Kakaban dan Sangalaki menjadi tujuan favorit, terutama "
            "bagi wisatawan yang ingin menyelam dan melihat penyu hijau.",
            "Pemandu wisata lokal dilatih menerapkan aturan menyelam ramah lingkungan, termasuk "
            "larangan menyentuh karang dan memberi makan satwa.",
        ],
        ["Derawan", "wisata bahari", "Berau"],
    ),
    Berita(
        "pemerintahan",
        "Biro Adpim",
        "Samarinda",
        "Pemprov Kaltim Gelar Musrenbang RKPD Tingkat Provinsi",
        "Musyawarah Perencanaan Pembangunan tingkat provinsi menghimpun usulan prioritas dari "
        "kabupaten/kota untuk Rencana Kerja Pemerintah Daerah tahun depan.",
        [
            "Musrenbang dihadiri perwakilan DPRD, bupati dan wali kota, akademisi, serta "
            "organisasi masyarakat sipil se-Kalimantan Timur.",
            "Usulan yang disepakati akan diselaraskan dengan prioritas nasional, termasuk "
            "dukungan terhadap pembangunan Ibu Kota Nusantara.",
        ],
        ["Musrenbang", "RKPD", "perencanaan"],
    ),
    Berita(
        "lingkungan",
        "DLH",
        "Balikpapan",
        "Gerakan Tanam Mangrove di Pesisir Balikpapan Libatkan Pelajar",
        "Ribuan bibit mangrove ditanam di pesisir Balikpapan untuk menahan abrasi dan "
        "memulihkan habitat kepiting serta ikan.",
        [
            "Kegiatan melibatkan pelajar, komunitas pecinta lingkungan dan kelompok nelayan "
            "yang selama ini merawat kawasan hutan mangrove.",
            "DLH Kaltim akan memantau tingkat hidup bibit setiap tiga bulan dan menyulam bibit "
            "yang mati.",
        ],
        ["mangrove", "pesisir", "Balikpapan"],
    ),
    Berita(
        "pembangunan",
        "PUPR-PERA",
        "Penajam",
        "Akses Jalan Menuju IKN Nusantara Terus Dibenahi",
        "Pemprov Kaltim bersama pemerintah pusat membenahi ruas jalan penghubung Balikpapan, "
        "Penajam Paser Utara dan kawasan Ibu Kota Nusantara.",
        [
            "Pembenahan meliputi pelebaran badan jalan, penggantian jembatan kayu dengan "
            "jembatan beton, serta pemasangan rambu dan penerangan jalan umum.",
            "Warga diminta berhati-hati saat melintas karena alat berat masih beroperasi di "
            "beberapa titik, terutama pada malam hari.",
        ],
        ["IKN", "jalan", "Penajam Paser Utara"],
    ),
    Berita(
        "kesehatan",
        "Dinkes",
        "Tenggarong",
        "Layanan Kesehatan Bergerak Jangkau Desa Terpencil di Kutai Kartanegara",
        "Tim kesehatan bergerak menyusuri sungai untuk memberikan layanan pemeriksaan, "
        "imunisasi dan konsultasi gizi di desa-desa terpencil.",
        [
            "Tim terdiri atas dokter umum, dokter gigi, bidan, perawat dan ahli gizi. Mereka "
            "menggunakan perahu karena sebagian desa belum terhubung jalan darat.",
            "Selama sepekan, lebih dari seribu warga menerima layanan, mulai dari pemeriksaan "
            "tekanan darah hingga pemeriksaan kehamilan.",
        ],
        ["layanan kesehatan", "desa terpencil", "Kutai Kartanegara"],
    ),
    Berita(
        "pendidikan",
        "Disdikbud",
        "Bontang",
        "SMA Negeri di Bontang Jadi Percontohan Sekolah Ramah Anak",
        "Sekolah percontohan menerapkan lingkungan belajar aman, bebas perundungan dan "
        "melibatkan siswa dalam pengambilan keputusan.",
        [
            "Program ini mencakup pelatihan guru bimbingan konseling, pembentukan tim pencegahan "
            "kekerasan dan kanal pengaduan yang menjaga kerahasiaan pelapor.",
            "Disdikbud Kaltim menargetkan praktik baik ini ditularkan ke sekolah lain di "
            "seluruh kabupaten/kota.",
        ],
        ["sekolah ramah anak", "SMA", "Bontang"],
    ),
    Berita(
        "ekonomi",
        "Bappeda",
        "Samarinda",
        "Ekonomi Kaltim Tumbuh Positif, Hilirisasi Jadi Andalan",
        "Pertumbuhan ekonomi Kalimantan Timur tetap positif. Pemprov mendorong hilirisasi dan "
        "sektor nonmigas agar ekonomi tidak bergantung pada batu bara.",
        [
            "Sektor pertanian, perkebunan, perikanan dan pariwisata dinilai punya ruang besar "
            "untuk tumbuh seiring pembangunan Ibu Kota Nusantara.",
            "Bappeda Kaltim menyiapkan peta jalan transformasi ekonomi yang memuat target "
            "investasi, penyerapan tenaga kerja dan pengembangan kawasan industri.",
        ],
        ["pertumbuhan ekonomi", "hilirisasi", "transformasi ekonomi"],
    ),
    Berita(
        "pariwisata",
        "Dispar",
        "Tenggarong",
        "Festival Erau Adat Kutai Meriahkan Tenggarong",
        "Festival Erau kembali digelar di Tenggarong dengan rangkaian upacara adat, pertunjukan "
        "seni dan pameran budaya dari berbagai negara.",
        [
            "Ribuan warga dan wisatawan memadati tepian Sungai Mahakam untuk menyaksikan prosesi "
            "adat yang menjadi puncak festival.",
            "Festival ini juga menjadi panggung bagi pelaku UMKM untuk memperkenalkan kuliner "
            "dan kerajinan khas Kutai.",
        ],
        ["Erau", "budaya", "Tenggarong"],
    ),
    Berita(
        "pemerintahan",
        "Diskominfo",
        "Samarinda",
        "Diskominfo Kaltim Perluas Jaringan Internet Desa",
        "Puluhan desa yang sebelumnya belum terjangkau sinyal kini terhubung internet melalui "
        "program konektivitas desa.",
        [
            "Akses internet dipasang di kantor desa, sekolah dan puskesmas pembantu agar layanan "
            "publik dapat berjalan secara daring.",
            "Diskominfo juga melatih perangkat desa mengelola situs web desa dan media sosial "
            "untuk menyebarkan informasi kepada warga.",
        ],
        ["internet desa", "transformasi digital", "blank spot"],
    ),
    Berita(
        "lingkungan",
        "DLH",
        "Samarinda",
        "Kualitas Air Sungai Mahakam Dipantau Rutin",
        "DLH Kaltim mengambil sampel air di belasan titik Sungai Mahakam setiap bulan untuk "
        "memantau pencemaran dari permukiman dan industri.",
        [
            "Hasil pemantauan dipakai sebagai dasar pembinaan terhadap pelaku usaha yang "
            "membuang limbah tanpa pengolahan sesuai baku mutu.",
            "Masyarakat dapat melaporkan dugaan pencemaran melalui kanal pengaduan lingkungan "
            "yang disediakan DLH Kaltim.",
        ],
        ["Sungai Mahakam", "kualitas air", "pencemaran"],
    ),
    Berita(
        "kebencanaan",
        "BPBD",
        "Balikpapan",
        "Simulasi Tanggap Darurat Kebakaran Hutan dan Lahan Digelar",
        "BPBD bersama TNI, Polri dan Manggala Agni menggelar simulasi penanganan kebakaran hutan "
        "dan lahan menjelang musim kemarau.",
        [
            "Simulasi mencakup deteksi titik panas, pengerahan regu pemadam dan evakuasi warga "
            "yang terpapar asap.",
            "Masyarakat diimbau tidak membuka lahan dengan cara membakar dan segera melapor bila "
            "melihat api.",
        ],
        ["karhutla", "simulasi", "musim kemarau"],
    ),
    Berita(
        "pembangunan",
        "PUPR-PERA",
        "Samarinda",
        "Program Bedah Rumah Sasar Ribuan Rumah Tidak Layak Huni",
        "Pemprov Kaltim melanjutkan program peningkatan kualitas rumah tidak layak huni bagi "
        "keluarga berpenghasilan rendah.",
        [
            "Bantuan diberikan dalam bentuk bahan bangunan dan upah tukang, dengan pengerjaan "
            "secara gotong royong bersama warga sekitar.",
            "Penerima bantuan diverifikasi oleh pemerintah desa dan kelurahan agar tepat sasaran.",
        ],
        ["bedah rumah", "RTLH", "perumahan"],
    ),
    Berita(
        "kesehatan",
        "Dinkes",
        "Balikpapan",
        "Imunisasi Kejar Digelar Serentak di Sepuluh Kabupaten/Kota",
        "Dinkes Kaltim menggelar imunisasi kejar bagi anak yang belum lengkap imunisasinya "
        "untuk mencegah penyakit yang dapat dicegah dengan imunisasi.",
        [
            "Imunisasi diberikan gratis di posyandu, puskesmas dan sekolah. Orang tua diminta "
            "membawa buku kesehatan ibu dan anak.",
            "Petugas juga mendatangi rumah warga yang anaknya belum datang ke pos layanan.",
        ],
        ["imunisasi", "anak", "puskesmas"],
    ),
    Berita(
        "pendidikan",
        "Disdikbud",
        "Samarinda",
        "Guru di Daerah 3T Dapat Pelatihan Pembelajaran Digital",
        "Ratusan guru dari daerah terdepan, terluar dan tertinggal mengikuti pelatihan "
        "pemanfaatan teknologi dalam pembelajaran.",
        [
            "Pelatihan dirancang sesuai kondisi sekolah yang sering mengalami keterbatasan "
            "listrik dan jaringan, termasuk penggunaan materi luring.",
            "Setiap guru peserta diminta menularkan ilmunya kepada rekan sejawat di sekolah "
            "masing-masing.",
        ],
        ["guru", "pembelajaran digital", "3T"],
    ),
    Berita(
        "ekonomi",
        "Diskop UKM",
        "Samarinda",
        "Produk Amplang dan Tenun Ulap Doyo Tembus Pasar Ekspor",
        "Dua produk unggulan Kaltim, amplang dan tenun ulap doyo, berhasil masuk pasar ekspor "
        "setelah melalui pendampingan kurasi produk.",
        [
            "Pendampingan mencakup standar mutu, desain kemasan, perizinan dan pencocokan "
            "dengan pembeli dari luar negeri.",
            "Pemprov berharap keberhasilan ini memacu pelaku UMKM lain untuk naik kelas.",
        ],
        ["ekspor", "UMKM", "ulap doyo"],
    ),
    Berita(
        "pariwisata",
        "Dispar",
        "Samarinda",
        "Kampung Wisata Tenun Samarinda Seberang Dibenahi",
        "Kampung tenun sarung Samarinda di Samarinda Seberang dibenahi agar lebih nyaman "
        "dikunjungi wisatawan.",
        [
            "Pembenahan meliputi jalur pejalan kaki, papan informasi, galeri tenun dan ruang "
            "demonstrasi menenun bagi pengunjung.",
            "Para penenun dilatih melayani wisatawan dan memasarkan kain secara daring.",
        ],
        ["sarung Samarinda", "kampung wisata", "tenun"],
    ),
    Berita(
        "pemerintahan",
        "Biro Hukum",
        "Samarinda",
        "Pemprov dan DPRD Kaltim Sepakati Tiga Rancangan Perda",
        "Pemprov dan DPRD Kalimantan Timur menyepakati tiga rancangan peraturan daerah dalam "
        "rapat paripurna.",
        [
            "Ketiga rancangan tersebut mengatur penyelenggaraan bantuan hukum, pengelolaan "
            "barang milik daerah dan penyelenggaraan perpustakaan.",
            "Setelah disepakati, rancangan akan dievaluasi Kementerian Dalam Negeri sebelum "
            "ditetapkan dan diundangkan.",
        ],
        ["Perda", "DPRD", "legislasi"],
    ),
    Berita(
        "lingkungan",
        "DLH",
        "Bontang",
        "Bank Sampah di Bontang Kurangi Sampah ke TPA",
        "Puluhan bank sampah di Bontang berhasil mengurangi volume sampah yang dibuang ke "
        "tempat pemrosesan akhir.",
        [
            "Warga menyetor sampah terpilah yang kemudian ditimbang dan dicatat sebagai "
            "tabungan. Sampah plastik dijual ke pengepul untuk didaur ulang.",
            "DLH Kaltim mendorong setiap kelurahan memiliki sedikitnya satu bank sampah aktif.",
        ],
        ["bank sampah", "daur ulang", "Bontang"],
    ),
    Berita(
        "kebencanaan",
        "BPBD",
        "Sendawar",
        "Bantuan Logistik Disalurkan untuk Warga Terdampak Banjir di Kutai Barat",
        "BPBD Kaltim menyalurkan bantuan logistik berupa makanan siap saji, selimut dan air "
        "bersih bagi warga terdampak banjir di Kutai Barat.",
        [
            "Penyaluran dilakukan menggunakan perahu karena akses darat ke beberapa kampung "
            "masih terputus.",
            "Tim kesehatan turut diterjunkan untuk mencegah penyakit kulit dan diare di lokasi "
            "pengungsian.",
        ],
        ["banjir", "bantuan logistik", "Kutai Barat"],
    ),
    Berita(
        "pembangunan",
        "Dishub",
        "Samarinda",
        "Bus Rapid Transit Samarinda Mulai Uji Coba Rute Baru",
        "Layanan angkutan massal perkotaan di Samarinda menguji coba rute baru yang "
        "menghubungkan terminal, pasar dan kawasan perkantoran.",
        [
            "Selama masa uji coba, penumpang tidak dipungut biaya. Pembayaran nantinya "
            "menggunakan kartu elektronik dan kode QR.",
            "Dishub Kaltim mengevaluasi waktu tempuh dan jumlah penumpang sebelum menetapkan "
            "jadwal tetap.",
        ],
        ["transportasi", "angkutan massal", "Samarinda"],
    ),
    Berita(
        "kesehatan",
        "Dinkes",
        "Samarinda",
        "Rumah Sakit Rujukan Provinsi Tambah Layanan Jantung",
        "Rumah sakit rujukan milik Pemprov Kaltim menambah layanan kateterisasi jantung agar "
        "pasien tidak perlu dirujuk ke luar pulau.",
        [
            "Layanan ini dapat diakses peserta Jaminan Kesehatan Nasional sesuai prosedur "
            "rujukan berjenjang.",
            "Dokter spesialis dan perawat telah mengikuti pelatihan intensif sebelum layanan "
            "dibuka.",
        ],
        ["rumah sakit", "layanan jantung", "JKN"],
    ),
    Berita(
        "pendidikan",
        "Disdikbud",
        "Tanjung Redeb",
        "Sekolah Terapung di Berau Bantu Anak Nelayan Tetap Belajar",
        "Sebuah kapal disulap menjadi ruang kelas agar anak-anak nelayan di pesisir Berau "
        "tetap mendapat layanan pendidikan.",
        [
            "Kapal dilengkapi meja, papan tulis, buku bacaan dan perangkat belajar bertenaga "
            "surya.",
            "Guru-guru bergiliran mengajar sesuai jadwal pelayaran ke kampung-kampung pesisir.",
        ],
        ["sekolah terapung", "pesisir", "Berau"],
    ),
    Berita(
        "ekonomi",
        "BPKAD",
        "Samarinda",
        "Realisasi Pendapatan Asli Daerah Kaltim Capai Target Triwulan",
        "BPKAD Kaltim mencatat realisasi pendapatan asli daerah triwulan ini memenuhi target, "
        "didorong pajak kendaraan bermotor.",
        [
            "Layanan pembayaran pajak daring dan gerai samsat keliling memudahkan wajib pajak "
            "membayar tepat waktu.",
            "Pendapatan daerah dimanfaatkan untuk membiayai layanan dasar seperti pendidikan, "
            "kesehatan dan infrastruktur.",
        ],
        ["PAD", "pajak daerah", "keuangan daerah"],
    ),
    Berita(
        "pariwisata",
        "Dispar",
        "Balikpapan",
        "Balikpapan Tuan Rumah Pameran Pariwisata Kalimantan",
        "Pameran pariwisata se-Kalimantan di Balikpapan mempertemukan pelaku usaha wisata, "
        "biro perjalanan dan maskapai.",
        [
            "Kalimantan Timur menampilkan paket wisata Derawan, Labuan Cermin, Danau Jempang "
            "hingga wisata budaya Dayak di Pampang.",
            "Pameran juga menjadi ajang penandatanganan kerja sama promosi antardaerah.",
        ],
        ["pameran", "promosi wisata", "Balikpapan"],
    ),
    Berita(
        "pemerintahan",
        "Diskominfo",
        "Samarinda",
        "PPID Kaltim Raih Predikat Badan Publik Informatif",
        "Pejabat Pengelola Informasi dan Dokumentasi Pemprov Kaltim meraih predikat informatif "
        "dalam monitoring dan evaluasi keterbukaan informasi publik.",
        [
            "Penilaian mencakup ketersediaan Daftar Informasi Publik, kecepatan layanan "
            "permohonan informasi dan pengelolaan keberatan.",
            "Pemprov berkomitmen terus memperbarui dokumen publik di portal resmi agar mudah "
            "diakses masyarakat.",
        ],
        ["PPID", "keterbukaan informasi", "KIP"],
    ),
    Berita(
        "lingkungan",
        "DLH",
        "Sangatta",
        "Reklamasi Lahan Bekas Tambang di Kutai Timur Diawasi Ketat",
        "DLH Kaltim memperketat pengawasan reklamasi lahan bekas tambang dan penutupan lubang "
        "tambang di Kutai Timur.",
        [
            "Perusahaan wajib menata lahan, menanam kembali vegetasi dan memastikan lubang "
            "bekas tambang aman bagi warga.",
            "Hasil pengawasan diumumkan secara berkala sebagai bentuk keterbukaan kepada publik.",
        ],
        ["reklamasi", "tambang", "Kutai Timur"],
    ),
    Berita(
        "kebencanaan",
        "BPBD",
        "Samarinda",
        "Peringatan Dini Cuaca Ekstrem: Warga Diminta Waspada Longsor",
        "BPBD Kaltim meneruskan peringatan dini cuaca ekstrem. Warga di lereng bukit diminta "
        "mewaspadai tanah longsor.",
        [
            "Tanda-tanda yang perlu diwaspadai antara lain retakan tanah, pohon miring dan "
            "rembesan air di lereng.",
            "Apabila tanda tersebut muncul, warga diminta segera menjauh dan melapor ke posko "
            "terdekat atau nomor darurat 112.",
        ],
        ["cuaca ekstrem", "longsor", "peringatan dini"],
    ),
    Berita(
        "pembangunan",
        "PUPR-PERA",
        "Ujoh Bilang",
        "Jembatan Gantung Baru Hubungkan Kampung di Mahakam Ulu",
        "Sebuah jembatan gantung baru menghubungkan dua kampung di Mahakam Ulu yang selama ini "
        "hanya terhubung perahu.",
        [
            "Jembatan memudahkan anak sekolah, pedagang dan tenaga kesehatan menyeberang, "
            "terutama saat air sungai sedang tinggi.",
            "Warga dilibatkan dalam pemeliharaan agar jembatan tetap aman digunakan.",
        ],
        ["jembatan", "Mahakam Ulu", "konektivitas"],
    ),
    Berita(
        "kesehatan",
        "Dinkes",
        "Tanah Grogot",
        "Kader Posyandu di Paser Dapat Pelatihan Deteksi Dini Gizi Buruk",
        "Ratusan kader posyandu di Kabupaten Paser dilatih mengukur tinggi badan dan mengenali "
        "tanda awal gizi buruk pada balita.",
        [
            "Kader juga dibekali alat ukur standar agar hasil pengukuran akurat dan dapat "
            "dibandingkan antarbulan.",
            "Balita yang terdeteksi berisiko segera dirujuk ke puskesmas untuk mendapat "
            "penanganan.",
        ],
        ["posyandu", "gizi buruk", "Paser"],
    ),
    Berita(
        "pendidikan",
        "Disdikbud",
        "Samarinda",
        "Perpustakaan Keliling Sambangi Sekolah di Pinggiran Samarinda",
        "Mobil perpustakaan keliling membawa ribuan buku ke sekolah dan kampung di pinggiran "
        "Samarinda untuk menumbuhkan minat baca.",
        [
            "Anak-anak dapat meminjam buku dan mengikuti kegiatan mendongeng bersama pustakawan.",
            "Program ini merupakan bagian dari gerakan literasi daerah yang melibatkan komunitas "
            "taman baca.",
        ],
        ["literasi", "perpustakaan", "minat baca"],
    ),
    Berita(
        "ekonomi",
        "Diskop UKM",
        "Tenggarong",
        "Koperasi Petani Sawit Kutai Kartanegara Dapat Pendampingan",
        "Koperasi petani sawit swadaya di Kutai Kartanegara mendapat pendampingan pengelolaan "
        "usaha dan peremajaan kebun.",
        [
            "Pendampingan bertujuan meningkatkan produktivitas kebun rakyat sekaligus memenuhi "
            "standar perkebunan berkelanjutan.",
            "Pengurus koperasi juga dilatih menyusun laporan keuangan yang transparan bagi "
            "anggota.",
        ],
        ["koperasi", "sawit", "Kutai Kartanegara"],
    ),
    Berita(
        "pariwisata",
        "Dispar",
        "Sangatta",
        "Labuan Cermin Jadi Destinasi Favorit Libur Sekolah",
        "Danau dua rasa Labuan Cermin di Biduk-Biduk menjadi tujuan favorit keluarga selama "
        "libur sekolah.",
        [
            "Pengelola membatasi jumlah pengunjung per hari untuk menjaga kejernihan air danau.",
            "Warga setempat membuka homestay dan jasa perahu sehingga pariwisata memberi "
            "penghasilan tambahan.",
        ],
        ["Labuan Cermin", "Biduk-Biduk", "libur sekolah"],
    ),
    Berita(
        "pemerintahan",
        "Biro Adpim",
        "Samarinda",
        "Layanan Pengaduan Masyarakat Kini Terintegrasi",
        "Pemprov Kaltim mengintegrasikan kanal pengaduan masyarakat agar setiap laporan "
        "tercatat dan dapat dipantau penyelesaiannya.",
        [
            "Warga dapat menyampaikan pengaduan melalui situs web, aplikasi pesan dan layanan "
            "tatap muka di kantor gubernur.",
            "Setiap pengaduan diteruskan kepada perangkat daerah yang berwenang dengan batas "
            "waktu penyelesaian yang jelas.",
        ],
        ["pengaduan", "pelayanan publik", "SP4N-LAPOR"],
    ),
    Berita(
        "lingkungan",
        "DLH",
        "Tanjung Redeb",
        "Patroli Penyu di Pulau Sangalaki Diperkuat",
        "Patroli perlindungan penyu hijau di Pulau Sangalaki diperkuat untuk mencegah "
        "pengambilan telur secara ilegal.",
        [
            "Petugas dan relawan memantau pantai peneluran setiap malam dan memindahkan telur "
            "ke tempat penetasan semi alami.",
            "Tukik yang menetas dilepas ke laut dengan melibatkan wisatawan sebagai sarana "
            "edukasi.",
        ],
        ["penyu", "konservasi", "Sangalaki"],
    ),
    Berita(
        "kebencanaan",
        "BPBD",
        "Penajam",
        "Desa Tangguh Bencana Dibentuk di Penajam Paser Utara",
        "Sejumlah desa di Penajam Paser Utara dibentuk sebagai Desa Tangguh Bencana untuk "
        "meningkatkan kesiapsiagaan warga.",
        [
            "Warga dilatih menyusun peta risiko, jalur evakuasi dan rencana kontinjensi desa.",
            "Relawan desa menjadi garda terdepan ketika bencana terjadi sebelum bantuan dari "
            "luar datang.",
        ],
        ["Destana", "kesiapsiagaan", "Penajam Paser Utara"],
    ),
    Berita(
        "pembangunan",
        "Bappeda",
        "Samarinda",
        "Konsultasi Publik Rencana Pembangunan Jangka Panjang Daerah",
        "Bappeda Kaltim menggelar konsultasi publik rancangan Rencana Pembangunan Jangka "
        "Panjang Daerah 2025–2045.",
        [
            "Masukan masyarakat dihimpun melalui forum tatap muka dan kuesioner daring yang "
            "dibuka selama dua pekan.",
            "Rancangan menekankan pembangunan sumber daya manusia, ekonomi hijau dan pemerataan "
            "antarwilayah.",
        ],
        ["RPJPD", "konsultasi publik", "perencanaan"],
    ),
    Berita(
        "kesehatan",
        "Dinsos",
        "Samarinda",
        "Bantuan Sosial Lansia dan Penyandang Disabilitas Disalurkan",
        "Dinas Sosial Kaltim menyalurkan bantuan bagi lansia terlantar dan penyandang "
        "disabilitas di sepuluh kabupaten/kota.",
        [
            "Bantuan berupa paket kebutuhan pokok, alat bantu dengar, kursi roda dan tongkat.",
            "Penerima bantuan didata bersama pemerintah kabupaten/kota berdasarkan Data "
            "Terpadu Kesejahteraan Sosial.",
        ],
        ["bantuan sosial", "lansia", "disabilitas"],
    ),
    Berita(
        "pendidikan",
        "Disdikbud",
        "Balikpapan",
        "Siswa SMK Kaltim Magang di Industri Sekitar IKN",
        "Ratusan siswa SMK menjalani praktik kerja di perusahaan konstruksi dan jasa yang "
        "beroperasi di sekitar Ibu Kota Nusantara.",
        [
            "Program magang disusun bersama dunia usaha agar keterampilan lulusan sesuai "
            "kebutuhan industri.",
            "Siswa yang berprestasi berpeluang direkrut langsung setelah lulus.",
        ],
        ["SMK", "magang", "IKN"],
    ),
]

# Quotes by fictional officials, per category: (kutipan, sumber).
KUTIPAN = {
    "pemerintahan": [
        (
            "Pelayanan publik yang baik dimulai dari informasi yang terbuka dan mudah dipahami "
            "masyarakat.",
            "Ahmad Fauzi, Kepala Bagian Humas Biro Adpim",
        ),
        (
            "Setiap perangkat daerah wajib menindaklanjuti masukan warga dengan tepat waktu.",
            "Dewi Anggraini, Asisten Pemerintahan Setda Kaltim",
        ),
    ],
    "pembangunan": [
        (
            "Kami pastikan pekerjaan sesuai spesifikasi teknis dan selesai tepat waktu, karena "
            "jalan ini urat nadi ekonomi warga.",
            "Hendra Kusuma, Kepala Bidang Bina Marga",
        ),
        (
            "Pembangunan harus dirasakan sampai ke kampung paling hulu.",
            "Yusuf Hidayat, Sekretaris Dinas PUPR-PERA",
        ),
    ],
    "kesehatan": [
        (
            "Kunci menurunkan stunting ada di seribu hari pertama kehidupan. Posyandu adalah "
            "ujung tombaknya.",
            "dr. Maya Sari, Kepala Bidang Kesehatan Masyarakat",
        ),
        (
            "Kami ingin tidak ada lagi warga yang harus menempuh perjalanan jauh hanya untuk "
            "berobat.",
            "dr. Rudi Hartono, Kepala Seksi Pelayanan Kesehatan",
        ),
    ],
    "pendidikan": [
        (
            "Pendidikan adalah investasi jangka panjang. Tidak boleh ada anak Kaltim yang putus "
            "sekolah karena biaya.",
            "Nurhayati, Kepala Bidang Pembinaan SMA",
        ),
        (
            "Guru yang terus belajar akan melahirkan murid yang siap menghadapi masa depan.",
            "Agus Salim, Kepala Balai Pengembangan Guru",
        ),
    ],
    "ekonomi": [
        (
            "UMKM yang naik kelas akan membuka lapangan kerja dan memperkuat ekonomi daerah.",
            "Fitri Handayani, Kepala Bidang Pemberdayaan UMKM",
        ),
        (
            "Kita harus bersiap menghadapi masa setelah batu bara dengan memperkuat sektor "
            "terbarukan.",
            "Bambang Setiawan, Kepala Bidang Perekonomian Bappeda",
        ),
    ],
    "pariwisata": [
        (
            "Alam dan budaya Kaltim luar biasa. Tugas kita menjaganya sambil menyambut wisatawan.",
            "Lestari Putri, Kepala Bidang Pemasaran Pariwisata",
        ),
        (
            "Wisata yang berkelanjutan berarti warga lokal ikut sejahtera.",
            "Rahmat Hidayat, Kepala Seksi Destinasi Wisata",
        ),
    ],
    "lingkungan": [
        (
            "Menjaga Sungai Mahakam berarti menjaga sumber kehidupan jutaan warga.",
            "Indra Gunawan, Kepala Bidang Pengendalian Pencemaran",
        ),
        (
            "Mangrove yang sehat adalah benteng alami pesisir kita.",
            "Sri Wahyuni, Penyuluh Lingkungan Hidup",
        ),
    ],
    "kebencanaan": [
        (
            "Kesiapsiagaan warga adalah kunci mengurangi risiko. Jangan menunggu bencana datang.",
            "Joko Prasetyo, Kepala Bidang Kedaruratan dan Logistik",
        ),
        (
            "Ikuti informasi resmi dan jangan mudah percaya kabar yang belum jelas sumbernya.",
            "Rina Marlina, Kepala Pusat Pengendalian Operasi BPBD",
        ),
    ],
}

# (slug, nama)
KATEGORI_BERITA = [
    ("pemerintahan", "Pemerintahan"),
    ("pembangunan", "Pembangunan"),
    ("kesehatan", "Kesehatan"),
    ("pendidikan", "Pendidikan"),
    ("ekonomi", "Ekonomi"),
    ("pariwisata", "Pariwisata"),
    ("lingkungan", "Lingkungan"),
    ("kebencanaan", "Kebencanaan"),
]

# -- English ------------------------------------------------------------------------------------
# The share of the demo news that seed_demo translates (portal/demo/inggris.py), keyed by the
# Indonesian title. Chosen across categories, and none whose body has a table: wagtail-localize
# copies a TableBlock as it is, so its cells would stay Indonesian.
BeritaInggris = namedtuple("BeritaInggris", "judul slug ringkasan paragraf tags")

BERITA_INGGRIS = {
    "Perbaikan Jalan Poros Samarinda–Bontang Ditargetkan Rampung Akhir Tahun": BeritaInggris(
        "Samarinda–Bontang Trunk Road Repairs on Track for Year-End Completion",
        "samarinda-bontang-trunk-road-repairs-on-track-for-year-end-completion",
        "The provincial government is speeding up repairs to 28 kilometres of the "
        "Samarinda–Bontang trunk road, damaged by heavy goods traffic and high rainfall.",
        [
            "The work is being done in six sections so that traffic can keep moving. Road crews "
            "are running a stop-and-go system wherever concrete is being poured.",
            "Besides resurfacing, the drainage channels along the road are being cleared and "
            "widened so that rainwater no longer floods the carriageway.",
        ],
        ["roads", "infrastructure", "Bontang"],
    ),
    "Prevalensi Stunting Kaltim Turun, Pemprov Perkuat Intervensi di Desa": BeritaInggris(
        "Stunting Rate Falls in East Kalimantan as Province Steps Up Village Programmes",
        "stunting-rate-falls-in-east-kalimantan",
        "The stunting rate in East Kalimantan is lower than last year. The provincial "
        "government is stepping up targeted nutrition support in the villages with the most "
        "cases.",
        [
            "The fall owes much to the integrated health posts (posyandu), human development "
            "cadres and community health centres, which weigh and measure young children every "
            "month.",
            "This year, supplementary meals made from local food are being extended to 150 "
            "priority villages, mainly in East Kutai, Kutai Kartanegara and Mahakam Ulu.",
        ],
        ["stunting", "nutrition", "posyandu"],
    ),
    "BPBD Kaltim Siagakan Personel Hadapi Banjir di Bantaran Sungai Mahakam": BeritaInggris(
        "Disaster Agency Puts Teams on Standby as the Mahakam River Rises",
        "disaster-agency-puts-teams-on-standby-as-the-mahakam-river-rises",
        "Heavy rain has raised the level of the Mahakam River. The provincial disaster "
        "management agency (BPBD) has put personnel, rubber boats and field kitchens on "
        "standby at flood-prone points.",
        [
            "Residents living along the riverbanks are asked to follow official updates and to "
            "move to higher ground straight away if water enters their homes.",
            "The disaster command post is open 24 hours a day and can be reached on the "
            "emergency number 112 or through BPBD Kaltim's social media accounts.",
        ],
        ["flooding", "Mahakam", "disaster preparedness"],
    ),
    "Ratusan UMKM Kaltim Ikuti Pelatihan Pemasaran Digital": BeritaInggris(
        "Hundreds of Small Businesses Join Digital Marketing Training",
        "hundreds-of-small-businesses-join-digital-marketing-training",
        "Some 300 owners of micro, small and medium enterprises from ten regencies and cities "
        "took part in training on digital marketing and product packaging in Balikpapan.",
        [
            "The sessions covered product photography with a mobile phone, running an online "
            "shop and keeping simple accounts.",
            "Participants who pass the selection will be helped to exhibit at the province's "
            "showcase of flagship products and supported through halal certification.",
        ],
        ["small business", "digital economy", "Balikpapan"],
    ),
    "Kunjungan Wisatawan ke Kepulauan Derawan Meningkat": BeritaInggris(
        "Visitor Numbers Rise in the Derawan Islands",
        "visitor-numbers-rise-in-the-derawan-islands",
        "The long holiday brought a surge of visitors to the Derawan Islands in Berau. The "
        "provincial government reminds everyone how important it is to protect the coral reefs.",
        [
            "Derawan, Maratua, Kakaban and Sangalaki are the favourite destinations, especially "
            "for visitors who come to dive and see green turtles.",
            "Local guides are being trained in reef-friendly diving rules, including a ban on "
            "touching coral and feeding marine life.",
        ],
        ["Derawan", "marine tourism", "Berau"],
    ),
    "Pemprov Kaltim Gelar Musrenbang RKPD Tingkat Provinsi": BeritaInggris(
        "Province Holds Development Planning Forum for Next Year's Work Plan",
        "province-holds-development-planning-forum-for-next-years-work-plan",
        "The provincial development planning forum (Musrenbang) gathered priority proposals "
        "from the regencies and cities for next year's Regional Government Work Plan (RKPD).",
        [
            "The forum was attended by members of the provincial parliament (DPRD), regents and "
            "mayors, academics and civil society organisations from across East Kalimantan.",
            "The agreed proposals will be aligned with national priorities, including support "
            "for the development of Nusantara, the new capital city.",
        ],
        ["Musrenbang", "RKPD", "planning"],
    ),
}

# KUTIPAN in English: the same categories, the quotes in the same order.
KUTIPAN_INGGRIS = {
    "pemerintahan": [
        (
            "Good public service starts with information that is open and easy for people to "
            "understand.",
            "Ahmad Fauzi, Head of Public Relations, Leadership Administration Bureau",
        ),
        (
            "Every agency must follow up residents' feedback promptly.",
            "Dewi Anggraini, Assistant for Governance, Provincial Secretariat",
        ),
    ],
    "pembangunan": [
        (
            "We will make sure the work meets the technical specifications and is finished on "
            "time, because this road is a lifeline for people's livelihoods.",
            "Hendra Kusuma, Head of the Highways Division",
        ),
        (
            "Development has to reach even the most remote villages upriver.",
            "Yusuf Hidayat, Secretary of the Public Works, Spatial Planning and Housing Office",
        ),
    ],
    "kesehatan": [
        (
            "The key to reducing stunting lies in the first thousand days of life, and the "
            "posyandu are on the front line.",
            "Dr Maya Sari, Head of the Public Health Division",
        ),
        (
            "No resident should have to travel a long way just to see a doctor.",
            "Dr Rudi Hartono, Head of the Health Services Section",
        ),
    ],
    "pendidikan": [
        (
            "Education is a long-term investment. No child in East Kalimantan should leave "
            "school because of the cost.",
            "Nurhayati, Head of the Senior High School Division",
        ),
        (
            "Teachers who keep learning raise students who are ready for the future.",
            "Agus Salim, Head of the Teacher Development Centre",
        ),
    ],
    "ekonomi": [
        (
            "Small businesses that grow create jobs and strengthen the regional economy.",
            "Fitri Handayani, Head of the Small Business Development Division",
        ),
        (
            "We have to prepare for the years after coal by strengthening renewable sectors.",
            "Bambang Setiawan, Head of the Economic Affairs Division, Bappeda",
        ),
    ],
    "pariwisata": [
        (
            "East Kalimantan's nature and culture are extraordinary. Our job is to protect them "
            "while we welcome visitors.",
            "Lestari Putri, Head of the Tourism Marketing Division",
        ),
        (
            "Sustainable tourism means local people prosper too.",
            "Rahmat Hidayat, Head of the Tourist Destinations Section",
        ),
    ],
    "lingkungan": [
        (
            "Protecting the Mahakam River means protecting the lifeblood of millions of people.",
            "Indra Gunawan, Head of the Pollution Control Division",
        ),
        (
            "Healthy mangroves are our coast's natural defence.",
            "Sri Wahyuni, Environmental Extension Officer",
        ),
    ],
    "kebencanaan": [
        (
            "Being prepared is the key to reducing risk. Don't wait for a disaster to strike.",
            "Joko Prasetyo, Head of the Emergency and Logistics Division",
        ),
        (
            "Follow official information and don't be quick to believe reports from unclear "
            "sources.",
            "Rina Marlina, Head of the BPBD Operations Control Centre",
        ),
    ],
}

# slug: (English slug, English name)
KATEGORI_BERITA_INGGRIS = {
    "pemerintahan": ("government", "Government"),
    "pembangunan": ("development", "Development"),
    "kesehatan": ("health", "Health"),
    "pendidikan": ("education", "Education"),
    "ekonomi": ("economy", "Economy"),
    "pariwisata": ("tourism", "Tourism"),
    "lingkungan": ("environment", "Environment"),
    "kebencanaan": ("disasters", "Disasters"),
}
