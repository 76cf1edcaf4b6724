"""Live pages without sockets: what a participant's page shows has an ETag computed from the
rows' own latest-change times, so a poll that finds nothing new answers 304 without rendering.

The steps register their tables here (as they register autosave fields), so this base module
never imports them. There is no shared counter that every save bumps: each row carries its
own indexed `gewijzigd`, and a stamp is the maximum and the count of those times per table
(the count notices a row that was deleted outright, such as a bol).
"""

import functools
import hashlib
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.db import models
from django.db.models import Count, Max, OuterRef, Subquery
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from cultuuroptil.lib import autosave
from cultuuroptil.lib.adressen import UrlPerId
from cultuuroptil.lib.voorbereid import VoorbereideWaarden

from .fasen import fase_url, fase_van
from .models import Deelnemer, Sessie

ACTIEF_SECONDEN = 60


@dataclass(frozen=True)
class Tabel:
    model: type[models.Model]
    werking_pad: str  # the lookup from a row to its werking's id ("werking", "pk", ...)


_TABELLEN: dict[str, Tabel] = {}


def registreer_tabel(model: type[models.Model], werking_pad: str) -> None:
    """A table whose rows belong to a werking and show on its pages (registered in apps.py)."""
    _TABELLEN[model._meta.label_lower] = Tabel(model, werking_pad)


def tabellen() -> list[Tabel]:
    return list(_TABELLEN.values())


def _per_werking(tabel: Tabel, werking_ref: models.Expression, aggregaat) -> Subquery:
    pad = tabel.werking_pad
    rijen = tabel.model._base_manager.filter(**{pad: werking_ref}).order_by()
    return Subquery(rijen.values(pad).annotate(x=aggregaat).values("x")[:1])


def werking_subqueries(werking_ref: models.Expression) -> dict[str, Subquery]:
    """Per registered table: latest change of its structure and number of rows (removed ones
    included), and for a table with live texts (LiveTekst) the latest save of such a text."""
    velden = {}
    for i, tabel in enumerate(tabellen()):
        if autosave.heeft_veld(tabel.model, "tekst_gewijzigd"):
            velden[f"t{i}_max"] = _per_werking(tabel, werking_ref, Max("structuur_gewijzigd"))
            velden[f"t{i}_tekst"] = _per_werking(tabel, werking_ref, Max("tekst_gewijzigd"))
        else:
            velden[f"t{i}_max"] = _per_werking(tabel, werking_ref, Max("gewijzigd"))
        velden[f"t{i}_aantal"] = _per_werking(tabel, werking_ref, Count("pk"))
    return velden


def sessie_subqueries(sessie_ref: models.Expression) -> dict[str, Subquery]:
    """Per registered table: latest change and number of rows over a whole session."""
    velden = {}
    for i, tabel in enumerate(tabellen()):
        pad = "sessie" if tabel.werking_pad == "pk" else f"{tabel.werking_pad}__sessie"
        rijen = tabel.model._base_manager.filter(**{pad: sessie_ref}).order_by()
        for naam, aggregaat in (("max", Max("gewijzigd")), ("aantal", Count("pk"))):
            velden[f"t{i}_{naam}"] = Subquery(
                rijen.values(pad).annotate(x=aggregaat).values("x")[:1]
            )
    return velden


@functools.cache
def werking_stempel_velden() -> dict[str, Subquery]:
    """Everything a participant's page may show that colleagues change, as annotations on a
    Deelnemer query: the werking's rows per table, and who joined it. Built once (after the
    steps registered their tables); the participant's identifying query carries them, so a
    poll costs that one query."""
    wie = Deelnemer.objects.filter(werking_id=OuterRef("werking_id")).order_by()
    return werking_subqueries(OuterRef("werking_id")) | {
        "d_aantal": Subquery(wie.values("werking_id").annotate(x=Count("pk")).values("x")[:1]),
        "d_max": Subquery(wie.values("werking_id").annotate(x=Max("aangemaakt")).values("x")[:1]),
    }


