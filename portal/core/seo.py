"""What search engines and social networks read from a page: the canonical URL, hreflang
alternates, Open Graph and Twitter card tags, JSON-LD (schema.org), the sitemap and robots.txt.

The template tags (portal/core/templatetags/seo_tags.py) only call `seo_halaman`; the JSON-LD
of each page type is built here, keyed on the page's class, so the page models stay thin.
JSON-LD goes in a `<script type="application/ld+json">` (data, never executed, so a strict CSP
allows it) with `<`, `>` and `&` escaped as Django's `json_script` does.
"""

import json
from dataclasses import dataclass, field
from urllib.parse import urlencode, urljoin

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from portal.core.bahasa import alternatif_hreflang, kode_locale
from portal.core.cache_halaman import per_generasi

SCHEMA = "https://schema.org"
# Open Graph: 1200×630 is what Facebook, X, LinkedIn and WhatsApp all crop well.
RENDISI_SOSIAL = "fill-1200x630|format-jpeg|jpegquality-80"
# Google's article rich results ask for 16:9, 4:3 and 1:1 images.
RENDISI_ARTIKEL = (
    "fill-1200x675|format-jpeg|jpegquality-80",
    "fill-1200x900|format-jpeg|jpegquality-80",
    "fill-1200x1200|format-jpeg|jpegquality-80",
)
RENDISI_LOGO = "max-600x600|format-png"
RENDISI_GALERI = "max-1600x1600|format-jpeg|jpegquality-80"
RENDISI_THUMBNAIL = "fill-1280x720|format-jpeg|jpegquality-80"
LOCALE_OG = {"id": "id_ID", "en": "en_US"}
PANJANG_JUDUL_BERITA = 110  # Google truncates a NewsArticle headline beyond this

# The escapes of django.utils.html.json_script: nothing inside the JSON can close the script.
_ESCAPE_JSON = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def skrip_json_ld(data):
    """`data` as a `<script type="application/ld+json">` element, safe to put in HTML."""
    teks = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_ESCAPE_JSON)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(teks))  # noqa: S308  # nosec B308 B703  # JSON with <, > and & escaped as json_script does


# -- URLs and images ---------------------------------------------------------------------------


def akar_situs(request):
    """The site's root URL ("https://kaltimprov.go.id"), as Wagtail builds page URLs."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return site.root_url
    return request.build_absolute_uri("/").rstrip("/") if request is not None else ""


def url_absolut(url, request):
    """`url` made absolute against the site's root (already absolute URLs, such as media on
    S3, are returned unchanged)."""
    if not url:
        return ""
    return urljoin(akar_situs(request) + "/", url)


def gambar_utama(page):
    """The image that represents the page: a berita's lead image, a gallery's cover."""
    if page is None:
        return None
    gambar = getattr(page, "gambar_utama", None)
    if gambar is None and hasattr(page, "get_sampul"):
        gambar = page.get_sampul()
    return gambar


@dataclass(frozen=True)
class GambarAbsolut:
    url: str
    lebar: int
    tinggi: int
    alt: str


def rendisi_absolut(gambar, spesifikasi, request):
    if gambar is None:
        return None
    rendisi = gambar.get_rendition(spesifikasi)
    return GambarAbsolut(
        url=url_absolut(rendisi.url, request),
        lebar=rendisi.width,
        tinggi=rendisi.height,
        alt=gambar.description or gambar.title,
    )


def logo_absolut(pengaturan, request):
    """The agency's logo (site settings) as a PNG rendition, else the committed emblem."""
    if pengaturan is not None and pengaturan.logo_id:
        return rendisi_absolut(pengaturan.logo, RENDISI_LOGO, request).url
    return url_absolut(static("img/lambang.svg"), request)


def _iso(nilai):
    if nilai is None:
        return None
    if hasattr(nilai, "tzinfo"):
        return timezone.localtime(nilai).isoformat()
    return nilai.isoformat()


