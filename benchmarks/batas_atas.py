"""The upper bound of benchmarks/produksi.py: a minimal WSGI app that answers every request with
the same bytes (the portal's home page HTML, saved by the benchmark), served by gunicorn with
the portal's own configuration:

    BATAS_ATAS_HTML=/tmp/beranda.html gunicorn -c gunicorn.conf.py benchmarks.batas_atas:application

No framework, no middleware, no cache look-up: what this machine, gunicorn and wrk manage at
most for a page of that size.
"""

import os
from pathlib import Path

_ISI = Path(os.environ["BATAS_ATAS_HTML"]).read_bytes()
_HEADER = [
    ("Content-Type", os.environ.get("BATAS_ATAS_JENIS", "text/html; charset=utf-8")),
    ("Content-Length", str(len(_ISI))),
]


def application(environ, start_response):
    start_response("200 OK", _HEADER)
    return [_ISI]
