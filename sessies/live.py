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
from dataclasses import dataclass
from datetime import datetime

from django.db import models
from django.db.models import Count, Max, OuterRef, Subquery
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

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
    """Per registered table: latest change and number of rows (removed ones included)."""
    velden = {}
    for i, tabel in enumerate(tabellen()):
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
