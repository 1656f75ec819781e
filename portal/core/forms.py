from datetime import datetime

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm


class PortalPageForm(WagtailAdminPageForm):
    """The admin form of every portal page.

    Fields whose model default is callable (`waktu_liputan`, `tanggal`) make Django compare the
    posted value with a hidden "initial" input that Wagtail's editor does not render, so the
    form always looked changed: a workflow action from the editor then saved a revision in the
    actor's name, and separation of duties refused the editor's own approval.

    The same holds for seconds: the admin's date-time picker shows minutes, so a stored value
    with seconds (a default of "now", a script) is compared, and saved, at the minute shown.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.show_hidden_initial = False
        for nama, nilai in self.initial.items():
            if isinstance(nilai, datetime) and (nilai.second or nilai.microsecond):
                self.initial[nama] = nilai.replace(second=0, microsecond=0)


class InlineWajibPageForm(PortalPageForm):
    """A page form that requires at least one item in some inline panels, with a message in
    the portal's words (Django's own min_num message speaks of "forms")."""

    inline_wajib = {}  # inline relation name → message when it is left empty

    def clean(self):
        cleaned_data = super().clean()
        for nama, pesan in self.inline_wajib.items():
            formset = self.formsets.get(nama)
            # ClusterForm validates the formsets after clean(); is_valid() is cached.
            if formset is None or not formset.is_valid():
                continue
            # Rows saved earlier count though unchanged; a blank extra row does not.
            tersisa = [
                form
                for i, form in enumerate(formset.forms)
                if (i < formset.initial_form_count() or form.has_changed())
                and not form.cleaned_data.get("DELETE")
            ]
            if not tersisa:
                self.add_error(None, pesan)
        return cleaned_data


class FilterDaftar(forms.Form):
    """The filters of a public listing, all in the URL. A value that is not one of the choices
    is dropped and the listing shown without it: a citizen's typo never gives an error page.
    `saringan` maps each filter to its queryset lookup."""

    saringan = {}

    def __init__(self, data):
        # Only the filter keys: other parameters (page) are not the form's business.
        super().__init__({k: data.get(k) for k in self.base_fields if data.get(k)})

    @property
    def nilai(self):
        """The valid filter values, the invalid ones left out."""
        self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if v not in (None, "")}

    @property
    def aktif(self):
        return bool(self.nilai)

    @property
    def ada_yang_diabaikan(self):
        return self.is_bound and bool(self.errors)

    def terapkan(self, daftar):
        return daftar.filter(**{self.saringan[k]: v for k, v in self.nilai.items()})
