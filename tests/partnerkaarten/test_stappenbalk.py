"""The step bar marks the step the participant came from on the partner page (it is opened from
the cards, the bollenschema and "Bouw je netwerk uit" alike)."""

import re

import pytest

from tests.partnerkaarten.conftest import tekst


def huidige_stap(body: str) -> str:
    nav = re.search(r'<nav class="stappen".*?</nav>', body, re.S).group(0)
    huidig = re.findall(r'<a href="([^"]*)" aria-current="page"', nav)
    assert len(huidig) == 1
    return huidig[0]


@pytest.mark.parametrize(
    ("terug", "stap"),
    [
        ("netwerk/", "netwerk/"),
        ("bollen/", "bollen/"),
        ("combinaties/", "combinaties/"),
        ("stap-3/", "stap-3/"),
    ],
)
def test_the_partner_page_marks_the_step_it_came_from(sofie, ter_bruggen, terug, stap) -> None:
    url = sofie.url(f"partners/{ter_bruggen.pk}/") + f"?terug={sofie.url(terug)}"
    body = tekst(sofie.client.get(url))
    assert huidige_stap(body) == sofie.url(stap)
    verwijder = sofie.url(f"partners/{ter_bruggen.pk}/verwijder/") + f"?terug={sofie.url(terug)}"
    assert huidige_stap(tekst(sofie.client.get(verwijder))) == sofie.url(stap)


def test_a_foreign_terug_does_not_choose_the_step(sofie, ter_bruggen) -> None:
    url = sofie.url(f"partners/{ter_bruggen.pk}/") + "?terug=https://elders.example/netwerk/"
    assert huidige_stap(tekst(sofie.client.get(url))) == sofie.url("bollen/")
