"""What search engines and social networks read of a berita: its schema.org NewsArticle and its
Open Graph `article:*` properties (`BeritaPage.simpul_json_ld`, `BeritaPage.properti_og`).

Kept out of berita/models.py so the model stays readable; takes the page as an argument and
imports no berita model (berita/models.py imports this module)."""

from portal.core.bahasa import kode_locale
from portal.core.seo import iso, penerbit, rendisi_absolut

# Google's article rich results ask for 16:9, 4:3 and 1:1 images.
RENDISI_ARTIKEL = (
    "fill-1200x675|format-jpeg|jpegquality-80",
    "fill-1200x900|format-jpeg|jpegquality-80",
    "fill-1200x1200|format-jpeg|jpegquality-80",
)
PANJANG_JUDUL_BERITA = 110  # Google truncates a NewsArticle headline beyond this


def simpul_berita(page, konteks):
    """The berita as a schema.org NewsArticle (`konteks`: portal.core.seo.SeoHalaman)."""
    request = konteks.request
    gambar = [
        r.url for s in RENDISI_ARTIKEL if (r := rendisi_absolut(page.gambar_utama, s, request))
    ]
    data_penerbit = penerbit(konteks.pengaturan, request, konteks.beranda_url)
    if page.penulis:
        penulis = {"@type": "Person", "name": page.penulis}
    elif page.opd_id:
        penulis = {"@type": "GovernmentOrganization", "name": page.opd.nama}
    else:
        penulis = {k: data_penerbit[k] for k in ("@type", "name", "url")}
    data = {
        "@type": "NewsArticle",
        "headline": page.title[:PANJANG_JUDUL_BERITA],
        "description": page.ringkasan,
        "datePublished": iso(page.first_published_at or page.tanggal),
        "dateModified": iso(page.last_published_at or page.first_published_at or page.tanggal),
        "author": [penulis],
        "publisher": data_penerbit,
        "mainEntityOfPage": {"@type": "WebPage", "@id": konteks.kanonik},
        "url": konteks.kanonik,
        "inLanguage": kode_locale(page.locale_id),
    }
    if gambar:
        data["image"] = gambar
    if page.kategori_id:
        data["articleSection"] = page.kategori.nama
    tag = [t.name for t in page.get_tag()]
    if tag:
        data["keywords"] = tag
    return [data]


def properti_og_berita(page):
    """The Open Graph properties of an article (og:type "article"): its times and section."""
    properti = [
        ("article:published_time", iso(page.first_published_at) or iso(page.tanggal)),
        ("article:modified_time", iso(page.last_published_at) or iso(page.tanggal)),
    ]
    if page.kategori_id:
        properti.append(("article:section", page.kategori.nama))
    return properti
