"""The kit's open categories "Andere" and "Andere 2" stay the kit's names as data, but wherever
a participant sees or picks a category they read as two different, understandable ones."""

import html
import re

import pytest
from django.test import Client

from inspiratie.models import Categorie

from .conftest import maak_partner

pytestmark = pytest.mark.django_db

ANDERE = "Andere (design, architectuur, …)"
ANDERE_2 = "Andere (Brandweer, landelijke gilden, …)"


def zichtbaar(response) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def test_it_names_the_open_categories_by_their_kit_examples(categorie) -> None:
    assert categorie("Andere").weergave == ANDERE
    assert categorie("Andere 2").weergave == ANDERE_2
    # The kit's names stay as they are, and other categories keep theirs.
    assert categorie("Andere 2").naam == "Andere 2"
    assert categorie("Jeugd").weergave == "Jeugd"
    assert categorie("Ruimtelijke ordening").weergave == "Ruimtelijke ordening"


def test_a_workshops_own_category_keeps_its_name(sofie) -> None:
    eigen = Categorie.objects.create(
        naam="Andere 3",
        slug="andere-3-ws",
        soort="open",
        sessie=sofie.sessie,
        volgorde=30,
        voorbeelden=["carnavalsgroepen"],
    )
    assert eigen.weergave == "Andere 3"


@pytest.mark.parametrize(
    "pad", ["bollen/", "inspiratie/", "stap-1/"], ids=["kiezen", "inspiratielijst", "sector"]
)
def test_a_participant_picks_between_two_distinguishable_categories(sofie, pad) -> None:
    response = sofie.client.get(sofie.url(pad))
    inhoud = zichtbaar(response)
    assert ANDERE in inhoud and ANDERE_2 in inhoud
    assert "Andere 2" not in inhoud
    # No bare "Andere" as a label or an option.
    assert not re.search(r">\s*Andere\s*<", response.content.decode())


def test_the_chips_and_the_final_list_show_the_understandable_name(
    sofie, gemeente, categorie
) -> None:
    maak_partner(
        sofie.werking, "Brandweer Pajottegem", gemeente("Pajottegem"), categorie("Andere 2")
    )
    for pad in ("netwerk/", "bollen/"):
        inhoud = zichtbaar(sofie.client.get(sofie.url(pad)))
        assert f"Brandweer Pajottegem Pajottegem · {ANDERE_2}" in inhoud, pad
        assert "Andere 2" not in inhoud, pad


def test_the_facilitators_inspiratielijst_shows_the_understandable_name(
    sofie, gemeente, categorie
) -> None:
    from inspiratie.models import LokaalVoorbeeld

    LokaalVoorbeeld.objects.create(
        sessie=sofie.sessie,
        categorie=categorie("Andere 2"),
        naam="Brandweerpost Lennik",
        gemeente=gemeente("Lennik"),
        voorgesteld_door=sofie.werking,
    )
    LokaalVoorbeeld.objects.create(
        sessie=sofie.sessie, categorie=categorie("Andere"), naam="Designatelier Vorm", aanvaard=True
    )
    begeleider = Client()
    begeleider.force_login(sofie.sessie.eigenaar)
    response = begeleider.get(f"/sessies/{sofie.sessie.code}/inspiratie/")
    inhoud = zichtbaar(response)
    # The proposal waiting for the facilitator, the accepted example and the form's options.
    assert f"Brandweerpost Lennik {ANDERE_2} · Lennik" in inhoud
    assert f"Designatelier Vorm {ANDERE}" in inhoud
    assert f">{ANDERE_2}</option>" in html.unescape(response.content.decode())
    assert "Andere 2" not in inhoud
    assert not re.search(r">\s*Andere\s*<", response.content.decode())


def test_the_pickers_chip_shows_the_examples_once(sofie, categorie) -> None:
    body = sofie.client.get(sofie.url("bollen/")).content.decode()
    for naam, eerste, rest in (
        ("Andere", "design", "festivals, storytellers …"),
        ("Andere 2", "Brandweer", "Boerenbond, Rode Kruis …"),
    ):
        pk = categorie(naam).pk
        chip = rf'<label class="chip-keuze[^"]*">\s*<input[^>]*name="categorie" value="{pk}"'
        chips = re.findall(chip + ".*?</label>", body, re.S)
        assert chips, naam
        for chip in chips:  # one per form on the page
            woorden = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", chip)).split())
            assert woorden.count(eerste) == 1, woorden
            assert woorden.endswith(rest), woorden
    # Other categories keep their name with all their examples below it.
    jeugd = categorie("Jeugd")
    assert f"<b>Jeugd</b><small>{', '.join(jeugd.voorbeelden)}" in body
