"""An inspiratielijst that grows: a page of its own reachable from every step of STAP 3,
examples that fill a new partner in one click, local examples and extra categories from the
facilitator, and examples participants propose (their werking sees them at once, the room once
the facilitator accepts). The kit's own list never changes."""

import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client

from inspiratie.models import Categorie, LokaalVoorbeeld
from partnerkaarten.models import Partner
from tests.conftest import Deelname
from tests.partnerkaarten.conftest import maak_kaart, tekst, zonder_tags

STAP3_PAGINAS = ["stap-3/", "bollen/", "combinaties/", "netwerk/"]


def aangemeld(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def kit_lijst() -> list[tuple]:
    return list(Categorie.kit.values_list("pk", "naam", "soort", "voorbeelden", "open_einde"))


@pytest.fixture
def boesdaalhoeve_voorbeeld(sessie, categorie, gemeente) -> LokaalVoorbeeld:
    response = aangemeld(sessie.eigenaar).post(
        f"/sessies/{sessie.code}/inspiratie/",
        {
            "naam": "GC De Boesdaalhoeve",
            "categorie": categorie("Lokaal cultuurbeleid").pk,
            "gemeente": "Sint-Genesius-Rode",
        },
    )
    assert response.status_code == 302
    return LokaalVoorbeeld.objects.get(naam="GC De Boesdaalhoeve")


def test_it_has_a_page_of_its_own_with_the_kits_question(sofie) -> None:
    response = sofie.client.get(sofie.url("inspiratie/"))
    assert response.status_code == 200
    body = tekst(response)
    assert "Bij wie kan je terecht? Met wie kan je samenwerken?" in body
    assert "sportwerk Vlaanderen" in body
    assert "kunstonderwijs" in body


@pytest.mark.parametrize("pad", STAP3_PAGINAS)
def test_every_step_of_stap3_links_to_it(sofie, pad) -> None:
    body = tekst(sofie.client.get(sofie.url(pad)))
    assert f'href="/doe-mee/{sofie.sessie.code}/inspiratie/' in body


def test_a_card_links_to_it_and_back(sofie, kenmerken) -> None:
    kaart = maak_kaart(sofie.werking, kenmerken[2])
    body = tekst(sofie.client.get(sofie.url(f"stap-3/{kaart.pk}/")))
    assert f"inspiratie/?kaart={kaart.pk}" in body
    pagina = tekst(sofie.client.get(sofie.url(f"inspiratie/?kaart={kaart.pk}")))
    # From a card, an example fills a new partner on that card.
    assert f"/stap-3/{kaart.pk}/?naam=sportwerk%20Vlaanderen&categorie=" in pagina


def test_clicking_an_example_on_a_card_fills_a_new_partner(sofie, kenmerken, categorie) -> None:
    kaart = maak_kaart(sofie.werking, kenmerken[2])
    sport = categorie("Sport")
    body = tekst(sofie.client.get(sofie.url(f"stap-3/{kaart.pk}/")))
    link = f"/stap-3/{kaart.pk}/?naam=sportwerk%20Vlaanderen&categorie={sport.pk}#nieuwe-partner"
    assert link in body
    ingevuld = tekst(
        sofie.client.get(
            sofie.url(f"stap-3/{kaart.pk}/?naam=sportwerk Vlaanderen&categorie={sport.pk}")
        )
    )
    assert '<details class="nieuwe-partner" id="nieuwe-partner" open>' in ingevuld
    assert 'name="naam" value="sportwerk Vlaanderen"' in ingevuld
    assert re.search(rf'name="categorie" value="{sport.pk}"[^>]*checked', ingevuld)


def test_an_example_without_a_card_fills_a_new_actor_in_the_bollenschema(sofie, categorie) -> None:
    body = tekst(sofie.client.get(sofie.url("inspiratie/")))
    assert "/bollen/?naam=sportwerk%20Vlaanderen&categorie=" in body
    sport = categorie("Sport")
    ingevuld = tekst(sofie.client.get(sofie.url(f"bollen/?naam=VDAB&categorie={sport.pk}")))
    assert 'name="naam" value="VDAB"' in ingevuld


def test_it_does_not_aim_at_another_werkings_card(sofie, klinker) -> None:
    from werking.models import Kenmerk

    kenmerk = Kenmerk.objects.create(werking=klinker.werking, soort="sterkte", tekst="Een podium")
    vreemde = maak_kaart(klinker.werking, kenmerk)
    body = tekst(sofie.client.get(sofie.url(f"inspiratie/?kaart={vreemde.pk}")))
    assert f"/stap-3/{vreemde.pk}/" not in body
    assert "Een podium" not in body


def test_the_kits_open_endings_are_shown(sofie) -> None:
    body = tekst(sofie.client.get(sofie.url("inspiratie/")))
    assert '<li class="open-einde" aria-label="en meer">…</li>' in body


def test_a_proposal_shows_for_the_own_werking_at_once_and_for_the_room_once_accepted(
    sofie, klinker, categorie, gemeente
) -> None:
    before = kit_lijst()
    response = sofie.client.post(
        sofie.url("inspiratie/voorstel/"),
        {
            "naam": "Circusatelier Woesh",
            "categorie": categorie("Circuskunsten").pk,
            "gemeente": "Lennik",
        },
    )
    assert response.status_code == 302
    voorbeeld = LokaalVoorbeeld.objects.get(naam="Circusatelier Woesh")
    assert voorbeeld.aanvaard is False and voorbeeld.voorgesteld_door == sofie.werking
    assert "Circusatelier Woesh" in tekst(sofie.client.get(sofie.url("inspiratie/")))
    assert "Circusatelier Woesh" not in tekst(klinker.client.get(klinker.url("inspiratie/")))

    # The facilitator sees the proposal and accepts it.
    begeleider = aangemeld(sofie.sessie.eigenaar)
    pagina = tekst(begeleider.get(f"/sessies/{sofie.sessie.code}/inspiratie/"))
    assert "Circusatelier Woesh" in pagina and "voorgesteld door Bibliotheek Pajottegem" in pagina
    response = begeleider.post(f"/sessies/{sofie.sessie.code}/inspiratie/{voorbeeld.pk}/aanvaard/")
    assert response.status_code == 302
    body = tekst(klinker.client.get(klinker.url("inspiratie/")))
    assert "Circusatelier Woesh" in body
    # One click fills a new partner with its name, categorie and gemeente.
    assert "?naam=Circusatelier%20Woesh&categorie=" in body
    assert "&gemeente=Lennik#nieuwe-actor" in body
    assert kit_lijst() == before


def test_the_facilitator_adds_local_examples_and_categories(
    sofie, klinker, boesdaalhoeve_voorbeeld
) -> None:
    before = kit_lijst()
    assert boesdaalhoeve_voorbeeld.aanvaard
    assert "GC De Boesdaalhoeve" in tekst(klinker.client.get(klinker.url("inspiratie/")))
    begeleider = aangemeld(sofie.sessie.eigenaar)
    response = begeleider.post(
        f"/sessies/{sofie.sessie.code}/inspiratie/categorie/",
        {"naam": "Landbouw", "soort": "niet_cultureel"},
    )
    assert response.status_code == 302
    landbouw = Categorie.objects.get(naam="Landbouw")
    assert landbouw.sessie == sofie.sessie
    # Participants pick it for a partner like any other categorie.
    body = tekst(sofie.client.get(sofie.url("bollen/")))
    assert f'name="categorie" value="{landbouw.pk}"' in body
    response = sofie.client.post(
        sofie.url("bollen/actor/"),
        {"naam": "Boerenbond Pajottenland", "gemeente": "Pajottegem", "categorie": landbouw.pk},
    )
    assert response.status_code == 302
    assert Partner.objects.get(naam="Boerenbond Pajottenland").categorie == landbouw
    assert kit_lijst() == before


def test_another_sessions_categories_and_examples_stay_there(
    sofie, kempen, andere_begeleider, categorie
) -> None:
    aangemeld(andere_begeleider).post(
        f"/sessies/{kempen.sessie.code}/inspiratie/categorie/",
        {"naam": "Landbouw", "soort": "niet_cultureel"},
    )
    aangemeld(andere_begeleider).post(
        f"/sessies/{kempen.sessie.code}/inspiratie/",
        {"naam": "De Warande", "categorie": categorie("Lokaal cultuurbeleid").pk},
    )
    body = tekst(sofie.client.get(sofie.url("inspiratie/")))
    assert "Landbouw" not in body and "De Warande" not in body
    landbouw = Categorie.objects.get(naam="Landbouw")
    response = sofie.client.post(
        sofie.url("bollen/actor/"),
        {"naam": "Hoeve", "gemeente": "Pajottegem", "categorie": landbouw.pk, "cultureel": "nee"},
    )
    assert response.status_code == 400
    assert not Partner.objects.filter(naam="Hoeve").exists()


def test_it_refuses_a_proposal_without_a_name_in_dutch(sofie, categorie) -> None:
    response = sofie.client.post(
        sofie.url("inspiratie/voorstel/"), {"naam": "", "categorie": categorie("Sport").pk}
    )
    assert response.status_code == 400
    assert "Geef de naam van de organisatie." in tekst(response)
    assert not LokaalVoorbeeld.objects.exists()


def test_the_kits_list_in_the_fixture_is_untouched_by_a_workshop() -> None:
    rijen = json.loads((Path(settings.BASE_DIR) / "fixtures" / "inspiratie.json").read_text())
    assert all("sessie" not in r["fields"] for r in rijen)


# Access: the facilitator's page belongs to the session's own facilitator.

FACILITATOR_URLS = [
    ("get", "/sessies/{code}/inspiratie/"),
    ("post", "/sessies/{code}/inspiratie/"),
    ("post", "/sessies/{code}/inspiratie/categorie/"),
    ("post", "/sessies/{code}/inspiratie/{pk}/aanvaard/"),
    ("post", "/sessies/{code}/inspiratie/{pk}/weg/"),
]


@pytest.mark.parametrize(("methode", "pad"), FACILITATOR_URLS)
def test_only_the_own_facilitator_reaches_the_sessions_inspiratielijst(
    sessie, andere_begeleider, boesdaalhoeve_voorbeeld, methode, pad
) -> None:
    url = pad.format(code=sessie.code, pk=boesdaalhoeve_voorbeeld.pk)
    andere = aangemeld(andere_begeleider)
    assert getattr(andere, methode)(url).status_code == 404
    sessie.coordinatoren.add(andere_begeleider)  # a coordinator reads, but does not change it
    assert getattr(andere, methode)(url).status_code == 404
    anoniem = getattr(Client(), methode)(url)
    assert anoniem.status_code == 302 and "/aanmelden/" in anoniem["Location"]


def test_an_example_of_another_session_answers_404(sessie, kempen, andere_begeleider, categorie):
    vreemd = LokaalVoorbeeld.objects.create(
        sessie=kempen.sessie, categorie=categorie("Sport"), naam="Sportclub Geel", aanvaard=False
    )
    eigen = aangemeld(sessie.eigenaar)
    for actie in ("aanvaard", "weg"):
        assert (
            eigen.post(f"/sessies/{sessie.code}/inspiratie/{vreemd.pk}/{actie}/").status_code == 404
        )
    vreemd.refresh_from_db()
    assert vreemd.aanvaard is False


def test_a_participant_of_another_session_cannot_propose_here(sofie, kempen, categorie) -> None:
    response = kempen.client.post(
        f"/doe-mee/{sofie.sessie.code}/inspiratie/voorstel/",
        {"naam": "Sluiproute", "categorie": categorie("Sport").pk},
    )
    assert response.status_code == 404
    assert not LokaalVoorbeeld.objects.exists()


# Query counts: the lists must not grow with the data.


def test_the_participants_page_renders_in_constant_queries(
    sofie, sessie, categorie, django_assert_num_queries
) -> None:
    for i in range(12):
        LokaalVoorbeeld.objects.create(
            sessie=sessie, categorie=categorie("Sport"), naam=f"Sportclub {i}", aanvaard=True
        )
    # the participant (+sessie, werking, gemeente, the live ETag's stamp), the categories
    # (also those of the proposal form), the local examples (+gemeente, categorie)
    with django_assert_num_queries(3):
        assert sofie.client.get(sofie.url("inspiratie/")).status_code == 200


def test_the_facilitators_page_renders_in_constant_queries(
    sessie, categorie, gemeente, django_assert_num_queries
) -> None:
    werking = Deelname(
        sessie, "Lies", nieuwe_werking_naam="Jeugdhuis Wip", gemeente=gemeente("Halle")
    )
    for i in range(12):
        LokaalVoorbeeld.objects.create(
            sessie=sessie,
            categorie=categorie("Sport"),
            naam=f"Sportclub {i}",
            gemeente=gemeente("Halle"),
            voorgesteld_door=werking.werking,
        )
    client = aangemeld(sessie.eigenaar)
    # session row, user, sessie, the examples (+categorie, gemeente, werking), the extra
    # categories, the categories of the form
    with django_assert_num_queries(6):
        response = client.get(f"/sessies/{sessie.code}/inspiratie/")
    assert response.status_code == 200
    assert zonder_tags(tekst(response)).count("voorgesteld door Jeugdhuis Wip") == 12
