from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class DokumenPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        lampiran = self.formsets.get("lampiran")
        if lampiran is not None:
            tersisa = [
                data
                for data in (getattr(form, "cleaned_data", {}) for form in lampiran.forms)
                if data.get("dokumen") and not data.get("DELETE")
            ]
            if not tersisa:
                self.add_error(None, _("Dokumen wajib memiliki minimal satu berkas lampiran."))
        return cleaned_data
