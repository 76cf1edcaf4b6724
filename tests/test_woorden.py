"""One word per idea wherever participants look: "workshop" (not "sessie"), "bewaren/bewaard"
(not "opslaan/opgeslagen"), "rapport" (not "verslag"), "combinatie" (not "scenario": the kit
asks "Met welke combinaties ga je straks verder aan de slag?"). The README's glossary lists
them."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from inspiratie.models import Categorie
from tests.partnerkaarten.conftest import maak_kaart, maak_partner, tekst

VERBODEN = {
    "sessie": "workshop",
    "opgeslagen": "bewaard",
    "opslaan": "bewaren",
    "verslag": "rapport",
    "scenario": "combinatie",
}


def zichtbaar(html: str) -> str:
    """Text a participant reads or hears: no tags, scripts or attribute values except the
    ones read aloud (aria-label, placeholder, title)."""
    html = re.sub(r"<script.*?</script>", " ", html, flags=re.S)
    gelezen = " ".join(re.findall(r'(?:aria-label|placeholder|title)="([^"]*)"', html))
    return (re.sub(r"<[^>]+>", " ", html) + " " + gelezen).lower()


def verboden_in(tekst_: str) -> list[str]:
    return [woord for woord in VERBODEN if re.search(rf"\b{woord}", tekst_)]


@pytest.fixture
def paginas(sofie, kenmerken, gemeente) -> list[str]:
    kaart = maak_kaart(sofie.werking, kenmerken[2])
    tewerkstelling = Categorie.kit.get(naam="Tewerkstelling")
    partner = maak_partner(sofie.werking, "VDAB Halle", gemeente("Halle"), tewerkstelling)
    return [
        "",
        "stap-1/",
        "stap-2/",
        "stap-3/",
        f"stap-3/{kaart.pk}/",
        f"stap-3/{kaart.pk}/verwijder/",
        f"partners/{partner.pk}/",
        "bollen/",
        "combinaties/",
        "netwerk/",
        "inspiratie/",
        "klaar/",
    ]


def test_participants_see_one_word_per_idea(sofie, paginas) -> None:
    for pad in paginas:
        response = sofie.client.get(sofie.url(pad), follow=True)
        assert response.status_code == 200, pad
        assert verboden_in(zichtbaar(tekst(response))) == [], pad


def test_the_join_and_home_pages_say_workshop_too(sessie) -> None:
    for url in ("/", f"/doe-mee/{sessie.code}/"):
        assert verboden_in(zichtbaar(tekst(Client().get(url)))) == [], url


def test_the_messages_of_the_autosave_script_use_the_same_words() -> None:
    script = (Path(settings.BASE_DIR) / "static" / "js" / "autosave.js").read_text()
    teksten = " ".join(re.findall(r'"([^"]*\s[^"]*)"', script)).lower()
    assert verboden_in(teksten) == []


def test_the_readme_has_the_glossary() -> None:
    readme = (Path(settings.BASE_DIR) / "README.md").read_text()
    assert "## Woordenlijst" in readme
    for woord in VERBODEN.values():
        assert woord in readme.split("## Woordenlijst")[1].lower()


def test_facilitators_and_the_report_say_combinatie_too(
    begeleider, sessie, sofie, tmp_path
) -> None:
    """The facilitator's own word is "sessie"; for the combinations he reads the kit's word."""
    from rapport.services import maak_rapport
    from tests.rapport.conftest import pdf_tekst

    client = Client()
    client.force_login(begeleider)
    for pad in ("", "bollenschema/", "opruimen/", f"werking/{sofie.werking.pk}/"):
        response = client.get(f"/sessies/{sessie.code}/{pad}")
        assert response.status_code == 200, pad
        assert "scenario" not in zichtbaar(tekst(response)), pad
    for werking_id in (None, sofie.werking.pk):
        assert "scenario" not in pdf_tekst(maak_rapport(sessie, werking_id), tmp_path).lower()


def test_the_room_report_speaks_plain_dutch(sofie, klinker, gemeente, tmp_path) -> None:
    from rapport.services import maak_rapport
    from tests.rapport.conftest import enkel, pdf_tekst

    for deelname in (sofie, klinker):
        maak_partner(deelname.werking, "Academie Lennik", gemeente("Lennik"), None)
    tekst_ = enkel(pdf_tekst(maak_rapport(sofie.werking.sessie), tmp_path))
    assert "Partners die door meer dan één organisatie genoemd werden" in tekst_
    assert "organisatie noemde" not in tekst_
    # Blind spots as the pages show the kit's open categories, never "Andere, Andere 2".
    andere = Categorie.kit.get(naam="Andere")
    assert andere.weergave in tekst_
    assert "Andere 2" not in tekst_


def test_the_facilitator_pages_agree_and_quote_like_the_rest(begeleider, sessie, sofie) -> None:
    client = Client()
    client.force_login(begeleider)
    opruimen = zichtbaar(tekst(client.get(f"/sessies/{sessie.code}/opruimen/")))
    assert "vragen eerst om bevestiging en kunnen hieronder ongedaan gemaakt worden" in opruimen
    for pad in ("verwijderen/",):
        pagina = tekst(client.get(f"/sessies/{sessie.code}/{pad}"))
        assert f'"{sessie.titel}"' in pagina and f"'{sessie.titel}'" not in pagina


def test_a_limitation_card_speaks_to_one_person_as_the_kit_does(sofie, kenmerken) -> None:
    beperking = next(k for k in kenmerken if k.soort == "beperking")
    kaart = maak_kaart(sofie.werking, beperking)
    pagina = tekst(sofie.client.get(sofie.url(f"stap-3/{kaart.pk}/")))
    assert "Wie kan jou hierbij helpen?" in pagina
    assert "kan ons hierbij" not in pagina


def test_the_join_page_says_where_the_werking_is_described(sessie) -> None:
    pagina = zichtbaar(tekst(Client().get(f"/doe-mee/{sessie.code}/")))
    assert "wie ben je? waar werk je? beschrijf jullie werking." in pagina
    assert "dat doe je in twee keer: hier je naam en je organisatie, daarna in stap 1" in pagina


@pytest.mark.django_db
def test_django_speaks_dutch_whatever_language_the_browser_asks_for(client) -> None:
    # The app has one language: no LocaleMiddleware picks another per request (it cost every
    # request its header parsing), so Django's own texts stay Dutch for an English browser.
    response = client.get("/beheer/login/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    body = response.content.decode()
    assert response.status_code == 200
    assert "Gebruikersnaam" in body and "Wachtwoord" in body
    assert "Username" not in body
