"""The room's bollenschema for the facilitator (and the projector): every organisation's
partners in one picture, the same actor once, the most named first, at most 12 gemeenten and
80 actors drawn and the rest counted beside it. Only the session's owner and coordinators."""

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client
from django.test.utils import CaptureQueriesContext

from inspiratie.models import Categorie
from partnerkaarten.services import zaalschema
from tests.conftest import Deelname
from tests.partnerkaarten.conftest import maak_partner, tekst
from werking.models import Gemeente

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"
GEMEENTEN = [
    "Pajottegem",
    "Lennik",
    "Dilbeek",
    "Halle",
    "Beersel",
    "Liedekerke",
    "Roosdaal",
    "Affligem",
    "Asse",
    "Ternat",
    "Sint-Pieters-Leeuw",
    "Drogenbos",
    "Linkebeek",
    "Sint-Genesius-Rode",
]


def url(sessie) -> str:
    return f"/sessies/{sessie.code}/bollenschema/"


def als(gebruiker) -> Client:
    client = Client()
    client.force_login(gebruiker)
    return client


def svg_van(body: str) -> ET.Element:
    begin = body.index("<svg", body.index('id="schema-zaal"'))
    return ET.fromstring(body[begin : body.index("</svg>", begin) + len("</svg>")])


@pytest.fixture
def zaal(sofie, klinker, gemeente) -> tuple[Deelname, Deelname]:
    """Two organisations that both name the Boesdaalhoeve (typed differently) and each
    name one partner of their own."""
    kunsten = Categorie.objects.get(naam="Kunsten")
    welzijn = Categorie.objects.get(naam="Welzijn")
    rode = gemeente("Sint-Genesius-Rode")
    maak_partner(sofie.werking, "GC De Boesdaalhoeve", rode, kunsten)
    maak_partner(klinker.werking, "gc de boesdaalhoeve", rode, kunsten)
    maak_partner(sofie.werking, "Woonzorgcentrum Ter Bruggen", gemeente("Pajottegem"), welzijn)
    maak_partner(klinker.werking, "Erfgoedcel Pajottenland", None, kunsten)
    return sofie, klinker


def test_it_shows_the_room_to_the_owner_and_coordinators_only(
    sessie, begeleider, andere_begeleider, zaal
) -> None:
    assert als(begeleider).get(url(sessie)).status_code == 200
    assert als(andere_begeleider).get(url(sessie)).status_code == 404
    sessie.coordinatoren.add(andere_begeleider)
    assert als(andere_begeleider).get(url(sessie)).status_code == 200
    anoniem = Client().get(url(sessie))
    assert anoniem.status_code == 302 and "/aanmelden/" in anoniem["Location"]
    assert als(begeleider).get("/sessies/ZZZZZZ/bollenschema/").status_code == 404
    assert als(begeleider).post(url(sessie)).status_code == 405


def test_it_is_linked_from_the_session_page(sessie, begeleider) -> None:
    body = als(begeleider).get(f"/sessies/{sessie.code}/").content.decode()
    assert f'href="{url(sessie)}"' in body


def test_it_shows_no_participant_bar_to_the_facilitator(sessie, begeleider, zaal) -> None:
    # The participants' "Nu in de zaal" bar with its "Wat doen we nu?" toggle belongs on their
    # pages; on the facilitator's it stood empty above the picture.
    body = als(begeleider).get(url(sessie)).content.decode()
    assert 'id="zaal"' not in body
    assert "Nu in de zaal" not in body and "Wat doen we nu?" not in body
    assert 'id="schema-zaal"' in body


def test_it_draws_the_same_actor_once_and_says_how_many_named_it(sessie, begeleider, zaal) -> None:
    body = tekst(als(begeleider).get(url(sessie)))
    svg = svg_van(body)
    assert svg.get("role") == "img"
    alle = [g for g in svg.iter(f"{SVG}g") if g.get("data-actor")]
    # The two participating organisations stand in the picture too, as own werkingen.
    getekend = [g for g in alle if "eigen-werking" not in g.get("class")]
    titels = [g.find(f"{SVG}title").text for g in getekend]
    assert len(getekend) == 3 and len(alle) == 5
    boesdaalhoeve = next(g for g in getekend if "Boesdaalhoeve" in g.find(f"{SVG}title").text)
    assert "vaak" in boesdaalhoeve.get("class")
    assert "genoemd door 2 organisaties" in boesdaalhoeve.find(f"{SVG}title").text
    assert "\u00d72" in [t.text for t in boesdaalhoeve.findall(f"{SVG}text")]
    assert any(t.startswith("Erfgoedcel Pajottenland (Regio / Vlaanderen") for t in titels)
    assert "3 actoren genoemd door 2 organisaties." in body


