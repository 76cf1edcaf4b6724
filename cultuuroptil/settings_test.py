"""Settings for the test suite: the real settings, plus what tests need whatever the environment
says (DEBUG is off by default, so nothing here may depend on it)."""

from .settings import *  # noqa: F403
from .settings import STORAGES

# Static files straight from static/ (no collectstatic before a test run).
WHITENOISE_USE_FINDERS = True
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The browser tests talk plain http to live_server.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_SSL_REDIRECT = False
