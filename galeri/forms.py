from django.utils.translation import gettext_lazy as _

from portal.core.forms import InlineWajibPageForm


class GaleriFotoPageForm(InlineWajibPageForm):
    inline_wajib = {"foto": _("Galeri foto wajib memuat minimal satu foto.")}


class GaleriVideoPageForm(InlineWajibPageForm):
    inline_wajib = {"video": _("Galeri video wajib memuat minimal satu video.")}