# -- JSON-LD -----------------------------------------------------------------------------------


def _organisasi(pengaturan, request, beranda_url):
    nama = pengaturan.nama_instansi if pengaturan else settings.WAGTAIL_SITE_NAME
    data = {
        "@type": "GovernmentOrganization",
        "@id": f"{beranda_url}#organisasi",
        "name": nama,
        "url": beranda_url,
        "logo": {"@type": "ImageObject", "url": logo_absolut(pengaturan, request)},
    }
    if pengaturan is not None:
        if pengaturan.alamat:
            data["address"] = {
                "@type": "PostalAddress",
                "streetAddress": " ".join(pengaturan.alamat.split()),
                "addressRegion": "Kalimantan Timur",
                "addressCountry": "ID",
            }
        if pengaturan.telepon:
            data["telephone"] = pengaturan.telepon
        if pengaturan.email:
            data["email"] = pengaturan.email
        sosial = [url for _nama, url in pengaturan.tautan_sosial]
        if sosial:
            data["sameAs"] = sosial
    return data


def _penerbit(pengaturan, request, beranda_url):
    """The publisher as search engines want it on articles: name, URL and a logo."""
    org = _organisasi(pengaturan, request, beranda_url)
    return {k: org[k] for k in ("@type", "@id", "name", "url", "logo")}


