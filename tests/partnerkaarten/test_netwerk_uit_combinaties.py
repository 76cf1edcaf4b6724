"""Bouw je netwerk uit offers the partners of the combinations the werking will pursue ("Met
welke combinaties ga je straks verder aan de slag?"): ticked in advance, put on the list only
when the participant confirms."""

import re

import pytest

from partnerkaarten.models import Partner
from partnerkaarten.services import bewaar_combinatie, zet_verder

from .conftest import HTMX, maak_partner, momentopname, tekst

pytestmark = pytest.mark.django_db

KOP = "Uit de combinaties waarmee jullie verder gaan"


def aangeboden(body: str) -> dict[str, bool]:
    """The partners offered from pursued combinations: name → ticked in advance."""
    _, _, rest = body.partition(f'<h3 id="kop-uit-combinaties">{KOP}</h3>')
    blok = rest.partition("</form>")[0]
    return {
        naam.strip(): "checked" in attrs
        for attrs, naam in re.findall(
            r'<input type="checkbox" name="partners" value="\d+"([^>]*)>.*?</span>\s*([^<]+)<',
            blok,
            re.S,
        )
    }


@pytest.fixture
def scenario(sofie, ter_bruggen, boesdaalhoeve, erfgoedcel, gemeente, categorie):
    """Two combinations: one the library pursues, one it does not."""
    sportclub = maak_partner(
        sofie.werking, "Sportclub Gooik", gemeente("Pajottegem"), categorie("Sport")
    )
    verder = bewaar_combinatie(sofie.werking, [ter_bruggen, boesdaalhoeve], titel="Voorlezen")
    zet_verder(verder, True)
    bewaar_combinatie(sofie.werking, [erfgoedcel, sportclub], titel="Erfgoedwandeling")
    return verder


def test_it_offers_the_partners_of_a_pursued_combination_ticked(sofie, scenario) -> None:
    body = tekst(sofie.client.get(sofie.url("netwerk/")))
    assert aangeboden(body) == {
        "Woonzorgcentrum Ter Bruggen": True,
        "GC De Boesdaalhoeve": True,
    }
    # The partners of a combination not pursued stay among the others, not ticked.
    andere = body.partition("<h3>Andere partners die jullie noemden</h3>")[2]
    assert "Erfgoedcel Pajottenland-Zennevallei" in andere
    assert "Sportclub Gooik" in andere
    assert "Woonzorgcentrum Ter Bruggen" not in andere
    # Nothing is on the list before the participant says so.
    assert not Partner.objects.filter(behouden=True).exists()


def test_it_does_not_offer_again_what_is_on_the_list_or_a_removed_combination(
    sofie, scenario, ter_bruggen, boesdaalhoeve
) -> None:
    Partner.objects.filter(pk=ter_bruggen.pk).update(behouden=True)
    assert aangeboden(tekst(sofie.client.get(sofie.url("netwerk/")))) == {
        "GC De Boesdaalhoeve": True
    }
    scenario.verwijder()
    assert aangeboden(tekst(sofie.client.get(sofie.url("netwerk/")))) == {}


def test_it_puts_only_the_partners_left_ticked_on_the_list(
    sofie, scenario, ter_bruggen, boesdaalhoeve
) -> None:
    # Sofie unticks the Boesdaalhoeve and confirms.
    response = sofie.client.post(sofie.url("netwerk/op-de-lijst/"), {"partners": [ter_bruggen.pk]})
    assert response.status_code == 302
    assert response["Location"].endswith(sofie.url("netwerk/") + "#netwerk-lijst")
    ter_bruggen.refresh_from_db()
    boesdaalhoeve.refresh_from_db()
    assert (ter_bruggen.behouden, boesdaalhoeve.behouden) == (True, False)
    body = tekst(sofie.client.get(sofie.url("netwerk/")))
    assert f'<tr id="netwerk-{ter_bruggen.pk}">' in body
    assert aangeboden(body) == {"GC De Boesdaalhoeve": True}


def test_it_answers_htmx_with_the_list_alone(sofie, scenario, ter_bruggen, boesdaalhoeve) -> None:
    response = sofie.client.post(
        sofie.url("netwerk/op-de-lijst/"),
        {"partners": [ter_bruggen.pk, boesdaalhoeve.pk]},
        **HTMX,
    )
    assert response.status_code == 200
    body = tekst(response)
    assert body.lstrip().startswith('<div id="netwerk-lijst">')
    assert KOP not in body
    assert Partner.objects.filter(behouden=True).count() == 2


def test_it_asks_for_a_tick_when_none_is_left(sofie, scenario) -> None:
    voor = momentopname()
    response = sofie.client.post(sofie.url("netwerk/op-de-lijst/"), {}, **HTMX)
    assert response.status_code == 200
    assert "Vink minstens één partner aan om op de lijst te zetten." in tekst(response)
    volgend = sofie.client.post(sofie.url("netwerk/op-de-lijst/"), {}, follow=True)
    assert "Vink minstens één partner aan om op de lijst te zetten." in tekst(volgend)
    assert momentopname() == voor


def test_it_answers_404_for_another_werkings_partner(sofie, klinker, scenario, ter_bruggen):
    vreemd = maak_partner(klinker.werking, "Chiro Lennik", None, None)
    voor = momentopname()
    response = sofie.client.post(
        sofie.url("netwerk/op-de-lijst/"), {"partners": [ter_bruggen.pk, vreemd.pk]}
    )
    assert response.status_code == 404
    assert momentopname() == voor


def test_it_ignores_ids_that_are_not_numbers(sofie, scenario, ter_bruggen) -> None:
    response = sofie.client.post(
        sofie.url("netwerk/op-de-lijst/"), {"partners": [ter_bruggen.pk, "²", "x" * 5000]}
    )
    assert response.status_code == 302
    assert Partner.objects.get(behouden=True) == ter_bruggen
