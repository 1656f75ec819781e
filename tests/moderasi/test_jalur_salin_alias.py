"""Copy and alias in the admin ("Salin halaman"): no live page outside working hours.

Wagtail's copy view publishes copies ("publish copies") and aliases of live pages at once,
without PortalPage.publish(). Outside working hours the portal makes the copies drafts and
schedules them for the next opening (logged, and the user told when), and refuses an alias that
would be live. Only users who may publish (administrators here) see either option.

Dates (WITA): Thu 26 Nov 2026 10:00 open; Sat 28 Nov 2026 10:00 closed; Mon 30 Nov 08:00 the
next opening.
"""

import html
from datetime import datetime
from io import StringIO

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page, PageLogEntry

from berita.models import BeritaPage
from portal.moderasi.jadwal_tayang import publikasi_segera
from portal.moderasi.policy import ZONA_WITA

pytestmark = pytest.mark.django_db


def wita(*args):
    return datetime(*args, tzinfo=ZONA_WITA)


KAMIS_PAGI = wita(2026, 11, 26, 10, 0)
SABTU_PAGI = wita(2026, 11, 28, 10, 0)
SENIN_BUKA = wita(2026, 11, 30, 8, 0)


@pytest.fixture
def tayang(draf):
    with publikasi_segera():
        draf.get_latest_revision().publish()
    draf.refresh_from_db()
    assert draf.live
    return draf


def url_salin(page):
    return reverse("wagtailadmin_pages:copy", args=[page.pk])


def salin(client, page, slug, **pilihan):
    data = {
        "new_title": f"{page.title} (salinan)",
        "new_slug": slug,
        "new_parent_page": page.get_parent().pk,
        **{kunci: "on" for kunci, nyala in pilihan.items() if nyala},
    }
    return client.post(url_salin(page), data)


def pesan(respons):
    return [html.unescape(str(m)).strip() for m in respons.wsgi_request._messages]


def log(page, aksi):
    return list(PageLogEntry.objects.filter(page_id=page.pk, action=aksi))


def test_salin_dan_terbitkan_di_luar_jam_kerja_dijadwalkan_ke_pembukaan(
    client, tayang, admin_portal
):
    client.force_login(admin_portal)
    with time_machine.travel(SABTU_PAGI, tick=False):
        respons = salin(client, tayang, "banjir-rob-salinan", publish_copies=True)
    assert respons.status_code == 302
    salinan = BeritaPage.objects.get(slug="banjir-rob-salinan")
    assert not salinan.live
    revisi = salinan.get_latest_revision()
    assert revisi.approved_go_live_at == SENIN_BUKA
    [entri] = log(salinan, "moderasi.publikasi_ditunda")
    assert entri.user == admin_portal
    assert datetime.fromisoformat(entri.data["tayang"]) == SENIN_BUKA
    assert not log(salinan, "wagtail.publish")
    assert (
        f"Di luar jam kerja: salinan '{salinan.title}' disimpan sebagai draf dan dijadwalkan "
        "tayang Senin, 30 November 2026 08.00 WITA."
    ) in pesan(respons)

    with time_machine.travel(SENIN_BUKA, tick=False):
        call_command("run_scheduler", "--once", stdout=StringIO(), stderr=StringIO())
    salinan.refresh_from_db()
    assert salinan.live


def test_salin_dan_terbitkan_dalam_jam_kerja_langsung_tayang(client, tayang, admin_portal):
    client.force_login(admin_portal)
    with time_machine.travel(KAMIS_PAGI, tick=False):
        respons = salin(client, tayang, "banjir-rob-salinan", publish_copies=True)
    assert respons.status_code == 302
    salinan = BeritaPage.objects.get(slug="banjir-rob-salinan")
    assert salinan.live
    assert not log(salinan, "moderasi.publikasi_ditunda")


def test_salin_tanpa_terbitkan_di_luar_jam_kerja_tetap_draf_tanpa_jadwal(
    client, tayang, admin_portal
):
    client.force_login(admin_portal)
    with time_machine.travel(SABTU_PAGI, tick=False):
        respons = salin(client, tayang, "banjir-rob-salinan")
    assert respons.status_code == 302
    salinan = BeritaPage.objects.get(slug="banjir-rob-salinan")
    assert not salinan.live
    assert salinan.get_latest_revision().approved_go_live_at is None
    assert not any("dijadwalkan" in m for m in pesan(respons))


def test_alias_halaman_tayang_di_luar_jam_kerja_ditolak(client, tayang, admin_portal):
    client.force_login(admin_portal)
    jumlah = Page.objects.count()
    with time_machine.travel(SABTU_PAGI, tick=False):
        respons = salin(client, tayang, "banjir-rob-alias", alias=True)
    assert respons.status_code == 302
    assert respons["Location"] == url_salin(tayang)  # back to the copy form
    assert Page.objects.count() == jumlah
    assert not Page.objects.filter(alias_of=tayang).exists()
    [galat] = pesan(respons)
    assert "Di luar jam kerja alias halaman yang tayang tidak dapat dibuat" in galat
    assert "Senin, 30 November 2026 08.00 WITA" in galat


def test_alias_halaman_tayang_dalam_jam_kerja_dibuat(client, tayang, admin_portal):
    client.force_login(admin_portal)
    with time_machine.travel(KAMIS_PAGI, tick=False):
        respons = salin(client, tayang, "banjir-rob-alias", alias=True)
    assert respons.status_code == 302
    alias = Page.objects.get(alias_of=tayang)
    assert alias.live


def test_alias_draf_di_luar_jam_kerja_boleh_karena_tidak_tayang(client, draf, admin_portal):
    client.force_login(admin_portal)
    with time_machine.travel(SABTU_PAGI, tick=False):
        respons = salin(client, draf, "banjir-rob-alias", alias=True)
    assert respons.status_code == 302
    alias = Page.objects.get(alias_of=draf)
    assert not alias.live


def test_opsi_terbitkan_salinan_dan_alias_hanya_untuk_penerbit(client, tayang, editor):
    """The Editor may copy (a draft, into the SOP) but is offered neither option."""
    client.force_login(editor)
    respons = client.get(url_salin(tayang))
    assert respons.status_code == 200
    form = BeautifulSoup(respons.content, "html.parser")
    assert form.find(attrs={"name": "new_title"})
    assert not form.find(attrs={"name": "publish_copies"})
    assert not form.find(attrs={"name": "alias"})
