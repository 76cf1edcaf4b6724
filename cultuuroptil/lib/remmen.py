"""Throttling guesses (join codes, passwords) with counters in the shared cache.

Algorithm: a sliding window approximated with two fixed windows of `venster` seconds. A
failure increments the counter of the current window; the count that is checked is

    huidig + vorig * (1 - verstreken / venster)

so a burst at the edge of two windows cannot double the limit (as a plain fixed window
allows). Counters live in Django's default cache (the database cache, or Redis with
REDIS_URL), so every app process and server sees the same counts. With the database cache an
increment is read-then-write: two failures at the very same moment may count as one, which
lets a guesser at most a few percent more tries, never a whole window.

Only failures count. A caller checks `te_veel` before it would answer a failure, so a correct
code never depends on the counter (see SECURITY.md).

Logins (`Aanmeldrem`) are throttled so that a shared venue address (NAT) does not lock out a
whole room, while guessing stays slow:

1. per account and address (5 failures per 15 minutes): the main limit. Blocks only that
   account from that address: a colleague behind the same address logs in to their own
   account as usual.
2. per account over all addresses (20 per 15 minutes): against guessing one account from many
   addresses. So that a stranger cannot lock the owner out with it, a browser where this
   account logged in before (a signed "known device" cookie, 180 days) skips this limit and
   the next one, and has a budget of its own (5 per 15 minutes).
3. per address over all accounts (100 per 15 minutes): against trying one password on many
   accounts from one address; far above what a room that mistypes will ever reach.

Over a limit, every login post of that kind answers 429, a right password too: for passwords,
unlike join codes, that is what stops guessing.
"""

import hashlib
import ipaddress
import secrets
import time
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse


