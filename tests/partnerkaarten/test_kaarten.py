"""STAP 3 — Partnerkaarten: a card starts from a sterkte or a beperking, lists possible
partners (beyond the own gemeente on a bovenlokale card) and at least one idea."""

import re

import pytest

from partnerkaarten.models import Bol, Idee, Partner, Partnerkaart
from werking.models import Kenmerk

from .conftest import (
    AUTOSAVE,
    HTMX,
    maak_kaart,
    maak_partner,
    nieuwe_sleutel,
    partner_post,
    tekst,
)

pytestmark = pytest.mark.django_db

MIN_EEN_IDEE = "Noteer minstens 1 idee."


def opties(body: str) -> list[str]:
    """The labels of the 'Een partner die jullie al noemden' select."""
    select = re.search(r'<select id="bestaande-partner".*?</select>', body, re.S)
    if select is None:
        return []
    return re.findall(r"<option [^>]*>([^<]*)</option>", select.group(0))


# --- The list of cards --------------------------------------------------------------------


def test_it_lists_the_cards_with_their_starting_point(sofie, kenmerken) -> None:
    maak_kaart(sofie.werking, kenmerken[0], volgorde=1)
    maak_kaart(sofie.werking, kenmerken[2], volgorde=2)
    response = sofie.client.get(sofie.url("stap-3/"))
    assert response.status_code == 200
    body = tekst(response)
    assert "STAP 3 — Partnerkaarten" in body
    sterkte = body.index("Sterkte: wie kan dit gebruiken?")
    beperking = body.index("Beperking: wie kan jou hierbij helpen?")
    assert sterkte < body.index(kenmerken[0].tekst, sterkte) < beperking
    assert body.index(kenmerken[2].tekst, beperking) > beperking
    assert body.count(MIN_EEN_IDEE) == 2


def test_it_offers_sterktes_and_beperkingen_as_starting_points(sofie, kenmerken) -> None:
    body = tekst(sofie.client.get(sofie.url("stap-3/")))
    for kenmerk in kenmerken:
        assert (
            f'<option value="{kenmerk.pk}"  data-live-tekst="kenmerk-{kenmerk.pk}-tekst" '
            f'data-live-kort="90">{kenmerk.tekst}</option>'
        ) in body


def test_it_groups_the_starting_points_under_sterktes_and_beperkingen(sofie, kenmerken) -> None:
    body = tekst(sofie.client.get(sofie.url("stap-3/")))
    groepen = dict(re.findall(r'<optgroup label="([^"]+)">(.*?)</optgroup>', body, re.S))
    assert set(groepen) == {"Sterktes", "Beperkingen"}
    for kenmerk in kenmerken:
        groep = "Sterktes" if kenmerk.soort == Kenmerk.Soort.STERKTE else "Beperkingen"
        assert f'value="{kenmerk.pk}"' in groepen[groep]


def test_it_sends_a_werking_without_kenmerken_back_to_stap_2(sofie) -> None:
    body = tekst(sofie.client.get(sofie.url("stap-3/")))
    assert "Schrijf eerst jullie sterktes en beperkingen op in STAP 2" in body
    assert "Nog geen partnerkaarten." in body


def test_it_creates_a_card_from_a_sterkte(sofie, sterkte) -> None:
    response = sofie.client.post(
        sofie.url("stap-3/nieuw/"), {"kenmerk": sterkte.pk, "sleutel": nieuwe_sleutel()}
    )
    kaart = Partnerkaart.objects.get(werking=sofie.werking)
    assert response.status_code == 302
    assert response["Location"] == sofie.url(f"stap-3/{kaart.pk}/")
    assert kaart.kenmerk == sterkte
    assert kaart.bovenlokaal is False


