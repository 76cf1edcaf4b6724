"""The bollenschema drawn on the participant's pages: every actor's name as text in an SVG
that needs no style attributes or inline script, each partnerkaart's own picture (the
bovenlokale card's own bol empty), combinations as links, and the forms opening on demand."""

import re
import xml.etree.ElementTree as ET

import pytest

from partnerkaarten.models import Combinatie

from .conftest import maak_partner, tekst

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"


def svg_van(body: str, schema_id: str) -> ET.Element:
    """The picture's SVG, parsed as XML: it must be well-formed to be drawn in a PDF too."""
    begin = body.index(f'id="{schema_id}"')
    begin = body.index("<svg", begin)
    einde = body.index("</svg>", begin) + len("</svg>")
    return ET.fromstring(body[begin:einde])


def actoren(svg: ET.Element) -> dict[str, tuple[str, str]]:
    """Per actor key: (the full name from its <title>, the text drawn)."""
    gevonden = {}
    for g in svg.iter(f"{SVG}g"):
        if "actor" in g.get("class", "").split():
            titel = g.find(f"{SVG}title").text
            getekend = "".join(t.text or "" for t in g.findall(f"{SVG}text"))
            gevonden[g.get("data-actor")] = (titel, getekend)
    return gevonden


def test_it_draws_every_partner_of_the_werking_as_text(
    sofie, ter_bruggen, boesdaalhoeve, erfgoedcel
) -> None:
    body = tekst(sofie.client.get(sofie.url("bollen/")))
    svg = svg_van(body, "schema-werking")
    assert svg.get("role") == "img"
    assert svg.find(f"{SVG}title").text == "Bollenschema van Bibliotheek Pajottegem"
    assert "Pajottegem (eigen werking): 0 culturele actoren en 1 niet-culturele actor" in (
        svg.find(f"{SVG}desc").text
    )
    getekend = actoren(svg)
    for partner in (ter_bruggen, boesdaalhoeve, erfgoedcel):
        titel, tekst_getekend = getekend[f"p{partner.pk}"]
        assert titel.startswith(partner.naam)
        assert partner.naam in tekst_getekend or tekst_getekend.endswith("…")
    teksten = [t.text for t in svg.iter(f"{SVG}text")]
    assert "EIGEN WERKING" in teksten
    assert {"Pajottegem", "Sint-Genesius-Rode", "Regio / Vlaanderen"} <= set(teksten)
    # The kit's sector hints beside the halves.
    assert "Culturele actoren" in teksten and "Niet-culturele actoren" in teksten
    assert "circus, lokaal cultuurbeleid," in teksten
    assert "onroerend erfgoed,..." in teksten


def test_it_draws_with_presentation_attributes_only(sofie, ter_bruggen, boesdaalhoeve) -> None:
    Combinatie.objects.create(werking=sofie.werking, titel="Samen").partners.set(
        [ter_bruggen, boesdaalhoeve]
    )
    for pad in ("bollen/", "combinaties/"):
        body = sofie.client.get(sofie.url(pad)).content.decode()
        assert " style=" not in body
        assert not re.search(r"<script(?![^>]*\bsrc=)", body), "inline script"
        assert not re.search(r"\son[a-z]+=", body), "inline event handler"
        assert "/static/js/bollenschema.js" in body


def test_it_draws_each_partnerkaart_with_its_own_partners(
    sofie, kaart, ter_bruggen, boesdaalhoeve, erfgoedcel
) -> None:
    kaart.partners.add(ter_bruggen, boesdaalhoeve)
    body = tekst(sofie.client.get(sofie.url(f"stap-3/{kaart.pk}/")))
    getekend = actoren(svg_van(body, "schema-kaart"))
    assert set(getekend) == {f"p{ter_bruggen.pk}", f"p{boesdaalhoeve.pk}"}
    assert "Denk over de grenzen heen!" not in "".join(
        t.text or "" for t in svg_van(body, "schema-kaart").iter(f"{SVG}text")
    )


