"""Open-loop load: rooms full of participants against one server core, with the floors of issue 10.

Every participant joins through the real join flow, then saves a field every 3 s (the autosave
endpoint, with its conflicts), opens a page every 15 s (STAP 1, 2, 3 in turn) and polls every
5 s; each room (25 participants in 8 werkingen) also has a dashboard and a projector polling
every 3 s. Requests leave at their scheduled time whether or not earlier ones were answered
(open loop), and latency is measured from that scheduled time, so a slow server cannot hide its
queue (no coordinated omission).

    .venv/bin/python benchmarks/belasting.py --alles          # floors, ratios, largest N, 2 DBs
    .venv/bin/python benchmarks/belasting.py --alles --kort     # the same in about a minute
    .venv/bin/python benchmarks/belasting.py --stappen 100 --duur 30 --db sqlite
    .venv/bin/python benchmarks/belasting.py --url http://127.0.0.1:8000 --code ABC234 --stappen 25
    .venv/bin/python benchmarks/belasting.py --db postgres --servers 2 --stappen 50,100 --duur 30

Without --url it builds its own database (SQLite in a temporary folder, PostgreSQL as
cu_bench_load), starts gunicorn (1 worker x 8 threads, DEBUG off, collected static) pinned to
CPU 0 and pins itself to CPU 1. `--servers 2` starts two on one PostgreSQL, sends each request
to one of them at random and then checks for lost saves and dashboards that differ between the
servers or from the database (the run fails when it finds any). See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import heapq
import html
import json
import math
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

import aiohttp

try:
    from benchmarks import meetwsgi
except ImportError:  # run as a script: its own folder is on the path, the project may not be
    import meetwsgi

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SOORTEN = ("save", "page", "poll", "dashboard", "projector")
PAGINAS = ("stap-1/", "stap-2/", "stap-3/")
CODE_ALFABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
PG_NAAM = "cu_bench_load"
STAPPEN = (50, 100, 200, 300, 400, 500)
GRENS_P95 = 0.100
# A single run may not send more than this (a typo in --duur must not flood the machine).
MAX_VERZOEKEN = 400_000


# --- HTML the browser would read --------------------------------------------------------------

TAG = re.compile(r"<[a-zA-Z][^>]*>")
ATTR = re.compile(r'([a-zA-Z_:][-a-zA-Z0-9_:.]*)="([^"]*)"')
ELKE = re.compile(r"\bevery\s+(\d+(?:\.\d+)?)(ms|s)?\b")


def attributen(tag: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in ATTR.findall(tag)}


def vind_poll(tekst: str, pagina_url: str) -> tuple[str, float, bool] | None:
    """The URL and interval a poll on this page would request, and whether htmx sends it: an
    element with `hx-get` and `hx-trigger="every Ns"` (htmx), or `data-poll-url` (live.js,
    which asks with `X-Live: 1` and may get only the changed texts as JSON)."""
    for tag in TAG.findall(tekst):
        if "hx-trigger" not in tag and "data-poll-url" not in tag:
            continue
        a = attributen(tag)
        if "data-poll-url" in a:
            interval = float(a.get("data-poll-interval", "0") or 0) / 1000
            return urljoin(pagina_url, a["data-poll-url"]), interval, False
        m = ELKE.search(a.get("hx-trigger", ""))
        if m and a.get("hx-get"):
            interval = float(m.group(1)) / (1000 if m.group(2) == "ms" else 1)
            return urljoin(pagina_url, a["hx-get"]), interval, True
    return None


@dataclass
class Veld:
    """One autosaved field as a participant's browser holds it: its URL and their basis."""

    url: str
    basis: str
    maxlength: int


def vind_velden(tekst: str, pagina_url: str) -> list[Veld]:
    velden = []
    for stuk in tekst.split('data-autosave="')[1:]:
        url = html.unescape(stuk[: stuk.index('"')])
        basis = ""
        for tag in TAG.findall(stuk):
            if "data-basis" in tag:
                basis = attributen(tag).get("value", "")
                break
        m = re.search(r'maxlength="(\d+)"', stuk)
        velden.append(Veld(urljoin(pagina_url, url), basis, int(m.group(1)) if m else 500))
    return velden


def csrf_uit(tekst: str) -> str:
    m = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', tekst)
    if m is None:
        raise RuntimeError("geen CSRF-token in het formulier")
    return m.group(1)


# --- Measurements ------------------------------------------------------------------------------


def kwantiel(gesorteerd: list[float], q: float) -> float:
    if not gesorteerd:
        return math.nan
    return gesorteerd[min(len(gesorteerd) - 1, max(0, math.ceil(q * len(gesorteerd)) - 1))]


@dataclass
class Meting:
    """Per request kind: latency from the scheduled time and from the send time."""

    gepland: int = 0
    vanaf_plan: list[float] = field(default_factory=list)
    vanaf_verzending: list[float] = field(default_factory=list)
    statussen: Counter = field(default_factory=Counter)
    fouten: Counter = field(default_factory=Counter)

    def noteer(self, plan: float, verzonden: float, klaar: float, status: int | str) -> None:
        self.vanaf_plan.append(klaar - plan)
        self.vanaf_verzending.append(klaar - verzonden)
        self.statussen[status] += 1

    @property
    def aantal_fouten(self) -> int:
        return sum(self.fouten.values())

    def samenvatting(self, duur: float) -> dict:
        plan, verz = sorted(self.vanaf_plan), sorted(self.vanaf_verzending)
        n = len(plan)
        return {
            "gepland": self.gepland,
            "beantwoord": n,
            "per_s": n / duur if duur else math.nan,
            "p50": kwantiel(plan, 0.50),
            "p95": kwantiel(plan, 0.95),
            "p99": kwantiel(plan, 0.99),
            "p50_verzending": kwantiel(verz, 0.50),
            "p95_verzending": kwantiel(verz, 0.95),
            "p99_verzending": kwantiel(verz, 0.99),
            "fouten": self.aantal_fouten,
            "foutsoorten": dict(self.fouten),
            "409": self.statussen.get(409, 0),
            "304_aandeel": self.statussen.get(304, 0) / n if n else 0.0,
            "statussen": dict(self.statussen),
        }


def ms(s: float) -> str:
    return "-" if math.isnan(s) else f"{s * 1000:.0f}" if s >= 0.0995 else f"{s * 1000:.1f}"


# --- Simulated browsers --------------------------------------------------------------------------


class Browser:
    """One cookie jar (one person's browser) on the shared connection pool."""

    def __init__(self, klant: Klant) -> None:
        self.klant = klant
        self.sessie = aiohttp.ClientSession(
            connector=klant.verbindingen,
            connector_owner=False,
            # Cookies for 127.0.0.1: aiohttp's default jar refuses them for IP addresses.
            cookie_jar=aiohttp.CookieJar(unsafe=True),
            timeout=aiohttp.ClientTimeout(total=klant.time_out),
        )

    def csrf(self) -> str:
        for koekje in self.sessie.cookie_jar:
            if koekje.key == "csrftoken":
                return koekje.value
        return ""

    async def vraag(
        self,
        methode: str,
        url: str,
        data: dict | None = None,
        koppen: dict | None = None,
        volg: bool = False,
        vast: bool = False,
    ) -> tuple[int, bytes, Mapping[str, str], str]:
        """One request; with more than one server it goes to one of them at random, unless
        `vast` (this server and no other)."""
        if not vast:
            url = self.klant.naar_server(url)
        async with self.sessie.request(
            methode, url, data=data, headers=koppen, allow_redirects=volg
        ) as antwoord:
            inhoud = await antwoord.read()
            return antwoord.status, inhoud, antwoord.headers, str(antwoord.url)

    async def sluit(self) -> None:
        await self.sessie.close()


class Poll:
    """A poll as htmx would do it: the discovered URL (updated from what it answers), with the
    last ETag as If-None-Match; without a poll endpoint, the page itself."""

    def __init__(self, url: str, interval: float | None, htmx: bool) -> None:
        self.url, self.interval, self.htmx = url, interval, htmx
        self.etag: str | None = None
        # Answers that carried only the changed texts (live.js's JSON), not a page.
        self.json = 0

    def koppen(self) -> dict:
        koppen = {"If-None-Match": self.etag} if self.etag else {}
        if self.htmx:
            koppen["HX-Request"] = "true"
        else:
            # What live.js sends when a page polls itself: only texts changed? JSON with them.
            koppen["X-Live"] = "1"
        return koppen

    def verwerk(self, status: int, inhoud: bytes, koppen) -> None:
        if status == 200:
            self.etag = koppen.get("ETag") or self.etag
            if koppen.get("Content-Type", "").startswith("application/json"):
                self.json += 1
            if self.htmx:
                nieuw = vind_poll(inhoud.decode(errors="replace"), self.url)
                if nieuw:
                    self.url = nieuw[0]