def werking_stempel(deelnemer: Deelnemer) -> tuple:
    """The stamp of the participant's werking: from the annotations their identifying query
    brought (no query), else in one query."""
    velden = werking_stempel_velden()
    if all(hasattr(deelnemer, naam) for naam in velden):
        return tuple(sorted((naam, getattr(deelnemer, naam)) for naam in velden))
    rij = Deelnemer.objects.filter(pk=deelnemer.pk).annotate(**velden).values(*velden).first()
    return tuple(sorted((rij or {}).items()))


# A text saved just before a page was rendered may commit just after it, with an older time
# than the page's: a delta repeats what changed this long before the page's time (a text the
# page has already is simply not applied again).
OVERLAP = timedelta(seconds=10)


@dataclass(frozen=True)
class PaginaTag:
    """A participant page's ETag: `"<structure>.<ms>"`. The first part covers everything but
    the live texts (the room, who joined, every row's structure and count); the second is the
    latest save of a live text in the werking, in milliseconds."""

    structuur: str
    tekst_ms: int
    # Per model with live texts: its latest text save in the werking (absent: none yet).
    laatste_tekst: dict[type[models.Model], datetime] = field(default_factory=dict, compare=False)

    def __str__(self) -> str:
        return f'"{self.structuur}.{self.tekst_ms}"'

    def vorige_tekst_ms(self, request: HttpRequest) -> int | None:
        """The text time of the page that polls, if it has this structure (else None). A time
        later than the latest text now was never a page's: such a tag renders the page (and
        never reaches datetime, whose years end at 9999; nor int(), which refuses "²")."""
        for tag in request.headers.get("If-None-Match", "").split(","):
            structuur, _, ms = tag.strip().removeprefix("W/").strip('"').partition(".")
            if structuur == self.structuur and ms.isascii() and ms.isdigit():
                return int(ms) if int(ms) <= self.tekst_ms else None
        return None


def pagina_tag(request: HttpRequest, deelnemer: Deelnemer, sessie: Sessie) -> PaginaTag:
    stempel = werking_stempel(deelnemer)
    structuur = [(naam, waarde) for naam, waarde in stempel if not naam.endswith("_tekst")]
    per_naam = dict(stempel)
    laatste = {
        tabel.model: per_naam[f"t{i}_tekst"]
        for i, tabel in enumerate(tabellen())
        if per_naam.get(f"t{i}_tekst")
    }
    kop = etag(
        request.get_full_path(),
        request.headers.get("HX-Request", ""),
        deelnemer.pk,
        zaal_stempel(sessie),
        structuur,
    )
    tekst_ms = servertijd_ms(max(laatste.values())) if laatste else 0
    return PaginaTag(kop.strip('"'), tekst_ms, laatste)


def live_teksten(*soorten: str) -> Callable[[Callable], Callable]:
    """Marks a participant page that shows the live texts of these autosave kinds only in
    their own fields, in elements marked `data-live-tekst="<soort>-<id>-<veld>"` (a card's
    title; `data-live-kort` cuts it as the `kort` filter does), or not at all: a colleague's
    save of one of them reaches the open page as the new text alone (its poll gets JSON,
    live.js puts it in place), not as the whole page rendered again. A kind not named keeps
    the full render."""

    def markeer(view: Callable) -> Callable:
        view.live_teksten = frozenset(soorten)
        return view

    return markeer


def tekst_delta(
    request: HttpRequest, deelnemer: Deelnemer, tag: PaginaTag, soorten: frozenset[str]
) -> list[tuple[str, str, str]] | None:
    """What a poll of an unchanged structure needs: `(autosave URL, text, by whom)` of every
    live text saved since the page's time (minus OVERLAP), in one query per kind that changed.
    None when the page must render anew: another structure, or a kind the page did not name."""
    vorige = tag.vorige_tekst_ms(request)
    if vorige is None:
        return None
    sinds = datetime.fromtimestamp(vorige / 1000, tz=UTC) - OVERLAP
    code = deelnemer.sessie.code
    uit: list[tuple[str, str, str]] = []
    for soort, registratie in autosave.registraties().items():
        laatst = tag.laatste_tekst.get(registratie.model)
        if not registratie.live or laatst is None or laatst < sinds:
            continue
        if soort not in soorten:
            return None
        urls = [
            UrlPerId.bewaard("sessies:bewaar", code, soort, None, veld) for veld in registratie.live
        ]
        for pk, door, *waarden in _delta_query(soort).rijen(deelnemer.werking_id, sinds):
            uit += [
                (url(pk), waarde, door or "") for url, waarde in zip(urls, waarden, strict=True)
            ]
    return uit


