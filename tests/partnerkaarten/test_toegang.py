"""Who may see and change STAP 3: only the participants of a werking, only while the session
is open. Anything of another werking or session answers 404 and changes nothing."""

from dataclasses import dataclass

import pytest
from django.test import Client

from inspiratie.models import Categorie
from partnerkaarten.models import Bol, Combinatie, Idee, Partner, Partnerkaart
from sessies.toegang import GESLOTEN_MELDING
from werking.models import Gemeente, Kenmerk, Werking

from .conftest import AUTOSAVE, HTMX, maak_partner, momentopname, partner_post, tekst

pytestmark = pytest.mark.django_db


@dataclass
class Gegevens:
    """A werking's STAP 3: a card with a partner and an idea, a second partner elsewhere,
    a regional one, a combination, an empty bol."""

    sterkte: Kenmerk
    kaart: Partnerkaart
    partner: Partner
    partner2: Partner
    partner3: Partner
    idee: Idee
    combinatie: Combinatie
    bol: Bol
    sport: Categorie


def maak_gegevens(werking: Werking, elders: Gemeente, leeg: Gemeente) -> Gegevens:
    cat = Categorie.objects.get
    sterkte = Kenmerk.objects.create(werking=werking, soort="sterkte", tekst="Een grote zaal")
    kaart = Partnerkaart.objects.create(werking=werking, kenmerk=sterkte)
    partner = maak_partner(werking, "Sporthal De Bres", werking.gemeente, cat(naam="Sport"))
    partner2 = maak_partner(werking, "Academie Elders", elders, cat(naam="Kunsten"))
    partner3 = maak_partner(werking, "Erfgoedcel Regio", None, cat(naam="Erfgoed"))
    kaart.partners.add(partner)
    idee = Idee.objects.create(partnerkaart=kaart, tekst="Een open podium")
    combinatie = Combinatie.objects.create(werking=werking, titel="Podium op verplaatsing")
    combinatie.partners.set([partner, partner2])
    bol = Bol.objects.create(werking=werking, gemeente=leeg, volgorde=9)
    return Gegevens(
        sterkte, kaart, partner, partner2, partner3, idee, combinatie, bol, cat(naam="Sport")
    )


@pytest.fixture
def eigen(sofie, gemeente) -> Gegevens:
    return maak_gegevens(sofie.werking, gemeente("Sint-Genesius-Rode"), gemeente("Halle"))


@pytest.fixture
def van_klinker(klinker, gemeente) -> Gegevens:
    return maak_gegevens(klinker.werking, gemeente("Pajottegem"), gemeente("Dilbeek"))


@pytest.fixture
def van_kempen(kempen, gemeente) -> Gegevens:
    return maak_gegevens(kempen.werking, gemeente("Halle"), gemeente("Dilbeek"))


