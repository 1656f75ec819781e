"""The working-hours calendar as admin data: seeding, administrators' edits, the cached
`kalender_kerja()` selector, and the admin screens.

Dates: 17 Aug 2026 (Hari Kemerdekaan) is a Monday; 14 Aug 2026 a Friday; 24 Dec 2026 is cuti
bersama.
"""

from datetime import date, datetime, time

import holidays
import pytest
import time_machine
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from portal.moderasi.kalender import KUNCI_CACHE, kalender_kerja
from portal.moderasi.models import HariLibur, JamKerjaHarian
from portal.moderasi.penyiapan import libur_dari_paket, siapkan_kalender, tahun_pengisian
from portal.moderasi.policy import ZONA_WITA, KalenderKerja
from tests.conftest import bangun_situs_uji

pytestmark = pytest.mark.django_db

HARI_INI = date(2026, 8, 1)
HUT_RI = date(2026, 8, 17)


def wita(*args):
    return datetime(*args, tzinfo=ZONA_WITA)


@pytest.fixture(autouse=True)
def cache_bersih():
    """The local-memory cache outlives each test's database rollback: start and end empty."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def kalender(beranda):
    """The portal as setup_portal builds it, with the holidays of 2025–2028 seeded."""
    siapkan_kalender(hari_ini=HARI_INI)
    return beranda


def _jepret():
    return {
        "jam": list(JamKerjaHarian.objects.values_list("hari", "buka", "mulai", "selesai")),
        "libur": list(
            HariLibur.objects.values_list(
                "tanggal", "nama", "jenis", "aktif", "sumber", "diubah_admin"
            )
        ),
    }


def _admin(user):
    client = Client()
    client.force_login(user)
    return client


def url_snippet(model, aksi, *args):
    return reverse(
        f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:{aksi}", args=args
    )


# -- the holidays package ------------------------------------------------------------------------


def test_paket_holidays_menyediakan_kategori_government_untuk_indonesia():
    assert "government" in holidays.country_holidays("ID").supported_categories
    assert "id" in holidays.country_holidays("ID").supported_languages


def test_tahun_pengisian_tahun_lalu_sampai_dua_tahun_ke_depan():
    assert tahun_pengisian(HARI_INI) == (2025, 2026, 2027, 2028)


def test_kalender_suite_tidak_bergantung_pada_tanggal_sebenarnya(db):
    """The suite's site (`bangun_situs_uji`, behind the `beranda` fixture) seeds the years the
    tests use (2025–2028) even when the real clock is past them, as it will be in 2029: setup
    alone would seed 2028–2031."""
    with time_machine.travel(wita(2029, 3, 14, 10, 0), tick=False):
        bangun_situs_uji()
    tahun = set(HariLibur.objects.dates("tanggal", "year").values_list("tanggal__year", flat=True))
    assert {2025, 2026, 2027, 2028, 2029, 2030, 2031} <= tahun
    assert HariLibur.objects.get(tanggal=HUT_RI).aktif
    assert not kalender_kerja().buka_pada(wita(2026, 8, 17, 10, 0))


# -- seeding -------------------------------------------------------------------------------------


def test_jam_mingguan_diisi_jam_sop(kalender):
    jam = {b.hari: b.jendela for b in JamKerjaHarian.objects.all()}
    assert jam == {
        0: (time(8), time(16)),
        1: (time(8), time(16)),
        2: (time(8), time(16)),
        3: (time(8), time(16)),
        4: (time(8), time(11, 30)),
        5: None,
        6: None,
    }


def test_17_agustus_dan_cuti_bersama_terisi(kalender):
    hut = HariLibur.objects.get(tanggal=HUT_RI)
    assert hut.nama == "Hari Kemerdekaan Republik Indonesia"
    assert hut.jenis == HariLibur.Jenis.LIBUR_NASIONAL
    assert hut.sumber == HariLibur.Sumber.OTOMATIS
    assert hut.aktif
    natal = HariLibur.objects.get(tanggal=date(2026, 12, 24))
    assert natal.jenis == HariLibur.Jenis.CUTI_BERSAMA
    assert natal.nama.startswith("Cuti Bersama")
    tahun = set(HariLibur.objects.dates("tanggal", "year").values_list("tanggal__year", flat=True))
    assert {2025, 2026, 2027, 2028} <= tahun


def test_pengisian_idempoten(kalender):
    sebelum = _jepret()
    hasil = siapkan_kalender(hari_ini=HARI_INI)
    assert (hasil.jam_dibuat, hasil.libur_dibuat, hasil.libur_diperbarui, hasil.libur_dihapus) == (
        0,
        0,
        0,
        0,
    )
    assert _jepret() == sebelum


def test_pengisian_ulang_tidak_menimpa_suntingan_administrator(kalender, admin_portal):
    client = _admin(admin_portal)
    jumat = JamKerjaHarian.objects.get(hari=4)
    respons = client.post(
        url_snippet(JamKerjaHarian, "edit", jumat.pk),
        {"buka": "on", "mulai": "08:00", "selesai": "14:00"},
    )
    assert respons.status_code == 302, respons.content.decode()[:2000]
    hut = HariLibur.objects.get(tanggal=HUT_RI)
    respons = client.post(
        url_snippet(HariLibur, "edit", hut.pk),
        {"nama": "Upacara HUT RI (kantor buka)", "jenis": HariLibur.Jenis.LIBUR_NASIONAL},
    )  # "aktif" unchecked: the administrator switched the day off
    assert respons.status_code == 302, respons.content.decode()[:2000]
    hut.refresh_from_db()
    assert (hut.aktif, hut.diubah_admin, hut.tanggal) == (False, True, HUT_RI)
    JamKerjaHarian.objects.filter(hari=6).delete()  # a weekday gone missing is re-added

    sebelum = _jepret()
    hasil = siapkan_kalender(hari_ini=HARI_INI)

    assert hasil.jam_dibuat == 1
    assert JamKerjaHarian.objects.get(hari=4).jendela == (time(8), time(14))
    assert JamKerjaHarian.objects.get(hari=6).jendela is None
    hut.refresh_from_db()
    assert (hut.aktif, hut.nama) == (False, "Upacara HUT RI (kantor buka)")
    assert _jepret()["libur"] == sebelum["libur"]


def test_tanggal_hari_libur_otomatis_tidak_dapat_dipindah(kalender, admin_portal):
    hut = HariLibur.objects.get(tanggal=HUT_RI)
    respons = _admin(admin_portal).post(
        url_snippet(HariLibur, "edit", hut.pk),
        {"tanggal": "2026-08-18", "nama": hut.nama, "jenis": hut.jenis, "aktif": "on"},
    )
    assert respons.status_code == 302
    hut.refresh_from_db()
    assert hut.tanggal == HUT_RI


def test_libur_otomatis_yang_hilang_dari_paket_dihapus_hanya_bila_tak_disentuh(kalender):
    """An estimated Islamic date that the package moved must not stay closed forever."""
    lama = HariLibur.objects.create(
        tanggal=date(2027, 7, 7), nama="Perkiraan lama", sumber=HariLibur.Sumber.OTOMATIS
    )
    disunting = HariLibur.objects.create(
        tanggal=date(2027, 7, 8),
        nama="Disunting admin",
        sumber=HariLibur.Sumber.OTOMATIS,
        diubah_admin=True,
    )
    manual = HariLibur.objects.create(
        tanggal=date(2027, 7, 9),
        nama="Penutupan kantor gubernur",
        jenis=HariLibur.Jenis.PENUTUPAN_KHUSUS,
    )
    hasil = siapkan_kalender(hari_ini=HARI_INI)
    assert hasil.libur_dihapus == 1
    assert not HariLibur.objects.filter(pk=lama.pk).exists()
    assert HariLibur.objects.filter(pk__in=[disunting.pk, manual.pk]).count() == 2


def test_nama_libur_otomatis_mengikuti_paket(kalender):
    HariLibur.objects.filter(tanggal=HUT_RI).update(nama="nama usang")
    hasil = siapkan_kalender(hari_ini=HARI_INI)
    assert hasil.libur_diperbarui == 1
    assert (
        HariLibur.objects.get(tanggal=HUT_RI).nama
        == libur_dari_paket(tahun_pengisian(HARI_INI))[HUT_RI][0]
    )


# -- kalender_kerja() ----------------------------------------------------------------------------


def test_kalender_kerja_tutup_pada_17_agustus_dan_akhir_pekan(kalender):
    k = kalender_kerja()
    assert not k.buka_pada(wita(2026, 8, 17, 9, 0))
    assert not k.buka_pada(wita(2026, 8, 15, 9, 0))  # Saturday
    assert not k.buka_pada(wita(2026, 8, 14, 12, 0))  # Friday after 11:30
    assert k.buka_pada(wita(2026, 8, 18, 8, 0))


def test_hari_libur_nonaktif_berarti_buka(kalender):
    assert not kalender_kerja().buka_pada(wita(2026, 8, 17, 9, 0))
    hut = HariLibur.objects.get(tanggal=HUT_RI)
    hut.aktif = False
    hut.save()
    assert kalender_kerja().buka_pada(wita(2026, 8, 17, 9, 0))


def test_ubah_jam_mingguan_langsung_berlaku(kalender, admin_portal):
    jumat_siang = wita(2026, 8, 14, 12, 0)
    assert not kalender_kerja().buka_pada(jumat_siang)  # and now it is cached
    assert cache.get(KUNCI_CACHE) is not None
    jumat = JamKerjaHarian.objects.get(hari=4)
    respons = _admin(admin_portal).post(
        url_snippet(JamKerjaHarian, "edit", jumat.pk),
        {"buka": "on", "mulai": "08:00", "selesai": "14:00"},
    )
    assert respons.status_code == 302
    assert kalender_kerja().buka_pada(jumat_siang)


def test_hapus_hari_libur_manual_langsung_berlaku(kalender):
    penutupan = HariLibur.objects.create(
        tanggal=date(2026, 8, 19), nama="Pemadaman listrik gedung", jenis="penutupan_khusus"
    )
    assert not kalender_kerja().buka_pada(wita(2026, 8, 19, 9, 0))
    penutupan.delete()
    assert kalender_kerja().buka_pada(wita(2026, 8, 19, 9, 0))


def test_tabel_mingguan_kosong_berarti_jam_sop(kalender):
    JamKerjaHarian.objects.all().delete()
    libur = HariLibur.objects.filter(aktif=True).values_list("tanggal", flat=True)
    assert kalender_kerja() == KalenderKerja.sop(libur)


def test_kalender_kerja_tetap_jalan_saat_cache_mati(kalender, monkeypatch):
    def mati(*args, **kwargs):
        raise ConnectionError("redis mati")

    monkeypatch.setattr(cache, "get", mati)
    monkeypatch.setattr(cache, "set", mati)
    assert not kalender_kerja().buka_pada(wita(2026, 8, 17, 9, 0))


# -- validation ----------------------------------------------------------------------------------


def test_jam_selesai_harus_setelah_jam_mulai(kalender):
    senin = JamKerjaHarian.objects.get(hari=0)
    senin.mulai, senin.selesai = time(16), time(8)
    with pytest.raises(ValidationError) as galat:
        senin.full_clean()
    assert galat.value.message_dict == {
        "selesai": ["Jam selesai (08:00) harus setelah jam mulai (16:00)."]
    }


def test_hari_buka_wajib_berjam(kalender):
    senin = JamKerjaHarian.objects.get(hari=0)
    senin.mulai = senin.selesai = None
    with pytest.raises(ValidationError) as galat:
        senin.full_clean()
    assert set(galat.value.message_dict) == {"mulai", "selesai"}


def test_hari_tutup_tidak_perlu_jam(kalender):
    sabtu = JamKerjaHarian.objects.get(hari=5)
    sabtu.full_clean()
    assert str(sabtu) == "Sabtu: tutup"


def test_form_admin_menampilkan_pesan_jam_salah(kalender, admin_portal):
    senin = JamKerjaHarian.objects.get(hari=0)
    respons = _admin(admin_portal).post(
        url_snippet(JamKerjaHarian, "edit", senin.pk),
        {"buka": "on", "mulai": "16:00", "selesai": "08:00"},
    )
    assert respons.status_code == 200
    assert "harus setelah jam mulai" in respons.content.decode()
    assert JamKerjaHarian.objects.get(hari=0).jendela == (time(8), time(16))


# -- admin permissions ---------------------------------------------------------------------------


def test_administrator_melihat_kedua_daftar(kalender, admin_portal):
    client = _admin(admin_portal)
    respons = client.get(url_snippet(JamKerjaHarian, "list"))
    assert respons.status_code == 200
    assert "Jumat" in respons.content.decode()
    respons = client.get(url_snippet(HariLibur, "list"), {"q": "Kemerdekaan"})
    assert respons.status_code == 200
    assert "Hari Kemerdekaan Republik Indonesia" in respons.content.decode()
    jumat = JamKerjaHarian.objects.get(hari=4)
    assert client.get(url_snippet(JamKerjaHarian, "edit", jumat.pk)).status_code == 200
    hut = HariLibur.objects.get(tanggal=HUT_RI)
    respons = client.get(url_snippet(HariLibur, "edit", hut.pk))
    assert respons.status_code == 200
    assert "Tanggal hari libur otomatis tidak dapat diubah" in respons.content.decode()


def test_jam_mingguan_tidak_dapat_ditambah_atau_dihapus(kalender, admin_portal):
    client = _admin(admin_portal)
    senin = JamKerjaHarian.objects.get(hari=0)
    assert client.get(url_snippet(JamKerjaHarian, "add")).status_code == 302
    respons = client.post(url_snippet(JamKerjaHarian, "delete", senin.pk))
    assert respons.status_code == 302
    assert respons.url == reverse("wagtailadmin_home")
    assert JamKerjaHarian.objects.count() == 7


def test_hari_libur_otomatis_tidak_dapat_dihapus_manual_dapat(kalender, admin_portal):
    client = _admin(admin_portal)
    hut = HariLibur.objects.get(tanggal=HUT_RI)
    respons = client.post(url_snippet(HariLibur, "delete", hut.pk))
    assert respons.url == reverse("wagtailadmin_home")
    assert HariLibur.objects.filter(pk=hut.pk).exists()

    respons = client.post(
        url_snippet(HariLibur, "add"),
        {
            "tanggal": "2026-09-02",
            "nama": "Penutupan khusus",
            "jenis": "penutupan_khusus",
            "aktif": "on",
        },
    )
    assert respons.status_code == 302
    manual = HariLibur.objects.get(tanggal=date(2026, 9, 2))
    assert (manual.sumber, manual.diubah_admin) == (HariLibur.Sumber.MANUAL, True)
    assert not kalender_kerja().buka_pada(wita(2026, 9, 2, 9, 0))
    respons = client.post(url_snippet(HariLibur, "delete", manual.pk))
    assert respons.status_code == 302
    assert not HariLibur.objects.filter(pk=manual.pk).exists()
    assert kalender_kerja().buka_pada(wita(2026, 9, 2, 9, 0))


@pytest.mark.parametrize("peran", ["petugas", "editor", "pejabat"])
def test_hanya_administrator_mengelola_kalender(kalender, peran, request):
    user = request.getfixturevalue(peran)
    # Even a Django permission granted by hand does not open the calendar to a group.
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="moderasi",
            codename__in=["change_harilibur", "change_jamkerjaharian", "view_harilibur"],
        )
    )
    client = _admin(user)
    senin = JamKerjaHarian.objects.get(hari=0)
    for url in (
        url_snippet(JamKerjaHarian, "list"),
        url_snippet(HariLibur, "list"),
        url_snippet(JamKerjaHarian, "edit", senin.pk),
    ):
        respons = client.get(url)
        assert respons.status_code == 302, url
        assert respons.url == reverse("wagtailadmin_home")
    respons = client.post(
        url_snippet(JamKerjaHarian, "edit", senin.pk),
        {"buka": "on", "mulai": "08:00", "selesai": "09:00"},
    )
    assert JamKerjaHarian.objects.get(hari=0).jendela == (time(8), time(16))
    assert "Kalender kerja" not in client.get(reverse("wagtailadmin_home")).content.decode()
