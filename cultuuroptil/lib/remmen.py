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
code or password never depends on the counter (see SECURITY.md).
"""

import hashlib
import ipaddress
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


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
    return Rem("login-account", settings.REM_AANMELDEN_ACCOUNT, settings.REM_AANMELDEN_VENSTER)


def aanmeldingen_per_adres() -> Rem:
    return Rem("login-adres", settings.REM_AANMELDEN_ADRES, settings.REM_AANMELDEN_VENSTER)


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
