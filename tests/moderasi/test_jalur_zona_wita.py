"""Times the portal tells people are WITA (Asia/Makassar), whatever time zone a user picked in
their Wagtail profile: a user in Jakarta (WIB, UTC+7) sees "08.00 WITA", not "07.00 WITA".

Dates (WITA): Sat 28 Nov 2026 closed; Mon 30 Nov 2026 08:00 the next opening.
"""

import html
from datetime import datetime

import pytest
import time_machine
from django.utils import timezone

from portal.moderasi.jadwal_tayang import format_wita
from portal.moderasi.policy import ZONA_WITA
from tests.admin_form import ubah_halaman
from tests.conftest import atur_zona_waktu

pytestmark = pytest.mark.django_db


def wita(*args):
    return datetime(*args, tzinfo=ZONA_WITA)


def pesan(respons):
    return [html.unescape(str(m)).strip() for m in respons.wsgi_request._messages]


def test_format_wita_tidak_mengikuti_zona_waktu_aktif():
    waktu = wita(2026, 11, 30, 8, 0)
    for zona in ("Asia/Jakarta", "Asia/Jayapura", "UTC"):
        with timezone.override(zona):
            assert format_wita(waktu) == "Senin, 30 November 2026 08.00 WITA"


def test_pengguna_zona_jakarta_diberi_tahu_waktu_tayang_dalam_wita(client, draf, admin_portal):
    atur_zona_waktu(admin_portal, "Asia/Jakarta")
    client.force_login(admin_portal)
    with time_machine.travel(wita(2026, 11, 28, 9, 0), tick=False):  # Saturday
        respons = ubah_halaman(client, draf, {}, **{"action-publish": "1"})
    assert respons.status_code == 302
    draf.refresh_from_db()
    assert draf.get_latest_revision().approved_go_live_at == wita(2026, 11, 30, 8, 0)
    assert pesan(respons) == [
        f"Di luar jam kerja: '{draf.title}' dijadwalkan tayang Senin, 30 November 2026 08.00 WITA."
    ]


def test_waktu_tayang_pilihan_pengguna_jakarta_dibaca_wib_dan_dilaporkan_wita(client, draf, editor):
    """The editor in Jakarta types 10:00 in their own zone (WIB): that is 11:00 WITA on a
    Saturday, which the notice shows as such, with the opening it moves to."""
    atur_zona_waktu(editor, "Asia/Jakarta")
    client.force_login(editor)
    with time_machine.travel(wita(2026, 11, 25, 9, 0), tick=False):
        respons = ubah_halaman(client, draf, {"go_live_at": "2026-11-28 10:00"})
    assert respons.status_code == 302
    assert (
        "Waktu tayang Sabtu, 28 November 2026 11.00 WITA di luar jam kerja; publikasi akan "
        "digeser ke Senin, 30 November 2026 08.00 WITA."
    ) in pesan(respons)
