"""The room's steps as the facilitator moves them, with the kit's own instructions.

Participants' pages show the current step and invite (never force) them to go there. The
pages are named by URL name, so this base module needs no import of the steps above it.
"""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse

from .models import Sessie

F = Sessie.Fase


@dataclass(frozen=True)
class Stap:
    """One item of the participants' step bar. Its name is the kit's word and the only one:
    the step bar, the room's phase panel and the pages' headings all say it the same way."""

    sleutel: str
    # "STAP 1" for the steps the kit numbers, "" for the others.
    nummer: str
    naam: str
    # The participants' page (URL name taking the session code).
    pagina: str

    @property
    def titel(self) -> str:
        return f"{self.nummer} — {self.naam}" if self.nummer else self.naam


STAPPEN: tuple[Stap, ...] = (
    Stap("stap1", "STAP 1", "Eigen werking", "werking:stap1"),
    Stap("stap2", "STAP 2", "Sterktes en beperkingen", "werking:stap2"),
    Stap("stap3", "STAP 3", "Partnerkaarten", "partnerkaarten:kaarten"),
    Stap("bollen", "", "Bollenschema", "partnerkaarten:bollen"),
    Stap("combinaties", "", "Combinaties", "partnerkaarten:combinaties"),
    Stap("netwerk", "", "Bouw je netwerk uit", "partnerkaarten:netwerk"),
    Stap("klaar", "", "Klaar", "rapport:klaar"),
)
STAP: dict[str, Stap] = {stap.sleutel: stap for stap in STAPPEN}


@dataclass(frozen=True)
class Fase:
    waarde: str
    titel: str
    uitleg: str
    # The participants' page of this step (URL name taking the session code), if any.
    pagina: str | None
    # Steps on whose pages a participant already is "there".
    stappen: tuple[str, ...] = ()

    @property
    def nummer(self) -> str:
        """ "STAP 2" of "STAP 2 — Sterktes en beperkingen": what a phone shows, as its step bar."""
        nummer, streep, _ = self.titel.partition(" — ")
        return nummer if streep else ""

    @property
    def naam(self) -> str:
        return self.titel.partition(" — ")[2] or self.titel


FASEN: dict[str, Fase] = {
    F.WELKOM: Fase(
        F.WELKOM,
        "Welkom",
        "Wie ben je? Waar werk je? Doe mee met de code en kies je organisatie: samen met je "
        "collega's vul je het invulsjabloon van jullie werking in.",
        None,
    ),
    F.STAP1: Fase(
        F.STAP1,
        STAP["stap1"].titel,
        "Omschrijf bondig de eigen reguliere werking. Uit wat bestaat je dagelijkse werking? "
        "Welk doel heb je daarbij voor ogen? En voor wie doe je het? Iemand die je werking niet "
        "kent, moet het begrijpen via die enkele zinnen.",
        "werking:stap1",
        ("stap1",),
    ),
    F.STAP2: Fase(
        F.STAP2,
        STAP["stap2"].titel,
        "Noteer zoveel mogelijk sterktes van de eigen organisatie aan de linkerkant. Doe "
        "hetzelfde voor beperkingen, frustraties, zwaktes aan de rechterkant.",
        "werking:stap2",
        ("stap2",),
    ),
    F.STAP3: Fase(
        F.STAP3,
        STAP["stap3"].titel,
        "Start een denkoefening vanuit een beperking/frustratie, als aanleiding om een "
        "samenwerking aan te gaan met andere organisaties. Een tweede denkoefening vertrekt "
        "vanuit de sterktes: wat heb jij te bieden aan partners of bepaalde situaties? Denk over "
        "je gemeentegrenzen en over disciplines heen.",
        "partnerkaarten:kaarten",
        ("stap3",),
    ),
    F.BOLLEN: Fase(
        F.BOLLEN,
        # One phase, two pages: it names both steps.
        f"{STAP['bollen'].naam} en {STAP['combinaties'].naam.lower()}",
        "Elke bol stelt een gemeente voor: culturele actoren bovenaan, niet-culturele onderaan. "
        "Start met de gemeente van je eigen werking en vul aan met partners uit andere "
        "gemeenten. Selecteer dan actoren uit verschillende bollen en maak combinaties. Noteer "
        "spontane ideeën en projectmogelijkheden per combinatie.",
        "partnerkaarten:bollen",
        ("bollen", "combinaties"),
    ),
    F.NETWERK: Fase(
        F.NETWERK,
        STAP["netwerk"].titel,
        "Welke partners houd je over om een samenwerking mee op te zetten? Duid aan wie "
        "bovenlokaal en wie grensverleggend is.",
        "partnerkaarten:netwerk",
        ("netwerk",),
    ),
    F.KLAAR: Fase(
        F.KLAAR,
        STAP["klaar"].titel,
        "Jullie invulsjabloon is klaar. Bekijk samen wat jullie maakten.",
        # The report issue's page; until it exists there is nothing to link to.
        "rapport:klaar",
        ("klaar",),
    ),
}


def fase_van(sessie: Sessie) -> Fase:
    return FASEN.get(sessie.fase, FASEN[F.WELKOM])


def fase_url(fase: Fase, code: str) -> str | None:
    if fase.pagina is None:
        return None
    try:
        return reverse(fase.pagina, args=[code])
    except NoReverseMatch:
        return None
