"""The report's data comes from a fixed number of queries, whatever the number of werkingen."""

import pytest

from partnerkaarten.services import (
    bewaar_combinatie,
    bewaar_partner,
    nieuwe_partnerkaart,
    voeg_idee_toe,
    zet_op_kaart,
)
from rapport.gegevens import verzamel, vingerafdruk
from sessies.models import Sessie
from werking.models import Gemeente, Kenmerk, Werking

# Werkingen, kenmerken, partners, partnerkaarten, card-partner links, ideeën, bollen,
# combinaties, combination-partner links, categorieën of the inspiratielijst, the facilitator.
VERZAMEL_QUERIES = 11
# Session row's own fields are read already; 7 tables + 2 link tables + categorieën.
VINGERAFDRUK_QUERIES = 10


def vul(sessie: Sessie, aantal: int) -> None:
    gemeenten = list(Gemeente.objects.filter(naam__in=["Lennik", "Dilbeek", "Halle", "Asse"]))
    for i in range(aantal):
        werking = Werking.objects.create(
            sessie=sessie, naam=f"Werking {i}", gemeente=gemeenten[i % 4]
        )
        sterkte = Kenmerk.objects.create(werking=werking, soort="sterkte", tekst=f"Sterk {i}")
        Kenmerk.objects.create(werking=werking, soort="beperking", tekst=f"Zwak {i}")
        partners = [
            bewaar_partner(
                werking,
                {"naam": f"Partner {i}-{j}", "gemeente": gemeenten[(i + j) % 4], "behouden": True},
            )
            for j in range(3)
        ]
        kaart = nieuwe_partnerkaart(werking, sterkte, bovenlokaal=False)
        for p in partners:
            zet_op_kaart(kaart, p)
        voeg_idee_toe(kaart, f"Idee {i}")
        combinatie = bewaar_combinatie(werking, partners[:2], titel=f"Scenario {i}")
        combinatie.verder = True
        combinatie.save()


@pytest.mark.parametrize("aantal", [1, 10])
def test_gathering_the_report_takes_a_fixed_number_of_queries(
    sessie, django_assert_num_queries, aantal
) -> None:
    vul(sessie, aantal)
    sessie = Sessie.objects.get(pk=sessie.pk)
    with django_assert_num_queries(VERZAMEL_QUERIES):
        rapport = verzamel(sessie)
    assert len(rapport.werkingen) == aantal
    assert sum(len(w.partners) for w in rapport.werkingen) == 3 * aantal
    assert all(len(w.kaarten[0].partners) == 3 for w in rapport.werkingen)
    with django_assert_num_queries(VINGERAFDRUK_QUERIES):
        vingerafdruk(sessie)


def test_a_werking_report_takes_the_same_number(sessie, django_assert_num_queries) -> None:
    vul(sessie, 3)
    sessie = Sessie.objects.get(pk=sessie.pk)
    werking = sessie.werkingen.first()
    with django_assert_num_queries(VERZAMEL_QUERIES):
        rapport = verzamel(sessie, werking.pk)
    assert [w.naam for w in rapport.werkingen] == [werking.naam]


def test_another_workshops_own_categories_are_no_blind_spot_here(
    sessie, andere_sessie, gevuld
) -> None:
    from inspiratie.models import Categorie

    Categorie.objects.create(
        naam="Lokale markt", slug="lokale-markt-x", soort="niet_cultureel", sessie=andere_sessie
    )
    Categorie.objects.create(
        naam="Kermis", slug="kermis-x", soort="cultureel", sessie=gevuld.bib.sessie
    )
    blind = verzamel(gevuld.bib.sessie).samenvatting.blinde_vlekken
    assert "Kermis" in blind
    assert "Lokale markt" not in blind