def test_it_draws_every_participating_organisation_in_its_own_gemeentes_bol(
    sessie, begeleider, sofie, klinker, gemeente
) -> None:
    # Three organisations from three gemeenten; the Bibliotheek names two of the others as
    # partners (typed its own way), Cultuurcentrum Dilbeek names nobody.
    dilbeek = Deelname(
        sessie, "Lotte", nieuwe_werking_naam="Cultuurcentrum Dilbeek", gemeente=gemeente("Dilbeek")
    )
    kunsten = Categorie.objects.get(naam="Kunsten")
    maak_partner(sofie.werking, "cultuurcentrum dilbeek", gemeente("Dilbeek"), kunsten)
    maak_partner(sofie.werking, "Jeugdhuis De Klinker", gemeente("Lennik"), None)
    maak_partner(klinker.werking, "GC De Boesdaalhoeve", gemeente("Sint-Genesius-Rode"), kunsten)

    from begeleiding.views import SCHERM_DOEK

    for doek in (None, SCHERM_DOEK):
        schema = zaalschema(sessie.pk, doek)
        bollen = {c.naam: c for c in schema.tekening.cirkels}
        for werking in (sofie.werking, klinker.werking, dilbeek.werking):
            bol = bollen[werking.gemeente.naam]
            (plek,) = [p for p in bol.actoren if p.actor.naam.casefold() == werking.naam.casefold()]
            assert plek.actor.eigen and plek.actor.cultureel and bol.eigen
            assert plek.y + plek.h <= bol.cy  # the cultural half
        assert not bollen["Sint-Genesius-Rode"].eigen
        # Named by an other organisation: one actor, the own werking, marked and counted.
        klinker_plek = next(p for p in bollen["Lennik"].actoren if p.actor.eigen)
        assert klinker_plek.actor.aantal == 1
        assert schema.aantal_actoren == 3  # the partners named; the organisations are no partner
        assert all(c.kop == (c.naam,) for c in schema.tekening.cirkels)

    body = als(begeleider).get(url(sessie)).content.decode()
    svg = svg_van(body)
    eigen = [g for g in svg.iter(f"{SVG}g") if "eigen-werking" in g.get("class", "")]
    assert len(eigen) == 3
    assert all("eigen werking: doet mee" in g.find(f"{SVG}title").text for g in eigen)
    assert sum(1 for g in svg.iter(f"{SVG}g") if g.get("data-eigen") == "ja") == 3
    assert "EIGEN WERKINGEN" not in body
    assert "eigen werking</b>: doet mee" in body  # the legend
    assert "3 actoren genoemd door 2 organisaties." in body


def test_it_draws_12_gemeenten_and_80_actors_and_counts_the_rest(sessie, sofie, klinker) -> None:
    kunsten = Categorie.objects.get(naam="Kunsten")
    gemeenten = [Gemeente.objects.get(naam=n) for n in GEMEENTEN]
    # 14 gemeenten, the last two with one actor each; 90 actors in the 12 largest.
    for i in range(90):
        maak_partner(sofie.werking, f"Actor {i:02d}", gemeenten[i % 12], kunsten)
    maak_partner(sofie.werking, "Alleen in Linkebeek", gemeenten[12], kunsten)
    maak_partner(sofie.werking, "Alleen in Rode", gemeenten[13], kunsten)
    # Named by both organisations: drawn first, whatever its name.
    maak_partner(sofie.werking, "Zeer gekende actor", gemeenten[5], kunsten)
    maak_partner(klinker.werking, "ZEER gekende actor", gemeenten[5], kunsten)

    schema = zaalschema(sessie.pk)
    assert len(schema.tekening.cirkels) == 12
    assert schema.tekening.aantal_actoren == 80
    # 78 partners and the two participating organisations (drawn first, in their own bol).
    assert schema.getekende_actoren == 78
    assert sorted(schema.andere_gemeenten) == [("Linkebeek", 1), ("Sint-Genesius-Rode", 1)]
    assert len(schema.andere_actoren) == 93 - 78
    assert schema.aantal_actoren == 93
    getekend = {p.actor.naam for p in schema.tekening.plekken}
    assert "Zeer gekende actor" in getekend
    assert "Actor 89" not in getekend  # the most named first, then by name

    body = tekst(als(sessie.eigenaar).get(url(sessie)))
    assert "andere gemeenten (2)" in body
    assert "andere actoren (15)" in body


