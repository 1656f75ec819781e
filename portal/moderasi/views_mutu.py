"""The "Laporan Mutu Baku" admin report (thin: the rows come from mutu.baris_laporan, the
charts from grafik_mutu, both over one mutu.pengukuran_periode), and the list of the items
waiting past their standard now (mutu.melewati_standar, which the reminders use too).

Filters arrive in the query string: `tahun` (default: this year, WITA), optional `bulan` (1–12),
`bagian` (berita, dokumen, galeri) and `langkah` (an SOP step); `format=csv` or `format=xlsx`
downloads the same rows (the XLSX with the charts). A filter value that does not parse is
replaced by its default (and the user told), so a crafted URL yields a corrected or empty
report, never an error page.
"""

import csv
import io
from typing import NamedTuple

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from openpyxl import Workbook
from openpyxl.styles import Font
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from portal.moderasi import grafik_mutu, grafik_svg, grafik_xlsx, mutu
from portal.moderasi.peran import GRUP_EDITOR, GRUP_PEJABAT
from portal.moderasi.policy import ZONA_WITA, Langkah

# Besides administrators, the groups that see the report (the desk measured by it).
GRUP_LAPORAN = (GRUP_EDITOR, GRUP_PEJABAT)

TAHUN_MIN, TAHUN_MAKS = 2000, 2100

TIPE_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def boleh_melihat_laporan(user):
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.groups.filter(name__in=GRUP_LAPORAN).exists())
    )


class FilterLaporanForm(forms.Form):
    tahun = forms.IntegerField(
        label=gettext_lazy("Tahun"), min_value=TAHUN_MIN, max_value=TAHUN_MAKS, required=False
    )
    bulan = forms.TypedChoiceField(
        label=gettext_lazy("Bulan"),
        choices=[("", gettext_lazy("Semua bulan"))]
        + [(str(i), nama) for i, nama in enumerate(mutu.NAMA_BULAN, start=1)],
        coerce=int,
        empty_value=None,
        required=False,
    )
    bagian = forms.ChoiceField(
        label=gettext_lazy("Bagian"),
        choices=[("", gettext_lazy("Semua bagian"))] + list(mutu.BAGIAN.items()),
        required=False,
    )
    langkah = forms.TypedChoiceField(
        label=gettext_lazy("Langkah"),
        choices=[("", gettext_lazy("Semua langkah"))]
        + [(langkah.value, label) for langkah, label in mutu.LABEL_LANGKAH.items()],
        coerce=Langkah,
        empty_value=None,
        required=False,
    )


class FilterLaporan(NamedTuple):
    tahun: int
    bulan: int | None
    bagian: str
    langkah: Langkah | None
    dikoreksi: list


def baca_filter(query):
    """The filters from the query string, with the names of the fields corrected: every value
    that does not validate falls back to its default."""
    bawaan = {
        "tahun": timezone.now().astimezone(ZONA_WITA).year,
        "bulan": None,
        "bagian": "",
        "langkah": None,
    }
    form = FilterLaporanForm({k: query.get(k, "") for k in bawaan})
    form.is_valid()
    nilai = {}
    for nama, default in bawaan.items():
        bersih = form.cleaned_data.get(nama) if nama not in form.errors else None
        nilai[nama] = bersih if bersih not in (None, "") else default
    return FilterLaporan(**nilai, dikoreksi=sorted(form.errors))


