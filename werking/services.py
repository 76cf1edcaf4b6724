"""Werking logic: finding a gemeente the way participants type it, and STAP 1/2 changes."""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, F, Max, Q

from cultuuroptil.lib.models import gewijzigd_nu, ongedaan_grens
from cultuuroptil.lib.sleutels import maak_eenmalig
from cultuuroptil.lib.text import normalize_key
from cultuuroptil.lib.voorbereid import VoorbereideQuery, VoorbereideWaarden
from sessies.models import Deelnemer, Sessie
from sessies.services import nieuwe_deelnemer

from .models import Gemeente, Gewest, Kenmerk, Werking

MAX_SUGGESTIES = 12

_GEWEST_RANG = {Gewest.VLAANDEREN: 0, Gewest.BRUSSEL: 0, Gewest.WALLONIE: 1}


def zoek_gemeenten(tekst: str, limiet: int = MAX_SUGGESTIES) -> list[Gemeente]:
    """Municipalities matching what someone typed: current name, pre-2025 name, French name or
    postal code. Flemish and Brussels ones first, then exact matches, then prefixes."""
    sleutel = normalize_key(tekst)
    if not sleutel:
        return []
    cijfers = sleutel.replace(" ", "")
    if cijfers.isdigit():
        if len(cijfers) < 2:
            return []
        kandidaten = Gemeente.objects.filter(
            Q(postcodes__startswith=cijfers) | Q(postcodes__contains=" " + cijfers)
        )
    else:
        kandidaten = Gemeente.objects.filter(zoektekst__contains=sleutel)

    def rang(gemeente: Gemeente) -> tuple:
        namen = gemeente.zoektekst.strip("|").split("|")
        if sleutel in namen or cijfers in gemeente.postcodes.split():
            treffer = 0
        elif any(naam.startswith(sleutel) for naam in namen):
            treffer = 1
        elif any(f" {sleutel}" in f" {naam}" for naam in namen):
            treffer = 2
        else:
            treffer = 3
        return (_GEWEST_RANG[gemeente.gewest], treffer, gemeente.naam)

    return sorted(kandidaten, key=rang)[:limiet]


class GemeenteNietGevonden(ValueError):
    pass


def vind_gemeente(tekst: str) -> Gemeente:
    """The one municipality meant by a typed text, or a Dutch explanation of why not."""
    tekst = tekst.strip()
    if not tekst:
        raise GemeenteNietGevonden("Vul een gemeente in.")
    sleutel = normalize_key(tekst)
    treffers = zoek_gemeenten(tekst, limiet=50)
    exact = [
        g
        for g in treffers
        if sleutel in g.zoektekst.strip("|").split("|")
        or sleutel.replace(" ", "") in g.postcodes.split()
    ]
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        namen = ", ".join(g.naam for g in exact)
        raise GemeenteNietGevonden(
            f"'{tekst}' past bij meer dan één gemeente ({namen}). Kies de juiste gemeente."
        )
    if len(treffers) == 1:
        return treffers[0]
    raise GemeenteNietGevonden(
        f"We vinden geen Belgische gemeente '{tekst}'. Typ de naam of de postcode en kies uit "
        "de suggesties."
    )


@dataclass(frozen=True)
class KenmerkKolom:
    soort: str
    vraag: str
    hulpvragen: str
    instructie: str
    voorbeeld: str
    items: list[Kenmerk]
    verwijderd: list[Kenmerk]


# The kit's words for STAP 2 (werkwijze and invulsjabloon), left column first: the question,
# its prompts, the instruction and the kit's examples, word for word.
KOLOM_VRAGEN = {
    Kenmerk.Soort.STERKTE: (
        "Waar is onze werking sterk in?",
        "Wat kunnen we goed? Waar zijn we trots op?",
        "Noteer zoveel mogelijk sterktes van de eigen organisatie.",
        "Bv: we hebben een groot podium, we hebben ervaring met bepaalde methodieken, we "
        "bereiken een specifieke doelgroep, we beschikken over een unieke kennis ...",
    ),
    Kenmerk.Soort.BEPERKING: (
        "Welke beperkingen komen we tegen in onze werking?",
        "Waar zijn we naar op zoek? Welke frustraties leven er?",
        "Doe hetzelfde voor beperkingen, frustraties, zwaktes.",
        "Bv: onze doelgroepen zijn beperkt, ons programmatiebudget kan de zaal niet vullen, we "
        "komen te weinig vernieuwend uit de hoek,...",
    ),
}