# (name, path, data) — paths and data are filled in with str.format(g=Gegevens).
POSTS_MET_OBJECT = [
    ("kaart-verwijder", "stap-3/{g.kaart.pk}/verwijder/", {}),
    (
        "kaart-partner-nieuw",
        "stap-3/{g.kaart.pk}/partner/",
        partner_post(naam="Sportclub Gooik", gemeente="Gooik", categorie="{g.sport.pk}"),
    ),
    (
        "kaart-partner-bestaand",
        "stap-3/{g.kaart.pk}/bestaande-partner/",
        {"partner": "{g.partner2.pk}"},
    ),
    ("kaart-partner-weg", "stap-3/{g.kaart.pk}/partner/{g.partner.pk}/weg/", {}),
    ("idee-nieuw", "stap-3/{g.kaart.pk}/idee/", {"tekst": "Een extra idee"}),
    ("idee-weg", "stap-3/{g.kaart.pk}/idee/{g.idee.pk}/weg/", {}),
    (
        "partner-wijzig",
        "partners/{g.partner.pk}/",
        partner_post(naam="Sporthal De Bres vzw", gemeente="Gooik", categorie="{g.sport.pk}"),
    ),
    ("partner-verwijder", "partners/{g.partner.pk}/verwijder/", {}),
    ("bol-verwijder", "bollen/{g.bol.pk}/verwijder/", {}),
    (
        "combinatie-partners",
        "combinaties/{g.combinatie.pk}/",
        {"partners": ["{g.partner.pk}", "{g.partner3.pk}"]},
    ),
    ("combinatie-verder", "combinaties/{g.combinatie.pk}/verder/", {"verder": "ja"}),
    ("combinatie-verwijder", "combinaties/{g.combinatie.pk}/verwijder/", {}),
    ("netwerk-rij", "netwerk/{g.partner.pk}/", {"behouden": "ja", "vinkjes": "on"}),
]
AUTOSAVES = [
    (
        "bewaar-partner-naam",
        "bewaar/partner/{g.partner.pk}/naam/",
        {"waarde": "Gekaapt", "basis": "{g.partner.naam}"},
    ),
    (
        "bewaar-partner-sector",
        "bewaar/partner/{g.partner.pk}/sector/",
        {"waarde": "Gekaapt", "basis": ""},
    ),
    (
        "bewaar-idee",
        "bewaar/idee/{g.idee.pk}/tekst/",
        {"waarde": "Gekaapt", "basis": "{g.idee.tekst}"},
    ),
    (
        "bewaar-combinatie-titel",
        "bewaar/combinatie/{g.combinatie.pk}/titel/",
        {"waarde": "Gekaapt", "basis": "{g.combinatie.titel}"},
    ),
    (
        "bewaar-combinatie-ideeen",
        "bewaar/combinatie/{g.combinatie.pk}/ideeen/",
        {"waarde": "Gekaapt", "basis": ""},
    ),
]
POSTS_ZONDER_OBJECT = [
    ("kaart-nieuw", "stap-3/nieuw/", {"kenmerk": "{g.sterkte.pk}"}),
    ("bol-nieuw", "bollen/nieuw/", {"gemeente": "Liedekerke"}),
    (
        "actor-nieuw",
        "bollen/actor/",
        partner_post(naam="Sportclub Gooik", gemeente="Gooik", categorie="{g.sport.pk}"),
    ),
    (
        "combinatie-nieuw",
        "combinaties/nieuw/",
        {"partners": ["{g.partner2.pk}", "{g.partner3.pk}"]},
    ),
    ("netwerk-op-lijst", "netwerk/op-de-lijst/", {"partners": ["{g.partner.pk}"]}),
]
GETS_MET_OBJECT = [
    "stap-3/{g.kaart.pk}/",
    "stap-3/{g.kaart.pk}/verwijder/",
    "partners/{g.partner.pk}/",
    "partners/{g.partner.pk}/verwijder/",
    "combinaties/{g.combinatie.pk}/",
    "combinaties/{g.combinatie.pk}/verwijder/",
]
LIJSTEN = ["stap-3/", "bollen/", "combinaties/", "netwerk/"]


def vul(waarde: object, g: Gegevens) -> object:
    if isinstance(waarde, list):
        return [vul(w, g) for w in waarde]
    return waarde.format(g=g) if isinstance(waarde, str) else waarde


def verzoek(spec: tuple, g: Gegevens) -> tuple[str, dict]:
    _, pad, data = spec
    return vul(pad, g), {k: vul(v, g) for k, v in data.items()}


def ids(specs: list[tuple]) -> list[str]:
    return [s[0] for s in specs]


# --- Another werking in the same session ------------------------------------------------


@pytest.mark.parametrize("spec", POSTS_MET_OBJECT, ids=ids(POSTS_MET_OBJECT))
def test_it_answers_404_for_another_werkings_objects(sofie, eigen, van_klinker, spec) -> None:
    pad, data = verzoek(spec, van_klinker)
    voor = momentopname()
    response = sofie.client.post(sofie.url(pad), data)
    assert response.status_code == 404
    assert momentopname() == voor


