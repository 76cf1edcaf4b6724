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


def stapbalk(body: str) -> list[str]:
    nav = re.search(r'<nav class="stappen".*?</ol>', body, re.S).group(0)
    return [
        " ".join(re.sub(r"<[^>]+>", " ", a).split())
        for a in re.findall(r"<a href=[^>]*>(.*?)</a>", nav, re.S)
    ]


def fase_titel(body: str) -> str:
    return re.search(r"Nu in de zaal:</span> <strong>([^<]*)</strong>", body).group(1)


STAPBALK = [
    "STAP 1 Eigen werking",
    "STAP 2 Sterktes en beperkingen",
    "STAP 3 Partnerkaarten",
    "Bollenschema",
    "Combinaties",
    "Bouw je netwerk uit",
    "Klaar",
]


@pytest.mark.parametrize(
    ("fase", "titel"),
    [
        ("stap1", "STAP 1 — Eigen werking"),
        ("stap2", "STAP 2 — Sterktes en beperkingen"),
        ("stap3", "STAP 3 — Partnerkaarten"),
        ("bollen", "Bollenschema en combinaties"),
        ("netwerk", "Bouw je netwerk uit"),
        ("klaar", "Klaar"),
    ],
)
def test_the_step_bar_and_the_phase_panel_give_a_step_one_name(sofie, fase, titel) -> None:
    sofie.sessie.fase = fase
    sofie.sessie.save()
    body = tekst(sofie.client.get(sofie.url("netwerk/" if fase != "netwerk" else "stap-1/")))
    # The step bar says every step by the kit's name, also on a phone (no "Bollen", "Netwerk").
    assert stapbalk(body) == STAPBALK
    assert fase_titel(body) == titel == sofie.sessie.get_fase_display()
    assert f"Ga naar {titel} →" in re.sub(r"<[^>]+>", "", body)
    # Each part of the phase's title is a name of the step bar.
    namen = {
        n.removeprefix("STAP 1 ").removeprefix("STAP 2 ").removeprefix("STAP 3 ") for n in STAPBALK
    }
    delen = (
        re.sub(r"^STAP \d — ", "", titel).split(" en ")
        if fase == "bollen"
        else [re.sub(r"^STAP \d — ", "", titel)]
    )
    assert {d.capitalize() for d in delen} <= {n.capitalize() for n in namen}