# Compiled once (cultuuroptil.lib.voorbereid): building and compiling this annotated query
# cost a STAP 2 page more than rendering half its items.
_KENMERKEN = VoorbereideQuery(
    lambda werking_id: (
        Kenmerk.objects.filter(werking_id=werking_id)
        .annotate(
            aantal_kaarten=Count("partnerkaarten"),
            # Who saved the text last ("Bijgewerkt door Sofie"), without a query of its own.
            door_naam=F("gewijzigd_door__naam"),
        )
        .order_by("volgorde", "id")
    ),
    -987_654_321,
)


# The kenmerken removed recently (recent_verwijderd), compiled once: STAP 2 reads them on
# every view, for their undo buttons.
_RECENT_VERWIJDERD = VoorbereideQuery(
    # As recent_verwijderd(), with the time limit as a placeholder (not frozen at compile).
    lambda werking_id, grens: Kenmerk.alle.filter(
        werking_id=werking_id, verwijderd_op__gte=grens
    ).order_by("-verwijderd_op"),
    -1,
    datetime(2000, 1, 1, tzinfo=UTC),
)


# The session's participants in the order they joined (compiled once: STAP 1 reads it on
# every view, for its colleagues list and for "Sofie wijzigde dit").
_DEELNEMERS = VoorbereideWaarden(
    lambda sessie_id: (
        Deelnemer.objects.filter(sessie_id=sessie_id)
        .order_by("aangemaakt", "pk")
        .values_list("pk", "naam", "werking_id")
    ),
    -1,
)


@dataclass
class Deelnemers:
    """Who is who in a session (pk: name, for "Sofie wijzigde dit") and who works on one
    werking ({"pk", "naam"} in the order they joined), from one query."""

    namen: dict[int, str]
    collegas: list[dict]


def deelnemers_van(werking: Werking) -> Deelnemers:
    rijen = _DEELNEMERS.rijen(werking.sessie_id)
    return Deelnemers(
        namen={pk: naam for pk, naam, _ in rijen},
        collegas=[{"pk": pk, "naam": naam} for pk, naam, w in rijen if w == werking.pk],
    )


def kenmerk_kolommen(werking: Werking) -> list[KenmerkKolom]:
    """The two columns of STAP 2 with the kit's questions, their items and the items removed
    recently (they get an "ongedaan maken" button), from two queries."""
    # Explicit order: Django drops Meta.ordering from queries with GROUP BY.
    items = _KENMERKEN.alle(werking.pk)
    verwijderd = _RECENT_VERWIJDERD.alle(werking.pk, ongedaan_grens())
    return [
        KenmerkKolom(
            soort=soort,
            vraag=vraag,
            hulpvragen=hulpvragen,
            instructie=instructie,
            voorbeeld=voorbeeld,
            items=[k for k in items if k.soort == soort],
            verwijderd=[k for k in verwijderd if k.soort == soort],
        )
        for soort, (vraag, hulpvragen, instructie, voorbeeld) in KOLOM_VRAGEN.items()
    ]


@transaction.atomic
def voeg_kenmerk_toe(werking: Werking, soort: str, tekst: str, sleutel: str | None) -> Kenmerk:
    """Add a sterkte or beperking at the end of its column. A retried request (same client
    key) returns the item it already made instead of adding it twice."""
    laatste = Kenmerk.alle.filter(werking=werking, soort=soort).aggregate(m=Max("volgorde"))["m"]
    return maak_eenmalig(
        Kenmerk,
        sleutel,
        {"werking": werking},
        soort=soort,
        tekst=tekst,
        volgorde=(laatste or 0) + 1,
    )


@transaction.atomic
def verplaats_kenmerk(kenmerk: Kenmerk, richting: str) -> None:
    """Swap with the neighbour above ('op') or below ('neer') in the same column."""
    kolom = list(
        Kenmerk.objects.select_for_update()
        .filter(werking_id=kenmerk.werking_id, soort=kenmerk.soort)
        .order_by("volgorde", "id")
    )
    index = next(i for i, k in enumerate(kolom) if k.pk == kenmerk.pk)
    doel = index - 1 if richting == "op" else index + 1
    if not 0 <= doel < len(kolom):
        return
    kolom[index], kolom[doel] = kolom[doel], kolom[index]
    for volgorde, item in enumerate(kolom, start=1):
        if item.volgorde != volgorde:
            item.volgorde = volgorde
            item.save(update_fields=["volgorde", "gewijzigd"])