class LaporanMutuBakuView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "moderasi/mutu/laporan.html"
    page_title = gettext_lazy("Laporan Mutu Baku")
    header_icon = "time"
    breadcrumbs_items = []

    def dispatch(self, request, *args, **kwargs):
        if not boleh_melihat_laporan(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        self.tahun, self.bulan, self.bagian, self.langkah, self.dikoreksi = baca_filter(request.GET)
        self.pengukuran = mutu.pengukuran_periode(self.tahun, self.bulan, self.bagian or None)
        self.baris = mutu.baris_laporan(self.pengukuran, self.langkah)
        format_unduhan = request.GET.get("format", "")
        if format_unduhan == "csv":
            return self.unduh_csv()
        if format_unduhan == "xlsx":
            return self.unduh_xlsx()
        return super().get(request, *args, **kwargs)

    # -- downloads -------------------------------------------------------------------------------

    def nama_berkas(self, ekstensi):
        bagian = [str(self.tahun)]
        if self.bulan:
            bagian.append(f"{self.bulan:02d}")
        if self.bagian:
            bagian.append(self.bagian)
        if self.langkah:
            bagian.append(self.langkah.value)
        return f"mutu-baku-{'-'.join(bagian)}.{ekstensi}"

    def _respons(self, isi, tipe, ekstensi):
        respons = HttpResponse(isi, content_type=tipe)
        respons["Content-Disposition"] = f'attachment; filename="{self.nama_berkas(ekstensi)}"'
        return respons

    def unduh_csv(self):
        berkas = io.StringIO()
        penulis = csv.writer(berkas)
        penulis.writerow(mutu.KOLOM_LAPORAN)
        for baris in self.baris:
            penulis.writerow(["" if v is None else v for v in baris.nilai()])
        return self._respons(berkas.getvalue(), "text/csv; charset=utf-8", "csv")

    def unduh_xlsx(self):
        buku = Workbook()
        lembar = buku.active
        lembar.title = "Mutu Baku"
        lembar.append(list(mutu.KOLOM_LAPORAN))
        for sel in lembar[1]:
            sel.font = Font(bold=True)
        for baris in self.baris:
            lembar.append(baris.nilai())
        lembar.freeze_panes = "A2"
        grafik_xlsx.tambah_lembar_grafik(buku, self.grafik())
        keluaran = io.BytesIO()
        buku.save(keluaran)
        return self._respons(keluaran.getvalue(), TIPE_XLSX, "xlsx")

    def grafik(self):
        """The charts of the rows shown (none for an empty report)."""
        if not self.baris:
            return []
        return grafik_mutu.grafik_laporan(self.pengukuran, self.langkah)

    # -- the page --------------------------------------------------------------------------------

    def tautan_unduh(self, format_unduhan):
        query = self.request.GET.copy()
        query["tahun"] = str(self.tahun)
        query.setlist("bulan", [str(self.bulan)] if self.bulan else [])
        query.setlist("bagian", [self.bagian] if self.bagian else [])
        query.setlist("langkah", [self.langkah.value] if self.langkah else [])
        query["format"] = format_unduhan
        return f"?{query.urlencode()}"

    def pesan_koreksi(self):
        if not self.dikoreksi:
            return ""
        kolom = ", ".join(str(FilterLaporanForm.base_fields[n].label) for n in self.dikoreksi)
        return _("Nilai filter tidak valid diganti dengan nilai bawaan: %(kolom)s.") % {
            "kolom": kolom
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = FilterLaporanForm(
            initial={
                "tahun": self.tahun,
                "bulan": self.bulan or "",
                "bagian": self.bagian,
                "langkah": self.langkah.value if self.langkah else "",
            }
        )
        context.update(
            {
                "form": form,
                "baris": self.baris,
                "grafik": [(g, grafik_svg.svg_grafik(g)) for g in self.grafik()],
                "pilih_langkah": self.baris and self.langkah is None,
                "tahun": self.tahun,
                "bulan": str(mutu.NAMA_BULAN[self.bulan - 1]) if self.bulan else None,
                "bagian": mutu.BAGIAN.get(self.bagian),
                "pesan_koreksi": self.pesan_koreksi(),
                "unduh_csv": self.tautan_unduh("csv"),
                "unduh_xlsx": self.tautan_unduh("xlsx"),
                "standar": [
                    (mutu.LABEL_LANGKAH[langkah], mutu.format_durasi(durasi))
                    for langkah, durasi in mutu.standar_mutu().items()
                ],
            }
        )
        return context


class DaftarTerlambatView(WagtailAdminTemplateMixin, TemplateView):
    """The items waiting past their standard now, oldest first (`?langkah=` one step): what
    the dashboard's Mutu Baku panel counts, from the same selector."""

    template_name = "moderasi/mutu/terlambat.html"
    page_title = gettext_lazy("Melewati standar Mutu Baku")
    header_icon = "warning"
    breadcrumbs_items = []

    def dispatch(self, request, *args, **kwargs):
        if not boleh_melihat_laporan(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        nilai = self.request.GET.get("langkah", "")
        langkah = Langkah(nilai) if nilai in mutu.LANGKAH_MENUNGGU else None
        daftar = mutu.melewati_standar()
        if langkah:
            daftar = [m for m in daftar if m.langkah == langkah]
        context.update(
            {
                "daftar": sorted(daftar, key=lambda m: m.mulai),
                "langkah": mutu.LABEL_LANGKAH[langkah] if langkah else None,
            }
        )
        return context
