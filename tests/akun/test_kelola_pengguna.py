"""Only superusers manage users and groups: Petugas, Editor and Pejabat are refused on every
user and group view of the admin, cannot raise their own rights, and setup_portal keeps the
auth.* permissions away from the managed groups."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from portal.moderasi.peran import GRUP_EDITOR
from portal.situs.penyiapan import siapkan_portal
from tests.moderasi.conftest import ditolak

pytestmark = pytest.mark.django_db


def _url_kelola(user, grup):
    return [
        reverse("wagtailusers_users:index"),
        reverse("wagtailusers_users:add"),
        reverse("wagtailusers_users:edit", args=[user.pk]),
        reverse("wagtailusers_users:delete", args=[user.pk]),
        reverse("wagtailusers_groups:index"),
        reverse("wagtailusers_groups:add"),
        reverse("wagtailusers_groups:edit", args=[grup.pk]),
        reverse("wagtailusers_groups:delete", args=[grup.pk]),
    ]


@pytest.mark.parametrize("peran", ["petugas", "editor", "pejabat"])
def test_selain_superuser_ditolak_di_halaman_pengguna_dan_grup(client, request, peran):
    user = request.getfixturevalue(peran)
    grup = user.groups.get()
    client.force_login(user)
    for url in _url_kelola(user, grup):
        assert ditolak(client.get(url)), url
        assert ditolak(client.post(url, {})), url


@pytest.mark.parametrize("peran", ["petugas", "editor", "pejabat"])
def test_tidak_bisa_menjadikan_diri_superuser_atau_menambah_izin(client, request, peran):
    user = request.getfixturevalue(peran)
    grup = user.groups.get()
    izin_awal = set(grup.permissions.values_list("pk", flat=True))
    client.force_login(user)
    respons = client.post(
        reverse("wagtailusers_users:edit", args=[user.pk]),
        {
            "username": user.username,
            "email": user.email,
            "first_name": "X",
            "last_name": "Y",
            "is_active": "on",
            "is_superuser": "on",
            "groups": [g.pk for g in Group.objects.all()],
        },
    )
    assert ditolak(respons)
    perubah = Permission.objects.get(codename="change_user")
    respons = client.post(
        reverse("wagtailusers_groups:edit", args=[grup.pk]),
        {"name": grup.name, "permissions": [perubah.pk]},
    )
    assert ditolak(respons)
    user.refresh_from_db()
    assert not user.is_superuser
    assert list(user.groups.all()) == [grup]
    assert set(grup.permissions.values_list("pk", flat=True)) == izin_awal


def test_superuser_boleh_mengelola_pengguna(client, admin_portal, editor):
    client.force_login(admin_portal)
    for url in _url_kelola(editor, editor.groups.get()):
        assert client.get(url).status_code == 200, url


def test_grup_terkelola_tanpa_izin_auth_dan_setup_mencabut_yang_ditambah(beranda):
    editor = Group.objects.get(name=GRUP_EDITOR)
    editor.permissions.add(Permission.objects.get(codename="change_user"))
    siapkan_portal()
    for grup in Group.objects.filter(name__in=["Petugas", "Editor", "Pejabat"]):
        assert not grup.permissions.filter(content_type__app_label="auth").exists(), grup.name
