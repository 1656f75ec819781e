"""The news index counts its listing once per cache generation (portal/core/pagination.py):
the count scans every berita, and only a publish, unpublish, move or delete changes it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from berita.factories import BeritaPageFactory

pytestmark = pytest.mark.django_db


def _jumlah_dan_kueri_hitung(client, url):
    with CaptureQueriesContext(connection) as kueri:
        response = client.get(url)
    assert response.status_code == 200
    hitung = [q for q in kueri.captured_queries if "COUNT(" in q["sql"].upper()]
    return response.context["berita_list"].paginator.count, len(hitung)


def test_jumlah_berita_dihitung_sekali_per_generasi_dan_berubah_saat_terbit(
    client, settings, indeks_berita
):
    settings.PORTAL_CACHE_HALAMAN_AKTIF = False  # every view rendered
    for _ in range(3):
        BeritaPageFactory(parent=indeks_berita)

    assert _jumlah_dan_kueri_hitung(client, "/berita/") == (3, 1)
    assert _jumlah_dan_kueri_hitung(client, "/berita/") == (3, 0)
    assert _jumlah_dan_kueri_hitung(client, "/berita/?page=2") == (3, 0)

    baru = BeritaPageFactory(parent=indeks_berita)
    assert _jumlah_dan_kueri_hitung(client, "/berita/") == (4, 1)
    baru.unpublish()
    assert _jumlah_dan_kueri_hitung(client, "/berita/") == (3, 1)
