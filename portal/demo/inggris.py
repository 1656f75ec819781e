"""The English demo: `seed_demo` translates the home page, the section indexes and a share of
the demo content with wagtail-localize, as an editor's "Translate" does.

Every translation is wagtail-localize's own (a TranslationSource of the Indonesian page, a
Translation into English, the English texts as StringTranslations of its segments), so editors
find and update it in wagtail-localize like theirs. A translated berita, dokumen or galeri then
goes through the SOP workflow like its source (`riwayat.terbitkan`, its history dated a little
after the source's publication): the workflow is the source's, which `warisi_aturan_sumber` gave
the English tree. The home page and the sections are published by the administrator, as
`lengkapi_beranda` publishes the Indonesian ones.

Which items, and their English, are each content area's demo texts (BERITA_INGGRIS,
DOKUMEN_INGGRIS, GALERI_INGGRIS); the English of portal.demo's own texts (the intros, the
paragraphs a category's news share, the agencies' names) is here.
"""

import datetime

from django.conf import settings
from django.db.models import Min
from django.utils import timezone
from wagtail.models import Locale, PageLogEntry, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue, extract_strings

from berita.demo import BERITA, BERITA_INGGRIS, KATEGORI_BERITA_INGGRIS, KUTIPAN, KUTIPAN_INGGRIS
from berita.models import BeritaPage, KategoriBerita
from dokumen.demo import DOKUMEN_INGGRIS, KETERANGAN_BERKAS_INGGRIS
from dokumen.models import DokumenPage
from galeri.demo import ALBUM, GALERI_INGGRIS, VIDEO_GALERI, VIDEO_GALERI_INGGRIS
from galeri.models import GaleriFotoPage
from portal.demo import referensi
from portal.demo.paragraf import LANJUTAN, PENUTUP
from portal.demo.riwayat import terbitkan
from portal.moderasi.jadwal_tayang import publikasi_segera

# A translation is published this long after its source (or now, when that is yet to come).
JEDA_TERJEMAHAN = datetime.timedelta(days=2)

INTRO_BERANDA_INGGRIS = (
    "<p>Welcome to the official portal of the East Kalimantan Provincial Government: news, "
    "public documents and galleries of our work. <i>The content of this site is sample data "
    "for demonstration.</i></p>"
)
INTRO_BAGIAN_INGGRIS = {
    "berita": "<p>The latest news from the East Kalimantan Provincial Government and its "
    "agencies.</p>",
    "dokumen": "<p>Public Information Register: regulations, reports, work plans and forms to "
    "download, as required by Law No. 14 of 2008 on Public Information Disclosure. Most "
    "documents are available in Indonesian only; their summaries are in English.</p>",
    "galeri": "<p>Photos and videos of the East Kalimantan Provincial Government at work.</p>",
}

# The agencies of referensi.OPD in English, by short name (their own names stay Indonesian).
OPD_INGGRIS = {
    "Diskominfo": "Communication and Informatics Office",
    "Bappeda": "Regional Development Planning Agency",
    "Dinkes": "Health Office",
    "Disdikbud": "Education and Culture Office",
    "PUPR-PERA": "Public Works, Spatial Planning and Housing Office",
    "BPBD": "Regional Disaster Management Agency",
    "Dispar": "Tourism Office",
    "Biro Hukum": "Legal Bureau",
    "DLH": "Environment Office",
    "BPKAD": "Regional Finance and Asset Management Agency",
    "Diskop UKM": "Cooperatives and Small Business Office",
    "Dishub": "Transport Office",
    "Dinsos": "Social Affairs Office",
    "Biro Adpim": "Leadership Administration Bureau",
}

