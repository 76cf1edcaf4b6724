"""Finding a municipality the way participants type it."""

import pytest

from werking.services import GemeenteNietGevonden, vind_gemeente, zoek_gemeenten

pytestmark = pytest.mark.django_db


def namen(tekst: str) -> list[str]:
    return [g.naam for g in zoek_gemeenten(tekst)]


@pytest.mark.parametrize(
    ("getypt", "gemeente"),
    [
        ("Pajottegem", "Pajottegem"),
        ("galmaarden", "Pajottegem"),  # merged on 1 January 2025
        ("Gooik", "Pajottegem"),
        ("1570", "Pajottegem"),  # postal code of Galmaarden
        ("Kruibeke", "Beveren-Kruibeke-Zwijndrecht"),
        ("Borsbeek", "Antwerpen"),
        ("Anvers", "Antwerpen"),  # French name
        ("Melle", "Merelbeke-Melle"),
        ("Kortessem", "Hasselt"),
        ("sint genesius rode", "Sint-Genesius-Rode"),
        ("Liège", "Luik"),
        ("9000", "Gent"),
    ],
)
def test_it_finds_a_gemeente_by_name_old_name_french_name_or_postal_code(
    referentiedata, getypt, gemeente
) -> None:
    assert vind_gemeente(getypt).naam == gemeente


def test_it_puts_flemish_and_brussels_municipalities_first(referentiedata) -> None:
    resultaat = zoek_gemeenten("sint")
    gewesten = [g.gewest for g in resultaat]
    assert gewesten[0] in ("vlaanderen", "brussel")
    assert gewesten == sorted(gewesten, key=lambda g: g == "wallonie")


def test_it_puts_exact_matches_before_partial_ones(referentiedata) -> None:
    assert namen("Gent")[0] == "Gent"
    assert namen("Herne")[0] == "Pajottegem"


def test_it_suggests_by_postal_code_prefix(referentiedata) -> None:
    assert "Pajottegem" in namen("157")


def test_it_refuses_an_ambiguous_postal_code_with_the_candidates(referentiedata) -> None:
    with pytest.raises(GemeenteNietGevonden, match="Brussel, Etterbeek"):
        vind_gemeente("1040")


def test_it_refuses_an_unknown_gemeente_in_dutch(referentiedata) -> None:
    with pytest.raises(GemeenteNietGevonden, match="We vinden geen Belgische gemeente"):
        vind_gemeente("Atlantis")


def test_it_suggests_nothing_for_one_digit_or_blank(referentiedata) -> None:
    assert namen("8") == []
    assert namen("   ") == []


def test_it_serves_suggestions_as_datalist_options(client, referentiedata) -> None:
    response = client.get("/gemeenten/", {"gemeente": "galma"})
    assert response.status_code == 200
    body = response.content.decode()
    assert '<option value="Pajottegem">' in body
    assert "vroeger Galmaarden, Gooik, Herne" in body


def test_it_serves_suggestions_in_constant_queries(
    client, referentiedata, django_assert_num_queries
) -> None:
    with django_assert_num_queries(1):
        client.get("/gemeenten/", {"q": "sint"})
