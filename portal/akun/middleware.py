"""Until an account that needs a TOTP code has given one in this session, the admin (every
URL under it: pages, the admin API, choosers, previews) sends it to the code page, or to the
enrolment page when it has no device yet. Outside the admin the same session counts as not
signed in, so pages and documents restricted to logged-in users stay closed too.

Goes after django_otp.middleware.OTPMiddleware, which gives `request.user.is_verified()`.
"""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.urls import Resolver404, resolve, reverse

from portal.akun.otp import punya_perangkat, wajib_otp

# What an unverified account may still open: signing in and out, the password reset, the
# sprite and translation catalogue the login layout loads, and the two OTP pages.
BEBAS_VERIFIKASI = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "akun_otp_kode",
    "akun_otp_daftar",
}


class VerifikasiOTPMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Without a session cookie nobody is signed in: the public site's anonymous requests
        # skip the lookups (and do not touch the session).
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            tolak = self._periksa(request)
            if tolak is not None:
                return tolak
        return self.get_response(request)

    def _periksa(self, request):
        user = request.user
        if not user.is_authenticated or user.is_verified() or not wajib_otp(user):
            return None
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            request.user = AnonymousUser()
            return None
        try:
            nama = resolve(request.path_info).url_name
        except Resolver404:
            nama = None
        if nama in BEBAS_VERIFIKASI:
            return None
        halaman = "akun_otp_kode" if punya_perangkat(user) else "akun_otp_daftar"
        return redirect_to_login(request.get_full_path(), login_url=reverse(halaman))
