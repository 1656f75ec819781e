from django import forms
from django.utils.translation import gettext_lazy as _
from django_otp import verify_token


class KodeOTPForm(forms.Form):
    kode = forms.CharField(
        label=_("Kode dari aplikasi autentikator"),
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, *args, user, perangkat, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.perangkat = perangkat
        self.perangkat_cocok = None

    def clean_kode(self):
        kode = self.cleaned_data["kode"].replace(" ", "")
        # Each device checks and throttles the code itself (django-otp's ThrottlingMixin: a
        # growing delay after every wrong code), inside a transaction with the row locked.
        for perangkat in self.perangkat:
            cocok = verify_token(self.user, perangkat.persistent_id, kode)
            if cocok is not None:
                self.perangkat_cocok = cocok
                return kode
        raise forms.ValidationError(
            _("Kode salah atau sudah kedaluwarsa. Masukkan kode yang sedang tampil.")
        )
