"""The README's demo run (`python3.11 -m portal.bootstrap run`) stops cleanly on SIGTERM as on
Ctrl-C: neither the web server nor the scheduler is left running and holding the port.

The processes here stand in for runserver and run_scheduler (the real ones would install and
seed first): each binds a port of 127.0.0.1, writes its PID and waits, like a server."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

PELAYAN = """
import os, socket, sys, time
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[2])))
s.listen()
open(sys.argv[1], "w").write(str(os.getpid()))
time.sleep(600)
"""

INDUK = """
import sys
from portal.bootstrap import layani
layani(*[[sys.executable, "-c", sys.argv[1], berkas, port] for berkas, port in
         zip(sys.argv[2::2], sys.argv[3::2])])
"""

ROOT = Path(__file__).resolve().parents[2]


def _port_bebas():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tunggu(syarat, batas=30):
    akhir = time.monotonic() + batas
    while not syarat():
        assert time.monotonic() < akhir, "waktu tunggu habis"
        time.sleep(0.1)


def _hidup(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _port_terpakai(port):
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return True
        return False


@pytest.mark.parametrize("sinyal", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_demo_berhenti_bersih_tanpa_proses_yang_tertinggal(tmp_path, sinyal):
    anak = [(tmp_path / "server.pid", _port_bebas()), (tmp_path / "penjadwal.pid", _port_bebas())]
    argumen = [a for berkas, port in anak for a in (str(berkas), str(port))]
    induk = subprocess.Popen(  # noqa: S603 (fixed argv)
        [sys.executable, "-c", INDUK, PELAYAN, *argumen], cwd=ROOT
    )
    try:
        _tunggu(lambda: all(berkas.exists() and berkas.read_text() for berkas, _p in anak))
        pid_anak = [int(berkas.read_text()) for berkas, _p in anak]
        assert all(_port_terpakai(port) for _b, port in anak)

        induk.send_signal(sinyal)
        assert induk.wait(timeout=30) is not None

        assert not [pid for pid in pid_anak if _hidup(pid)]
        assert not [port for _b, port in anak if _port_terpakai(port)]
    finally:
        # Even when the test fails, nothing it started is left holding a port.
        if induk.poll() is None:
            induk.kill()
            induk.wait()
        for berkas, _port in anak:
            if berkas.exists() and berkas.read_text() and _hidup(pid := int(berkas.read_text())):
                os.kill(pid, signal.SIGKILL)
