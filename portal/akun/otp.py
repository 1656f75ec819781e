"""Who must pass the second step (a TOTP code) before using the admin.

Chosen after trying both candidates on Wagtail 8.0.1: wagtail-2fa 1.8.0 does not even import
(`from wagtail.users.widgets import UserListingButton`: that module is gone in Wagtail 8), so
the portal uses django-otp (maintained, framework-level) with its own two admin views
(`views.py`) and a middleware (`middleware.py`).

Editors and Pejabat publish or decide what is published, administrators manage accounts: they
must. Petugas only write drafts that go through the SOP workflow, so for them it is optional:
once a Petugas enrols a device (Akun → Kode sekali pakai), it is required for that account too.
"""

from base64 import b32encode

from django.conf import settings
from django_otp import user_has_device

from portal.moderasi.peran import GRUP_EDITOR, GRUP_PEJABAT

GRUP_WAJIB_OTP = (GRUP_EDITOR, GRUP_PEJABAT)


def peran_wajib_otp(user):
    """Whether the account's role requires OTP (superuser, Editor or Pejabat)."""
    return user.is_superuser or user.groups.filter(name__in=GRUP_WAJIB_OTP).exists()


def wajib_otp(user):
    """Whether `user` must verify a TOTP code in this session before using the admin."""
    if not settings.PORTAL_OTP_WAJIB or not user.is_authenticated:
        return False
    return peran_wajib_otp(user) or user_has_device(user, confirmed=True)


def punya_perangkat(user):
    return user_has_device(user, confirmed=True)


def rahasia_base32(kunci_hex):
    """A TOTP secret (django-otp stores hex) as authenticator apps take it when typed by hand:
    base32, in groups of four."""
    teks = b32encode(bytes.fromhex(kunci_hex)).decode()
    return " ".join(teks[i : i + 4] for i in range(0, len(teks), 4))