@functools.cache
def _delta_query(soort: str) -> VoorbereideWaarden:
    """The live texts of one autosave kind in a werking saved since a time, with who saved
    them: compiled once (building the queryset was most of a JSON poll's own work)."""
    registratie = autosave.registraties()[soort]

    def maak(werking_id: int, sinds: datetime) -> models.QuerySet:
        return (
            registratie.rijen(werking_id)
            .filter(tekst_gewijzigd__gte=sinds)
            .order_by()
            .values_list("pk", "gewijzigd_door__naam", *registratie.live)
        )

    return VoorbereideWaarden(maak, -626_262, datetime(2001, 2, 3, 4, 5, 6, tzinfo=UTC))


def zaal_stempel(sessie: Sessie) -> tuple:
    """The room's state as the facilitator set it (no query: the row is loaded already)."""
    return (
        sessie.gewijzigd,
        sessie.fase,
        sessie.status,
        sessie.gepauzeerd,
        sessie.timer_einde,
        sessie.timer_rest,
    )


def etag(*delen: object) -> str:
    return '"' + hashlib.sha256(repr(delen).encode()).hexdigest()[:32] + '"'


def ongewijzigd(request: HttpRequest, tag: str) -> bool:
    gevraagd = request.headers.get("If-None-Match", "")
    return tag in [t.strip().removeprefix("W/") for t in gevraagd.split(",")]


def servertijd_ms(nu: datetime | None = None) -> int:
    return int((nu or timezone.now()).timestamp() * 1000)


def niet_gewijzigd(tag: str) -> HttpResponse:
    response = HttpResponse(status=304)
    response["ETag"] = tag
    return response


def markeer_live(response: HttpResponse, tag: str | None) -> HttpResponse:
    """Every live answer says when it was made, so the page's countdown agrees with the
    server's clock to the second whatever the device's clock says."""
    if tag:
        response["ETag"] = tag
    response["X-Servertijd"] = str(servertijd_ms())
    return response


@dataclass(frozen=True)
class Timer:
    einde_ms: int | None  # running: the server's end time
    rest: int | None  # paused: seconds left

    @property
    def loopt(self) -> bool:
        return self.einde_ms is not None

    @property
    def gepauzeerd(self) -> bool:
        return self.einde_ms is None and self.rest is not None

    @property
    def zichtbaar(self) -> bool:
        return self.loopt or self.gepauzeerd

    def seconden_over(self, nu: datetime | None = None) -> int:
        if self.einde_ms is not None:
            # Rounded up, as static/js/timer.js does: "0:00" only when time is really up.
            return max(0, math.ceil((self.einde_ms - servertijd_ms(nu)) / 1000))
        return self.rest or 0

    @property
    def tekst(self) -> str:
        seconden = self.seconden_over()
        return f"{seconden // 60}:{seconden % 60:02d}"


def timer_van(sessie: Sessie) -> Timer:
    einde = servertijd_ms(sessie.timer_einde) if sessie.timer_einde else None
    return Timer(einde_ms=einde, rest=sessie.timer_rest if einde is None else None)


def zaal_context(sessie: Sessie, stap: str = "") -> dict:
    """The room's step, timer and pause as every participant page shows them."""
    fase = fase_van(sessie)
    url = fase_url(fase, sessie.code)
    return {
        "fase": fase,
        "fase_url": url,
        "op_fase": stap in fase.stappen,
        "timer": timer_van(sessie),
        "gepauzeerd": sessie.gepauzeerd,
        "servertijd": servertijd_ms(),
    }