def vind_werking(sessie: Sessie, naam: str, gemeente: Gemeente | None) -> Werking | None:
    """The same organisation typed twice: same name (ignoring case, accents, punctuation) in
    the same gemeente. "Bibliotheek" in Halle and "Bibliotheek" in Lennik stay two."""
    sleutel = normalize_key(naam)
    for werking in sessie.werkingen.filter(gemeente=gemeente):
        if werking.naam_sleutel == sleutel:
            return werking
    return None


@transaction.atomic
def doe_mee(
    sessie: Sessie,
    naam: str,
    *,
    werking: Werking | None = None,
    nieuwe_werking_naam: str = "",
    gemeente: Gemeente | None = None,
) -> tuple[Deelnemer, str]:
    """Add a participant to an existing werking or to a new one; returns it and its token.

    Two colleagues who both create "Bib Gent" in Gent end up in one werking, not in two, also
    when they click at the same moment: joins of one session are serialised on its row.
    """
    Sessie.objects.select_for_update().filter(pk=sessie.pk).first()
    if werking is None:
        werking = vind_werking(sessie, nieuwe_werking_naam, gemeente)
    if werking is None:
        werking = Werking.objects.create(
            sessie=sessie, naam=nieuwe_werking_naam.strip(), gemeente=gemeente
        )
    return nieuwe_deelnemer(sessie, werking.pk, naam)


class AlBestaand(ValueError):
    """The change would make this werking the same as another one of the session."""


def controleer_werking_veld(werking_id: int, veld: str, waarde: str) -> None:
    """The autosave's check of a werking's field (registered in apps.py): a new name must not
    make it the same organisation as another werking of its session (same normalised name in
    the same gemeente, the rule of joining and of STAP 1's gemeente). Runs inside the save's
    transaction and locks the session's row, as joining and changing the gemeente do, so two
    colleagues renaming two werkingen to one name at once cannot both get through."""
    rij = Werking.objects.filter(pk=werking_id)
    sessie_id = rij.values_list("sessie_id", flat=True).get()
    Sessie.objects.select_for_update().filter(pk=sessie_id).first()
    # The gemeente as stored now (under the lock): a colleague may have corrected it since.
    gemeente_id = rij.values_list("gemeente_id", flat=True).get()
    sleutel = normalize_key(waarde)
    andere_werkingen = Werking.objects.filter(sessie_id=sessie_id, gemeente_id=gemeente_id)
    for andere in andere_werkingen.exclude(pk=werking_id).only("naam"):
        if andere.naam_sleutel == sleutel:
            raise ValidationError(
                f"Er doet al een organisatie '{andere.naam}' uit dezelfde gemeente mee. Kies "
                "een andere naam, of vraag de begeleider om jullie samen te zetten als het "
                "dezelfde organisatie is.",
                code="al_bestaand",
            )


@transaction.atomic
def wijzig_gemeente_en_sector(werking: Werking, gemeente: Gemeente, sector_id: int | None) -> None:
    """Correct the werking's gemeente and name its sector (STAP 1).

    Nothing else is touched: the own bol, the bovenlokaal and grensverleggend suggestions all
    follow from these two fields. Two organisations with the same name in one gemeente would be
    one (see vind_werking), so that is refused.
    """
    Sessie.objects.select_for_update().filter(pk=werking.sessie_id).first()
    andere = vind_werking(werking.sessie, werking.naam, gemeente)
    if andere is not None and andere.pk != werking.pk:
        raise AlBestaand(
            f"In {gemeente.naam} doet al een organisatie '{andere.naam}' mee. Werken jullie "
            "samen? Vraag dan aan de begeleider om jullie samen te zetten."
        )
    # Colleagues' pages show the gemeente (and its bol): a structural change for them.
    Werking.objects.filter(pk=werking.pk).update(
        gemeente=gemeente, sector_id=sector_id, **gewijzigd_nu(Werking)
    )
    werking.gemeente, werking.sector_id = gemeente, sector_id
