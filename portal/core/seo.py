"""What search engines and social networks read from a page: the canonical URL, hreflang
alternates, Open Graph and Twitter card tags, JSON-LD (schema.org), the sitemap and robots.txt.

The template tags (portal/core/templatetags/seo_tags.py) only call `seo_halaman`. This module
knows no content area: each page type answers for itself through the protocol of
`portal.core.models.PortalPage` (`simpul_json_ld`, `jenis_og`, `properti_og`, `berhalaman`,
`tidak_dicantumkan`); the helpers below (`iso`, `penerbit`, `rendisi_absolut`…) are what the
content areas build their JSON-LD with.
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
from django.utils.translation import gettext
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from portal.core.bahasa import alternatif_hreflang, kode_locale
from portal.core.cache_halaman import URL_PER_BAGIAN_PETA_SITUS, leluhur_halaman
from portal.core.models import PortalPage, tanpa_yang_tidak_dicantumkan

SCHEMA = "https://schema.org"
# Open Graph: 1200×630 is what Facebook, X, LinkedIn and WhatsApp all crop well.
RENDISI_SOSIAL = "fill-1200x630|format-jpeg|jpegquality-80"
RENDISI_LOGO = "max-600x600|format-png"
LOCALE_OG = {"id": "id_ID", "en": "en_US"}

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
    """The rendition `spesifikasi` of `gambar` with its absolute URL, size and alt text (None
    without an image)."""
    if gambar is None:
        return None
    rendisi = gambar.get_rendition(spesifikasi)
    return GambarAbsolut(
        url=url_absolut(rendisi.url, request),
        lebar=rendisi.width,
        tinggi=rendisi.height,
        alt=gambar.description or gambar.title,
    )


# Search engines take an organisation's logo as a raster image of at least 112 × 112 px
# (not SVG): static/img/lambang.svg rendered once (Chromium headless) to a PNG, and its size.
LAMBANG_RASTER = ("img/lambang-512.png", 512, 512)
SISI_LOGO_MINIMUM = 112


def logo_absolut(pengaturan, request):
    """The agency's logo as a schema.org ImageObject: a PNG rendition of the site settings'
    logo, else (or when that logo is smaller than search engines accept) the committed
    emblem."""
    logo = None
    if pengaturan is not None and pengaturan.logo_id:
        logo = rendisi_absolut(pengaturan.logo, RENDISI_LOGO, request)
    if logo is None or min(logo.lebar, logo.tinggi) < SISI_LOGO_MINIMUM:
        jalur, lebar, tinggi = LAMBANG_RASTER
        logo = GambarAbsolut(url_absolut(static(jalur), request), lebar, tinggi, alt="")
    return {"@type": "ImageObject", "url": logo.url, "width": logo.lebar, "height": logo.tinggi}


def iso(nilai):
    """A date or datetime as ISO 8601 (datetimes in local time), None for None."""
    if nilai is None:
        return None
    if hasattr(nilai, "tzinfo"):
        return timezone.localtime(nilai).isoformat()
    return nilai.isoformat()


# -- JSON-LD -----------------------------------------------------------------------------------


def organisasi(pengaturan, request, beranda_url):
    """The agency (site settings) as a schema.org GovernmentOrganization, its `@id` anchored
    on the home page so every page's nodes can point to it."""
    nama = pengaturan.nama_instansi if pengaturan else settings.WAGTAIL_SITE_NAME
    data = {
        "@type": "GovernmentOrganization",
        "@id": f"{beranda_url}#organisasi",
        "name": nama,
        "url": beranda_url,
        "logo": logo_absolut(pengaturan, request),
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


def penerbit(pengaturan, request, beranda_url):
    """The publisher as search engines want it on articles: name, URL and a logo."""
    org = organisasi(pengaturan, request, beranda_url)
    return {k: org[k] for k in ("@type", "@id", "name", "url", "logo")}


def remah_roti(page, request, subhalaman=None, url_subhalaman=""):
    """schema.org BreadcrumbList: the home page down to the page, as the visible trail, and
    down to the sub-page when the page shows one of its own (`subhalaman`)."""
    leluhur = [p for p in leluhur_halaman(page) if p.depth >= 2] + [page]
    langkah = [
        (gettext("Beranda") if halaman.depth == 2 else halaman.title, halaman.get_full_url(request))
        for halaman in leluhur
    ]
    if subhalaman is not None:
        langkah.append((str(subhalaman.judul), url_subhalaman))
    item = [
        {"@type": "ListItem", "position": posisi, "name": nama, "item": url}
        for posisi, (nama, url) in enumerate(langkah, start=1)
    ]
    return {"@type": "BreadcrumbList", "itemListElement": item}


def json_ld(page, konteks):
    """The page's JSON-LD graph: its own type's nodes, then the BreadcrumbList."""
    # Pages that are not PortalPage (Wagtail's root) have no nodes of their own.
    simpul = list(page.simpul_json_ld(konteks)) if isinstance(page, PortalPage) else []
    simpul.append(remah_roti(page, konteks.request, konteks.subhalaman, konteks.kanonik))
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
    subhalaman: object = None  # the page's own sub-page shown (PortalPage.subhalaman_sendiri)


def url_kanonik(page, request):
    """The page's own URL; a paginated listing's later pages (`?page=N`, N > 1) are pages of
    their own, so their canonical URL keeps the number (page 1 has none: `?page=1` is the
    listing itself). Other parameters (filters) never make a canonical URL. A sub-page of
    its own (the document index's register) is a page of its own."""
    url = page.get_full_url(request) or ""
    if url and isinstance(page, PortalPage):
        url += page.subhalaman_diminta(request)[1]
    nomor = request.GET.get("page", "") if request is not None else ""
    berhalaman = getattr(page, "berhalaman", False)  # the protocol of PortalPage
    # isascii: "²" and other digits of other scripts pass isdigit() but not int(); the length
    # first: Python refuses int() of 4,300+ digits (a 500; both found by tests/masukan).
    angka = nomor.isascii() and nomor.isdigit() and len(nomor) <= 9
    if url and berhalaman and angka and int(nomor) > 1:
        url = f"{url}?{urlencode({'page': int(nomor)})}"
    return url


def _judul(page, subhalaman=None):
    if subhalaman is not None:
        return str(subhalaman.judul)
    return page.seo_title or page.title


def seo_halaman(page, request, pengaturan=None):
    """Everything the head needs for `page` (a specific Page), or None for non-pages."""
    if page is None or not isinstance(page, Page) or not page.pk:
        return None
    kanonik = url_kanonik(page, request)
    subhalaman, akhiran = (
        page.subhalaman_diminta(request) if isinstance(page, PortalPage) else (None, "")
    )
    beranda = next((p for p in [*leluhur_halaman(page), page] if p.depth == 2), None)
    seo = SeoHalaman(
        kanonik=kanonik,
        alternatif=[(kode, url + akhiran) for kode, url in alternatif_hreflang(page, request)],
        request=request,
        pengaturan=pengaturan,
        beranda_url=(beranda.get_full_url(request) if beranda else akar_situs(request) + "/"),
        subhalaman=subhalaman,
    )
    if subhalaman is not None:
        deskripsi = str(subhalaman.deskripsi)
    else:
        deskripsi = page.get_deskripsi_meta() if hasattr(page, "get_deskripsi_meta") else ""
    nama_situs = pengaturan.nama_instansi if pengaturan else settings.WAGTAIL_SITE_NAME
    bahasa = kode_locale(page.locale_id)
    og = [
        # The protocol of PortalPage; pages that are not PortalPage (Wagtail's root) are websites.
        ("og:type", getattr(page, "jenis_og", "website")),
        ("og:title", _judul(page, subhalaman)),
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
    if isinstance(page, PortalPage):
        og += page.properti_og()  # the type's own properties, e.g. an article's `article:*`
    seo.og = og
    twitter = [
        ("twitter:card", "summary_large_image" if gambar else "summary"),
        ("twitter:title", _judul(page, subhalaman)),
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
    (`<xhtml:link rel="alternate">`). The pages each type keeps out of public listings
    (`PortalPage.tidak_dicantumkan`: search pages, exempt documents) are left out; drafts,
    scheduled and rejected pages are not live and never listed."""

    # URLs per part of the sitemap index (Django paginates `items()`).
    limit = URL_PER_BAGIAN_PETA_SITUS

    def items(self):
        # Each page type names the pages it keeps out of public listings (PortalPage protocol).
        return (
            tanpa_yang_tidak_dicantumkan(halaman_publik_situs(self.get_wagtail_site()))
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
                urls += _subhalaman_peta_situs(item, info)
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def _subhalaman_peta_situs(page, info):
    """The sitemap entries of the page's sub-pages of their own (the document index's
    register), each at the page's URL and alternates with the sub-page's path."""
    entri = []
    for nama in getattr(page, "subhalaman_sendiri", {}):
        akhiran = page.reverse_subpage(nama)
        entri.append(
            {
                **info,
                "location": info["location"] + akhiran,
                "alternates": [
                    {**alt, "location": alt["location"] + akhiran} for alt in info["alternates"]
                ],
            }
        )
    return entri


def robots_txt(request):
    """robots.txt: crawl everything public but the admin; name the sitemap.

    Search result pages are not disallowed here: they carry `noindex, follow` instead, and a
    crawler only sees that tag on a page it may fetch (a disallowed URL can still be indexed
    from links to it, without its content)."""
    baris = ["User-agent: *", "Disallow: /admin/"]
    baris += ["", f"Sitemap: {url_absolut(reverse('sitemap'), request)}", ""]
    return HttpResponse("\n".join(baris), content_type="text/plain; charset=utf-8")
