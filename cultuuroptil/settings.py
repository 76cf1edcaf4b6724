"""One settings module for every environment, driven by environment variables.

Development needs nothing set: SQLite in the project folder and a secret key generated once into
an ignored file. Production sets DEBUG=false, SECRET_KEY, ALLOWED_HOSTS and usually DATABASE_URL.
"""

import os
import secrets
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


WAAR = {"1", "true", "yes", "on", "ja", "waar"}
ONWAAR = {"0", "false", "no", "off", "nee", "onwaar"}


def env_bool(name: str, default: bool) -> bool:
    """A boolean from the environment. A typo (DEBUG=ture) stops the start instead of silently
    meaning false: a production server must never run with a setting it did not ask for."""
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    gewoon = value.strip().lower()
    if gewoon in WAAR:
        return True
    if gewoon in ONWAAR:
        return False
    raise ImproperlyConfigured(
        f"{name}={value!r} is geen geldige ja/nee-waarde: gebruik true of false (ook: 1/0, "
        "yes/no, on/off)."
    )


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def secret_key_from_file(path: Path) -> str:
    """Generate the key once so sessions survive a restart of `make run`."""
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


# Off unless asked for: a server started without configuration must not show debug pages.
# `make run`, `make test` and the test settings (cultuuroptil/settings_test.py) set what they need.
DEBUG = env_bool("DEBUG", default=False)
# Without SECRET_KEY the key is generated once into a file (SECRET_KEY_FILE, by default the
# ignored .secret_key), as `make run` does; several app servers must share SECRET_KEY instead.
SECRET_KEY = os.environ.get("SECRET_KEY", "") or secret_key_from_file(
    BASE_DIR / os.environ.get("SECRET_KEY_FILE", ".secret_key")
)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])

# `make run ZAAL=1`: the facilitator's laptop serves the room over the venue's wifi. Its
# addresses on the local network (read from its interfaces) become allowed hosts, and the first
# one is what participants type or scan, unless SITE_URL says otherwise.
ZAAL = env_bool("ZAAL", default=False)
LAN_ADRESSEN: list[str] = []
if ZAAL:
    from cultuuroptil.lib.netwerk import lan_adressen

    LAN_ADRESSEN = lan_adressen()
    ALLOWED_HOSTS = [*ALLOWED_HOSTS, *LAN_ADRESSEN]
# The base of the join URL and QR code shown to participants ("https://optil.example").
# Empty: the address the facilitator's browser used.
SITE_URL = os.environ.get("SITE_URL", "").strip().rstrip("/")
if not SITE_URL and LAN_ADRESSEN:
    SITE_URL = f"http://{LAN_ADRESSEN[0]}:{os.environ.get('PORT', '8000')}"
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "werking",
    "inspiratie",
    "partnerkaarten",
    "sessies",
    "begeleiding",
    "rapport",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cultuuroptil.lib.middleware.BeveiligingsHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages compressed (about a fifth of their size); static files come compressed from
    # WhiteNoise above and never reach it. Django's GZip adds random bytes to each answer's
    # header ("Heal the Breach") and CSRF tokens are masked per answer, against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "cultuuroptil.lib.middleware.OngeldigeInvoerMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "cultuuroptil.lib.middleware.NietToegestaanMiddleware",
    "cultuuroptil.lib.middleware.AanmeldRemMiddleware",
    "cultuuroptil.lib.middleware.DatabankWegMiddleware",
]