def test_it_creates_a_bovenlokale_card_from_a_beperking(sofie, beperking) -> None:
    sofie.client.post(
        sofie.url("stap-3/nieuw/"),
        {"kenmerk": beperking.pk, "bovenlokaal": "on", "sleutel": nieuwe_sleutel()},
    )
    kaart = Partnerkaart.objects.get(werking=sofie.werking)
    assert kaart.kenmerk == beperking
    assert kaart.bovenlokaal is True
    body = tekst(sofie.client.get(sofie.url(f"stap-3/{kaart.pk}/")))
    assert "Bovenlokale partnerkaart · Beperking" in body
    assert "Bovenlokale partnerkaart: kies partners buiten Pajottegem." in body


def test_it_creates_one_card_when_the_post_is_retried(sofie, beperking) -> None:
    data = {"kenmerk": beperking.pk, "sleutel": nieuwe_sleutel()}
    eerste = sofie.client.post(sofie.url("stap-3/nieuw/"), data)
    tweede = sofie.client.post(sofie.url("stap-3/nieuw/"), data)
    assert Partnerkaart.objects.filter(werking=sofie.werking).count() == 1
    assert eerste["Location"] == tweede["Location"]


def test_it_refuses_a_card_without_a_starting_point(sofie, kenmerken) -> None:
    response = sofie.client.post(sofie.url("stap-3/nieuw/"), {"kenmerk": ""})
    assert response.status_code == 400
    assert "Kies een sterkte of beperking om van te vertrekken." in tekst(response)
    assert not Partnerkaart.objects.exists()


def test_it_refuses_a_kenmerk_of_another_werking(sofie, kenmerken, klinker) -> None:
    vreemd = Kenmerk.objects.create(
        werking=klinker.werking, soort="sterkte", tekst="Een oefenruimte voor bands"
    )
    response = sofie.client.post(sofie.url("stap-3/nieuw/"), {"kenmerk": vreemd.pk})
    assert response.status_code == 400
    assert "Kies een sterkte of beperking van jullie werking." in tekst(response)
    assert not Partnerkaart.objects.exists()


def test_it_refuses_a_removed_kenmerk_as_starting_point(sofie, beperking) -> None:
    beperking.verwijder()
    response = sofie.client.post(sofie.url("stap-3/nieuw/"), {"kenmerk": beperking.pk})
    assert response.status_code == 400
    assert not Partnerkaart.objects.exists()


# --- One card -----------------------------------------------------------------------------


def test_it_asks_who_can_help_on_a_card_from_a_beperking(sofie, kaart) -> None:
    body = tekst(sofie.client.get(sofie.url(f"stap-3/{kaart.pk}/")))
    assert "We bereiken weinig jongeren tussen 14 en 20." in body
    assert "Wie kan jou hierbij helpen?" in body
    assert "Wie kan dit gebruiken?" not in body
    assert (
        "Ga op zoek naar verschillende mogelijke partners en denk over je gemeentegrenzen en "
        "over disciplines heen." in body
    )
    assert "Hoe zou je kunnen samenwerken met deze partners?" in body
    assert MIN_EEN_IDEE in body
    assert "Nog geen partners op deze kaart." in body


def test_it_asks_who_can_use_it_on_a_card_from_a_sterkte(sofie, sterkte) -> None:
    kaart = maak_kaart(sofie.werking, sterkte)
    body = tekst(sofie.client.get(sofie.url(f"stap-3/{kaart.pk}/")))
    assert "Wie kan dit gebruiken?" in body
    assert "Noteer werkingen die hier gebruik van kunnen maken." in body
    assert "kunnen jullie hierbij helpen?" not in body


# --- Partners on a card -------------------------------------------------------------------


