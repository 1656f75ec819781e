"""Sample material shared by the factories, the tests and the demo: JPEGs and PDFs drawn on
the fly, a short sample video with captions, and the regencies of the province."""

KABUPATEN_KOTA = [
    "Balikpapan",
    "Berau",
    "Bontang",
    "Kutai Barat",
    "Kutai Kartanegara",
    "Kutai Timur",
    "Mahakam Ulu",
    "Paser",
    "Penajam Paser Utara",
    "Samarinda",
]
