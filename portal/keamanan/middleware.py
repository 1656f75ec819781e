"""Content-Security-Policy per audience. Everything anonymous visitors get, the admin's login
and password pages included, is under the strict policy of settings.CONTENT_SECURITY_POLICY;
signed-in users in the Wagtail admin get PORTAL_CSP_ADMIN, because its editor still runs inline
scripts and styles (NOTES.md; tests/keamanan/test_peramban_csp.py shows which pages need it).
The page cache stores the finished response, so cached hits carry the header too."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse


class CSPPortalMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        bagian = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and bagian.config is None and self._staf_di_admin(request):
            bagian.config = settings.PORTAL_CSP_ADMIN["DIRECTIVES"]
        return bagian

    @staticmethod
    def _staf_di_admin(request):
        # Cached page hits never reach the authentication middleware: no user, public policy.
        pengguna = getattr(request, "user", None)
        return (
            pengguna is not None
            and pengguna.is_authenticated
            and request.path_info.startswith(reverse("wagtailadmin_home"))
        )
