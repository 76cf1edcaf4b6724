"""STAP 3's overview is read with a few queries compiled once and joined in Python
(partnerkaarten.services.kaarten_overzicht): it must show what the prefetches showed, every
card with its own partners and ideas in their order, and nothing removed."""

import html
import re

import pytest

from partnerkaarten.models import Idee

from .conftest import maak_kaart, maak_partner

pytestmark = pytest.mark.django_db


def kaart_blokken(body: str) -> list[str]:
    """The markup of each card in the list, in page order."""
    lijst = body[body.index('<ul class="kaarten">') :]
    return [html.unescape(b) for b in lijst.split('<li class="partnerkaart')[1:]]


def test_it_shows_each_cards_partners_and_ideas_in_order(
    sofie, kenmerken, gemeente, categorie
) -> None:
    werking = sofie.werking
    leeszaal = maak_kaart(werking, kenmerken[0], volgorde=2)
    jongeren = maak_kaart(werking, kenmerken[2], bovenlokaal=True, volgorde=1)
    kroenk = maak_partner(werking, "Jeugdhuis Kroenk", gemeente("Lennik"), categorie("Jeugd"))
    sport = maak_partner(werking, "Sportdienst", gemeente("Pajottegem"), categorie("Sport"))
    weg = maak_partner(werking, "Verdwenen vzw", None, categorie("Welzijn"))
    leeszaal.partners.add(sport, kroenk, weg)
    jongeren.partners.add(kroenk)
    weg.verwijder()
    Idee.objects.create(partnerkaart=leeszaal, tekst="Tweede idee", volgorde=2)
    Idee.objects.create(partnerkaart=leeszaal, tekst="Eerste idee", volgorde=1)
    Idee.objects.create(partnerkaart=leeszaal, tekst="Geschrapt idee", volgorde=3).verwijder()

    body = sofie.client.get(sofie.url("stap-3/")).content.decode()
    eerste, tweede = kaart_blokken(body)

    # The cards in their order, each linking to itself.
    assert kenmerken[2].tekst in eerste and "Bovenlokale partnerkaart" in eerste
    assert kenmerken[0].tekst in tweede
    assert eerste.count(f'href="{sofie.url(f"stap-3/{jongeren.pk}/")}"') == 2
    assert tweede.count(f'href="{sofie.url(f"stap-3/{leeszaal.pk}/")}"') == 2
    # A partner on two cards shows on both; partners in their own order, removed ones gone.
    assert "Jeugdhuis Kroenk" in eerste and "Sportdienst" not in eerste
    assert tweede.index("Jeugdhuis Kroenk") < tweede.index("Sportdienst")
    assert "Lennik · Jeugd" in tweede
    assert "Verdwenen vzw" not in body
    # Ideas in their order, live, removed ones gone; a card without any asks for one.
    assert re.findall(r'data-live-tekst="idee-\d+-tekst">([^<]*)<', tweede) == [
        "Eerste idee",
        "Tweede idee",
    ]
    assert "Geschrapt idee" not in body
    assert "Noteer minstens 1 idee." in eerste and "Noteer minstens 1 idee." not in tweede


def test_it_hides_removed_cards_and_offers_to_restore_them(sofie, kenmerken) -> None:
    werking = sofie.werking
    zichtbaar = maak_kaart(werking, kenmerken[0], volgorde=1)
    weg = maak_kaart(werking, kenmerken[1], volgorde=2)
    weg.verwijder()
    # A card whose kenmerk was removed hides with it, and is no card to restore on its own.
    maak_kaart(werking, kenmerken[3], volgorde=3)
    kenmerken[3].verwijder()

    body = sofie.client.get(sofie.url("stap-3/")).content.decode()
    blokken = kaart_blokken(body)
    assert len(blokken) == 1 and kenmerken[0].tekst in blokken[0]
    assert f'id="herstel-partnerkaart-{weg.pk}"' in body
    assert html.unescape(body).count("is verwijderd.") == 1
    assert kenmerken[1].tekst[:40] in html.unescape(body.split('<ul class="kaarten">')[0])
    # The kenmerken to start a new card from: not the removed one.
    opties = re.findall(r'<option value="(\d+)"', body)
    assert opties == [str(k.pk) for k in kenmerken[:3]]  # sterktes, then beperkingen
    assert str(zichtbaar.pk) in body


def test_it_keeps_the_chosen_kenmerk_when_a_new_card_is_refused(sofie, kenmerken) -> None:
    lang = kenmerken[3]
    lang.tekst = "Ons programmabudget is klein en " + "x" * 100
    lang.save()
    response = sofie.client.post(
        sofie.url("stap-3/nieuw/"), {"kenmerk": str(lang.pk), "sleutel": "geen-uuid"}
    )
    assert response.status_code == 400
    body = html.unescape(response.content.decode())
    keuze = re.search(r'<select name="kenmerk".*?</select>', body, re.S).group(0)
    gekozen = re.findall(r'<option value="(\d+)" selected[^>]*>([^<]*)<', keuze)
    # The choice kept, its text cut as live.js cuts it (data-live-kort), the others offered.
    assert gekozen == [(str(lang.pk), lang.tekst[:89] + "…")]
    assert f'data-live-tekst="kenmerk-{lang.pk}-tekst" data-live-kort="90"' in keuze
    assert re.findall(r'<option value="(\d+)"', keuze) == [str(k.pk) for k in kenmerken]
