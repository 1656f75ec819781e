"""The document index filters, the Daftar Informasi Publik (HTML, CSV, XLSX) and the flag on
periodic information not updated for six months."""

import csv
import datetime
import io

import openpyxl
import pytest
import time_machine
from django.urls import reverse

from dokumen.factories import DokumenPageFactory, JenisDokumenFactory
from dokumen.models import (
    KOLOM_DIP,
    DokumenIndexPage,
    KategoriKIP,
    dokumen_berkala_usang,
    kurangi_bulan,
    sel_aman,
)
from portal.core.factories import OPDFactory

pytestmark = pytest.mark.django_db

WITA = datetime.timezone(datetime.timedelta(hours=8))
URL_DIP = "/dokumen/daftar-informasi-publik/"


@pytest.fixture
def dokumen(indeks_dokumen):
    perda = JenisDokumenFactory(nama="Peraturan Daerah", singkatan="Perda")
    se = JenisDokumenFactory(nama="Surat Edaran", singkatan="SE")
    bpbd = OPDFactory(kode="1.05.01", nama="Badan Penanggulangan Bencana Daerah", singkatan="BPBD")
    dlh = OPDFactory(kode="2.11.01", nama="Dinas Lingkungan Hidup", singkatan="DLH")
    return {
        "perda": DokumenPageFactory(
            parent=indeks_dokumen,
            title="Perda Nomor 1 Tahun 2026 tentang Penanggulangan Bencana",
            jenis=perda,
            opd=bpbd,
            tahun=2026,
            nomor="1",
            tanggal_terbit=datetime.date(2026, 2, 1),
            kategori_kip=KategoriKIP.BERKALA,
            penanggung_jawab="Kepala Pelaksana BPBD",
            ringkasan='=HYPERLINK("http://contoh.invalid") ringkasan berbahaya',
        ),
        "se": DokumenPageFactory(
            parent=indeks_dokumen,
            title="Surat Edaran Kesiapsiagaan Banjir",
            jenis=se,
            opd=bpbd,
            tahun=2025,
            nomor="300.2/45",
            tanggal_terbit=datetime.date(2025, 10, 27),
            kategori_kip=KategoriKIP.SERTA_MERTA,
        ),
        "laporan": DokumenPageFactory(
            parent=indeks_dokumen,
            title="Laporan Kualitas Air Sungai Mahakam",
            jenis=se,
            opd=dlh,
            tahun=2026,
            nomor="660/12",
            tanggal_terbit=datetime.date(2026, 7, 20),
            kategori_kip=KategoriKIP.SETIAP_SAAT,
        ),
    }


def judul(respons):
    return [d.title for d in respons.context["dokumen_list"]]


@pytest.mark.parametrize(
    ("kueri", "harapan"),
    [
        ("", ["laporan", "perda", "se"]),
        ("jenis=SE", ["laporan", "se"]),
        ("tahun=2026", ["laporan", "perda"]),
        ("kategori=berkala", ["perda"]),
        ("opd=1.05.01", ["perda", "se"]),
        ("jenis=SE&opd=1.05.01&tahun=2025&kategori=serta_merta", ["se"]),
        ("jenis=Perda&tahun=2025", []),
    ],
)
def test_filter_dokumen(client, dokumen, kueri, harapan):
    r = client.get(f"/dokumen/?{kueri}")
    assert r.status_code == 200
    assert judul(r) == [dokumen[k].title for k in harapan]


@pytest.mark.parametrize(
    "kueri",
    [
        "jenis=TidakAda",
        "tahun=dua-ribu",
        "tahun=2026.5",
        "kategori=dikecualikan",
        "opd=%27%3B--",
        "page=x",
        "page=-1",
        "page=1000000000000000000000",
    ],
)
def test_nilai_buruk_dokumen_dikoreksi(client, dokumen, kueri):
    r = client.get(f"/dokumen/?{kueri}")
    assert r.status_code == 200
    assert len(judul(r)) == 3


