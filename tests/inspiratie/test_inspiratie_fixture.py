"""The inspiratielijst fixture: the kit's 22 categories of partners, with their examples."""

import pytest
from django.core.management import call_command

from inspiratie.models import Categorie

NAMEN_IN_VOLGORDE = [
    "Kunsten",
    "Amateurkunsten",
    "Circuskunsten",
    "Lokaal cultuurbeleid",
    "Sociaal-cultureel volwassenenwerk",
    "Erfgoed",
    "Jeugd",
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
    "Andere",
    "Andere 2",
]

# Counted from METHOD.md's table, splitting on the top-level commas and semicolons.
AANTAL_VOORBEELDEN = 114

LOGOS = "Logo's (samenwerkingsverband voor locoregionaal gezondheidsoverleg en -organisatie)"


@pytest.fixture
def categorieen() -> None:
    call_command("loaddata", "inspiratie", verbosity=0)


@pytest.mark.django_db
def test_it_loads_the_22_categories(categorieen: None) -> None:
    assert Categorie.objects.count() == 22


@pytest.mark.django_db
def test_it_keeps_the_order_of_the_kit(categorieen: None) -> None:
    assert list(Categorie.objects.values_list("naam", flat=True)) == NAMEN_IN_VOLGORDE
    assert list(Categorie.objects.values_list("volgorde", flat=True)) == list(range(1, 23))


@pytest.mark.django_db
def test_it_slugs_the_names(categorieen: None) -> None:
    assert Categorie.objects.get(naam="Sociaal-cultureel volwassenenwerk").slug == (
        "sociaal-cultureel-volwassenenwerk"
    )
    assert Categorie.objects.get(naam="Andere 2").slug == "andere-2"


@pytest.mark.django_db
def test_it_splits_cultural_and_non_cultural_actors(categorieen: None) -> None:
    soorten = dict(Categorie.objects.values_list("naam", "soort"))
    assert soorten["Kunsten"] == Categorie.Soort.CULTUREEL
    assert soorten["Erfgoed"] == Categorie.Soort.CULTUREEL
    assert soorten["Onderwijs"] == Categorie.Soort.NIET_CULTUREEL
    assert soorten["Onroerend erfgoed"] == Categorie.Soort.NIET_CULTUREEL
    assert soorten["Jeugd"] == Categorie.Soort.BEIDE
    assert soorten["Andere"] == Categorie.Soort.OPEN
    assert soorten["Andere 2"] == Categorie.Soort.OPEN
    # The first six rows of the table are cultural, the rest (but Jeugd and Andere) not.
    cultureel = [n for n in NAMEN_IN_VOLGORDE if soorten[n] == Categorie.Soort.CULTUREEL]
    assert cultureel == NAMEN_IN_VOLGORDE[:6]
    niet_cultureel = [n for n in NAMEN_IN_VOLGORDE if soorten[n] == Categorie.Soort.NIET_CULTUREEL]
    assert niet_cultureel == NAMEN_IN_VOLGORDE[7:20]


@pytest.mark.django_db
def test_it_tells_whether_a_category_is_cultural_by_default(categorieen: None) -> None:
    assert Categorie.objects.get(naam="Kunsten").standaard_cultureel is True
    assert Categorie.objects.get(naam="Onderwijs").standaard_cultureel is False
    assert Categorie.objects.get(naam="Jeugd").standaard_cultureel is None
    assert Categorie.objects.get(naam="Andere").standaard_cultureel is None
    assert Categorie.objects.get(naam="Andere 2").standaard_cultureel is None


@pytest.mark.django_db
def test_it_lists_the_examples_of_sociaal_cultureel_volwassenenwerk(categorieen: None) -> None:
    voorbeelden = Categorie.objects.get(naam="Sociaal-cultureel volwassenenwerk").voorbeelden
    assert "Gezinsbond" in voorbeelden
    assert "Darna vzw" in voorbeelden
    assert len(voorbeelden) == 13


@pytest.mark.django_db
def test_it_keeps_parenthesised_text_with_its_example(categorieen: None) -> None:
    gezondheidszorg = Categorie.objects.get(naam="Gezondheidszorg").voorbeelden
    assert gezondheidszorg == ["ziekenhuizen", LOGOS, "eerstelijnsregio"]
    assert "Sport Vlaanderen (sportwerk)" in Categorie.objects.get(naam="Sport").voorbeelden


@pytest.mark.django_db
def test_it_keeps_the_odd_examples_verbatim(categorieen: None) -> None:
    assert Categorie.objects.get(naam="Milieu").voorbeelden == [
        "Natuurpunt",
        "regionaal landschap",
        "beheer...",
        "containerpark / afvalophaling",
    ]


@pytest.mark.django_db
def test_it_splits_the_kunsten_examples_on_the_semicolon_too(categorieen: None) -> None:
    voorbeelden = Categorie.objects.get(naam="Kunsten").voorbeelden
    assert "circus en crossovers" in voorbeelden
    assert "cultuureducatieve organisaties" in voorbeelden


@pytest.mark.django_db
def test_it_has_no_examples_for_ruimtelijke_ordening(categorieen: None) -> None:
    assert Categorie.objects.get(naam="Ruimtelijke ordening").voorbeelden == []


@pytest.mark.django_db
def test_it_has_every_example_of_the_table(categorieen: None) -> None:
    alle = [v for c in Categorie.objects.all() for v in c.voorbeelden]
    assert len(alle) == AANTAL_VOORBEELDEN
    assert all(isinstance(v, str) and v == v.strip() and v for v in alle)