def test_it_answers_in_constant_queries(
    sessie, begeleider, sofie, klinker, django_assert_num_queries
) -> None:
    kunsten = Categorie.objects.get(naam="Kunsten")
    gemeenten = [Gemeente.objects.get(naam=n) for n in GEMEENTEN]
    client = als(begeleider)

    def tel() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url(sessie)).status_code == 200
        return len(queries)

    for i in range(3):
        maak_partner(sofie.werking, f"Actor {i}", gemeenten[i], kunsten)
    eerst = tel()
    for i in range(40):
        maak_partner(klinker.werking, f"Andere actor {i}", gemeenten[i % 14], None)
    # browser session, user, sessie (its owner asks: no coordinator check), the session's
    # organisations (+gemeente) and one query for all partners (+gemeente, categorie, ...)
    with django_assert_num_queries(5):
        client.get(url(sessie))
    assert eerst == 5


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_it_draws_the_same_picture_in_a_pdf(sessie, zaal, tmp_path) -> None:
    from weasyprint import HTML

    html = render_to_string("onderdelen/zaal_bollenschema.html", {"zaal": zaalschema(sessie.pk)})
    pdf = tmp_path / "zaal.pdf"
    HTML(string=f"<!doctype html><meta charset=utf-8>{html}").write_pdf(pdf)
    uit = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    for naam in ("Woonzorgcentrum Ter", "Erfgoedcel", "Jeugdhuis De", "sociaal-cultureel werk"):
        assert naam in uit


def test_it_draws_fewer_actors_for_a_projector_so_that_every_letter_stays_legible(
    sessie, sofie, klinker
) -> None:
    from begeleiding.views import SCHERM_DOEK
    from partnerkaarten import tekening as tk

    kunsten = Categorie.objects.get(naam="Kunsten")
    gemeenten = [Gemeente.objects.get(naam=n) for n in GEMEENTEN]
    for i in range(90):
        maak_partner(sofie.werking, f"Actor {i:02d}", gemeenten[i % 12], kunsten)
    maak_partner(sofie.werking, "Zeer gekende actor", gemeenten[11], kunsten)
    maak_partner(klinker.werking, "ZEER gekende actor", gemeenten[11], kunsten)

    schema = zaalschema(sessie.pk, SCHERM_DOEK)
    tekening = schema.tekening
    letter = tk.letter_op(tekening, SCHERM_DOEK.breedte, SCHERM_DOEK.hoogte)
    assert letter >= SCHERM_DOEK.letter >= 18
    assert schema.ingekort_voor_doek
    getekend = {p.actor.naam for p in tekening.plekken}
    assert "Zeer gekende actor" in getekend  # named by two: first
    # The two participating organisations first, each in its own gemeente's bol (Pajottegem
    # and Lennik): that leaves room for fewer partners than the room's picture without them.
    assert {"Bibliotheek Pajottegem", "Jeugdhuis De Klinker"} <= getekend
    assert 6 <= schema.getekende_actoren < 80
    assert len(getekend) == schema.getekende_actoren + 2
    # Every actor is either drawn or counted beside the picture; every gemeente too.
    assert schema.getekende_actoren + len(schema.andere_actoren) == schema.aantal_actoren == 91
    assert len(tekening.cirkels) + len(schema.andere_gemeenten) == 12
    assert {c.naam for c in tekening.cirkels} == {b.naam for b in schema.bollen}
    assert all(b.actoren for b in schema.bollen[1:])  # no empty circle but the heart
    # The same data, the same picture.
    assert zaalschema(sessie.pk, SCHERM_DOEK).tekening == tekening


def test_it_draws_a_small_room_whole_on_a_projector(sessie, zaal) -> None:
    from begeleiding.views import SCHERM_DOEK

    schema = zaalschema(sessie.pk, SCHERM_DOEK)
    assert not schema.ingekort_voor_doek
    assert schema.andere_actoren == [] and schema.getekende_actoren == 3
