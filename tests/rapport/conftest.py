"""A filled-in session for the report: the library of Pajottegem (two cards, one of them
bovenlokaal, ideas, a pursued and a parked combination, a final list) and Jeugdhuis De Klinker
from Lennik, which names one of the same partners. Built through the services the pages use."""

import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client

from inspiratie.models import Categorie
from partnerkaarten.models import Partner
from partnerkaarten.services import (
    bewaar_combinatie,
    bewaar_partner,
    nieuwe_partnerkaart,
    voeg_idee_toe,
    zet_op_kaart,
)
from werking.models import Gemeente, Kenmerk, Werking


def pdf_tekst(pdf: bytes, tmp_path: Path, *pagina: int) -> str:
    bestand = tmp_path / "rapport.pdf"
    bestand.write_bytes(pdf)
    opties = ["-f", str(pagina[0]), "-l", str(pagina[-1])] if pagina else []
    return subprocess.run(
        ["pdftotext", *opties, str(bestand), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def pagina_teksten(pdf: bytes, tmp_path: Path) -> list[str]:
    """The text of every page (pdftotext separates pages with a form feed)."""
    return pdf_tekst(pdf, tmp_path).split("\f")[:-1]


def enkel(tekst: str) -> str:
    """Text with every run of white space as one space: pdftotext breaks long lines."""
    return " ".join(tekst.split())


def partner(werking: Werking, naam: str, gemeente: Gemeente | None, categorie: str, **extra):
    return bewaar_partner(
        werking,
        {
            "naam": naam,
            "gemeente": gemeente,
            "categorie": Categorie.objects.get(naam=categorie),
            "sector": extra.pop("sector", ""),
            **extra,
        },
    )


@dataclass
class Gevuld:
    bib: Werking
    klinker: Werking
    kenmerken: list[Kenmerk]
    partners: list[Partner]
    ideeen: list[str]


@pytest.fixture
def gevuld(sofie, klinker, kenmerken, gemeente) -> Gevuld:
    bib = sofie.werking
    bib.dagelijkse_werking = "Uitlenen, voorlezen en een leesclub voor jong en oud."
    bib.doel = "Iedereen in Pajottegem leest mee."
    bib.voor_wie = "Gezinnen, scholen en senioren."
    bib.save()
    chiro = partner(bib, "Chiro Sint-Martinus", gemeente("Pajottegem"), "Jeugd", sector="jeugd")
    academie = partner(bib, "Academie Lennik", gemeente("Lennik"), "Kunsten", sector="dans")
    school = partner(
        bib, "Basisschool De Zonnebloem", gemeente("Dilbeek"), "Onderwijs", sector="onderwijs"
    )
    toerisme = partner(bib, "Toerisme Pajottenland", None, "Toerisme", sector="toerisme")
    for p in (academie, school, toerisme):
        p.behouden = True
        p.save()

    kaart1 = nieuwe_partnerkaart(bib, kenmerken[2], bovenlokaal=False)
    zet_op_kaart(kaart1, chiro)
    zet_op_kaart(kaart1, academie)
    idee1 = "Een leesclub voor jongeren in het jeugdlokaal."
    idee2 = "Dansvoorstelling op een voorleesverhaal."
    voeg_idee_toe(kaart1, idee1)
    voeg_idee_toe(kaart1, idee2)
    kaart2 = nieuwe_partnerkaart(bib, kenmerken[0], bovenlokaal=True)
    zet_op_kaart(kaart2, school)
    zet_op_kaart(kaart2, toerisme)
    idee3 = "Leeszaal als uitvalsbasis voor een fietsroute langs scholen."
    voeg_idee_toe(kaart2, idee3)

    geparkeerd = bewaar_combinatie(bib, [chiro, school], titel="Boekenkamp")
    geparkeerd.ideeen = "Een kamp met boeken."
    geparkeerd.save()
    verder = bewaar_combinatie(bib, [academie, toerisme], titel="Voorleeswandeling")
    verder.ideeen = "Een wandeling met voorleesmomenten."
    verder.verder = True
    verder.save()

    jh = klinker.werking
    Kenmerk.objects.create(werking=jh, soort="sterkte", tekst="Een fuifzaal voor 300.", volgorde=1)
    gedeeld = partner(jh, "academie lennik", gemeente("Lennik"), "Kunsten", sector="muziek")
    gedeeld.behouden = True
    gedeeld.save()
    return Gevuld(
        bib=bib,
        klinker=jh,
        kenmerken=kenmerken,
        partners=[chiro, academie, school, toerisme],
        ideeen=[idee1, idee2, idee3],
    )


@pytest.fixture
def begeleider_client(begeleider) -> Client:
    client = Client()
    client.force_login(begeleider)
    return client


@pytest.fixture
def coordinator(sessie) -> User:
    user = User.objects.create_user("cora", password="workshop-2026!", first_name="Cora")
    sessie.coordinatoren.add(user)
    return user
