"""Counts shown to participants and to the facilitator say "1 partnerkaart" and "2
partnerkaarten", never "1 partnerkaarten"."""

import html
import re

import pytest
from django.test import Client

from partnerkaarten.models import Combinatie
from partnerkaarten.services import nieuwe_partnerkaart, zet_op_kaart
from werking.services import voeg_kenmerk_toe

from .conftest import maak_partner

pytestmark = pytest.mark.django_db


def zichtbaar(response) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


@pytest.fixture
def een_van_elk(sofie, gemeente, categorie):
    """One sterkte, one beperking, one card with one partner, one bol, one combination, one
    partner on the final list."""
    werking = sofie.werking
    sterkte = voeg_kenmerk_toe(werking, "sterkte", "Een grote leeszaal.", None)
    voeg_kenmerk_toe(werking, "beperking", "Weinig jongeren.", None)
    kaart = nieuwe_partnerkaart(werking, sterkte, False)
    partner = maak_partner(werking, "Sportclub Gooik", gemeente("Pajottegem"), categorie("Sport"))
    zet_op_kaart(kaart, partner)
    # A combination being made: its second partner not chosen yet.
    Combinatie.objects.create(werking=werking, titel="Sport en lezen").partners.set([partner])
    partner.behouden = True
    partner.save()
    return werking


def test_the_klaar_page_says_one_in_the_singular(sofie, een_van_elk) -> None:
    inhoud = zichtbaar(sofie.client.get(sofie.url("klaar/")))
    assert "1 sterkte en 1 beperking" in inhoud
    assert "1 partnerkaart met 1 partner, waarvan" in inhoud
    assert "1 bol (gemeente) in jullie bollenschema" in inhoud
    assert "1 combinatie, waarvan 0 om mee verder te gaan" in inhoud
    assert '1 partner op jullie lijst "Bouw je netwerk uit"' in inhoud
    assert not re.search(
        r"\b1 (sterktes|beperkingen|partnerkaarten|partners|bollen|combinaties)\b", inhoud
    )


def test_the_klaar_page_says_none_in_the_plural(sofie) -> None:
    inhoud = zichtbaar(sofie.client.get(sofie.url("klaar/")))
    assert "0 sterktes en 0 beperkingen" in inhoud
    assert "0 partnerkaarten met 0 partners" in inhoud
    assert "0 combinaties" in inhoud


def test_the_facilitators_pages_say_one_in_the_singular(
    sofie, een_van_elk, begeleider, gemeente
) -> None:
    from tests.conftest import Deelname

    dubbel = Deelname(
        sofie.sessie, "Karim", nieuwe_werking_naam="Bib Pajottegem", gemeente=gemeente("Pajottegem")
    )
    client = Client()
    client.force_login(begeleider)
    code = sofie.sessie.code
    dashboard = zichtbaar(client.get(f"/sessies/{code}/"))
    assert "1 sterkte · 1 beperking" in dashboard
    assert "1 partnerkaart, 0 met een idee" in dashboard
    assert "1 partner behouden" in dashboard
    # Merging the double werking says what moves, in the singular where it is one.
    samen = client.get(
        f"/sessies/{code}/opruimen/samenvoegen/",
        {"doel": dubbel.werking.pk, "bron": sofie.werking.pk},
    )
    assert re.findall(r"<li>([^<]*)</li>", samen.content.decode()) == [
        "1 deelnemer",
        "2 sterktes en beperkingen",
        "1 partner",
        "1 partnerkaart",
        "1 combinatie",
    ]
