"""Sessions, join codes and participants: the logic behind the join flow."""

import secrets

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from cultuuroptil.lib.text import normalize_key
from partnerkaarten.services import zorg_voor_bol
from werking.models import Gemeente, Werking

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


def markeer_actief(deelnemer: Deelnemer) -> None:
    """At most one write a minute per participant, so browsing does not hammer the database."""
    now = timezone.now()
    if deelnemer.laatst_actief is None or (now - deelnemer.laatst_actief).total_seconds() > 60:
        Deelnemer.objects.filter(pk=deelnemer.pk).update(laatst_actief=now)
        deelnemer.laatst_actief = now


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
        # The kit starts the bollenschema with the own gemeente ("EIGEN WERKING").
        zorg_voor_bol(werking, gemeente)
    token = nieuw_token()
    deelnemer = Deelnemer.objects.create(
        sessie=sessie,
        werking=werking,
        naam=naam.strip(),
        token_hash=hash_token(token),
        laatst_actief=timezone.now(),
    )
    return deelnemer, token
