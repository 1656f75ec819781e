"""Reference data of the demo: agencies (OPD), demo users and the site settings (news
categories are berita's own, in berita/demo.py; regencies are shared, portal/core/contoh).

OPD codes follow the government-affairs numbering of Permendagri 90/2019 (urusan.bidang.unit);
they are illustrative, not the official register.
"""

from dataclasses import dataclass

# Titles of the English home page and section indexes, by slug.
JUDUL_INGGRIS = {
    "beranda": "East Kalimantan Provincial Government",
    "berita": "News",
    "dokumen": "Public documents",
    "galeri": "Gallery",
    "cari": "Search",
}

# (kode, nama, singkatan)
OPD = [
    ("2.16.01", "Dinas Komunikasi dan Informatika", "Diskominfo"),
    ("5.01.01", "Badan Perencanaan Pembangunan Daerah", "Bappeda"),
    ("1.02.01", "Dinas Kesehatan", "Dinkes"),
    ("1.01.01", "Dinas Pendidikan dan Kebudayaan", "Disdikbud"),
    ("1.03.01", "Dinas Pekerjaan Umum, Penataan Ruang dan Perumahan Rakyat", "PUPR-PERA"),
    ("1.05.01", "Badan Penanggulangan Bencana Daerah", "BPBD"),
    ("3.26.01", "Dinas Pariwisata", "Dispar"),
    ("4.01.01", "Biro Hukum Sekretariat Daerah", "Biro Hukum"),
    ("2.11.01", "Dinas Lingkungan Hidup", "DLH"),
    ("5.02.01", "Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD"),
    ("2.17.01", "Dinas Koperasi dan Usaha Kecil Menengah", "Diskop UKM"),
    ("2.15.01", "Dinas Perhubungan", "Dishub"),
    ("1.06.01", "Dinas Sosial", "Dinsos"),
    ("4.01.02", "Biro Administrasi Pimpinan Sekretariat Daerah", "Biro Adpim"),
]


@dataclass(frozen=True)
class PenggunaDemo:
    username: str
    password: str
    first_name: str
    last_name: str
    grup: str  # "" for the administrator
    peran: str
    is_superuser: bool = False

    @property
    def email(self):
        # example.com is reserved (RFC 2606): demo notifications can never reach a real inbox.
        return f"{self.username}.demo@example.com"


# Deterministic, documented in the README; `seed_demo` refuses to run without DEBUG unless
# forced, so these never reach a production database by accident.
PENGGUNA = [
    PenggunaDemo("admin", "Admin-Demo-Kaltim-2025", "Admin", "Portal", "", "Administrator", True),
    PenggunaDemo(
        "petugas", "Petugas-Mahakam-2025", "Rina", "Wulandari", "Petugas", "Petugas (kontributor)"
    ),
    PenggunaDemo(
        "editor", "Editor-Mahakam-2025", "Budi", "Santoso", "Editor", "Editor / webmaster"
    ),
    # A second editor: an item an editor writes and submits is forwarded by another editor
    # (separation of duties), so every rule can be walked with the demo accounts.
    PenggunaDemo(
        "editor2", "Editor2-Mahakam-2025", "Dewi", "Lestari", "Editor", "Editor kedua / webmaster"
    ),
    PenggunaDemo(
        "pejabat", "Pejabat-Mahakam-2025", "Siti", "Rahmawati", "Pejabat", "Pejabat penyaring"
    ),
]

# The demo's TOTP secret (hex, as django-otp stores it) for the accounts that must give a code:
# RFC 4226's test key "12345678901234567890", printed by seed_demo in base32. Public on purpose,
# like the passwords above: demo only.
KUNCI_OTP_DEMO = "3132333435363738393031323334353637383930"

PENGATURAN_SITUS = {
    "alamat": "Jl. Gajah Mada No. 2, Samarinda 75121, Kalimantan Timur",
    "telepon": "(0541) 733333",
    "email": "humas@kaltimprov.go.id",
    "facebook": "https://www.facebook.com/pemprovkaltim",
    "instagram": "https://www.instagram.com/pemprovkaltim",
    "x_twitter": "https://x.com/pemprovkaltim",
    "youtube": "https://www.youtube.com/@pemprovkaltim",
}

INTRO_BERANDA = (
    "<p>Selamat datang di portal resmi Pemerintah Provinsi Kalimantan Timur: berita, dokumen "
    "publik dan galeri kegiatan. <i>Isi situs ini adalah data contoh untuk demonstrasi.</i></p>"
)
INTRO_BAGIAN = {
    "berita": "<p>Kabar terbaru dari Pemerintah Provinsi Kalimantan Timur dan perangkat "
    "daerahnya.</p>",
    "dokumen": "<p>Daftar Informasi Publik: peraturan, laporan, rencana kerja dan formulir "
    "yang dapat diunduh sesuai UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi "
    "Publik.</p>",
    "galeri": "<p>Foto dan video kegiatan Pemerintah Provinsi Kalimantan Timur.</p>",
}

# The home page's quick links (`TautanCepat`): the services citizens look for first. A link
# with "bagian" leads to that section of the portal itself; "inggris" is its English label and
# description for the English home page.
TAUTAN_CEPAT = [
    {
        "judul": "PPID",
        "keterangan": "Permohonan informasi publik.",
        "url": "https://ppid.kaltimprov.go.id/",
        "inggris": ("PPID", "Requests for public information."),
    },
    {
        "judul": "LAPOR!",
        "keterangan": "Sampaikan aduan pelayanan publik.",
        "url": "https://www.lapor.go.id/",
        "inggris": ("LAPOR!", "Complaints about public services."),
    },
    {
        "judul": "JDIH",
        "keterangan": "Jaringan dokumentasi dan informasi hukum.",
        "url": "https://jdih.kaltimprov.go.id/",
        "inggris": ("JDIH", "The province's legal documentation network."),
    },
    {
        "judul": "Layanan Informasi Publik",
        "keterangan": "Dokumen publik dan Daftar Informasi Publik.",
        "bagian": "dokumen",
        "inggris": (
            "Public information services",
            "Public documents and the Public Information Register.",
        ),
    },
]