def test_it_adds_a_new_partner_to_the_card(sofie, kaart, categorie) -> None:
    response = sofie.client.post(
        sofie.url(f"stap-3/{kaart.pk}/partner/"),
        partner_post(
            naam="Woonzorgcentrum Ter Bruggen",
            gemeente="Galmaarden",
            categorie=categorie("Welzijn").pk,
            sector="ouderenzorg",
        ),
    )
    assert response.status_code == 302
    assert response["Location"] == sofie.url(f"stap-3/{kaart.pk}/") + "#partners"
    partner = Partner.objects.get(werking=sofie.werking)
    assert partner.naam == "Woonzorgcentrum Ter Bruggen"
    assert partner.gemeente.naam == "Pajottegem"
    assert partner.categorie.naam == "Welzijn"
    assert partner.sector == "ouderenzorg"
    assert list(kaart.partners.all()) == [partner]
    # A partner of the own gemeente sits in the derived own bol: no row is stored for it.
    assert not Bol.objects.filter(werking=sofie.werking).exists()
    body = tekst(sofie.client.get(response["Location"]))
    assert "Woonzorgcentrum Ter Bruggen staat op de partnerkaart." in body
    assert "Nog geen partners op deze kaart." not in body


def test_it_makes_a_bol_for_the_gemeente_of_a_new_partner(sofie, kaart, categorie) -> None:
    sofie.client.post(
        sofie.url(f"stap-3/{kaart.pk}/partner/"),
        partner_post(
            naam="GC De Boesdaalhoeve",
            gemeente="Sint-Genesius-Rode",
            categorie=categorie("Lokaal cultuurbeleid").pk,
        ),
    )
    bollen = [str(b) for b in Bol.objects.filter(werking=sofie.werking).order_by("volgorde")]
    assert bollen == ["Sint-Genesius-Rode"]


def test_it_adds_a_regional_partner_with_an_empty_gemeente(sofie, kaart, categorie) -> None:
    sofie.client.post(
        sofie.url(f"stap-3/{kaart.pk}/partner/"),
        partner_post(
            naam="Erfgoedcel Pajottenland", gemeente="", categorie=categorie("Erfgoed").pk
        ),
    )
    partner = kaart.partners.get()
    assert partner.gemeente is None
    assert partner.bovenlokaal is True
    assert Bol.objects.filter(werking=sofie.werking, gemeente=None).exists()


def test_it_reuses_the_same_actor_typed_again(
    sofie, kaart, sterkte, ter_bruggen, categorie
) -> None:
    tweede_kaart = maak_kaart(sofie.werking, sterkte)
    response = sofie.client.post(
        sofie.url(f"stap-3/{tweede_kaart.pk}/partner/"),
        partner_post(
            naam="  woonzorgcentrum   TER bruggen ",
            gemeente="Herne",
            categorie=categorie("Welzijn").pk,
            sector="ouderenzorg",
        ),
    )
    assert response.status_code == 302
    assert Partner.objects.filter(werking=sofie.werking).count() == 1
    assert list(tweede_kaart.partners.all()) == [ter_bruggen]


def test_it_keeps_what_was_stored_when_the_same_actor_is_typed_again(
    sofie, kaart, sterkte, categorie, gemeente
) -> None:
    # Karim noted the partner carefully on one card; Sofie types it quickly on another.
    partner = maak_partner(
        sofie.werking,
        "Woonzorgcentrum Ter Bruggen",
        gemeente("Pajottegem"),
        categorie("Welzijn"),
        sector="ouderenzorg",
        grensverleggend_keuze=False,
    )
    tweede_kaart = maak_kaart(sofie.werking, sterkte)
    sofie.client.post(
        sofie.url(f"stap-3/{tweede_kaart.pk}/partner/"),
        partner_post(
            naam="woonzorgcentrum ter bruggen",
            gemeente="Pajottegem",
            categorie=categorie("Welzijn").pk,
            sector="",
        ),
    )
    partner.refresh_from_db()
    assert partner.naam == "Woonzorgcentrum Ter Bruggen"
    assert partner.sector == "ouderenzorg"
    assert partner.grensverleggend_keuze is False


