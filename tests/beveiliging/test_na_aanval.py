"""Inputs a hostile tester found that still gave a 500, and the projector's htmx settings."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kaart", ["²", "1" * 5000, "-1", "1,2"])
def test_it_ignores_a_crafted_card_on_the_inspiratielijst(sofie, kaart: str) -> None:
    assert sofie.client.get(sofie.url("inspiratie/"), {"kaart": kaart}).status_code == 200


@pytest.mark.parametrize("weg", ["²", "9" * 5000])
def test_it_answers_404_for_a_crafted_coordinator_to_remove(sessie, begeleider, weg) -> None:
    client = Client()
    client.force_login(begeleider)
    antwoord = client.post(f"/sessies/{sessie.code}/coordinatoren/", {"weg": weg})
    assert antwoord.status_code == 404


def test_the_projector_lets_htmx_inject_no_styles(sessie, begeleider) -> None:
    client = Client()
    client.force_login(begeleider)
    body = client.get(f"/sessies/{sessie.code}/scherm/").content.decode()
    assert '"includeIndicatorStyles": false' in body
    assert '"allowEval": false' in body


@pytest.mark.parametrize("code", ["00000/", "ABC?DE", "K7M4Q0"])
def test_it_refuses_a_code_outside_the_alphabet_in_dutch(client, code: str) -> None:
    antwoord = client.get("/doe-mee/", {"code": code})
    assert antwoord.status_code == 400
    assert "zonder 0, O, 1, I of L" in antwoord.content.decode()
