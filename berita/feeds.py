"""RSS 2.0 and Atom feeds of the latest berita, overall and per category, in the language of
the URL (/feed/berita/rss.xml, /en/feed/berita/rss.xml, /feed/berita/<kategori>/atom.xml).

Only live, public berita are listed (drafts, scheduled and rejected ones are not live); every
link is absolute (the Wagtail site's root URL) and the lead image is an enclosure of a JPEG
rendition with its length in bytes. The views are plain functions so the page cache
(portal/core/cache_halaman.py) can name them.
"""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.models import Locale, Site

from berita.models import BeritaIndexPage, BeritaPage, KategoriBerita
from portal.core.models import PengaturanSitus
from portal.core.seo import RENDISI_SOSIAL, url_absolut

JUMLAH_BERITA_FEED = 20


def _locale_aktif():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


class FeedBeritaRSS(Feed):
    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, kategori=None):
        if kategori is None:
            return None
        obj = KategoriBerita.objects.filter(slug=kategori, locale=_locale_aktif()).first()
        if obj is None:
            raise Http404(gettext("Kategori berita tidak ditemukan."))
        return obj

    def _nama_situs(self):
        return PengaturanSitus.load(request_or_site=self.request).nama_instansi

    def title(self, obj):
        if obj is None:
            return gettext("Berita %(situs)s") % {"situs": self._nama_situs()}
        return gettext("Berita %(kategori)s — %(situs)s") % {
            "kategori": obj.nama,
            "situs": self._nama_situs(),
        }

    def description(self, obj):
        return gettext("Berita terbaru dari portal resmi %(situs)s.") % {
            "situs": self._nama_situs()
        }

    subtitle = description

    def link(self, obj):
        site = Site.find_for_request(self.request)
        beranda = site.root_page.localized if site else None
        indeks = BeritaIndexPage.objects.live().child_of(beranda).first() if beranda else None
        url = indeks.get_full_url(self.request) if indeks else url_absolut("/", self.request)
        if obj is not None:
            url += f"?kategori={obj.slug}"
        return url

    def feed_url(self, obj):
        return url_absolut(self.request.path, self.request)

    def items(self, obj):
        berita = (
            BeritaPage.objects.live()
            .public()
            .filter(locale=_locale_aktif())
            .select_related("gambar_utama", "kategori")
            .order_by("-first_published_at", "-pk")
        )
        if obj is not None:
            berita = berita.filter(kategori=obj)
        return berita[:JUMLAH_BERITA_FEED]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # The summary is plain text, but feed readers render an RSS description and an Atom
        # summary (type="html") as HTML: escaped once here, below the XML's own escaping.
        return escape(item.ringkasan)

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_author_name(self, item):
        return item.penulis or None

    def item_categories(self, item):
        return [item.kategori.nama] if item.kategori_id else []

    def _rendisi(self, item):
        if item.gambar_utama_id is None:
            return None
        if not hasattr(item, "_rendisi_feed"):
            item._rendisi_feed = item.gambar_utama.get_rendition(RENDISI_SOSIAL)
        return item._rendisi_feed

    def item_enclosure_url(self, item):
        rendisi = self._rendisi(item)
        return url_absolut(rendisi.url, self.request) if rendisi else None

    def item_enclosure_length(self, item):
        rendisi = self._rendisi(item)
        if rendisi is None:
            return None
        try:
            return rendisi.file.size
        except OSError:  # the file went missing from the storage: say "unknown"
            return 0

    def item_enclosure_mime_type(self, item):
        return "image/jpeg" if self._rendisi(item) else None


class FeedBeritaAtom(FeedBeritaRSS):
    feed_type = Atom1Feed


def rss(request, kategori=None):
    return FeedBeritaRSS()(request, kategori=kategori)


def atom(request, kategori=None):
    return FeedBeritaAtom()(request, kategori=kategori)
