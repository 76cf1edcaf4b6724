"""A workshop under load: many participants saving at once against a real server.

Builds a fresh SQLite database (or uses DATABASE_URL) with the demo data, starts gunicorn on
127.0.0.1 and lets N simulated participants work for a bounded number of rounds: open STAP 2,
autosave a STAP 1 answer (colleagues share a werking, so some saves conflict, as in a room),
add a sterkte, open STAP 3 and the bollenschema. Prints throughput and latencies per request.

    .venv/bin/python benchmarks/workshop.py [--deelnemers 30] [--rondes 20] [--werkingen 15]

The server is pinned to CPU 1 and this client to CPU 0 when `taskset` exists (2 cores here).
"""

import argparse
import html
import http.cookiejar
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort = s.getsockname()[1]
    # Stay below the ephemeral range so the port cannot collide with outgoing connections.
    return 20000 + poort % 10000


class Deelnemer:
    def __init__(self, basis: str, code: str, werking: str, naam: str, metingen: dict) -> None:
        self.basis, self.code, self.werking, self.naam = basis, code, werking, naam
        self.metingen = metingen
        self.koekjes = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.koekjes))
        self.fouten = 0
        self.conflicten = 0

    def csrf(self) -> str:
        return next(c.value for c in self.koekjes if c.name == "csrftoken")

    def vraag(self, soort: str, pad: str, data: dict | None = None, kop: dict | None = None):
        url = self.basis + pad
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        headers = {"X-CSRFToken": self.csrf()} if data is not None else {}
        headers.update(kop or {})
        start = time.perf_counter()
        try:
            with self.opener.open(urllib.request.Request(url, body, headers), timeout=30) as r:
                inhoud = r.read().decode()
                status = r.status
        except urllib.error.HTTPError as fout:
            inhoud, status = fout.read().decode(), fout.code
        self.metingen[soort].append(time.perf_counter() - start)
        if status >= 500 or status in (400, 403, 404):
            self.fouten += 1
        return status, inhoud

    def doe_mee(self) -> None:
        _, pagina = self.vraag("doe-mee (GET)", f"/doe-mee/{self.code}/")
        keuze = re.search(rf'value="(\d+)"[^>]*>\s*{re.escape(self.werking)} \(', pagina)
        if keuze is None:
            raise RuntimeError(f"werking {self.werking} niet gevonden op de deelnamepagina")
        status, _ = self.vraag(
            "doe-mee (POST)",
            f"/doe-mee/{self.code}/",
            {"naam": self.naam, "werking": keuze.group(1), "csrfmiddlewaretoken": self.csrf()},
        )
        if status != 200:
            raise RuntimeError(f"meedoen mislukte met status {status}")

    def ronde(self, i: int) -> None:
        _, stap1 = self.vraag("stap-1 (GET)", f"/doe-mee/{self.code}/stap-1/")
        url = re.search(r'data-autosave="([^"]+/doel/)"', stap1).group(1)
        basis = re.search(r'name="doel__basis" value="([^"]*)"', stap1).group(1)
        status, antwoord = self.vraag(
            "autosave (POST)",
            url,
            {"waarde": f"Doel volgens {self.naam}, ronde {i}", "basis": _ontsnapt(basis)},
            {"X-Autosave": "1"},
        )
        if status == 409:
            self.conflicten += 1
            # As the conflict view offers: keep my text, now starting from theirs.
            theirs = json.loads(antwoord)["waarde"]
            self.vraag(
                "autosave (POST)",
                url,
                {"waarde": f"Doel volgens {self.naam}, ronde {i}", "basis": theirs},
                {"X-Autosave": "1"},
            )
        self.vraag("stap-2 (GET)", f"/doe-mee/{self.code}/stap-2/")
        self.vraag(
            "sterkte toevoegen (htmx POST)",
            f"/doe-mee/{self.code}/stap-2/nieuw/",
            {"soort": "sterkte", "tekst": f"Sterkte {i} van {self.naam}"},
            {"HX-Request": "true"},
        )
        self.vraag("stap-3 (GET)", f"/doe-mee/{self.code}/stap-3/")
        self.vraag("bollenschema (GET)", f"/doe-mee/{self.code}/bollen/")


def _ontsnapt(tekst: str) -> str:
    return html.unescape(tekst)


def manage(env: dict, *args: str) -> str:
    resultaat = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return resultaat.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deelnemers", type=int, default=30)
    parser.add_argument("--rondes", type=int, default=20)
    parser.add_argument("--werkingen", type=int, default=15)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    map_ = Path(tempfile.mkdtemp(prefix="cultuuroptil-bench-"))
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": "benchmark-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(map_ / "static"),
        # Plain http on loopback: cookies must not be marked Secure.
        "SESSION_COOKIE_SECURE": "false",
    }
    env.setdefault("DATABASE_URL", f"sqlite:///{map_ / 'bench.sqlite3'}")
    code = "BENCH2"
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "loaddata", "gemeenten", "inspiratie", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    manage(env, "demo", "--code", code, "--werkingen", str(args.werkingen))

    poort = vrije_poort()
    taskset = ["taskset", "-c", "1"] if shutil.which("taskset") else []
    server = subprocess.Popen(
        [
            *taskset,
            str(Path(PYTHON).parent / "gunicorn"),
            "cultuuroptil.wsgi",
            "--bind",
            f"127.0.0.1:{poort}",
            "--workers",
            str(args.workers),
            "--threads",
            "4",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    if taskset:
        os.sched_setaffinity(0, {0})
    basis = f"http://127.0.0.1:{poort}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(basis + "/", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        pagina = urllib.request.urlopen(f"{basis}/doe-mee/{code}/").read().decode()
        werkingen = re.findall(r'name="werking" value="\d+"[^>]*>\s*([^(<]+?) \(', pagina)
        metingen: dict[str, list[float]] = defaultdict(list)
        deelnemers = [
            Deelnemer(basis, code, werkingen[i % len(werkingen)], f"Deelnemer {i}", metingen)
            for i in range(args.deelnemers)
        ]
        for d in deelnemers:
            d.doe_mee()

        def werk(d: Deelnemer) -> None:
            for i in range(args.rondes):
                d.ronde(i)

        start = time.perf_counter()
        draden = [threading.Thread(target=werk, args=(d,)) for d in deelnemers]
        for t in draden:
            t.start()
        for t in draden:
            t.join()
        duur = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(map_, ignore_errors=True)

    totaal = sum(len(v) for k, v in metingen.items() if "doe-mee" not in k)
    print(
        f"{args.deelnemers} deelnemers in {len(werkingen)} werkingen, {args.rondes} rondes, "
        f"{args.workers} gunicorn-workers x 4 threads, database "
        f"{'PostgreSQL' if env['DATABASE_URL'].startswith('postgres') else 'SQLite'}"
    )
    print(f"{totaal} verzoeken in {duur:.1f} s: {totaal / duur:.0f} verzoeken/s")
    print(
        f"fouten: {sum(d.fouten for d in deelnemers)}, conflicten (opgelost): "
        f"{sum(d.conflicten for d in deelnemers)}"
    )
    print(f"{'verzoek':32} {'aantal':>7} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for soort, tijden in sorted(metingen.items()):
        tijden.sort()
        p95 = tijden[int(len(tijden) * 0.95) - 1] if len(tijden) > 1 else tijden[0]
        print(
            f"{soort:32} {len(tijden):>7} {statistics.median(tijden) * 1000:>8.1f} "
            f"{p95 * 1000:>8.1f} {tijden[-1] * 1000:>8.1f}"
        )


if __name__ == "__main__":
    main()
