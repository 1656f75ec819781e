"""Test runs: fast hashing, mail kept in memory, media in a throwaway folder."""

import tempfile

from .dev import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Hundreds of tests sign in with force_login; tests/akun switch OTP on (settings fixture).
PORTAL_OTP_WAJIB = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-test-media-")
STATIC_ROOT = tempfile.mkdtemp(prefix="portal-test-static-")
WHITENOISE_USE_FINDERS = True
