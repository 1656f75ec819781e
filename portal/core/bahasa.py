"""The portal in two languages: which page is the translation of which, for the language
switcher, the hreflang alternates of the head and the sitemap, and the translated skeleton.

Indonesian is the source language (at /…), English the translation (at /en/…); editors make
translations in the admin with wagtail-localize, which creates pages in the English tree.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import GroupPagePermission, Locale, Page, Site, WorkflowPage

from portal.core.cache_halaman import halaman_publik, leluhur_halaman, per_generasi
from portal.moderasi.jadwal_tayang import publikasi_segera


@dataclass(frozen=True)
class TautanBahasa:
    """One entry of the language switcher."""

    kode: str  # language code: "id", "en"
    nama: str  # the language's name in that language
    url: str
    aktif: bool  # the language being read
    # The URL is this page's translation (False: the nearest section, else the home page,
    # that exists in that language; the switcher says the page is not available there).
    terjemahan: bool


def kode_bahasa():
    return [kode for kode, _nama in settings.WAGTAIL_CONTENT_LANGUAGES]


def _locale_per_kode():
    return per_generasi(
        "locale_per_kode", lambda: {loc.language_code: loc for loc in Locale.objects.all()}
    )


def locale_aktif():
    """The Locale of the active language (Wagtail's `Locale.get_active`, without a query per
    call), or the default one."""
    per_kode = _locale_per_kode()
    locale = per_kode.get(get_language()) or per_kode.get(settings.LANGUAGE_CODE)
    return locale or Locale.get_active()


def kode_locale(locale_id):
    """The language code of a Locale id, read once per generation."""
    for kode, locale in _locale_per_kode().items():
        if locale.pk == locale_id:
            return kode
    return Locale.objects.get(pk=locale_id).language_code


def terjemahan_tayang(page):
    """{language code: page} of the live, public versions of `page` in every language,
    itself included. Kept on the page object: the switcher and the head both ask."""
    if page is None or not getattr(page, "pk", None):
        return {}
    if not hasattr(page, "_portal_terjemahan"):
        halaman = halaman_publik(
            Page.objects.live().filter(translation_key=page.translation_key)
        ).select_related("locale")
        page._portal_terjemahan = {p.locale.language_code: p for p in halaman}
    return page._portal_terjemahan


def beranda_per_bahasa(site):
    """{language code: home page} of the site's live home pages in every language."""
    if site is None:
        return {}
    return per_generasi(("beranda_per_bahasa", site.pk), lambda: terjemahan_tayang(site.root_page))


def _leluhur_terjemahan(page, kode):
    """The nearest ancestor of `page` below the home page that is live in language `kode`
    (a berita without English version leads to the English news index), or None."""
    for leluhur in reversed(leluhur_halaman(page)):
        if leluhur.depth > 2 and (tujuan := terjemahan_tayang(leluhur).get(kode)) is not None:
            return tujuan
    return None


def tautan_bahasa(page, request, bahasa_aktif):
    """The language switcher: for every content language, the page's live translation, else
    the nearest section live in that language, else that language's home page; a language
    with none is left out. `bahasa_aktif` is the language being read."""
    site = Site.find_for_request(request) if request is not None else None
    terjemahan = terjemahan_tayang(page)
    beranda = beranda_per_bahasa(site)
    tautan = []
    for kode, nama in settings.WAGTAIL_CONTENT_LANGUAGES:
        tujuan = terjemahan.get(kode)
        ada = tujuan is not None
        if tujuan is None:
            tujuan = _leluhur_terjemahan(page, kode) or beranda.get(kode)
        url = tujuan.get_url(request) if tujuan is not None else None
        if not url:  # nothing live in that language yet: no link to a page that is not there
            continue
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
    """Make the home page and its section indexes exist, live, in another language (the demo
    does; in production editors translate them with wagtail-localize). Idempotent. The
    workflow and permissions come with each page through `warisi_aturan_sumber`."""
    locale, _dibuat = Locale.objects.get_or_create(language_code=kode_bahasa_tujuan)
    with publikasi_segera():
        beranda_lain = _terjemahan_tayang_dari(beranda, locale)
        for bagian in beranda.get_children().specific():
            _terjemahan_tayang_dari(bagian, locale)
    return beranda_lain


def warisi_aturan_sumber(terjemahan):
    """A translation is governed like its source page: the same SOP workflow assignment and
    the same group page permissions. wagtail-localize (and Wagtail's `copy_for_translation`)
    copy neither, and the English home page is a sibling of the Indonesian one, not below it:
    without this its pages would have no workflow and no petugas could work on them."""
    sumber = (
        Page.objects.filter(translation_key=terjemahan.translation_key, locale=Locale.get_default())
        .exclude(pk=terjemahan.pk)
        .first()
    )
    if sumber is None:
        return
    alur = WorkflowPage.objects.filter(page=sumber).first()
    if alur is not None:
        WorkflowPage.objects.get_or_create(page=terjemahan, defaults={"workflow": alur.workflow})
    for grup_id, izin_id in GroupPagePermission.objects.filter(page=sumber).values_list(
        "group_id", "permission_id"
    ):
        GroupPagePermission.objects.get_or_create(
            group_id=grup_id, page=terjemahan, permission_id=izin_id
        )


def _terjemahan_dibuat(sender, instance, created=False, raw=False, **kwargs):
    if created and not raw and isinstance(instance, Page):
        if instance.locale_id != Locale.get_default().pk:
            warisi_aturan_sumber(instance)


def daftarkan_penerima():
    """Connect `warisi_aturan_sumber` to every new page (called from CoreConfig.ready)."""
    from django.db.models.signals import post_save

    post_save.connect(_terjemahan_dibuat, dispatch_uid="portal.bahasa.terjemahan_dibuat")


def _terjemahan_tayang_dari(page, locale):
    terjemahan = page.get_translation_or_none(locale)
    if terjemahan is None:
        terjemahan = page.copy_for_translation(locale)
    terjemahan = terjemahan.specific
    if not terjemahan.live:
        terjemahan.save_revision().publish()
        terjemahan.refresh_from_db()
    return terjemahan
