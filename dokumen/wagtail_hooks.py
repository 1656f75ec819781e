from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from dokumen.models import (
    BULAN_BATAS_BERKALA,
    DokumenIndexPage,
    DokumenPage,
    JenisDokumen,
    dokumen_berkala_usang,
)
from portal.core.pintasan import HOOK_PINTASAN, pintasan_halaman_baru
from portal.keamanan.berkas import boleh_diunduh

# The dashboard lists this many stale documents; the count says how many there are in all.
PANEL_BERKALA_MAKSIMUM = 10


class JenisDokumenViewSet(SnippetViewSet):
    model = JenisDokumen
    icon = "doc-full"
    menu_label = _("Jenis dokumen")
    list_display = ["singkatan", "nama"]
    # No `search_fields`: the model's index holds both (see OPDViewSet in portal/core).


register_snippet(JenisDokumenViewSet)


class BerkalaUsangPanel(Component):
    """Periodic (berkala) documents not updated for six months, oldest first (editors)."""

    name = "dokumen_berkala_usang"
    order = 120
    template_name = "dokumen/admin/panel_berkala_usang.html"

    def __init__(self, dokumen, jumlah):
        self.dokumen = dokumen
        self.jumlah = jumlah

    def get_context_data(self, parent_context):
        return {
            "dokumen_list": self.dokumen,
            "jumlah": self.jumlah,
            "bulan": BULAN_BATAS_BERKALA,
        }


def boleh_memperbarui_dokumen(user):
    """Editors and administrators: whoever may edit any page under a document index."""
    return any(
        indeks.permissions_for_user(user).can_edit() for indeks in DokumenIndexPage.objects.all()
    )


@hooks.register("construct_homepage_panels")
def panel_berkala_usang(request, panels):
    if not boleh_memperbarui_dokumen(request.user):
        return
    usang = dokumen_berkala_usang()
    jumlah = usang.count()
    if jumlah:
        panels.append(BerkalaUsangPanel(list(usang[:PANEL_BERKALA_MAKSIMUM]), jumlah))


@hooks.register("before_serve_document")
def tolak_berkas_halaman_tertutup(dokumen, request):
    """A file of a page the public cannot see answers 404, as if it did not exist."""
    if not boleh_diunduh(dokumen, request):
        raise Http404


@hooks.register(HOOK_PINTASAN)
def pintasan_unggah_dokumen(request):
    return pintasan_halaman_baru(
        request, _("Unggah dokumen"), [DokumenPage], ikon="upload", urutan=20
    )
