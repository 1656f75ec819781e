"""The portal in two languages: which page is the translation of which, for the language
switcher, the hreflang alternates of the head and the sitemap, and the translated skeleton.

Indonesian is the source language (at /…), English the translation (at /en/…); editors make
translations in the admin with wagtail-localize, which creates pages in the English tree.
"""

from dataclasses import dataclass

from django.conf import settings
from wagtail.models import GroupPagePermission, Locale, Page, Site, WorkflowPage


@dataclass(frozen=True)
class TautanBahasa:
    """One entry of the language switcher."""

    kode: str  # language code: "id", "en"
    nama: str  # the language's name in that language
    url: str
    aktif: bool  # the language being read
    terjemahan: bool  # the URL is this page's translation (False: that language's home page)


def kode_bahasa():
    return [kode for kode, _nama in settings.WAGTAIL_CONTENT_LANGUAGES]


def terjemahan_tayang(page):
    """{language code: page} of the live, public versions of `page` in every language,
    itself included."""
    if page is None or not getattr(page, "pk", None):
        return {}
    halaman = (
        Page.objects.live()
        .public()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
    )
    return {p.locale.language_code: p for p in halaman}


def beranda_per_bahasa(site):
    """{language code: home page} of the site's live home pages in every language."""
    if site is None:
        return {}
    return terjemahan_tayang(site.root_page)


def tautan_bahasa(page, request, bahasa_aktif):
    """The language switcher: for every content language, the page's live translation, else
    that language's home page (else the site root). `bahasa_aktif` is the language being read."""
    site = Site.find_for_request(request) if request is not None else None
    terjemahan = terjemahan_tayang(page)
    beranda = beranda_per_bahasa(site)
    tautan = []
    for kode, nama in settings.WAGTAIL_CONTENT_LANGUAGES:
        tujuan = terjemahan.get(kode)
        ada = tujuan is not None
        if tujuan is None:
            tujuan = beranda.get(kode)
        url = tujuan.get_url(request) if tujuan is not None else None
        if not url:
            url = "/" if kode == settings.LANGUAGE_CODE else f"/{kode}/"
        tautan.append(
            TautanBahasa(kode=kode, nama=nama, url=url, aktif=kode == bahasa_aktif, terjemahan=ada)
        )
    return tautan


def alternatif_hreflang(page, request):
    """[(hreflang, absolute URL)] of the page's live translations, plus `x-default` (the
    source-language version); empty when the page exists in one language only."""
    terjemahan = terjemahan_tayang(page)
    if len(terjemahan) < 2:
        return []
    pasangan = [
        (kode, terjemahan[kode].get_full_url(request))
        for kode in kode_bahasa()
        if kode in terjemahan
    ]
    bawaan = terjemahan.get(settings.LANGUAGE_CODE)
    if bawaan is not None:
        pasangan.append(("x-default", bawaan.get_full_url(request)))
    return [(kode, url) for kode, url in pasangan if url]


# -- the translated skeleton ------------------------------------------------------------------


def siapkan_struktur_terjemahan(beranda, kode_bahasa_tujuan="en"):
    """Make the home page and its section indexes exist, live, in another language, under the
    same SOP workflow and with the same group permissions as the source pages. Idempotent.

    wagtail-localize (and Wagtail's `copy_for_translation`) copy neither the workflow
    assignment (a `WorkflowPage` row on the Indonesian home page) nor the group page
    permissions: the English home page is a sibling of the Indonesian one, not below it, so
    without this its pages would have no workflow and no petugas could edit them.
    Meant to be called by `setup_portal` (portal/core/penyiapan.py).
    """
    from portal.moderasi.jadwal_tayang import publikasi_segera

    locale, _dibuat = Locale.objects.get_or_create(language_code=kode_bahasa_tujuan)
    with publikasi_segera():
        beranda_lain = _terjemahan_tayang_dari(beranda, locale)
        for bagian in beranda.get_children().specific():
            _terjemahan_tayang_dari(bagian, locale)
    alur = WorkflowPage.objects.filter(page=beranda).select_related("workflow").first()
    if alur is not None:
        WorkflowPage.objects.get_or_create(page=beranda_lain, defaults={"workflow": alur.workflow})
    for izin in GroupPagePermission.objects.filter(page__in=beranda.get_descendants()):
        tujuan = izin.page.get_translation_or_none(locale)
        if tujuan is not None:
            GroupPagePermission.objects.get_or_create(
                group_id=izin.group_id, page=tujuan, permission_id=izin.permission_id
            )
    return beranda_lain


def _terjemahan_tayang_dari(page, locale):
    terjemahan = page.get_translation_or_none(locale)
    if terjemahan is None:
        terjemahan = page.copy_for_translation(locale)
    terjemahan = terjemahan.specific
    if not terjemahan.live:
        terjemahan.save_revision().publish()
        terjemahan.refresh_from_db()
    return terjemahan
