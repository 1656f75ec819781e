"""The English catalogue is complete: every entry of portal/locale/en/LC_MESSAGES/django.po has
an English translation (none empty, none fuzzy, placeholders kept), and the compiled
django.mo is the one Django serves, so the English site and its admin never fall back to
Indonesian halfway through a page."""

import re
from pathlib import Path

import polib
from django.conf import settings
from django.utils import translation

KATALOG_EN = Path(settings.BASE_DIR) / "portal" / "locale" / "en" / "LC_MESSAGES"
# %(nama)s / %%: the python-format placeholders a translation must keep, one for one.
PLACEHOLDER = re.compile(r"%\([^)]+\)[sdif]|%%|%[sdif]")


def _katalog():
    return polib.pofile(str(KATALOG_EN / "django.po"))


def test_katalog_inggris_lengkap_tanpa_entri_kosong_atau_fuzzy():
    po = _katalog()
    kosong = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert kosong == [], f"{len(kosong)} entri belum diterjemahkan: {kosong}"
    assert fuzzy == [], f"{len(fuzzy)} entri fuzzy: {fuzzy}"
    assert len(po.translated_entries()) > 700


def test_katalog_inggris_mempertahankan_placeholder():
    salah = []
    for e in _katalog().translated_entries():
        if e.msgid_plural:
            pasangan = [(e.msgid, e.msgstr_plural[0]), (e.msgid_plural, e.msgstr_plural[1])]
        else:
            pasangan = [(e.msgid, e.msgstr)]
        for sumber, terjemahan in pasangan:
            if sorted(PLACEHOLDER.findall(sumber)) != sorted(PLACEHOLDER.findall(terjemahan)):
                salah.append(sumber)
    assert salah == []


def test_katalog_inggris_terkompilasi_dipakai_django():
    """Read through Django's own catalogue (the compiled .mo), not the .po."""
    with translation.override("en"):
        assert translation.gettext("Layak tayang") == "Fit to publish"
        assert translation.gettext("Riwayat SOP") == "SOP history"
        assert translation.gettext("Kotak masuk moderasi") == "Moderation inbox"
        tunggal = "%(jumlah)d halaman lain telah diterbitkan."
        assert translation.ngettext(tunggal, tunggal, 1) % {"jumlah": 1} == (
            "1 other page has been published."
        )
        assert translation.ngettext(tunggal, tunggal, 3) % {"jumlah": 3} == (
            "3 other pages have been published."
        )
    with translation.override("id"):
        assert translation.gettext("Layak tayang") == "Layak tayang"
