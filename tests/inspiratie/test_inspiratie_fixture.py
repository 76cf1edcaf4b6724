# ruff: noqa: E501, RUF001 -- the kit's text is quoted as printed, one category per line.
"""The inspiratielijst fixture against the kit's own text ("INSPIRATIE VOOR PARTNERS").

The kit's text per category is written out below as printed (its garbled passages decoded);
a test proves it letter for letter against the kit's original text when that is at hand
(../shared/method/werkwijze-original.txt). The fixture must be exactly that text split on its
commas, with only the corrections listed in CORRECTIES.
"""

import re
from pathlib import Path

import pytest
from django.core.management import call_command

from inspiratie.models import Categorie

# The kit's inspiratielijst as printed (garbled passages decoded), in the kit's order.
KIT_TEKST = {
    "Kunsten": "beeldende, muziek, podiumkunsten, circus, en crossovers cultuureducatieve organisaties, musea, galerij, kunstonderwijs ...",
    "Amateurkunsten": "beeldende kunsten, muziek, podiumkunsten, en crossovers veld organisaties als Koor en Stem, VLAMO, KDO ...",
    "Circuskunsten": "Circuscentrum, circusateliers, circusscholen ...",
    "Lokaal cultuurbeleid": "cultuurcentrum, gemeeschapscentrum, cultuurdienst, bibliotheek, stadsmuseum ...",
    "Sociaal-cultureel volwassenenwerk": "gezinsbond, natuurpunt, femma, okra, Avansa, neos, Davidsfonds, burgerbewegingen, EVA, FERM, de transformisten, VOEM vzw, Darna vzw ...",
    "Onderwijs": "scholen, DKO, Centrum voor basiseducatie, centra voor volwassenonderwijs ...",
    "Jeugd": "jeugddienst, jeugdhuis, jeugdraad, jeugdbeweging, nationale koepels jeugdbewegingen, jeugdwelzijnswerk, Formaat, De Ambrassade, Bataljong ...",
    "Erfgoed": "depotwerking, musea, erfgoedcel, archief, heemkundige kring ...",
    "Onroerend erfgoed": "Herita, IOED, tijdelijke invulling, erfgoedvereniging, eigenaars, ...",
    "Sport": "sportwerk Vlaanderen, lokale sportdienst, lokale sportorganisaties, sportclubs, dansscholen, skateparken, fitnesscentra, G-sport ...",
    "Welzijn": "rusthuizen, woonzorgcentra, serviceflats, sociaal huis, dienstencentrum, wijkcentra, OCMW, samenlevingsopbouw ...",
    "Gezondheidszorg": "ziekenhuizen, logo’s (samenwerkingsverba nd voor locoregionaal gezondheidsoverleg en -organisatie), eerstelijnsregio ...",
    "Milieu": "natuurpunt, regionaal landschap (beheer), containerpark/ afvalophaling groep,",
    "Toerisme": "provincies, lokale toeristische diensten, Toerisme Vlaanderen, netwerk logies en horeca, attracties en toeristische infrastructuur ...",
    "Inburgering": "agentschap inburgering en integratie, diversiteitscel,",
    "Mobiliteit": "vzw Trage Wegen, Fietsersbond (lokale afdelingen), Mobiel 21, Fietskeukens / fietsherstelplaatsen",
    "Duurzaamheid": "repaircafés, Upcycling Ateliers ...",
    "Lokale economie": "Unizo, lokale handelaars uit buurt, co-working ateliers, open work places, VOKA, centrummanager bij lokaal bestuur, Netwerk Ondernemen ...",
    "Tewerkstelling": "VDAB, Polsstok, maatwerkbedrijven, sociale tewerkstelling, BIS-stage ...",
    "Ruimtelijke ordening": "",
    "Andere": "design, architectuur, festivals, storytellers ...",
    "Andere 2": "Brandweer, landelijke gilden, Boerenbond, Rode Kruis, ...",
}

# Obvious typing errors of the kit, corrected (METHOD.md: names and "…" endings are kept), and
# the two places where a line break ran two examples together or left half a word
# ("beeldende" stands for "beeldende kunsten", as in Amateurkunsten).
CORRECTIES = [
    ("beeldende, muziek", "beeldende kunsten, muziek"),
    ("circus, en crossovers cultuureducatieve", "circus en crossovers, cultuureducatieve"),
    (
        "podiumkunsten, en crossovers veld organisaties",
        "podiumkunsten en crossovers, veldorganisaties",
    ),
    ("gemeeschapscentrum", "gemeenschapscentrum"),
    ("volwassenonderwijs", "volwassenenonderwijs"),
    ("samenwerkingsverba nd", "samenwerkingsverband"),
    ("uit buurt", "uit de buurt"),
]


def verbeterd(tekst: str) -> tuple[list[str], bool]:
    """The examples of one category as the app shows them, and whether the kit ends on '…'."""
    for fout, juist in CORRECTIES:
        tekst = tekst.replace(fout, juist)
    tekst = tekst.strip()
    open_einde = tekst.endswith("...")
    tekst = tekst.removesuffix("...").strip().rstrip(",").strip()
    return ([v.strip() for v in tekst.split(", ")] if tekst else []), open_einde


# The fixture's order groups the categories: cultural first, then the one that can be both
# (Jeugd), then the non-cultural ones, then the two the kit leaves open. Within each group it
# follows the kit.
CULTUREEL = [
    "Kunsten",
    "Amateurkunsten",
    "Circuskunsten",
    "Lokaal cultuurbeleid",
    "Sociaal-cultureel volwassenenwerk",
    "Erfgoed",
]
BEIDE = ["Jeugd"]
NIET_CULTUREEL = [
    "Onderwijs",
    "Onroerend erfgoed",
    "Sport",
    "Welzijn",
    "Gezondheidszorg",
    "Milieu",
    "Toerisme",
    "Inburgering",
    "Mobiliteit",
    "Duurzaamheid",
    "Lokale economie",
    "Tewerkstelling",
    "Ruimtelijke ordening",
]
OPEN = ["Andere", "Andere 2"]

