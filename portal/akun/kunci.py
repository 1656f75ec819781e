"""The page django-axes answers with once an account is locked (AXES_LOCKOUT_CALLABLE): the
admin login layout with an Indonesian explanation, HTTP 429, and no login form."""

from django.conf import settings
from django.template.response import TemplateResponse


def respons_terkunci(request, original_response=None, credentials=None):
    menit = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return TemplateResponse(
        request,
        "akun/terkunci.html",
        {"menit": menit, "batas": settings.AXES_FAILURE_LIMIT},
        status=429,
    ).render()
