"""The facilitator's logic: rights, sessions, joining by QR, the projector's wall, tidying a
room (with undo) and coordinators' invitations."""

import datetime
import functools
import hashlib
import re
from dataclasses import dataclass

import segno
from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, Permission
from django.db import transaction
from django.db.models import Count, F, Max, OuterRef, Q, QuerySet, Subquery, Window
from django.db.models.functions import RowNumber
from django.http import Http404, HttpRequest, QueryDict
from django.utils import timezone

from cultuuroptil.lib.models import gewijzigd_nu
from cultuuroptil.lib.text import aantal
from cultuuroptil.lib.voorbereid import VoorbereideWaarden
from partnerkaarten.models import Bol, Combinatie, Partner, Partnerkaart
from sessies.models import Deelnemer, Sessie, hash_token
from sessies.services import geef_code_uit
from sessies.toegang import begeleider_query, sessie_van_begeleider
from werking.models import Kenmerk, Werking

from .models import Opruiming, Uitnodiging

BEGELEIDER_RECHT = "begeleiding.begeleider"


# --- Rights ------------------------------------------------------------------------------


def is_begeleider(user: AbstractBaseUser) -> bool:
    """May create and run sessions. A coordinator-only account may not."""
    return user.is_authenticated and user.has_perm(BEGELEIDER_RECHT)


def maak_begeleider(user: AbstractBaseUser) -> None:
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="begeleiding", codename="begeleider")
    )


def eigen_sessie(user: AbstractBaseUser, code: str) -> Sessie:
    """A session only its owner may change; 404 for everyone else, coordinators included."""
    sessie = sessie_van_begeleider(user, code)
    if sessie.eigenaar_id != user.pk:
        raise Http404("Alleen de begeleider van de sessie wijzigt ze.")
    return sessie


# --- Joining -----------------------------------------------------------------------------


def deelname_url(request: HttpRequest, sessie: Sessie) -> str:
    """The join address participants can reach: SITE_URL (or, with `make run ZAAL=1`, the
    laptop's LAN address), else the address the facilitator's browser used."""
    pad = sessie.deelname_url()
    if settings.SITE_URL:
        return settings.SITE_URL + pad
    return request.build_absolute_uri(pad)


@functools.lru_cache(maxsize=64)
def qr_svg(url: str, titel: str) -> str:
    """The QR code of `url` as inline SVG, drawn here (no network, no image service). Kept:
    the projector shows it on every poll that brings news, and drawing it took 5 ms."""
    return segno.make(url, error="m").svg_inline(
        scale=1, border=2, dark="#111", light="#fff", title=titel, omitsize=True
    )


# --- The facilitator's home --------------------------------------------------------------


@dataclass
class SessieGroepen:
    komend: list[Sessie]
    lopend: list[Sessie]
    gesloten: list[Sessie]
    gecoordineerd: list[Sessie]

    @property
    def eigen(self) -> bool:
        return bool(self.komend or self.lopend or self.gesloten)


def sessies_van(user: AbstractBaseUser, vandaag: datetime.date | None = None) -> SessieGroepen:
    """Own sessions as upcoming (a later date), running (today or earlier, not closed) and
    closed; plus those the user coordinates. One query."""
    vandaag = vandaag or timezone.localdate()
    sessies = list(
        Sessie.objects.filter(Q(eigenaar=user) | Q(coordinatoren=user))
        .distinct()
        .select_related("eigenaar")
        .annotate(aantal_werkingen=Count("werkingen", distinct=True))
        .order_by("datum", "aangemaakt")
    )
    eigen = [s for s in sessies if s.eigenaar_id == user.pk]
    open_ = [s for s in eigen if s.status != Sessie.Status.GESLOTEN]
    return SessieGroepen(
        komend=[s for s in open_ if s.datum > vandaag],
        lopend=[s for s in open_ if s.datum <= vandaag][::-1],
        gesloten=[s for s in eigen if s.status == Sessie.Status.GESLOTEN][::-1],
        gecoordineerd=[s for s in sessies if s.eigenaar_id != user.pk][::-1],
    )


