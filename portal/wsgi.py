import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
django.setup(set_prefix=False)

# Django's handler, answering the hottest cached pages before its request cycle.
from portal.core.cache_halaman import WSGIHandlerPortal  # noqa: E402

application = WSGIHandlerPortal()
