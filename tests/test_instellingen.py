"""The settings read the environment strictly: DEBUG is off unless asked for, and a mistyped
boolean stops the start instead of silently meaning false."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from cultuuroptil.settings import env_bool

SCHOON = {
    k: v
    for k, v in os.environ.items()
    if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "DB_CONN_MAX_AGE"}
}


def laad(
    tmp_path: Path, code: str = "print(settings.DEBUG)", **omgeving: str
) -> subprocess.CompletedProcess:
    """Import the real settings in a fresh interpreter with exactly this environment."""
    env = {
        **SCHOON,
        "DJANGO_SETTINGS_MODULE": "cultuuroptil.settings",
        "SECRET_KEY_FILE": str(tmp_path / "sleutel"),
        **omgeving,
    }
    return subprocess.run(
        [sys.executable, "-c", f"from django.conf import settings; {code}"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_debug_is_off_when_the_variable_is_unset(tmp_path) -> None:
    resultaat = laad(tmp_path)
    assert resultaat.returncode == 0, resultaat.stderr
    assert resultaat.stdout.strip() == "False"
    # Without SECRET_KEY the key is generated once into the file, as `make run` does.
    assert (tmp_path / "sleutel").read_text().strip()


LEEFTIJD = "print(settings.DATABASES['default']['CONN_MAX_AGE'])"


@pytest.mark.parametrize("url", ["", "postgres://postgres@127.0.0.1:5432/cultuuroptil"])
def test_it_keeps_database_connections_per_thread_sqlite_included(tmp_path, url) -> None:
    """A connection (and SQLite's PRAGMAs) per request was 40 % of an autosave."""
    assert laad(tmp_path, LEEFTIJD, DATABASE_URL=url).stdout.strip() == "60"
    assert laad(tmp_path, LEEFTIJD, DATABASE_URL=url, DB_CONN_MAX_AGE="0").stdout.strip() == "0"


def test_postgresql_binds_parameters_on_the_server(tmp_path) -> None:
    # So psycopg prepares the statements a connection runs often (the identifying query).
    code = "print(settings.DATABASES['default']['OPTIONS'].get('server_side_binding'))"
    postgres = laad(tmp_path, code, DATABASE_URL="postgres://postgres@127.0.0.1:5432/x")
    assert postgres.stdout.strip() == "True", postgres.stderr
    sqlite = laad(tmp_path, code, DATABASE_URL="sqlite:////tmp/x.sqlite3")
    assert sqlite.stdout.strip() == "None", sqlite.stderr


def test_it_keeps_no_connections_under_pytest() -> None:
    """The browser tests' server threads must let go of the test database."""
    verwacht = int(os.environ.get("DB_CONN_MAX_AGE", "0"))
    assert settings.DATABASES["default"]["CONN_MAX_AGE"] == verwacht == 0


def test_debug_is_on_only_when_asked_for(tmp_path) -> None:
    assert laad(tmp_path, DEBUG="true").stdout.strip() == "True"
    assert laad(tmp_path, DEBUG="0").stdout.strip() == "False"


def test_a_mistyped_debug_is_an_error_not_a_silent_false(tmp_path) -> None:
    resultaat = laad(tmp_path, DEBUG="ture")
    assert resultaat.returncode != 0
    assert "DEBUG='ture' is geen geldige ja/nee-waarde" in resultaat.stderr


@pytest.mark.parametrize(
    ("waarde", "verwacht"),
    [
        ("true", True),
        ("1", True),
        ("Yes", True),
        (" on ", True),
        ("false", False),
        ("0", False),
        ("no", False),
        ("OFF", False),
        ("", True),
    ],
)
def test_env_bool_reads_the_usual_spellings(monkeypatch, waarde, verwacht) -> None:
    monkeypatch.setenv("CULTUUROPTIL_PROEF", waarde)
    assert env_bool("CULTUUROPTIL_PROEF", default=True) is verwacht


@pytest.mark.parametrize("waarde", ["ture", "flase", "2", "waarschijnlijk"])
def test_env_bool_refuses_anything_else(monkeypatch, waarde) -> None:
    monkeypatch.setenv("SECURE_SSL_REDIRECT", waarde)
    with pytest.raises(ImproperlyConfigured, match="SECURE_SSL_REDIRECT"):
        env_bool("SECURE_SSL_REDIRECT", default=False)


def test_env_bool_uses_the_default_when_unset(monkeypatch) -> None:
    monkeypatch.delenv("CULTUUROPTIL_PROEF", raising=False)
    assert env_bool("CULTUUROPTIL_PROEF", default=False) is False