class Deelnemer(Browser):
    def __init__(self, klant: Klant, nr: int, kamer: Kamer) -> None:
        super().__init__(klant)
        self.nr, self.kamer = nr, kamer
        self.naam = f"Belasting {nr}"
        self.werking_id = ""
        self.eigen: Veld | None = None
        self.gedeeld: Veld | None = None
        self.poll: Poll | None = None
        self.pagina = 0
        self.bewaringen = 0
        # For the consistency check: per field URL the last text a 200 confirmed, and the texts
        # sent since whose fate the client does not know (no answer, or an error status).
        self.bevestigd: dict[str, str] = {}
        self.onzeker: dict[str, list[str]] = {}
        # Like autosave.js: one save per participant at a time, the next waits for the answer.
        self.slot = asyncio.Lock()

    async def doe_mee(self) -> None:
        basis = self.klant.basis
        status, inhoud, _, url = await self.vraag("GET", f"{basis}/doe-mee/{self.kamer.code}/")
        tekst = inhoud.decode()
        if status != 200:
            raise RuntimeError(f"deelnamepagina {self.kamer.code}: status {status}")
        werkingen = re.findall(r'name="werking" value="(\d+)"', tekst)
        index = self.kamer.deelnemers
        self.kamer.deelnemers += 1
        self.werking_id = werkingen[index % len(werkingen)]
        plek = index // len(werkingen)
        status, inhoud, _, url = await self.vraag(
            "POST",
            url,
            {"naam": self.naam, "werking": self.werking_id, "csrfmiddlewaretoken": csrf_uit(tekst)},
            {"X-CSRFToken": self.csrf()},
            volg=True,
        )
        stap1 = inhoud.decode()
        if status != 200 or "/stap-1/" not in url:
            raise RuntimeError(f"meedoen in {self.kamer.code} mislukte: {status} {url}")
        velden = await self.kamer.velden_van(self, self.werking_id, stap1, url)
        # Colleagues of one werking each write in a field of their own, and now and then in
        # the shared "doel" (where their saves can conflict, as in a room).
        eigen = [v for v in velden if not v.url.endswith(("/naam/", "/doel/"))] or velden
        self.eigen = Veld(**vars(eigen[plek % len(eigen)]))
        doel = [v for v in velden if v.url.endswith("/doel/")] or velden
        self.gedeeld = Veld(**vars(doel[0]))
        if self.klant.poll_pad:
            gevonden = (self.klant.basis + self.klant.poll_pad.format(code=self.kamer.code), None)
        else:
            gevonden = vind_poll(stap1, url)
        if gevonden:
            self.poll = Poll(urljoin(url, gevonden[0]), gevonden[1], htmx=gevonden[2])
        else:
            self.poll = Poll(url, None, htmx=False)
        self.klant.poll_gevonden["poll"] = (
            f"{self.poll.url} ({'htmx' if self.poll.htmx else 'live.js, X-Live'})"
            if gevonden
            else None
        )

    async def bewaar(self, veld: Veld | None = None) -> tuple[int, float]:
        """One autosave; returns the status and the time it was sent (after waiting for the
        participant's previous save, as the browser does)."""
        veld = veld or self.eigen
        self.bewaringen += 1
        waarde = f"{self.naam} schreef dit, versie {self.bewaringen}. " * 3
        data = {"waarde": waarde[: veld.maxlength].strip()}
        onzeker = self.onzeker.setdefault(veld.url, [])
        onzeker.append(data["waarde"])
        async with self.slot:
            # The basis is read when the save leaves, as autosave.js does: a save that waited
            # for the previous answer builds on that answer (read earlier, every save that
            # queued behind a slow one conflicted with its own participant).
            data["basis"] = veld.basis
            verzonden = time.perf_counter()
            status, inhoud, _, _ = await self.vraag(
                "POST", veld.url, data, {"X-Autosave": "1", "X-CSRFToken": self.csrf()}
            )
        if status in (200, 409):
            # 200: saved, the answer is the new basis; 409: a colleague changed it, their
            # text becomes the basis of the next save (autosave.js's "keep my text").
            veld.basis = json.loads(inhoud)["waarde"]
        if status == 200:
            self.bevestigd[veld.url] = veld.basis
            # Saves are sent one at a time: what was sent before this one is settled too.
            del onzeker[: onzeker.index(data["waarde"]) + 1]
        elif status == 409:
            onzeker.remove(data["waarde"])
        return status, verzonden

    def volgende_pagina(self) -> str:
        pad = PAGINAS[self.pagina % len(PAGINAS)]
        self.pagina += 1
        url = f"{self.klant.basis}/doe-mee/{self.kamer.code}/{pad}"
        return url


class Kamer:
    """One room: a session code, its participants, and a facilitator's dashboard and projector."""

    def __init__(self, klant: Klant, code: str) -> None:
        self.klant, self.code = klant, code
        self.deelnemers = 0
        self._velden: dict[str, asyncio.Future] = {}
        self.begeleider: Browser | None = None
        self.dashboard: Poll | None = None
        self.projector: Poll | None = None

    async def velden_van(
        self, deelnemer: Deelnemer, werking_id: str, stap1: str, url: str
    ) -> list[Veld]:
        """The werking's autosaved fields (STAP 1 and STAP 2), read once per werking."""
        if werking_id not in self._velden:
            toekomst = asyncio.get_running_loop().create_future()
            self._velden[werking_id] = toekomst
            stap2_url = url.replace("/stap-1/", "/stap-2/")
            _, inhoud, _, _ = await deelnemer.vraag("GET", stap2_url)
            velden = vind_velden(stap1, url) + vind_velden(inhoud.decode(), stap2_url)
            toekomst.set_result(velden)
        velden = await self._velden[werking_id]
        if not velden:
            raise RuntimeError(f"geen bewaarbare velden in werking {werking_id}")
        return velden

    async def meld_begeleider_aan(self) -> None:
        k = self.klant
        self.begeleider = b = Browser(k)
        _, inhoud, _, url = await b.vraag("GET", f"{k.basis}/aanmelden/")
        status, _, _, url = await b.vraag(
            "POST",
            url,
            {
                "username": k.gebruiker,
                "password": k.wachtwoord,
                "csrfmiddlewaretoken": csrf_uit(inhoud.decode()),
            },
            volg=True,
        )
        if status != 200 or "/aanmelden/" in url:
            raise RuntimeError(f"aanmelden als {k.gebruiker} mislukte ({status}, {url})")
        dashboard = f"{k.basis}{k.dashboard_pad.format(code=self.code)}"
        self.dashboard = await self._ontdek(b, dashboard, "dashboard")
        scherm = f"{k.basis}{k.scherm_pad.format(code=self.code)}"
        status, _, _, _ = await b.vraag("GET", scherm)
        if status == 404:
            # No projector page yet: it polls like the dashboard, so that load is not missing.
            k.poll_gevonden["projector"] = f"ontbreekt (404), valt terug op {dashboard}"
            self.projector = Poll(self.dashboard.url, None, self.dashboard.htmx)
        else:
            self.projector = await self._ontdek(b, scherm, "projector")

    async def _ontdek(self, b: Browser, url: str, soort: str) -> Poll:
        status, inhoud, _, _ = await b.vraag("GET", url)
        if status != 200:
            raise RuntimeError(f"{soort} {url}: status {status}")
        gevonden = vind_poll(inhoud.decode(), url)
        self.klant.poll_gevonden[soort] = gevonden[0] if gevonden else None
        return Poll(*gevonden) if gevonden else Poll(url, None, False)


