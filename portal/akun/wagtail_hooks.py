from django.urls import path
from wagtail import hooks

from portal.akun import views


@hooks.register("register_admin_urls")
def url_otp():
    # Wagtail wraps these in require_admin_access: only signed-in admin users reach them.
    # A Petugas opts in to OTP by opening the enrolment page (README, "Admin accounts").
    return [
        path("akun/otp/", views.KodeOTPView.as_view(), name="akun_otp_kode"),
        path("akun/otp/daftar/", views.DaftarOTPView.as_view(), name="akun_otp_daftar"),
    ]