def _berita(page, konteks):
    request = konteks.request
    gambar = [
        r.url for s in RENDISI_ARTIKEL if (r := rendisi_absolut(page.gambar_utama, s, request))
    ]
    penerbit = _penerbit(konteks.pengaturan, request, konteks.beranda_url)
    if page.penulis:
        penulis = {"@type": "Person", "name": page.penulis}
    elif page.opd_id:
        penulis = {"@type": "GovernmentOrganization", "name": page.opd.nama}
    else:
        penulis = {k: penerbit[k] for k in ("@type", "name", "url")}
    data = {
        "@type": "NewsArticle",
        "headline": page.title[:PANJANG_JUDUL_BERITA],
        "description": page.ringkasan,
        "datePublished": _iso(page.first_published_at or page.tanggal),
        "dateModified": _iso(page.last_published_at or page.first_published_at or page.tanggal),
        "author": [penulis],
        "publisher": penerbit,
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


def _dokumen(page, konteks):
    request = konteks.request
    berkas = []
    for lampiran in page.get_lampiran():
        dok = lampiran.dokumen
        media = {
            "@type": "MediaObject",
            "name": lampiran.label,
            "contentUrl": url_absolut(dok.url, request),
            "encodingFormat": dok.content_type,
        }
        if dok.file_size:
            media["contentSize"] = f"{dok.file_size} B"
        berkas.append(media)
    data = {
        "@type": "DigitalDocument",
        "name": page.title,
        "headline": page.title,
        "description": page.ringkasan,
        "identifier": page.nomor,
        "genre": page.jenis.nama,
        "datePublished": _iso(page.tanggal_terbit),
        "dateModified": _iso(page.tanggal_pembaruan),
        "url": konteks.kanonik,
        "inLanguage": kode_locale(page.locale_id),
        "author": {"@type": "GovernmentOrganization", "name": page.opd.nama},
        "publisher": _penerbit(konteks.pengaturan, request, konteks.beranda_url),
        "isAccessibleForFree": True,
        "creativeWorkStatus": page.get_status_display(),
    }
    if berkas:
        data["associatedMedia"] = berkas
        data["encodingFormat"] = berkas[0]["encodingFormat"]
    return [data]


def _galeri_foto(page, konteks):
    request = konteks.request
    foto = []
    for item in page.get_foto():
        rendisi = rendisi_absolut(item.gambar, RENDISI_GALERI, request)
        objek = {
            "@type": "ImageObject",
            "contentUrl": rendisi.url,
            "width": rendisi.lebar,
            "height": rendisi.tinggi,
            "name": item.teks_alternatif or item.gambar.title,
        }
        if item.keterangan:
            objek["caption"] = item.keterangan
        if item.kredit:
            objek["creditText"] = item.kredit
        foto.append(objek)
    data = {
        "@type": "ImageGallery",
        "name": page.title,
        "description": page.deskripsi,
        "url": konteks.kanonik,
        "datePublished": _iso(page.first_published_at or page.tanggal),
        "inLanguage": kode_locale(page.locale_id),
        "publisher": _penerbit(konteks.pengaturan, request, konteks.beranda_url),
    }
    if foto:
        data["image"] = foto
        data["thumbnailUrl"] = foto[0]["contentUrl"]
    return [data]


def _thumbnail_video(video, request):
    if video.poster_id:
        return rendisi_absolut(video.poster, RENDISI_THUMBNAIL, request).url
    eksternal = video.video_eksternal
    if eksternal is not None and eksternal.provider == "youtube":
        return f"https://i.ytimg.com/vi/{eksternal.video_id}/hqdefault.jpg"
    return None


def _galeri_video(page, konteks):
    request = konteks.request
    video = []
    for item in page.get_video():
        objek = {
            "@type": "VideoObject",
            "name": item.judul,
            "description": page.deskripsi,
            "uploadDate": _iso(page.first_published_at or page.tanggal),
            "inLanguage": kode_locale(page.locale_id),
        }
        thumbnail = _thumbnail_video(item, request)
        if thumbnail:
            objek["thumbnailUrl"] = [thumbnail]
        if item.berkas_id:
            objek["contentUrl"] = url_absolut(item.berkas.url, request)
            objek["encodingFormat"] = item.berkas.content_type
        elif (eksternal := item.video_eksternal) is not None:
            objek["embedUrl"] = eksternal.embed_url.split("?")[0]
            objek["url"] = eksternal.watch_url
        video.append(objek)
    data = {
        "@type": "CollectionPage",
        "name": page.title,
        "description": page.deskripsi,
        "url": konteks.kanonik,
        "inLanguage": kode_locale(page.locale_id),
    }
    if video:
        data["hasPart"] = video
    return [data, *video]


def _beranda(page, konteks):
    org = _organisasi(konteks.pengaturan, konteks.request, konteks.beranda_url)
    situs = {
        "@type": "WebSite",
        "name": org["name"],
        "url": konteks.beranda_url,
        "inLanguage": kode_locale(page.locale_id),
        "publisher": {"@id": org["@id"]},
    }
    return [org, situs]


def _pembangun_json_ld():
    from berita.models import BeritaPage
    from dokumen.models import DokumenPage
    from galeri.models import GaleriFotoPage, GaleriVideoPage
    from home.models import HomePage

    return {
        HomePage: _beranda,
        BeritaPage: _berita,
        DokumenPage: _dokumen,
        GaleriFotoPage: _galeri_foto,
        GaleriVideoPage: _galeri_video,
    }


def leluhur_halaman(page):
    """The ancestors of `page`, root first. Read once per cache generation for all the pages
    that share a parent (every berita of an index shares them)."""
    if page is None or not getattr(page, "pk", None):
        return []
    induk = page.path[: -page.steplen]
    return per_generasi(("leluhur", induk), lambda: list(page.get_ancestors()))


def remah_roti(page, request):
    """schema.org BreadcrumbList: the home page down to the page, as the visible trail."""
    from django.utils.translation import gettext

    leluhur = [p for p in leluhur_halaman(page) if p.depth >= 2] + [page]
    item = []
    for posisi, halaman in enumerate(leluhur, start=1):
        nama = gettext("Beranda") if halaman.depth == 2 else halaman.title
        item.append(
            {
                "@type": "ListItem",
                "position": posisi,
                "name": nama,
                "item": halaman.get_full_url(request),
            }
        )
    return {"@type": "BreadcrumbList", "itemListElement": item}


def json_ld(page, konteks):
    """The page's JSON-LD graph: its own type's nodes, then the BreadcrumbList."""
    pembangun = _pembangun_json_ld().get(type(page))
    simpul = pembangun(page, konteks) if pembangun else []
    simpul.append(remah_roti(page, konteks.request))
    return {"@context": SCHEMA, "@graph": simpul}


# -- the head of a page ------------------------------------------------------------------------


@dataclass
class SeoHalaman:
    kanonik: str
    alternatif: list = field(default_factory=list)  # [(hreflang, url)]
    og: list = field(default_factory=list)  # [(property, content)]
    twitter: list = field(default_factory=list)  # [(name, content)]
    json_ld: str = ""  # the rendered <script> element
    request: object = None
    pengaturan: object = None
    beranda_url: str = ""


def url_kanonik(page, request):
    """The page's own URL; a paginated listing's later pages (`?page=N`, N > 1) are pages of
    their own, so their canonical URL keeps the number (page 1 has none: `?page=1` is the
    listing itself). Other parameters (filters) never make a canonical URL."""
    url = page.get_full_url(request) or ""
    nomor = request.GET.get("page", "") if request is not None else ""
    # isascii: "²" and other digits of other scripts pass isdigit() but not int()
    if url and nomor.isascii() and nomor.isdigit() and int(nomor) > 1 and _berhalaman(page):
        url = f"{url}?{urlencode({'page': int(nomor)})}"
    return url


def _berhalaman(page):
    """Whether the page is a paginated listing (the indexes of berita, dokumen, galeri)."""
    from berita.models import BeritaIndexPage
    from dokumen.models import DokumenIndexPage
    from galeri.models import GaleriIndexPage

    return isinstance(page, BeritaIndexPage | DokumenIndexPage | GaleriIndexPage)


def _judul(page):
    return page.seo_title or page.title


def seo_halaman(page, request, pengaturan=None):
    """Everything the head needs for `page` (a specific Page), or None for non-pages."""
    if page is None or not isinstance(page, Page) or not page.pk:
        return None
    kanonik = url_kanonik(page, request)
    beranda = next((p for p in [*leluhur_halaman(page), page] if p.depth == 2), None)
    seo = SeoHalaman(
        kanonik=kanonik,
        alternatif=alternatif_hreflang(page, request),
        request=request,
        pengaturan=pengaturan,
        beranda_url=(beranda.get_full_url(request) if beranda else akar_situs(request) + "/"),
    )
    deskripsi = page.get_deskripsi_meta() if hasattr(page, "get_deskripsi_meta") else ""
    nama_situs = pengaturan.nama_instansi if pengaturan else settings.WAGTAIL_SITE_NAME
    bahasa = kode_locale(page.locale_id)
    is_artikel = type(page).__name__ == "BeritaPage"
    og = [
        ("og:type", "article" if is_artikel else "website"),
        ("og:title", _judul(page)),
        ("og:url", kanonik),
        ("og:site_name", nama_situs),
        ("og:locale", LOCALE_OG.get(bahasa, bahasa)),
    ]
    og += [
        ("og:locale:alternate", LOCALE_OG.get(k, k))
        for k, _u in seo.alternatif
        if k != bahasa and k != "x-default"
    ]
    if deskripsi:
        og.append(("og:description", deskripsi[:300]))
    gambar = rendisi_absolut(gambar_utama(page), RENDISI_SOSIAL, request)
    if gambar is None and pengaturan is not None and pengaturan.logo_id:
        gambar = rendisi_absolut(pengaturan.logo, RENDISI_SOSIAL, request)
    if gambar is not None:
        og += [
            ("og:image", gambar.url),
            ("og:image:type", "image/jpeg"),
            ("og:image:width", str(gambar.lebar)),
            ("og:image:height", str(gambar.tinggi)),
            ("og:image:alt", gambar.alt),
        ]
    if is_artikel:
        og += [
            ("article:published_time", _iso(page.first_published_at) or _iso(page.tanggal)),
            ("article:modified_time", _iso(page.last_published_at) or _iso(page.tanggal)),
        ]
        if page.kategori_id:
            og.append(("article:section", page.kategori.nama))
    seo.og = og
    twitter = [
        ("twitter:card", "summary_large_image" if gambar else "summary"),
        ("twitter:title", _judul(page)),
    ]
    if deskripsi:
        twitter.append(("twitter:description", deskripsi[:200]))
    if gambar is not None:
        twitter += [("twitter:image", gambar.url), ("twitter:image:alt", gambar.alt)]
    akun = _akun_x(pengaturan)
    if akun:
        twitter.append(("twitter:site", akun))
    seo.twitter = twitter
    seo.json_ld = skrip_json_ld(json_ld(page, seo))
    return seo


def _akun_x(pengaturan):
    """ "@handle" from the X (Twitter) profile URL of the site settings, if any."""
    url = getattr(pengaturan, "x_twitter", "") if pengaturan else ""
    nama = url.rstrip("/").rsplit("/", 1)[-1] if url else ""
    return f"@{nama.lstrip('@')}" if nama and "." not in nama else ""


# -- sitemap.xml and robots.txt ----------------------------------------------------------------


def halaman_publik_situs(site):
    """Live, public pages of every language tree of `site` (its root page's translations)."""
    akar = [site.root_page, *site.root_page.get_translations()]
    hasil = Page.objects.none()
    for halaman in akar:
        hasil |= Page.objects.descendant_of(halaman, inclusive=True)
    return hasil.live().public()


class SitemapPortal(Sitemap):
    """Wagtail's sitemap over both language trees, each URL with its hreflang alternates
    (`<xhtml:link rel="alternate">`). Search pages and exempt (dikecualikan) documents are
    left out; drafts, scheduled and rejected pages are not live and never listed."""

    # URLs per part of the sitemap index: a part is built per request (Django paginates
    # `items()`), so its size bounds the time of one uncached view.
    limit = 500

    def items(self):
        from dokumen.models import DokumenPage, KategoriKIP
        from search.models import SearchPage

        dikecualikan = DokumenPage.objects.filter(kategori_kip=KategoriKIP.DIKECUALIKAN)
        return (
            halaman_publik_situs(self.get_wagtail_site())
            .not_type(SearchPage)
            .exclude(pk__in=dikecualikan.values("pk"))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        halaman = list(self.paginator.page(page).object_list)
        kunci = {p.translation_key for p in halaman}
        terjemahan = {}
        for t in (
            Page.objects.live()
            .public()
            .filter(translation_key__in=kunci)
            .select_related("locale")
            .only("pk", "url_path", "translation_key", "locale", "depth", "path")
        ):
            terjemahan.setdefault(t.translation_key, []).append(t)
        urls, last_mods = [], set()
        for item in halaman:
            versi = terjemahan.get(item.translation_key, [])
            alternatif = []
            if len(versi) > 1:
                for v in sorted(versi, key=lambda p: p.locale.language_code):
                    url = v.get_full_url(self.request)
                    alternatif.append({"lang_code": v.locale.language_code, "location": url})
                    if v.locale.language_code == settings.LANGUAGE_CODE:
                        alternatif.append({"lang_code": "x-default", "location": url})
            for info in item.get_sitemap_urls(self.request):
                info.setdefault("alternates", alternatif)
                urls.append(info)
                last_mods.add(info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def robots_txt(request):
    """robots.txt: crawl everything public but the admin; name the sitemap.

    Search result pages are not disallowed here: they carry `noindex, follow` instead, and a
    crawler only sees that tag on a page it may fetch (a disallowed URL can still be indexed
    from links to it, without its content)."""
    baris = ["User-agent: *", "Disallow: /admin/"]
    baris += ["", f"Sitemap: {url_absolut(reverse('sitemap'), request)}", ""]
    return HttpResponse("\n".join(baris), content_type="text/plain; charset=utf-8")
