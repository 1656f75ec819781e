"""Search results as the paginator reads them: specific pages, one query per result page.

Wagtail's `specific()` reads every page type apart (a result page showing berita, dokumen and
galleries cost four queries, and more as the mix grows); here the page rows come joined to the
tables of their types in one query, whatever the mix.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page


def halaman_spesifik(baris):
    """The specific pages of [(pk, content_type_id)], in that order, in one query."""
    if not baris:
        return []
    model = {ct: ContentType.objects.get_for_id(ct).model_class() for _pk, ct in baris}
    akses = {
        ct: m._meta.get_ancestor_link(Page).remote_field.get_accessor_name()
        for ct, m in model.items()
    }
    halaman = Page.objects.filter(pk__in=[pk for pk, _ct in baris]).select_related(
        *set(akses.values())
    )
    per_pk = {page.pk: getattr(page, akses[page.content_type_id]) for page in halaman}
    return [per_pk[pk] for pk, _ct in baris if pk in per_pk]


class UrutanHalaman:
    """A sequence of specific pages for Django's Paginator (`count()`, `len()`, slices),
    built from `_pasangan(irisan)`: the [(pk, content_type_id)] of a slice."""

    def __len__(self):
        return self.count()

    def __iter__(self):
        return iter(self[:])

    def __getitem__(self, irisan):
        if isinstance(irisan, int):
            return self[irisan : irisan + 1][0]
        return halaman_spesifik(self._pasangan(irisan))


class HasilSpesifik(UrutanHalaman):
    """Wagtail search results (of a Page queryset) as specific pages."""

    def __init__(self, hasil):
        self.hasil = hasil

    def count(self):
        return self.hasil.count()

    def _pasangan(self, irisan):
        return [(p.pk, p.content_type_id) for p in self.hasil[irisan]]
