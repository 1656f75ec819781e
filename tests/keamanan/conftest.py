"""The browser fixtures of tests/peramban (Chromium, the live server with a small demo) and the
S3 server of tests/produksi (moto on 127.0.0.1)."""

from tests.peramban.conftest import alamat, buka_halaman, peramban, situs  # noqa: F401
from tests.produksi.conftest import s3, server_s3  # noqa: F401
