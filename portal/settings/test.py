"""Test runs: fast hashing, mail kept in memory, media in a throwaway folder."""

import tempfile

from .dev import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Hundreds of tests sign in with force_login; tests/akun switch OTP on (settings fixture).
PORTAL_OTP_WAJIB = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-test-media-")
# The address setup_portal gives the default Site (the suite's absolute URLs read
# http://localhost/…; tests/situs checks a production address).
WAGTAILADMIN_BASE_URL = "http://localhost"
STATIC_ROOT = tempfile.mkdtemp(prefix="portal-test-static-")
WHITENOISE_USE_FINDERS = True
