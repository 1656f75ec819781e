"""Composing the StreamField body of a demo news article.

Every article gets its opening paragraphs, a sub-headed section and a closing line; by its
position it also gets a quote, an inline picture, a table of sample figures, a link to a demo
document or a YouTube video, so every block type of `IsiBeritaBlock` appears in the demo.
"""

import uuid

from berita.demo import KUTIPAN
from galeri.demo import VIDEO_GALERI
from portal.core.contoh import KABUPATEN_KOTA
from portal.demo.paragraf import LANJUTAN, PENUTUP, TABEL, TEMA_KATEGORI


def _blok(jenis, nilai):
    return {"type": jenis, "value": nilai}


def _paragraf(*teks, judul=""):
    return _blok(
        "paragraf", (f"<h2>{judul}</h2>" if judul else "") + "".join(f"<p>{t}</p>" for t in teks)
    )


def _angka(nilai):
    return f"{nilai:,}".replace(",", ".")


def _tabel(i, kategori):
    judul, satuan, (bawah, atas) = TABEL[kategori]
    baris = [["Kabupaten/Kota", f"Target ({satuan})", f"Realisasi ({satuan})"]]
    for k, wilayah in enumerate(KABUPATEN_KOTA):
        target = bawah + (atas - bawah) * ((i * 7 + k * 13) % 17) // 16
        realisasi = target * (80 + (i + k * 5) % 25) // 100
        baris.append([wilayah, _angka(target), _angka(realisasi)])
    return _blok(
        "tabel",
        {
            "data": baris,
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_header_choice": "row",
            "table_caption": f"{judul} (data contoh)",
        },
    )


def susun_isi_berita(i, artikel, slug, opd, buat_gambar, dokumen_berkas):
    """The raw StreamField data of article number `i`.

    `buat_gambar(judul, koleksi, tema)` makes an inline picture; `dokumen_berkas` are the demo
    documents by OPD: a download block offers one of the article's own agency. Block ids
    derive from `slug`: repeatable.
    """
    kategori = artikel.kategori
    isian = {"tempat": artikel.tempat, "opd": opd.nama, "singkatan": opd.singkatan}
    isi = [_paragraf(f"<b>{artikel.tempat.upper()}</b> – {artikel.ringkasan}", *artikel.paragraf)]
    if i % 2 == 0:
        kutipan, sumber = KUTIPAN[kategori][(i // 2) % len(KUTIPAN[kategori])]
        isi.append(_blok("kutipan", {"kutipan": kutipan, "sumber": sumber}))
    subjudul, lanjutan = LANJUTAN[kategori]
    isi.append(_paragraf(*(teks.format(**isian) for teks in lanjutan), judul=subjudul))
    if i % 3 == 1:
        keterangan = artikel.paragraf[-1].split(". ")[0].rstrip(".") + "."
        gambar = buat_gambar(keterangan, "Berita", TEMA_KATEGORI.get(kategori))
        alt = f"Ilustrasi lanskap {artikel.tempat}: {keterangan}"
        isi.append(
            _blok(
                "gambar",
                {
                    "gambar": gambar.pk,
                    "teks_alternatif": alt[:255],
                    "keterangan": keterangan,
                    "kredit": f"Ilustrasi: {opd.singkatan} Kaltim",
                },
            )
        )
    if i % 5 == 2:
        isi.append(_tabel(i, kategori))
    milik_opd = dokumen_berkas.get(opd.singkatan, [])
    if i % 4 == 3 and milik_opd:
        dokumen = milik_opd[i % len(milik_opd)]
        label = f"Unduh: {dokumen.title}"
        isi.append(_blok("dokumen", {"dokumen": dokumen.pk, "label": label[:255]}))
    if i % 10 == 5:
        video = {"url": VIDEO_GALERI["url"], "judul": VIDEO_GALERI["video_tautan"]}
        isi.append(_blok("video", video))
    isi.append(_paragraf(PENUTUP.format(**isian)))
    for nomor, blok in enumerate(isi):
        blok["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"portal-kaltim-demo/{slug}/{nomor}"))
    return isi
