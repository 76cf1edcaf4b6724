"""Headers and templates for a strict Content-Security-Policy, and `check --deploy` with the
README's production settings."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)


@pytest.mark.django_db
@pytest.mark.parametrize("pad", ["/", "/aanmelden/", "/doe-mee/QQQQQQ/", "/bestaat-niet/"])
def test_it_sends_a_strict_csp_and_a_permissions_policy(client, pad) -> None:
    response = client.get(pad)
    csp = response["Content-Security-Policy"]
    richtlijnen = dict(r.strip().split(" ", 1) for r in csp.split(";"))
    assert richtlijnen["script-src"] == "'self'"
    assert richtlijnen["style-src"] == "'self'"
    assert richtlijnen["object-src"] == "'none'"
    assert richtlijnen["frame-ancestors"] == "'none'"
    assert "unsafe" not in csp
    assert "camera=()" in response["Permissions-Policy"]


def sjablonen() -> list[Path]:
    return sorted((ROOT / "templates").rglob("*.html"))


@pytest.mark.parametrize("sjabloon", sjablonen(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_template_has_inline_scripts_styles_or_event_attributes(sjabloon: Path) -> None:
    tekst = sjabloon.read_text()
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", tekst) == [], "inline <script>"
    assert re.findall(r"<style\b", tekst) == [], "<style> element"
    assert re.findall(r"\sstyle\s*=", tekst) == [], "style attribute"
    assert re.findall(r"\son[a-z]+\s*=", tekst) == [], "on* event attribute"
    assert re.findall(r"\bhx-on\b|hx-on:|javascript:", tekst) == [], "script in an attribute"


def test_htmx_runs_without_eval_and_without_injected_styles() -> None:
    basis = (ROOT / "templates" / "base.html").read_text()
    config = re.search(r'<meta name="htmx-config" content=\'([^\']+)\'', basis).group(1)
    assert '"allowEval": false' in config
    assert '"includeIndicatorStyles": false' in config
    assert '"allowScriptTags": false' in config


# Warnings of `check --deploy` that remain on purpose, each justified in SECURITY.md.
VERANTWOORD = {"security.W005", "security.W021"}


def test_check_deploy_with_the_production_settings_warns_only_what_security_md_justifies() -> None:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "cultuuroptil.example",
        "CSRF_TRUSTED_ORIGINS": "https://cultuuroptil.example",
        "BEHIND_HTTPS_PROXY": "true",
        "SECURE_SSL_REDIRECT": "true",
        "SECURE_HSTS_SECONDS": "31536000",
    }
    uitvoer = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    gevonden = set(
        re.findall(r"\((security\.\w+|[a-z_]+\.\w\d+)\)", uitvoer.stdout + uitvoer.stderr)
    )
    assert gevonden <= VERANTWOORD, uitvoer.stdout + uitvoer.stderr
    beveiliging = (ROOT / "SECURITY.md").read_text()
    for waarschuwing in VERANTWOORD:
        assert waarschuwing in beveiliging
