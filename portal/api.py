"""The open-data API: Wagtail's read-only API v2 at /api/v2/ (pages, images, documents).

Only live, public content of the portal's site (both languages) is exposed:
- pages: berita, dokumen (with their register metadata and file URLs), photo and video
  galleries, plus the home page and the section indexes so `child_of`/`descendant_of` work;
  never drafts, scheduled or rejected items (none of them is live), pages behind a view
  restriction, or exempt (dikecualikan) documents;
- images and documents: only those a live, public page uses (a lead image, a gallery photo,
  a dokumen attachment, an image or file in a berita's body), or the site logo; never files
  uploaded for a draft, nor files in a restricted collection.

The API only reads: its endpoints answer GET (and HEAD/OPTIONS); nothing here can write, so
nothing bypasses the SOP workflow. Wagtail 8's API v3 (which publishes) is not installed.
This module knows no content area: the page types it lists, their fields (Wagtail's
`api_fields`, serializers in portal/core/api_fields.py and the areas' api.py) and the pages no
listing may show all come from the page types themselves (the protocol of PortalPage).
Documented in README.md ("API data terbuka").
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import CharField, IntegerField
from django.db.models.functions import Cast
from rest_framework.permissions import AllowAny
from wagtail.api.querysets import get_public_pages_queryset
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, ReferenceIndex

from portal.core.bentuk_dasar import kata
from portal.core.models import (
    PengaturanSitus,
    tanpa_yang_tidak_dicantumkan,
    tipe_halaman_dengan,
)


def tipe_halaman_api():
    """The page types the API lists: each says so itself (`PortalPage.dicantumkan_di_api`), and
    a type never listed publicly (`selalu_tidak_dicantumkan`: search pages) is left out.
    Their fields are their own `api_fields`, which Wagtail's API reads."""
    return [
        model
        for model in tipe_halaman_dengan("dicantumkan_di_api")
        if not model.selalu_tidak_dicantumkan
    ]


# -- malformed input: 400, never 500 ----------------------------------------------------------
# Wagtail's API v2 lets some malformed parameters reach the database (found by tests/masukan):
# a NUL byte (PostgreSQL refuses it), an offset past the database's integers, a date filter that
# is no date, an unknown search_operator, and search text that SQLite's full-text syntax rejects
# (a lone quote) or that the search backends recurse on until Python gives up (a thousand
# words). Messages are in English like the rest of Wagtail's API errors.

OFFSET_MAKSIMUM = 2**31 - 1
# Words of ?search= kept: plenty for a query, far below what the backends recurse on.
KATA_CARI_MAKSIMUM = 32


class PenomoranAman(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        for nama in ("offset", "limit"):
            nilai = request.GET.get(nama, "0")
            # The length first: Python refuses int() of 4,300+ digits (ValueError, a 500).
            if (
                nilai.isascii()
                and nilai.isdigit()
                and (len(nilai) > 18 or int(nilai) > OFFSET_MAKSIMUM)
            ):
                raise BadRequestError(f"{nama} cannot be higher than {OFFSET_MAKSIMUM}")
        return super().paginate_queryset(queryset, request, view)


class SaringKolomAman(FieldsFilter):
    def filter_queryset(self, request, queryset, view):
        try:
            return super().filter_queryset(request, queryset, view)
        except ValidationError as e:
            raise BadRequestError(f"field filter error. {' '.join(e.messages)}") from e


class SaringCariAman(SearchFilter):
    """?search= as its words (the site search's tokens), at most KATA_CARI_MAKSIMUM of them."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return super().filter_queryset(request, queryset, view)
        if request.GET.get("search_operator", "and") not in ("and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        kata_kata = kata(request.GET["search"])[:KATA_CARI_MAKSIMUM]
        if not kata_kata:
            return queryset.none()
        # SearchFilter reads the query from request.GET: give it the cleaned words.
        get = request._request.GET.copy()
        get["search"] = " ".join(kata_kata)
        request._request.GET = get
        return super().filter_queryset(request, queryset, view)


def _saringan_aman(saringan):
    ganti = {FieldsFilter: SaringKolomAman, SearchFilter: SaringCariAman}
    return [ganti.get(kelas, kelas) for kelas in saringan]


# -- endpoints --------------------------------------------------------------------------------


class _HanyaBaca:
    """The same answer for everyone: no session or password authentication, no permissions;
    malformed parameters answer 400 (the section above)."""

    authentication_classes = []
    permission_classes = [AllowAny]
    pagination_class = PenomoranAman

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if any("\x00" in kunci + "".join(nilai) for kunci, nilai in request.GET.lists()):
            raise BadRequestError("query parameters cannot contain null characters")


class HalamanAPIViewSet(_HanyaBaca, PagesAPIViewSet):
    filter_backends = _saringan_aman(PagesAPIViewSet.filter_backends)

    def get_base_queryset(self):
        # Exempt documents and search pages: each page type names its own unlisted pages.
        return tanpa_yang_tidak_dicantumkan(super().get_base_queryset().type(*tipe_halaman_api()))


def id_dipakai_halaman_publik(model, request):
    """Primary keys of the `model` objects (images or documents) that a live, public page of
    the request's site uses, plus the site logo for images.

    Wagtail's reference index records what a page uses; for a live page with unpublished
    changes it records the *draft*, so those few pages are read from their live row instead."""
    halaman = get_public_pages_queryset(request)
    ct_halaman = ContentType.objects.get_for_model(Page)
    ct_tujuan = ContentType.objects.get_for_model(model)
    bersih = halaman.filter(has_unpublished_changes=False).annotate(
        pk_teks=Cast("pk", output_field=CharField())
    )
    ids = set(
        ReferenceIndex.objects.filter(
            base_content_type=ct_halaman,
            to_content_type=ct_tujuan,
            object_id__in=bersih.values("pk_teks"),
        )
        .annotate(id_tujuan=Cast("to_object_id", output_field=IntegerField()))
        .values_list("id_tujuan", flat=True)
    )
    for page in halaman.filter(has_unpublished_changes=True).specific():
        for ct_id, obj_id, *_lain in ReferenceIndex._extract_references_from_object(page):
            if ct_id == ct_tujuan.pk:
                ids.add(int(obj_id))
    if model is get_image_model():
        logo = PengaturanSitus.objects.values_list("logo_id", flat=True).first()
        if logo:
            ids.add(logo)
    return ids


class GambarAPIViewSet(_HanyaBaca, ImagesAPIViewSet):
    filter_backends = _saringan_aman(ImagesAPIViewSet.filter_backends)

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .filter(pk__in=id_dipakai_halaman_publik(self.model, self.request))
        )


class BerkasAPIViewSet(_HanyaBaca, DocumentsAPIViewSet):
    filter_backends = _saringan_aman(DocumentsAPIViewSet.filter_backends)

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .filter(pk__in=id_dipakai_halaman_publik(self.model, self.request))
        )


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", HalamanAPIViewSet)
api_router.register_endpoint("images", GambarAPIViewSet)
api_router.register_endpoint("documents", BerkasAPIViewSet)
