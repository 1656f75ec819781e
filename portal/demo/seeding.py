"""The demo seeding service behind `seed_demo`: realistic content and demo users.

Idempotent: everything is looked up by a natural key (username, OPD code, document type
abbreviation, category slug, page slug under its index) and created only when missing; what
exists is never modified. The content is deterministic: the same volumes give the same texts,
pictures and files on every fresh database. Every page is published through the SOP workflow,
so it has a history: drafted and submitted by the petugas, edited and forwarded by the editor,
published on the pejabat's approval, dated within the SOP's working hours (riwayat.py); a year
of updates to it follows on a fresh install (tahun_mutu.py), for the Mutu Baku report.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import factory.random
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django_otp.plugins.otp_totp.models import TOTPDevice
from faker import Faker
from wagtail.models import Collection, Locale, Page, Site

from berita.demo import BERITA, KATEGORI_BERITA
from berita.factories import BeritaPageFactory, KategoriBeritaFactory
from berita.models import BeritaIndexPage, BeritaPage, KategoriBerita
from dokumen.demo import (
    DOKUMEN,
    JENIS_PERATURAN,
    PENETAP,
    judul_lengkap,
    paragraf_pdf,
    tanggal_indonesia,
)
from dokumen.factories import DokumenPageFactory
from dokumen.models import DokumenIndexPage, DokumenPage, JenisDokumen
from dokumen.penyiapan import siapkan_jenis_dokumen
from galeri.demo import ALBUM, VIDEO_GALERI
from galeri.factories import (
    GaleriFotoFactory,
    GaleriFotoPageFactory,
    GaleriVideoFactory,
    GaleriVideoPageFactory,
)
from galeri.models import GaleriFotoPage, GaleriIndexPage, GaleriVideoPage
from home.models import BeritaUnggulan, GaleriUnggulan, HomePage, TautanCepat
from portal.akun.otp import peran_wajib_otp
from portal.core.bahasa import siapkan_struktur_terjemahan
from portal.core.factories import DocumentFactory, ImageFactory, OPDFactory, UserFactory
from portal.core.models import OPD, PengaturanSitus
from portal.demo import referensi
from portal.demo.inggris import semai_terjemahan_inggris
from portal.demo.isi_berita import susun_isi_berita
from portal.demo.paragraf import TEMA_KATEGORI
from portal.demo.riwayat import terbitkan
from portal.demo.tahun_mutu import semai_tahun_mutu
from portal.moderasi.jadwal_tayang import publikasi_segera

BENIH = 20170311  # Pergub Kaltim 11/2017, the regulation on government websites
WITA = ZoneInfo("Asia/Makassar")
KOLEKSI = ("Berita", "Dokumen", "Galeri")
JUMLAH_UNGGULAN = 4


@dataclass(frozen=True)
class VolumeDemo:
    """How much content to seed; the default is the full demo."""

    berita: int = len(BERITA)
    dokumen: int = len(DOKUMEN)
    album: int = len(ALBUM)
    foto_per_album: int | None = None  # None: every photo of the album (7-9)
    video: bool = True
    lebar_gambar: int = 1600
    tinggi_gambar: int = 900


VOLUME_PENUH = VolumeDemo()
# For tests and quick trials: a little of everything, small pictures.
VOLUME_KECIL = VolumeDemo(
    berita=5, dokumen=2, album=1, foto_per_album=2, lebar_gambar=320, tinggi_gambar=180
)


@dataclass
class HasilSemai:
    dibuat: Counter = field(default_factory=Counter)
    pengguna: list = field(default_factory=list)

    @property
    def ada_yang_dibuat(self):
        return any(self.dibuat.values())


class _Penyemai:
    def __init__(self, volume):
        self.volume = volume
        self.hasil = HasilSemai()
        self.fake = Faker("id_ID")
        self.fake.seed_instance(BENIH)
        factory.random.reseed_random(BENIH)
        self.hari_ini = timezone.localdate()

    # --- structure made by setup_portal -------------------------------------------------
    def cari_struktur(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        beranda = site.root_page.specific if site else None
        if not isinstance(beranda, HomePage):
            raise RuntimeError("Beranda belum ada: jalankan `manage.py setup_portal` dulu.")
        self.beranda = beranda
        self.locale = beranda.locale
        self.indeks_berita = BeritaIndexPage.objects.child_of(beranda).first()
        self.indeks_dokumen = DokumenIndexPage.objects.child_of(beranda).first()
        self.indeks_galeri = GaleriIndexPage.objects.child_of(beranda).first()
        if not (self.indeks_berita and self.indeks_dokumen and self.indeks_galeri):
            raise RuntimeError("Indeks berita/dokumen/galeri belum ada: jalankan setup_portal.")

    def siapkan_koleksi(self):
        akar = Collection.get_first_root_node()
        self.koleksi = {}
        for nama in KOLEKSI:
            koleksi = akar.get_children().filter(name=nama).first()
            if koleksi is None:
                koleksi = akar.add_child(name=nama)
                self.hasil.dibuat["koleksi"] += 1
            self.koleksi[nama] = koleksi

    # --- users and managed lists --------------------------------------------------------
    def siapkan_pengguna(self):
        User = get_user_model()
        self.pengguna = {}
        for data in referensi.PENGGUNA:
            user = User.objects.filter(username=data.username).first()
            if user is None:
                calon = User(
                    username=data.username,
                    first_name=data.first_name,
                    last_name=data.last_name,
                    email=data.email,
                )
                validate_password(data.password, calon)
                user = UserFactory(
                    username=data.username,
                    first_name=data.first_name,
                    last_name=data.last_name,
                    email=data.email,
                    password=data.password,
                    superuser=data.is_superuser,
                    groups=[data.grup] if data.grup else [],
                )
                self.hasil.dibuat["pengguna"] += 1
            self.pengguna[data.username] = user
            self.hasil.pengguna.append(data)
            self.siapkan_otp(user)
        self.petugas = self.pengguna.get("petugas")
        self.editor = self.pengguna.get("editor")
        self.pejabat = self.pengguna.get("pejabat")
        self.admin = self.pengguna.get("admin")

    def siapkan_otp(self, user):
        """A confirmed authenticator with the known demo secret for the accounts that must
        give a code (portal/akun), so a reviewer can sign in; one they already have is kept."""
        if not peran_wajib_otp(user) or TOTPDevice.objects.filter(user=user).exists():
            return
        TOTPDevice.objects.create(
            user=user, name="Demo", key=referensi.KUNCI_OTP_DEMO, confirmed=True
        )
        self.hasil.dibuat["autentikator OTP"] += 1

    def siapkan_daftar(self):
        for kode, nama, singkatan in referensi.OPD:
            if not OPD.objects.filter(Q(kode=kode) | Q(nama=nama)).exists():
                OPDFactory(kode=kode, nama=nama, singkatan=singkatan)
                self.hasil.dibuat["OPD"] += 1
        self.opd = {o.singkatan: o for o in OPD.objects.all()}

        self.hasil.dibuat["jenis dokumen"] += siapkan_jenis_dokumen()
        self.jenis = {j.singkatan: j for j in JenisDokumen.objects.all()}

        for slug, nama in KATEGORI_BERITA:
            if not KategoriBerita.objects.filter(slug=slug, locale=self.locale).exists():
                KategoriBeritaFactory(slug=slug, nama=nama, locale=self.locale)
                self.hasil.dibuat["kategori berita"] += 1
        self.kategori = {k.slug: k for k in KategoriBerita.objects.filter(locale=self.locale)}

    # --- media ---------------------------------------------------------------------------
    def gambar(self, judul, koleksi, tema=None):
        self.hasil.dibuat["gambar"] += 1
        return ImageFactory(
            title=judul[:255],
            collection=self.koleksi[koleksi],
            lebar=self.volume.lebar_gambar,
            tinggi=self.volume.tinggi_gambar,
            tema=tema,
        )

    def berkas(self, judul, koleksi, **kwargs):
        self.hasil.dibuat["berkas"] += 1
        return DocumentFactory(title=judul[:255], collection=self.koleksi[koleksi], **kwargs)

    def _waktu(self, tanggal, jam):
        """Publication time on `tanggal`, moved back to a working day and into the SOP's
        working hours (Mon-Thu 08:00-16:00, Fri 08:00-11:30 WITA), two hours after opening
        at the earliest so the earlier steps fit in the same day."""
        while tanggal.weekday() >= 5:
            tanggal -= datetime.timedelta(days=1)
        jam = min(max(jam, 10), 11 if tanggal.weekday() == 4 else 15)
        return datetime.datetime.combine(tanggal, datetime.time(jam, 15), tzinfo=WITA)

    # --- documents -----------------------------------------------------------------------
    def semai_dokumen(self):
        # The main file of each document by its OPD: an article offers a download of its own
        # agency's documents, so what it offers matches its subject.
        self.dokumen_berkas = defaultdict(list)
        for dok in DOKUMEN[: self.volume.dokumen]:
            jenis = self.jenis.get(dok.jenis)
            if jenis is None:  # renamed by an editor: leave this document out
                continue
            judul = judul_lengkap(dok, jenis.nama)
            slug = slugify(f"{dok.jenis} {dok.nomor} {dok.pokok}")[:90].strip("-")
            ada = DokumenPage.objects.child_of(self.indeks_dokumen).filter(slug=slug).first()
            if ada:
                lampiran = ada.lampiran.first()
                if lampiran:
                    self.dokumen_berkas[ada.opd.singkatan if ada.opd else ""].append(
                        lampiran.dokumen
                    )
                continue
            opd = self.opd.get(dok.opd) or OPD.objects.first()
            if dok.jenis in JENIS_PERATURAN:
                penetap = PENETAP.get(dok.jenis, dok.penanggung_jawab.upper())
                pengesahan = (
                    f"Ditetapkan di Samarinda\npada tanggal {tanggal_indonesia(dok.tanggal)}"
                    f"\n\n{penetap}"
                )
            else:
                pengesahan = (
                    f"Samarinda, {tanggal_indonesia(dok.tanggal)}\n\n{dok.penanggung_jawab}"
                )
            utama = self.berkas(
                judul,
                "Dokumen",
                unit=opd.nama,
                nomor="" if dok.nomor.startswith("Tahun") else dok.nomor,
                paragraf=paragraf_pdf(dok, jenis.nama),
                tempat_tanggal=pengesahan,
                tanggal=dok.tanggal,
            )
            lampiran = [utama] + [
                self.berkas(
                    f"{judul_lampiran} - {dok.pokok}",
                    "Dokumen",
                    unit=opd.nama,
                    paragraf=[judul_lampiran, dok.ringkasan],
                    tanggal=dok.tanggal,
                )
                for judul_lampiran in dok.lampiran
            ]
            waktu = self._waktu(dok.tanggal, 10)
            page = DokumenPageFactory(
                parent=self.indeks_dokumen,
                dokumen=dok,
                title=judul[:255],
                slug=slug,
                jenis=jenis,
                opd=opd,
                lampiran=lampiran,
                live=False,
                owner=self.petugas,
                waktu_liputan=waktu - datetime.timedelta(hours=2),
            )
            terbitkan(page, self.petugas, self.editor, self.pejabat, waktu)
            self.dokumen_berkas[opd.singkatan].append(utama)
            self.hasil.dibuat["dokumen"] += 1

    # --- news ----------------------------------------------------------------------------
    def semai_berita(self):
        jumlah = self.volume.berita
        for i, artikel in enumerate(BERITA[:jumlah]):
            slug = slugify(artikel.judul)[:80].strip("-")
            if BeritaPage.objects.child_of(self.indeks_berita).filter(slug=slug).exists():
                continue
            opd = self.opd.get(artikel.opd) or OPD.objects.first()
            waktu = self._waktu(
                self.hari_ini - datetime.timedelta(days=1 + i * 4 + (i * 7) % 3), 10 + i % 6
            )
            tanggal = waktu.date()
            tema = TEMA_KATEGORI.get(artikel.kategori)
            page = BeritaPageFactory(
                parent=self.indeks_berita,
                artikel=artikel,
                slug=slug,
                tanggal=tanggal,
                gambar_utama=self.gambar(artikel.judul, "Berita", tema),
                keterangan_gambar=f"Ilustrasi: {artikel.ringkasan.split('.')[0]}."[:255],
                kredit_gambar=f"{self.fake.name()}/{opd.singkatan} Kaltim",
                isi=susun_isi_berita(i, artikel, slug, opd, self.gambar, self.dokumen_berkas),
                kategori=self.kategori.get(artikel.kategori),
                opd=opd,
                penulis=self.fake.name(),
                tags=artikel.tags,
                live=False,
                owner=self.petugas,
                waktu_liputan=waktu - datetime.timedelta(hours=3),
            )
            terbitkan(page, self.petugas, self.editor, self.pejabat, waktu)
            self.hasil.dibuat["berita"] += 1

    # --- galleries -----------------------------------------------------------------------
    def semai_galeri(self):
        for album in ALBUM[: self.volume.album]:
            if GaleriFotoPage.objects.child_of(self.indeks_galeri).filter(slug=album.slug).exists():
                continue
            waktu = self._waktu(self.hari_ini - datetime.timedelta(days=album.hari_lalu), 14)
            tanggal = waktu.date()
            page = GaleriFotoPageFactory(
                parent=self.indeks_galeri,
                album=album,
                slug=album.slug,
                tanggal=tanggal,
                foto=0,
                live=False,
                owner=self.petugas,
                waktu_liputan=waktu - datetime.timedelta(hours=4),
            )
            kredit = f"{self.fake.name()}/Diskominfo Kaltim"
            for foto in album.foto[: self.volume.foto_per_album]:
                GaleriFotoFactory(
                    page=page,
                    gambar=self.gambar(foto.keterangan.rstrip("."), "Galeri", album.tema),
                    teks_alternatif=foto.alt,
                    keterangan=foto.keterangan,
                    kredit=kredit,
                )
            terbitkan(page, self.petugas, self.editor, self.pejabat, waktu)
            self.hasil.dibuat["galeri foto"] += 1

    def semai_video(self):
        if not self.volume.video:
            return
        if (
            GaleriVideoPage.objects.child_of(self.indeks_galeri)
            .filter(slug=VIDEO_GALERI["slug"])
            .exists()
        ):
            return
        waktu = self._waktu(self.hari_ini - datetime.timedelta(days=VIDEO_GALERI["hari_lalu"]), 15)
        tanggal = waktu.date()
        page = GaleriVideoPageFactory(
            parent=self.indeks_galeri,
            slug=VIDEO_GALERI["slug"],
            tanggal=tanggal,
            video=0,
            live=False,
            owner=self.petugas,
            waktu_liputan=waktu - datetime.timedelta(hours=2),
        )
        GaleriVideoFactory(
            page=page,
            unggahan=True,
            berkas=self.berkas(VIDEO_GALERI["video_berkas"], "Galeri", video=True),
            teks_terjemahan=self.berkas(
                f"Teks terjemahan: {VIDEO_GALERI['video_berkas']}", "Galeri", teks_video=True
            ),
            poster=self.gambar(VIDEO_GALERI["video_berkas"], "Galeri", "kota"),
        )
        GaleriVideoFactory(page=page)
        terbitkan(page, self.petugas, self.editor, self.pejabat, waktu)
        self.hasil.dibuat["galeri video"] += 1

    # --- home page, section intros, site settings ----------------------------------------
    def lengkapi_beranda(self):
        beranda = self.beranda
        ubah = False
        if not beranda.intro:
            beranda.intro = referensi.INTRO_BERANDA
            ubah = True
        if not beranda.berita_unggulan.exists():
            terbaru = (
                BeritaPage.objects.live()
                .child_of(self.indeks_berita)
                .order_by("-tanggal", "-pk")
                .select_related("kategori")
            )
            pilihan, kategori = [], set()
            for berita in terbaru:
                if berita.kategori_id not in kategori:
                    pilihan.append(berita)
                    kategori.add(berita.kategori_id)
                if len(pilihan) == JUMLAH_UNGGULAN:
                    break
            if pilihan:
                beranda.berita_unggulan = [
                    BeritaUnggulan(berita=berita, sort_order=urutan)
                    for urutan, berita in enumerate(pilihan)
                ]
                ubah = True
        ubah = self.pilih_berita_utama() or ubah
        ubah = self.pilih_galeri_unggulan() or ubah
        if not beranda.tautan_cepat.exists():
            bagian = {"dokumen": self.indeks_dokumen}
            beranda.tautan_cepat = [
                TautanCepat(
                    sort_order=urutan,
                    judul=tautan["judul"],
                    keterangan=tautan["keterangan"],
                    url=tautan.get("url", ""),
                    halaman=bagian.get(tautan.get("bagian")),
                )
                for urutan, tautan in enumerate(referensi.TAUTAN_CEPAT)
            ]
            ubah = True
        if ubah:
            beranda.save_revision(user=self.admin, log_action=True).publish(
                user=self.admin, skip_permission_checks=True
            )
            self.hasil.dibuat["beranda"] += 1

        for indeks in (self.indeks_berita, self.indeks_dokumen, self.indeks_galeri):
            if not indeks.intro and indeks.slug in referensi.INTRO_BAGIAN:
                indeks.intro = referensi.INTRO_BAGIAN[indeks.slug]
                indeks.save_revision(user=self.admin, log_action=True).publish(
                    user=self.admin, skip_permission_checks=True
                )
                self.hasil.dibuat["pengantar bagian"] += 1

    def pilih_berita_utama(self):
        """The headline: the latest berita with an image that is not already featured."""
        beranda = self.beranda
        if beranda.berita_utama_id is not None:
            return False
        unggulan = [u.berita_id for u in beranda.berita_unggulan.all()]
        beranda.berita_utama = (
            BeritaPage.objects.live()
            .child_of(self.indeks_berita)
            .exclude(pk__in=unggulan)
            .exclude(gambar_utama=None)
            .order_by("-tanggal", "-pk")
            .first()
        )
        return beranda.berita_utama_id is not None

    def pilih_galeri_unggulan(self):
        """Featured galleries: the video gallery and the oldest album, ahead of the latest."""
        if self.beranda.galeri_unggulan.exists():
            return False
        galeri = [
            GaleriVideoPage.objects.live().child_of(self.indeks_galeri).first(),
            GaleriFotoPage.objects.live()
            .child_of(self.indeks_galeri)
            .order_by("tanggal", "pk")
            .first(),
        ]
        pilihan = [
            GaleriUnggulan(galeri=g, sort_order=urutan)
            for urutan, g in enumerate(g for g in galeri if g is not None)
        ]
        self.beranda.galeri_unggulan = pilihan
        return bool(pilihan)

    def lengkapi_pengaturan(self):
        pengaturan = PengaturanSitus.load()
        kosong = {
            nama: nilai
            for nama, nilai in referensi.PENGATURAN_SITUS.items()
            if not getattr(pengaturan, nama)
        }
        if kosong:
            for nama, nilai in kosong.items():
                setattr(pengaturan, nama, nilai)
            pengaturan.save()
            self.hasil.dibuat["pengaturan situs"] += 1

    def jalankan(self):
        self.cari_struktur()
        self.siapkan_koleksi()
        self.siapkan_pengguna()
        self.siapkan_daftar()
        self.semai_dokumen()
        self.semai_berita()
        self.semai_galeri()
        self.semai_video()
        self.hasil.dibuat += semai_tahun_mutu(self.pengguna, self.hari_ini)
        self.lengkapi_beranda()
        self.lengkapi_pengaturan()
        self.siapkan_bahasa_inggris()
        self.hasil.dibuat += Counter(
            {"halaman terjemahan Inggris": semai_terjemahan_inggris(self.beranda, self.pengguna)}
        )
        return self.hasil

    def siapkan_bahasa_inggris(self):
        """The English home page and section indexes (their English titles and intros, and
        the translated content, come from portal/demo/inggris.py through wagtail-localize)."""
        if self.beranda.get_translations().exists():
            return
        beranda_en = siapkan_struktur_terjemahan(self.beranda, "en")
        self.hasil.dibuat["halaman bahasa Inggris"] += 1 + Page.objects.child_of(beranda_en).count()


@transaction.atomic
def semai_demo(volume=VOLUME_PENUH):
    """Create the demo content and users that are missing; return what was created.

    Needs the structure of `setup_portal` (home page, section indexes, groups).
    """
    Locale.get_default()  # fail early without a default locale
    # The demo history is dated in past working hours: publish it now, whatever the hour.
    with publikasi_segera():
        return _Penyemai(volume).jalankan()
