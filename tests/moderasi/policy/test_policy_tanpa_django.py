"""The policy package stays pure Python: no module under portal/moderasi/policy imports Django.

Two checks, because each misses what the other sees: the source scan catches an import inside a
function that never runs at import time; the subprocess catches an indirect import (a parent
package or a helper that pulls Django in).
"""

import ast
import os
import subprocess  # noqa: S404 — runs our own interpreter on a fixed snippet
import sys
from pathlib import Path

import pytest

import portal.moderasi.policy as policy

PAKET = Path(policy.__file__).resolve().parent
AKAR_REPO = PAKET.parents[2]
MODUL = sorted(PAKET.rglob("*.py"))
NAMA_MODUL = [
    ".".join(
        ("portal", "moderasi", "policy", *p.relative_to(PAKET).with_suffix("").parts)
    ).removesuffix(".__init__")
    for p in MODUL
]
TERLARANG = ("django", "wagtail")


def _impor(pohon):
    for simpul in ast.walk(pohon):
        if isinstance(simpul, ast.Import):
            yield from (alias.name for alias in simpul.names)
        elif isinstance(simpul, ast.ImportFrom) and simpul.level == 0 and simpul.module:
            yield simpul.module
        elif (
            isinstance(simpul, ast.Call)
            and getattr(simpul.func, "attr", getattr(simpul.func, "id", None))
            in ("import_module", "__import__")
            and simpul.args
            and isinstance(simpul.args[0], ast.Constant)
        ):
            yield str(simpul.args[0].value)


def test_paket_policy_berisi_modul():
    assert {"jam_kerja.py", "mutu_baku.py", "__init__.py"} <= {p.name for p in MODUL}


@pytest.mark.parametrize("berkas", MODUL, ids=lambda p: p.name)
def test_sumber_tidak_mengimpor_django(berkas):
    pohon = ast.parse(berkas.read_text(encoding="utf-8"), filename=str(berkas))
    terlarang = [m for m in _impor(pohon) if m.split(".")[0] in TERLARANG]
    assert terlarang == []


def test_impor_di_proses_bersih_tidak_memuat_django():
    kode = (
        "import importlib, sys\n"
        f"sys.path.insert(0, {str(AKAR_REPO)!r})\n"
        f"for nama in {NAMA_MODUL!r}:\n"
        "    importlib.import_module(nama)\n"
        "dimuat = sorted(m for m in sys.modules if m.split('.')[0] in ('django', 'wagtail'))\n"
        "sys.exit('dimuat: ' + ', '.join(dimuat) if dimuat else 0)\n"
    )
    lingkungan = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DJANGO_SETTINGS_MODULE", "PYTHONPATH", "PYTHONSTARTUP")
    }
    # -I: no user site, no cwd on sys.path, no PYTHON* variables; the repo root is added above.
    hasil = subprocess.run(  # noqa: S603 — fixed argv, our own interpreter
        [sys.executable, "-I", "-c", kode],
        cwd=AKAR_REPO,
        env=lingkungan,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert hasil.returncode == 0, hasil.stderr
