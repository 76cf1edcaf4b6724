"""Sessions, join codes and participants: the logic behind the join flow."""

import datetime
import secrets

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from .models import (
    CODE_ALFABET,
    CODE_LENGTE,
    Deelnemer,
    Sessie,
    UitgegevenCode,
    hash_token,
    nieuw_token,
    normaliseer_code,
)

SESSION_KEY = "deelnemers"


def geef_code_uit() -> str:
    """A new join code, recorded so it is never handed out again."""
    for _ in range(50):
        code = "".join(secrets.choice(CODE_ALFABET) for _ in range(CODE_LENGTE))
        try:
            with transaction.atomic():
                UitgegevenCode.objects.create(code=code)
        except IntegrityError:
            continue
        return code
    raise RuntimeError("Geen vrije code gevonden.")


def zoek_sessie(code: str) -> Sessie | None:
    code = normaliseer_code(code)
    if len(code) != CODE_LENGTE:
        return None
    return Sessie.objects.filter(code=code).first()


def tokens_in_browser(request: HttpRequest) -> dict[str, str]:
    return request.session.get(SESSION_KEY, {})


def onthoud_deelnemer(request: HttpRequest, sessie: Sessie, token: str) -> None:
    tokens = dict(tokens_in_browser(request))
    if tokens.get(sessie.code) != token:
        # A new identity in this browser gets a new session key (no session fixation).
        request.session.cycle_key()
    tokens[sessie.code] = token
    request.session[SESSION_KEY] = tokens


def token_van_browser(request: HttpRequest, sessie: Sessie) -> str | None:
    return tokens_in_browser(request).get(sessie.code)


def deelnemer_van_browser(request: HttpRequest, sessie: Sessie) -> Deelnemer | None:
    token = token_van_browser(request, sessie)
    if not token:
        return None
    return (
        Deelnemer.objects.select_related("werking__gemeente", "sessie")
        .filter(sessie=sessie, token_hash=hash_token(token))
        .first()
    )


def deelnemer_met_token(token: str) -> Deelnemer | None:
    return Deelnemer.objects.select_related("sessie").filter(token_hash=hash_token(token)).first()


def verder_link_verlopen(deelnemer: Deelnemer) -> bool:
    """A personal link works until VERDER_GELDIG_DAGEN days after the session's date."""
    laatste_dag = deelnemer.sessie.datum + datetime.timedelta(days=settings.VERDER_GELDIG_DAGEN)
    return timezone.localdate() > laatste_dag


# "Active now" on the dashboard means seen in the last minute; recording it at most every 30 s
# keeps that true while a page polls, with one small write per participant per half minute.
ACTIEF_SCHRIJVEN_SECONDEN = 30


def markeer_actief(deelnemer: Deelnemer) -> None:
    """At most one write per 30 s per participant: the only write a GET may make."""
    now = timezone.now()
    if (
        deelnemer.laatst_actief is None
        or (now - deelnemer.laatst_actief).total_seconds() >= ACTIEF_SCHRIJVEN_SECONDEN
    ):
        Deelnemer.objects.filter(pk=deelnemer.pk).update(laatst_actief=now)
        deelnemer.laatst_actief = now


def nieuwe_deelnemer(sessie: Sessie, werking_id: int, naam: str) -> tuple[Deelnemer, str]:
    """A participant of `sessie` working on the werking `werking_id`, and their secret token
    (only its hash is stored)."""
    token = nieuw_token()
    deelnemer = Deelnemer.objects.create(
        sessie=sessie,
        werking_id=werking_id,
        naam=naam.strip(),
        token_hash=hash_token(token),
        laatst_actief=timezone.now(),
    )
    return deelnemer, token