def test_it_keeps_two_actors_with_one_name_in_different_gemeenten(
    sofie, kaart, ter_bruggen, categorie
) -> None:
    sofie.client.post(
        sofie.url(f"stap-3/{kaart.pk}/partner/"),
        partner_post(
            naam="Woonzorgcentrum Ter Bruggen", gemeente="Lennik", categorie=categorie("Welzijn").pk
        ),
    )
    assert Partner.objects.filter(werking=sofie.werking).count() == 2


def test_it_refuses_an_unknown_gemeente_and_creates_nothing(sofie, kaart, categorie) -> None:
    response = sofie.client.post(
        sofie.url(f"stap-3/{kaart.pk}/partner/"),
        partner_post(gemeente="Atlantis", categorie=categorie("Welzijn").pk),
    )
    assert response.status_code == 400
    body = tekst(response)
    assert "We vinden geen Belgische gemeente 'Atlantis'." in body
    # The form stays open with what was typed.
    assert '<details class="nieuwe-partner" id="nieuwe-partner" open>' in body
    assert 'value="Woonzorgcentrum Ter Bruggen"' in body
    assert not Partner.objects.exists()
    assert not kaart.partners.exists()


@pytest.mark.parametrize(
    ("naam", "fout"),
    [
        ("   ", "Dit veld is verplicht."),
        ("W" * 151, "Zorg dat deze waarde niet meer dan 150 tekens bevat (het zijn er nu 151)."),
    ],
    ids=["leeg", "te-lang"],
)
def test_it_refuses_an_empty_or_over_long_name(sofie, kaart, categorie, naam, fout) -> None:
    response = sofie.client.post(
        sofie.url(f"stap-3/{kaart.pk}/partner/"),
        partner_post(naam=naam, categorie=categorie("Welzijn").pk),
    )
    assert response.status_code == 400
    assert fout in tekst(response)
    assert not Partner.objects.exists()


def test_it_puts_an_existing_partner_on_a_card(sofie, kaart, ter_bruggen) -> None:
    body = tekst(sofie.client.get(sofie.url(f"stap-3/{kaart.pk}/")))
    assert opties(body) == ["Woonzorgcentrum Ter Bruggen (Pajottegem)"]
    response = sofie.client.post(
        sofie.url(f"stap-3/{kaart.pk}/bestaande-partner/"), {"partner": ter_bruggen.pk}
    )
    assert response.status_code == 302
    assert response["Location"] == sofie.url(f"stap-3/{kaart.pk}/") + "#partners"
    assert list(kaart.partners.all()) == [ter_bruggen]
    # Once on the card, the select no longer offers it.
    assert opties(tekst(sofie.client.get(sofie.url(f"stap-3/{kaart.pk}/")))) == []


def test_it_puts_one_partner_on_several_cards(sofie, kaart, sterkte, boesdaalhoeve) -> None:
    andere_kaart = maak_kaart(sofie.werking, sterkte)
    for k in (kaart, andere_kaart):
        sofie.client.post(
            sofie.url(f"stap-3/{k.pk}/bestaande-partner/"), {"partner": boesdaalhoeve.pk}
        )
    assert set(boesdaalhoeve.partnerkaarten.all()) == {kaart, andere_kaart}
    body = tekst(sofie.client.get(sofie.url("stap-3/")))
    assert body.count("GC De Boesdaalhoeve") == 2


def test_it_refuses_an_empty_choice_of_existing_partner(sofie, kaart, ter_bruggen) -> None:
    response = sofie.client.post(sofie.url(f"stap-3/{kaart.pk}/bestaande-partner/"), {})
    assert response.status_code == 400
    assert "Kies een partner." in tekst(response)
    assert not kaart.partners.exists()


def test_it_removes_a_partner_from_a_card_but_keeps_it(sofie, kaart, ter_bruggen) -> None:
    kaart.partners.add(ter_bruggen)
    response = sofie.client.post(sofie.url(f"stap-3/{kaart.pk}/partner/{ter_bruggen.pk}/weg/"))
    assert response.status_code == 302
    assert not kaart.partners.exists()
    assert Partner.objects.filter(pk=ter_bruggen.pk).exists()
    body = tekst(sofie.client.get(response["Location"]))
    assert (
        "Woonzorgcentrum Ter Bruggen staat niet meer op deze kaart "
        "(wel nog in jullie bollenschema)." in body
    )


