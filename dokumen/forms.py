from django.utils.translation import gettext_lazy as _

from portal.core.forms import InlineWajibPageForm


class DokumenPageForm(InlineWajibPageForm):
    inline_wajib = {"lampiran": _("Dokumen wajib memiliki minimal satu berkas lampiran.")}