@pytest.mark.parametrize("spec", AUTOSAVES, ids=ids(AUTOSAVES))
def test_it_answers_404_for_autosaving_another_werkings_field(
    sofie, eigen, van_klinker, spec
) -> None:
    pad, data = verzoek(spec, van_klinker)
    voor = momentopname()
    response = sofie.client.post(sofie.url(pad), data, **AUTOSAVE)
    assert response.status_code == 404
    assert momentopname() == voor


@pytest.mark.parametrize("pad", GETS_MET_OBJECT)
def test_it_answers_404_for_another_werkings_pages(sofie, eigen, van_klinker, pad) -> None:
    assert sofie.client.get(sofie.url(vul(pad, van_klinker))).status_code == 404


@pytest.mark.parametrize(
    "pad",
    [
        "stap-3/{e.kaart.pk}/partner/{k.partner.pk}/weg/",
        "stap-3/{e.kaart.pk}/idee/{k.idee.pk}/weg/",
    ],
    ids=["partner", "idee"],
)
def test_it_answers_404_for_a_foreign_object_through_an_own_card(
    sofie, eigen, van_klinker, pad
) -> None:
    voor = momentopname()
    response = sofie.client.post(sofie.url(pad.format(e=eigen, k=van_klinker)))
    assert response.status_code == 404
    assert momentopname() == voor


def test_it_refuses_a_foreign_partner_on_an_own_card(sofie, eigen, van_klinker) -> None:
    voor = momentopname()
    response = sofie.client.post(
        sofie.url(f"stap-3/{eigen.kaart.pk}/bestaande-partner/"),
        {"partner": van_klinker.partner2.pk},
    )
    assert response.status_code == 400
    assert "Kies een partner van jullie werking." in tekst(response)
    assert momentopname() == voor


EIGEN_SPOOR = {
    "stap-3/": "/stap-3/{g.kaart.pk}/",
    "bollen/": "/partners/{g.partner.pk}/",
    "combinaties/": "/combinaties/{g.combinatie.pk}/",
    "netwerk/": "/netwerk/{g.partner.pk}/",
}


@pytest.mark.parametrize("pad", LIJSTEN)
def test_it_never_lists_another_werkings_stap_3(sofie, eigen, van_klinker, pad) -> None:
    # Klinker's objects carry the same names as Sofie's: compare the links instead.
    body = tekst(sofie.client.get(sofie.url(pad)))
    assert vul(EIGEN_SPOOR[pad], eigen) in body
    assert vul(EIGEN_SPOOR[pad], van_klinker) not in body
    for spoor in EIGEN_SPOOR.values():
        assert vul(spoor, van_klinker) not in body
    assert "Dilbeek" not in body  # Klinker's empty bol


# --- Another session --------------------------------------------------------------------


@pytest.mark.parametrize(
    "spec", POSTS_MET_OBJECT + AUTOSAVES, ids=ids(POSTS_MET_OBJECT + AUTOSAVES)
)
def test_it_answers_404_for_another_sessions_objects(sofie, eigen, van_kempen, spec) -> None:
    pad, data = verzoek(spec, van_kempen)
    voor = momentopname()
    eigen_code = sofie.client.post(sofie.url(pad), data, **AUTOSAVE)
    vreemde_code = sofie.client.post(f"/doe-mee/{van_kempen.kaart.werking.sessie.code}/{pad}", data)
    assert eigen_code.status_code == 404
    assert vreemde_code.status_code == 404
    assert momentopname() == voor


@pytest.mark.parametrize("pad", GETS_MET_OBJECT + LIJSTEN)
def test_it_sends_a_visitor_of_another_session_to_its_join_page(
    sofie, kempen, van_kempen, pad
) -> None:
    code = kempen.sessie.code
    response = sofie.client.get(f"/doe-mee/{code}/{vul(pad, van_kempen)}")
    assert response.status_code == 302
    assert response["Location"] == f"/doe-mee/{code}/"


