"""The organisation's gemeente can be corrected in STAP 1. The own bol is derived from it, so it
moves by itself, and the bovenlokaal suggestions follow."""

from partnerkaarten.models import Bol, Partner
from partnerkaarten.services import bollenschema
from tests.partnerkaarten.conftest import maak_partner, tekst
from werking.models import Werking


def wijzig_gemeente(deelname, naam: str, sector: str = ""):
    return deelname.client.post(
        deelname.url("stap-1/gegevens/"), {"gemeente": naam, "sector": sector}
    )


def test_stap1_offers_to_correct_the_gemeente(sofie) -> None:
    body = tekst(sofie.client.get(sofie.url("stap-1/")))
    assert 'id="werking-gemeente"' in body and 'value="Pajottegem"' in body


def test_changing_the_gemeente_moves_the_own_bol_and_the_suggestions(
    sofie, gemeente, categorie
) -> None:
    in_pajottegem = maak_partner(
        sofie.werking, "GC De Ploeg", gemeente("Pajottegem"), categorie("Lokaal cultuurbeleid")
    )
    in_lennik = maak_partner(
        sofie.werking, "CC De Moelie", gemeente("Lennik"), categorie("Lokaal cultuurbeleid")
    )
    assert bollenschema(sofie.werking)[0].naam == "Pajottegem"

    response = wijzig_gemeente(sofie, "Lennik")
    assert response.status_code == 302

    werking = Werking.objects.get(pk=sofie.werking.pk)
    assert werking.gemeente.naam == "Lennik"
    bollen = bollenschema(werking)
    assert bollen[0].naam == "Lennik" and bollen[0].eigen
    assert "Pajottegem" in [b.naam for b in bollen[1:]]
    assert Partner.objects.get(pk=in_lennik.pk).bovenlokaal is False
    assert Partner.objects.get(pk=in_pajottegem.pk).bovenlokaal is True
    # Lennik's stored bol (from CC De Moelie) is now the own one: shown once, first.
    assert [b.naam for b in bollen].count("Lennik") == 1


def test_it_refuses_an_unknown_gemeente_with_a_message(sofie) -> None:
    response = wijzig_gemeente(sofie, "Atlantis")
    assert response.status_code == 400
    assert "We vinden geen Belgische gemeente 'Atlantis'." in tekst(response)
    assert Werking.objects.get(pk=sofie.werking.pk).gemeente.naam == "Pajottegem"


def test_it_refuses_to_become_the_same_organisation_as_another(sofie, sessie, gemeente) -> None:
    from tests.conftest import Deelname

    Deelname(
        sessie, "Els", nieuwe_werking_naam="Bibliotheek Pajottegem", gemeente=gemeente("Halle")
    )
    response = wijzig_gemeente(sofie, "Halle")
    assert response.status_code == 400
    assert "In Halle doet al een organisatie" in tekst(response)
    assert Werking.objects.get(pk=sofie.werking.pk).gemeente.naam == "Pajottegem"


def test_a_bol_for_a_former_municipality_of_the_own_gemeente_says_why(sofie) -> None:
    response = sofie.client.post(sofie.url("bollen/nieuw/"), {"gemeente": "Gooik"}, follow=True)
    body = tekst(response)
    assert "Gooik is sinds 1 januari 2025 een deel van Pajottegem, jullie eigen gemeente." in body
    assert not Bol.objects.filter(werking=sofie.werking).exists()


def test_a_bol_for_the_own_gemeente_says_why(sofie) -> None:
    body = tekst(
        sofie.client.post(sofie.url("bollen/nieuw/"), {"gemeente": "Pajottegem"}, follow=True)
    )
    assert "Pajottegem is jullie eigen gemeente: die bol staat er altijd, bovenaan." in body


def test_a_bovenlokale_card_says_when_a_partner_is_now_in_the_own_gemeente(
    sofie, bovenlokale_kaart, gemeente, categorie
) -> None:
    from partnerkaarten.services import zet_op_kaart

    moelie = maak_partner(
        sofie.werking, "CC De Moelie", gemeente("Lennik"), categorie("Lokaal cultuurbeleid")
    )
    zet_op_kaart(bovenlokale_kaart, moelie)
    assert wijzig_gemeente(sofie, "Lennik").status_code == 302
    body = tekst(sofie.client.get(sofie.url(f"stap-3/{bovenlokale_kaart.pk}/")))
    assert "Ligt nu in jullie eigen gemeente: haal deze partner van de bovenlokale kaart." in body
