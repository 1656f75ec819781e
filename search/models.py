from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from portal.core.bahasa import kode_locale
from portal.core.bentuk_dasar import bahasa_dari_kode, kata
from portal.core.models import PortalPage
from portal.core.pagination import paginate
from search.selectors import (
    PermintaanPencarian,
    cari_konten,
    catat_pencarian,
    jenis_konten,
    lengkapi_otomatis,
    promosi_untuk,
    saran_judul,
    tahun_tersedia,
)
from search.sorotan import cuplikan_halaman, sorot_judul

HASIL_PER_HALAMAN = 10


class SearchPage(RoutablePageMixin, PortalPage):
    """The site search, a page so it is translatable and sits in the tree like the indexes."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    adalah_halaman_pencarian = True
    # Result pages carry `noindex`: never in the sitemap or the API.
    selalu_tidak_dicantumkan = True

    class Meta:
        verbose_name = _("halaman pencarian")
        verbose_name_plural = _("halaman pencarian")

    @property
    def bahasa(self):
        # The locale's code from the table read once per cache generation: no query per view.
        return bahasa_dari_kode(kode_locale(self.locale_id))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        permintaan = PermintaanPencarian.dari_get(request.GET, self.bahasa)
        context.update(
            permintaan=permintaan,
            kueri=permintaan.kueri,
            pilihan_jenis=[(k, label) for k, (_models, label) in jenis_konten().items()],
            pilihan_tahun=tahun_tersedia(self.locale_id),
            promosi=[],
            hasil=None,
            butir=[],
            mode_awalan=False,
        )
        if not permintaan.ada:
            return context
        halaman_pertama = request.GET.get("page") in (None, "", "1")
        if halaman_pertama:
            catat_pencarian(permintaan.kueri)
        promosi = promosi_untuk(permintaan.kueri)
        saring = {"locale": self.locale_id, "jenis": permintaan.jenis, "tahun": permintaan.tahun}
        saring["kecuali"] = [p.page_id for p in promosi if p.page_id]
        hasil = cari_konten(permintaan.kueri, bahasa=self.bahasa, **saring)
        awalan = ()
        if not hasil.count():
            # No whole word matched: complete the words as prefixes (*kal* → Kalimantan).
            hasil = lengkapi_otomatis(permintaan.kueri, **saring)
            awalan = tuple(kata(permintaan.kueri))
            context["mode_awalan"] = True
        halaman = paginate(request, hasil, HASIL_PER_HALAMAN)
        istilah = permintaan.istilah
        context.update(
            promosi=promosi if halaman.number == 1 else [],
            hasil=halaman,
            # PostgreSQL ranks a bounded set of matches (search/kandidat.py): "1.000+ hasil".
            hasil_lebih=getattr(hasil, "lebih", False)
            and number_format(halaman.paginator.count, force_grouping=True),
            butir=[
                {
                    "page": page,
                    "judul": sorot_judul(page.title, istilah, self.bahasa, awalan),
                    "cuplikan": cuplikan_halaman(page, istilah, self.bahasa, awalan),
                    "tanggal": getattr(page, "tanggal", None)
                    or getattr(page, "tanggal_terbit", None),
                }
                for page in halaman
            ],
        )
        return context

    @path("")
    def cari(self, request):
        respons = self.render(request)
        if request.GET.get("q"):
            # Results are not kept by the page cache: every search is logged (add_hit), and a
            # query's results rarely repeat often enough to be worth a cache entry.
            patch_cache_control(respons, private=True, max_age=0)
        return respons

    @path("saran/")
    def saran(self, request):
        """Title suggestions for the search box (JSON): `?q=kal` → Kalimantan, …"""
        permintaan = PermintaanPencarian.dari_get(request.GET, self.bahasa)
        saran = saran_judul(permintaan.kueri, self.locale_id) if permintaan.ada else []
        respons = JsonResponse({"kueri": permintaan.kueri, "saran": saran})
        respons["Cache-Control"] = "max-age=60"
        return respons
