"""A routable sub-page that is a page of its own (the Daftar Informasi Publik below the
document index) presents itself as itself to search engines: its own canonical URL, og:url,
hreflang alternates, a BreadcrumbList down to it and an entry in sitemap.xml.

The test walks every route of every routable page type (Wagtail's RoutablePageMixin), so a new
sub-page that shows HTML of its own and is not declared in `PortalPage.subhalaman_sendiri`
fails here instead of presenting itself to search engines as its parent."""

import pytest
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import get_page_models

from tests.seo.conftest import meta, simpul_bertipe, sitemap, urai_html

pytestmark = pytest.mark.django_db


def _rute_halaman_beralamat():
    """(page, route name) of every route of every live page of every routable page type."""
    for model in get_page_models():
        if not issubclass(model, RoutablePageMixin):
            continue
        for pola in model.get_subpage_urls():
            # A route with arguments would need an example value here: none exists today.
            assert not pola.pattern.converters, f"{model.__name__}:{pola.name} punya argumen"
            for page in model.objects.live():
                yield page, pola.name


def _kepala(client, url):
    respons = client.get(url)
    assert respons.status_code == 200, url
    if not respons["Content-Type"].startswith("text/html"):
        return None
    html = respons.content.decode()
    kepala = urai_html(html)
    return {
        "kanonik": [link["href"] for link in kepala.link if link.get("rel") == "canonical"],
        "og_url": meta(html, "og:url"),
        "og_title": meta(html, "og:title"),
        "hreflang": {
            link["hreflang"]: link["href"]
            for link in kepala.link
            if link.get("rel") == "alternate" and link.get("hreflang")
        },
        "remah": simpul_bertipe(html, "BreadcrumbList")[0]["itemListElement"],
    }


def test_setiap_subhalaman_sendiri_tampil_sebagai_dirinya_bagi_mesin_pencari(
    client, beranda_en, dokumen
):
    peta_situs = sitemap(client)
    diperiksa = []
    for page, nama in _rute_halaman_beralamat():
        akhiran = page.reverse_subpage(nama)
        kepala = _kepala(client, page.url + akhiran)
        if kepala is None:
            continue  # not a page (the search suggestions' JSON)
        subhalaman = page.subhalaman_sendiri.get(nama)
        if subhalaman is None:
            # Any other route shows the page itself, at the page's own URL.
            assert akhiran == "", f"{type(page).__name__}:{nama} belum dinyatakan"
            assert kepala["kanonik"] == [page.get_full_url()]
            continue
        alamat = page.get_full_url() + akhiran
        assert kepala["kanonik"] == [alamat]
        assert kepala["og_url"] == alamat
        assert kepala["og_title"] == str(subhalaman.judul)
        assert set(kepala["hreflang"]) == {"id", "en", "x-default"}
        assert kepala["hreflang"][page.locale.language_code] == alamat
        assert all(url.endswith("/" + akhiran) for url in kepala["hreflang"].values())
        # The breadcrumb goes through the page down to the sub-page.
        assert kepala["remah"][-2]["item"] == page.get_full_url()
        assert kepala["remah"][-1] == {
            "@type": "ListItem",
            "position": len(kepala["remah"]),
            "name": str(subhalaman.judul),
            "item": alamat,
        }
        assert alamat in peta_situs
        diperiksa.append(alamat)
    # The register in both languages was among them.
    assert len([url for url in diperiksa if "daftar-informasi-publik" in url]) == 2
