"""Dokumen in the admin: valid documents are created and rendered; bad input gets an Indonesian
message and loses nothing already saved."""

import pytest
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset

from dokumen.factories import DokumenPageFactory, JenisDokumenFactory
from dokumen.models import DokumenIndexPage, DokumenPage
from portal.core.factories import DocumentFactory, OPDFactory
from tests.admin_form import pesan_galat, tambah_halaman, ubah_halaman

pytestmark = pytest.mark.django_db


def data_dokumen(berkas=True, **ubah):
    data = {
        "title": "Peraturan Gubernur tentang Pendayagunaan Website",
        "slug": "pergub-11-2017",
        "waktu_liputan": "2026-11-20 10:00",
        "jenis": JenisDokumenFactory().pk,
        "nomor": "11 Tahun 2017",
        "tahun": "2017",
        "opd": OPDFactory().pk,
        "tanggal_terbit": "2017-03-01",
        "kategori_kip": "setiap_saat",
        "status": "berlaku",
        "ringkasan": "Pengelolaan website di lingkungan Pemerintah Provinsi Kalimantan Timur.",
        "penanggung_jawab": "Biro Hukum Setda Prov. Kaltim",
        "tempat_pembuatan": "Samarinda",
        "bentuk_informasi": "softcopy",
        "jangka_waktu_penyimpanan": "Permanen",
        "tanggal_pembaruan": "2026-11-20",
        "lampiran": inline_formset(
            [{"dokumen": DocumentFactory(title="Pergub 11/2017").pk, "judul": ""}] if berkas else []
        ),
    }
    data.update(ubah)
    return data


def tambah(client, data):
    return tambah_halaman(
        client, DokumenPage, DokumenIndexPage.objects.get(), data, **{"action-submit": "1"}
    )


def test_petugas_membuat_dokumen_dengan_berkas(client, petugas):
    client.force_login(petugas)
    respons = tambah(client, data_dokumen())
    assert respons.status_code == 302, pesan_galat(respons)
    dokumen = DokumenPage.objects.get(slug="pergub-11-2017")
    assert dokumen.lampiran.count() == 1


def test_dokumen_tampil_dengan_metadata_dan_tautan_unduhan(client, beranda):
    dokumen = DokumenPageFactory(
        parent=DokumenIndexPage.objects.get(), nomor="11 Tahun 2017", title="Pergub Website"
    )
    html = client.get(dokumen.url).content.decode()
    lampiran = dokumen.lampiran.get()
    assert "11 Tahun 2017" in html
    assert lampiran.dokumen.url in html
    assert "PDF" in html


@pytest.mark.parametrize("tahun", ["1949", str(timezone.localdate().year + 2)])
def test_tahun_di_luar_rentang_ditolak(client, petugas, tahun):
    client.force_login(petugas)
    respons = tambah(client, data_dokumen(tahun=tahun))
    assert respons.status_code == 200
    assert "Tahun harus di antara 1950 dan" in respons.content.decode()
    assert not DokumenPage.objects.filter(slug="pergub-11-2017").exists()


def test_informasi_dikecualikan_tidak_boleh_dimuat(client, petugas):
    client.force_login(petugas)
    respons = tambah(client, data_dokumen(kategori_kip="dikecualikan"))
    assert respons.status_code == 200
    assert "tidak boleh dimuat di portal publik" in respons.content.decode()
    assert not DokumenPage.objects.filter(slug="pergub-11-2017").exists()


def test_dokumen_tanpa_berkas_ditolak(client, petugas):
    client.force_login(petugas)
    respons = tambah(client, data_dokumen(berkas=False))
    assert respons.status_code == 200
    assert "Dokumen wajib memiliki minimal satu berkas lampiran." in pesan_galat(respons)[0]


def test_suntingan_yang_gagal_tidak_menghilangkan_data_tersimpan(client, editor):
    dokumen = DokumenPageFactory(parent=DokumenIndexPage.objects.get(), tahun=2020)
    revisi_sebelum = dokumen.latest_revision_id
    client.force_login(editor)
    respons = ubah_halaman(client, dokumen, {"tahun": "3000"}, **{"action-submit": "1"})
    assert respons.status_code == 200
    dokumen.refresh_from_db()
    assert dokumen.tahun == 2020
    assert dokumen.latest_revision_id == revisi_sebelum
    assert dokumen.lampiran.count() == 1


def test_suntingan_sah_tanpa_menyentuh_lampiran_tersimpan(client, editor):
    dokumen = DokumenPageFactory(parent=DokumenIndexPage.objects.get())
    client.force_login(editor)
    respons = ubah_halaman(client, dokumen, {"ringkasan": "Ringkasan yang diperbarui editor."})
    assert respons.status_code == 302, pesan_galat(respons)
    dokumen.refresh_from_db()
    revisi = dokumen.get_latest_revision_as_object()
    assert revisi.ringkasan == "Ringkasan yang diperbarui editor."
    assert revisi.lampiran.count() == 1


def test_menghapus_satu_satunya_lampiran_ditolak(client, editor):
    dokumen = DokumenPageFactory(parent=DokumenIndexPage.objects.get())
    client.force_login(editor)
    respons = ubah_halaman(client, dokumen, {"lampiran-0-DELETE": "1"})
    assert respons.status_code == 200
    assert "Dokumen wajib memiliki minimal satu berkas lampiran." in pesan_galat(respons)[0]
    assert dokumen.get_latest_revision_as_object().lampiran.count() == 1
