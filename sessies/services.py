"""Sessions, join codes and participants: the logic behind the join flow."""

import datetime
import functools
import secrets
import time

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, models, transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from cultuuroptil.lib import autosave
from cultuuroptil.lib.autosave import AutosaveVeld, Veldresultaat
from cultuuroptil.lib.voorbereid import VoorbereideQuery, VoorbereideUpdate

from . import live
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

# Where the browser keeps its participants' tokens: a signed cookie of our own, per session
# code. Reading it costs no query (a Django session costs one per request); facilitators keep
# Django's sessions. The token itself is the secret, as before; the signature and its time
# limit make the cookie expire like the session did (two weeks after joining).
DEELNEMER_COOKIE = "deelnemer"
DEELNEMER_ZOUT = "sessies.deelnemer"
# Participants who joined before the cookie existed kept their tokens in the Django session.
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


def _lees_cookie(request: HttpRequest) -> dict[str, str]:
    """The cookie's tokens, as `request.get_signed_cookie` (with its age limit) would read them."""
    ondertekend = request.COOKIES.get(DEELNEMER_COOKIE)
    if not ondertekend:
        return {}
    sleutels = (
        settings.SECRET_KEY,
        tuple(settings.SECRET_KEY_FALLBACKS),
        settings.SIGNING_BACKEND,
        getattr(settings, "SIGNED_COOKIE_LEGACY_SALT_FALLBACK", None),
    )
    gelezen = _handtekening_klopt(ondertekend, sleutels)
    if gelezen is None:
        return {}
    ruw, getekend = gelezen
    if not ruw or time.time() - getekend > settings.SESSION_COOKIE_AGE:
        return {}
    # "CODE.token/CODE.token": only characters a cookie takes without quoting (tokens are
    # URL-safe base64, codes letters and digits).
    return dict(paar.split(".", 1) for paar in ruw.split("/") if paar.count(".") == 1)


@functools.lru_cache(maxsize=4096)
def _handtekening_klopt(ondertekend: str, sleutels: tuple[object, ...]) -> tuple[str, int] | None:
    """The cookie's value and the time it was signed, or None when its signature does not hold
    under the settings `sleutels` holds. Django checks the signature, once per value and keys
    (the same bytes always get the same answer, and every request of a participant sends them
    again); the age is checked on every request, from the time the signature covers."""
    request = HttpRequest()
    request.COOKIES[DEELNEMER_COOKIE] = ondertekend
    waarde = request.get_signed_cookie(DEELNEMER_COOKIE, default=None, salt=DEELNEMER_ZOUT)
    if waarde is None:
        return None
    # TimestampSigner's "value:time:signature", which the check above found genuine.
    return waarde, signing.b62_decode(ondertekend.rsplit(":", 2)[-2])


def tokens_in_browser(request: HttpRequest) -> dict[str, str]:
    """The tokens this browser holds, per session code (read once per request)."""
    tokens = getattr(request, "_deelnemer_tokens", None)
    if tokens is None:
        tokens = _lees_cookie(request)
        request._deelnemer_tokens = tokens
    return tokens


def _oud_token(request: HttpRequest, code: str) -> str | None:
    """A token from the Django session of a browser that joined before the cookie: only read
    when the cookie does not know the code and the browser has a session at all."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES or not hasattr(request, "session"):
        return None
    token = request.session.get(SESSION_KEY, {}).get(code)
    if token:
        # Moved into the cookie by the next answer (see `zet_deelnemer_cookie`).
        tokens_in_browser(request)[code] = token
        request._deelnemer_cookie_gewijzigd = True
    return token


def onthoud_deelnemer(
    request: HttpRequest, response: HttpResponse, sessie: Sessie, token: str
) -> None:
    """This browser is now `token`'s participant in `sessie`, other sessions unchanged."""
    tokens = tokens_in_browser(request)
    tokens[sessie.code] = token
    request._deelnemer_cookie_gewijzigd = True
    zet_deelnemer_cookie(request, response)


