"""The second step of the admin login: the code page, and the enrolment page for an account
that has no authenticator yet (secret and QR code, confirmed by one code)."""

import segno
from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView
from django_otp import devices_for_user
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.akun.forms import KodeOTPForm
from portal.akun.otp import punya_perangkat, rahasia_base32


@method_decorator([never_cache, sensitive_post_parameters()], name="dispatch")
class _LangkahOTP(FormView):
    form_class = KodeOTPForm

    def tujuan(self):
        tujuan = self.request.POST.get(REDIRECT_FIELD_NAME) or self.request.GET.get(
            REDIRECT_FIELD_NAME, ""
        )
        aman = url_has_allowed_host_and_scheme(
            tujuan, allowed_hosts={self.request.get_host()}, require_https=self.request.is_secure()
        )
        return tujuan if aman else reverse("wagtailadmin_home")

    def get_success_url(self):
        return self.tujuan()

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=self.tujuan(), **kwargs)

    def form_valid(self, form):
        otp_login(self.request, form.perangkat_cocok)
        return super().form_valid(form)


class KodeOTPView(_LangkahOTP):
    template_name = "akun/kode_otp.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_verified():
            return redirect(self.tujuan())
        if not punya_perangkat(request.user):
            return redirect(f"{reverse('akun_otp_daftar')}?{request.GET.urlencode()}")
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return super().get_form_kwargs() | {
            "user": self.request.user,
            "perangkat": list(devices_for_user(self.request.user, confirmed=True)),
        }


class DaftarOTPView(_LangkahOTP):
    template_name = "akun/daftar_otp.html"

    def dispatch(self, request, *args, **kwargs):
        # Enrolling a second device would let whoever holds only the password replace the
        # owner's authenticator: an account with a device must give its code first.
        if punya_perangkat(request.user):
            return redirect(f"{reverse('akun_otp_kode')}?{request.GET.urlencode()}")
        # The same pending secret across reloads, so a code scanned a minute ago still works.
        self.perangkat, _baru = TOTPDevice.objects.get_or_create(
            user=request.user, confirmed=False, defaults={"name": "Autentikator"}
        )
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return super().get_form_kwargs() | {
            "user": self.request.user,
            "perangkat": [self.perangkat],
        }

    def get_context_data(self, **kwargs):
        alamat = self.perangkat.config_url
        # Inline SVG drawn by segno from our own otpauth URI: no script, no external request.
        qr = segno.make(alamat, error="m").svg_inline(scale=5, title="Kode QR autentikator")
        return super().get_context_data(
            qr_svg=mark_safe(qr),  # noqa: S308  # nosec B308 B703  # SVG drawn by segno from our own otpauth URI, no user input
            rahasia=rahasia_base32(self.perangkat.key),
            penerbit=settings.OTP_TOTP_ISSUER,
            **kwargs,
        )

    def form_valid(self, form):
        self.perangkat.confirmed = True
        self.perangkat.save(update_fields=["confirmed"])
        return super().form_valid(form)