ROOT_URLCONF = "cultuuroptil.urls"
WSGI_APPLICATION = "cultuuroptil.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Connections are kept per thread for a minute, except under pytest: the browser tests' server
# threads would hold the test database open (PostgreSQL could not drop it) and would not notice
# a test taking the database away.
DB_CONN_MAX_AGE = int(os.environ.get("DB_CONN_MAX_AGE", "0" if "pytest" in sys.modules else "60"))
DATABASE_URL = os.environ.get("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=DB_CONN_MAX_AGE)}
else:
    DATABASES = {
        "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Parameters bound by the server, not quoted into the SQL by psycopg in Python: psycopg
    # then prepares a statement that runs often on a connection, and PostgreSQL stops parsing
    # and planning the participant's identifying query (two dozen subqueries) on every request.
    DATABASES["default"].setdefault("OPTIONS", {})["server_side_binding"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Each thread keeps its connection, as with PostgreSQL: opening one per request (and its
    # PRAGMAs) cost 40 % of an autosave.
    DATABASES["default"]["CONN_MAX_AGE"] = DB_CONN_MAX_AGE
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers (the dashboard's polls) run while a colleague saves;
        # IMMEDIATE avoids "database is locked" when two writes start at once.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    # A file, not :memory:, so that browser tests' server threads each get their own
    # connection, as in production.
    DATABASES["default"]["TEST"] = {
        "NAME": os.environ.get("SQLITE_TEST_DB", BASE_DIR / "test-db.sqlite3")
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "cultuuroptil.lib.wachtwoord.MinimumLengteValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "begeleiding:overzicht"
LOGOUT_REDIRECT_URL = "home"

LANGUAGE_CODE = "nl-be"
LANGUAGES = [("nl-be", "Nederlands")]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
# Production and `make run` serve collected files (collectstatic) with a hash in their name
# and compressed (gzip, brotli), cached by browsers for ever; development serves static/.
WHITENOISE_USE_FINDERS = env_bool("STATIC_FINDERS", default=DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("STATIC_MANIFEST", default=not DEBUG)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=False)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
# Subdomains and the browsers' preload list concern the whole domain, which this app does not
# own: off unless the domain's owner opts in (SECURITY.md, "check --deploy").
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=False)

# No inline scripts or styles anywhere (templates use static files and data-attributes; htmx
# runs without eval), so the policy needs neither 'unsafe-inline' nor nonces.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
    "accelerometer=(), gyroscope=(), magnetometer=()"
)

# Counters for throttling live in a cache that every app process shares: the database
# (`manage.py createcachetable`), or Redis when REDIS_URL is set (needs the `redis` package).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "cultuuroptil_cache",
        }
    }

# Throttling (cultuuroptil/lib/remmen.py): wrong join codes per client address per minute;
# failed logins per account and address (or known device), per account over all addresses,
# and per address over all accounts, in REM_AANMELDEN_VENSTER seconds. The per-address limit is
# high on purpose: a whole venue may share one address.
REM_FOUTE_CODES = int(os.environ.get("REM_FOUTE_CODES", "30"))
REM_AANMELDEN_ACCOUNT = int(os.environ.get("REM_AANMELDEN_ACCOUNT", "5"))
REM_AANMELDEN_ACCOUNT_TOTAAL = int(os.environ.get("REM_AANMELDEN_ACCOUNT_TOTAAL", "20"))
REM_AANMELDEN_ADRES = int(os.environ.get("REM_AANMELDEN_ADRES", "100"))
REM_AANMELDEN_VENSTER = int(os.environ.get("REM_AANMELDEN_VENSTER", "900"))
# The client address is REMOTE_ADDR, unless the request comes from one of these proxies
# (comma-separated addresses): then X-Forwarded-For, read from the right.
VERTROUWDE_PROXIES = env_list("VERTROUWDE_PROXIES", [])

# A personal resume link ("/verder/") works until this many days after the session's date.
VERDER_GELDIG_DAGEN = int(os.environ.get("VERDER_GELDIG_DAGEN", "60"))

FIXTURE_DIRS = [BASE_DIR / "fixtures"]

# Participants keep their token in the browser session for two weeks after joining; after that
# their personal link brings them back.
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
# Django's database sessions, their lookup compiled once (cultuuroptil/lib/sessieopslag.py).
SESSION_ENGINE = "cultuuroptil.lib.sessieopslag"
# Messages as Django stores them by default, with the cookie signer made only when needed.
MESSAGE_STORAGE = "cultuuroptil.lib.berichten.BerichtenOpslag"
SESSION_SAVE_EVERY_REQUEST = False
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_HTTPS_PROXY", False) else None
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
