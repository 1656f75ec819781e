"""Drawing demo photographs with Pillow: a sky gradient, a landscape and a caption band.

The pictures are illustrations, not photographs of real events; the same title, size and theme
always draw the same picture, so a fresh seed looks the same every time.
"""

import hashlib
import io
import math
import random

from PIL import Image, ImageDraw, ImageFont, ImageOps

# (sky top, sky horizon, land near, land far, water) per palette.
PALET = [
    ((21, 67, 122), (250, 196, 120), (34, 98, 62), (72, 136, 92), (40, 110, 160)),
    ((12, 52, 96), (130, 196, 230), (46, 112, 58), (96, 150, 96), (30, 120, 170)),
    ((76, 42, 110), (250, 150, 110), (58, 82, 60), (102, 116, 88), (70, 90, 150)),
    ((20, 90, 130), (190, 230, 235), (30, 128, 110), (80, 170, 140), (0, 150, 180)),
    ((120, 60, 40), (255, 214, 140), (86, 96, 44), (132, 140, 74), (60, 120, 140)),
]
TEMA = ("alam", "kota", "laut")


def _acak(*bagian):
    benih = hashlib.sha256("|".join(str(b) for b in bagian).encode()).hexdigest()
    return random.Random(int(benih[:16], 16))  # noqa: S311 - drawing, not security


def _font(ukuran):
    return ImageFont.load_default(size=ukuran)


def _langit(lebar, tinggi, atas, bawah):
    gradien = Image.linear_gradient("L").resize((lebar, tinggi))
    return ImageOps.colorize(gradien, atas, bawah).convert("RGBA")


