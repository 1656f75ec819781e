"""Hostile input to everything the public can send: every GET parameter of every public view,
the path, and the public forms (admin login, password reset, the password of a restricted
page). Values are arbitrary text, very long strings, markup, SQL fragments, control
characters and digits of other scripts. The rule: never a 500, and a value is never reflected
unescaped into HTML.

Every parameter first gets the `TAJAM` values one by one; then hypothesis draws a few of a
target's parameters at a time, as many examples as the active profile says (tests/conftest.py:
"ci" by default, derandomised and bounded; "lokal" ten times longer). Bytes that are not UTF-8
and encoded lone surrogates go in raw, where the test client would refuse to encode them.
"""

import operator
from dataclasses import dataclass, field
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

# Breaks out of an attribute (either quote) and opens a tag: it must only ever come back
# escaped (or not at all).
PENANDA = "'\"><penanda-xss>"
TANPA_ESCAPE = ("<penanda-xss", '"&gt;&lt;penanda-xss', "'&quot;&gt;")

BENIH = [
    "' OR '1'='1' --",
    "1; DROP TABLE wagtailcore_page; --",
    "1 UNION SELECT username, password FROM auth_user",
    '" OR ""="',
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    "{{ 7|add:7 }}{% debug %}",
    "${7*7}",
    "../../../../etc/passwd",
    "\x00",
    "a\x00b",
    "\r\nSet-Cookie: sesi=curian",
    "‮gnp.exe",
    "²",
    "١٢",
    "9" * 40,
    "-1",
    "0",
    "1e309",
    "NaN",
    "%00",
    "%",
    "*",
    "__proto__",
    "🦀" * 50,
    "𝕂𝕒𝕝𝕥𝕚𝕞",
    "Ｓａｍａｒｉｎｄａ",
    "berita.BeritaPage",
    "wagtailcore.Page",
    "-id",
    "title,-title",
]

# The sharpest of them, tried on every parameter before hypothesis draws its own: a digit that
# isdigit() accepts and int() refuses, a NUL byte, an empty value, a number past 64 bits, a
# negative one, a lone quote, the marker, a long value.
TAJAM = ["²", "\x00", "", "9" * 40, "-1", '"', PENANDA, "kata " * 2000]

teks_bebas = st.one_of(
    st.text(max_size=120),
    st.sampled_from(BENIH),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.from_regex(r"[0-9٠-٩۰-۹²³¹]{1,8}", fullmatch=True),
    # very long: a short piece repeated to thousands of characters
    st.builds(operator.mul, st.text(min_size=1, max_size=6), st.integers(500, 8000)),
)
nilai_bermusuhan = st.one_of(
    teks_bebas,
    st.builds(operator.add, teks_bebas, st.just(PENANDA)),
    st.builds(operator.add, st.just(PENANDA), teks_bebas),
)


def periksa(respons):
    """Below 500, and HTML carries the marker escaped or not at all."""
    assert respons.status_code < 500, respons.status_code
    if "html" in respons.get("Content-Type", ""):
        isi = respons.content.decode()
        for mentah in TANPA_ESCAPE:
            assert mentah not in isi, mentah


@dataclass
class Sasaran:
    nama: str
    url: object  # str, or a function of the seeded site
    parameter: list
    dasar: dict = field(default_factory=dict)

    def alamat(self, situs):
        return self.url(situs) if callable(self.url) else self.url


