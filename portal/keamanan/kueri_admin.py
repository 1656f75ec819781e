"""Search queries in the admin cut to PANJANG_KUERI_ADMIN characters.

Every search box of the Wagtail admin (pages, images, documents, snippets, users, choosers)
hands `?q=` to modelsearch, which compiles one nested node per word: a query of a few hundred
words exceeds Python's recursion limit and the listing answers 500, on SQLite and PostgreSQL
alike (tests/akses/test_advisori_wagtail.py). 200 characters hold at most 100 words, well
within the limit, and more than any real search. Delete when modelsearch compiles long
queries without recursion.
"""

from django.urls import reverse

PANJANG_KUERI_ADMIN = 200


class KueriAdminTerbatasMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        kueri = request.GET.get("q", "")
        if len(kueri) > PANJANG_KUERI_ADMIN and request.path_info.startswith(
            reverse("wagtailadmin_home")
        ):
            get = request.GET.copy()
            get["q"] = kueri[:PANJANG_KUERI_ADMIN]
            request.GET = get
        return self.get_response(request)
