"""Local development: the default of manage.py. Debug on, mail printed to the console."""

from .base import *  # noqa: F403
from .base import SECRET_KEY, env_list

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Serve static files straight from the source folders; no collectstatic in development.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
