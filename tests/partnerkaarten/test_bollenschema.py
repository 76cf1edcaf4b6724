"""Bollenschema: one bol per gemeente, the own gemeente first; cultural actors in the top
half, the others below; a bol 'Regio / Vlaanderen' for actors without a gemeente."""

import re

import pytest

from partnerkaarten.models import Bol, Partner

from .conftest import maak_partner, partner_post, tekst, zonder_tags

pytestmark = pytest.mark.django_db


def bollen_op_pagina(body: str) -> list[tuple[str, str, str]]:
    """Each bol on the page in order: (title, top half, bottom half) as plain text."""
    secties = re.findall(
        r'<section class="bol[^"]*" id="bol-(?:\d+|regio)"[^>]*>'
        r"\s*<h3[^>]*>(.*?)</h3>(.*?)</section>",
        body,
        re.S,
    )
    resultaat = []
    for kop, inhoud in secties:
        boven, onder = inhoud.split("<h4>Niet-culturele actoren</h4>")
        assert "<h4>Culturele actoren</h4>" in boven
        resultaat.append((zonder_tags(kop), zonder_tags(boven), zonder_tags(onder)))
    return resultaat


def test_it_starts_with_the_own_gemeente_even_without_partners(sofie) -> None:
    response = sofie.client.get(sofie.url("bollen/"))
    assert response.status_code == 200
    body = tekst(response)
    assert "Denk over de grenzen heen!" in body
    bollen = bollen_op_pagina(body)
    assert [b[0] for b in bollen] == ["Pajottegem · eigen werking"]
    assert "Nog geen culturele actoren." in bollen[0][1]
    assert "Nog geen niet-culturele actoren." in bollen[0][2]
    # Derived from the werking's gemeente, never stored: joining writes nothing of STAP 3.
    assert not Bol.objects.filter(werking=sofie.werking).exists()


def test_it_puts_partners_in_the_bol_of_their_gemeente_and_half(
    sofie, gemeente, categorie, ter_bruggen, boesdaalhoeve, erfgoedcel
) -> None:
    maak_partner(sofie.werking, "Academie Herne", gemeente("Pajottegem"), categorie("Kunsten"))
    maak_partner(
        sofie.werking, "Sportclub Rhode", gemeente("Sint-Genesius-Rode"), categorie("Sport")
    )
    body = tekst(sofie.client.get(sofie.url("bollen/")))
    bollen = bollen_op_pagina(body)
    assert [b[0] for b in bollen] == [
        "Pajottegem · eigen werking",
        "Sint-Genesius-Rode",
        "Regio / Vlaanderen",
    ]
    (_, pajottegem_boven, pajottegem_onder), (_, rode_boven, rode_onder), (_, regio_boven, _) = (
        bollen
    )
    assert "Academie Herne" in pajottegem_boven
    assert "Woonzorgcentrum Ter Bruggen" not in pajottegem_boven
    assert "Woonzorgcentrum Ter Bruggen" in pajottegem_onder
    assert "GC De Boesdaalhoeve" in rode_boven
    assert "Sportclub Rhode" in rode_onder
    assert "Sportclub Rhode" not in rode_boven
    assert "Erfgoedcel Pajottenland-Zennevallei" in regio_boven
    # Screen readers hear which half a chip is in.
    assert "Culturele actor: GC De Boesdaalhoeve" in rode_boven
    assert "Niet-culturele actor: Sportclub Rhode" in rode_onder


def test_it_moves_a_jeugd_actor_to_the_half_that_was_chosen(sofie, gemeente, categorie) -> None:
    maak_partner(
        sofie.werking,
        "Jeugdhuis Tonka",
        gemeente("Pajottegem"),
        categorie("Jeugd"),
        cultureel_keuze=False,
    )
    (_, boven, onder) = bollen_op_pagina(tekst(sofie.client.get(sofie.url("bollen/"))))[0]
    assert "Jeugdhuis Tonka" in onder
    assert "Jeugdhuis Tonka" not in boven


def test_it_shows_partners_from_cards_in_the_bollenschema(sofie, kaart, categorie) -> None:
    sofie.client.post(
        sofie.url(f"stap-3/{kaart.pk}/partner/"),
        partner_post(
            naam="Jeugddienst Lennik",
            gemeente="Lennik",
            categorie=categorie("Jeugd").pk,
            cultureel="nee",
        ),
    )
    bollen = bollen_op_pagina(tekst(sofie.client.get(sofie.url("bollen/"))))
    assert bollen[1][0] == "Lennik"
    assert "Jeugddienst Lennik" in bollen[1][2]


def test_it_adds_an_empty_bol_for_another_gemeente(sofie) -> None:
    response = sofie.client.post(sofie.url("bollen/nieuw/"), {"gemeente": "Halle"})
    bol = Bol.objects.get(werking=sofie.werking, gemeente__naam="Halle")
    assert response.status_code == 302
    assert response["Location"] == sofie.url("bollen/") + f"#bol-{bol.gemeente_id}"
    titels = [b[0] for b in bollen_op_pagina(tekst(sofie.client.get(sofie.url("bollen/"))))]
    assert titels == ["Pajottegem · eigen werking", "Halle"]


def test_it_adds_a_bol_once_for_the_same_gemeente(sofie) -> None:
    sofie.client.post(sofie.url("bollen/nieuw/"), {"gemeente": "Halle"})
    sofie.client.post(sofie.url("bollen/nieuw/"), {"gemeente": "1500"})
    sofie.client.post(sofie.url("bollen/nieuw/"), {"gemeente": "Gooik"})  # the own gemeente
    # The own gemeente's bol is derived, so only Halle is stored.
    assert [str(b) for b in Bol.objects.filter(werking=sofie.werking)] == ["Halle"]


