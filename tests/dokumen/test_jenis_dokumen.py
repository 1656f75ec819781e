"""The standard document types: setup_portal creates them, so a fresh site can file its first
dokumen; what administrators renamed or added is left alone."""

import pytest

from dokumen.models import JenisDokumen
from dokumen.penyiapan import JENIS_DOKUMEN
from portal.situs.penyiapan import siapkan_portal

pytestmark = pytest.mark.django_db


def test_setup_portal_membuat_jenis_dokumen_baku():
    siapkan_portal()
    singkatan = set(JenisDokumen.objects.values_list("singkatan", flat=True))
    for wajib in (
        "Perda",
        "Pergub",
        "Kepgub",
        "SK",
        "SE",
        "LKPJ",
        "LPPD",
        "LKjIP",
        "RKPD",
        "APBD",
        "SOP",
        "Laporan",
        "Formulir",
    ):
        assert wajib in singkatan
    assert len(singkatan) == len(JENIS_DOKUMEN)


def test_jenis_yang_diubah_administrator_tidak_ditimpa():
    JenisDokumen.objects.update_or_create(
        singkatan="Pergub", defaults={"nama": "Peraturan Gubernur Kalimantan Timur"}
    )
    siapkan_portal()
    siapkan_portal()
    assert JenisDokumen.objects.get(singkatan="Pergub").nama == (
        "Peraturan Gubernur Kalimantan Timur"
    )
    assert JenisDokumen.objects.count() == len(JENIS_DOKUMEN)
