"""The client address the lockout counts against: X-Forwarded-For is believed only from a
trusted proxy, so nobody can dodge (or aim) a lockout by sending the header themselves."""

from django.test import RequestFactory

from portal.akun.alamat import alamat_klien


def _permintaan(peer, diteruskan=None):
    extra = {"REMOTE_ADDR": peer}
    if diteruskan is not None:
        extra["HTTP_X_FORWARDED_FOR"] = diteruskan
    return RequestFactory().get("/admin/login/", **extra)


def test_tanpa_proxy_tepercaya_header_diabaikan(settings):
    settings.PORTAL_PROXY_TEPERCAYA = []
    assert alamat_klien(_permintaan("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


def test_header_dari_luar_proxy_tepercaya_diabaikan(settings):
    settings.PORTAL_PROXY_TEPERCAYA = ["10.0.0.0/8"]
    assert alamat_klien(_permintaan("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


def test_dari_proxy_tepercaya_alamat_paling_kanan_yang_bukan_proxy(settings):
    settings.PORTAL_PROXY_TEPERCAYA = ["10.0.0.0/8"]
    # The client forged "1.2.3.4"; the balancer appended the real peer 198.51.100.9, then an
    # inner proxy (10.0.0.3) appended the balancer.
    permintaan = _permintaan("10.0.0.2", "1.2.3.4, 198.51.100.9, 10.0.0.3")
    assert alamat_klien(permintaan) == "198.51.100.9"


def test_header_rusak_dari_proxy_kembali_ke_peer(settings):
    settings.PORTAL_PROXY_TEPERCAYA = ["10.0.0.0/8"]
    assert alamat_klien(_permintaan("10.0.0.2", "bukan-alamat")) == "10.0.0.2"
    assert alamat_klien(_permintaan("10.0.0.2")) == "10.0.0.2"
