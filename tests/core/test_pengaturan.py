"""The settings the SOP and the stack rely on: WITA, Indonesian first, English as translation,
SQLite as the embedded default."""

from django.conf import settings


def test_zona_waktu_wita():
    assert settings.TIME_ZONE == "Asia/Makassar"
    assert settings.USE_TZ


def test_bahasa_indonesia_sumber_dan_inggris_terjemahan():
    assert settings.LANGUAGE_CODE == "id"
    assert [kode for kode, _nama in settings.LANGUAGES] == ["id", "en"]
    assert settings.WAGTAIL_I18N_ENABLED
    assert settings.WAGTAILADMIN_PERMITTED_LANGUAGES == settings.LANGUAGES


def test_sqlite_bawaan_tanpa_database_url(monkeypatch):
    import importlib

    import portal.settings.base as base

    monkeypatch.delenv("DATABASE_URL", raising=False)
    try:
        dimuat = importlib.reload(base)
        assert dimuat.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
        assert str(dimuat.DATABASES["default"]["NAME"]).endswith("var/portal.sqlite3")
    finally:
        importlib.reload(base)
