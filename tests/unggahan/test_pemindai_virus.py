"""ClamAV (issue 8 point 1): uploads are scanned by clamd when CLAMAV_SOCKET or
CLAMAV_ADDRESS is set. The clamd is Debian's, started by the test with a signature database
built from the EICAR string (tests/unggahan/clamd.py); when the scanner is configured but
unreachable, uploads fail closed."""

import random
import socket

import pytest

from tests.ketahanan.layanan import HOST_UJI, port_bebas
from tests.unggahan import korpus
from tests.unggahan.admin import TAMPILAN_DOKUMEN, TAMPILAN_GAMBAR, jumlah_tersimpan, unggah
from tests.unggahan.clamd import EICAR, NAMA_TANDA, NAMA_TANDA_PROGRAM

pytestmark = [pytest.mark.django_db, pytest.mark.service("clamav")]
TIDAK_TERHUBUNG = (
    "Pemindai virus tidak dapat dihubungi; unggahan ditolak. Coba lagi nanti atau hubungi admin."
)


# EICAR inside each accepted document type, where each type can carry it and still pass
# every content check: only the scanner stands between such a file and the public.
DOKUMEN_BERISI_EICAR = {
    "laporan.pdf": lambda: korpus.pdf() + b"%" + EICAR + b"\n",  # a comment after its end
    "data.csv": lambda: b"nama;catatan\nberkas;" + EICAR + b"\n",
    "laporan.docx": lambda: korpus.docx(**{"word/media/catatan.txt": EICAR}),
    "rekap.xlsx": lambda: korpus.xlsx_dengan(**{"xl/media/catatan.txt": EICAR}),
    "paparan.pptx": lambda: korpus.ooxml(
        "ppt/presentation.xml", korpus.TIPE_PPTX, **{"ppt/media/catatan.txt": EICAR}
    ),
    "daftar.odt": lambda: korpus.odt(**{"Pictures/catatan.txt": EICAR}),
    "rekap.ods": lambda: korpus.odf(korpus.MIMETYPE_ODF["ods"], **{"Pictures/catatan.txt": EICAR}),
    "teks.vtt": lambda: korpus.vtt() + b"\nNOTE " + EICAR + b"\n",
    "video.webm": lambda: korpus.webm() + EICAR,
    "video.mp4": lambda: korpus.mp4() + EICAR,
}


def _dokumen_ditolak_pemindai(klien, tampilan, nama_berkas, isi, tanda):
    hasil = unggah(klien, TAMPILAN_DOKUMEN[tampilan], nama_berkas, isi)
    assert hasil.status == 200 and not hasil.berhasil
    assert "Berkas ini mengandung virus atau malware" in hasil.teks
    assert tanda in hasil.teks
    assert jumlah_tersimpan() == 0


@pytest.mark.parametrize("tampilan", TAMPILAN_DOKUMEN)
@pytest.mark.parametrize("nama_berkas", DOKUMEN_BERISI_EICAR)
def test_dokumen_bervirus_ditolak_dengan_nama_tandanya(
    klien_editor, pemindai, tampilan, nama_berkas
):
    isi = DOKUMEN_BERISI_EICAR[nama_berkas]()
    _dokumen_ditolak_pemindai(klien_editor, tampilan, nama_berkas, isi, NAMA_TANDA)


def test_program_tersembunyi_dalam_docx_ditemukan_tanda_khusus(klien_editor, pemindai):
    """A Windows program as a harmless-looking part of a sound .docx: no content check can
    tell, the corpus's own signature does (clamd unpacks the archive)."""
    isi = korpus.docx(**{"word/media/gambar1.bin": korpus.PE})
    _dokumen_ditolak_pemindai(klien_editor, "tambah", "laporan.docx", isi, NAMA_TANDA_PROGRAM)