# --- The bovenlokale partnerkaart ---------------------------------------------------------


def test_it_refuses_a_new_local_partner_on_a_bovenlokale_card(
    sofie, bovenlokale_kaart, categorie
) -> None:
    response = sofie.client.post(
        sofie.url(f"stap-3/{bovenlokale_kaart.pk}/partner/"),
        partner_post(gemeente="Galmaarden", categorie=categorie("Welzijn").pk),
    )
    assert response.status_code == 400
    assert "Op een bovenlokale partnerkaart staan alleen partners buiten Pajottegem." in tekst(
        response
    )
    assert not Partner.objects.exists()
    assert not bovenlokale_kaart.partners.exists()


def test_it_accepts_partners_beyond_the_gemeente_on_a_bovenlokale_card(
    sofie, bovenlokale_kaart, categorie
) -> None:
    for naam, gemeente_tekst in [("GC De Boesdaalhoeve", "1640"), ("Erfgoedcel Pajottenland", "")]:
        response = sofie.client.post(
            sofie.url(f"stap-3/{bovenlokale_kaart.pk}/partner/"),
            partner_post(naam=naam, gemeente=gemeente_tekst, categorie=categorie("Erfgoed").pk),
        )
        assert response.status_code == 302
    assert sorted(p.naam for p in bovenlokale_kaart.partners.all()) == [
        "Erfgoedcel Pajottenland",
        "GC De Boesdaalhoeve",
    ]


def test_it_refuses_an_existing_local_partner_on_a_bovenlokale_card(
    sofie, bovenlokale_kaart, ter_bruggen, boesdaalhoeve
) -> None:
    response = sofie.client.post(
        sofie.url(f"stap-3/{bovenlokale_kaart.pk}/bestaande-partner/"),
        {"partner": ter_bruggen.pk},
    )
    assert response.status_code == 400
    body = tekst(response)
    assert "Op een bovenlokale partnerkaart staan alleen partners buiten Pajottegem." in body
    assert "Zet Woonzorgcentrum Ter Bruggen op een gewone partnerkaart." in body
    assert not bovenlokale_kaart.partners.exists()


def test_it_explains_the_refusal_when_no_other_partner_is_left_to_offer(
    sofie, bovenlokale_kaart, gemeente, categorie
) -> None:
    # Sofie's page offered Academie Herne (Lennik); meanwhile Karim moved it to Pajottegem.
    partner = maak_partner(
        sofie.werking, "Academie Herne", gemeente("Lennik"), categorie("Kunsten")
    )
    partner.gemeente = gemeente("Pajottegem")
    partner.save()
    response = sofie.client.post(
        sofie.url(f"stap-3/{bovenlokale_kaart.pk}/bestaande-partner/"), {"partner": partner.pk}
    )
    assert response.status_code == 400
    assert not bovenlokale_kaart.partners.exists()
    # A 400 page must say why; here the select (and its error) is not rendered at all.
    assert "Op een bovenlokale partnerkaart staan alleen partners buiten Pajottegem." in tekst(
        response
    )


def test_it_offers_only_partners_beyond_the_gemeente_on_a_bovenlokale_card(
    sofie, bovenlokale_kaart, ter_bruggen, boesdaalhoeve, erfgoedcel
) -> None:
    body = tekst(sofie.client.get(sofie.url(f"stap-3/{bovenlokale_kaart.pk}/")))
    assert opties(body) == [
        "Erfgoedcel Pajottenland-Zennevallei (regio / Vlaanderen)",
        "GC De Boesdaalhoeve (Sint-Genesius-Rode)",
    ]


# --- Ideas --------------------------------------------------------------------------------