def _bukit(draw, rnd, lebar, tinggi, dasar, amplitudo, warna):
    fase = rnd.uniform(0, math.tau)
    gelombang = rnd.uniform(1.2, 2.6)
    langkah = max(lebar // 80, 4)
    titik = [(0, tinggi)]
    for x in range(0, lebar + langkah, langkah):
        y = dasar - amplitudo * (
            0.6 * math.sin(fase + gelombang * math.tau * x / lebar)
            + 0.4 * math.sin(fase * 1.7 + 2.3 * gelombang * math.tau * x / lebar)
        )
        titik.append((x, y))
    titik.append((lebar, tinggi))
    draw.polygon(titik, fill=warna)


def _kota(draw, rnd, lebar, dasar, warna):
    x = 0
    while x < lebar:
        lebar_gedung = rnd.randint(lebar // 40, lebar // 14)
        tinggi_gedung = rnd.randint(dasar // 8, dasar // 2)
        draw.rectangle((x, dasar - tinggi_gedung, x + lebar_gedung, dasar), fill=warna)
        jendela = (255, 236, 170, 150)
        ukuran = max(lebar_gedung // 8, 2)
        for wy in range(dasar - tinggi_gedung + ukuran * 2, dasar - ukuran, ukuran * 3):
            for wx in range(x + ukuran, x + lebar_gedung - ukuran, ukuran * 3):
                if rnd.random() < 0.45:
                    draw.rectangle((wx, wy, wx + ukuran, wy + ukuran), fill=jendela)
        x += lebar_gedung + rnd.randint(0, lebar // 60)


def _air(draw, rnd, lebar, tinggi, dasar, warna):
    draw.rectangle((0, dasar, lebar, tinggi), fill=warna)
    kilau = (255, 255, 255, 70)
    for _ in range(24):
        y = rnd.randint(dasar + 6, tinggi - 4)
        x = rnd.randint(0, lebar)
        panjang = rnd.randint(lebar // 40, lebar // 10)
        draw.line((x, y, x + panjang, y), fill=kilau, width=max(tinggi // 300, 1))


def _keterangan(gambar, teks, label):
    lebar, tinggi = gambar.size
    draw = ImageDraw.Draw(gambar)
    ukuran = max(tinggi // 24, 10)
    font = _font(ukuran)
    tepi = max(lebar // 40, 6)
    # Wrap the caption to the width of the picture, two lines at most.
    kata = teks.split()
    baris, sekarang = [], ""
    for k in kata:
        calon = f"{sekarang} {k}".strip()
        if draw.textlength(calon, font=font) > lebar - 2 * tepi and sekarang:
            baris.append(sekarang)
            sekarang = k
        else:
            sekarang = calon
    baris.append(sekarang)
    if len(baris) > 2:
        baris = [baris[0], baris[1].rstrip(".,") + " …"]
    tinggi_pita = int(ukuran * 1.35 * len(baris) + tepi * 1.2)
    pita = Image.new("RGBA", (lebar, tinggi_pita), (8, 24, 40, 165))
    gambar.alpha_composite(pita, (0, tinggi - tinggi_pita))
    y = tinggi - tinggi_pita + tepi * 0.6
    for b in baris:
        draw.text((tepi, y), b, font=font, fill=(255, 255, 255, 255))
        y += ukuran * 1.35
    font_label = _font(max(ukuran * 2 // 3, 8))
    draw.text((tepi, tepi), label, font=font_label, fill=(255, 255, 255, 210))


def gambar_demo(judul, lebar=1600, tinggi=900, tema=None, label="Ilustrasi - Pemprov Kaltim"):
    """Return a PIL image: a landscape of `tema` ("alam", "kota", "laut") captioned `judul`."""
    rnd = _acak(judul, lebar, tinggi, tema)
    tema = tema if tema in TEMA else rnd.choice(TEMA)
    atas, cakrawala, darat, darat_jauh, air = rnd.choice(PALET)
    gambar = _langit(lebar, tinggi, atas, cakrawala)
    lapisan = Image.new("RGBA", (lebar, tinggi), (0, 0, 0, 0))
    draw = ImageDraw.Draw(lapisan)
    # The sun, with a soft halo.
    cx, cy = rnd.randint(lebar // 6, lebar * 5 // 6), rnd.randint(tinggi // 8, tinggi // 3)
    jari = max(tinggi // 12, 4)
    for i, alfa in ((3, 30), (2, 50), (1, 230)):
        draw.ellipse(
            (cx - jari * i, cy - jari * i, cx + jari * i, cy + jari * i),
            fill=(255, 240, 200, alfa),
        )
    cakrawala_y = int(tinggi * rnd.uniform(0.55, 0.65))
    _bukit(draw, rnd, lebar, tinggi, cakrawala_y - tinggi // 12, tinggi / 14, darat_jauh + (255,))
    if tema == "kota":
        _kota(draw, rnd, lebar, cakrawala_y + tinggi // 20, (40, 52, 70, 235))
        _bukit(draw, rnd, lebar, tinggi, cakrawala_y + tinggi // 6, tinggi / 40, darat + (255,))
    elif tema == "laut":
        _air(draw, rnd, lebar, tinggi, cakrawala_y, air + (255,))
        for _ in range(rnd.randint(1, 3)):
            px = rnd.randint(0, lebar)
            pw = rnd.randint(lebar // 10, lebar // 4)
            ph = rnd.randint(tinggi // 30, tinggi // 12)
            draw.ellipse(
                (px - pw // 2, cakrawala_y - ph, px + pw // 2, cakrawala_y + ph // 2),
                fill=darat + (255,),
            )
    else:
        # Hills, a river in front of them, and the near bank.
        _bukit(draw, rnd, lebar, tinggi, cakrawala_y + tinggi // 20, tinggi / 24, darat + (255,))
        _air(draw, rnd, lebar, tinggi, cakrawala_y + tinggi // 6, air + (255,))
        _bukit(draw, rnd, lebar, tinggi, tinggi * 0.9, tinggi / 40, darat + (255,))
    gambar.alpha_composite(lapisan)
    _keterangan(gambar, judul, label)
    return gambar.convert("RGB")


def jpeg_demo(judul, lebar=1600, tinggi=900, tema=None, kualitas=82):
    """The picture of `gambar_demo` as JPEG bytes."""
    keluaran = io.BytesIO()
    gambar_demo(judul, lebar, tinggi, tema).save(
        keluaran, "JPEG", quality=kualitas, optimize=True, progressive=True
    )
    return keluaran.getvalue()
