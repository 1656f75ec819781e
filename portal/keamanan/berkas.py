"""Who may download a Wagtail document. Wagtail's serve view checks only the privacy of its
collection; a file that belongs to a page the public cannot see (a draft, rejected or scheduled
dokumen, a page behind a view restriction, a draft's new attachment) must stay out of its reach
too."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from wagtail.models import Page, ReferenceIndex


def boleh_diunduh(dokumen, request):
    """Anyone who may enter the admin downloads every document (previews of drafts keep
    working). The public downloads a document that the live version of a public page uses, or
    one that no page uses at all, in any version (then only Wagtail's collection privacy
    governs it). The cheap check comes first: it answers every link on the public site."""
    if request.user.has_perm("wagtailadmin.access_admin"):
        return True
    pemakai = _pemakai_menurut_indeks(dokumen)
    # A live page with unpublished changes may be indexed from its draft: read apart below.
    if pemakai.live().public().filter(has_unpublished_changes=False).exists():
        return True
    tayang_berubah = Page.objects.live().filter(has_unpublished_changes=True).specific()
    versi_tayang = [page for page in tayang_berubah if _memakai(page, dokumen)]
    if any(not page.get_view_restrictions().exists() for page in versi_tayang):
        return True
    if versi_tayang or pemakai.exists():
        return False
    draf = Page.objects.filter(has_unpublished_changes=True).exclude(latest_revision=None)
    return not any(
        _memakai(page.get_latest_revision_as_object(), dokumen) for page in draf.specific()
    )


def _pemakai_menurut_indeks(dokumen):
    ids = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        to_content_type=ContentType.objects.get_for_model(dokumen),
        to_object_id=str(dokumen.pk),
    ).values("object_id")
    return Page.objects.annotate(pk_teks=Cast("pk", output_field=CharField())).filter(
        pk_teks__in=ids
    )


def _memakai(page, dokumen):
    """Whether this version of `page` (fields, child rows, StreamField blocks) uses `dokumen`."""
    ct = ContentType.objects.get_for_model(dokumen).pk
    return any(
        ct_id == ct and str(obj_id) == str(dokumen.pk)
        for ct_id, obj_id, *_lain in ReferenceIndex._extract_references_from_object(page)
    )
