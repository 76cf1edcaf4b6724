"""Every STAP 3 page answers in a fixed number of queries, however many cards, partners,
ideas, bollen and combinaties a werking has: a workshop of 20 laptops must stay fast."""

from collections.abc import Callable

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from inspiratie.models import Categorie
from partnerkaarten.models import Combinatie, Idee, Partnerkaart
from tests.conftest import Deelname
from werking.models import Gemeente, Kenmerk

from .conftest import maak_partner

pytestmark = pytest.mark.django_db

GEMEENTEN = ["Pajottegem", "Sint-Genesius-Rode", "Lennik", "Dilbeek", "Halle", None]
CATEGORIEEN = ["Kunsten", "Welzijn", "Jeugd", "Sport", "Erfgoed", "Andere"]


def breid_uit(sofie: Deelname, ronde: int, kaarten: int = 2) -> Partnerkaart:
    """Add `kaarten` cards, each with three partners (cultural, not, regional ...), two ideas,
    a combination across bollen, and some partners on the final list. Returns the last card."""
    werking = sofie.werking
    kaart = None
    for k in range(kaarten):
        nummer = ronde * 10 + k
        kenmerk = Kenmerk.objects.create(
            werking=werking,
            soort="sterkte" if k % 2 else "beperking",
            tekst=f"Kenmerk {nummer}: we zoeken vrijwilligers",
            volgorde=nummer,
        )
        kaart = Partnerkaart.objects.create(
            werking=werking, kenmerk=kenmerk, bovenlokaal=k % 2 == 1, volgorde=nummer
        )
        partners = []
        for p in range(3):
            index = nummer + p
            naam_gemeente = GEMEENTEN[index % len(GEMEENTEN)]
            categorie = Categorie.objects.get(naam=CATEGORIEEN[index % len(CATEGORIEEN)])
            partner = maak_partner(
                werking,
                f"Actor {nummer}-{p}",
                Gemeente.objects.get(naam=naam_gemeente) if naam_gemeente else None,
                categorie,
                cultureel_keuze=True if categorie.standaard_cultureel is None else None,
                sector="vrije tijd",
                behouden=p != 1,
            )
            partners.append(partner)
        kaart.partners.add(*partners)
        Idee.objects.create(partnerkaart=kaart, tekst=f"Idee A {nummer}")
        Idee.objects.create(partnerkaart=kaart, tekst=f"Idee B {nummer}")
        combinatie = Combinatie.objects.create(werking=werking, titel=f"Scenario {nummer}")
        combinatie.partners.set(partners)
    return kaart


def tel(sofie: Deelname, pad: str) -> tuple[CaptureQueriesContext, str]:
    sofie.client.get(sofie.url(pad))  # warm up: 'laatst actief', the own bol
    with CaptureQueriesContext(connection) as queries:
        response = sofie.client.get(sofie.url(pad))
    assert response.status_code == 200
    return queries, response.content.decode()


def blijft_gelijk(sofie: Deelname, pad: str, meer: Callable[[], None]) -> int:
    """Count the queries of a page, add data, count again: the count must not grow."""
    klein, _ = tel(sofie, pad)
    meer()
    groot, body = tel(sofie, pad)
    assert "Actor 24-" in body  # the page really shows the extra data
    lijst = "\n".join(q["sql"] for q in groot.captured_queries)
    assert len(groot) == len(klein), f"{len(klein)} → {len(groot)} queries:\n{lijst}"
    return len(groot)


def test_it_renders_the_cards_in_constant_queries(sofie, django_assert_num_queries) -> None:
    breid_uit(sofie, 1)
    blijft_gelijk(sofie, "stap-3/", lambda: breid_uit(sofie, 2, kaarten=5))
    # the participant (+sessie, werking, ETag stamp), the kenmerken (removed ones too: to
    # start from, the cards' starting points), the cards (removed ones too, for undo), their
    # partners (+gemeente, categorie), their ideas
    with django_assert_num_queries(5):
        sofie.client.get(sofie.url("stap-3/"))


def test_it_renders_one_card_in_constant_queries(sofie, django_assert_num_queries) -> None:
    kaart = breid_uit(sofie, 1)
    doel = f"stap-3/{kaart.pk}/"

    def meer() -> None:
        andere = breid_uit(sofie, 2, kaarten=5)
        kaart.partners.add(*andere.partners.all())
        for i in range(5):
            Idee.objects.create(partnerkaart=kaart, tekst=f"Nog een idee {i}")

    blijft_gelijk(sofie, doel, meer)
    # the participant (+sessie, werking, stamp), the card (+kenmerk, werking), its partners, its
    # ideas, the werking's partners for the select, the categories of the inspiratielijst,
    # recently removed ideas and partners, the workshop's local examples, names
    with django_assert_num_queries(10):
        sofie.client.get(sofie.url(doel))


def test_it_renders_the_bollenschema_in_constant_queries(sofie, django_assert_num_queries) -> None:
    breid_uit(sofie, 1)
    blijft_gelijk(sofie, "bollen/", lambda: breid_uit(sofie, 2, kaarten=5))
    # the participant (+sessie, werking, ETag stamp), partners (+gemeente, categorie, werking),
    # bollen (+gemeente), combinaties and their partners (drawn as links in the picture),
    # categories of the inspiratielijst, the workshop's local examples, recently removed
    # partners
    with django_assert_num_queries(8):
        sofie.client.get(sofie.url("bollen/"))


def test_it_renders_the_combinaties_in_constant_queries(sofie, django_assert_num_queries) -> None:
    breid_uit(sofie, 1)
    blijft_gelijk(sofie, "combinaties/", lambda: breid_uit(sofie, 2, kaarten=5))
    # the participant (+sessie, werking, ETag stamp), partners and bollen (the partners to choose),
    # combinaties, their partners, recently removed combinaties, names
    with django_assert_num_queries(7):
        sofie.client.get(sofie.url("combinaties/"))


def test_it_renders_a_combinations_partners_in_constant_queries(
    sofie, django_assert_num_queries
) -> None:
    breid_uit(sofie, 1)
    combinatie = Combinatie.objects.filter(werking=sofie.werking).first()
    doel = f"combinaties/{combinatie.pk}/"
    blijft_gelijk(sofie, doel, lambda: breid_uit(sofie, 2, kaarten=5))
    # the participant (+sessie, werking, stamp), the combinatie, its partners, partners, bollen
    with django_assert_num_queries(5):
        sofie.client.get(sofie.url(doel))


def test_it_renders_the_network_in_constant_queries(sofie, django_assert_num_queries) -> None:
    breid_uit(sofie, 1)
    blijft_gelijk(sofie, "netwerk/", lambda: breid_uit(sofie, 2, kaarten=5))
    # the participant (+sessie, werking, ETag stamp), partners (+gemeente, categorie, werking),
    # recently removed partners, names
    with django_assert_num_queries(4):
        sofie.client.get(sofie.url("netwerk/"))
