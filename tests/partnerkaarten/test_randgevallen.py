"""Edge cases found in review: crafted keys, stale pages and rules broken after the fact."""

import pytest

from partnerkaarten.models import Combinatie, Idee, Partnerkaart
from partnerkaarten.services import bewaar_combinatie

from .conftest import maak_partner, partner_post, tekst

pytestmark = pytest.mark.django_db


def test_it_ignores_a_key_that_belongs_to_another_organisations_item(sofie, klinker, kaart):
    vreemd = Idee.objects.create(partnerkaart=kaart, tekst="Idee van Sofie")
    kaart_klinker = Partnerkaart.objects.create(
        werking=klinker.werking,
        kenmerk=klinker.werking.kenmerken.create(
            soort="beperking", tekst="Te weinig vrijwilligers"
        ),
    )
    response = klinker.client.post(
        klinker.url(f"stap-3/{kaart_klinker.pk}/idee/"),
        {"tekst": "Samen een vrijwilligersdag", "sleutel": str(vreemd.sleutel)},
    )
    assert response.status_code == 302
    nieuw = kaart_klinker.ideeen.get()
    assert nieuw.tekst == "Samen een vrijwilligersdag"
    assert nieuw.sleutel != vreemd.sleutel
    vreemd.refresh_from_db()
    assert vreemd.tekst == "Idee van Sofie"


def test_it_refuses_moving_a_partner_of_a_bovenlokale_card_into_the_own_gemeente(
    sofie, bovenlokale_kaart, boesdaalhoeve
):
    bovenlokale_kaart.partners.add(boesdaalhoeve)
    response = sofie.client.post(
        sofie.url(f"partners/{boesdaalhoeve.pk}/"),
        partner_post(naam=boesdaalhoeve.naam, gemeente="Pajottegem", cultureel="ja"),
    )
    assert response.status_code == 400
    assert "staat op een bovenlokale partnerkaart" in tekst(response)
    boesdaalhoeve.refresh_from_db()
    assert boesdaalhoeve.gemeente.naam == "Sint-Genesius-Rode"


def test_it_says_what_to_fix_when_a_combination_lost_a_partner(sofie, ter_bruggen, boesdaalhoeve):
    bewaar_combinatie(sofie.werking, [ter_bruggen, boesdaalhoeve], titel="Over de grens")
    boesdaalhoeve.delete()
    body = tekst(sofie.client.get(sofie.url("combinaties/")))
    assert "Kies minstens twee partners voor een combinatie." in body
    assert Combinatie.objects.get().partners.count() == 1


@pytest.mark.parametrize("soort", ["idee", "partnerkaart", "combinatie", "partner"])
def test_it_does_not_bring_back_another_organisations_removed_item(
    sofie, klinker, kempen, gemeente, soort
):
    for andere in (klinker, kempen):
        kenmerk = andere.werking.kenmerken.create(soort="beperking", tekst="Weinig ruimte")
        kaart = Partnerkaart.objects.create(werking=andere.werking, kenmerk=kenmerk)
        partner = maak_partner(andere.werking, "Sporthal", gemeente("Halle"), None)
        combinatie = Combinatie.objects.create(werking=andere.werking, titel="Samen")
        idee = Idee.objects.create(partnerkaart=kaart, tekst="Een idee")
        item = {"idee": idee, "partnerkaart": kaart, "combinatie": combinatie, "partner": partner}
        item[soort].verwijder()
        response = sofie.client.post(sofie.url(f"herstel/{soort}/{item[soort].pk}/"))
        assert response.status_code == 404
        item[soort].refresh_from_db()
        assert item[soort].verwijderd_op is not None


def test_it_answers_404_for_an_unknown_kind_of_undo(sofie):
    assert sofie.client.post(sofie.url("herstel/sessie/1/")).status_code == 404
