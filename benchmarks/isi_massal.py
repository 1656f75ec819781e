"""Bulk content for benchmarks/produksi.py: thousands of berita, dokumen and photo galleries in
seconds, written straight into the tables.

Wagtail pages live in a treebeard materialised-path tree, and `add_child` saves one page (and
renumbers its parent) at a time. Here the rows are built in memory instead: each new child gets
the next `path` step under its index (base 36, `Page.steplen` characters), `depth` and
`url_path` from the index, `numchild` 0, and the index's `numchild` grows by the batch once.
Django's bulk_create refuses multi-table inheritance, so the `wagtailcore_page` rows go in with
`Page.objects.bulk_create` (which returns their ids on PostgreSQL), and the rows of the page's
own table (`page_ptr_id` + its fields) with one `executemany`, pipelined by psycopg 3.

Texts come from the demo content (portal/demo/ and each area's demo.py), varied by regency
and number; pictures are a small pool of existing images reused across pages, documents the
demo's files. Nothing
sends signals and no revisions are written (public views do not need them); the search index
entries are added in bulk by `indeks_pencarian` with the search backend's own `add_bulk`.
"""

import datetime
import time
from zoneinfo import ZoneInfo

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Page, Site

from berita.demo import BERITA
from berita.models import BeritaIndexPage, BeritaPage, BeritaPageTag, KategoriBerita
from dokumen.demo import DOKUMEN, PPID
from dokumen.models import DokumenIndexPage, DokumenLampiran, DokumenPage, JenisDokumen
from galeri.demo import ALBUM
from galeri.models import GaleriFoto, GaleriFotoPage, GaleriIndexPage
from portal.core.contoh import KABUPATEN_KOTA
from portal.core.models import OPD
from portal.demo.isi_berita import susun_isi_berita

WITA = ZoneInfo("Asia/Makassar")
UKURAN_BATCH = 2000
KATEGORI_KIP = ("berkala", "serta_merta", "setiap_saat")
FOTO_PER_GALERI = 6
# The pace of a busy provincial portal, going back from yesterday: 20,000 berita are ~5 years.
BERITA_PER_HARI = 10
DOKUMEN_PER_HARI = 1
HARI_PER_GALERI = 3


def _langkah(nomor):
    """The tree path step of child number `nomor` (1-based): base 36, Page.steplen wide."""
    digit = ""
    while nomor:
        nomor, sisa = divmod(nomor, len(Page.alphabet))
        digit = Page.alphabet[sisa] + digit
    if len(digit) > Page.steplen:
        raise ValueError("terlalu banyak anak halaman untuk satu induk")
    return digit.rjust(Page.steplen, Page.alphabet[0])


