"""The admin API without its write actions.

Wagtail's admin API (/admin/api/main/pages/) serves the explorer and the choosers, which only
read. It also answers POSTs at …/pages/<id>/action/<name>/ (publish, unpublish, delete, copy,
create_alias, move, copy_for_translation, convert_alias, revert_to_page_revision) that run
Wagtail's actions directly, past PortalPage.publish() and the portal's hooks: an administrator
published outside working hours there, and a Petugas or an Editor deleted an item under review.
Wagtail's admin screens never call these actions, so the portal leaves them out: every action
answers 404 (tests/akses/test_advisori_wagtail.py). Delete this module if the portal ever needs
them, once each goes through the SOP's rules.
"""

from wagtail import hooks
from wagtail.admin.api.views import PagesAdminAPIViewSet


class HalamanAdminAPIViewSet(PagesAdminAPIViewSet):
    actions = {}


@hooks.register("construct_admin_api")
def api_admin_tanpa_aksi_tulis(router):
    router.register_endpoint("pages", HalamanAdminAPIViewSet)
