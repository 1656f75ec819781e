import pytest

from tests.conftest import butuh_layanan
from tests.unggahan.clamd import CLAMD, ServerClamd


@pytest.fixture
def media(settings, tmp_path):
    """An empty MEDIA_ROOT of the test's own, so "nothing stored" can be checked on disk."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture
def klien_editor(client, editor, media):
    client.force_login(editor)
    return client


@pytest.fixture(scope="session")
def server_clamd():
    butuh_layanan(CLAMD.exists(), f"clamd tidak ada di {CLAMD} (apt-get install clamav-daemon)")
    server = ServerClamd()
    server.mulai()
    yield server
    server.matikan()


@pytest.fixture
def pemindai(settings, server_clamd):
    """Uploads scanned by the test's clamd, as CLAMAV_SOCKET would configure it."""
    settings.CLAMAV_SOCKET = str(server_clamd.soket)
    settings.CLAMAV_ADDRESS = ""
    return server_clamd
