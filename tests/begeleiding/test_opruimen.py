"""Tidying the room: merging an organisation created twice ("CC Mol" and "cc mol"), removing a
participant and hiding an entry from the wall; always after asking, always undoable."""

import html

import pytest
from django.test import Client

from begeleiding.models import Opruiming
from partnerkaarten.models import Bol, Combinatie, Idee, Partnerkaart
from partnerkaarten.services import (
    bewaar_combinatie,
    bewaar_partner,
    nieuwe_partnerkaart,
    voeg_idee_toe,
    zet_op_kaart,
)
from sessies.models import Deelnemer
from tests.conftest import Deelname
from werking.models import Werking
from werking.services import voeg_kenmerk_toe

pytestmark = pytest.mark.django_db


def aangemeld(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def vul_in(werking: Werking, gemeente, *, sterkte: str, partner: str, plaats: str) -> dict:
    kenmerk = voeg_kenmerk_toe(werking, "sterkte", sterkte, None)
    p = bewaar_partner(werking, {"naam": partner, "gemeente": gemeente(plaats)})
    eigen = bewaar_partner(
        werking, {"naam": "Gemeentelijke basisschool", "gemeente": werking.gemeente}
    )
    kaart = nieuwe_partnerkaart(werking, kenmerk, bovenlokaal=False)
    zet_op_kaart(kaart, p)
    idee = voeg_idee_toe(kaart, f"Samen met {partner} iets opzetten.")
    combinatie = bewaar_combinatie(werking, [p, eigen], titel=f"Scenario {partner}")
    return {
        "kenmerk": kenmerk,
        "partner": p,
        "eigen": eigen,
        "kaart": kaart,
        "idee": idee,
        "combinatie": combinatie,
    }


@pytest.fixture
def dubbel(sessie, gemeente, begeleider):
    """Lotte made 'CC Mol', Pieter made 'cc mol' (typed in Balen by mistake)."""
    lotte = Deelname(sessie, "Lotte", nieuwe_werking_naam="CC Mol", gemeente=gemeente("Mol"))
    pieter = Deelname(sessie, "Pieter", nieuwe_werking_naam="cc mol", gemeente=gemeente("Balen"))
    lotte.werking.doel = "Cultuur voor heel Mol."
    lotte.werking.save()
    pieter.werking.doel = "Mensen samenbrengen."
    pieter.werking.voor_wie = "Alle inwoners."
    pieter.werking.save()
    a = vul_in(
        lotte.werking, gemeente, sterkte="Een grote zaal.", partner="Academie Geel", plaats="Geel"
    )
    b = vul_in(
        pieter.werking,
        gemeente,
        sterkte="Veel vrijwilligers.",
        partner="Sportdienst Dessel",
        plaats="Dessel",
    )
    return lotte, pieter, a, b


def test_it_asks_before_merging_and_says_what_moves(begeleider, dubbel) -> None:
    lotte, pieter, _, _ = dubbel
    client = aangemeld(begeleider)
    url = f"/sessies/{lotte.sessie.code}/opruimen/samenvoegen/"
    response = client.get(url, {"doel": lotte.werking.pk, "bron": pieter.werking.pk})
    body = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert '"cc mol" samenvoegen met "CC Mol"?' in body
    assert "1 deelnemer<" in body and "2 partners" in body
    # Without confirmation nothing happens.
    client.post(url, {"doel": lotte.werking.pk, "bron": pieter.werking.pk})
    assert Werking.objects.filter(pk=pieter.werking.pk).exists()


def test_it_merges_everything_a_werking_entered_into_the_other(begeleider, dubbel) -> None:
    lotte, pieter, _, b = dubbel
    response = aangemeld(begeleider).post(
        f"/sessies/{lotte.sessie.code}/opruimen/samenvoegen/",
        {"doel": lotte.werking.pk, "bron": pieter.werking.pk, "bevestigd": "ja"},
    )
    assert response.status_code == 302
    doel = Werking.objects.get(pk=lotte.werking.pk)
    assert not Werking.objects.filter(pk=pieter.werking.pk).exists()
    assert set(doel.deelnemers.values_list("naam", flat=True)) == {"Lotte", "Pieter"}
    assert set(doel.kenmerken.values_list("tekst", flat=True)) == {
        "Een grote zaal.",
        "Veel vrijwilligers.",
    }
    # Both named a "Gemeentelijke basisschool", each in their own gemeente: nothing is lost.
    assert doel.partners.count() == 4
    assert Partnerkaart.objects.filter(werking=doel).count() == 2
    assert Idee.objects.filter(partnerkaart__werking=doel).count() == 2
    assert Combinatie.objects.filter(werking=doel).count() == 2
    assert b["kaart"].partners.get() == b["partner"]
    # STAP 1: differing answers one after the other; an empty one takes the other's.
    assert doel.doel == "Cultuur voor heel Mol.\n\nMensen samenbrengen."
    assert doel.voor_wie == "Alle inwoners."
    # The bollen: Dessel, and Balen (the other werking's own gemeente) after Mol's own.
    bollen = [b.gemeente.naam if b.gemeente else None for b in Bol.objects.filter(werking=doel)]
    assert {"Geel", "Dessel", "Balen"} <= set(bollen)
    # Pieter works on in the merged werking.
    assert "Een grote zaal." in pieter.client.get(pieter.url("stap-2/")).content.decode()


def test_it_undoes_a_merge(begeleider, dubbel) -> None:
    lotte, pieter, _, b = dubbel
    client = aangemeld(begeleider)
    code = lotte.sessie.code
    client.post(
        f"/sessies/{code}/opruimen/samenvoegen/",
        {"doel": lotte.werking.pk, "bron": pieter.werking.pk, "bevestigd": "ja"},
    )
    opruiming = Opruiming.objects.get()
    body = html.unescape(client.get(f"/sessies/{code}/opruimen/").content.decode())
    assert '"cc mol" samengevoegd met "CC Mol"' in body and "Ongedaan maken" in body

    response = client.post(f"/sessies/{code}/opruimen/{opruiming.pk}/ongedaan/")

    assert response.status_code == 302
    bron = Werking.objects.get(pk=pieter.werking.pk)
    doel = Werking.objects.get(pk=lotte.werking.pk)
    assert (bron.naam, bron.gemeente.naam, bron.doel) == ("cc mol", "Balen", "Mensen samenbrengen.")
    assert doel.doel == "Cultuur voor heel Mol." and doel.voor_wie == ""
    assert list(bron.deelnemers.values_list("naam", flat=True)) == ["Pieter"]
    assert list(bron.kenmerken.values_list("tekst", flat=True)) == ["Veel vrijwilligers."]
    assert set(bron.partners.values_list("naam", flat=True)) == {
        "Sportdienst Dessel",
        "Gemeentelijke basisschool",
    }
    assert Partnerkaart.objects.get(werking=bron).ideeen.get() == b["idee"]
    assert Combinatie.objects.get(werking=bron) == b["combinatie"]
    assert [x.gemeente.naam for x in Bol.objects.filter(werking=bron)] == ["Dessel"]
    assert [x.gemeente.naam for x in Bol.objects.filter(werking=doel)] == ["Geel"]
    assert doel.partners.count() == 2
    # Pieter's browser works again in the old werking; a second undo is refused.
    assert "Veel vrijwilligers." in pieter.client.get(pieter.url("stap-2/")).content.decode()
    client.post(f"/sessies/{code}/opruimen/{opruiming.pk}/ongedaan/")
    assert Werking.objects.filter(sessie=lotte.sessie).count() == 2


def test_it_refuses_to_merge_a_werking_with_itself_in_dutch(begeleider, dubbel) -> None:
    lotte, _, _, _ = dubbel
    response = aangemeld(begeleider).post(
        f"/sessies/{lotte.sessie.code}/opruimen/samenvoegen/",
        {"doel": lotte.werking.pk, "bron": lotte.werking.pk, "bevestigd": "ja"},
    )
    assert response.status_code == 400
    assert "Kies twee verschillende werkingen." in html.unescape(response.content.decode())


def test_it_refuses_a_werking_of_another_session(begeleider, dubbel, kempen) -> None:
    lotte, _, _, _ = dubbel
    response = aangemeld(begeleider).post(
        f"/sessies/{lotte.sessie.code}/opruimen/samenvoegen/",
        {"doel": lotte.werking.pk, "bron": kempen.werking.pk, "bevestigd": "ja"},
    )
    assert response.status_code == 400
    assert Werking.objects.filter(pk=kempen.werking.pk).exists()


def test_it_removes_a_participant_after_asking_and_keeps_their_work(
    begeleider, sofie, karim, kenmerken
) -> None:
    client = aangemeld(begeleider)
    url = f"/sessies/{sofie.sessie.code}/opruimen/deelnemer/{karim.deelnemer.pk}/verwijderen/"
    assert "Karim verwijderen?" in client.get(url).content.decode()
    assert Deelnemer.objects.filter(pk=karim.deelnemer.pk).exists()

    client.post(url)

    assert not Deelnemer.objects.filter(pk=karim.deelnemer.pk).exists()
    assert karim.client.get(karim.url("stap-2/")).status_code == 302  # back to joining
    assert sofie.werking.kenmerken.count() == 4

    opruiming = Opruiming.objects.get()
    client.post(f"/sessies/{sofie.sessie.code}/opruimen/{opruiming.pk}/ongedaan/")
    assert karim.client.get(karim.url("stap-2/")).status_code == 200


def test_it_hides_an_entry_from_the_wall_and_shows_it_again(begeleider, sofie, kenmerken) -> None:
    client = aangemeld(begeleider)
    code = sofie.sessie.code
    kenmerk = kenmerken[1]
    client.post(f"/sessies/{code}/muur/{kenmerk.pk}/verbergen/", {"verborgen": "ja"})
    kenmerk.refresh_from_db()
    assert kenmerk.verborgen
    sofie.sessie.fase = "stap2"
    sofie.sessie.save()
    assert kenmerk.tekst not in html.unescape(
        client.get(f"/sessies/{code}/scherm/").content.decode()
    )
    # Participants keep it.
    assert kenmerk.tekst in html.unescape(sofie.client.get(sofie.url("stap-2/")).content.decode())
    client.post(f"/sessies/{code}/muur/{kenmerk.pk}/verbergen/", {"verborgen": "nee"})
    kenmerk.refresh_from_db()
    assert not kenmerk.verborgen


def test_it_shows_the_tidying_page_in_a_constant_number_of_queries(
    begeleider, sessie, gemeente, django_assert_num_queries
) -> None:
    client = aangemeld(begeleider)
    url = f"/sessies/{sessie.code}/opruimen/"
    Deelname(sessie, "Eerste", nieuwe_werking_naam="Werking 0", gemeente=gemeente("Halle"))
    # 1 browser session, 2 user, 3 the session, 4-5 the merge form's two choices,
    # 6 the undo list, 7 the werkingen with their gemeente, 8 participants, 9 kenmerken.
    with django_assert_num_queries(9):
        client.get(url)
    for i in range(1, 12):
        d = Deelname(
            sessie, f"Deelnemer {i}", nieuwe_werking_naam=f"Werking {i}", gemeente=gemeente("Halle")
        )
        voeg_kenmerk_toe(d.werking, "sterkte", "Iets", None)
    with django_assert_num_queries(9):
        client.get(url)
