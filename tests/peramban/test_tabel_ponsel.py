"""The document tables on a phone and a desktop (issue 21 point 6): the dokumen index and the
Daftar Informasi Publik read at 320–390 px with no sideways scroll, each cell labelled with its
column's name; at 1366 px every column is in view; axe finds nothing to report, and nothing it
could not decide ("needs review") either."""

import pytest

from tests.peramban.conftest import ATURAN_WCAG, AXE

pytestmark = pytest.mark.service("chromium")

HALAMAN_TABEL = ("indeks dokumen", "DIP")

# Each body cell of the document tables: where it sits, its column's header, the label it
# shows (the ::before content, read as the browser renders it) and whether anything of the
# table is scrolled out of its container.
SEL_TABEL = """() => [...document.querySelectorAll("table.tabel--susun")].flatMap((tabel) => {
    const wadah = tabel.closest(".tabel-gulir");
    const kepala = [...tabel.tHead.rows[0].cells].map((th) => th.textContent.trim());
    return [...tabel.tBodies[0].rows].flatMap((tr) => [...tr.cells].map((sel) => {
        const kotak = sel.getBoundingClientRect();
        return {
            tag: sel.tagName.toLowerCase(),
            kolom: kepala[sel.cellIndex],
            label: sel.dataset.label ?? null,
            tampil: getComputedStyle(sel, "::before").content,
            kiri: kotak.left,
            kanan: kotak.right,
            lebar: kotak.width,
            tinggi: kotak.height,
            wadahTergulir: wadah.scrollWidth > wadah.clientWidth,
        };
    }));
})"""

KOLOM_TABEL = """() => [...document.querySelectorAll("table.tabel--susun")].flatMap((tabel) => {
    const wadah = tabel.closest(".tabel-gulir").getBoundingClientRect();
    return [...tabel.tHead.rows[0].cells].map((th) => ({
        kolom: th.textContent.trim(),
        kanan: th.getBoundingClientRect().right,
        batas: Math.min(wadah.right, innerWidth),
    }));
})"""


def _axe_lengkap(halaman):
    """axe's WCAG 2.1 A/AA violations and its "needs review" results, as {rule: [targets]}."""
    halaman.page.evaluate(AXE.read_text(encoding="utf-8"))
    hasil = halaman.page.evaluate(
        "async (tag) => await axe.run(document, {runOnly: {type: 'tag', values: tag}})",
        ATURAN_WCAG,
    )
    return {
        jenis: {v["id"]: [n["target"] for n in v["nodes"]][:5] for v in hasil[jenis]}
        for jenis in ("violations", "incomplete")
    }


@pytest.mark.parametrize("lebar", [320, 375, 390])
def test_tabel_di_ponsel_bersusun_tanpa_gulir_mendatar(buka_halaman, alamat, lebar):
    halaman = buka_halaman(lebar=lebar)
    for nama in HALAMAN_TABEL:
        halaman.buka(alamat[nama])
        page = halaman.page
        assert page.evaluate("document.documentElement.scrollWidth <= innerWidth"), nama
        sel = page.evaluate(SEL_TABEL)
        assert sel, f"{nama}: tanpa tabel"
        for s in sel:
            # Every cell is on screen, whole, and nothing of the table waits behind a scroll.
            assert s["lebar"] > 0 and s["tinggi"] > 0, (nama, s)
            assert 0 <= s["kiri"] and s["kanan"] <= lebar, (nama, s)
            assert not s["wadahTergulir"], (nama, s)
            if s["tag"] == "td":
                # A data cell names its column; the row header is the row's title.
                assert s["label"] == s["kolom"], (nama, s)
                assert s["kolom"] in s["tampil"], (nama, s)
        assert halaman.galat_konsol == [], nama


def test_tabel_di_desktop_semua_kolom_terlihat(buka_halaman, alamat):
    halaman = buka_halaman(lebar=1366)
    for nama in HALAMAN_TABEL:
        halaman.buka(alamat[nama])
        kolom = halaman.page.evaluate(KOLOM_TABEL)
        assert kolom, f"{nama}: tanpa tabel"
        terpotong = [k for k in kolom if k["kanan"] > k["batas"]]
        assert terpotong == [], nama
        # Columns are side by side again: no cell shows a label of its own.
        assert all(s["tampil"] == "none" for s in halaman.page.evaluate(SEL_TABEL)), nama


@pytest.mark.parametrize("lebar", [320, 390, 1366])
def test_axe_tabel_tanpa_pelanggaran_dan_tanpa_perlu_tinjauan(buka_halaman, alamat, lebar):
    halaman = buka_halaman(lebar=lebar)
    temuan = {}
    for nama in HALAMAN_TABEL:
        halaman.buka(alamat[nama])
        hasil = _axe_lengkap(halaman)
        if hasil["violations"] or hasil["incomplete"]:
            temuan[nama] = hasil
    assert temuan == {}
