"""The browser fixtures of tests/peramban (Chromium, the live server with a small demo); the S3
server (moto on 127.0.0.1) comes from tests/conftest.py."""

from tests.peramban.conftest import alamat, buka_halaman, peramban, situs  # noqa: F401
