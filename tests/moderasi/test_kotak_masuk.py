"""The moderation inbox on the dashboard, readable (issue 17, point 6): titles in whole words
with room at 1366 px, and section, submitter and waiting time in working hours on every row.

The "no word broken mid-word" rule is checked statically here: the stylesheet the dashboard
loads keeps titles in whole words (`word-break: normal`, `overflow-wrap: break-word`, never
`break-all` or `anywhere`) and gives the title column a minimum width. Measured by hand in
Chromium at 1366 and 1280 px (editor with three long titles): before, "Penandatanganan" broke
in a 60 px column; after, the title column is 275 px (1366) and 237 px (1280), no word broken.
"""

import re
from datetime import timedelta

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.urls import reverse

from portal.moderasi import aturan
from tests.moderasi.conftest import SELASA_PAGI, ajukan_langsung, setujui_langsung

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("jam_kerja")]

CSS = "moderasi/css/moderasi_admin.css"


def _dasbor(sop, user):
    respons = sop.sebagai(user).get(reverse("wagtailadmin_home"))
    assert respons.status_code == 200
    return BeautifulSoup(respons.content, "html.parser")


def _kotak_masuk(html):
    """The inbox rows as {column heading: cell}, the cells as BeautifulSoup tags."""
    panel = html.find(id="kotak-masuk-moderasi-section")
    if panel is None:
        return []
    kepala = [th.get_text(strip=True) for th in panel.select("thead th")]
    return [dict(zip(kepala, tr.find_all("td"), strict=True)) for tr in panel.select("tbody tr")]


def _aturan_css(selektor):
    """The declarations of every rule of the moderation stylesheet whose selector list has
    `selektor`, as {property: value}."""
    with open(finders.find(CSS), encoding="utf-8") as berkas:
        teks = re.sub(r"/\*.*?\*/", "", berkas.read(), flags=re.S)
    deklarasi = {}
    for selektor_aturan, isi in re.findall(r"([^{}]+)\{([^}]*)\}", teks):
        if selektor in [s.strip() for s in selektor_aturan.split(",")]:
            for baris in isi.split(";"):
                if ":" in baris:
                    nama, nilai = baris.split(":", 1)
                    deklarasi[nama.strip()] = nilai.strip()
    return deklarasi


@pytest.fixture
def di_kotak_editor(buat_draf, petugas):
    page = buat_draf(
        title="Penandatanganan Nota Kesepahaman Antarpemerintah Daerah Kalimantan Timur"
    )
    ajukan_langsung(page, petugas)
    return page


def test_judul_kotak_masuk_utuh_per_kata_dan_diberi_ruang(sop, di_kotak_editor, editor):
    html = _dasbor(sop, editor)

    tabel = html.find(id="kotak-masuk-moderasi-section").find("table")
    assert "moderasi-daftar" in tabel["class"]
    assert tabel.select_one("thead th").get("class") == ["title"]
    assert tabel.select_one("tbody td")["class"] == ["title"]
    judul = _aturan_css(".moderasi-daftar td.title")
    assert judul["word-break"] == "normal"
    assert judul["overflow-wrap"] == "break-word"
    assert float(judul["min-width"].removesuffix("rem")) >= 12


def test_gaya_kotak_masuk_tidak_memecah_kata_di_mana_pun():
    with open(finders.find(CSS), encoding="utf-8") as berkas:
        teks = re.sub(r"/\*.*?\*/", "", berkas.read(), flags=re.S)
    assert "break-all" not in teks
    assert "anywhere" not in teks
    assert _aturan_css(".moderasi-daftar td")["word-break"] == "normal"


def test_judul_panel_wagtail_di_dasbor_juga_utuh_per_kata(sop, di_kotak_editor, petugas):
    """The petugas's own items sit in Wagtail's "in a workflow" panel, not the inbox: the
    stylesheet is on every dashboard and covers every dashboard listing's titles."""
    html = _dasbor(sop, petugas)

    assert html.find(id="objects-in-workflow-section") is not None
    assert html.find("link", href=static(CSS)) is not None
    judul = _aturan_css(".listing--dashboard td.title")
    assert (judul["word-break"], judul["overflow-wrap"]) == ("normal", "break-word")


def test_gaya_moderasi_tersaji_tanpa_collectstatic(client):
    respons = client.get(static(CSS))

    assert respons.status_code == 200
    assert b".moderasi-daftar" in b"".join(respons.streaming_content)


def test_kotak_masuk_menampilkan_bagian_pengaju_dan_waktu_tunggu_dalam_jam_kerja(
    sop, buat_draf, petugas, editor
):
    """Submitted Tuesday 10:00, seen Wednesday 09:00: 23 hours by the calendar, 7 working
    hours (10:00–16:00 and 08:00–09:00)."""
    with time_machine.travel(SELASA_PAGI, tick=False):
        page = buat_draf(title="Rapat Koordinasi Penanganan Banjir Samarinda")
        ajukan_langsung(page, petugas)

    with time_machine.travel(SELASA_PAGI + timedelta(hours=23), tick=False):
        [baris] = _kotak_masuk(_dasbor(sop, editor))

    assert baris["Bagian"].get_text(strip=True) == "Berita"
    assert baris["Diajukan oleh"].get_text(strip=True) == "petugas1"
    assert baris["Waktu kerja"].get_text(strip=True) == "7 jam kerja"
    assert baris["Langkah"].select_one(".moderasi-daftar__langkah").get_text(strip=True) == (
        "Penyuntingan (Editor)"
    )
    assert baris["Langkah"].select_one(".moderasi-daftar__keterangan").get_text(strip=True) == (
        "masuk 25/11/2025 10:00 WITA"
    )


def test_kotak_masuk_tidak_lagi_memakai_kolom_waktu_kalender(sop, di_kotak_editor, editor):
    """The waiting time is told in working hours; the calendar time it came in is a note under
    the step, not a column of its own (it took the title's room)."""
    panel = _dasbor(sop, editor).find(id="kotak-masuk-moderasi-section")

    assert [th.get_text(strip=True) for th in panel.select("thead th")] == [
        "Judul",
        "Bagian",
        "Langkah",
        "Diajukan oleh",
        "Waktu kerja",
        "Mutu Baku",
        "Tindakan",
    ]


def test_kotak_masuk_tetap_menyebut_alasan_persetujuan_ditahan(sop, buat_draf, editor, editor_lain):
    page = buat_draf(pemilik=editor, title="Karya Editor Sendiri")
    ajukan_langsung(page, editor)

    [milik_sendiri] = _kotak_masuk(_dasbor(sop, editor))
    [milik_rekan] = _kotak_masuk(_dasbor(sop, editor_lain))

    alasan = aturan.alasan_penerusan_ditahan(page, editor)
    assert alasan
    assert milik_sendiri["Tindakan"].select_one(".help-block").get_text(strip=True) == str(alasan)
    assert milik_rekan["Tindakan"].select_one(".help-block") is None


def test_tindakan_kotak_masuk_terbungkus_dalam_kolomnya(sop, di_kotak_editor, editor, pejabat):
    setujui_langsung(di_kotak_editor, editor)

    [baris] = _kotak_masuk(_dasbor(sop, pejabat))

    wadah = baris["Tindakan"].select_one(".moderasi-daftar__tindakan")
    assert wadah.select("button[data-workflow-action-url]")
    assert _aturan_css(".moderasi-daftar__tindakan")["flex-wrap"] == "wrap"
    assert _aturan_css(".moderasi-daftar__tindakan .button")["white-space"] == "normal"