SASARAN_GET = [
    Sasaran("beranda", "/", ["page"]),
    Sasaran("indeks_berita", "/berita/", ["kategori", "tag", "tahun", "bulan", "page"]),
    Sasaran("indeks_dokumen", "/dokumen/", ["jenis", "tahun", "kategori", "opd", "page"]),
    Sasaran("daftar_informasi_publik", "/dokumen/daftar-informasi-publik/", ["format"]),
    # The register's downloads: the format fixed, anything else beside it.
    Sasaran("dip_csv", "/dokumen/daftar-informasi-publik/", ["page", "q"], {"format": "csv"}),
    Sasaran("dip_xlsx", "/dokumen/daftar-informasi-publik/", ["page", "q"], {"format": "xlsx"}),
    Sasaran("indeks_galeri", "/galeri/", ["page"]),
    # Every detail page type.
    Sasaran("artikel", lambda s: s["berita"].url, ["page"]),
    Sasaran("rincian_dokumen", lambda s: s["dokumen"].url, ["page", "format"]),
    Sasaran("galeri_foto", lambda s: s["galeri_foto"].url, ["page", "foto"]),
    Sasaran("galeri_video", lambda s: s["galeri_video"].url, ["page", "video"]),
    Sasaran("pencarian", "/cari/", ["q", "jenis", "tahun", "page"]),
    Sasaran("saran_pencarian", "/cari/saran/", ["q", "jenis", "tahun"]),
    # The English site.
    Sasaran("beranda_en", "/en/", ["page"]),
    Sasaran("indeks_berita_en", "/en/berita/", ["kategori", "tag", "tahun", "bulan", "page"]),
    Sasaran("indeks_dokumen_en", "/en/dokumen/", ["jenis", "tahun", "kategori", "opd", "page"]),
    Sasaran("pencarian_en", "/en/cari/", ["q", "jenis", "tahun", "page"]),
    Sasaran("feed", "/feed/berita/rss.xml", ["page"]),
    Sasaran("feed_atom", "/feed/berita/atom.xml", ["page"]),
    Sasaran("feed_kategori", lambda s: f"/feed/berita/{s['kategori']}/rss.xml", ["page"]),
    Sasaran("feed_kategori_atom", lambda s: f"/feed/berita/{s['kategori']}/atom.xml", ["page"]),
    Sasaran("sitemap", "/sitemap.xml", ["p"]),
    Sasaran("tema_css", "/tema.css", ["v"]),
    Sasaran(
        "api_halaman",
        "/api/v2/pages/",
        [
            "type",
            "fields",
            "order",
            "search",
            "search_operator",
            "limit",
            "offset",
            "child_of",
            "descendant_of",
            "locale",
            "id",
            "slug",
            "title",
        ],
    ),
    Sasaran(
        "api_dokumen",
        "/api/v2/pages/",
        ["tahun", "kategori_kip", "nomor", "tanggal_terbit", "fields", "order", "search"],
        {"type": "dokumen.DokumenPage"},
    ),
    Sasaran(
        "api_berita",
        "/api/v2/pages/",
        ["tanggal", "tags", "ringkasan", "fields", "order"],
        {"type": "berita.BeritaPage"},
    ),
    Sasaran("api_rincian_halaman", lambda s: f"/api/v2/pages/{s['berita'].pk}/", ["fields"]),
    Sasaran("api_cari_halaman", "/api/v2/pages/find/", ["html_path"]),
    Sasaran(
        "api_gambar", "/api/v2/images/", ["search", "order", "limit", "offset", "fields", "title"]
    ),
    Sasaran(
        "api_berkas",
        "/api/v2/documents/",
        ["search", "order", "limit", "offset", "fields", "title"],
    ),
    Sasaran("masuk_admin", "/admin/login/", ["next"]),
    Sasaran("masuk_halaman_terbatas", "/_util/login/", ["next"]),
]


def _uji_get(client, url, sasaran):
    for nama in sasaran.parameter:
        for nilai in TAJAM:
            periksa(client.get(url, {**sasaran.dasar, nama: nilai}))

    @given(st.dictionaries(st.sampled_from(sasaran.parameter), nilai_bermusuhan, min_size=1))
    def coba(parameter):
        periksa(client.get(url, {**sasaran.dasar, **parameter}))

    return coba


def test_parameter_get_publik_tahan_masukan_bermusuhan(situs_kecil, subtests):
    client = Client()
    for sasaran in SASARAN_GET:
        with subtests.test(sasaran=sasaran.nama):
            _uji_get(client, sasaran.alamat(situs_kecil), sasaran)()


POLA_JALUR = ["/{}/", "/berita/{}/", "/feed/berita/{}/rss.xml", "/api/v2/pages/{}/"]


def _uji_jalur(client, pola):
    for nilai in TAJAM:
        periksa(client.get(pola.format(quote(nilai, safe=""))))

    @given(nilai_bermusuhan)
    def coba(segmen):
        periksa(client.get(pola.format(quote(segmen, safe=""))))

    return coba