@pytest.mark.parametrize(
    ("invoer", "fout"),
    [
        ("Atlantis", "We vinden geen Belgische gemeente 'Atlantis'."),
        ("", "Vul een gemeente in."),
    ],
)
def test_it_refuses_an_unknown_or_empty_gemeente_for_a_bol(sofie, invoer, fout) -> None:
    response = sofie.client.post(sofie.url("bollen/nieuw/"), {"gemeente": invoer})
    assert response.status_code == 400
    assert fout in tekst(response)
    assert not Bol.objects.exclude(gemeente=sofie.werking.gemeente).exists()


def test_it_adds_an_actor_that_a_card_can_use_afterwards(sofie, kaart, categorie) -> None:
    response = sofie.client.post(
        sofie.url("bollen/actor/"),
        partner_post(
            naam="GC De Boesdaalhoeve",
            gemeente="Sint-Genesius-Rode",
            categorie=categorie("Lokaal cultuurbeleid").pk,
        ),
    )
    partner = Partner.objects.get(werking=sofie.werking)
    bol = Bol.objects.get(werking=sofie.werking, gemeente=partner.gemeente)
    assert response["Location"] == sofie.url("bollen/") + f"#bol-{bol.gemeente_id}"
    assert "GC De Boesdaalhoeve staat in het bollenschema." in tekst(
        sofie.client.get(response["Location"])
    )

    sofie.client.post(sofie.url(f"stap-3/{kaart.pk}/bestaande-partner/"), {"partner": partner.pk})
    assert list(kaart.partners.all()) == [partner]
    # Typing it again on the card is the same record too.
    sofie.client.post(
        sofie.url(f"stap-3/{kaart.pk}/partner/"),
        partner_post(
            naam="gc de boesdaalhoeve",
            gemeente="Sint-Genesius-Rode",
            categorie=categorie("Lokaal cultuurbeleid").pk,
        ),
    )
    assert Partner.objects.filter(werking=sofie.werking).count() == 1


def test_it_refuses_an_actor_without_a_name(sofie, categorie) -> None:
    response = sofie.client.post(
        sofie.url("bollen/actor/"), partner_post(naam="", categorie=categorie("Sport").pk)
    )
    assert response.status_code == 400
    assert "Dit veld is verplicht." in tekst(response)
    assert not Partner.objects.exists()


def test_it_prefills_the_gemeente_of_the_bol_for_a_new_actor(sofie) -> None:
    body = tekst(sofie.client.get(sofie.url("bollen/") + "?gemeente=Halle"))
    assert 'id="actor-gemeente" name="gemeente" value="Halle"' in body


def test_it_removes_an_empty_bol(sofie) -> None:
    sofie.client.post(sofie.url("bollen/nieuw/"), {"gemeente": "Halle"})
    bol = Bol.objects.get(werking=sofie.werking, gemeente__naam="Halle")
    body = tekst(sofie.client.get(sofie.url("bollen/")))
    assert "Lege bol weghalen Halle" in zonder_tags(body)
    response = sofie.client.post(sofie.url(f"bollen/{bol.pk}/verwijder/"))
    assert response["Location"] == sofie.url("bollen/")
    assert not Bol.objects.filter(pk=bol.pk).exists()


def test_it_keeps_the_own_bol(sofie) -> None:
    # A row from before the own bol was derived (or crafted): it still cannot be removed.
    eigen = Bol.objects.create(werking=sofie.werking, gemeente=sofie.werking.gemeente)
    assert "Lege bol weghalen" not in tekst(sofie.client.get(sofie.url("bollen/")))
    response = sofie.client.post(sofie.url(f"bollen/{eigen.pk}/verwijder/"), follow=True)
    assert "De bol van jullie eigen gemeente blijft altijd staan." in tekst(response)
    assert Bol.objects.filter(pk=eigen.pk).exists()


@pytest.mark.parametrize("partner_fixture", ["boesdaalhoeve", "erfgoedcel"])
def test_it_keeps_a_bol_with_partners(sofie, request, partner_fixture: str) -> None:
    partner = request.getfixturevalue(partner_fixture)
    bol = Bol.objects.get(werking=sofie.werking, gemeente=partner.gemeente)
    response = sofie.client.post(sofie.url(f"bollen/{bol.pk}/verwijder/"), follow=True)
    assert f"In de bol {bol} staan nog partners. Verplaats of verwijder ze eerst." in tekst(
        response
    )
    assert Bol.objects.filter(pk=bol.pk).exists()


def test_it_gives_a_bol_to_a_partner_whose_bol_was_missing(sofie, gemeente, categorie) -> None:
    # E.g. a partner saved before the bollenschema existed.
    partner = Partner.objects.create(
        werking=sofie.werking,
        naam="Bibliotheek Dilbeek",
        gemeente=gemeente("Dilbeek"),
        categorie=categorie("Lokaal cultuurbeleid"),
    )
    bollen = bollen_op_pagina(tekst(sofie.client.get(sofie.url("bollen/"))))
    assert bollen[-1][0] == "Dilbeek"
    assert "Bibliotheek Dilbeek" in bollen[-1][1]
    # Shown, not stored: reading a page writes nothing.
    assert not Bol.objects.filter(werking=sofie.werking, gemeente=partner.gemeente).exists()


def test_it_links_each_actor_to_its_edit_page_and_back(sofie, ter_bruggen) -> None:
    body = tekst(sofie.client.get(sofie.url("bollen/")))
    assert f'href="{sofie.url(f"partners/{ter_bruggen.pk}/")}?terug={sofie.url("bollen/")}"' in body
