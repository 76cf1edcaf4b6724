"""Personas and realistic data shared by the whole suite.

An (begeleider) runs the workshop "Netwerkdag Pajottenland"; Sofie and Karim work for the
library of Pajottegem; Jeugdhuis De Klinker from Lennik is another organisation in the same
session; Bert runs another session elsewhere.
"""

import datetime
import os

import pytest
from django.contrib.auth.models import Permission, User
from django.core.management import call_command
from django.test import Client

from inspiratie.models import Categorie
from partnerkaarten.services import bewaar_combinatie, nieuwe_partnerkaart, voeg_idee_toe
from sessies.models import Sessie
from sessies.services import geef_code_uit
from werking.models import Gemeente, Kenmerk, Werking
from werking.services import doe_mee

from .partnerkaarten.conftest import maak_partner


def laad_referentiedata() -> None:
    if not Gemeente.objects.exists():
        call_command("loaddata", "gemeenten", "inspiratie", verbosity=0)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker) -> None:
    # Once per run; tests roll back around it. Browser tests (transactional) flush the
    # tables afterwards, so `referentiedata` loads it again when it is gone.
    with django_db_blocker.unblock():
        # The throttling counters live in the database cache, as in production.
        call_command("createcachetable", verbosity=0)
        laad_referentiedata()


@pytest.fixture
def referentiedata(db) -> None:
    laad_referentiedata()


@pytest.fixture(autouse=True)
def snelle_wachtwoorden(settings) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def gemeente(referentiedata):
    def vind(naam: str) -> Gemeente:
        return Gemeente.objects.get(naam=naam)

    return vind


def maak_begeleider(username: str, voornaam: str) -> User:
    """A facilitator account, with the right to run sessions (a coordinator has none)."""
    user = User.objects.create_user(username, password="workshop-2026!", first_name=voornaam)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="begeleiding", codename="begeleider")
    )
    return user


@pytest.fixture
def begeleider(db) -> User:
    return maak_begeleider("an", "An")


@pytest.fixture
def andere_begeleider(db) -> User:
    return maak_begeleider("bert", "Bert")


@pytest.fixture
def coordinator(db) -> User:
    """Mieke of the region's cultural cooperation: reads sessions she is invited to."""
    return User.objects.create_user("mieke", password="workshop-2026!", first_name="Mieke")


def maak_sessie(eigenaar: User, titel: str, **extra) -> Sessie:
    return Sessie.objects.create(
        titel=titel,
        datum=datetime.date(2026, 11, 26),
        plaats=extra.pop("plaats", "CC De Moelie, Lennik"),
        eigenaar=eigenaar,
        code=geef_code_uit(),
        **extra,
    )


@pytest.fixture
def sessie(begeleider, referentiedata) -> Sessie:
    return maak_sessie(begeleider, "Netwerkdag Pajottenland")


@pytest.fixture
def andere_sessie(andere_begeleider, referentiedata) -> Sessie:
    return maak_sessie(andere_begeleider, "Cultuurregio Kempen", plaats="Geel")


class Deelname:
    """A participant and the browser (test client) that holds their token."""

    def __init__(self, sessie: Sessie, naam: str, **kwargs) -> None:
        self.deelnemer, self.token = doe_mee(sessie, naam, **kwargs)
        self.werking: Werking = self.deelnemer.werking
        self.sessie = sessie
        self.client = Client()
        self.client.post("/verder/", {"token": self.token})

    def url(self, pad: str = "") -> str:
        return f"/doe-mee/{self.sessie.code}/{pad}"


@pytest.fixture
def sofie(sessie, gemeente) -> Deelname:
    return Deelname(
        sessie,
        "Sofie",
        nieuwe_werking_naam="Bibliotheek Pajottegem",
        gemeente=gemeente("Pajottegem"),
    )


@pytest.fixture
def karim(sofie) -> Deelname:
    return Deelname(sofie.sessie, "Karim", werking=sofie.werking)


@pytest.fixture
def klinker(sessie, gemeente) -> Deelname:
    return Deelname(
        sessie, "Jonas", nieuwe_werking_naam="Jeugdhuis De Klinker", gemeente=gemeente("Lennik")
    )


@pytest.fixture
def kempen(andere_sessie, gemeente) -> Deelname:
    return Deelname(
        andere_sessie, "Lotte", nieuwe_werking_naam="CC De Werft", gemeente=gemeente("Geel")
    )


@pytest.fixture
def kenmerken(sofie) -> list[Kenmerk]:
    werking = sofie.werking
    teksten = [
        (Kenmerk.Soort.STERKTE, "We hebben een grote, goed uitgeruste leeszaal."),
        (Kenmerk.Soort.STERKTE, "We bereiken veel jonge gezinnen via de voorleesuurtjes."),
        (Kenmerk.Soort.BEPERKING, "We bereiken weinig jongeren tussen 14 en 20."),
        (Kenmerk.Soort.BEPERKING, "Ons programmabudget is klein."),
    ]
    return [
        Kenmerk.objects.create(werking=werking, soort=soort, tekst=tekst, volgorde=i)
        for i, (soort, tekst) in enumerate(teksten, start=1)
    ]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    return {
        **browser_type_launch_args,
        "executable_path": os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    }


@pytest.fixture
def werk(sofie, karim, gemeente, categorie) -> dict:
    """Bibliotheek Pajottegem, halfway STAP 3: two sterktes, a beperking, a card with a partner
    and an idea, a card without idea, a combination, partners on the final list."""
    w = sofie.werking
    sterkte = Kenmerk.objects.create(werking=w, soort="sterkte", tekst="Grote leeszaal", volgorde=1)
    Kenmerk.objects.create(werking=w, soort="sterkte", tekst="Voorleesuurtjes", volgorde=2)
    beperking = Kenmerk.objects.create(
        werking=w, soort="beperking", tekst="Weinig jongeren", volgorde=1
    )
    kaart = nieuwe_partnerkaart(w, beperking, False)
    tweede = nieuwe_partnerkaart(w, sterkte, False)
    eigen = maak_partner(w, "GC De Boesdaalhoeve", gemeente("Pajottegem"), categorie("Kunsten"))
    buiten = maak_partner(w, "Woonzorgcentrum Ter Bruggen", gemeente("Ninove"), None)
    regio = maak_partner(w, "Erfgoedcel Pajottenland", None, categorie("Erfgoed"), behouden=True)
    kaart.partners.add(eigen, buiten)
    idee = voeg_idee_toe(kaart, "Samen een jongerenavond")
    combinatie = bewaar_combinatie(w, [eigen, buiten], titel="Verhalen")
    return {
        "sterkte": sterkte,
        "beperking": beperking,
        "kaart": kaart,
        "tweede": tweede,
        "eigen": eigen,
        "buiten": buiten,
        "regio": regio,
        "idee": idee,
        "combinatie": combinatie,
    }


@pytest.fixture
def categorie(referentiedata):
    return lambda naam: Categorie.objects.get(naam=naam)