def test_jalur_url_tahan_masukan_bermusuhan(situs_kecil, subtests):
    client = Client()
    for pola in POLA_JALUR:
        with subtests.test(pola=pola):
            _uji_jalur(client, pola)()


def _form_sandi_halaman(situs):
    """The password form of the restricted page, as its 'enter the password' page posts it."""
    from wagtail.models import PageViewRestriction

    halaman = situs["berpassword"]
    batasan = PageViewRestriction.objects.get(page=halaman)
    return reverse("wagtailcore_authenticate_with_password", args=[batasan.pk, halaman.pk])


SASARAN_FORMULIR = [
    Sasaran("masuk_admin", "/admin/login/", ["username", "password", "next"]),
    Sasaran("reset_sandi", "/admin/password_reset/", ["email"]),
    Sasaran("sandi_halaman_terbatas", _form_sandi_halaman, ["password", "return_url"]),
]


def _uji_formulir(client, url, sasaran):
    @given(st.fixed_dictionaries({nama: nilai_bermusuhan for nama in sasaran.parameter}))
    def coba(data):
        respons = client.post(url, data, REMOTE_ADDR="10.9.9.9")
        periksa(respons)
        # After a form the portal never sends anyone elsewhere (next, return_url).
        if respons.status_code in (301, 302):
            tujuan = respons["Location"]
            assert tujuan.startswith("/") and not tujuan.startswith("//"), tujuan

    return coba


def test_formulir_publik_tahan_masukan_bermusuhan(situs_kecil, subtests):
    client = Client()
    for sasaran in SASARAN_FORMULIR:
        with subtests.test(sasaran=sasaran.nama):
            _uji_formulir(client, sasaran.alamat(situs_kecil), sasaran)()


KUERI_PANJANG = {
    "kata": "banjir samarinda " * 2942,
    "satu_token": "x" * 50_000,
    "kutip": '"' * 50_000,
    "filter": "a:" * 25_000,
    "markup": ("<script>" + PENANDA) * 2174,
    "sql": ("' OR 1=1 -- " * 4167)[:50_000],
}


def test_kueri_lima_puluh_ribu_karakter_dijawab_dengan_halaman_hasil(situs_kecil, subtests):
    """A 50,000-character query of every hostile shape gets the results page, its markup
    escaped (how long it takes is measured by benchmarks/kueri_panjang.py: under a second)."""
    client = Client()
    for bentuk, kueri in KUERI_PANJANG.items():
        assert len(kueri) >= 49_990, bentuk
        with subtests.test(bentuk=bentuk):
            respons = client.get("/cari/", {"q": kueri})
            periksa(respons)
            assert respons.status_code == 200


def test_offset_dan_limit_api_ribuan_digit_dijawab_400(situs_kecil, subtests):
    """Found by the fuzzing above: Python refuses int() of 4,300+ digits, so an offset of 4,301
    zeros answered 500 from the API's paginator."""
    client = Client()
    for jalur in ("/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/"):
        for nama in ("offset", "limit"):
            with subtests.test(jalur=jalur, parameter=nama):
                respons = client.get(jalur, {nama: "0" * 4301})
                assert respons.status_code == 400


def test_tahun_dan_nomor_halaman_ribuan_digit_dijawab_tanpa_galat(situs_kecil, subtests):
    """Found by the fuzzing above, like the API's offset: a search year or a listing's page
    number of 4,301 digits reached int() and answered 500."""
    client = Client()
    for jalur, parameter in (
        ("/cari/", {"q": "banjir", "tahun": "0" * 4301}),
        ("/cari/", {"q": "banjir", "tahun": "9" * 5000}),
        ("/berita/", {"page": "0" * 4301}),
        ("/dokumen/", {"page": "1" * 4400}),
        ("/galeri/", {"page": "0" * 4301}),
    ):
        with subtests.test(jalur=jalur, parameter=next(iter(parameter.values()))[:3]):
            respons = client.get(jalur, parameter)
            periksa(respons)
            assert respons.status_code == 200


# -- the account forms past the password: the OTP steps and the new password ---------------


def _klien_sesudah_sandi(user, **kwargs):
    """A browser that gave the right password of `user` but no OTP code yet."""
    from tests.akun.conftest import masuk

    client = Client()
    respons = masuk(client, user.username, **kwargs)
    assert respons.status_code == 302, respons.status_code
    return client