@transaction.atomic
def dupliceer(sessie: Sessie) -> Sessie:
    """The same workshop again: title, date, place and coordinators; a new code, open, at the
    start, without participants."""
    kopie = Sessie.objects.create(
        titel=sessie.titel,
        datum=sessie.datum,
        plaats=sessie.plaats,
        eigenaar=sessie.eigenaar,
        code=geef_code_uit(),
    )
    kopie.coordinatoren.set(sessie.coordinatoren.all())
    return kopie


def wat_verdwijnt(sessie: Sessie) -> dict[str, int]:
    return {
        "deelnemers": Deelnemer.objects.filter(sessie=sessie).count(),
        "werkingen": Werking.objects.filter(sessie=sessie).count(),
    }


@transaction.atomic
def verwijder_sessie(sessie: Sessie) -> None:
    """Remove the session with every participant's data (participants, werkingen and all they
    entered: the foreign keys cascade). The code stays in UitgegevenCode, never reissued."""
    sessie.delete()


# --- The projector -----------------------------------------------------------------------


@dataclass(frozen=True)
class MuurKaart:
    tekst: str
    werking: str  # the werking's name


@dataclass(frozen=True)
class MuurKolom:
    """One column of the projector's wall: the cards shown and how many are not."""

    kaarten: list[MuurKaart]
    totaal: int

    @property
    def meer(self) -> int:
        return self.totaal - len(self.kaarten)


def _muur_rijen(sessie_id: int, zichtbaar: int) -> QuerySet:
    per_soort = {"partition_by": [F("soort")]}
    return (
        Kenmerk.objects.filter(werking__sessie_id=sessie_id, verborgen=False)
        .annotate(
            rang=Window(
                RowNumber(), order_by=[F("aangemaakt").desc(), F("id").desc()], **per_soort
            ),
            totaal=Window(Count("id"), **per_soort),
        )
        .filter(rang__lte=zichtbaar)
        .order_by("-aangemaakt", "-id")
        .values_list("soort", "tekst", "werking__naam", "totaal")
    )


# Polled every few seconds: only the cards shown and the count per kind come back (a wall
# of 200 cards built 400 model objects on every poll to show 12), compiled once.
MUUR = VoorbereideWaarden(_muur_rijen, -424_242, -424_243)


def muur(sessie: Sessie, zichtbaar: int) -> dict[str, MuurKolom]:
    """The projector's wall per kind (Kenmerk.Soort): the `zichtbaar` most recent cards and
    the total. A wall of 2,000 px scrolls nowhere on a projector, so it shows the counts, the
    newest cards and "+ n meer". Hidden and removed cards are not on it."""
    kaarten: dict[str, list[MuurKaart]] = {soort: [] for soort in Kenmerk.Soort.values}
    totalen = dict.fromkeys(Kenmerk.Soort.values, 0)
    for soort, tekst, werking, totaal in MUUR.rijen(sessie.pk, zichtbaar):
        kaarten[soort].append(MuurKaart(tekst, werking))
        totalen[soort] = totaal
    return {soort: MuurKolom(kaarten[soort], totalen[soort]) for soort in kaarten}


def _aggregaat(rijen: QuerySet, pad: str, aggregaat) -> Subquery:
    return Subquery(
        rijen.filter(**{pad: OuterRef("pk")})
        .order_by()
        .values(pad)
        .annotate(x=aggregaat)
        .values("x")[:1]
    )


@functools.cache
def scherm_stempel() -> dict[str, Subquery]:
    """What the projector shows, as annotations on the query that finds the session (see
    `scherm_etag`): every kenmerk of the session (removed and hidden ones included: removing
    and hiding update `gewijzigd`) and the werkingen (names), count and latest change."""
    kenmerken, werkingen = Kenmerk.alle.all(), Werking.objects.all()
    return {
        "k_aantal": _aggregaat(kenmerken, "werking__sessie", Count("id")),
        "k_max": _aggregaat(kenmerken, "werking__sessie", Max("gewijzigd")),
        "w_aantal": _aggregaat(werkingen, "sessie", Count("id")),
        "w_max": _aggregaat(werkingen, "sessie", Max("gewijzigd")),
    }


