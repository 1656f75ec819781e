"""Production: every secret comes from the environment, and it refuses to start without them."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import (
    ALLOWED_HOSTS,
    CONTENT_SECURITY_POLICY,
    PORTAL_CSP_ADMIN,
    SECRET_KEY,
    STORAGES,
    env,
    env_bool,
    env_list,
)

DEBUG = False

if not SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY wajib diisi untuk produksi.")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS wajib diisi untuk produksi.")

if env("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"

# Hashed, compressed static files that browsers may keep for a year.
STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"

# Behind a load balancer / reverse proxy that terminates TLS and sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
USE_X_FORWARDED_HOST = env_bool("DJANGO_USE_X_FORWARDED_HOST")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(env("DJANGO_SECURE_HSTS_SECONDS", str(365 * 24 * 60 * 60)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS") or [
    f"https://{host.lstrip('.')}" for host in ALLOWED_HOSTS if host != "*"
]
X_FRAME_OPTIONS = "DENY"
# Both Content-Security-Policies (base.py) make a browser fetch any http:// reference by https.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "upgrade-insecure-requests": True}
}
PORTAL_CSP_ADMIN = {
    "DIRECTIVES": {**PORTAL_CSP_ADMIN["DIRECTIVES"], "upgrade-insecure-requests": True}
}

# Static files: collected by `manage.py collectstatic` at deploy time into STATIC_ROOT (or
# DJANGO_STATIC_ROOT), served by WhiteNoise from there.
if env("DJANGO_STATIC_ROOT"):
    STATIC_ROOT = env("DJANGO_STATIC_ROOT")
WHITENOISE_USE_FINDERS = False
WHITENOISE_AUTOREFRESH = False