def _halaman_sandi_baru(user):
    """A browser on the set-password page of a valid reset link of `user`, and its URL."""
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    user.refresh_from_db()  # the token depends on the last login, which signing in moved
    client = Client()
    tautan = reverse(
        "wagtailadmin_password_reset_confirm",
        args=[
            urlsafe_base64_encode(force_bytes(user.pk)),
            default_token_generator.make_token(user),
        ],
    )
    respons = client.get(tautan)
    assert respons.status_code == 302, respons.status_code  # to the URL without the token
    return client, respons["Location"]


def _uji_kolom(client, url, kolom):
    @given(st.fixed_dictionaries({nama: nilai_bermusuhan for nama in kolom}))
    def coba(data):
        periksa(client.post(url, data, REMOTE_ADDR="10.9.9.8"))

    return coba


def test_formulir_akun_otp_dan_sandi_baru_tahan_masukan_bermusuhan(
    situs_kecil, editor, pejabat, settings, subtests
):
    """The OTP code (an account with an authenticator), the enrolment of a first one, and the
    new-password form of a reset link: reached by whoever holds a password or a reset e-mail."""
    from tests.akun.conftest import pasang_perangkat

    settings.PORTAL_OTP_WAJIB = True
    pasang_perangkat(editor)
    formulir = {
        "kode_otp": (_klien_sesudah_sandi(editor), reverse("akun_otp_kode"), ["kode"]),
        "daftar_otp": (
            _klien_sesudah_sandi(pejabat, alamat="10.1.1.2"),
            reverse("akun_otp_daftar"),
            ["kode"],
        ),
        "sandi_baru": (*_halaman_sandi_baru(editor), ["new_password1", "new_password2"]),
    }
    for nama, (client, url, kolom) in formulir.items():
        with subtests.test(formulir=nama):
            assert client.get(url).status_code == 200
            _uji_kolom(client, url, kolom)()


# -- bytes that are not text ------------------------------------------------------------------

# Percent-encoded bytes that are not UTF-8: a lone surrogate (CESU-8), an overlong "/", an
# invalid lead byte, a truncated sequence, and a broken escape.
BUKAN_UTF8 = ["%ED%A0%80", "%C0%AF", "%FF%FE", "%E2%82", "a%ZZ"]


def test_byte_bukan_utf8_dan_surogat_di_parameter_dan_jalur_tanpa_galat(situs_kecil, subtests):
    """Raw query strings and paths with such bytes (the test client would refuse to encode a
    lone surrogate from text): every public GET parameter, every path pattern."""
    client = Client()
    for sasaran in SASARAN_GET:
        url = sasaran.alamat(situs_kecil)
        dasar = "&".join(f"{k}={v}" for k, v in sasaran.dasar.items())
        with subtests.test(sasaran=sasaran.nama):
            for nama in sasaran.parameter:
                for nilai in BUKAN_UTF8:
                    kueri = f"{dasar}&{nama}={nilai}" if dasar else f"{nama}={nilai}"
                    periksa(client.get(url, QUERY_STRING=kueri))
    for pola in POLA_JALUR:
        with subtests.test(pola=pola):
            for nilai in BUKAN_UTF8:
                periksa(client.get(pola.format(nilai)))


def test_formulir_publik_dengan_badan_bukan_utf8_tanpa_galat(situs_kecil, subtests):
    client = Client()
    for sasaran in SASARAN_FORMULIR:
        url = sasaran.alamat(situs_kecil)
        with subtests.test(sasaran=sasaran.nama):
            for nilai in BUKAN_UTF8:
                badan = "&".join(f"{nama}={nilai}" for nama in sasaran.parameter)
                periksa(
                    client.post(
                        url,
                        badan,
                        content_type="application/x-www-form-urlencoded",
                        REMOTE_ADDR="10.9.9.7",
                    )
                )


def test_profil_hypothesis_ci_tetap_dan_terbatas():
    """What CI runs is reproducible (derandomised) and bounded; the local profile longer."""
    from hypothesis import settings

    ci, lokal = settings.get_profile("ci"), settings.get_profile("lokal")
    assert ci.derandomize and ci.database is None and ci.max_examples <= 50
    assert not lokal.derandomize and lokal.max_examples > ci.max_examples
