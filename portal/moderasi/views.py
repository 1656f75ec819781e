from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

from portal.moderasi.aturan import boleh_melihat_riwayat
from portal.moderasi.mutu import mutu_item
from portal.moderasi.selectors import riwayat_sop


def riwayat(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not boleh_melihat_riwayat(page, request.user):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "moderasi/riwayat_sop.html",
        {
            "page": page,
            "riwayat": riwayat_sop(page),
            "mutu": mutu_item(page),
            "header_title": _("Riwayat SOP: %(judul)s") % {"judul": page.get_admin_display_title()},
        },
    )
