"""The forms of the workflow action modals: which reasons an action requires."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm

from portal.moderasi.pilihan import AlasanTidakLayak

PESAN_ALASAN_WAJIB = _("Alasan wajib diisi.")


class AlasanWajibForm(TaskStateCommentForm):
    comment = forms.CharField(
        label=_("Alasan"),
        widget=forms.Textarea({"rows": 3}),
        error_messages={"required": PESAN_ALASAN_WAJIB},
    )

    def clean_comment(self):
        komentar = self.cleaned_data["comment"].strip()
        if not komentar:
            raise forms.ValidationError(PESAN_ALASAN_WAJIB, code="required")
        return komentar


class PerluPerbaikanForm(AlasanWajibForm):
    comment = forms.CharField(
        label=_("Catatan perbaikan untuk editor"),
        widget=forms.Textarea({"rows": 3}),
        error_messages={"required": _("Catatan perbaikan wajib diisi.")},
    )


class TidakLayakTayangForm(AlasanWajibForm):
    kode_alasan = forms.ChoiceField(
        label=_("Jenis alasan"),
        choices=[("", "---------"), *AlasanTidakLayak.choices],
        error_messages={
            "required": _("Pilih jenis alasan tidak layak tayang."),
            "invalid_choice": _("Jenis alasan tidak dikenal."),
        },
    )
