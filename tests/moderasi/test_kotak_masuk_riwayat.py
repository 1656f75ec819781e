"""The moderation inbox on the dashboard and the "Riwayat SOP" timeline of an item."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from dokumen.factories import DokumenPageFactory
from dokumen.models import DokumenIndexPage
from portal.moderasi.pilihan import AlasanTidakLayak
from tests.moderasi.conftest import (
    SELASA_PAGI,
    XHR,
    ajukan_langsung,
    ditolak,
    setujui_langsung,
    task_state_aktif,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("jam_kerja")]


def _baris_kotak_masuk(respons):
    """The inbox rows as dicts: title, section, step, submitter, preview link, action urls."""
    assert respons.status_code == 200
    panel = BeautifulSoup(respons.content, "html.parser").find(id="kotak-masuk-moderasi-section")
    if panel is None:
        return []
    baris = []
    for tr in panel.select("tbody tr"):
        sel = tr.find_all("td")
        pratinjau = tr.find("a", string=lambda s: s and "Pratinjau" in s)
        baris.append(
            {
                "judul": sel[0].get_text(strip=True),
                "bagian": sel[1].get_text(strip=True),
                "langkah": sel[2].select_one(".moderasi-daftar__langkah").get_text(strip=True),
                "pengaju": sel[3].get_text(strip=True),
                "pratinjau": pratinjau["href"] if pratinjau else None,
                "tombol": {
                    (b.get_text(strip=True), b["data-workflow-action-url"])
                    for b in tr.select("button[data-workflow-action-url]")
                },
            }
        )
    return baris


def _url_aksi(page, aksi):
    return reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, aksi, task_state_aktif(page).pk]
    )


def _url_pratinjau(page):
    return reverse(
        "wagtailadmin_pages:workflow_preview", args=[page.pk, task_state_aktif(page).task_id]
    )


@pytest.fixture
def tiga_materi(jam_kerja, buat_draf, petugas, petugas_lain, editor):
    """Three items: "berita lama" (made first) reaches the pejabat at 10:40, "dokumen" at 10:20,
    "berita baru" still waits at the editor task."""
    berita_lama = buat_draf(title="Berita Lama Banjir Sangatta")
    dokumen = DokumenPageFactory(
        parent=DokumenIndexPage.objects.get(),
        owner=petugas_lain,
        live=False,
        lampiran=0,
        title="Rencana Kerja Dinas Kesehatan 2026",
    )
    dokumen.save_revision(user=petugas_lain)
    berita_baru = buat_draf(title="Berita Baru Festival Erau")
    ajukan_langsung(berita_lama, petugas)
    ajukan_langsung(dokumen, petugas_lain)
    ajukan_langsung(berita_baru, petugas)
    jam_kerja.move_to(SELASA_PAGI + timedelta(minutes=20))
    setujui_langsung(dokumen, editor)
    jam_kerja.move_to(SELASA_PAGI + timedelta(minutes=40))
    setujui_langsung(berita_lama, editor)
    return berita_lama, dokumen, berita_baru


def test_kotak_masuk_pejabat_mendaftar_materi_penyaringan_terlama_di_atas(
    sop, tiga_materi, pejabat
):
    berita_lama, dokumen, _berita_baru = tiga_materi

    baris = _baris_kotak_masuk(sop.sebagai(pejabat).get(reverse("wagtailadmin_home")))

    assert [b["judul"] for b in baris] == [dokumen.title, berita_lama.title]
    assert [b["bagian"] for b in baris] == ["Dokumen Publik", "Berita"]
    assert [b["pengaju"] for b in baris] == ["petugas2", "petugas1"]
    assert {b["langkah"] for b in baris} == {"Penyaringan (Pejabat)"}
    assert baris[0]["pratinjau"] == _url_pratinjau(dokumen)
    assert baris[1]["tombol"] == {
        ("Tidak layak tayang", _url_aksi(berita_lama, "tidak_layak")),
        ("Perlu perbaikan", _url_aksi(berita_lama, "perbaikan")),
        ("Layak tayang", _url_aksi(berita_lama, "approve")),
    }


def test_kotak_masuk_editor_mendaftar_materi_penyuntingan(sop, tiga_materi, editor):
    _berita_lama, _dokumen, berita_baru = tiga_materi

    baris = _baris_kotak_masuk(sop.sebagai(editor).get(reverse("wagtailadmin_home")))

    assert len(baris) == 1
    assert baris[0]["judul"] == berita_baru.title
    assert baris[0]["bagian"] == "Berita"
    assert baris[0]["langkah"] == "Penyuntingan (Editor)"
    assert baris[0]["pengaju"] == "petugas1"
    assert baris[0]["pratinjau"] == _url_pratinjau(berita_baru)
    assert baris[0]["tombol"] == {
        ("Kembalikan ke Petugas", _url_aksi(berita_baru, "reject")),
        ("Setujui ke Pejabat", _url_aksi(berita_baru, "approve")),
        ("Setujui ke Pejabat dengan komentar", _url_aksi(berita_baru, "approve")),
    }


def test_kotak_masuk_tidak_menawarkan_persetujuan_atas_karya_sendiri(
    sop, buat_draf, editor, editor_lain
):
    page = buat_draf(pemilik=editor, title="Karya Editor Sendiri")
    ajukan_langsung(page, editor)

    milik_sendiri = _baris_kotak_masuk(sop.sebagai(editor).get(reverse("wagtailadmin_home")))
    milik_rekan = _baris_kotak_masuk(sop.sebagai(editor_lain).get(reverse("wagtailadmin_home")))

    assert {nama for nama, _url in milik_sendiri[0]["tombol"]} == {"Kembalikan ke Petugas"}
    assert "Setujui ke Pejabat" in {nama for nama, _url in milik_rekan[0]["tombol"]}


def test_kotak_masuk_petugas_kosong(sop, tiga_materi, petugas):
    assert _baris_kotak_masuk(sop.sebagai(petugas).get(reverse("wagtailadmin_home"))) == []


def _baris_riwayat(respons):
    assert respons.status_code == 200
    tabel = BeautifulSoup(respons.content, "html.parser").find("table", class_="listing")
    return [
        [sel.get_text(" ", strip=True) for sel in tr.find_all("td")]
        for tr in tabel.select("tbody tr")
    ]


def test_riwayat_sop_mencatat_siapa_apa_kapan_dan_alasannya(
    jam_kerja, sop, draf, petugas, editor, editor_lain, pejabat
):
    langkah = [
        lambda: sop.ajukan(draf, petugas),
        lambda: sop.aksi_modal(draf, editor, "reject", comment="Judul terlalu panjang."),
        lambda: sop.ajukan(draf, petugas, title="Banjir Rob Surut"),
        lambda: sop.aksi_modal(draf, editor_lain, "approve", comment="Judul sudah ringkas."),
        lambda: sop.aksi_modal(draf, pejabat, "perbaikan", comment="Sebutkan sumber BPBD."),
        lambda: sop.aksi_modal(draf, editor, "approve"),
        lambda: sop.aksi_modal(
            draf,
            pejabat,
            "tidak_layak",
            kode_alasan=AlasanTidakLayak.TIDAK_AKURAT,
            comment="Data korban belum resmi.",
        ),
    ]
    for menit, lakukan in enumerate(langkah, start=1):
        jam_kerja.move_to(SELASA_PAGI + timedelta(minutes=menit))
        assert lakukan().status_code == 302

    baris = _baris_riwayat(sop.sebagai(petugas).get(reverse("moderasi_riwayat", args=[draf.pk])))

    sop_saja = [b for b in baris if not b[1].startswith("Perubahan isi")]
    assert [(b[0], b[1], b[2], b[4]) for b in sop_saja] == [
        ("25 Nov 2025 10:00", "1. Pengumpulan materi (draf dibuat)", "petugas1", ""),
        ("25 Nov 2025 10:01", "2. Serah terima ke Tim IT (diajukan)", "petugas1", ""),
        ("25 Nov 2025 10:02", "3. Dikembalikan ke Petugas", "editor1", "Judul terlalu panjang."),
        ("25 Nov 2025 10:03", "2. Diajukan ulang setelah perbaikan", "petugas1", ""),
        (
            "25 Nov 2025 10:04",
            "3. Disetujui editor (penyuntingan)",
            "editor2",
            "Judul sudah ringkas.",
        ),
        (
            "25 Nov 2025 10:05",
            "4. Penyaringan: perlu perbaikan",
            "pejabat1",
            "Sebutkan sumber BPBD.",
        ),
        ("25 Nov 2025 10:06", "3. Disetujui editor (penyuntingan)", "editor1", ""),
        (
            "25 Nov 2025 10:07",
            "6. Penyaringan: tidak layak tayang",
            "pejabat1",
            "Data korban belum resmi.",
        ),
    ]
    assert sop_saja[-1][3] == "Tidak layak tayang (Informasi tidak akurat)"
    assert [b[:3] for b in baris if b[1].startswith("Perubahan isi")] == [
        ["25 Nov 2025 10:01", "Perubahan isi", "petugas1"],
        ["25 Nov 2025 10:03", "Perubahan isi", "petugas1"],
    ]


def test_riwayat_sop_mencatat_publikasi_oleh_pejabat(jam_kerja, sop, di_tugas_pejabat, pejabat):
    jam_kerja.move_to(SELASA_PAGI + timedelta(minutes=30))
    sop.aksi_modal(di_tugas_pejabat, pejabat, "approve", comment="Layak.")

    baris = _baris_riwayat(
        sop.sebagai(pejabat).get(reverse("moderasi_riwayat", args=[di_tugas_pejabat.pk]))
    )

    assert ["4. Layak tayang (penyaringan)", "pejabat1", "Layak."] == [
        baris[-2][1],
        baris[-2][2],
        baris[-2][4],
    ]
    assert baris[-1][:3] == ["25 Nov 2025 10:30", "5. Dipublikasikan", "pejabat1"]


@pytest.mark.parametrize(
    ("nama", "boleh"),
    [
        ("petugas", True),
        ("editor", True),
        ("pejabat", True),
        ("admin_portal", True),
        ("petugas_lain", False),
    ],
)
def test_akses_riwayat_sop(request, sop, di_tugas_editor, nama, boleh):
    client = sop.sebagai(request.getfixturevalue(nama))
    url = reverse("moderasi_riwayat", args=[di_tugas_editor.pk])

    respons = client.get(url)

    if boleh:
        assert respons.status_code == 200
        assert di_tugas_editor.title in respons.content.decode()
    else:
        assert ditolak(respons)
        assert client.get(url, **XHR).status_code == 403
