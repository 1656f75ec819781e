"""Settings shared by every environment.

This package is the only place that reads the environment (DESIGN.md house rule 3); every
variable it reads is listed in `.env.example`. Each integration switches on when its variable
is set, so a fresh checkout runs on SQLite, local media and a local-memory cache.
"""

import datetime
import os
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = BASE_DIR / "var"


def env(name, default=""):
    return os.environ.get(name, default)


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = env(name)
    if not value:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


# Application definition

INSTALLED_APPS = [
    "home",
    "berita",
    "dokumen",
    "galeri",
    "search",
    "portal.core",
    "portal.ketahanan",
    "portal.akun",
    "portal.situs",
    "portal.demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    # After wagtail.admin: its ready() replaces Wagtail's workflow e-mails.
    "portal.moderasi",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Anonymous page views from the cache (portal/core/cache_halaman.py). Outermost: it stores
    # the finished response, with every header the middleware below adds (security headers
    # included, so hits carry them), and it sees every cookie the session, CSRF and locale
    # middleware set before it stores.
    "portal.core.cache_halaman.CacheHalamanMiddleware",
    # gzip for anonymous responses that hold no CSRF token (BREACH), inside the page cache so
    # that a cached page is stored compressed (portal/core/kompresi.py).
    "portal.core.kompresi.KompresiPublikMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy (public and admin policies) and Permissions-Policy (portal/keamanan).
    "portal.keamanan.middleware.CSPPortalMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # WhiteNoise with a year of browser cache for hashed static files.
    "portal.core.cache_halaman.StatisSetahunMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(), then the admin closed until the TOTP code (portal/akun).
    "django_otp.middleware.OTPMiddleware",
    "portal.akun.middleware.VerifikasiOTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # An admin upload the S3 store could not take: a message, not a 500 (portal/ketahanan).
    "portal.ketahanan.penyimpanan.PenyimpananTidakTersediaMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Admin search queries cut to a length the search backends compile (portal/keamanan).
    "portal.keamanan.kueri_admin.KueriAdminTerbatasMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

SECRET_KEY = env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")

# Database: DATABASE_URL (PostgreSQL in production), else an SQLite file in the ignored var/.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{VAR_DIR / 'portal.sqlite3'}"),
        # Persistent connections, checked before reuse (a restarted database costs no 500s).
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = 5

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (shared by every app server and the scheduler, which is
# what makes page-cache invalidation reach all of them), else this process's memory.
# django-redis with short timeouts and IGNORE_EXCEPTIONS: a Redis outage serves uncached
# pages instead of 5xx (Django's built-in RedisCache raises).
if env("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "portal"),
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                # A hung Redis costs one timeout per worker, not one per cache call.
                "CONNECTION_POOL_CLASS": "portal.ketahanan.redis_pemutus.PoolPemutus",
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Page cache (portal/core/cache_halaman.py): seconds a page stays in the server cache (it is
# invalidated on every publish/unpublish/move/delete anyway), and the browser's max-age.
PORTAL_CACHE_HALAMAN_DETIK = int(env("PORTAL_CACHE_HALAMAN_DETIK", "600"))
PORTAL_CACHE_BROWSER_DETIK = int(env("PORTAL_CACHE_BROWSER_DETIK", "1"))
PORTAL_CACHE_HALAMAN_AKTIF = env_bool("PORTAL_CACHE_HALAMAN_AKTIF", True)
# With Redis: MB of the hottest cached pages each worker also keeps in its memory, emptied by
# every invalidation at once (portal/core/cache_lokal.py); 0 switches it off.
PORTAL_CACHE_LOKAL_MB = int(env("PORTAL_CACHE_LOKAL_MB", "32"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Admin accounts (portal/akun; README "Admin accounts").
# Lockout: 5 failed logins for one username from one address lock that pair for 30 minutes;
# the same user elsewhere and other users at that address still log in. The address is the
# socket peer, or X-Forwarded-For when the peer is a trusted proxy (portal/akun/alamat.py).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = datetime.timedelta(minutes=30)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "portal.akun.kunci.respons_terkunci"
AXES_CLIENT_IP_CALLABLE = "portal.akun.alamat.alamat_klien"
PORTAL_PROXY_TEPERCAYA = env_list("PORTAL_PROXY_TEPERCAYA")
# TOTP for Editor, Pejabat and superusers (portal/akun/otp.py). Off only in portal.settings.test,
# where hundreds of tests sign in with force_login; the OTP tests switch it back on.
PORTAL_OTP_WAJIB = True
OTP_TOTP_ISSUER = "Portal Pemprov Kaltim"
# Sessions: expire 8 hours (a working day) after they were last written, and end when the
# browser closes unless "Ingat saya" was ticked at login (then the cookie lasts 8 hours).
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# Internationalisation: Indonesian first, English as translation.
LANGUAGE_CODE = "id"
TIME_ZONE = "Asia/Makassar"
USE_I18N = True
USE_TZ = True
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
LOCALE_PATHS = [PROJECT_DIR / "locale"]

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A translation is SOP material like its source: created as a draft, it reaches citizens only
# through the workflow; translators use Wagtail's own editor, which has "submit for moderation".
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "simple"
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Static files: sources in the top-level static/, collected into the ignored var/.
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "staticfiles"
STATIC_URL = "/static/"

MEDIA_ROOT = Path(env("MEDIA_ROOT", str(VAR_DIR / "media")))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Media on any S3-compatible store when a bucket is named; local disk otherwise.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    from botocore.config import Config as BotoConfig

    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME") or None
    AWS_ACCESS_KEY_ID = env("AWS_ACCESS_KEY_ID") or None
    AWS_SECRET_ACCESS_KEY = env("AWS_SECRET_ACCESS_KEY") or None
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    # Signed URLs (images, renditions) live an hour, longer than a cached page (600 s).
    AWS_QUERYSTRING_EXPIRE = 3600
    AWS_S3_FILE_OVERWRITE = False
    # botocore waits 60 s and retries by default: a slow store must not hang a request.
    # SigV4 set here, as django-storages ignores AWS_S3_SIGNATURE_VERSION beside a client
    # config: SigV2 is refused by the newer regions, Jakarta (ap-southeast-3) among them.
    AWS_S3_CLIENT_CONFIG = BotoConfig(
        connect_timeout=3,
        read_timeout=10,
        retries={"max_attempts": 2, "mode": "standard"},
        signature_version="s3v4",
    )
    # Wagtail would redirect document downloads to the bucket, dropping its protective
    # headers and the privacy of collections (NOTES.md): stream them through Django instead.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Security headers (portal/keamanan; README "Security headers"). The public site: no inline
# script or style anywhere (tests/peramban), media from the bucket when there is one, video
# embeds only after a click (static/js/portal.js).
if AWS_STORAGE_BUCKET_NAME:
    from urllib.parse import urlsplit

    _ujung = urlsplit(AWS_S3_ENDPOINT_URL or "https://s3.amazonaws.com")
    _ASAL_MEDIA = (
        [f"https://{AWS_S3_CUSTOM_DOMAIN}"]
        if AWS_S3_CUSTOM_DOMAIN
        else [f"{_ujung.scheme}://{_ujung.netloc}", f"{_ujung.scheme}://*.{_ujung.netloc}"]
    )
else:
    _ASAL_MEDIA = []
_FRAME_VIDEO = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *_ASAL_MEDIA],
        "media-src": ["'self'", *_ASAL_MEDIA],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "frame-src": _FRAME_VIDEO,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail admin for signed-in users (CSPPortalMiddleware): its page editor still runs
# inline scripts and styles; it previews pages in a frame of itself.
PORTAL_CSP_ADMIN = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *_ASAL_MEDIA],
        "media-src": ["'self'", "blob:", *_ASAL_MEDIA],
        "frame-src": ["'self'", *_FRAME_VIDEO],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# No third-party request from the admin: avatars from the portal itself, not gravatar.com,
# and no update check against releases.wagtail.org (upgrades follow requirements.txt).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Browser features the portal never uses are switched off; video embeds may go fullscreen.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": ["self", *_FRAME_VIDEO],
    "camera": [],
    "encrypted-media": ["self", *_FRAME_VIDEO],
    "fullscreen": ["self", *_FRAME_VIDEO],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": ["self", *_FRAME_VIDEO],
    "usb": [],
}

# CDN purging through Wagtail's frontend cache, off unless configured. An HTTP purger (Varnish,
# nginx cache purge, a CDN accepting PURGE) at WAGTAILFRONTENDCACHE_URL, or Cloudflare.
WAGTAILFRONTENDCACHE = {}
if env("WAGTAILFRONTENDCACHE_URL"):
    WAGTAILFRONTENDCACHE["default"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("WAGTAILFRONTENDCACHE_URL"),
    }
if env("WAGTAILFRONTENDCACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env("WAGTAILFRONTENDCACHE_CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": env("WAGTAILFRONTENDCACHE_CLOUDFLARE_ZONEID"),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    # A purged CDN may keep pages longer than browsers do.
    PORTAL_CACHE_CDN_DETIK = int(env("PORTAL_CACHE_CDN_DETIK", "300"))
else:
    PORTAL_CACHE_CDN_DETIK = 0

# E-mail: console in development (dev.py); SMTP from the environment in production.
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Portal Pemprov Kaltim <noreply@kaltimprov.go.id>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Django sets a maximum of 1000 fields per form; Wagtail's page editor can exceed it.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Portal Pemerintah Provinsi Kalimantan Timur"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The pejabat's "layak tayang" publishes without the pejabat holding publish permission.
WAGTAIL_FINISH_WORKFLOW_ACTION = "portal.moderasi.akhir_alur.terbitkan_hasil_alur"
# Search: Wagtail's database backend (PostgreSQL full text in production). Past one database's
# capacity: an OpenSearch/Elasticsearch cluster at WAGTAILSEARCH_URL, with its backend module
# (opensearch2/3, elasticsearch7/8/9) and the matching client package installed beside.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Indonesian and English stemming is done by the portal (portal/core/bentuk_dasar.py; the choice
# is in docs/pencarian.md), identically on SQLite and PostgreSQL: PostgreSQL indexes words as
# given.
WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "simple"
if env("WAGTAILSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": f"wagtail.search.backends.{env('WAGTAILSEARCH_BACKEND', 'opensearch2')}",
        "URLS": env_list("WAGTAILSEARCH_URL"),
        "INDEX": env("WAGTAILSEARCH_INDEX", "portal"),
        "TIMEOUT": 5,
    }
# Admin date widgets keep Wagtail's ISO formats: every admin language parses them back (a
# "%d/%m/%Y %H:%M" display is not among Django's Indonesian input formats).

# Legacy .doc/.xls/.ppt are refused (portal/unggahan/dokumen.py says why).
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "docx",
    "xlsx",
    "pptx",
    "odt",
    "ods",
    "odp",
    "csv",
    "mp4",
    "webm",
    "vtt",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# ---- issue 8 point 1 (safe uploads, portal/unggahan) -----------------------------------------
# Every admin upload form (add, multiple upload, chooser, replace) checks the file's content.
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.unggahan.formulir.FormulirGambar"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal.unggahan.formulir.FormulirDokumen"
# ClamAV's clamd: a unix socket path, or host:port. Unset: no scan (development). Set but
# unreachable: uploads are refused (fail closed).
CLAMAV_SOCKET = env("CLAMAV_SOCKET")
CLAMAV_ADDRESS = env("CLAMAV_ADDRESS")
CLAMAV_TIMEOUT = float(env("CLAMAV_TIMEOUT", "20"))
# ---- end of issue 8 point 1 block ------------------------------------------------------------

WAGTAILEMBEDS_RESPONSIVE_HTML = True
