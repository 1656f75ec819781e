"""ClamAV (issue 8 point 1): uploads are scanned by clamd when CLAMAV_SOCKET or
CLAMAV_ADDRESS is set. The clamd is Debian's, started by the test with a signature database
built from the EICAR string (tests/unggahan/clamd.py); when the scanner is configured but
unreachable, uploads fail closed."""

import random

import pytest

from tests.ketahanan.layanan import HOST_UJI, port_bebas
from tests.unggahan import korpus
from tests.unggahan.admin import TAMPILAN_DOKUMEN, TAMPILAN_GAMBAR, jumlah_tersimpan, unggah
from tests.unggahan.clamd import EICAR, NAMA_TANDA

pytestmark = [pytest.mark.django_db, pytest.mark.service("clamav")]
TIDAK_TERHUBUNG = (
    "Pemindai virus tidak dapat dihubungi; unggahan ditolak. Coba lagi nanti atau hubungi admin."
)


def _pdf_berisi_eicar():
    """A sound PDF (it passes every content check) with EICAR in a comment after its end."""
    return korpus.pdf() + b"%" + EICAR + b"\n"


def _csv_berisi_eicar():
    return b"nama;catatan\nberkas;" + EICAR + b"\n"


@pytest.mark.parametrize("tampilan", TAMPILAN_DOKUMEN)
@pytest.mark.parametrize(
    ("nama_berkas", "buat"),
    [("laporan.pdf", _pdf_berisi_eicar), ("data.csv", _csv_berisi_eicar)],
)
def test_dokumen_bervirus_ditolak_dengan_nama_tandanya(
    klien_editor, pemindai, tampilan, nama_berkas, buat
):
    hasil = unggah(klien_editor, TAMPILAN_DOKUMEN[tampilan], nama_berkas, buat())
    assert hasil.status == 200 and not hasil.berhasil
    assert "Berkas ini mengandung virus atau malware" in hasil.teks
    assert NAMA_TANDA in hasil.teks
    assert jumlah_tersimpan() == 0


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