def test_it_adds_an_idea_and_returns_to_the_ideas(sofie, kaart) -> None:
    response = sofie.client.post(
        sofie.url(f"stap-3/{kaart.pk}/idee/"),
        {"tekst": "Samen een voorleesnamiddag in het woonzorgcentrum", "sleutel": nieuwe_sleutel()},
    )
    assert response.status_code == 302
    assert response["Location"] == sofie.url(f"stap-3/{kaart.pk}/") + "#ideeen"
    assert [i.tekst for i in kaart.ideeen.all()] == [
        "Samen een voorleesnamiddag in het woonzorgcentrum"
    ]
    assert MIN_EEN_IDEE not in tekst(sofie.client.get(sofie.url(f"stap-3/{kaart.pk}/")))
    assert MIN_EEN_IDEE not in tekst(sofie.client.get(sofie.url("stap-3/")))


def test_it_answers_htmx_with_the_ideas_only(sofie, kaart) -> None:
    response = sofie.client.post(
        sofie.url(f"stap-3/{kaart.pk}/idee/"),
        {"tekst": "Een gamenamiddag met de jeugddienst"},
        **HTMX,
    )
    assert response.status_code == 200
    body = tekst(response)
    assert body.lstrip().startswith('<section id="ideeen"')
    assert "<html" not in body
    assert "Een gamenamiddag met de jeugddienst" in body
    assert MIN_EEN_IDEE not in body


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["gewoon", "htmx"])
def test_it_refuses_an_empty_idea_in_dutch(sofie, kaart, headers) -> None:
    response = sofie.client.post(sofie.url(f"stap-3/{kaart.pk}/idee/"), {"tekst": "  "}, **headers)
    assert response.status_code == 400
    assert "Schrijf eerst een idee op." in tekst(response)
    assert not Idee.objects.exists()


def test_it_refuses_an_over_long_idea_and_keeps_the_text(sofie, kaart) -> None:
    lang = "i" * 1001
    response = sofie.client.post(sofie.url(f"stap-3/{kaart.pk}/idee/"), {"tekst": lang}, **HTMX)
    assert response.status_code == 400
    assert lang in tekst(response)
    assert not Idee.objects.exists()


def test_it_adds_an_idea_once_when_the_post_is_retried(sofie, kaart) -> None:
    data = {"tekst": "Jongeren programmeren mee", "sleutel": nieuwe_sleutel()}
    sofie.client.post(sofie.url(f"stap-3/{kaart.pk}/idee/"), data, **HTMX)
    sofie.client.post(sofie.url(f"stap-3/{kaart.pk}/idee/"), data, **HTMX)
    assert kaart.ideeen.count() == 1


def test_it_keeps_ideas_in_the_order_they_were_added(sofie, kaart) -> None:
    for idee in ["Eerste idee", "Tweede idee", "Derde idee"]:
        sofie.client.post(sofie.url(f"stap-3/{kaart.pk}/idee/"), {"tekst": idee})
    assert [i.tekst for i in kaart.ideeen.all()] == ["Eerste idee", "Tweede idee", "Derde idee"]


def test_it_edits_an_idea_with_autosave(sofie, kaart) -> None:
    idee = Idee.objects.create(partnerkaart=kaart, tekst="Voorlezen")
    response = sofie.client.post(
        sofie.url(f"bewaar/idee/{idee.pk}/tekst/"),
        {"waarde": "Voorlezen in het woonzorgcentrum", "basis": "Voorlezen"},
        **AUTOSAVE,
    )
    assert response.status_code == 200
    assert response.json()["status"] == "opgeslagen"
    idee.refresh_from_db()
    assert idee.tekst == "Voorlezen in het woonzorgcentrum"