@pytest.mark.parametrize("pad", GETS_MET_OBJECT)
def test_it_answers_404_for_another_sessions_pages(sofie, van_kempen, pad) -> None:
    assert sofie.client.get(sofie.url(vul(pad, van_kempen))).status_code == 404


# --- No participant in the browser ------------------------------------------------------


@pytest.mark.parametrize("pad", GETS_MET_OBJECT + LIJSTEN)
def test_it_sends_a_browser_without_token_to_the_join_page(sofie, eigen, pad) -> None:
    response = Client().get(sofie.url(vul(pad, eigen)))
    assert response.status_code == 302
    assert response["Location"] == f"/doe-mee/{sofie.sessie.code}/"
    assert Client().get(sofie.url(vul(pad, eigen)), **HTMX).status_code == 404


ALLE_POSTS = POSTS_MET_OBJECT + POSTS_ZONDER_OBJECT + AUTOSAVES


@pytest.mark.parametrize("spec", ALLE_POSTS, ids=ids(ALLE_POSTS))
def test_it_answers_404_to_a_post_without_token(sofie, eigen, spec) -> None:
    pad, data = verzoek(spec, eigen)
    voor = momentopname()
    response = Client().post(sofie.url(pad), data)
    assert response.status_code == 404
    assert momentopname() == voor


# --- A closed session -------------------------------------------------------------------


@pytest.mark.parametrize(
    "spec", POSTS_MET_OBJECT + POSTS_ZONDER_OBJECT, ids=ids(POSTS_MET_OBJECT + POSTS_ZONDER_OBJECT)
)
def test_it_changes_the_werking_while_the_session_is_open(sofie, eigen, spec) -> None:
    # The requests of the closed-session specs below really change something when open.
    pad, data = verzoek(spec, eigen)
    voor = momentopname()
    response = sofie.client.post(sofie.url(pad), data)
    assert response.status_code in (200, 302)
    assert momentopname() != voor


@pytest.fixture
def gesloten(sofie):
    sofie.sessie.status = "gesloten"
    sofie.sessie.save()
    return sofie.sessie


@pytest.mark.parametrize(
    "spec", POSTS_MET_OBJECT + POSTS_ZONDER_OBJECT, ids=ids(POSTS_MET_OBJECT + POSTS_ZONDER_OBJECT)
)
def test_it_refuses_every_change_in_a_closed_session(sofie, eigen, gesloten, spec) -> None:
    pad, data = verzoek(spec, eigen)
    voor = momentopname()
    response = sofie.client.post(sofie.url(pad), data, follow=True)
    assert response.status_code == 200
    assert GESLOTEN_MELDING in tekst(response)
    assert "Deze workshop is gesloten" in tekst(response)
    htmx = sofie.client.post(sofie.url(pad), data, **HTMX)
    assert htmx.status_code == 403
    assert "Deze workshop is gesloten" in tekst(htmx)
    assert momentopname() == voor


@pytest.mark.parametrize("spec", AUTOSAVES, ids=ids(AUTOSAVES))
def test_it_refuses_autosave_in_a_closed_session(sofie, eigen, gesloten, spec) -> None:
    pad, data = verzoek(spec, eigen)
    voor = momentopname()
    response = sofie.client.post(sofie.url(pad), data, **AUTOSAVE)
    assert response.status_code == 403
    assert response.json()["fout"] == GESLOTEN_MELDING
    assert momentopname() == voor


@pytest.mark.parametrize("pad", GETS_MET_OBJECT + LIJSTEN)
def test_it_still_shows_stap_3_in_a_closed_session(sofie, eigen, gesloten, pad) -> None:
    assert sofie.client.get(sofie.url(vul(pad, eigen))).status_code == 200