ORIGINEEL = Path(__file__).resolve().parents[3] / "shared" / "method" / "werkwijze-original.txt"


def ontcijfer(regel: str) -> str:
    """The kit's PDF lost its font mapping on some lines: every character is shifted by 25
    code points and punctuation became U+FFFD. Letters can be shifted back; the rest is lost."""
    if "\ufffd" not in regel and not regel.startswith("Ä"):
        return regel
    ligaturen = {"Ä": "fi", "Å": "fl", "\ufffd": " "}
    return "".join(ligaturen.get(c, chr(ord(c) + 25) if c != " " else c) for c in regel)


def letters(tekst: str) -> str:
    return re.sub(r"[^a-z0-9é]", "", tekst.lower().replace("’", ""))


@pytest.fixture
def categorieen(db) -> None:
    call_command("loaddata", "inspiratie", verbosity=0)


@pytest.mark.django_db
def test_it_has_the_kits_examples_with_only_the_listed_corrections(categorieen: None) -> None:
    for naam, tekst in KIT_TEKST.items():
        categorie = Categorie.kit.get(naam=naam)
        voorbeelden, open_einde = verbeterd(tekst)
        assert categorie.voorbeelden == voorbeelden, naam
        assert categorie.open_einde is open_einde, naam


@pytest.mark.django_db
def test_it_keeps_the_kits_names_for_organisations(categorieen: None) -> None:
    assert "sportwerk Vlaanderen" in Categorie.kit.get(naam="Sport").voorbeelden
    assert "Sport Vlaanderen (sportwerk)" not in Categorie.kit.get(naam="Sport").voorbeelden
    assert Categorie.kit.get(naam="Inburgering").voorbeelden[0] == (
        "agentschap inburgering en integratie"
    )


@pytest.mark.django_db
def test_it_keeps_the_kits_open_endings(categorieen: None) -> None:
    assert Categorie.kit.get(naam="Kunsten").open_einde is True
    assert Categorie.kit.get(naam="Andere 2").open_einde is True
    assert Categorie.kit.get(naam="Mobiliteit").open_einde is False


@pytest.mark.django_db
def test_it_shows_no_fragment_of_a_word_as_an_example(categorieen: None) -> None:
    alle = [v for c in Categorie.kit.all() for v in c.voorbeelden]
    assert all(v == v.strip() and v for v in alle)
    # No half words, no endings glued to an example, no two examples run together.
    assert not [v for v in alle if v.endswith(("...", "…", "-")) or v.startswith(("en ", "-"))]
    assert "beheer..." not in alle
    assert "beeldende" not in alle
    assert not [v for v in alle if "crossovers cultuureducatieve" in v]


def test_the_kit_text_above_is_the_kits_own_letter_for_letter() -> None:
    if not ORIGINEEL.exists():
        pytest.skip(f"the kit's original text is not at {ORIGINEEL}")
    origineel = letters("".join(ontcijfer(r) for r in ORIGINEEL.read_text().splitlines()))
    for naam, tekst in KIT_TEKST.items():
        assert letters(tekst) in origineel, naam


def test_the_corrections_are_few_and_each_is_used() -> None:
    alle = " | ".join(KIT_TEKST.values())
    assert len(CORRECTIES) <= 8
    for fout, _ in CORRECTIES:
        assert fout in alle, fout


@pytest.mark.django_db
def test_it_loads_the_22_categories_of_the_kit(categorieen: None) -> None:
    assert Categorie.kit.count() == 22
    assert set(Categorie.kit.values_list("naam", flat=True)) == set(KIT_TEKST)


@pytest.mark.django_db
def test_its_order_groups_cultural_both_non_cultural_then_open(categorieen: None) -> None:
    assert list(Categorie.kit.values_list("naam", flat=True)) == (
        CULTUREEL + BEIDE + NIET_CULTUREEL + OPEN
    )
    assert list(Categorie.kit.values_list("volgorde", flat=True)) == list(range(1, 23))
    soorten = dict(Categorie.kit.values_list("naam", "soort"))
    assert {soorten[n] for n in CULTUREEL} == {Categorie.Soort.CULTUREEL}
    assert {soorten[n] for n in BEIDE} == {Categorie.Soort.BEIDE}
    assert {soorten[n] for n in NIET_CULTUREEL} == {Categorie.Soort.NIET_CULTUREEL}
    assert {soorten[n] for n in OPEN} == {Categorie.Soort.OPEN}


@pytest.mark.django_db
def test_it_slugs_the_names(categorieen: None) -> None:
    assert Categorie.kit.get(naam="Sociaal-cultureel volwassenenwerk").slug == (
        "sociaal-cultureel-volwassenenwerk"
    )
    assert Categorie.kit.get(naam="Andere 2").slug == "andere-2"


@pytest.mark.django_db
def test_it_tells_whether_a_category_is_cultural_by_default(categorieen: None) -> None:
    assert Categorie.kit.get(naam="Kunsten").standaard_cultureel is True
    assert Categorie.kit.get(naam="Onderwijs").standaard_cultureel is False
    assert Categorie.kit.get(naam="Jeugd").standaard_cultureel is None
    assert Categorie.kit.get(naam="Andere").standaard_cultureel is None