def test_it_removes_an_idea(sofie, kaart) -> None:
    blijft = Idee.objects.create(partnerkaart=kaart, tekst="Blijft", volgorde=1)
    weg = Idee.objects.create(partnerkaart=kaart, tekst="Gaat weg", volgorde=2)
    response = sofie.client.post(sofie.url(f"stap-3/{kaart.pk}/idee/{weg.pk}/weg/"), **HTMX)
    assert response.status_code == 200
    body = tekst(response)
    assert "<html" not in body
    assert "Blijft" in body
    assert '"Gaat weg" is verwijderd.' in body  # with an undo button, not as an idea
    assert 'name="waarde" rows="2" maxlength="1000" data-veld>Gaat weg' not in body
    assert list(kaart.ideeen.all()) == [blijft]
    gewoon = sofie.client.post(sofie.url(f"stap-3/{kaart.pk}/idee/{blijft.pk}/weg/"))
    assert gewoon["Location"] == sofie.url(f"stap-3/{kaart.pk}/") + "#ideeen"
    assert not kaart.ideeen.exists()
    herstel = sofie.client.post(
        sofie.url(f"herstel/idee/{blijft.pk}/"), {"terug": sofie.url(f"stap-3/{kaart.pk}/")}
    )
    assert herstel["Location"] == sofie.url(f"stap-3/{kaart.pk}/")
    assert list(kaart.ideeen.all()) == [blijft]


def test_it_does_not_remove_an_idea_through_another_card(sofie, kaart, sterkte) -> None:
    andere_kaart = maak_kaart(sofie.werking, sterkte)
    idee = Idee.objects.create(partnerkaart=andere_kaart, tekst="Op de andere kaart")
    response = sofie.client.post(sofie.url(f"stap-3/{kaart.pk}/idee/{idee.pk}/weg/"))
    assert response.status_code == 404
    assert Idee.objects.filter(pk=idee.pk).exists()


# --- Removing a card ----------------------------------------------------------------------


def test_it_asks_before_removing_a_card_and_keeps_its_partners(sofie, kaart, ter_bruggen) -> None:
    kaart.partners.add(ter_bruggen)
    Idee.objects.create(partnerkaart=kaart, tekst="Voorlezen")
    vraag = sofie.client.get(sofie.url(f"stap-3/{kaart.pk}/verwijder/"))
    assert vraag.status_code == 200
    body = tekst(vraag)
    assert "Partnerkaart verwijderen?" in body
    assert "We bereiken weinig jongeren tussen 14 en 20." in body
    assert Partnerkaart.objects.filter(pk=kaart.pk).exists()

    response = sofie.client.post(sofie.url(f"stap-3/{kaart.pk}/verwijder/"))
    assert response["Location"] == sofie.url("stap-3/")
    assert not Partnerkaart.objects.filter(pk=kaart.pk).exists()
    assert Partner.objects.filter(pk=ter_bruggen.pk).exists()
    # Undo brings the card back with its partners and ideas.
    sofie.client.post(sofie.url(f"herstel/partnerkaart/{kaart.pk}/"))
    assert list(Partnerkaart.objects.get(pk=kaart.pk).partners.all()) == [ter_bruggen]
    assert Idee.objects.get().tekst == "Voorlezen"
    sofie.client.post(sofie.url(f"stap-3/{kaart.pk}/verwijder/"))
    assert "De partnerkaart is verwijderd. De partners blijven bewaard." in tekst(
        sofie.client.get(response["Location"])
    )


def test_it_hides_a_card_whose_kenmerk_was_removed_until_it_is_restored(
    sofie, kaart, beperking
) -> None:
    beperking.verwijder()
    assert beperking.tekst not in tekst(sofie.client.get(sofie.url("stap-3/")))
    assert sofie.client.get(sofie.url(f"stap-3/{kaart.pk}/")).status_code == 404
    assert Partnerkaart.objects.filter(pk=kaart.pk).exists()

    Kenmerk.alle.get(pk=beperking.pk).herstel()
    assert beperking.tekst in tekst(sofie.client.get(sofie.url("stap-3/")))
    assert sofie.client.get(sofie.url(f"stap-3/{kaart.pk}/")).status_code == 200
