"""Admin views of serta-merta publication, urgent take-down and the after-the-fact review
(thin: the writes are in serta_merta.py)."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.models import Page

from portal.moderasi import serta_merta
from portal.moderasi.models import TinjauanSertaMerta
from portal.moderasi.serta_merta import TindakanDarurat

JUMLAH_RIWAYAT_TINJAUAN = 20


class AlasanForm(forms.Form):
    pesan_wajib = ""

    alasan = forms.CharField(label=gettext_lazy("Alasan"), widget=forms.Textarea({"rows": 4}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["alasan"].error_messages["required"] = self.pesan_wajib

    def clean_alasan(self):
        alasan = self.cleaned_data["alasan"].strip()
        if not alasan:
            raise forms.ValidationError(self.pesan_wajib, code="required")
        return alasan


class AlasanSertaMertaForm(AlasanForm):
    pesan_wajib = serta_merta.PESAN_ALASAN_SERTA_MERTA

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["alasan"].label = _("Alasan serta merta")
        self.fields["alasan"].help_text = _(
            "Ancaman apa terhadap jiwa atau ketertiban umum yang membuat pengumuman ini tidak "
            "dapat menunggu jam kerja dan alur SOP. Dicatat di log audit dan dikirim ke "
            "administrator."
        )


class AlasanTarikForm(AlasanForm):
    pesan_wajib = serta_merta.PESAN_ALASAN_TARIK

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["alasan"].label = _("Alasan penarikan")
        self.fields["alasan"].help_text = _(
            "Mengapa halaman ini harus segera ditarik dari situs. Dicatat di log audit."
        )


class CatatanTinjauanForm(forms.Form):
    catatan = forms.CharField(
        label=gettext_lazy("Catatan tinjauan"),
        required=False,
        widget=forms.Textarea({"rows": 2}),
    )


# -- shared machinery ----------------------------------------------------------------------------


def _kembali_ke(page):
    parent = page.get_parent()
    return reverse("wagtailadmin_explore", args=[parent.pk if parent else page.pk])


class TindakanHalamanView(FormView):
    """A reasoned action on one content page: permission first, then the page type, then the
    reason; a refusal changes nothing."""

    template_name = "moderasi/darurat/form_tindakan.html"
    izin = staticmethod(lambda user: False)
    pesan_tanpa_izin = ""
    judul_tindakan = ""
    tombol = ""
    ikon = "warning"

    def dispatch(self, request, *args, **kwargs):
        self.page = get_object_or_404(Page, pk=kwargs["page_id"]).specific
        if not self.izin(request.user):
            if request.headers.get("x-requested-with") == "XMLHttpRequest":
                raise PermissionDenied
            messages.error(request, self.pesan_tanpa_izin)
            return redirect("wagtailadmin_home")
        if serta_merta.konten(self.page) is None:
            messages.error(request, serta_merta.PESAN_BUKAN_KONTEN)
            return redirect(_kembali_ke(self.page))
        return super().dispatch(request, *args, **kwargs)

    def jalankan(self, alasan):
        raise NotImplementedError

    def pesan_berhasil(self):
        raise NotImplementedError

    def form_valid(self, form):
        try:
            self.jalankan(form.cleaned_data["alasan"])
        except TindakanDarurat as galat:
            form.add_error(None, galat.pesan)
            return self.form_invalid(form)
        messages.success(self.request, self.pesan_berhasil())
        return redirect(_kembali_ke(self.page))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        judul = self.page.get_admin_display_title()
        context.update(
            {
                "page": self.page,
                "header_title": f"{self.judul_tindakan}: {judul}",
                "judul_tindakan": self.judul_tindakan,
                "tombol": self.tombol,
                "ikon": self.ikon,
                "url_batal": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "di_luar_jam_kerja": serta_merta.sedang_di_luar_jam_kerja(),
            }
        )
        return context


class TerbitkanSertaMertaView(TindakanHalamanView):
    form_class = AlasanSertaMertaForm
    izin = staticmethod(serta_merta.boleh_serta_merta)
    pesan_tanpa_izin = serta_merta.PESAN_TANPA_IZIN_SERTA_MERTA
    judul_tindakan = gettext_lazy("Terbitkan serta merta")
    tombol = gettext_lazy("Ya, terbitkan sekarang")
    ikon = "warning"
    jenis = "serta_merta"

    def jalankan(self, alasan):
        serta_merta.terbitkan_serta_merta(self.page, self.request.user, alasan)

    def pesan_berhasil(self):
        return _(
            "'%(judul)s' diterbitkan serta merta. Administrator telah diberi tahu dan penerbitan "
            "ini menunggu tinjauan."
        ) % {"judul": self.page.get_admin_display_title()}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["jenis"] = self.jenis
        context["bisa_diterbitkan"] = serta_merta.bisa_diterbitkan(self.page)
        context["alur_berjalan"] = self.page.current_workflow_state is not None
        return context


class TarikSegeraView(TindakanHalamanView):
    form_class = AlasanTarikForm
    izin = staticmethod(serta_merta.boleh_tarik_darurat)
    pesan_tanpa_izin = serta_merta.PESAN_TANPA_IZIN_TARIK
    judul_tindakan = gettext_lazy("Tarik segera")
    tombol = gettext_lazy("Ya, tarik dari situs sekarang")
    ikon = "download"
    jenis = "tarik"

    def jalankan(self, alasan):
        serta_merta.tarik_darurat(self.page, self.request.user, alasan)

    def pesan_berhasil(self):
        return _("'%(judul)s' ditarik dari situs.") % {"judul": self.page.get_admin_display_title()}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["jenis"] = self.jenis
        return context


# -- after-the-fact review (administrators) ------------------------------------------------------


def boleh_meninjau(user):
    return bool(user.is_authenticated and user.is_active and user.is_superuser)


class TinjauanSertaMertaView(TemplateView):
    template_name = "moderasi/darurat/tinjauan.html"

    def dispatch(self, request, *args, **kwargs):
        if not boleh_meninjau(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        semua = TinjauanSertaMerta.objects.select_related("page", "user", "ditinjau_oleh")
        context.update(
            {
                "header_title": _("Tinjauan serta merta"),
                "terbuka": list(semua.terbuka().order_by("waktu", "pk")),
                "sudah_ditinjau": list(
                    semua.sudah_ditinjau().order_by("-ditinjau_pada")[:JUMLAH_RIWAYAT_TINJAUAN]
                ),
                "form_catatan": CatatanTinjauanForm(),
            }
        )
        return context


@require_POST
def tandai_ditinjau(request, pk):
    if not boleh_meninjau(request.user):
        raise PermissionDenied
    tinjauan = get_object_or_404(TinjauanSertaMerta, pk=pk)
    form = CatatanTinjauanForm(request.POST)
    catatan = form.cleaned_data["catatan"] if form.is_valid() else ""
    judul = tinjauan.page.get_admin_display_title()
    if serta_merta.tandai_ditinjau(tinjauan, request.user, catatan):
        messages.success(
            request,
            _("Penerbitan serta merta '%(judul)s' ditandai sudah ditinjau.") % {"judul": judul},
        )
    else:
        messages.warning(request, _("'%(judul)s' sudah ditinjau sebelumnya.") % {"judul": judul})
    return redirect("moderasi_tinjauan_serta_merta")