def test_tabel_dokumen_dapat_diakses(client, dokumen):
    html = client.get("/dokumen/").content.decode()
    assert '<caption id="judul-tabel-dokumen">' in html
    assert '<th scope="col">' in html
    assert 'role="region" tabindex="0"' in html
    assert f'href="{URL_DIP}"' in html


def test_halaman_dokumen_menampilkan_tipe_dan_ukuran_berkas(client, dokumen):
    html = client.get(dokumen["perda"].url).content.decode()
    assert "(PDF, " in html
    assert "KB)" in html or "bytes)" in html


def test_dip_html_dikelompokkan_per_kategori(client, dokumen):
    r = client.get(URL_DIP)
    assert r.status_code == 200
    kelompok = r.context["kelompok_dip"]
    assert [k.value for k, _ in kelompok] == ["berkala", "serta_merta", "setiap_saat"]
    assert [[b.nomor for b in isi] for _, isi in kelompok] == [[1], [2], [3]]
    html = r.content.decode()
    for teks in (
        "Informasi Berkala",
        "Informasi Serta merta",
        "Informasi Setiap saat",
        "Badan Penanggulangan Bencana Daerah",
        "Kepala Pelaksana BPBD",
        "Samarinda",
        "?format=csv",
        "?format=xlsx",
    ):
        assert teks in html
    # The breadcrumbs end at the register, the index is an ordinary link.
    assert 'aria-current="page">Daftar Informasi Publik</a>' in html


def test_dip_csv(client, dokumen):
    r = client.get(URL_DIP + "?format=csv")
    assert r.status_code == 200
    assert r["Content-Type"] == "text/csv; charset=utf-8"
    assert r["Content-Disposition"].startswith('attachment; filename="daftar-informasi-publik-')
    teks = r.content.decode("utf-8")
    assert teks.startswith("\ufeff")
    baris = list(csv.reader(io.StringIO(teks.lstrip("\ufeff"))))
    assert baris[0] == [str(k) for k in KOLOM_DIP]
    assert [b[0] for b in baris[1:]] == ["1", "2", "3"]
    perda = baris[1]
    assert perda[1] == "Berkala"
    assert perda[4] == "Badan Penanggulangan Bencana Daerah"
    assert perda[5] == "Kepala Pelaksana BPBD"
    assert perda[6] == "2026-02-01"
    assert perda[11].startswith("http://") and perda[11].endswith(dokumen["perda"].url)


def test_dip_xlsx(client, dokumen):
    r = client.get(URL_DIP + "?format=xlsx")
    assert r.status_code == 200
    assert r["Content-Type"].startswith("application/vnd.openxmlformats")
    buku = openpyxl.load_workbook(io.BytesIO(r.content))
    lembar = buku["DIP"]
    nilai = [[sel.value for sel in baris] for baris in lembar.iter_rows()]
    assert nilai[0] == [str(k) for k in KOLOM_DIP]
    assert len(nilai) == 4
    assert nilai[2][1] == "Serta merta"
    # Nothing became a formula.
    assert all(sel.data_type != "f" for baris in lembar.iter_rows() for sel in baris)


def test_dip_format_tidak_dikenal_memberi_html(client, dokumen):
    r = client.get(URL_DIP + "?format=pdf")
    assert r.status_code == 200
    assert r["Content-Type"].startswith("text/html")


def test_dip_tanpa_dokumen_tetap_tampil(client, indeks_dokumen):
    r = client.get(URL_DIP)
    assert r.status_code == 200
    assert "Belum ada informasi dalam kategori ini." in r.content.decode()
    assert client.get(URL_DIP + "?format=xlsx").status_code == 200


def test_dip_hanya_dokumen_tayang(client, dokumen, indeks_dokumen):
    DokumenPageFactory(parent=indeks_dokumen, title="Draf rahasia", live=False)
    assert "Draf rahasia" not in client.get(URL_DIP).content.decode()