@dataclass(frozen=True)
class Rem:
    """At most `limiet` failures per `venster` seconds for one key."""

    naam: str
    limiet: int
    venster: int

    def _sleutels(self, wie: str, nu: float) -> tuple[str, str, float]:
        # Hashed: a key in the cache table never shows an address or a user name.
        digest = hashlib.sha256(wie.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        vak = int(nu // self.venster)
        verstreken = (nu % self.venster) / self.venster
        basis = f"rem:{self.naam}:{digest}"
        return f"{basis}:{vak}", f"{basis}:{vak - 1}", verstreken

    def telling(self, wie: str) -> float:
        huidig, vorig, verstreken = self._sleutels(wie, time.time())
        waarden = cache.get_many([huidig, vorig])
        return waarden.get(huidig, 0) + waarden.get(vorig, 0) * (1 - verstreken)

    def te_veel(self, wie: str) -> bool:
        return self.telling(wie) >= self.limiet

    def tel(self, wie: str) -> None:
        huidig, _, _ = self._sleutels(wie, time.time())
        # add() sets only when missing; incr() then counts. Kept two windows long, because
        # the next window still weighs this one.
        cache.add(huidig, 0, timeout=2 * self.venster)
        try:
            cache.incr(huidig)
        except ValueError:
            # Expired between add() and incr(): start anew.
            cache.set(huidig, 1, timeout=2 * self.venster)

    def wis(self, wie: str) -> None:
        huidig, vorig, _ = self._sleutels(wie, time.time())
        cache.delete_many([huidig, vorig])


def foute_codes() -> Rem:
    return Rem("code", settings.REM_FOUTE_CODES, 60)


def aanmeldingen_per_account() -> Rem:
    """Per account and address (and per known device): the main limit."""
    return Rem("login-account", settings.REM_AANMELDEN_ACCOUNT, settings.REM_AANMELDEN_VENSTER)


def aanmeldingen_per_account_totaal() -> Rem:
    """Per account over all addresses: distributed guessing of one account."""
    return Rem(
        "login-account-totaal",
        settings.REM_AANMELDEN_ACCOUNT_TOTAAL,
        settings.REM_AANMELDEN_VENSTER,
    )


def aanmeldingen_per_adres() -> Rem:
    """Per address over all accounts: one password tried on many accounts."""
    return Rem("login-adres", settings.REM_AANMELDEN_ADRES, settings.REM_AANMELDEN_VENSTER)


TOESTEL_COOKIE = "cu_toestel"
TOESTEL_ZOUT = "cultuuroptil.remmen.toestel"
TOESTEL_DAGEN = 180


@dataclass(frozen=True)
class Weigering:
    """A login post over a limit: the Dutch reason and how long to wait."""

    melding: str
    minuten: int


class Aanmeldrem:
    """The decision for one login post (see the module's docstring for the algorithm)."""

    def __init__(self, request: HttpRequest) -> None:
        self.request = request
        self.adres = client_adres(request)
        # As the login form reads it (NFKC: fullwidth or mathematical letters log in as the plain
        # ones), case folded: one counter per real account, however its name is spelled.
        naam = unicodedata.normalize("NFKC", request.POST.get("username", ""))
        self.account = naam.strip().casefold()[:150]
        self.toestel = self._bekend_toestel()
        if self.toestel:
            # A known device counts against its own budget, wherever it is.
            self.sleutels = [(aanmeldingen_per_account(), f"{self.account}|toestel|{self.toestel}")]
        else:
            self.sleutels = [
                (aanmeldingen_per_account(), f"{self.account}|{self.adres}"),
                (aanmeldingen_per_account_totaal(), self.account),
                (aanmeldingen_per_adres(), self.adres),
            ]

    def _bekend_toestel(self) -> str:
        """The device id when this browser logged in to this very account before."""
        try:
            waarde = self.request.get_signed_cookie(
                TOESTEL_COOKIE, salt=TOESTEL_ZOUT, max_age=TOESTEL_DAGEN * 86400
            )
        except (KeyError, signing.BadSignature):
            return ""
        account, _, toestel = waarde.rpartition("|")
        return toestel if account and account == self._account_hash() else ""

    def _account_hash(self) -> str:
        # The cookie names the account only by a hash: it is signed, not encrypted.
        return hashlib.sha256(self.account.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def weigering(self) -> Weigering | None:
        for rem, wie in self.sleutels:
            if rem.te_veel(wie):
                minuten = max(1, rem.venster // 60)
                wacht = (
                    f"Wacht {minuten} minu{'ut' if minuten == 1 else 'ten'} en probeer dan opnieuw"
                )
                if rem.naam == "login-account-totaal":
                    melding = (
                        f"Te veel mislukte pogingen voor deze gebruikersnaam. {wacht}, of meld "
                        "je aan in een browser waarin je al eerder aanmeldde."
                    )
                elif rem.naam == "login-adres":
                    melding = f"Te veel pogingen vanaf dit adres. {wacht}."
                else:
                    melding = f"Te veel pogingen voor deze gebruikersnaam vanaf dit adres. {wacht}."
                return Weigering(melding, minuten)
        return None

    def mislukt(self) -> None:
        for rem, wie in self.sleutels:
            rem.tel(wie)

    def gelukt(self, response: HttpResponse) -> None:
        """Clear this account's failures from here, and remember this browser as a known
        device of the account."""
        rem, wie = self.sleutels[0]
        rem.wis(wie)
        if not self.account:
            return
        toestel = self.toestel or secrets.token_urlsafe(12)
        response.set_signed_cookie(
            TOESTEL_COOKIE,
            f"{self._account_hash()}|{toestel}",
            salt=TOESTEL_ZOUT,
            max_age=TOESTEL_DAGEN * 86400,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )


def client_adres(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, unless it is one of our own proxies
    (VERTROUWDE_PROXIES). Then the right-most X-Forwarded-For entry that is not a trusted
    proxy: entries to its left are written by the client and can be forged."""
    adres = request.META.get("REMOTE_ADDR", "") or "onbekend"
    vertrouwd = set(settings.VERTROUWDE_PROXIES)
    if adres not in vertrouwd:
        return adres
    doorgestuurd = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for kandidaat in reversed([d.strip() for d in doorgestuurd.split(",") if d.strip()]):
        if kandidaat in vertrouwd:
            continue
        try:
            return str(ipaddress.ip_address(kandidaat))
        except ValueError:
            break
    return adres
