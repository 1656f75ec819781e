"""The README's two set-up commands, for a fresh machine with only Python 3.11.

    python3.11 -m portal.bootstrap run    # install, migrate, seed demo content, serve :8000
    python3.11 -m portal.bootstrap test   # install test dependencies, run the whole suite

Standard library only: it runs before anything is installed. It creates `.venv/` beside
manage.py, installs the pinned requirements there (again only when a requirements file
changed), then hands over to the virtual environment's Python.
"""

import hashlib
import os
import signal
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
PYTHON = VENV / "bin" / "python"
ALAMAT = "127.0.0.1:8000"


def _jalankan(*args, **kwargs):
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], cwd=ROOT, check=True, **kwargs)  # noqa: S603 (fixed argv)


def _pasang(requirements):
    """Create the virtual environment and install `requirements` unless already done."""
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"Portal ini memerlukan Python 3.11 (yang dipakai: {sys.version.split()[0]}).")
    if not PYTHON.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    berkas = [ROOT / requirements]
    if requirements != "requirements.txt":
        berkas.append(ROOT / "requirements.txt")
    sidik = hashlib.sha256(b"".join(p.read_bytes() for p in berkas)).hexdigest()
    cap = VENV / f".terpasang-{requirements}"
    if cap.exists() and cap.read_text() == sidik:
        return
    _jalankan(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    _jalankan(PYTHON, "-m", "pip", "install", "--quiet", "-r", requirements)
    cap.write_text(sidik)


def run():
    _pasang("requirements.txt")
    (ROOT / "var").mkdir(exist_ok=True)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
    for perintah in (["migrate", "--no-input"], ["setup_portal"], ["seed_demo"]):
        _jalankan(PYTHON, "manage.py", *perintah, env=env)
    print(f"\nPortal: http://{ALAMAT}/   Admin: http://{ALAMAT}/admin/\n", flush=True)
    # The scheduler (scheduled publishing in working hours, SLA reminders) runs beside the
    # web server, as in production. No autoreloader: its second process would outlive a
    # SIGTERM to the first and keep holding the port.
    layani(
        [str(PYTHON), "manage.py", "runserver", "--noreload", ALAMAT],
        [str(PYTHON), "manage.py", "run_scheduler"],
        env=env,
    )


def _berhenti(signum, frame):
    raise KeyboardInterrupt


def layani(*perintah, env=None):
    """Run the commands side by side until the first ends or the demo is stopped: Ctrl-C
    (SIGINT) and SIGTERM (a service manager, `kill`) both stop every one of them, so nothing
    is left holding the port."""
    # SIGINT too: a shell starts background jobs with SIGINT ignored, and Python then
    # leaves it ignored instead of raising KeyboardInterrupt.
    signal.signal(signal.SIGTERM, _berhenti)
    signal.signal(signal.SIGINT, _berhenti)
    proses = [subprocess.Popen(p, cwd=ROOT, env=env) for p in perintah]  # noqa: S603 (fixed argv)
    try:
        while all(p.poll() is None for p in proses):
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        for p in proses:
            if p.poll() is None:
                p.terminate()
        for p in proses:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


# On every core (pytest-xdist); tests that share a module- or package-scoped fixture stay on
# one worker together (tests/conftest.py). `-n 0` among the arguments runs in one process.
PYTEST_PARALEL = ["-n", "auto", "--dist", "loadgroup"]


def test(args):
    _pasang("requirements-dev.txt")
    os.chdir(ROOT)
    os.execv(PYTHON, [str(PYTHON), "-m", "pytest", *PYTEST_PARALEL, *args])  # noqa: S606


def main(argv):
    if argv[:1] == ["run"]:
        run()
    elif argv[:1] == ["test"]:
        test(argv[1:])
    else:
        sys.exit("Pemakaian: python3.11 -m portal.bootstrap run | test [argumen pytest]")


if __name__ == "__main__":
    main(sys.argv[1:])