def zet_deelnemer_cookie(request: HttpRequest, response: HttpResponse) -> None:
    """Write the tokens back when this request changed them."""
    if not getattr(request, "_deelnemer_cookie_gewijzigd", False):
        return
    response.set_signed_cookie(
        DEELNEMER_COOKIE,
        "/".join(f"{code}.{token}" for code, token in tokens_in_browser(request).items()),
        salt=DEELNEMER_ZOUT,
        max_age=settings.SESSION_COOKIE_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def token_van_browser(request: HttpRequest, sessie: Sessie | str) -> str | None:
    code = sessie if isinstance(sessie, str) else sessie.code
    return tokens_in_browser(request).get(code) or _oud_token(request, code)


def _deelnemer_query(token_hash: str, code: str, stempel: bool) -> models.QuerySet:
    rijen = Deelnemer.objects.select_related("werking__gemeente", "sessie").filter(
        token_hash=token_hash, sessie__code=code
    )
    if stempel:
        rijen = rijen.annotate(**live.werking_stempel_velden())
    return rijen.order_by()[:1]


# Every participant request runs one of these: compiled once (see VoorbereideQuery), since
# building the stamp's subqueries cost more than everything else of a poll together.
_DEELNEMER = VoorbereideQuery(lambda h, c: _deelnemer_query(h, c, False), "#hash#", "#code#")
_DEELNEMER_MET_STEMPEL = VoorbereideQuery(
    lambda h, c: _deelnemer_query(h, c, True), "#hash#", "#code#"
)


def deelnemer_van_browser(
    request: HttpRequest, sessie: Sessie | str, stempel: bool = False
) -> Deelnemer | None:
    """The participant this browser is in the session with this code, with their session,
    werking and gemeente, in one query keyed by the token's hash. With `stempel`, the same
    query also carries what the live ETag needs (sessies.live.werking_stempel_velden)."""
    code = sessie if isinstance(sessie, str) else sessie.code
    token = token_van_browser(request, code)
    if not token:
        return None
    query = _DEELNEMER_MET_STEMPEL if stempel else _DEELNEMER
    return query.eerste(hash_token(token), code)


def deelnemer_met_token(token: str) -> Deelnemer | None:
    return Deelnemer.objects.select_related("sessie").filter(token_hash=hash_token(token)).first()


def verder_link_verlopen(deelnemer: Deelnemer) -> bool:
    """A personal link works until VERDER_GELDIG_DAGEN days after the session's date."""
    laatste_dag = deelnemer.sessie.datum + datetime.timedelta(days=settings.VERDER_GELDIG_DAGEN)
    return timezone.localdate() > laatste_dag


# "Active now" on the dashboard means seen in the last minute; recording it at most every 30 s
# keeps that true while a page polls, with one small write per participant per half minute.
ACTIEF_SCHRIJVEN_SECONDEN = 30


# Compiled once: a full room writes this a dozen times a second.
_ACTIEF = VoorbereideUpdate(
    lambda pk, nu: (Deelnemer.objects.filter(pk=pk), {"laatst_actief": nu}),
    -747_474,
    datetime.datetime(2001, 4, 7, 4, 7, 4, tzinfo=datetime.UTC),
)


# Per process: the stamp each participant (by token hash) had when this process last saw it.
# While it is younger than ACTIEF_SCHRIJVEN_SECONDEN, `markeer_actief` would not write (the
# stored stamp only moves forward), so a save may skip reading it (`bewaar_als_deelnemer`).
_GEZIEN: dict[str, datetime.datetime] = {}
_GEZIEN_MAX = 20_000


def markeer_actief(deelnemer: Deelnemer) -> None:
    """At most one write per 30 s per participant: the only write a GET may make."""
    now = timezone.now()
    if (
        deelnemer.laatst_actief is None
        or (now - deelnemer.laatst_actief).total_seconds() >= ACTIEF_SCHRIJVEN_SECONDEN
    ):
        _ACTIEF.voer_uit(deelnemer.pk, now)
        deelnemer.laatst_actief = now
    if len(_GEZIEN) >= _GEZIEN_MAX:
        _GEZIEN.clear()  # a long-running process forgets; the next request reads again
    _GEZIEN[deelnemer.token_hash] = deelnemer.laatst_actief


def onlangs_actief(token_hash: str) -> bool:
    """Whether `markeer_actief` would not write for this participant now."""
    gezien = _GEZIEN.get(token_hash)
    return gezien is not None and (
        (timezone.now() - gezien).total_seconds() < ACTIEF_SCHRIJVEN_SECONDEN
    )


def _bewaarders(token_hash: str, code: str) -> models.QuerySet:
    """The participant who may save now, as `deelnemer_vereist` allows a POST: theirs is the
    token, in the session with this code, which is neither closed nor paused."""
    return Deelnemer.objects.filter(
        token_hash=token_hash, sessie__code=code, sessie__gepauzeerd=False
    ).exclude(sessie__status=Sessie.Status.GESLOTEN)


def bewaar_als_deelnemer(
    request: HttpRequest,
    code: str,
    registratie: AutosaveVeld,
    pk: int,
    veld: str,
    nieuw: str,
    basis: str,
) -> Veldresultaat | None:
    """A participant's autosave in one query, when nothing else is due: their token is in
    this browser's cookie and their activity stamp recent (`onlangs_actief`). The result
    only when it saved; None means: answer through the full path (`deelnemer_vereist`)."""
    token = tokens_in_browser(request).get(code)
    if not token:
        return None
    token_hash = hash_token(token)
    if not onlangs_actief(token_hash):
        return None
    return autosave.bewaar_met_bewaarder(
        registratie, _bewaarders, (token_hash, code), pk, veld, nieuw, basis
    )


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