@pytest.mark.parametrize(
    ("nilai", "harapan"),
    [
        ("=1+1", "'=1+1"),
        ("+62 541", "'+62 541"),
        ("-", "'-"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Biasa", "Biasa"),
        ("", ""),
    ],
)
def test_sel_aman_dari_injeksi_rumus(nilai, harapan):
    assert sel_aman(nilai) == harapan


def test_dip_url_dari_routable_page(indeks_dokumen):
    assert indeks_dokumen.url + indeks_dokumen.reverse_subpage("daftar_informasi_publik") == URL_DIP
    assert isinstance(indeks_dokumen.specific, DokumenIndexPage)


# -- berkala not updated for six months ----------------------------------------------------------


@pytest.mark.parametrize(
    ("tanggal", "bulan", "harapan"),
    [
        (datetime.date(2026, 11, 24), 6, datetime.date(2026, 5, 24)),
        (datetime.date(2026, 8, 31), 6, datetime.date(2026, 2, 28)),
        (datetime.date(2028, 8, 31), 6, datetime.date(2028, 2, 29)),
        (datetime.date(2026, 3, 15), 6, datetime.date(2025, 9, 15)),
        (datetime.date(2026, 1, 31), 1, datetime.date(2025, 12, 31)),
    ],
)
def test_kurangi_bulan(tanggal, bulan, harapan):
    assert kurangi_bulan(tanggal, bulan) == harapan


@pytest.fixture
def berkala(indeks_dokumen):
    def _buat(pembaruan, **kolom):
        return DokumenPageFactory(
            parent=indeks_dokumen,
            kategori_kip=KategoriKIP.BERKALA,
            tanggal_pembaruan=pembaruan,
            **kolom,
        )

    return _buat


@time_machine.travel(datetime.datetime(2026, 11, 24, 10, tzinfo=WITA), tick=False)
def test_berkala_usang_enam_bulan(berkala, indeks_dokumen):
    usang = berkala(datetime.date(2026, 5, 24), title="Tepat enam bulan")
    lebih_usang = berkala(datetime.date(2025, 1, 1), title="Hampir dua tahun")
    berkala(datetime.date(2026, 5, 25), title="Kurang sehari")
    berkala(datetime.date(2020, 1, 1), title="Draf lama", live=False)
    DokumenPageFactory(
        parent=indeks_dokumen,
        kategori_kip=KategoriKIP.SETIAP_SAAT,
        tanggal_pembaruan=datetime.date(2020, 1, 1),
    )
    assert list(dokumen_berkala_usang()) == [lebih_usang, usang]


@time_machine.travel(datetime.datetime(2026, 11, 24, 10, tzinfo=WITA), tick=False)
def test_panel_dasbor_berkala_usang_untuk_editor(client, editor, berkala):
    berkala(datetime.date(2025, 3, 1), title="Laporan Keuangan Semester I 2025")
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Informasi berkala perlu diperbarui" in html
    assert "Laporan Keuangan Semester I 2025" in html
    assert "1 Maret 2025" in html


@time_machine.travel(datetime.datetime(2026, 11, 24, 10, tzinfo=WITA), tick=False)
def test_panel_berkala_tidak_untuk_petugas_atau_bila_semua_baru(client, petugas, editor, berkala):
    berkala(datetime.date(2025, 3, 1), title="Laporan lama")
    client.force_login(petugas)
    assert (
        "Informasi berkala perlu diperbarui"
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )


@time_machine.travel(datetime.datetime(2026, 11, 24, 10, tzinfo=WITA), tick=False)
def test_panel_berkala_tidak_tampil_bila_semua_baru(client, editor, berkala):
    berkala(datetime.date(2026, 10, 1), title="Laporan baru")
    client.force_login(editor)
    assert (
        "Informasi berkala perlu diperbarui"
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )
