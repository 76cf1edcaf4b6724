"""The kit's own words on screen, word for word (../shared/method/werkwijze-original.txt)."""

import re

from django.test import Client

from tests.partnerkaarten.conftest import maak_kaart, tekst, zonder_tags

STAP2_STERKTES = (
    "Bv: we hebben een groot podium, we hebben ervaring met bepaalde methodieken, we bereiken "
    "een specifieke doelgroep, we beschikken over een unieke kennis ..."
)
STAP2_BEPERKINGEN = (
    "Bv: onze doelgroepen zijn beperkt, ons programmatiebudget kan de zaal niet vullen, we "
    "komen te weinig vernieuwend uit de hoek,..."
)
STAP3_INTRO = (
    "Start een denkoefening vanuit een beperking/frustratie, als aanleiding om een samenwerking "
    "aan te gaan met andere organisaties. Hoe kan een verbinding met andere organisaties voor "
    "oplossingen en meerwaarde zorgen? Een tweede denkoefening vertrekt vanuit de sterktes: Wat "
    "heb jij te bieden aan partners of bepaalde situaties?"
)
OVER_DE_GRENZEN = (
    "Ga op zoek naar verschillende mogelijke partners en denk over je gemeentegrenzen en over "
    "disciplines heen."
)


def zichtbaar(response) -> str:
    """What a reader sees: the main content without tags, whitespace folded."""
    body = tekst(response)
    main = re.search(r"<main.*?</main>", body, re.S).group(0)
    return zonder_tags(main)


def test_stap2_shows_the_kits_instruction_and_all_seven_examples(sofie) -> None:
    body = zichtbaar(sofie.client.get(sofie.url("stap-2/")))
    assert "Noteer zoveel mogelijk sterktes van de eigen organisatie." in body
    assert "Doe hetzelfde voor beperkingen, frustraties, zwaktes." in body
    assert STAP2_STERKTES in body
    assert STAP2_BEPERKINGEN in body
    assert "grote zaal" not in body and "innovatief" not in body
    assert "Waar is onze werking sterk in?" in body
    assert "Welke frustraties leven er?" in body


def test_stap1_describes_the_werking_in_the_kits_words(sofie) -> None:
    body = zichtbaar(sofie.client.get(sofie.url("stap-1/")))
    assert (
        "Omschrijf bondig de eigen reguliere werking. Uit wat bestaat je dagelijkse werking? "
        "Welk doel heb je daarbij voor ogen? En voor wie doe je het? Iemand die je werking niet "
        "kent, moet het begrijpen via die enkele zinnen."
    ) in body


def test_stap3_opens_with_the_kits_whole_introduction(sofie) -> None:
    body = zichtbaar(sofie.client.get(sofie.url("stap-3/")))
    assert STAP3_INTRO in body
    assert "Hoe kan een verbinding met andere organisaties voor oplossingen en meerwaarde" in body
    assert "Wat heb jij te bieden aan partners of bepaalde situaties?" in body
    assert "Om partners op te sporen, maak je gebruik van de partnerkaarten en van de" in body


def test_both_cards_keep_the_kits_call_to_think_across_borders(sofie, kenmerken) -> None:
    for kenmerk in kenmerken[1:3]:  # a sterkte and a beperking
        kaart = maak_kaart(sofie.werking, kenmerk)
        body = zichtbaar(sofie.client.get(sofie.url(f"stap-3/{kaart.pk}/")))
        assert OVER_DE_GRENZEN in body
    sterkte_kaart = maak_kaart(sofie.werking, kenmerken[0])
    body = zichtbaar(sofie.client.get(sofie.url(f"stap-3/{sterkte_kaart.pk}/")))
    assert "Noteer werkingen die hier gebruik van kunnen maken." in body


def test_the_join_page_opens_with_the_kits_questions(sessie) -> None:
    body = zichtbaar(Client().get(f"/doe-mee/{sessie.code}/"))
    assert "Wie ben je? Waar werk je? Beschrijf jullie werking." in body
