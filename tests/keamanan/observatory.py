"""The scoring of Mozilla's HTTP Observatory (v2, developer.mozilla.org/observatory: "Tests &
scoring"), in plain Python, for one response: the tests run the portal's answers through it
without the network. Every site starts at 100; each test adds its modifier; bonuses count only
when the score without them is at least 90; A+ is 100 or more.

Not scored here: the HSTS preload list (+5 when the host is on it: a fact outside the
response) and TLS certificates (the load balancer's)."""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

NILAI_HURUF = [
    (100, "A+"),
    (90, "A"),
    (85, "A-"),
    (80, "B+"),
    (70, "B"),
    (65, "B-"),
    (60, "C+"),
    (50, "C"),
    (45, "C-"),
    (40, "D+"),
    (30, "D"),
    (25, "D-"),
    (0, "F"),
]
SKOR_MINIMUM_BONUS = 90
ENAM_BULAN = 15_768_000
REFERRER_PRIVAT = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}
REFERRER_TIDAK_AMAN = {
    "origin",
    "origin-when-cross-origin",
    "unsafe-url",
    "no-referrer-when-downgrade",
}
NAMA_SESI = ("sess", "login", "auth")
ASAL_PEMINDAI = "https://http-observatory.security.mozilla.org"


@dataclass
class Kuki:
    nama: str
    secure: bool
    httponly: bool
    samesite: str | None


@dataclass
class Tanggapan:
    """What the Observatory looks at: the final HTTPS response of `url` (lower-case header
    names, the Set-Cookie cookies, the HTML) and the first answer to the same URL over HTTP."""

    url: str
    headers: dict
    kuki: list = field(default_factory=list)
    html: str | None = None
    pengalihan_http: str | None = None


@dataclass
class Hasil:
    skor: int
    nilai: str
    rincian: dict


def nilai(tanggapan):
    """Score and grade of `tanggapan`, with each test's (result, modifier)."""
    rincian = {
        "content-security-policy": _csp(tanggapan.headers),
        "cookies": _kuki(tanggapan),
        "cross-origin-resource-sharing": _cors(tanggapan.headers),
        "redirection": _pengalihan(tanggapan),
        "referrer-policy": _referrer(tanggapan.headers),
        "strict-transport-security": _hsts(tanggapan.headers),
        "subresource-integrity": _sri(tanggapan),
        "x-content-type-options": _nosniff(tanggapan.headers),
        "x-frame-options": _xfo(tanggapan.headers),
        "cross-origin-resource-policy": _corp(tanggapan.headers),
    }
    dasar = 100 + sum(m for _h, m in rincian.values() if m < 0)
    bonus = sum(m for _h, m in rincian.values() if m > 0)
    skor = max(0, dasar + (bonus if dasar >= SKOR_MINIMUM_BONUS else 0))
    huruf = next(h for batas, h in NILAI_HURUF if skor >= batas)
    return Hasil(skor, huruf, rincian)


def urai_csp(nilai_header):
    """{directive: [sources]} of a Content-Security-Policy header (first directive wins)."""
    arahan = {}
    for bagian in nilai_header.split(";"):
        kata = bagian.strip().split()
        if kata:
            arahan.setdefault(kata[0].lower(), [k.lower() for k in kata[1:]])
    return arahan


def _csp(headers):
    if "content-security-policy" not in headers:
        return "csp-not-implemented", -25
    arahan = urai_csp(headers["content-security-policy"])
    bawaan = arahan.get("default-src")
    skrip = arahan.get("script-src", bawaan)
    objek = arahan.get("object-src", bawaan)
    gaya = arahan.get("style-src", bawaan)
    luas = {"*", "http:", "https:", "data:"}
    if skrip is None or objek is None:
        return "csp-implemented-with-unsafe", -20
    skrip_aman_inline = any(
        s.startswith(("'nonce-", "'sha256-", "'sha384-", "'sha512-")) or s == "'strict-dynamic'"
        for s in skrip
    )
    if ("'unsafe-inline'" in skrip and not skrip_aman_inline) or luas & set(skrip):
        return "csp-implemented-with-unsafe-inline", -20
    if luas & set(objek):
        return "csp-implemented-with-unsafe", -20
    if any(s.startswith("http:") for s in skrip + objek):
        return "csp-implemented-with-insecure-scheme", -20
    if "'unsafe-eval'" in skrip:
        return "csp-implemented-with-unsafe-eval", -10
    pasif = [s for d in ("img-src", "media-src") for s in arahan.get(d, [])]
    if any(s.startswith("http:") for s in pasif):
        return "csp-implemented-with-insecure-scheme-in-passive-content-only", -10
    if gaya and "'unsafe-inline'" in gaya:
        return "csp-implemented-with-unsafe-inline-in-style-src-only", 0
    if bawaan == ["'none'"]:
        return "csp-implemented-with-no-unsafe-default-src-none", 10
    return "csp-implemented-with-no-unsafe", 0


