"""The admin API without its write actions.

Wagtail's admin API (/admin/api/main/pages/) serves the explorer and the choosers, which only
read. It also answers POSTs at …/pages/<id>/action/<name>/ (publish, unpublish, delete, copy,
create_alias, move, copy_for_translation, convert_alias, revert_to_page_revision) that run
Wagtail's actions directly, past PortalPage.publish() and the portal's hooks: an administrator
published outside working hours there, and a Petugas or an Editor deleted an item under review.
Wagtail's admin screens never call these actions, so the portal leaves them out: every action
answers 404 (tests/akses/test_advisori_wagtail.py). Delete this module if the portal ever needs
them, once each goes through the SOP's rules.

Its image and document endpoints listed every image and document, private collections
included, to anyone in the admin (the class of GHSA-p5gm-92h4-6pv6): here they list only what
the user may choose, as the choosers themselves do.
"""

from wagtail import hooks
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.permissions import policy_registry


class HalamanAdminAPIViewSet(PagesAdminAPIViewSet):
    actions = {}


class _HanyaYangBolehDipilih:
    """An admin API endpoint of media that lists only what the user may choose."""

    def get_queryset(self):
        izin = policy_registry.get_by_type(self.model)
        boleh = izin.instances_user_has_permission_for(self.request.user, "choose")
        return super().get_queryset().filter(pk__in=boleh.values("pk"))


class GambarAdminAPIViewSet(_HanyaYangBolehDipilih, ImagesAdminAPIViewSet):
    pass


class BerkasAdminAPIViewSet(_HanyaYangBolehDipilih, DocumentsAdminAPIViewSet):
    pass


# After Wagtail's own registrations of these names (hooks run in ascending order).
@hooks.register("construct_admin_api", order=100)
def api_admin_tanpa_aksi_tulis(router):
    router.register_endpoint("pages", HalamanAdminAPIViewSet)
    router.register_endpoint("images", GambarAdminAPIViewSet)
    router.register_endpoint("documents", BerkasAdminAPIViewSet)