# The projector's poll: the session with this stamp, compiled once.
SCHERM = begeleider_query(scherm_stempel)


def scherm_etag(sessie: Sessie, *extra: object, met_partners: bool = False) -> str:
    """An ETag over what the projector shows, from the rows' own change times and the
    session's state (phase, timer, status): no query of its own, no rendering; with the room's
    bollenschema on screen one aggregate query over every partner too."""
    delen = [
        sessie.pk,
        sessie.gewijzigd.isoformat(),
        sessie.k_aantal or 0,
        sessie.k_max,
        sessie.w_aantal or 0,
        sessie.w_max,
        *extra,
    ]
    if met_partners:
        partners = Partner.alle.filter(werking__sessie=sessie).aggregate(
            n=Count("id"), t=Max("gewijzigd")
        )
        delen += [partners["n"], partners["t"]]
    return '"' + hashlib.sha256(repr(delen).encode()).hexdigest()[:32] + '"'


def url_delen(url: str) -> list[str]:
    """The join URL in the pieces a line may break between: after a slash, never inside
    the scheme's "//" nor inside the code ("http://host:8000/", "doe-mee/", "K7M4QX/")."""
    schema, scheiding, rest = url.partition("://")
    if not scheiding:
        schema, rest = "", url
    delen = re.findall(r"[^/]*/|[^/]+$", rest) or [""]
    delen[0] = schema + scheiding + delen[0]
    return delen


@dataclass(frozen=True)
class SchermLinks:
    namen: str  # show or hide the organisations' names, the view kept
    weergave: str  # switch between the wall and the room's bollenschema, the names kept
    naar_schema: bool


def scherm_links(gevraagd: QueryDict, toon_namen: bool, weergave: str) -> SchermLinks:
    """The projector's own links: each changes one choice and keeps the other."""
    namen = gevraagd.copy()
    if toon_namen:
        namen["namen"] = "uit"
    else:
        namen.pop("namen", None)
    andere = gevraagd.copy()
    andere["weergave"] = "muur" if weergave == "schema" else "schema"
    return SchermLinks(
        namen="?" + namen.urlencode(),
        weergave="?" + andere.urlencode(),
        naar_schema=weergave != "schema",
    )


# --- Tidying -----------------------------------------------------------------------------


@transaction.atomic
def zet_verborgen(kenmerk: Kenmerk, verborgen: bool) -> None:
    kenmerk.verborgen = verborgen
    kenmerk.save(update_fields=["verborgen", "gewijzigd"])


STAP1_VELDEN = ("dagelijkse_werking", "doel", "voor_wie")
# (model, what the JSON calls it); every one has a `werking` and most a `volgorde`.
VERHUISBAAR: list[tuple[type, str]] = [
    (Kenmerk, "kenmerken"),
    (Partner, "partners"),
    (Partnerkaart, "partnerkaarten"),
    (Combinatie, "combinaties"),
]


def samen_te_voegen(bron: Werking) -> list[str]:
    """What moves with a merge, to show on the confirmation page ("1 partner", "2 partners")."""
    return [
        aantal(bron.deelnemers.count(), "deelnemer", "deelnemers"),
        aantal(bron.kenmerken.count(), "sterkte of beperking", "sterktes en beperkingen"),
        aantal(bron.partners.count(), "partner", "partners"),
        aantal(bron.partnerkaarten.count(), "partnerkaart", "partnerkaarten"),
        aantal(bron.combinaties.count(), "combinatie", "combinaties"),
    ]


