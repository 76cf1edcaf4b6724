"""The floors of issue 10: the least Django can do on this machine and database.

A project of its own (no apps, no middleware) on the app's database settings, so the comparison
is fair: the same `DATABASE_URL`, the same SQLite pragmas and transaction mode, the same
persistent connections on PostgreSQL. Served by gunicorn exactly like the app.
"""

# The app's settings module computes DATABASES (and the secret) from the same environment.
from cultuuroptil.settings import DATABASES, SECRET_KEY  # noqa: F401

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "benchmarks.vloer.urls"
WSGI_APPLICATION = "benchmarks.vloer.wsgi.application"
INSTALLED_APPS: list[str] = []
MIDDLEWARE: list[str] = []
USE_TZ = True
USE_I18N = False
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LOGGING = {"version": 1, "disable_existing_loggers": False}