def _langkah_terakhir(induk):
    terakhir = (
        Page.objects.filter(path__startswith=induk.path, depth=induk.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    return int(terakhir[-Page.steplen :], len(Page.alphabet)) if terakhir else 0


def _sisipkan_halaman(induk, halaman, pemilik):
    """Insert the unsaved specific pages `halaman` as the last children of `induk`."""
    model = type(halaman[0])
    nomor = _langkah_terakhir(induk)
    content_type = ContentType.objects.get_for_model(model)
    for page in halaman:
        nomor += 1
        page.path = induk.path + _langkah(nomor)
        page.depth = induk.depth + 1
        page.numchild = 0
        page.url_path = f"{induk.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = induk.locale_id
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.last_published_at = page.first_published_at
        page.latest_revision_created_at = page.first_published_at
        page.owner = pemilik
    Page.objects.bulk_create(halaman, batch_size=UKURAN_BATCH)

    kolom = model._meta.local_concrete_fields  # page_ptr and the model's own fields
    sql = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608 (quoted model names only)
        connection.ops.quote_name(model._meta.db_table),
        ", ".join(connection.ops.quote_name(f.column) for f in kolom),
        ", ".join(["%s"] * len(kolom)),
    )
    baris = []
    for page in halaman:
        page.page_ptr_id = page.id
        baris.append(
            [f.get_db_prep_save(getattr(page, f.attname), connection=connection) for f in kolom]
        )
    with connection.cursor() as cursor:
        for awal in range(0, len(baris), UKURAN_BATCH):
            cursor.executemany(sql, baris[awal : awal + UKURAN_BATCH])
    Page.objects.filter(pk=induk.pk).update(numchild=F("numchild") + len(halaman))
    return halaman


def _waktu(tanggal, jam):
    return datetime.datetime.combine(tanggal, datetime.time(jam, 15), tzinfo=WITA)


class _Gambar:
    """`buat_gambar` for susun_isi_berita: an image from the pool instead of a new one."""

    def __init__(self, kumpulan):
        self.kumpulan = kumpulan
        self.nomor = 0

    def __call__(self, judul, koleksi, tema=None):
        self.nomor += 1
        return self.kumpulan[self.nomor % len(self.kumpulan)]


def _struktur():
    """The section indexes under the default site's home page (the Indonesian tree; the
    translations live under their own home page)."""
    beranda = Site.objects.get(is_default_site=True).root_page
    return (
        BeritaIndexPage.objects.child_of(beranda).get(),
        DokumenIndexPage.objects.child_of(beranda).get(),
        GaleriIndexPage.objects.child_of(beranda).get(),
    )


def tambah_berita(jumlah, gambar, berkas, pemilik, awal=0):
    """`jumlah` live berita under the news index, numbered from `awal`; returns their ids."""
    if jumlah <= 0:
        return []
    indeks, _d, _g = _struktur()
    hari_ini = timezone.localdate()
    kategori = {k.slug: k for k in KategoriBerita.objects.filter(locale_id=indeks.locale_id)}
    opd = {o.singkatan: o for o in OPD.objects.all()}
    opd_cadangan = next(iter(opd.values()))
    semua_tag = sorted({t for artikel in BERITA for t in artikel.tags})
    for nama in semua_tag:
        if not Tag.objects.filter(name=nama).exists():
            Tag.objects.create(name=nama, slug=slugify(nama) or nama)
    tag = {t.name: t.pk for t in Tag.objects.filter(name__in=semua_tag)}
    buat_gambar = _Gambar(gambar)
    halaman, tag_halaman = [], []
    for k in range(jumlah):
        i = awal + k
        artikel = BERITA[i % len(BERITA)]
        wilayah = KABUPATEN_KOTA[(i // len(BERITA)) % len(KABUPATEN_KOTA)]
        judul = f"{artikel.judul} ({wilayah}, seri {i + 1})"[:255]
        slug = f"{slugify(artikel.judul)[:60].strip('-')}-{i + 1}"
        sumber = opd.get(artikel.opd, opd_cadangan)
        tanggal = hari_ini - datetime.timedelta(days=1 + i // BERITA_PER_HARI)
        waktu = _waktu(tanggal, 9 + i % 6)
        halaman.append(
            BeritaPage(
                title=judul,
                slug=slug,
                first_published_at=waktu,
                waktu_liputan=waktu - datetime.timedelta(hours=3),
                tanggal=tanggal,
                ringkasan=artikel.ringkasan,
                gambar_utama=gambar[i % len(gambar)],
                keterangan_gambar=f"Ilustrasi: {artikel.ringkasan.split('.')[0]}."[:255],
                kredit_gambar=f"Humas {sumber.singkatan} Kaltim",
                isi=susun_isi_berita(i, artikel, slug, sumber, buat_gambar, berkas),
                kategori=kategori.get(artikel.kategori),
                opd=sumber,
                penulis=f"Tim Liputan {sumber.singkatan}",
            )
        )
        tag_halaman.append([tag[t] for t in artikel.tags if t in tag])
    with transaction.atomic():
        _sisipkan_halaman(indeks, halaman, pemilik)
        BeritaPageTag.objects.bulk_create(
            [
                BeritaPageTag(content_object_id=page.pk, tag_id=tag_id)
                for page, ids in zip(halaman, tag_halaman, strict=True)
                for tag_id in ids
            ],
            batch_size=UKURAN_BATCH,
        )
    return [page.pk for page in halaman]


def tambah_dokumen(jumlah, berkas, pemilik, awal=0):
    """`jumlah` live public documents, each with one attached file from `berkas`."""
    if jumlah <= 0:
        return []
    _b, indeks, _g = _struktur()
    hari_ini = timezone.localdate()
    jenis = list(JenisDokumen.objects.order_by("pk"))
    opd = list(OPD.objects.order_by("pk"))
    halaman = []
    for k in range(jumlah):
        i = awal + k
        contoh = DOKUMEN[i % len(DOKUMEN)]
        j = jenis[i % len(jenis)]
        tanggal = hari_ini - datetime.timedelta(days=1 + i // DOKUMEN_PER_HARI)
        nomor = f"{100 + i}/{j.singkatan.upper()}/{tanggal.year}"
        judul = f"{j.nama} Nomor {nomor} tentang {contoh.pokok}"[:255]
        halaman.append(
            DokumenPage(
                title=judul,
                slug=f"{slugify(j.singkatan)}-{100 + i}-{tanggal.year}",
                first_published_at=_waktu(tanggal, 10),
                waktu_liputan=_waktu(tanggal, 8),
                nomor=nomor,
                tahun=tanggal.year,
                jenis=j,
                kategori_kip=KATEGORI_KIP[i % len(KATEGORI_KIP)],
                opd=opd[i % len(opd)],
                tanggal_terbit=tanggal,
                status="berlaku" if i % 7 else "tidak_berlaku",
                ringkasan=contoh.ringkasan,
                penanggung_jawab=contoh.penanggung_jawab or PPID,
                bentuk_informasi=contoh.bentuk,
                jangka_waktu_penyimpanan=contoh.jangka,
                tanggal_pembaruan=tanggal,
            )
        )
    with transaction.atomic():
        _sisipkan_halaman(indeks, halaman, pemilik)
        DokumenLampiran.objects.bulk_create(
            [
                DokumenLampiran(page_id=page.pk, dokumen=berkas[n % len(berkas)], sort_order=0)
                for n, page in enumerate(halaman)
            ],
            batch_size=UKURAN_BATCH,
        )
    return [page.pk for page in halaman]


def tambah_galeri(jumlah, gambar, pemilik, awal=0):
    """`jumlah` live photo galleries of FOTO_PER_GALERI photos from the image pool."""
    if jumlah <= 0:
        return []
    _b, _d, indeks = _struktur()
    hari_ini = timezone.localdate()
    halaman, foto = [], []
    for k in range(jumlah):
        i = awal + k
        album = ALBUM[i % len(ALBUM)]
        wilayah = KABUPATEN_KOTA[i % len(KABUPATEN_KOTA)]
        tanggal = hari_ini - datetime.timedelta(days=1 + i * HARI_PER_GALERI)
        halaman.append(
            GaleriFotoPage(
                title=f"{album.judul} ({wilayah}, seri {i + 1})"[:255],
                slug=f"{album.slug}-{i + 1}",
                first_published_at=_waktu(tanggal, 14),
                waktu_liputan=_waktu(tanggal, 10),
                tanggal=tanggal,
                deskripsi=album.deskripsi,
            )
        )
        foto.append(
            [
                (gambar[(i * FOTO_PER_GALERI + n) % len(gambar)], album.foto[n % len(album.foto)])
                for n in range(FOTO_PER_GALERI)
            ]
        )
    with transaction.atomic():
        _sisipkan_halaman(indeks, halaman, pemilik)
        GaleriFoto.objects.bulk_create(
            [
                GaleriFoto(
                    page_id=page.pk,
                    gambar=g,
                    teks_alternatif=f.alt,
                    keterangan=f.keterangan,
                    kredit="Diskominfo Kaltim",
                    sort_order=n,
                )
                for page, isi in zip(halaman, foto, strict=True)
                for n, (g, f) in enumerate(isi)
            ],
            batch_size=UKURAN_BATCH,
        )
    return [page.pk for page in halaman]


def indeks_pencarian(model, ids, ukuran=500):
    """Add the pages `ids` of `model` to the search index in chunks (the backend's add_bulk:
    one INSERT … ON CONFLICT per chunk); returns the seconds it took."""
    from wagtail.search.backends import get_search_backend

    mulai = time.monotonic()
    backend = get_search_backend()
    qs = model.objects.all()
    if model is BeritaPage:
        qs = qs.prefetch_related("tags")
    elif model is DokumenPage:
        qs = qs.select_related("jenis", "opd")
    elif model is GaleriFotoPage:
        qs = qs.prefetch_related("foto")
    for awal in range(0, len(ids), ukuran):
        with transaction.atomic():
            backend.add_bulk(model, list(qs.filter(pk__in=ids[awal : awal + ukuran])))
    return time.monotonic() - mulai


def perbarui_statistik():
    """Refresh the planner's statistics after a bulk load, as autovacuum's ANALYZE does on a
    live server some time after such a load: without it PostgreSQL plans for the tables
    as they were before (a handful of pages) and scans the whole tree for every listing."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