@transaction.atomic
def voeg_werkingen_samen(doel: Werking, bron: Werking, door: AbstractBaseUser) -> Opruiming:
    """Merge `bron` (the same organisation created twice) into `doel` with everything it
    entered: participants, kenmerken, partners, partnerkaarten and their ideas, bollen and
    combinations. Nothing is dropped: STAP 1 texts that differ are put one after the other;
    a partner named by both stays twice (the participants can remove one, with undo). What
    moved is recorded, so `maak_ongedaan` puts it back and recreates `bron`."""
    if doel.pk == bron.pk or doel.sessie_id != bron.sessie_id:
        raise ValueError("Kies twee verschillende werkingen van deze sessie.")
    # Serialise with participants' joins and other merges of this session.
    Sessie.objects.select_for_update().filter(pk=doel.sessie_id).first()
    doel = Werking.objects.select_for_update().get(pk=doel.pk)
    bron = Werking.objects.select_for_update().get(pk=bron.pk)

    gegevens: dict = {
        "doel": doel.pk,
        "bron": {
            "id": bron.pk,
            "naam": bron.naam,
            "gemeente_id": bron.gemeente_id,
            "aangemaakt": bron.aangemaakt.isoformat(),
            **{veld: getattr(bron, veld) for veld in STAP1_VELDEN},
        },
        "doel_stap1": {},
        "verhuisd": {},
        "bollen": [],
        "dubbele_bollen": [],
        "deelnemers": list(bron.deelnemers.values_list("pk", flat=True)),
    }
    for veld in STAP1_VELDEN:
        eigen, andere = getattr(doel, veld).strip(), getattr(bron, veld).strip()
        if andere and andere != eigen:
            gegevens["doel_stap1"][veld] = getattr(doel, veld)
            setattr(doel, veld, f"{eigen}\n\n{andere}" if eigen else andere)
    doel.save()

    for model, naam in VERHUISBAAR:
        rijen = list(model._base_manager.filter(werking=bron).values_list("pk", "volgorde"))
        gegevens["verhuisd"][naam] = rijen
        if not rijen:
            continue
        # After the target's own items, in their own order.
        basis = model._base_manager.filter(werking=doel).aggregate(m=Max("volgorde"))["m"] or 0
        for pk, volgorde in rijen:
            model._base_manager.filter(pk=pk).update(
                werking=doel, volgorde=basis + volgorde, **gewijzigd_nu(model)
            )
    # Bollen: one per gemeente; a bol the target has (or its own gemeente's) is not doubled.
    bestaande = set(Bol.objects.filter(werking=doel).values_list("gemeente_id", flat=True))
    bestaande.add(doel.gemeente_id)
    basis = Bol.objects.filter(werking=doel).aggregate(m=Max("volgorde"))["m"] or 0
    for bol in Bol.objects.filter(werking=bron).order_by("volgorde", "id"):
        if bol.gemeente_id in bestaande:
            gegevens["dubbele_bollen"].append([bol.gemeente_id, bol.volgorde])
            continue
        gegevens["bollen"].append([bol.pk, bol.volgorde])
        Bol.objects.filter(pk=bol.pk).update(werking=doel, volgorde=basis + bol.volgorde)
    # The source's own gemeente becomes a bol of the target when it is another one.
    if bron.gemeente_id not in bestaande:
        laatste = Bol.objects.filter(werking=doel).aggregate(m=Max("volgorde"))["m"] or 0
        nieuw = Bol.objects.create(werking=doel, gemeente_id=bron.gemeente_id, volgorde=laatste + 1)
        gegevens["nieuwe_bol"] = nieuw.pk
    Deelnemer.objects.filter(werking=bron).update(werking=doel)

    bron.delete()  # empty by now: only what was left out above (doubled bollen) goes with it
    return Opruiming.objects.create(
        sessie_id=doel.sessie_id,
        soort=Opruiming.Soort.SAMENVOEGEN,
        omschrijving=f'"{gegevens["bron"]["naam"]}" samengevoegd met "{doel.naam}"',
        gegevens=gegevens,
        door=door,
    )


@transaction.atomic
def verwijder_deelnemer(deelnemer: Deelnemer, door: AbstractBaseUser) -> Opruiming:
    """Remove a participant: their personal link and browser stop working. What they entered
    belongs to the werking and stays. Undo brings the same person (same link) back."""
    opruiming = Opruiming.objects.create(
        sessie_id=deelnemer.sessie_id,
        soort=Opruiming.Soort.DEELNEMER_WEG,
        omschrijving=f'{deelnemer.naam} verwijderd uit "{deelnemer.werking.naam}"',
        gegevens={
            "id": deelnemer.pk,
            "naam": deelnemer.naam,
            "werking": deelnemer.werking_id,
            "token_hash": deelnemer.token_hash,
            "aangemaakt": deelnemer.aangemaakt.isoformat(),
        },
        door=door,
    )
    deelnemer.delete()
    return opruiming


