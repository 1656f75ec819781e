from wagtail.admin.forms import WagtailAdminPageForm


class InlineWajibPageForm(WagtailAdminPageForm):
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
            tersisa = [
                form
                for form in formset.forms
                if form.has_changed() and not form.cleaned_data.get("DELETE")
            ]
            if not tersisa:
                self.add_error(None, pesan)
        return cleaned_data