def kamercode(i: int) -> str:
    a = CODE_ALFABET
    return "BNK" + a[i // (len(a) ** 2) % len(a)] + a[i // len(a) % len(a)] + a[i % len(a)]


@dataclass
class Ritme:
    bewaar: float = 3.0
    pagina: float = 15.0
    poll: float = 5.0
    begeleider: float = 3.0


class Klant:
    """The load client: all rooms and participants on one asyncio loop and connection pool."""

    def __init__(
        self,
        basis: str,
        codes: list[str],
        per_kamer: int = 25,
        ritme: Ritme | None = None,
        gebruiker: str = "begeleider",
        wachtwoord: str = "netwerkdemo",
        gedeeld: float = 0.1,
        poll_pad: str | None = None,
        dashboard_pad: str = "/sessies/{code}/",
        scherm_pad: str = "/sessies/{code}/scherm/",
        time_out: float = 30.0,
        zaad: int = 2026,
        andere_servers: tuple[str, ...] = (),
    ) -> None:
        for url in (basis, *andere_servers):
            if urlsplit(url).hostname not in ("127.0.0.1", "localhost", "::1"):
                raise SystemExit(f"Alleen loopback: {url} is geen 127.0.0.1.")
        self.basis = basis.rstrip("/")
        # More than one server on one database: every request goes to one of them at random,
        # so a participant's save lands on one and their next poll on another.
        self.servers = [self.basis, *(s.rstrip("/") for s in andere_servers)]
        self.verdeling = random.Random(zaad + 1)
        self.per_server: Counter = Counter()
        self.server_pids_per: dict[str, list[int]] = {}
        self.database: Databaseteller | None = None
        self.per_kamer, self.ritme = per_kamer, ritme or Ritme()
        self.gebruiker, self.wachtwoord, self.gedeeld = gebruiker, wachtwoord, gedeeld
        self.poll_pad = poll_pad
        self.dashboard_pad, self.scherm_pad, self.time_out = dashboard_pad, scherm_pad, time_out
        self.kamers = [Kamer(self, c) for c in codes]
        self.deelnemers: list[Deelnemer] = []
        self.poll_gevonden: dict[str, str | None] = {}
        self.toeval = random.Random(zaad)
        self._verbindingen: aiohttp.TCPConnector | None = None

    @property
    def verbindingen(self) -> aiohttp.TCPConnector:
        """The shared connection pool, made inside the running event loop."""
        if self._verbindingen is None:
            # Idle connections close on our side before gunicorn's 2 s keep-alive ends:
            # otherwise a request can race the server's close and fail where a browser would
            # silently retry.
            self._verbindingen = aiohttp.TCPConnector(limit=0, keepalive_timeout=1.0)
        return self._verbindingen

    async def sluit(self) -> None:
        for b in self.deelnemers:
            await b.sluit()
        for k in self.kamers:
            if k.begeleider:
                await k.begeleider.sluit()
        if self._verbindingen is not None:
            await self._verbindingen.close()

    def naar_server(self, url: str) -> str:
        for basis in self.servers:
            if url == basis or url.startswith(basis + "/"):
                gekozen = self.verdeling.choice(self.servers) if len(self.servers) > 1 else basis
                self.per_server[gekozen] += 1
                return gekozen + url[len(basis) :]
        return url

    def per_server_stand(self) -> dict[str, tuple[float | None, int]]:
        """Per server: CPU seconds so far and requests sent so far."""
        return {
            b: (
                server_cpu(self.server_pids_per[b]) if b in self.server_pids_per else None,
                self.per_server[b],
            )
            for b in self.servers
        }

    def actieve_kamers(self) -> list[Kamer]:
        return [k for k in self.kamers if k.deelnemers]

    async def tot(self, n: int, gelijktijdig: int = 8) -> float:
        """Join participants (closed loop, not measured) until there are n; rooms fill in order.
        Returns the seconds it took."""
        start = time.perf_counter()
        if n > len(self.kamers) * self.per_kamer:
            raise SystemExit(f"{n} deelnemers passen niet in {len(self.kamers)} kamers.")
        nieuw = []
        for nr in range(len(self.deelnemers), n):
            d = Deelnemer(self, nr, self.kamers[nr // self.per_kamer])
            self.deelnemers.append(d)
            nieuw.append(d)
        rij = asyncio.Semaphore(gelijktijdig)

        async def een(d: Deelnemer) -> None:
            async with rij:
                await d.doe_mee()

        # Rooms in order, so each room's werkingen are filled evenly.
        await asyncio.gather(*(een(d) for d in nieuw))
        for kamer in self.actieve_kamers():
            if kamer.begeleider is None:
                await kamer.meld_begeleider_aan()
        return time.perf_counter() - start

    # --- open loop -----------------------------------------------------------------------------

    def stromen(self, n: int) -> Iterator[tuple[str, float, Callable[[], Awaitable]]]:
        """(kind, period, action) for every stream of requests in a run with n participants."""
        r = self.ritme
        for d in self.deelnemers[:n]:
            yield "save", r.bewaar, self._bewaar_actie(d)
            yield "page", r.pagina, self._pagina_actie(d)
            yield "poll", r.poll, self._poll_actie(d, d.poll)
        for k in {d.kamer.code: d.kamer for d in self.deelnemers[:n]}.values():
            yield "dashboard", r.begeleider, self._poll_actie(k.begeleider, k.dashboard)
            yield "projector", r.begeleider, self._poll_actie(k.begeleider, k.projector)

    def _bewaar_actie(self, d: Deelnemer) -> Callable[[], Awaitable]:
        async def actie() -> tuple[int, float]:
            veld = d.gedeeld if self.toeval.random() < self.gedeeld else d.eigen
            return await d.bewaar(veld)

        return actie

    def _pagina_actie(self, d: Deelnemer) -> Callable[[], Awaitable]:
        async def actie() -> tuple[int, float]:
            url = d.volgende_pagina()
            verzonden = time.perf_counter()
            status, _, koppen, _ = await d.vraag("GET", url)
            if d.poll and not d.poll.htmx and status == 200:
                # The page polls itself from here on, starting from the ETag it was sent with.
                d.poll.url, d.poll.etag = url, koppen.get("ETag")
            return status, verzonden

        return actie

    def _poll_actie(self, b: Browser, poll: Poll) -> Callable[[], Awaitable]:
        async def actie() -> tuple[int, float]:
            verzonden = time.perf_counter()
            status, inhoud, koppen, _ = await b.vraag("GET", poll.url, koppen=poll.koppen())
            poll.verwerk(status, inhoud, koppen)
            return status, verzonden

        return actie

    async def open_lus(
        self, n: int, duur: float, opwarmen: float = 10.0, uitloop: float = 15.0
    ) -> Resultaat:
        """Run n participants for opwarmen + duur seconds on a fixed timeline; only requests
        scheduled after the warm-up are recorded. Stops by itself: what is still unanswered
        `uitloop` seconds after the last scheduled request counts as an error."""
        stromen = list(self.stromen(n))
        verwacht = sum((opwarmen + duur) / periode for _, periode, _ in stromen)
        if verwacht > MAX_VERZOEKEN:
            raise SystemExit(f"Te veel verzoeken gepland ({verwacht:.0f} > {MAX_VERZOEKEN}).")
        metingen = {s: Meting() for s in SOORTEN}
        achterstand: list[float] = []
        taken: set[asyncio.Task] = set()
        start = time.perf_counter() + 0.2
        meten_vanaf = start + opwarmen
        einde = meten_vanaf + duur
        # Every stream starts at a random phase, so the load is flat instead of in waves.
        rooster = [(start + self.toeval.uniform(0, p), i) for i, (_, p, _) in enumerate(stromen)]
        heapq.heapify(rooster)

        async def voer_uit(soort: str, actie: Callable[[], Awaitable], plan: float) -> None:
            meting = metingen[soort] if plan >= meten_vanaf else None
            verzonden = time.perf_counter()
            try:
                status, verzonden = await actie()
            except TimeoutError:
                status = "time-out"
            except aiohttp.ClientError as fout:
                status = type(fout).__name__
            except (ValueError, KeyError) as fout:  # an answer that is not the expected JSON
                status = f"antwoord: {type(fout).__name__}"
            if meting is None:
                return
            meting.noteer(plan, verzonden, time.perf_counter(), status)
            goed = {"save": (200, 409)}.get(soort, (200, 304))
            if status not in goed:
                meting.fouten[status] += 1

        cpu_start: float | None = None
        soorten_start: dict = {}
        meten_vanaf_echt = meten_vanaf
        begonnen = False
        per_start: dict = {}
        db_start = None
        bemonsteraar = None
        if self.database:
            bemonsteraar = asyncio.create_task(self.database.bemonster_telkens())
        while rooster:
            plan, i = heapq.heappop(rooster)
            if plan >= einde:
                continue
            soort, periode, actie = stromen[i]
            wacht = plan - time.perf_counter()
            if wacht > 0:
                await asyncio.sleep(wacht)
            nu = time.perf_counter()
            if cpu_start is None and plan >= meten_vanaf:
                cpu_start = self.server_cpu()
                soorten_start = self.cpu_per_soort()
                meten_vanaf_echt = nu
            if not begonnen and plan >= meten_vanaf:
                begonnen = True
                per_start = self.per_server_stand()
                db_start = self.database.stand() if self.database else None
            if plan >= meten_vanaf:
                metingen[soort].gepland += 1
                achterstand.append(nu - plan)
            taak = asyncio.create_task(voer_uit(soort, actie, plan))
            taken.add(taak)
            taak.add_done_callback(taken.discard)
            heapq.heappush(rooster, (plan + periode, i))
        cpu_einde = self.server_cpu()
        # The servers write their totals every half second: wait for this moment's.
        if self.meet_bestanden:
            await asyncio.sleep(0.6)
        per_soort = meetwsgi.verschil(soorten_start, self.cpu_per_soort())
        per_einde = self.per_server_stand()
        db_einde = self.database.stand() if self.database and db_start else None
        if bemonsteraar:
            bemonsteraar.cancel()
        gemeten = time.perf_counter() - (meten_vanaf_echt if cpu_start is not None else start)
        if taken:
            _, hangend = await asyncio.wait(set(taken), timeout=uitloop)
            for taak in hangend:
                taak.cancel()
            # Cancelled requests were scheduled but never answered: count them per kind.
            await asyncio.gather(*hangend, return_exceptions=True)
        for m in metingen.values():
            onbeantwoord = m.gepland - len(m.vanaf_plan)
            if onbeantwoord:
                m.fouten["niet beantwoord"] = onbeantwoord
            else:
                m.fouten.pop("niet beantwoord", None)
        achterstand.sort()
        cpu = None
        if cpu_start is not None and cpu_einde is not None:
            cpu = cpu_einde - cpu_start
        kamers = len({d.kamer.code for d in self.deelnemers[:n]})
        per_server = {}
        if len(self.servers) > 1:
            for b, (c0, v0) in per_start.items():
                c1, v1 = per_einde[b]
                per_server[b] = {
                    "cpu": c1 - c0 if c0 is not None and c1 is not None else None,
                    "verzoeken": v1 - v0,
                }
        database = None
        if db_start and db_einde:
            database = {k: db_einde[k] - db_start[k] for k in db_start}
        return Resultaat(
            n, kamers, duur, gemeten, metingen, achterstand, cpu, per_server, database, per_soort
        )

    # --- closed loop (maximum throughput) -------------------------------------------------------

    async def gesloten_lus(
        self,
        verzoek: Callable[[int], Awaitable[int]],
        gelijktijdig: int = 16,
        duur: float = 8.0,
        opwarmen: float = 2.0,
        goed: tuple[int, ...] = (200,),
    ) -> dict:
        """`gelijktijdig` workers each send their next request as soon as the last is answered;
        the answered requests per second after the warm-up are the server's maximum."""
        start = time.perf_counter()
        meten_vanaf, einde = start + opwarmen, start + opwarmen + duur
        tijden: list[float] = []
        fouten: Counter = Counter()

        async def werker(w: int) -> None:
            while (t0 := time.perf_counter()) < einde:
                try:
                    status = await verzoek(w)
                except (aiohttp.ClientError, TimeoutError) as fout:
                    status = type(fout).__name__
                if t0 >= meten_vanaf:
                    tijden.append(time.perf_counter() - t0)
                    if status not in goed:
                        fouten[status] += 1

        cpu_start = None
        await asyncio.sleep(0)
        taken = [asyncio.create_task(werker(w)) for w in range(gelijktijdig)]
        await asyncio.sleep(opwarmen)
        cpu_start = self.server_cpu()
        t_start = time.perf_counter()
        await asyncio.gather(*taken)
        cpu_einde = self.server_cpu()
        verstreken = time.perf_counter() - t_start
        tijden.sort()
        cpu = None
        if cpu_start is not None and cpu_einde is not None and tijden:
            cpu = (cpu_einde - cpu_start) / len(tijden)
        return {
            "per_s": len(tijden) / verstreken,
            "p50": kwantiel(tijden, 0.5),
            "fouten": dict(fouten),
            "cpu_per_verzoek": cpu,
        }

    server_pids: list[int] = []
    meet_bestanden: list[Path] = []

    def cpu_per_soort(self) -> dict[str, list[float]]:
        """The servers' requests and CPU seconds so far per kind (benchmarks/meetwsgi.py)."""
        totaal: dict[str, list[float]] = {}
        for bestand in self.meet_bestanden:
            for soort, (aantal, cpu) in meetwsgi.lees(bestand).items():
                t = totaal.setdefault(soort, [0, 0.0])
                t[0] += aantal
                t[1] += cpu
        return totaal

    def server_cpu(self) -> float | None:
        """CPU seconds used so far by the gunicorn processes (None when the server is not ours)."""
        if not self.server_pids:
            return None
        return server_cpu(self.server_pids)


def server_cpu(pids: list[int]) -> float | None:
    totaal = 0.0
    tik = os.sysconf("SC_CLK_TCK")
    for pid in pids:
        try:
            velden = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        totaal += (int(velden[11]) + int(velden[12])) / tik
    return totaal


@dataclass
class Resultaat:
    n: int
    kamers: int
    duur: float
    gemeten: float
    metingen: dict[str, Meting]
    achterstand: list[float]
    server_cpu: float | None
    # With more than one server: CPU seconds and requests sent, per server.
    per_server: dict[str, dict] = field(default_factory=dict)
    # PostgreSQL's counters over the measured time (see Databaseteller).
    database: dict | None = None
    # The servers' requests and CPU seconds per kind of request (benchmarks/meetwsgi.py).
    per_soort: dict[str, tuple[int, float]] = field(default_factory=dict)
    # The machine's 1-minute load average at the end: other work on the two cores shows here.
    loadavg: float = field(default_factory=lambda: os.getloadavg()[0])

    @property
    def samenvattingen(self) -> dict[str, dict]:
        return {s: m.samenvatting(self.gemeten) for s, m in self.metingen.items() if m.gepland}

    @property
    def fouten(self) -> int:
        return sum(m.aantal_fouten for m in self.metingen.values())

    @property
    def slechtste_p95(self) -> float:
        return max((s["p95"] for s in self.samenvattingen.values()), default=math.nan)

    @property
    def gehaald(self) -> bool:
        return self.fouten == 0 and self.slechtste_p95 < GRENS_P95

    @property
    def verzoeken(self) -> int:
        return sum(len(m.vanaf_plan) for m in self.metingen.values())

    def cpu_per_soort_tekst(self) -> str:
        """Per kind, most CPU first: ms per request, requests per second, share of the CPU."""
        totaal = sum(cpu for _, cpu in self.per_soort.values()) or 1.0
        return ", ".join(
            f"{soort} {cpu / aantal * 1000:.1f} ms, {aantal / self.gemeten:.1f}/s "
            f"({cpu / totaal * 100:.0f} %)"
            for soort, (aantal, cpu) in sorted(self.per_soort.items(), key=lambda x: -x[1][1])
        )

    def druk(self, uit=None) -> None:
        uit = uit or sys.stdout
        cpu = ""
        if self.server_cpu is not None and self.verzoeken:
            cpu = (
                f", server-CPU {self.server_cpu / self.gemeten * 100:.0f} % van een kern, "
                f"{self.server_cpu / self.verzoeken * 1000:.1f} ms per verzoek"
            )
        lag = kwantiel(self.achterstand, 0.99)
        print(
            f"\nN = {self.n} deelnemers in {self.kamers} kamers, {self.gemeten:.0f} s gemeten: "
            f"{self.verzoeken / self.gemeten:.0f} verzoeken/s{cpu}; "
            f"vertrek van de klant p99 {ms(lag)} ms na plan; loadavg {self.loadavg:.1f}",
            file=uit,
        )
        print(
            f"{'soort':10} {'gepland':>7} {'per s':>6} {'p50':>6} {'p95':>6} {'p99':>6}   "
            f"{'(verzending p50/p95/p99)':>24} {'fouten':>6} {'409':>5} {'304':>5}",
            file=uit,
        )
        for soort, s in self.samenvattingen.items():
            verzending = f"{ms(s['p50_verzending'])}/{ms(s['p95_verzending'])}/" + ms(
                s["p99_verzending"]
            )
            print(
                f"{soort:10} {s['gepland']:>7} {s['per_s']:>6.1f} {ms(s['p50']):>6} "
                f"{ms(s['p95']):>6} {ms(s['p99']):>6}   {verzending:>24} {s['fouten']:>6} "
                f"{s['409']:>5} {s['304_aandeel'] * 100:>4.0f}%",
                file=uit,
            )
            if s["foutsoorten"]:
                print(f"{'':10} fouten: {s['foutsoorten']}", file=uit)
        if self.per_soort:
            print(f"  server-CPU per soort verzoek: {self.cpu_per_soort_tekst()}", file=uit)
        for b, p in self.per_server.items():
            cpu = (
                f", {p['cpu'] / p['verzoeken'] * 1000:.1f} ms CPU per verzoek"
                if (p["cpu"] is not None and p["verzoeken"])
                else ""
            )
            print(f"  server {b}: {p['verzoeken'] / self.gemeten:.0f} verzoeken/s{cpu}", file=uit)
        if self.database:
            d = self.database
            print(
                f"  PostgreSQL: {d['transacties'] / self.gemeten:.0f} transacties/s, "
                f"{d['rijen_gelezen'] / self.gemeten:.0f} rijen gelezen/s, "
                f"{d['rijen_geschreven'] / self.gemeten:.0f} geschreven/s; backends "
                f"{d['cpu'] / self.gemeten * 100:.0f} % van een kern, "
                f"{d['cpu'] / max(1, d['transacties']) * 1000:.2f} ms CPU per transactie",
                file=uit,
            )
        oordeel = "GEHAALD" if self.gehaald else "NIET gehaald"
        print(
            f"=> {oordeel}: p95 (vanaf plan) van de traagste soort {ms(self.slechtste_p95)} ms, "
            f"{self.fouten} fouten",
            file=uit,
        )


# --- Servers, databases -------------------------------------------------------------------------


def vrije_poort() -> int:
    """A free port in 20000-30000 (below the ephemeral range, as the project's rules ask)."""
    toeval = random.Random()
    for _ in range(200):
        poort = toeval.randint(20000, 29999)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", poort))
            except OSError:
                continue
            return poort
    raise RuntimeError("geen vrije poort tussen 20000 en 30000")


def omgeving(database_url: str, statisch: Path) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DEBUG": "false",
        "SECRET_KEY": "belasting-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(statisch),
        # Plain http on loopback: cookies must not be marked Secure.
        "SESSION_COOKIE_SECURE": "false",
        "LOG_LEVEL": "ERROR",
    }


def manage(env: dict, *args: str, settings: str | None = None) -> str:
    if settings:
        env = {**env, "DJANGO_SETTINGS_MODULE": settings}
    uit = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if uit.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} mislukte:\n{uit.stderr[-3000:]}")
    return uit.stdout


def app_server(env: dict, log: Path) -> Server:
    """The app under gunicorn, through benchmarks/meetwsgi.py (CPU per kind of request)."""
    return Server(
        env | {"MEET_BESTAND": str(log.with_suffix(".meet.json"))},
        "benchmarks.meetwsgi:application",
        log,
    )


def bereid_database_voor(env: dict, kamers: int, werkingen: int) -> list[str]:
    """A fresh database with reference data and one demo session per room; returns the codes."""
    url = env["DATABASE_URL"]
    if url.startswith("postgres"):
        import psycopg

        naam = urlsplit(url).path.lstrip("/")
        beheer = url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(beheer, autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')
            c.execute(f'CREATE DATABASE "{naam}"')
    manage(env, "migrate", "--no-input", "-v0")
    # The login throttle's counters live in the database cache (as `make run` sets it up).
    manage(env, "createcachetable", "-v0")
    manage(env, "loaddata", "gemeenten", "inspiratie", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    codes = [kamercode(i) for i in range(kamers)]
    # One process for all rooms (a process per `demo` would cost a second each).
    script = (
        "from django.core.management import call_command\n"
        f"for code in {codes!r}:\n"
        f"    call_command('demo', code=code, werkingen={werkingen}, verbosity=0)\n"
    )
    manage(env, "shell", "-c", script)
    manage(
        env,
        "shell",
        "-c",
        "from benchmarks.vloer.urls import maak_tabel; maak_tabel()",
        settings="benchmarks.vloer.settings",
    )
    return codes


class Server:
    """gunicorn (gthread, 1 worker x 8 threads) pinned to CPU 0, stopped by its PID."""

    def __init__(self, env: dict, wsgi: str, log: Path, threads: int = 8, cpu: str = "0") -> None:
        self.poort = vrije_poort()
        # Django logs every 404 and 409 as a warning: to a file, read back when something failed.
        self.log = log
        self._log = log.open("a")
        self.basis = f"http://127.0.0.1:{self.poort}"
        taskset = ["taskset", "-c", cpu] if shutil.which("taskset") else []
        self.proces = subprocess.Popen(
            [
                *taskset,
                str(Path(PYTHON).parent / "gunicorn"),
                wsgi,
                "--bind",
                f"127.0.0.1:{self.poort}",
                "--worker-class",
                "gthread",
                "--workers",
                "1",
                "--threads",
                str(threads),
                "--backlog",
                "2048",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
            stdout=self._log,
            stderr=self._log,
        )
        self.pids: list[int] = []
        # Served through benchmarks/meetwsgi.py: its CPU per kind of request, in this file.
        self.meet_bestand = Path(env["MEET_BESTAND"]) if env.get("MEET_BESTAND") else None

    def wacht(self, pad: str = "/") -> None:
        for _ in range(300):
            if self.proces.poll() is not None:
                raise RuntimeError("gunicorn stopte meteen")
            try:
                with socket.create_connection(("127.0.0.1", self.poort), timeout=0.5):
                    break
            except OSError:
                time.sleep(0.1)
        for _ in range(100):
            self.pids = [self.proces.pid, *kinderen(self.proces.pid)]
            if len(self.pids) > 1:
                break
            time.sleep(0.1)

    def stop(self) -> None:
        if self.proces.poll() is None:
            self.proces.terminate()
            try:
                self.proces.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proces.kill()
                self.proces.wait()
        self._log.close()

    def serverfouten(self) -> list[str]:
        """Tracebacks and worker timeouts gunicorn or Django logged."""
        tekst = self.log.read_text(errors="replace") if self.log.exists() else ""
        return [
            regel
            for regel in tekst.splitlines()
            if "Internal Server Error" in regel
            or "WORKER TIMEOUT" in regel
            or "Error" in regel[:40]
        ]

    def __enter__(self) -> Server:
        try:
            self.wacht()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *_) -> None:
        self.stop()


def kinderen(pid: int) -> list[int]:
    """The worker processes of gunicorn's master, whose CPU time the benchmark reads."""
    gevonden = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                gevonden.append(int(stat.parent.name))
    return gevonden


LUA_CODEER = r"""
local function codeer(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
"""


def lua_update(eerste: int, aantal: int) -> str:
    """wrk script: compare-and-swap UPDATEs round-robin over rows eerste..eerste+aantal-1; the
    answer names the row and its version, so the next UPDATE of that row has the right one."""
    return (
        LUA_CODEER
        + f"""
local eerste, aantal, i = {eerste}, {aantal}, 0
local versies = {{}}
request = function()
  local id = eerste + i % aantal
  i = i + 1
  local body = "id=" .. id .. "&versie=" .. (versies[id] or 0)
    .. "&waarde=" .. codeer("rij " .. id .. " keer " .. i)
  local koppen = {{["Content-Type"] = "application/x-www-form-urlencoded"}}
  return wrk.format("POST", "/update/", koppen, body)
end
response = function(status, headers, body)
  local id, versie = body:match("^(%d+) (%d+)$")
  if id then versies[tonumber(id)] = tonumber(versie) end
end
"""
    )


def lua_autosave(doelen: list[Deelnemer]) -> str:
    """wrk script: the app's autosave round-robin over participants, each in a field of their
    own. The saved text names its participant ("p3 v17"), so the JSON answer gives that
    participant's next basis, as autosave.js keeps it."""
    rijen = ",\n".join(
        f'{{pad="{urlsplit(d.eigen.url).path}", csrf="{d.csrf()}", '
        f'koekjes="{"; ".join(f"{k.key}={k.value}" for k in d.sessie.cookie_jar)}", '
        f'basis="{quote(d.eigen.basis, safe="")}"}}'
        for d in doelen
    )
    return (
        LUA_CODEER
        + f"""
local doelen = {{
{rijen}
}}
local i, n = 0, 0
request = function()
  i = i % #doelen + 1
  n = n + 1
  local d = doelen[i]
  local body = "waarde=" .. codeer("p" .. i .. " v" .. n) .. "&basis=" .. d.basis
  return wrk.format("POST", d.pad, {{["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-Autosave"] = "1", ["X-CSRFToken"] = d.csrf, ["Cookie"] = d.koekjes}}, body)
end
response = function(status, headers, body)
  local waarde, p = body:match('"waarde": "(p(%d+) v%d+)"')
  if p then doelen[tonumber(p)].basis = codeer(waarde) end
end
"""
    )


def tijd_in_s(getal: str, eenheid: str) -> float:
    return float(getal) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[eenheid]


def wrk(
    url: str,
    duur: float,
    pids: list[int],
    script: str | None = None,
    koppen: tuple[str, ...] = (),
    verbindingen: int = 16,
) -> dict | None:
    """Closed-loop maximum with Debian's wrk (one thread, pinned to CPU 1): requests per second,
    answers that were not 2xx, the median and the server's CPU per request. None without wrk."""
    if not shutil.which("wrk"):
        return None
    taskset = ["taskset", "-c", "1"] if shutil.which("taskset") else []
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as lua:
        opdracht = [*taskset, "wrk", "-t1", f"-c{verbindingen}", f"-d{max(1, round(duur))}s"]
        opdracht.append("--latency")
        if script:
            lua.write(script)
            lua.flush()
            opdracht += ["-s", lua.name]
        for kop in koppen:
            opdracht += ["-H", kop]
        cpu_start = server_cpu(pids)
        uit = subprocess.run([*opdracht, url], capture_output=True, text=True).stdout
        cpu_einde = server_cpu(pids)
    per_s = re.search(r"Requests/sec:\s+([\d.]+)", uit)
    aantal = re.search(r"(\d+) requests in", uit)
    if per_s is None or aantal is None:
        raise RuntimeError(f"wrk gaf geen resultaat:\n{uit}")
    niet_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", uit)
    socket_fouten = re.search(r"Socket errors: (.*)", uit)
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s|m)", uit)
    n = int(aantal.group(1))
    return {
        "per_s": float(per_s.group(1)),
        "p50": tijd_in_s(*p50.groups()) if p50 else math.nan,
        "fouten": {
            k: v
            for k, v in (
                ("niet 2xx", int(niet_2xx.group(1)) if niet_2xx else 0),
                ("socket", socket_fouten.group(1) if socket_fouten else 0),
            )
            if v
        },
        "cpu_per_verzoek": (cpu_einde - cpu_start) / n
        if cpu_start is not None and cpu_einde is not None and n
        else None,
        "met": "wrk",
    }


# --- More than one server: PostgreSQL's counters, the consistency check -------------------------


class Databaseteller:
    """PostgreSQL's own figures for one database during a run: its transactions and rows
    (`pg_stat_database`) and the CPU time of its backends (`/proc/<pid>/stat` of the processes
    `pg_stat_activity` lists for it, sampled every second, so a backend that reconnects after
    CONN_MAX_AGE loses at most its last second). Read from the `postgres` database, so these
    queries do not count themselves. pg_stat_statements is not preloaded on this shared
    service; in autocommit every statement outside `atomic()` is a transaction of its own, so
    transactions are a lower bound on statements."""

    def __init__(self, database_url: str) -> None:
        import psycopg

        self.naam = urlsplit(database_url).path.lstrip("/")
        self.verbinding = psycopg.connect(
            database_url.rsplit("/", 1)[0] + "/postgres", autocommit=True
        )
        self.cpu: dict[int, float] = {}

    def bemonster(self) -> None:
        rijen = self.verbinding.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s", (self.naam,)
        ).fetchall()
        for (pid,) in rijen:
            if (cpu := server_cpu([pid])) is not None:
                self.cpu[pid] = cpu

    async def bemonster_telkens(self, interval: float = 1.0) -> None:
        while True:
            await asyncio.to_thread(self.bemonster)
            await asyncio.sleep(interval)

    def stand(self) -> dict[str, float]:
        self.bemonster()
        rij = self.verbinding.execute(
            "SELECT xact_commit + xact_rollback, tup_returned + tup_fetched, "
            "tup_inserted + tup_updated + tup_deleted FROM pg_stat_database WHERE datname = %s",
            (self.naam,),
        ).fetchone()
        return {
            "transacties": rij[0],
            "rijen_gelezen": rij[1],
            "rijen_geschreven": rij[2],
            "cpu": sum(self.cpu.values()),
        }

    def sluit(self) -> None:
        self.verbinding.close()


@dataclass
class Controle:
    """What the consistency check after a run found."""

    velden: int = 0
    verloren: list[str] = field(default_factory=list)
    # Saved, though the client never heard so (no answer in time): not lost.
    onbevestigd: list[str] = field(default_factory=list)
    kamers: int = 0
    werkingen: int = 0
    dashboards: list[str] = field(default_factory=list)

    @property
    def schoon(self) -> bool:
        return self.velden > 0 and self.kamers > 0 and not self.verloren and not self.dashboards

    def druk(self, uit=None) -> None:
        uit = uit or sys.stdout
        print(
            f"\nControle: {self.velden} eigen velden, {len(self.verloren)} verloren bewaringen, "
            f"{len(self.onbevestigd)} bewaard zonder bevestiging; {self.kamers} kamers, "
            f"{self.werkingen} werkingen, {len(self.dashboards)} afwijkingen in de dashboards",
            file=uit,
        )
        for regel in [*self.verloren[:20], *self.onbevestigd[:5], *self.dashboards[:20]]:
            print(f"  {regel}", file=uit)
        print("=> " + ("SCHOON" if self.schoon else "NIET schoon"), file=uit)


def kort(tekst: str | None, lengte: int = 50) -> str:
    return repr(tekst if tekst is None or len(tekst) <= lengte else tekst[:lengte] + "…")


def controleer_bewaringen(
    deelnemers: list[Deelnemer], opgeslagen: Callable[[str], str | None], controle: Controle
) -> None:
    """Lost saves: each participant's last confirmed (200) text in their own field is what the
    database holds. Only fields nobody else writes count (a colleague's later save would be
    theirs to check)."""
    schrijvers: Counter = Counter()
    for d in deelnemers:
        for veld in {v.url for v in (d.eigen, d.gedeeld) if v}:
            schrijvers[veld] += 1
    for d in deelnemers:
        url = d.eigen.url if d.eigen else ""
        if schrijvers[url] != 1 or url not in d.bevestigd:
            continue
        controle.velden += 1
        bewaard, bevestigd = opgeslagen(url), d.bevestigd[url]
        if bewaard == bevestigd:
            continue
        regel = f"{d.naam}, {urlsplit(url).path}: bevestigd {kort(bevestigd)}, in de database "
        if bewaard in d.onzeker.get(url, ()):
            controle.onbevestigd.append(regel + f"de latere {kort(bewaard)}")
        else:
            controle.verloren.append(regel + kort(bewaard))


BEWAAR_PAD = re.compile(r"/bewaar/(werking|kenmerk)/(\d+)/([a-z_]+)/$")


def opgeslagen_waarde(cursor, url: str) -> str | None:
    """The stored text behind an autosave URL, read with SQL (a DB-API cursor with %s
    parameters: psycopg's, or Django's in the tests). None for a row that is not there."""
    m = BEWAAR_PAD.search(urlsplit(url).path)
    if m is None:
        raise ValueError(f"geen bewaaradres van een werking of kenmerk: {url}")
    tabel = {"werking": "werking_werking", "kenmerk": "werking_kenmerk"}[m.group(1)]
    cursor.execute(f"SELECT {m.group(3)} FROM {tabel} WHERE id = %s", (int(m.group(2)),))
    rij = cursor.fetchone()
    return None if rij is None else rij[0]


def stap1_stand(*teksten: str) -> str:
    """What the dashboard says of STAP 1 (its three texts: all, some or none filled in)."""
    gevuld = [bool((t or "").strip()) for t in teksten]
    return "✓ ingevuld" if all(gevuld) else "deels ingevuld" if any(gevuld) else "nog leeg"


def database_stand(cursor, code: str) -> dict[str, dict]:
    """Per werking of a session what its dashboard should show, straight from the tables:
    name, participants, STAP 1, sterktes and beperkingen (removed ones not counted)."""
    stand: dict[str, dict] = {}
    cursor.execute(
        "SELECT w.id, w.naam, w.dagelijkse_werking, w.doel, w.voor_wie FROM werking_werking w "
        "JOIN sessies_sessie s ON s.id = w.sessie_id WHERE s.code = %s",
        (code,),
    )
    for pk, naam, *stap1 in cursor.fetchall():
        stand[str(pk)] = {
            "naam": naam,
            "deelnemers": [],
            "stap1": stap1_stand(*stap1),
            "sterkte": 0,
            "beperking": 0,
        }
    cursor.execute(
        "SELECT d.werking_id, d.naam FROM sessies_deelnemer d JOIN werking_werking w "
        "ON w.id = d.werking_id JOIN sessies_sessie s ON s.id = w.sessie_id WHERE s.code = %s",
        (code,),
    )
    for pk, naam in cursor.fetchall():
        stand[str(pk)]["deelnemers"].append(naam)
    cursor.execute(
        "SELECT k.werking_id, k.soort, COUNT(*) FROM werking_kenmerk k JOIN werking_werking w "
        "ON w.id = k.werking_id JOIN sessies_sessie s ON s.id = w.sessie_id "
        "WHERE s.code = %s AND k.verwijderd_op IS NULL GROUP BY k.werking_id, k.soort",
        (code,),
    )
    for pk, soort, aantal in cursor.fetchall():
        stand[str(pk)][soort] = aantal
    for w in stand.values():
        w["deelnemers"].sort()
    return stand


# What differs between two renderings of one state: the CSRF token, the ETag, who is active
# now (a time window) and the timer's clock.
VLUCHTIG = (
    (re.compile(r'<input type="hidden" name="csrfmiddlewaretoken"[^>]*>'), ""),
    (re.compile(r'\sdata-(?:live-etag|servertijd|einde|rest)="[^"]*"'), ""),
    (re.compile(r'<span class="visueel-verborgen"> \(nu actief\)</span>'), ""),
    (re.compile(r'class="persoon actief"'), 'class="persoon"'),
    (re.compile(r"· \d+ nu actief"), "· nu actief"),
    (re.compile(r'(role="timer" aria-label="Timer">)[^<]*'), r"\1"),
)


def zonder_vluchtig(regio: str) -> str:
    for patroon, vervanging in VLUCHTIG:
        regio = patroon.sub(vervanging, regio)
    return regio


def dashboard_stand(regio: str) -> dict[str, dict]:
    """Per werking what the dashboard's region shows (the same keys as database_stand)."""
    stand = {}
    for stuk in regio.split('<li class="werkingkaart" id="werking-')[1:]:
        pk = stuk[: stuk.index('"')]
        naam = re.search(r'-link">(.*?)</a>', stuk, re.S)
        stap1 = re.search(r"<dt>STAP 1</dt><dd>(.*?)</dd>", stuk, re.S)
        wie = re.search(r'<p class="wie">(.*?)</p>', stuk, re.S)
        personen = re.findall(r'<span class="persoon[^"]*">([^<]*)', wie.group(1) if wie else "")
        sterktes = re.search(r"(\d+) sterkte", stuk)
        beperkingen = re.search(r"(\d+) beperking", stuk)
        stand[pk] = {
            "naam": html.unescape(naam.group(1)) if naam else None,
            "deelnemers": sorted(html.unescape(p) for p in personen),
            "stap1": html.unescape(stap1.group(1).strip()) if stap1 else None,
            "sterkte": int(sterktes.group(1)) if sterktes else None,
            "beperking": int(beperkingen.group(1)) if beperkingen else None,
        }
    return stand


def vergelijk_dashboards(
    code: str, regio_per_server: dict[str, str], database: dict[str, dict]
) -> list[str]:
    """Differences between the servers' dashboards of one room, and between each and the
    database; an empty list when all agree."""
    afwijkingen = []
    regios = {b: zonder_vluchtig(r) for b, r in regio_per_server.items()}
    if not regios:
        return [f"{code}: geen dashboard"]
    eerste, *andere = regios
    for b in andere:
        if regios[b] != regios[eerste]:
            a, z = regios[b], regios[eerste]
            plek = next((i for i, (x, y) in enumerate(zip(a, z, strict=False)) if x != y), len(a))
            afwijkingen.append(
                f"{code}: het dashboard van {b} verschilt van dat van {eerste} vanaf "
                f"{kort(a[max(0, plek - 30) : plek + 50], 80)}"
            )
    for b, regio in regio_per_server.items():
        getoond = dashboard_stand(regio)
        for pk in sorted(set(getoond) | set(database)):
            if getoond.get(pk) != database.get(pk):
                afwijkingen.append(
                    f"{code}, werking {pk} op {b}: getoond {getoond.get(pk)}, "
                    f"in de database {database.get(pk)}"
                )
    return afwijkingen


async def haal_dashboards(klant: Klant) -> dict[str, dict[str, str]]:
    """After the load: each room's dashboard as its facilitator sees it on every server (the
    live region, as the dashboard's poll asks for it, without If-None-Match). A page that did
    not answer 200 is its status."""
    regios: dict[str, dict[str, str]] = {}
    for kamer in klant.actieve_kamers():
        if kamer.begeleider is None:
            continue
        regios[kamer.code] = {}
        for basis in klant.servers:
            url = basis + klant.dashboard_pad.format(code=kamer.code)
            status, inhoud, _, _ = await kamer.begeleider.vraag(
                "GET", url, koppen={"HX-Request": "true"}, vast=True
            )
            regios[kamer.code][basis] = inhoud.decode() if status == 200 else f"status {status}"
    return regios


def controleer(klant: Klant, regios: dict[str, dict[str, str]], cursor) -> Controle:
    """Lost saves, and every room's dashboards against each other and the database."""
    controle = Controle()
    controleer_bewaringen(klant.deelnemers, lambda url: opgeslagen_waarde(cursor, url), controle)
    for code, per_server in regios.items():
        database = database_stand(cursor, code)
        controle.kamers += 1
        controle.werkingen += len(database)
        controle.dashboards += vergelijk_dashboards(code, per_server, database)
    return controle


# --- The measurements ---------------------------------------------------------------------------


@dataclass
class Instellingen:
    # 50 s per step keeps the full run (two databases, six steps) under 15 minutes.
    duur: float = 50.0
    opwarmen: float = 10.0
    stappen: tuple[int, ...] = STAPPEN
    per_kamer: int = 25
    werkingen: int = 8
    gesloten_duur: float = 8.0
    alle_stappen: bool = False


async def vloeren_eigen_klant(basis: str, inst: Instellingen, pids: list[int]) -> dict:
    """Without wrk: the same maxima with this script's own client (which tops out near 900
    requests per second on a shared core, so the bare view's figure is then the client's)."""
    klant = Klant(basis, [])
    klant.server_pids = pids
    sessie = aiohttp.ClientSession(connector=klant.verbindingen, connector_owner=False)
    versies = [0] * 1000

    async def ok(_: int) -> int:
        async with sessie.get(f"{basis}/ok/") as r:
            await r.read()
            return r.status

    async def update(w: int) -> int:
        data = {"id": w + 1, "versie": versies[w], "waarde": f"werker {w} versie {versies[w]}"}
        async with sessie.post(f"{basis}/update/", data=data) as r:
            versies[w] = int((await r.read()).split()[1])
            return r.status

    try:
        kaal = await klant.gesloten_lus(ok, duur=inst.gesloten_duur)
        upd = await klant.gesloten_lus(update, duur=inst.gesloten_duur)
    finally:
        await sessie.close()
        await klant.sluit()
    return {"kaal": kaal | {"met": "eigen klant"}, "update": upd | {"met": "eigen klant"}}


def vloeren(basis: str, inst: Instellingen, pids: list[int]) -> dict:
    """Closed-loop maxima of the minimal project: a bare view and one compare-and-swap UPDATE.
    Each after a short warm-up run (the UPDATE's on other rows, so versions stay known)."""
    if not shutil.which("wrk"):
        return asyncio.run(vloeren_eigen_klant(basis, inst, pids))
    wrk(f"{basis}/ok/", 2, pids)
    kaal = wrk(f"{basis}/ok/", inst.gesloten_duur, pids)
    wrk(basis, 2, pids, script=lua_update(1, 500))
    update = wrk(basis, inst.gesloten_duur, pids, script=lua_update(501, 500))
    return {"kaal": kaal, "update": update}


# Participants for the closed-loop autosave: several per connection of wrk, so that each one's
# previous save has been answered before their next (their basis is then always current).
GESLOTEN_DEELNEMERS = 64


async def app_metingen(
    basis: str, codes: list[str], inst: Instellingen, pids: list[int], meet: Path | None = None
) -> dict:
    """The app's closed-loop autosave and STAP 2 maxima, then the open-loop step search."""
    klant = Klant(basis, codes, per_kamer=inst.per_kamer)
    klant.server_pids = pids
    klant.meet_bestanden = [meet] if meet else []
    uitkomst: dict = {"stappen": []}
    try:
        await klant.tot(GESLOTEN_DEELNEMERS)
        deelnemers = klant.deelnemers[:GESLOTEN_DEELNEMERS]

        async def bewaar(w: int) -> int:
            status, _ = await deelnemers[w].bewaar()
            return status

        async def stap2(w: int) -> int:
            d = deelnemers[w]
            status, _, _, _ = await d.vraag("GET", f"{basis}/doe-mee/{d.kamer.code}/stap-2/")
            return status

        # Warm-up with this client (it keeps every participant's basis current).
        await klant.gesloten_lus(bewaar, duur=2, opwarmen=0, goed=(200, 409))
        await klant.gesloten_lus(stap2, duur=1, opwarmen=0)
        d = deelnemers[0]
        koekjes = "; ".join(f"{k.key}={k.value}" for k in d.sessie.cookie_jar)
        if shutil.which("wrk"):
            uitkomst["autosave"] = await asyncio.to_thread(
                wrk, basis, inst.gesloten_duur, pids, lua_autosave(deelnemers)
            )
            uitkomst["stap2"] = await asyncio.to_thread(
                wrk,
                f"{basis}/doe-mee/{d.kamer.code}/stap-2/",
                inst.gesloten_duur,
                pids,
                None,
                (f"Cookie: {koekjes}",),
            )
            # wrk changed the fields: one save each brings every basis up to date again.
            await asyncio.gather(*(d.bewaar() for d in deelnemers))
        else:
            uitkomst["autosave"] = await klant.gesloten_lus(bewaar, duur=inst.gesloten_duur)
            uitkomst["stap2"] = await klant.gesloten_lus(stap2, duur=inst.gesloten_duur)
        print(
            f"  gesloten lus: autosave {uitkomst['autosave']['per_s']:.0f}/s "
            f"{uitkomst['autosave']['fouten'] or ''}, "
            f"STAP 2 {uitkomst['stap2']['per_s']:.0f}/s {uitkomst['stap2']['fouten'] or ''}",
            flush=True,
        )
        await stappen_zoeken(klant, inst, uitkomst)
        uitkomst["polls"] = dict(klant.poll_gevonden)
    finally:
        await klant.sluit()
    return uitkomst


async def stappen_zoeken(klant: Klant, inst: Instellingen, uitkomst: dict) -> None:
    """The open-loop step search: each N after the participants joined, until one fails."""
    for n in inst.stappen:
        aanmelden = await klant.tot(n)
        print(f"  {n} deelnemers aangemeld ({aanmelden:.0f} s)", flush=True)
        resultaat = await klant.open_lus(n, inst.duur, inst.opwarmen)
        resultaat.druk()
        uitkomst["stappen"].append(resultaat)
        if not resultaat.gehaald and not inst.alle_stappen:
            break
        await asyncio.sleep(2)  # let the queue drain before the next step


async def meerdere_servers_metingen(
    servers: list[Server], codes: list[str], inst: Instellingen, database_url: str
) -> dict:
    """The open-loop steps against several servers on one PostgreSQL (each request to one of
    them at random), then the consistency check. No closed-loop maxima: they are one
    server's."""
    import psycopg

    klant = Klant(
        servers[0].basis,
        codes,
        per_kamer=inst.per_kamer,
        andere_servers=tuple(s.basis for s in servers[1:]),
    )
    klant.server_pids = [pid for s in servers for pid in s.pids]
    klant.server_pids_per = {s.basis: s.pids for s in servers}
    klant.meet_bestanden = [s.meet_bestand for s in servers if s.meet_bestand]
    klant.database = Databaseteller(database_url)
    uitkomst: dict = {"stappen": []}
    try:
        await stappen_zoeken(klant, inst, uitkomst)
        # Requests the client gave up on may still be in a server's queue: let them finish.
        await asyncio.sleep(3)
        regios = await haal_dashboards(klant)
        with psycopg.connect(database_url, autocommit=True) as verbinding:
            uitkomst["controle"] = controleer(klant, regios, verbinding.cursor())
        uitkomst["controle"].druk()
        uitkomst["polls"] = dict(klant.poll_gevonden)
    finally:
        klant.database.sluit()
        await klant.sluit()
    return uitkomst


def meet_meerdere_servers(database_url: str, inst: Instellingen, aantal: int) -> dict:
    """`aantal` gunicorn processes (each 1 worker x 8 threads, all on CPU 0, the same
    SECRET_KEY) on one fresh PostgreSQL database."""
    map_ = Path(tempfile.mkdtemp(prefix="cultuuroptil-belasting-"))
    try:
        env = omgeving(database_url, map_ / "static")
        kamers = math.ceil(max(inst.stappen) / inst.per_kamer)
        print(f"\n=== PostgreSQL, {aantal} servers: database klaarzetten ({kamers} kamers)")
        codes = bereid_database_voor(env, kamers, inst.werkingen)
        with contextlib.ExitStack() as stapel:
            servers = [
                stapel.enter_context(app_server(env, map_ / f"app{i}.log")) for i in range(aantal)
            ]
            print("  servers: " + ", ".join(s.basis for s in servers), flush=True)
            try:
                uitkomst = asyncio.run(
                    meerdere_servers_metingen(servers, codes, inst, database_url)
                )
            except BaseException:
                for s in servers:
                    regels = (
                        s.log.read_text(errors="replace").splitlines() if s.log.exists() else []
                    )
                    print(f"  laatste regels van {s.basis}:", *regels[-20:], sep="\n    ")
                raise
        uitkomst["serverfouten"] = [f for s in servers for f in s.serverfouten()]
        if uitkomst["serverfouten"]:
            print("  serverfouten:", *uitkomst["serverfouten"][:10], sep="\n    ")
        return uitkomst
    finally:
        ruim_op(database_url, map_)


def druk_meerdere_servers(u: dict, aantal: int, bezetting: float = 0.7) -> None:
    """The projection: participants per extra app server from its CPU per request, and app
    servers per PostgreSQL core from the database's CPU per request."""
    print(f"\n=== Samenvatting ({aantal} servers, gunicorn gthread 1x8, allemaal op CPU 0)")
    for r in u["stappen"]:
        projectie = projecteer(r, bezetting)
        if projectie is None:
            continue
        per_s = r.verzoeken / r.gemeten
        regel = (
            f"N={r.n}: {per_s:.0f} verzoeken/s, {projectie['cpu_ms']:.1f} ms server-CPU per "
            f"verzoek, {projectie['per_deelnemer']:.2f} verzoeken/s per deelnemer: een extra "
            f"app-server (een kern aan {bezetting:.0%}) draagt ongeveer {projectie['n']:.0f} "
            "deelnemers"
        )
        if r.database and r.verzoeken:
            db_per_verzoek = r.database["cpu"] / r.verzoeken
            servers = projectie["cpu_ms"] / 1000 / db_per_verzoek if db_per_verzoek else math.inf
            regel += (
                f"; PostgreSQL {r.database['transacties'] / r.verzoeken:.2f} transacties en "
                f"{db_per_verzoek * 1000:.2f} ms CPU per verzoek: één databasekern aan "
                f"{bezetting:.0%} voedt ongeveer {servers:.1f} zulke app-servers"
            )
        print(regel + f" (loadavg {r.loadavg:.1f})")
    print(f"polls: {u.get('polls')}")
    print("controle: " + ("SCHOON" if u["controle"].schoon else "NIET schoon"))


def meet_database(naam: str, database_url: str, inst: Instellingen) -> dict:
    map_ = Path(tempfile.mkdtemp(prefix="cultuuroptil-belasting-"))
    try:
        if database_url.startswith("sqlite"):
            database_url = f"sqlite:///{map_ / 'belasting.sqlite3'}"
        env = omgeving(database_url, map_ / "static")
        kamers = math.ceil(max(*inst.stappen, GESLOTEN_DEELNEMERS) / inst.per_kamer)
        t = time.perf_counter()
        print(f"\n=== {naam}: database klaarzetten ({kamers} kamers)", flush=True)
        codes = bereid_database_voor(env, kamers, inst.werkingen)
        print(f"  klaar in {time.perf_counter() - t:.0f} s", flush=True)
        # The floors through the same measuring wrapper as the app (meetwsgi.py), so the ratio
        # compares like with like: it costs every request a few percent.
        with Server(
            env
            | {
                "DJANGO_SETTINGS_MODULE": "benchmarks.vloer.settings",
                "MEET_BESTAND": str(map_ / "vloer.meet.json"),
            },
            "benchmarks.meetwsgi:application",
            map_ / "vloer.log",
        ) as vloer:
            uitkomst = vloeren(vloer.basis, inst, vloer.pids)
        print(
            f"  vloeren ({uitkomst['kaal']['met']}): kale view {uitkomst['kaal']['per_s']:.0f}/s, "
            f"UPDATE {uitkomst['update']['per_s']:.0f}/s {uitkomst['update']['fouten'] or ''}",
            flush=True,
        )
        with app_server(env, map_ / "app.log") as app:
            try:
                uitkomst |= asyncio.run(
                    app_metingen(app.basis, codes, inst, app.pids, app.meet_bestand)
                )
            except BaseException:
                # The temporary folder goes with the run: show why the server refused first.
                print("  laatste regels van de serverlog:", flush=True)
                regels = (
                    app.log.read_text(errors="replace").splitlines() if app.log.exists() else []
                )
                print(*regels[-40:], sep="\n    ", flush=True)
                raise
        uitkomst["serverfouten"] = app.serverfouten()
        if uitkomst["serverfouten"]:
            print("  serverfouten:", *uitkomst["serverfouten"][:10], sep="\n    ")
        return uitkomst
    finally:
        ruim_op(database_url, map_)


def ruim_op(database_url: str, map_: Path) -> None:
    """After a run: its PostgreSQL database dropped (when it used one) and its folder gone."""
    if database_url.startswith("postgres"):
        with contextlib.suppress(Exception):
            import psycopg

            naam_db = urlsplit(database_url).path.lstrip("/")
            beheer = database_url.rsplit("/", 1)[0] + "/postgres"
            with psycopg.connect(beheer, autocommit=True) as c:
                c.execute(f'DROP DATABASE IF EXISTS "{naam_db}" WITH (FORCE)')
    shutil.rmtree(map_, ignore_errors=True)


def grootste_n(stappen: list[Resultaat]) -> int | None:
    gehaald = [r.n for r in stappen if r.gehaald]
    # The largest N below the first failing step: later steps cannot count.
    n = None
    for r in stappen:
        if not r.gehaald:
            break
        n = r.n
    return n if gehaald else None


def projecteer(r: Resultaat, bezetting: float = 0.7) -> dict | None:
    """How many participants one core carries at `bezetting` of its time, from the CPU per
    request measured in a step. Less sensitive to other work on the machine than the latency
    search (a busy neighbour adds waiting, not much CPU), so it is printed beside it."""
    if r.server_cpu is None or not r.verzoeken:
        return None
    cpu = r.server_cpu / r.verzoeken
    per_deelnemer = r.verzoeken / r.gemeten / r.n
    return {
        "cpu_ms": cpu * 1000,
        "per_deelnemer": per_deelnemer,
        "n": bezetting / (cpu * per_deelnemer),
    }


def druk_samenvatting(uitkomsten: dict[str, dict], inst: Instellingen) -> None:
    print("\n=== Samenvatting (server: gunicorn gthread 1x8 op CPU 0, klant op CPU 1)")
    print(
        f"{'database':12} {'kale view':>10} {'UPDATE':>8} {'autosave':>9} {'ratio':>6} "
        f"{'STAP 2':>7} {'CPU/autosave':>13} {'grootste N':>11}"
    )
    for naam, u in uitkomsten.items():
        autosave, update = u["autosave"]["per_s"], u["update"]["per_s"]
        cpu = u["autosave"]["cpu_per_verzoek"]
        n = grootste_n(u["stappen"])
        kaal = f"{u['kaal']['per_s']:.0f}"
        print(
            f"{naam:12} {kaal:>10} {update:>8.0f} {autosave:>9.0f} {autosave / update:>6.2f} "
            f"{u['stap2']['per_s']:>7.0f} {(cpu or math.nan) * 1000:>10.1f} ms "
            f"{n if n is not None else '< ' + str(inst.stappen[0]):>11}"
        )
    print(
        "verzoeken/s in gesloten lus (wrk, 16 verbindingen); ratio = autosave / UPDATE; "
        f"grootste N: p95 < {GRENS_P95 * 1000:.0f} ms voor elke soort en 0 fouten, stappen "
        f"{', '.join(map(str, inst.stappen))} ({inst.duur:.0f} s na {inst.opwarmen:.0f} s "
        "opwarmen)."
    )
    for naam, u in uitkomsten.items():
        print(f"polls ({naam}): {u.get('polls')}")
        if u["stappen"] and (projectie := projecteer(u["stappen"][-1])):
            print(
                f"  projectie ({naam}): {projectie['cpu_ms']:.1f} ms server-CPU per verzoek in de "
                f"laatste stap, {projectie['per_deelnemer']:.2f} verzoeken/s per deelnemer: "
                f"één kern aan 70 % draagt ongeveer {projectie['n']:.0f} deelnemers"
            )
        for r in u["stappen"]:
            s = r.samenvattingen
            print(
                f"  {naam} N={r.n}: "
                + ", ".join(f"{k} p95 {ms(v['p95'])} ms" for k, v in s.items())
                + f", fouten {r.fouten}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alles", action="store_true", help="SQLite en PostgreSQL, alles")
    parser.add_argument("--kort", action="store_true", help="korte versie (bewijst dat het werkt)")
    parser.add_argument("--db", choices=["sqlite", "postgres"], action="append")
    parser.add_argument("--stappen", type=lambda s: tuple(int(x) for x in s.split(",")))
    parser.add_argument("--duur", type=float, help="gemeten seconden per stap (standaard 50)")
    parser.add_argument("--opwarmen", type=float, help="seconden vooraf, niet gemeten (10)")
    parser.add_argument("--alle-stappen", action="store_true", help="niet stoppen na een faler")
    parser.add_argument(
        "--servers",
        type=int,
        default=1,
        help="zoveel app-servers op één PostgreSQL, elk verzoek naar een willekeurige; "
        "daarna de controle op verloren bewaringen en dashboards (alleen met --db postgres)",
    )
    parser.add_argument("--url", help="een draaiende server (geen eigen database of server)")
    parser.add_argument("--code", action="append", help="met --url: sessiecode(s)")
    parser.add_argument("--poll-pad", help="pad van de deelnemerspoll (anders uit de pagina)")
    parser.add_argument("--dashboard-pad", default="/sessies/{code}/")
    parser.add_argument("--scherm-pad", default="/sessies/{code}/scherm/")
    parser.add_argument(
        "--postgres",
        default=f"postgres://postgres@127.0.0.1:5432/{PG_NAAM}",
        help="PostgreSQL-URL (de database wordt gewist en opnieuw gemaakt)",
    )
    args = parser.parse_args()

    inst = Instellingen()
    if args.kort:
        inst = Instellingen(duur=10, opwarmen=3, stappen=(25, 50), gesloten_duur=3)
    if args.stappen:
        inst.stappen = args.stappen
    if args.duur:
        inst.duur = args.duur
    if args.opwarmen is not None:
        inst.opwarmen = args.opwarmen
    inst.alle_stappen = args.alle_stappen

    if shutil.which("taskset"):
        os.sched_setaffinity(0, {1})

    if args.url:
        klant = Klant(
            args.url,
            args.code or [],
            per_kamer=inst.per_kamer,
            poll_pad=args.poll_pad,
            dashboard_pad=args.dashboard_pad,
            scherm_pad=args.scherm_pad,
        )

        async def op_url() -> None:
            try:
                for n in inst.stappen:
                    await klant.tot(n)
                    (await klant.open_lus(n, inst.duur, inst.opwarmen)).druk()
                print(f"polls: {klant.poll_gevonden}")
            finally:
                await klant.sluit()

        asyncio.run(op_url())
        return

    databases = args.db or (["sqlite", "postgres"] if args.alles else ["sqlite"])
    start = time.perf_counter()
    if args.servers > 1:
        if databases != ["postgres"] or args.url:
            raise SystemExit("--servers 2 kan alleen met --db postgres (één gedeelde database).")
        uitkomst = meet_meerdere_servers(args.postgres, inst, args.servers)
        druk_meerdere_servers(uitkomst, args.servers)
        print(f"\nTotale duur {time.perf_counter() - start:.0f} s.")
        if not uitkomst["controle"].schoon or uitkomst["serverfouten"]:
            sys.exit(1)
        return
    uitkomsten = {}
    for db in databases:
        naam = "SQLite" if db == "sqlite" else "PostgreSQL"
        uitkomsten[naam] = meet_database(naam, "sqlite" if db == "sqlite" else args.postgres, inst)
    druk_samenvatting(uitkomsten, inst)
    print(f"\nTotale duur {time.perf_counter() - start:.0f} s.")


if __name__ == "__main__":
    main()