class NietOngedaan(ValueError):
    """Why an undo is not possible, in Dutch."""


@transaction.atomic
def maak_ongedaan(opruiming: Opruiming) -> None:
    opruiming = Opruiming.objects.select_for_update().get(pk=opruiming.pk)
    if opruiming.ongedaan_op is not None:
        raise NietOngedaan("Dit is al ongedaan gemaakt.")
    g = opruiming.gegevens
    if opruiming.soort == Opruiming.Soort.DEELNEMER_WEG:
        if not Werking.objects.filter(pk=g["werking"]).exists():
            raise NietOngedaan("De werking van deze deelnemer bestaat niet meer.")
        Deelnemer.objects.create(
            pk=g["id"],
            sessie_id=opruiming.sessie_id,
            werking_id=g["werking"],
            naam=g["naam"],
            token_hash=g["token_hash"],
        )
    else:
        doel = Werking.objects.select_for_update().filter(pk=g["doel"]).first()
        if doel is None:
            raise NietOngedaan("De werking waarin werd samengevoegd, bestaat niet meer.")
        b = g["bron"]
        bron = Werking.objects.create(
            pk=b["id"],
            sessie_id=opruiming.sessie_id,
            naam=b["naam"],
            gemeente_id=b["gemeente_id"],
            **{veld: b[veld] for veld in STAP1_VELDEN},
        )
        for veld, oud in g["doel_stap1"].items():
            setattr(doel, veld, oud)
        doel.save()
        for model, naam in VERHUISBAAR:
            for pk, volgorde in g["verhuisd"].get(naam, []):
                model._base_manager.filter(pk=pk, werking=doel).update(
                    werking=bron, volgorde=volgorde, **gewijzigd_nu(model)
                )
        for pk, volgorde in g["bollen"]:
            Bol.objects.filter(pk=pk, werking=doel).update(werking=bron, volgorde=volgorde)
        for gemeente_id, volgorde in g["dubbele_bollen"]:
            Bol.objects.create(werking=bron, gemeente_id=gemeente_id, volgorde=volgorde)
        if g.get("nieuwe_bol"):
            # Only when nothing sits in it: partners of the source moved back already.
            Bol.objects.filter(pk=g["nieuwe_bol"], werking=doel).delete()
        Deelnemer.objects.filter(pk__in=g["deelnemers"], werking=doel).update(werking=bron)
    opruiming.ongedaan_op = timezone.now()
    opruiming.save(update_fields=["ongedaan_op"])


# --- Coordinators --------------------------------------------------------------------------


def uitnodiging_met_token(token: str) -> Uitnodiging | None:
    return (
        Uitnodiging.objects.select_related("sessie", "sessie__eigenaar")
        .filter(token_hash=hash_token(token))
        .first()
    )


class UitnodigingOngeldig(ValueError):
    pass


@transaction.atomic
def aanvaard(uitnodiging: Uitnodiging, user: AbstractBaseUser) -> Sessie:
    """Use a one-time link: the first one wins, a second use (or a late one) is refused."""
    uitnodiging = Uitnodiging.objects.select_for_update().get(pk=uitnodiging.pk)
    if not uitnodiging.bruikbaar:
        raise UitnodigingOngeldig(
            "Deze uitnodiging is al gebruikt of verlopen. Vraag de begeleider om een nieuwe."
        )
    if uitnodiging.sessie.eigenaar_id == user.pk:
        raise UitnodigingOngeldig("Je begeleidt deze sessie zelf al.")
    uitnodiging.gebruikt_op = timezone.now()
    uitnodiging.gebruikt_door = user
    uitnodiging.save(update_fields=["gebruikt_op", "gebruikt_door"])
    uitnodiging.sessie.coordinatoren.add(user)
    return uitnodiging.sessie