def test_gambar_bervirus_ditolak(klien_editor, pemindai):
    isi = korpus.png() + EICAR  # trailing data that passes the content checks
    hasil = unggah(klien_editor, TAMPILAN_GAMBAR["tambah"], "foto.png", isi)
    assert not hasil.berhasil
    assert NAMA_TANDA in hasil.teks
    assert jumlah_tersimpan() == 0


@pytest.mark.parametrize(
    ("kasus", "tampilan"),
    [
        (korpus.KASUS_DOKUMEN_SAH[0], TAMPILAN_DOKUMEN["tambah"]),
        (korpus.KASUS_DOKUMEN_SAH[5], TAMPILAN_DOKUMEN["tambah_banyak"]),
        (korpus.KASUS_GAMBAR_SAH[0], TAMPILAN_GAMBAR["tambah_banyak"]),
    ],
    ids=lambda x: getattr(x, "nama_berkas", x),
)
def test_berkas_bersih_lolos_pemindaian(klien_editor, pemindai, kasus, tampilan):
    assert unggah(klien_editor, tampilan, kasus.nama_berkas, kasus.isi()).berhasil


def test_dokumen_50_mb_dipindai_utuh(klien_editor, pemindai):
    """The largest accepted document fits in one INSTREAM (clamd's StreamMaxLength)."""
    isi = korpus.pdf_dengan_lampiran(random.Random(0).randbytes(49 * korpus.MB))
    assert len(isi) > 49 * korpus.MB
    assert unggah(klien_editor, TAMPILAN_DOKUMEN["tambah"], "besar.pdf", isi).berhasil


@pytest.fixture(params=["soket", "alamat"])
def pemindai_tak_terjangkau(request, settings, tmp_path):
    """CLAMAV_SOCKET naming a socket nobody listens on, or CLAMAV_ADDRESS a closed port."""
    if request.param == "soket":
        settings.CLAMAV_SOCKET, settings.CLAMAV_ADDRESS = str(tmp_path / "clamd.sock"), ""
    else:
        settings.CLAMAV_SOCKET, settings.CLAMAV_ADDRESS = "", f"{HOST_UJI}:{port_bebas()}"


@pytest.mark.parametrize("tampilan", ["tambah", "tambah_banyak"])
def test_pemindai_tak_terjangkau_menolak_unggahan(klien_editor, pemindai_tak_terjangkau, tampilan):
    for url_name, kasus in (
        (TAMPILAN_DOKUMEN[tampilan], korpus.KASUS_DOKUMEN_SAH[0]),
        (TAMPILAN_GAMBAR[tampilan], korpus.KASUS_GAMBAR_SAH[0]),
    ):
        hasil = unggah(klien_editor, url_name, kasus.nama_berkas, kasus.isi())
        assert hasil.status == 200 and not hasil.berhasil
        assert TIDAK_TERHUBUNG in hasil.teks
    assert jumlah_tersimpan() == 0


@pytest.fixture
def pemindai_diam(settings):
    """CLAMAV_ADDRESS naming a port that accepts the connection and never answers (a clamd
    hung on a huge file or a dead disk), with a short CLAMAV_TIMEOUT."""
    with socket.socket() as server:
        server.bind((HOST_UJI, 0))
        server.listen(8)  # never accepted, never read: the kernel's backlog holds the stream
        settings.CLAMAV_SOCKET = ""
        settings.CLAMAV_ADDRESS = f"{HOST_UJI}:{server.getsockname()[1]}"
        settings.CLAMAV_TIMEOUT = 0.5
        yield


def test_pemindai_yang_tidak_menjawab_menolak_unggahan_setelah_batas_waktu(
    klien_editor, pemindai_diam
):
    kasus = korpus.KASUS_DOKUMEN_SAH[0]
    hasil = unggah(klien_editor, TAMPILAN_DOKUMEN["tambah"], kasus.nama_berkas, kasus.isi())
    assert hasil.status == 200 and not hasil.berhasil
    assert TIDAK_TERHUBUNG in hasil.teks
    assert jumlah_tersimpan() == 0
