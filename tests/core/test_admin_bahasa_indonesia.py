"""The Wagtail admin speaks Indonesian: the project's catalogue (portal/locale/id) completes
Wagtail's partly translated id_ID one, and its compiled .mo must match the .po it comes from."""

from pathlib import Path

import polib
import pytest
from django.urls import reverse
from django.utils import translation

KATALOG = Path(__file__).resolve().parents[2] / "portal" / "locale" / "id" / "LC_MESSAGES"


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_katalog_mo_sesuai_dengan_po(domain):
    po = {
        (e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural
        for e in polib.pofile(KATALOG / f"{domain}.po")
        if e.translated() and not e.obsolete
    }
    mo = {
        (e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural
        for e in polib.mofile(KATALOG / f"{domain}.mo")
    }
    assert po, "katalog kosong"
    assert {k: v for k, v in mo.items() if k[1]} == po


def test_istilah_admin_seragam_dalam_bahasa_indonesia():
    with translation.override("id"):
        assert translation.gettext("Save draft") == "Simpan draf"
        assert translation.gettext("Publish") == "Terbitkan"


def test_penyunting_berita_berbahasa_indonesia(client, editor, indeks_berita):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=("berita", "beritapage", indeks_berita.pk))
    html = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Simpan draf" in html
    assert "Save draft" not in html
