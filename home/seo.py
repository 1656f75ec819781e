"""What search engines read of the home page: the agency (GovernmentOrganization) and the site
(WebSite) it publishes (`HomePage.simpul_json_ld`).

Kept out of home/models.py so the model stays readable; takes the page as an argument and
imports no home model (home/models.py imports this module)."""

from portal.core.bahasa import kode_locale
from portal.core.seo import organisasi


def simpul_beranda(page, konteks):
    """The agency and the website (`konteks`: portal.core.seo.SeoHalaman)."""
    org = organisasi(konteks.pengaturan, konteks.request, konteks.beranda_url)
    situs = {
        "@type": "WebSite",
        "name": org["name"],
        "url": konteks.beranda_url,
        "inLanguage": kode_locale(page.locale_id),
        "publisher": {"@id": org["@id"]},
    }
    return [org, situs]
