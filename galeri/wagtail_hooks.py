from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from galeri.models import GaleriFotoPage, GaleriVideoPage
from portal.core.pintasan import HOOK_PINTASAN, pintasan_halaman_baru


@hooks.register(HOOK_PINTASAN)
def pintasan_buat_galeri(request):
    """One button, two kinds of gallery: the petugas picks photo or video."""
    return pintasan_halaman_baru(
        request,
        _("Buat galeri"),
        [(GaleriFotoPage, _("Galeri foto")), (GaleriVideoPage, _("Galeri video"))],
        ikon="image",
        urutan=30,
    )
