"""CPU time per request, in process: what one request costs the server, whatever the neighbours do.

Wall-clock figures on a shared 2-core machine measure the neighbours; CPU time of this process
does not (much). The script builds a fresh SQLite database in a temporary folder (migrate,
reference data, collectstatic, `demo --werkingen 8`), joins as participants through the real
join flow with Django's test Client (CSRF enforced), and then times a few hundred requests of
each kind with `time.process_time()`, after a warm-up:

- autosave: `POST /doe-mee/<CODE>/bewaar/kenmerk/<pk>/tekst/` (X-Autosave, waarde, basis);
- the STAP 2 page of a werking with 20 kenmerken, its HTML bytes and what one kenmerk adds
  (the same page with 0 kenmerken, per kenmerk);
- STAP 1, STAP 3 (partnerkaarten) and the bollenschema of a filled-in demo werking;
- a participant's poll that finds nothing new (304), the dashboard's and the projector's;
- the first participant page with everything it loads, bytes transferred with compression.

The figures include the test Client's own work (building the request, cookies): the same for
every version, so before/after compare; they exclude a network server. Run it from the project
(or with --root on another checkout's files, e.g. `git archive main | tar -x -C /tmp/main`):

    .venv/bin/python benchmarks/cpu.py [--n 300] [--warm 50] [--root DIR] [--json uit.json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

CODE = "BNKCPU"
STERKTES = [
    "We hebben een grote, goed uitgeruste zaal met 300 zitplaatsen",
    "Onze vrijwilligers kennen iedereen in het dorp",
    "We bereiken veel jonge gezinnen via de voorleesuurtjes",
    "We hebben ervaring met participatieve projecten met de buurt",
    "Een sterke band met de scholen van de gemeente",
    "We beschikken over een eigen atelier en materiaal",
    "Ons programma trekt bezoekers uit de hele regio aan",
    "Een team dat open staat voor nieuwe vormen",
    "We hebben een goed gevulde uitleendienst",
    "Onze website en nieuwsbrief bereiken 4000 mensen",
]
BEPERKINGEN = [
    "We bereiken weinig jongeren tussen 14 en 20",
    "Ons programmatiebudget kan de zaal niet vullen",
    "We komen te weinig vernieuwend uit de hoek",
    "De zaal is slecht bereikbaar met het openbaar vervoer",
    "Te weinig vrijwilligers voor de avondactiviteiten",
    "We missen kennis over subsidies en projectaanvragen",
    "Mensen met een beperking vinden moeilijk de weg naar ons",
    "Onze communicatie blijft binnen de eigen kring",
    "Er is weinig contact met de sociale sector",
    "Het gebouw is aan renovatie toe",
]


def stel_in(root: Path, tmp: Path) -> None:
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "cultuuroptil.settings",
            "DATABASE_URL": f"sqlite:///{tmp / 'cpu.sqlite3'}",
            "DEBUG": "false",
            "SECRET_KEY": "cpu-" + "x" * 46,
            "ALLOWED_HOSTS": "testserver,127.0.0.1",
            "STATIC_ROOT": str(tmp / "static"),
            "STATIC_FINDERS": "false",
            "STATIC_MANIFEST": "true",
            "SESSION_COOKIE_SECURE": "false",
            "LOG_LEVEL": "ERROR",
        }
    )
    # The checkout to measure comes first on the path (its apps, templates and fixtures).
    sys.path.insert(0, str(root))
    os.chdir(root)
    import django

    django.setup()
    import cultuuroptil.settings

    if Path(cultuuroptil.settings.__file__).resolve().parent.parent != root.resolve():
        raise SystemExit(f"cultuuroptil komt niet uit {root}")


def bereid_voor() -> None:
    from django.core.management import call_command

    call_command("migrate", "--no-input", verbosity=0)
    call_command("createcachetable", verbosity=0)
    call_command("loaddata", "gemeenten", "inspiratie", verbosity=0)
    call_command("collectstatic", "--no-input", verbosity=0)
    call_command("demo", code=CODE, werkingen=8, verbosity=0)


def csrf_uit(tekst: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', tekst).group(1)


class Browser:
    def __init__(self) -> None:
        from django.test import Client

        self.client = Client(enforce_csrf_checks=True)

    def csrf(self) -> str:
        return self.client.cookies["csrftoken"].value

    # As a browser asks: compression (where the server offers it) is part of the cost.
    KOPPEN = {"Accept-Encoding": "gzip, deflate, br"}

    def get(self, url: str, **headers: str):
        return self.client.get(url, headers={**self.KOPPEN, **headers})

    def post(self, url: str, data: dict, **headers: str):
        # Urlencoded, as browsers send forms and autosave.js its URLSearchParams (the test
        # Client's default multipart body cost an autosave 0.8 ms of parsing no browser asks).
        return self.client.post(
            url,
            urlencode(data),
            content_type="application/x-www-form-urlencoded",
            headers={**self.KOPPEN, "X-CSRFToken": self.csrf(), **headers},
        )


def inhoud(antwoord) -> bytes:
    """The body as the browser reads it (decompressed)."""
    if antwoord.get("Content-Encoding") == "gzip":
        return gzip.decompress(antwoord.content)
    return antwoord.content


def doe_mee(naam: str, werking: str | None) -> Browser:
    """Join through the join page: an existing werking by name, or a new one (None)."""
    b = Browser()
    pagina = inhoud(b.get(f"/doe-mee/{CODE}/")).decode()
    if werking is None:
        data = {
            "naam": naam,
            "werking": "nieuw",
            "nieuwe_werking": "CPU-meting",
            "gemeente": "Gent",
        }
    else:
        keuzes = re.findall(r'name="werking" value="(\d+)"[^>]*>\s*([^<]+)', pagina)
        data = {"naam": naam, "werking": keuzes[0][0]}
    data["csrfmiddlewaretoken"] = csrf_uit(pagina)
    antwoord = b.post(f"/doe-mee/{CODE}/", data)
    assert antwoord.status_code == 302, antwoord.status_code
    return b


def meet(n: int, warm: int, verzoek: Callable[[], object]) -> float:
    """CPU milliseconds per request, after `warm` requests that are not counted."""
    for _ in range(warm):
        verzoek()
    begin = time.process_time()
    for _ in range(n):
        verzoek()
    return (time.process_time() - begin) * 1000 / n


def queries(verzoek: Callable[[], object]) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as vastgelegd:
        verzoek()
    return len(vastgelegd.captured_queries)


def overgedragen(b: Browser, url: str) -> tuple[int, int, list[tuple[str, int]]]:
    """Bytes on the wire for a page and everything it loads, as a browser asking for gzip and
    brotli gets them: (HTML, total, [(static path, bytes)])."""
    kop = Browser.KOPPEN
    antwoord = b.client.get(url, headers=kop)
    html_bytes = len(antwoord.content)
    bronnen = re.findall(r'(?:src|href)="(/static/[^"]+)"', inhoud(antwoord).decode())
    statisch = []
    for pad in dict.fromkeys(bronnen):
        a = b.client.get(pad, headers=kop)
        lijf = b"".join(a.streaming_content) if a.streaming else a.content
        statisch.append((pad, len(lijf)))
        a.close()
    return html_bytes, html_bytes + sum(n for _, n in statisch), statisch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="verzoeken per meting")
    parser.add_argument("--warm", type=int, default=50, help="opwarmverzoeken per meting")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--json", type=Path, help="schrijf de cijfers ook als JSON")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="cu-cpu-"))
    try:
        stel_in(args.root.resolve(), tmp)
        bereid_voor()
        uitkomst = meet_alles(args.n, args.warm)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(uitkomst, indent=2))


def meet_alles(n: int, warm: int) -> dict:
    from django.contrib.auth import get_user_model

    uit: dict[str, dict] = {}

    def regel(naam: str, ms: float, q: int, extra: str = "", **meer: object) -> None:
        uit[naam] = {"cpu_ms": round(ms, 3), "queries": q, **meer}
        print(f"{naam:34} {ms:7.2f} ms CPU/verzoek  {q:2d} queries  {extra}", flush=True)

    # A participant in a werking of their own (STAP 2 from 0 to 20 kenmerken), and one in a
    # filled-in demo werking (STAP 1, STAP 3, bollenschema as in a room).
    nieuw = doe_mee("Meter Nieuw", None)
    demo = doe_mee("Meter Demo", "demo")
    stap2 = f"/doe-mee/{CODE}/stap-2/"

    leeg = nieuw.get(stap2)
    assert leeg.status_code == 200
    leeg_ms = meet(n, warm, lambda: nieuw.get(stap2))
    for i in range(10):
        for soort, teksten in (("sterkte", STERKTES), ("beperking", BEPERKINGEN)):
            a = nieuw.post(f"/doe-mee/{CODE}/stap-2/nieuw/", {"soort": soort, "tekst": teksten[i]})
            assert a.status_code == 302, a.status_code
    vol = nieuw.get(stap2)
    html = inhoud(vol).decode()
    aantal = html.count('data-autosave="/doe-mee/')
    assert aantal == 20, aantal
    vol_ms = meet(n, warm, lambda: nieuw.get(stap2))
    per_kenmerk = (len(inhoud(vol)) - len(inhoud(leeg))) / 20
    regel(
        "STAP 2 (20 kenmerken)",
        vol_ms,
        queries(lambda: nieuw.get(stap2)),
        f"HTML {len(inhoud(vol)) / 1024:.1f} KB ({len(vol.content) / 1024:.1f} KB "
        f"overgedragen), per kenmerk {per_kenmerk / 1024:.2f} KB "
        f"en {(vol_ms - leeg_ms) / 20:.3f} ms (leeg: {leeg_ms:.2f} ms)",
        html_bytes=len(inhoud(vol)),
        overgedragen_bytes=len(vol.content),
        bytes_per_kenmerk=round(per_kenmerk),
        ms_per_kenmerk=round((vol_ms - leeg_ms) / 20, 4),
        leeg_ms=round(leeg_ms, 3),
    )

    # Autosave: one of this participant's own kenmerken, a new text each time.
    url = re.search(r'data-autosave="(/doe-mee/[^"]+/kenmerk/\d+/tekst/)"', html).group(1)
    stand = {"basis": re.search(r"<textarea[^>]*>([^<]*)</textarea>", html).group(1), "i": 0}

    def bewaar() -> None:
        stand["i"] += 1
        waarde = f"Tekst versie {stand['i']}: we hebben een grote, goed uitgeruste zaal"
        a = nieuw.post(url, {"waarde": waarde, "basis": stand["basis"]}, X_Autosave="1")
        assert a.status_code == 200, (a.status_code, a.content[:200])
        stand["basis"] = waarde

    regel("autosave", meet(n, warm, bewaar), queries(bewaar))

    # The participant's poll of their page: nothing changed, 304.
    eerste = nieuw.get(stap2)
    tag = eerste["ETag"]

    def poll() -> None:
        a = nieuw.get(stap2, X_Live="1", If_None_Match=tag)
        assert a.status_code == 304, a.status_code

    regel("deelnemer-poll 304", meet(n, warm, poll), queries(poll))

    # A colleague saved a text since: the poll gets that text as JSON, no page (the same stale
    # tag each time, so every poll finds the change). Before issue 10's JSON polls: the page.
    bewaar()

    def poll_tekst() -> str:
        a = nieuw.get(stap2, X_Live="1", If_None_Match=tag)
        assert a.status_code == 200, a.status_code
        return a["Content-Type"].split(";")[0]

    regel(
        "deelnemer-poll, tekst gewijzigd",
        meet(n, warm, poll_tekst),
        queries(poll_tekst),
        poll_tekst(),
    )

    for naam, pad in (
        ("STAP 1 (demowerking)", "stap-1/"),
        ("STAP 3 partnerkaarten (demo)", "stap-3/"),
        ("bollenschema (demo)", "bollen/"),
    ):
        volledig = f"/doe-mee/{CODE}/{pad}"
        a = demo.get(volledig)
        assert a.status_code == 200, (pad, a.status_code)
        regel(
            naam,
            meet(max(50, n // 3), warm // 2, lambda u=volledig: demo.get(u)),
            queries(lambda u=volledig: demo.get(u)),
            f"HTML {len(inhoud(a)) / 1024:.1f} KB ({len(a.content) / 1024:.1f} KB overgedragen)",
            html_bytes=len(inhoud(a)),
        )

    # The facilitator's dashboard and projector polls: nothing changed, 304. The dashboard
    # shows who was active in the last minute: nobody, here, so a slow run cannot flip it.
    from datetime import timedelta

    from django.utils import timezone

    from sessies.models import Deelnemer

    Deelnemer.objects.update(laatst_actief=timezone.now() - timedelta(hours=1))
    begeleider = Browser()
    begeleider.client.force_login(get_user_model().objects.get(username="begeleider"))
    for naam, pad in (("dashboard-poll 304", ""), ("projector-poll 304", "scherm/")):
        volledig = f"/sessies/{CODE}/{pad}"
        a = begeleider.get(volledig, HX_Request="true")
        assert a.status_code == 200, (pad, a.status_code)
        tag_b = a["ETag"]

        def bpoll(u: str = volledig, t: str = tag_b) -> None:
            r = begeleider.get(u, HX_Request="true", If_None_Match=t)
            assert r.status_code == 304, r.status_code

        regel(naam, meet(n, warm, bpoll), queries(bpoll))

    # The dashboard's and projector's polls after a change (the stale tag of an earlier
    # state): the live region rendered, as in a busy room every 3 s.
    for naam, pad in (("dashboard-poll, gewijzigd", ""), ("projector-poll, gewijzigd", "scherm/")):
        volledig = f"/sessies/{CODE}/{pad}"
        oud = begeleider.get(volledig, HX_Request="true")["ETag"]
        bewaar()

        def gpoll(u: str = volledig, t: str = oud) -> None:
            r = begeleider.get(u, HX_Request="true", If_None_Match=t)
            assert r.status_code == 200, r.status_code

        regel(naam, meet(max(50, n // 3), warm // 2, gpoll), queries(gpoll))

    html_b, totaal, statisch = overgedragen(nieuw, f"/doe-mee/{CODE}/stap-1/")
    uit["eerste pagina"] = {"html_bytes": html_b, "totaal_bytes": totaal, "statisch": statisch}
    print(
        f"{'eerste pagina (STAP 1), overgedragen':34} {totaal / 1024:7.1f} KB "
        f"(HTML {html_b / 1024:.1f} KB; "
        + ", ".join(f"{p.rsplit('/', 1)[-1]} {b / 1024:.1f}" for p, b in statisch)
        + ")"
    )
    return uit


if __name__ == "__main__":
    main()
