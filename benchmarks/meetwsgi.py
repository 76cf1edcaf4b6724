"""The app's WSGI application, measuring the server's CPU per kind of request.

`belasting.py` serves the app through this module: each request's CPU time of its own thread
(`time.thread_time()`, from the call until the server closes the answer) is added to its kind
(a save, a participant page, a poll answered with JSON or 304, the dashboard, the projector),
and every half second the totals are written to the JSON file named by `MEET_BESTAND`. The
client reads that file at the start and the end of a measured step: the difference says where
the server's time went under load, which `cpu.py` can only estimate from one request at a
time. What it costs: two clock readings and a dict update per request.
"""

import json
import os
import re
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

STAP = re.compile(r"^/doe-mee/[^/]+/([^/]+)/")
SCHERM = re.compile(r"^/sessies/[^/]+/scherm/$")
DASHBOARD = re.compile(r"^/sessies/[^/]+/$")


def soort_van(methode: str, pad: str, status: str, inhoud_type: str) -> str:
    """The kind of a request, in the words belasting.py prints."""
    code = status[:3]
    if methode == "POST" and "/bewaar/" in pad:
        return "bewaren"
    if methode == "GET" and pad.startswith("/doe-mee/"):
        if code == "304":
            return "deelnemer 304"
        if inhoud_type.startswith("application/json"):
            return "deelnemer JSON"
        m = STAP.match(pad)
        return f"pagina {m.group(1)}" if m else "deelnemen"
    for patroon, naam in ((SCHERM, "projector"), (DASHBOARD, "dashboard")):
        if methode == "GET" and patroon.match(pad):
            return f"{naam} 304" if code == "304" else naam
    return "overig"


class _Antwoord:
    """The answer's body, passed through; its close() ends the request's measurement."""

    def __init__(self, lijf: Iterable[bytes], klaar: Callable[[], None]) -> None:
        self.lijf, self.klaar = lijf, klaar

    def __iter__(self):
        return iter(self.lijf)

    def close(self) -> None:
        try:
            if hasattr(self.lijf, "close"):
                self.lijf.close()
        finally:
            self.klaar()


class Meter:
    def __init__(self, app: Callable, bestand: str | None, interval: float = 0.5) -> None:
        self.app = app
        self.totalen: dict[str, list[float]] = {}
        self._slot = threading.Lock()
        if bestand:
            threading.Thread(
                target=self._schrijf_telkens, args=(Path(bestand), interval), daemon=True
            ).start()

    def __call__(self, environ: dict, start_response: Callable) -> _Antwoord:
        begin = time.thread_time()
        kop: dict[str, str] = {}

        def start(status: str, headers: list, exc_info=None):
            kop["status"] = status
            kop["type"] = next((v for k, v in headers if k.lower() == "content-type"), "")
            return start_response(status, headers, exc_info)

        def klaar() -> None:
            soort = soort_van(
                environ.get("REQUEST_METHOD", ""),
                environ.get("PATH_INFO", ""),
                kop.get("status", ""),
                kop.get("type", ""),
            )
            cpu = time.thread_time() - begin
            with self._slot:
                totaal = self.totalen.setdefault(soort, [0, 0.0])
                totaal[0] += 1
                totaal[1] += cpu

        return _Antwoord(self.app(environ, start), klaar)

    def stand(self) -> dict[str, list[float]]:
        with self._slot:
            return {soort: list(t) for soort, t in self.totalen.items()}

    def _schrijf_telkens(self, bestand: Path, interval: float) -> None:
        tijdelijk = bestand.with_suffix(".tmp")
        while True:
            time.sleep(interval)
            tijdelijk.write_text(json.dumps(self.stand()))
            tijdelijk.replace(bestand)


def lees(bestand: Path) -> dict[str, list[float]]:
    """The totals a server wrote last ({} before its first write)."""
    try:
        return json.loads(bestand.read_text())
    except (OSError, ValueError):
        return {}


def verschil(voor: dict, na: dict) -> dict[str, tuple[int, float]]:
    """Requests and CPU seconds per kind between two readings."""
    uit = {}
    for soort, (aantal, cpu) in na.items():
        a0, c0 = voor.get(soort, (0, 0.0))
        if aantal > a0:
            uit[soort] = (int(aantal - a0), cpu - c0)
    return uit


def _app() -> Meter:
    from django.core.wsgi import get_wsgi_application

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cultuuroptil.settings")
    return Meter(get_wsgi_application(), os.environ.get("MEET_BESTAND"))


application = _app() if os.environ.get("MEET_BESTAND") else None