# paragraf.LANJUTAN and PENUTUP in English, with the same placeholders ({opd}: the agency's
# English name, without article).
LANJUTAN_INGGRIS = {
    "pemerintahan": (
        "Open governance",
        [
            "This step is in keeping with the public's right to information under Law No. 14 "
            "of 2008. Every policy that affects the public is announced through the provincial "
            "government's official channels.",
            "The provincial {opd} is working with the regency and city governments so that the "
            "programme runs the same way from the province down to villages and urban wards.",
        ],
    ),
    "pembangunan": (
        "Quality control of the works",
        [
            "Supervising consultants regularly check the quality of the materials and the "
            "thickness of each layer. Work that does not meet the specifications must be "
            "redone by the contractor at no extra cost.",
            "The provincial government also invites residents of {tempat} to report damage or "
            "delays through the official complaints channel.",
        ],
    ),
    "kesehatan": (
        "The role of families and health cadres",
        [
            "Health programmes succeed or fail with families. Parents are encouraged to take "
            "their children to the posyandu regularly and to serve balanced, nutritious meals.",
            "The provincial {opd} continues to build up the skills of staff at community "
            "health centres, including in remote areas that are hard to reach.",
        ],
    ),
    "pendidikan": (
        "Fair access to education",
        [
            "The provincial government puts education first in developing its people, "
            "especially as the new capital, Nusantara, takes shape.",
            "The provincial {opd} calls on schools, parents and businesses to work together "
            "so that every child receives a good education.",
        ],
    ),
    "ekonomi": (
        "Towards a more diverse economy",
        [
            "Transforming the economy is a major goal for East Kalimantan, so that growth no "
            "longer depends on mining.",
            "The provincial {opd} is preparing further support, from access to finance to "
            "new markets for businesses in {tempat} and the surrounding area.",
        ],
    ),
    "pariwisata": (
        "Sustainable tourism",
        [
            "Tourism is developed with care for what the environment can bear and respect for "
            "the customs of local communities.",
            "The provincial {opd} asks visitors to keep places clean, respect local customs "
            "and buy local products during their stay.",
        ],
    ),
    "lingkungan": (
        "Protecting East Kalimantan's nature",
        [
            "East Kalimantan has tropical forests, great rivers and a rich coastline. Keeping "
            "them intact is a responsibility shared by government, business and residents.",
            "The provincial {opd} runs a complaints channel for anyone who comes across "
            "suspected environmental damage or pollution.",
        ],
    ),
    "kebencanaan": (
        "What residents should do",
        [
            "Residents are advised to keep an emergency bag ready with important documents, "
            "medicines, a torch and enough drinking water for several days.",
            "Official information comes from the provincial {opd} ({singkatan}), the regency "
            "and city governments and the emergency number 112.",
        ],
    ),
}
PENUTUP_INGGRIS = (
    "For more information, please contact the provincial {opd} or the East Kalimantan "
    "Provincial Government's public information service (PPID)."
)

_BERITA_PER_JUDUL = {artikel.judul: artikel for artikel in BERITA}
_ALBUM_PER_JUDUL = {album.judul: album for album in ALBUM}


def semai_terjemahan_inggris(beranda, pengguna, kode_bahasa="en"):
    """Translate into `kode_bahasa` the home page, its sections, the news categories and the
    demo items that have English texts; return how many pages were translated.

    `pengguna`: the demo users by username (petugas, editor, pejabat, admin). Needs the
    translated skeleton (`siapkan_struktur_terjemahan`). Idempotent: a content item or
    category that has a translation already (an editor's too) is left alone, and so is a
    section that wagtail-localize translated before.
    """
    locale = Locale.objects.filter(language_code=kode_bahasa).first()
    if locale is None or not beranda.has_translation(locale):
        return 0
    # Like the rest of the demo: published now, whatever the hour.
    with publikasi_segera():
        return _Penerjemah(locale, pengguna).jalankan(beranda)


def _teks(nilai):
    """A plain-text value as wagtail-localize stores the string of its segment."""
    return StringValue.from_plaintext(nilai).data


def _teks_html(isi):
    """The string of the rich-text paragraph whose content is `isi` (HTML)."""
    (nilai, _atribut), *_ = extract_strings(f"<p>{isi}</p>")[1]
    return nilai.data


def _kalimat_pertama(teks, pemisah):
    return teks.split(pemisah)[0].rstrip(".") + "."


