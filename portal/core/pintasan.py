"""Dashboard shortcuts ("Mulai bekerja"): a petugas starts work from the dashboard.

`portal.core` knows no content area (DESIGN §8): each area contributes its own shortcut from
its `wagtail_hooks.py` through the hook `register_pintasan_dasbor` (`HOOK_PINTASAN`). A hook
function takes the request and returns a `Pintasan`, or None when the user may not use it:

    @hooks.register(HOOK_PINTASAN)
    def pintasan_berita(request):
        return pintasan_halaman_baru(request, _("Tulis berita"), [BeritaPage], ikon="edit")

`pintasan_halaman_baru` links to Wagtail's create view of the page type under its index page
(`wagtailadmin_pages:add`), found from the page type's own `parent_page_types`, in the request's
site and the admin's language (else the site's own language), and only where the user may add
that type. The panel lists the shortcuts in `urutan` order and is left out when there are none
(the Pejabat, who filters and does not write, sees none).

The panel is registered below with `construct_homepage_panels` (imported for that by
portal/core/wagtail_hooks.py; the areas import it for `HOOK_PINTASAN`).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Site

from portal.core.bahasa import locale_aktif

HOOK_PINTASAN = "register_pintasan_dasbor"


@dataclass(frozen=True)
class Tautan:
    label: str
    url: str


@dataclass(frozen=True)
class Pintasan:
    """One shortcut: a button that links to its one `tautan`, or opens a choice of several."""

    label: str
    tautan: tuple[Tautan, ...]
    ikon: str = "plus"
    urutan: int = 100

    @property
    def pilihan(self):
        return len(self.tautan) > 1


def beranda_kerja(request):
    """The home pages new material may go under, preferred first: the one of the admin's
    language (when the site has it), then the site's own."""
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return []
    beranda = site.root_page
    locale = locale_aktif()
    kandidat = []
    if locale is not None and beranda.locale_id != locale.pk:
        terjemahan = beranda.get_translation_or_none(locale)
        if terjemahan is not None:
            kandidat.append(terjemahan)
    kandidat.append(beranda)
    return kandidat


def boleh_membuat_di(user, induk, model):
    """What Wagtail's create view checks: the user may add below `induk`, and `model` may be
    created there."""
    return (
        induk.permissions_for_user(user).can_add_subpage()
        and model in type(induk).creatable_subpage_models()
        and model.can_create_at(induk)
    )


def induk_untuk(request, model):
    """Where the dashboard creates a `model` page: the first page of one of its allowed parent
    types under the preferred home page (see `beranda_kerja`) where the user may create it, or
    None."""
    jenis_induk = [m for m in model.allowed_parent_page_models() if m is not Page]
    for beranda in beranda_kerja(request):
        for jenis in jenis_induk:
            for induk in (
                jenis.objects.descendant_of(beranda)
                .filter(locale_id=beranda.locale_id)
                .order_by("path")
            ):
                if boleh_membuat_di(request.user, induk, model):
                    return induk
    return None


def url_buat(model, induk):
    return reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, induk.pk]
    )


def pintasan_halaman_baru(
    request,
    label,
    jenis: Sequence[type[Page] | tuple[type[Page], str]],
    ikon="plus",
    urutan=100,
):
    """A shortcut to the create view of each page type of `jenis` (a model, or a model with
    the label of its choice when there are several) the user may create; None when there is
    none. With one type the button itself links to its create view."""
    tautan = []
    for entri in jenis:
        model, label_pilihan = entri if isinstance(entri, tuple) else (entri, label)
        induk = induk_untuk(request, model)
        if induk is not None:
            tautan.append(Tautan(label=label_pilihan, url=url_buat(model, induk)))
    if not tautan:
        return None
    if len(tautan) == 1:
        tautan = [Tautan(label=label, url=tautan[0].url)]
    return Pintasan(label=label, tautan=tuple(tautan), ikon=ikon, urutan=urutan)


def kumpulkan_pintasan(request):
    """The shortcuts the areas offer this user, in `urutan` order (then by label)."""
    hasil = []
    for fungsi in hooks.get_hooks(HOOK_PINTASAN):
        jawaban = fungsi(request)
        if jawaban is None:
            continue
        if isinstance(jawaban, Pintasan):
            hasil.append(jawaban)
        elif isinstance(jawaban, Iterable):
            hasil.extend(p for p in jawaban if p is not None)
    return sorted(hasil, key=lambda p: (p.urutan, str(p.label)))


class PintasanDasborPanel(Component):
    """ "Mulai bekerja": the shortcuts, above the moderation panels."""

    name = "pintasan_dasbor"
    order = 50
    template_name = "core/admin/pintasan_dasbor.html"

    def __init__(self, pintasan):
        self.pintasan = pintasan

    def get_context_data(self, parent_context):
        return {"pintasan": self.pintasan}


@hooks.register("construct_homepage_panels")
def panel_pintasan_dasbor(request, panels):
    pintasan = kumpulkan_pintasan(request)
    if pintasan:
        panels.append(PintasanDasborPanel(pintasan))
