"""Templates repeat no model constants, and there is one confirm-delete page."""

import re
from pathlib import Path

from django.conf import settings
from django.templatetags.static import static
from django.test import override_settings

from sessies.templatetags.invulsjabloon import statisch

SJABLONEN = Path(settings.BASE_DIR) / "templates"


def test_no_template_repeats_a_maxlength_number() -> None:
    met_getal = [
        f"{pad.relative_to(SJABLONEN)}: {m.group(0)}"
        for pad in SJABLONEN.rglob("*.html")
        for m in re.finditer(r'maxlength="\d+"', pad.read_text())
    ]
    assert met_getal == []


def test_there_is_one_confirm_delete_template() -> None:
    namen = sorted(p.name for p in SJABLONEN.rglob("*verwijderen*.html"))
    assert namen == ["bevestig_verwijderen.html"]


def test_the_inputs_take_their_maxlength_from_the_models(sofie, kenmerken) -> None:
    body = sofie.client.get(sofie.url("stap-2/")).content.decode()
    assert 'maxlength="500"' in body  # Kenmerk.tekst
    body = sofie.client.get(sofie.url("bollen/")).content.decode()
    assert 'name="naam" value="" maxlength="150"' in body  # Partner.naam


def test_the_cached_static_urls_follow_a_changed_setting() -> None:
    """`{% statisch %}` remembers a file's URL per process; a changed setting forgets it."""
    assert statisch("css/app.css") == static("css/app.css")
    with override_settings(STATIC_URL="/elders/"):
        assert statisch("css/app.css") == static("css/app.css")
        assert statisch("css/app.css").startswith("/elders/")
    assert not statisch("css/app.css").startswith("/elders/")