class _Penerjemah:
    def __init__(self, locale, pengguna):
        self.locale = locale
        self.petugas, self.editor, self.pejabat, self.admin = (
            pengguna[nama] for nama in ("petugas", "editor", "pejabat", "admin")
        )
        # As wagtail-localize's "Translate" sets it: in the portal's "simple" mode, an English
        # page is then edited in Wagtail's own editor, which has the SOP's actions.
        self.sinkron = (
            getattr(settings, "WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE", "synced") == "synced"
        )

    def jalankan(self, beranda):
        jumlah = self.bagian(beranda, referensi.INTRO_BERANDA, INTRO_BERANDA_INGGRIS)
        for bagian in beranda.get_children().specific():
            jumlah += self.bagian(
                bagian,
                referensi.INTRO_BAGIAN.get(bagian.slug),
                INTRO_BAGIAN_INGGRIS.get(bagian.slug),
            )
        # Before the berita: their category is translated into its English version only
        # when that exists.
        self.kategori(beranda.locale)
        for page in _sumber(BeritaPage, beranda, BERITA_INGGRIS):
            inggris = BERITA_INGGRIS[page.title]
            jumlah += self.konten(page, self.kamus_berita(page, inggris), _tag(inggris))
        for page in _sumber(DokumenPage, beranda, DOKUMEN_INGGRIS):
            inggris = DOKUMEN_INGGRIS[page.title]
            kamus = _kamus(
                (page.title, inggris.judul),
                (page.slug, inggris.slug),
                (page.ringkasan, inggris.ringkasan),
                (page.penanggung_jawab, inggris.penanggung_jawab),
                (page.jangka_waktu_penyimpanan, inggris.jangka_waktu),
            )
            jumlah += self.konten(page, kamus, _label_berkas(inggris))
        for page in _sumber(GaleriFotoPage, beranda, GALERI_INGGRIS):
            inggris = GALERI_INGGRIS[page.title]
            kamus = _kamus(
                (page.title, inggris.judul),
                (page.slug, inggris.slug),
                (page.deskripsi, inggris.deskripsi),
            )
            jumlah += self.konten(page, kamus, _teks_foto(_ALBUM_PER_JUDUL[page.title], inggris))
        return jumlah

    # -- wagtail-localize ------------------------------------------------------------------

    def terjemahkan(self, obj, kamus, user, publish):
        """Translate `obj` as wagtail-localize's "Translate" does, each string of `kamus`
        ({source string: English}) translated; the others keep the source's text."""
        sumber, dibuat = TranslationSource.get_or_create_from_instance(obj)
        if not dibuat:
            sumber.update_from_db()
        for segmen in sumber.stringsegment_set.select_related("string", "context"):
            teks = kamus.get(segmen.string.data)
            if teks is not None:
                StringTranslation.objects.update_or_create(
                    translation_of=segmen.string,
                    locale=self.locale,
                    context=segmen.context,
                    defaults={
                        "data": teks,
                        "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                        "last_translated_by": user,
                    },
                )
        terjemahan, _dibuat = Translation.objects.update_or_create(
            source=sumber, target_locale=self.locale, defaults={"enabled": self.sinkron}
        )
        terjemahan.save_target(user=user, publish=publish)
        return obj.get_translation(self.locale)

    def diterjemahkan(self, obj):
        """Whether wagtail-localize has translated `obj` into the locale."""
        return Translation.objects.filter(
            source__object_id=obj.translation_key, target_locale=self.locale
        ).exists()

    # -- what is translated ----------------------------------------------------------------

    def bagian(self, halaman, intro, intro_inggris):
        """The home page or a section: its English title (referensi.JUDUL_INGGRIS) and intro.
        The skeleton made it already, a plain copy: wagtail-localize takes it over."""
        if self.diterjemahkan(halaman):
            return 0
        kamus = {}
        judul = referensi.JUDUL_INGGRIS.get(halaman.slug)
        if judul:
            kamus[_teks(halaman.title)] = _teks(judul)
        ada = halaman.get_translation_or_none(self.locale)
        if ada is not None:  # its address stays
            kamus[_teks(halaman.slug)] = _teks(ada.slug)
        if intro and intro_inggris:
            asal, inggris = extract_strings(intro)[1], extract_strings(intro_inggris)[1]
            for (a, _atribut_a), (b, _atribut_b) in zip(asal, inggris, strict=True):
                kamus[a.data] = b.data
        terjemahan = self.terjemahkan(halaman, kamus, self.admin, publish=False)
        revisi = terjemahan.get_latest_revision()
        if halaman.depth == 2:
            draf = revisi.as_object()
            _tautan_cepat_inggris(draf)
            revisi = draf.save_revision(user=self.admin)
        revisi.publish(user=self.admin, skip_permission_checks=True)
        return 1

    def kategori(self, locale_sumber):
        for kategori in KategoriBerita.objects.filter(locale=locale_sumber):
            if kategori.slug not in KATEGORI_BERITA_INGGRIS or kategori.has_translation(
                self.locale
            ):
                continue
            slug, nama = KATEGORI_BERITA_INGGRIS[kategori.slug]
            kamus = _kamus((kategori.nama, nama), (kategori.slug, slug))
            # A snippet has no draft: its translation is saved as it is made.
            self.terjemahkan(kategori, kamus, self.admin, publish=True)

    def konten(self, page, kamus, lengkapi):
        """Translate a live berita, dokumen or galeri and publish it through the SOP.

        `lengkapi(page)` gives the draft the English of what wagtail-localize copies
        untranslated (tags, file labels, photo captions): the petugas saves it, then submits."""
        if page.has_translation(self.locale):
            return 0
        terjemahan = self.terjemahkan(page, kamus, self.petugas, publish=False)
        lengkapi(terjemahan)
        # Into the page and a revision, as wagtail-localize saves a translation's draft.
        terjemahan.save()
        terjemahan.save_revision(user=self.petugas)
        draf = list(terjemahan.revisions.values_list("pk", flat=True))
        waktu = min(page.last_published_at + JEDA_TERJEMAHAN, timezone.now())
        terbitkan(terjemahan, self.petugas, self.editor, self.pejabat, waktu)
        # The drafts were saved before `terbitkan` set its clock: date them at the page's
        # creation, the first moment of its history.
        awal = PageLogEntry.objects.filter(page=terjemahan).aggregate(awal=Min("timestamp"))
        Revision.objects.filter(pk__in=draf).update(created_at=awal["awal"])
        return 1

    def kamus_berita(self, page, inggris):
        """{source string: English} of a demo berita: its fields and the blocks of the body
        `isi_berita.susun_isi_berita` composed."""
        artikel = _BERITA_PER_JUDUL[page.title]
        opd = page.opd
        isian = {"tempat": artikel.tempat, "opd": opd.nama, "singkatan": opd.singkatan}
        isian_inggris = {**isian, "opd": OPD_INGGRIS.get(opd.singkatan, opd.nama)}
        kalimat_gambar = _kalimat_pertama(inggris.ringkasan, ".")
        kamus = _kamus(
            (page.title, inggris.judul),
            (page.slug, inggris.slug),
            (page.ringkasan, inggris.ringkasan),
            (page.keterangan_gambar, f"Illustration: {kalimat_gambar}"[:255]),
            *zip(
                (teks for kutipan in KUTIPAN[artikel.kategori] for teks in kutipan),
                (teks for kutipan in KUTIPAN_INGGRIS[artikel.kategori] for teks in kutipan),
                strict=True,
            ),
        )
        pembuka = f"<b>{artikel.tempat.upper()}</b> – "
        subjudul, lanjutan = LANJUTAN[artikel.kategori]
        subjudul_inggris, lanjutan_inggris = LANJUTAN_INGGRIS[artikel.kategori]
        paragraf = [
            (pembuka + artikel.ringkasan, pembuka + inggris.ringkasan),
            *zip(artikel.paragraf, inggris.paragraf, strict=True),
            (subjudul, subjudul_inggris),
            *(
                (teks.format(**isian), teks_inggris.format(**isian_inggris))
                for teks, teks_inggris in zip(lanjutan, lanjutan_inggris, strict=True)
            ),
            (PENUTUP.format(**isian), PENUTUP_INGGRIS.format(**isian_inggris)),
        ]
        kamus.update((_teks_html(asal), _teks_html(terjemahan)) for asal, terjemahan in paragraf)
        # Blocks whose texts come from elsewhere: the picture's caption from the last
        # paragraph, the download's label from the document, the video's from the gallery.
        for blok in page.isi:
            nilai = blok.value
            if blok.block_type == "gambar":
                keterangan = _kalimat_pertama(inggris.paragraf[-1], ". ")
                alt = f"Illustrated landscape of {artikel.tempat}: {keterangan}"
                kamus.update(
                    _kamus(
                        (nilai["keterangan"], keterangan),
                        (nilai["teks_alternatif"], alt[:255]),
                        (nilai["kredit"], f"Illustration: {opd.singkatan} Kaltim"),
                    )
                )
            elif blok.block_type == "dokumen":
                dokumen = DOKUMEN_INGGRIS.get(nilai["dokumen"].title)
                judul = dokumen.judul if dokumen else nilai["dokumen"].title
                label = f"Download: {judul} {KETERANGAN_BERKAS_INGGRIS}"
                kamus.update(_kamus((nilai["label"], label[:255])))
            elif blok.block_type == "video" and nilai["judul"] == VIDEO_GALERI["video_tautan"]:
                kamus.update(_kamus((nilai["judul"], VIDEO_GALERI_INGGRIS["video_tautan"])))
        return kamus