def _kuki(tanggapan):
    kuki = tanggapan.kuki
    if not kuki:
        return "cookies-not-found", 0
    hsts = "strict-transport-security" in tanggapan.headers
    sesi = [k for k in kuki if any(n in k.nama.lower() for n in NAMA_SESI)]
    if any(k.samesite and k.samesite.lower() not in {"strict", "lax", "none"} for k in kuki):
        return "cookies-samesite-flag-invalid", -20
    if any(not k.secure for k in sesi):
        return (
            ("cookies-session-without-secure-flag-but-protected-by-hsts", -10)
            if hsts
            else ("cookies-session-without-secure-flag", -40)
        )
    if any(not k.httponly for k in sesi):
        return "cookies-session-without-httponly-flag", -30
    if any(not k.secure for k in kuki):
        return (
            ("cookies-without-secure-flag-but-protected-by-hsts", -5)
            if hsts
            else ("cookies-without-secure-flag", -20)
        )
    if any("csrf" in k.nama.lower() and not k.samesite for k in kuki):
        return "cookies-anticsrf-without-samesite-flag", -20
    if all(k.samesite for k in kuki):
        return "cookies-secure-with-httponly-sessions-and-samesite", 5
    return "cookies-secure-with-httponly-sessions", 0


def _cors(headers):
    asal = headers.get("access-control-allow-origin")
    if asal is None:
        return "cross-origin-resource-sharing-not-implemented", 0
    dengan_kredensial = headers.get("access-control-allow-credentials", "").lower() == "true"
    if asal == ASAL_PEMINDAI and dengan_kredensial:
        return "cross-origin-resource-sharing-implemented-with-universal-access", -50
    if asal == "*":
        return "cross-origin-resource-sharing-implemented-with-public-access", 0
    return "cross-origin-resource-sharing-implemented-with-restricted-access", 0


def _pengalihan(tanggapan):
    if tanggapan.pengalihan_http is None:
        return "redirection-missing", -20
    tujuan, asal = urlsplit(tanggapan.pengalihan_http), urlsplit(tanggapan.url)
    if tujuan.scheme != "https":
        return "redirection-not-to-https", -20
    if tujuan.hostname != asal.hostname:
        return "redirection-off-host-from-http", -5
    return "redirection-to-https", 0


def _referrer(headers):
    if "referrer-policy" not in headers:
        return "referrer-policy-not-implemented", 0
    nilai_akhir = [v.strip().lower() for v in headers["referrer-policy"].split(",")][-1]
    if nilai_akhir in REFERRER_PRIVAT:
        return "referrer-policy-private", 5
    if nilai_akhir in REFERRER_TIDAK_AMAN:
        return "referrer-policy-unsafe", -5
    return "referrer-policy-header-invalid", -5


def _hsts(headers):
    if "strict-transport-security" not in headers:
        return "hsts-not-implemented", -20
    cocok = re.search(r"max-age\s*=\s*\"?(\d+)", headers["strict-transport-security"], re.I)
    if not cocok:
        return "hsts-header-invalid", -20
    if int(cocok.group(1)) < ENAM_BULAN:
        return "hsts-implemented-max-age-less-than-six-months", -10
    return "hsts-implemented-max-age-at-least-six-months", 0


class _Skrip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.skrip = []

    def handle_starttag(self, tag, attrs):
        atribut = dict(attrs)
        if tag == "script" and atribut.get("src"):
            self.skrip.append(atribut)


def _sri(tanggapan):
    jenis = tanggapan.headers.get("content-type", "")
    if tanggapan.html is None or not jenis.startswith("text/html"):
        return "sri-not-implemented-response-not-html", 0
    pengurai = _Skrip()
    pengurai.feed(tanggapan.html)
    if not pengurai.skrip:
        return "sri-not-implemented-but-no-scripts-loaded", 0
    asal = urlsplit(tanggapan.url)
    luar = [s for s in pengurai.skrip if urlsplit(s["src"]).netloc not in ("", asal.netloc)]
    if not luar:
        return "sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0
    aman = all(urlsplit(s["src"]).scheme in ("https", "") for s in luar)
    if all(s.get("integrity") for s in luar):
        return (
            ("sri-implemented-and-external-scripts-loaded-securely", 5)
            if aman
            else ("sri-implemented-but-external-scripts-not-loaded-securely", -20)
        )
    return (
        ("sri-not-implemented-but-external-scripts-loaded-securely", -5)
        if aman
        else ("sri-not-implemented-and-external-scripts-not-loaded-securely", -50)
    )


def _nosniff(headers):
    nilai_header = headers.get("x-content-type-options")
    if nilai_header is None:
        return "x-content-type-options-not-implemented", -5
    if nilai_header.strip().lower() != "nosniff":
        return "x-content-type-options-header-invalid", -5
    return "x-content-type-options-nosniff", 0


def _xfo(headers):
    csp = urai_csp(headers.get("content-security-policy", ""))
    if "frame-ancestors" in csp:
        return "x-frame-options-implemented-via-csp", 5
    nilai_header = headers.get("x-frame-options")
    if nilai_header is None:
        return "x-frame-options-not-implemented", -20
    if nilai_header.strip().upper() in {"DENY", "SAMEORIGIN"}:
        return "x-frame-options-sameorigin-or-deny", 0
    return "x-frame-options-header-invalid", -20


def _corp(headers):
    nilai_header = headers.get("cross-origin-resource-policy")
    if nilai_header is None:
        return "corp-not-implemented", 0
    if nilai_header.strip().lower() not in {"same-site", "same-origin", "cross-origin"}:
        return "corp-header-invalid", -5
    return f"corp-implemented-with-{nilai_header.strip().lower()}", 0
