"""Compressed HTML for anonymous visitors (citizens on slow phones): Django's GZipMiddleware,
applied only where compression cannot leak a secret.

BREACH: a compressed response that reflects attacker input next to a secret (a CSRF token, a
signed-in user's data) lets the secret be guessed from the sizes. So a response is compressed
only when the request is anonymous (no session cookie, no signed-in user) and the response sets
no cookie (CsrfViewMiddleware sets its cookie whenever a CSRF token was rendered); the admin,
its login form and the page password form stay uncompressed. It sits just inside the page
cache, so a cached page is stored compressed (the cache key tells gzip clients from the
others).
"""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware

# Text worth compressing; images, video and documents are compressed already (or are files
# WhiteNoise serves with their own precompressed copies).
JENIS_TEKS = ("text/", "application/json", "application/xml", "application/rss+xml")
JENIS_TEKS += ("application/atom+xml", "application/ld+json", "application/javascript")


def boleh_dikompresi(request, response):
    if not response.get("Content-Type", "").startswith(JENIS_TEKS):
        return False
    if response.cookies:
        # A CSRF token was rendered (CsrfViewMiddleware sets its cookie whenever one was), or
        # a session began: the page holds something of this visitor's.
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


class KompresiPublikMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if not boleh_dikompresi(request, response):
            return response
        return super().process_response(request, response)