def _sumber(model, beranda, data):
    """The live pages of `model` in `beranda`'s tree whose title `data` has English for."""
    return model.objects.live().descendant_of(beranda).filter(title__in=data).order_by("path")


def _kamus(*pasangan):
    """{source string: English} of plain-text (source, English) pairs."""
    return {_teks(asal): _teks(inggris) for asal, inggris in pasangan if asal}


# -- what wagtail-localize copies untranslated, put into the draft ----------------------------


def _tautan_cepat_inggris(beranda):
    """The home page's quick links (referensi.TAUTAN_CEPAT), found by their Indonesian label,
    in English."""
    teks = {}
    for tautan in referensi.TAUTAN_CEPAT:
        judul_en, keterangan_en = tautan["inggris"]
        teks[tautan["judul"]], teks[tautan["keterangan"]] = judul_en, keterangan_en
    tautan = list(beranda.tautan_cepat.all())
    for item in tautan:
        item.judul = teks.get(item.judul, item.judul)
        item.keterangan = teks.get(item.keterangan, item.keterangan)
    beranda.tautan_cepat = tautan


def _tag(inggris):
    def lengkapi(obj):
        obj.tags.set(list(inggris.tags))

    return lengkapi


def _label_berkas(inggris):
    """The files keep the Indonesian PDFs; their labels say so, in English."""

    def lengkapi(obj):
        lampiran = list(obj.lampiran.all())
        # An editor may have added or removed files: the labels go to those there are.
        for item, judul in zip(lampiran, [inggris.judul, *inggris.lampiran], strict=False):
            item.judul = f"{judul} {KETERANGAN_BERKAS_INGGRIS}"[:255]
        obj.lampiran = lampiran

    return lengkapi


def _teks_foto(album, inggris):
    """The photos' alt texts and captions, found by their Indonesian text."""
    teks = {}
    for foto, foto_inggris in zip(album.foto, inggris.foto, strict=True):
        teks[foto.alt] = foto_inggris.alt
        teks[foto.keterangan] = foto_inggris.keterangan

    def lengkapi(obj):
        foto = list(obj.foto.all())
        for item in foto:
            item.teks_alternatif = teks.get(item.teks_alternatif, item.teks_alternatif)
            item.keterangan = teks.get(item.keterangan, item.keterangan)
        obj.foto = foto

    return lengkapi