def test_it_keeps_the_own_bol_empty_on_a_bovenlokale_card(
    sofie, bovenlokale_kaart, boesdaalhoeve, erfgoedcel
) -> None:
    bovenlokale_kaart.partners.add(boesdaalhoeve, erfgoedcel)
    body = tekst(sofie.client.get(sofie.url(f"stap-3/{bovenlokale_kaart.pk}/")))
    svg = svg_van(body, "schema-kaart")
    teksten = [t.text for t in svg.iter(f"{SVG}text")]
    assert "Denk over de grenzen heen!" in teksten
    assert "EIGEN WERKING" in teksten and "blijft leeg" in teksten
    eigen = svg.find(f".//{SVG}g[@id='schema-kaart-bol-{sofie.werking.gemeente_id}']")
    assert eigen.findall(f"{SVG}circle")[-1].get("stroke-dasharray")
    bollen_van_actoren = {
        g.get("data-bol") for g in svg.iter(f"{SVG}g") if g.get("data-actor") is not None
    }
    assert f"bol-{sofie.werking.gemeente_id}" not in bollen_van_actoren
    assert len(actoren(svg)) == 2


def test_it_draws_combinations_as_links_and_pursued_ones_thicker(
    sofie, ter_bruggen, boesdaalhoeve, erfgoedcel
) -> None:
    verder = Combinatie.objects.create(werking=sofie.werking, titel="Voorlezen", verder=True)
    verder.partners.set([ter_bruggen, boesdaalhoeve])
    ander = Combinatie.objects.create(werking=sofie.werking, titel="Erfgoeddag")
    ander.partners.set([ter_bruggen, erfgoedcel])
    for pad, schema in (("bollen/", "schema-werking"), ("combinaties/", "schema-combinaties")):
        svg = svg_van(tekst(sofie.client.get(sofie.url(pad))), schema)
        links = {
            g.get("data-combinatie"): g for g in svg.iter(f"{SVG}g") if g.get("data-combinatie")
        }
        assert set(links) == {str(verder.pk), str(ander.pk)}
        assert links[str(verder.pk)].get("data-actoren") == (
            f"p{ter_bruggen.pk} p{boesdaalhoeve.pk}"
        )
        dik = int(links[str(verder.pk)].find(f"{SVG}line").get("stroke-width"))
        dun = int(links[str(ander.pk)].find(f"{SVG}line").get("stroke-width"))
        assert dik > dun


def test_it_offers_the_selection_form_only_with_partners_in_two_bollen(
    sofie, ter_bruggen, gemeente, categorie
) -> None:
    body = sofie.client.get(sofie.url("bollen/")).content.decode()
    assert "data-schema-form" not in body
    maak_partner(sofie.werking, "Sportdienst Lennik", gemeente("Lennik"), categorie("Sport"))
    body = sofie.client.get(sofie.url("bollen/")).content.decode()
    form = body[body.index("data-schema-form") - 200 :]
    assert f'action="/doe-mee/{sofie.sessie.code}/combinaties/nieuw/"' in form
    assert "data-sleutel" in form


def test_it_opens_the_forms_to_add_an_actor_or_a_bol_on_demand(sofie, ter_bruggen) -> None:
    body = sofie.client.get(sofie.url("bollen/")).content.decode()
    assert '<details class="op-vraag" id="nieuwe-bol">' in body
    assert '<details class="op-vraag" id="nieuwe-actor">' in body
    # A bol's "Actor toevoegen" link opens the form with that gemeente filled in.
    body = sofie.client.get(sofie.url("bollen/") + "?gemeente=Lennik").content.decode()
    assert '<details class="op-vraag" id="nieuwe-actor" open>' in body
    # A refused form comes back open, with its message.
    response = sofie.client.post(sofie.url("bollen/actor/"), {"naam": ""})
    assert response.status_code == 400
    assert '<details class="op-vraag" id="nieuwe-actor" open>' in response.content.decode()


def test_it_draws_many_partners_without_dropping_one(sofie, gemeente, categorie) -> None:
    namen = ["Pajottegem", "Lennik", "Dilbeek", "Halle", "Beersel", "Liedekerke", "Roosdaal"]
    partners = [
        maak_partner(
            sofie.werking,
            f"Organisatie met een heel lange naam nummer {i}",
            gemeente(namen[i % len(namen)]) if i % 9 else None,
            categorie("Kunsten" if i % 2 else "Welzijn"),
        )
        for i in range(40)
    ]
    getekend = actoren(svg_van(tekst(sofie.client.get(sofie.url("bollen/"))), "schema-werking"))
    assert {f"p{p.pk}" for p in partners} == set(getekend)
    for partner in partners:
        assert getekend[f"p{partner.pk}"][0].startswith(partner.naam)
