"""Races: two colleagues save at the same moment; is any change they were told was saved lost?

Each round, two real browsers (HTTP clients with their own cookies and CSRF token) of one
werking wait on a threading.Barrier and then post at once, against a running server:

- formulieren:  two partner forms, each changing another field (sector; bovenlokaal);
- autosave:     the partner name's autosave against a partner form changing the sector;
- combinatie:   two colleagues each adding another partner to one combination;
- vinkjes:      the final list's two ticks, each colleague flipping another one;
- zelfde_veld:  both autosave the same sterkte from the same text: one wins, the other is told
                of the conflict (never two acknowledgements).

A change counts as acknowledged when its sender got a success answer (302 for a form, 200 for
an autosave); a lost change is an acknowledged one that is not stored afterwards. The suite
runs a few rounds (tests/beveiliging/test_wedlopen.py); this script runs many against gunicorn:

    .venv/bin/python benchmarks/wedlopen.py [--rondes 60]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/cu_wedloop \
        .venv/bin/python benchmarks/wedlopen.py

It builds a fresh database (a temporary SQLite file, or the PostgreSQL database named in
DATABASE_URL, emptied first), starts gunicorn (2 workers x 4 threads) on 127.0.0.1 and prints
per scenario: rounds, acknowledged changes, lost changes.
"""

import argparse
import http.cookiejar
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VINKJES = ("bovenlokaal", "grensverleggend")


class GeenRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Browser:
    """One participant's browser: cookies, CSRF token, no redirects followed (a 302 is the
    acknowledgement of a form)."""

    def __init__(self, basis: str) -> None:
        self.basis = basis
        self.koekjes = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.koekjes), GeenRedirect()
        )

    def csrf(self) -> str:
        return next(c.value for c in self.koekjes if c.name == "csrftoken")

    def vraag(self, pad: str, data: dict | None = None, kop: dict | None = None) -> int:
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        headers = {"X-CSRFToken": self.csrf()} if data is not None else {}
        verzoek = urllib.request.Request(self.basis + pad, data=body, headers=headers | (kop or {}))
        try:
            with self.opener.open(verzoek, timeout=60) as antwoord:
                antwoord.read()
                return antwoord.status
        except urllib.error.HTTPError as fout:
            fout.read()
            return fout.code

    def meedoen(self, token: str) -> None:
        """The personal link: open /verder/ (CSRF cookie), post the token."""
        self.vraag("/verder/")
        status = self.vraag("/verder/", {"token": token})
        assert status == 302, f"joining with the token failed: {status}"


@dataclass
class Telling:
    rondes: int = 0
    bevestigd: int = 0
    verloren: int = 0
    fouten: list[str] = field(default_factory=list)

    def voeg_toe(self, andere: "Telling") -> None:
        self.rondes += andere.rondes
        self.bevestigd += andere.bevestigd
        self.verloren += andere.verloren
        self.fouten += andere.fouten


def tegelijk(*acties: Callable[[], int]) -> list[int]:
    """Run the posts in threads that start together (a barrier), return their statuses."""
    barriere = threading.Barrier(len(acties))
    resultaten: list[int] = [0] * len(acties)

    def draai(i: int, actie: Callable[[], int]) -> None:
        barriere.wait()
        resultaten[i] = actie()

    threads = [threading.Thread(target=draai, args=(i, a)) for i, a in enumerate(acties)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return resultaten


@dataclass
class Opzet:
    """What the scenarios need: two colleagues' browsers, the session code and ids."""

    code: str
    sofie: Browser
    karim: Browser
    partner_id: int
    combinatie_id: int
    basis_partners: list[int]
    extra_partners: list[int]
    kenmerk_id: int


def formwaarden(partner_id: int) -> dict[str, str]:
    from partnerkaarten.forms import partner_formwaarden
    from partnerkaarten.models import Partner

    return partner_formwaarden(Partner.objects.select_related("gemeente").get(pk=partner_id))


def partner_post(waarden: dict[str, str], basis: dict[str, str], **wijziging: str) -> dict:
    data = dict(waarden) | wijziging
    data |= {f"{veld}__basis": waarde for veld, waarde in basis.items()}
    return data


def ronde_formulieren(o: Opzet, ronde: int) -> Telling:
    from partnerkaarten.models import Partner

    basis = formwaarden(o.partner_id)
    sector = f"Sector {ronde} van Sofie"
    keuze = "nee" if basis["bovenlokaal"] == "ja" else "ja"
    pad = f"/doe-mee/{o.code}/partners/{o.partner_id}/"
    a, b = tegelijk(
        lambda: o.sofie.vraag(pad, partner_post(basis, basis, sector=sector)),
        lambda: o.karim.vraag(pad, partner_post(basis, basis, bovenlokaal=keuze)),
    )
    nu = Partner.objects.get(pk=o.partner_id)
    t = Telling(rondes=1)
    for status, bewaard in ((a, nu.sector == sector), (b, nu.bovenlokaal_keuze == (keuze == "ja"))):
        if status == 302:
            t.bevestigd += 1
            t.verloren += not bewaard
        elif status != 400:
            t.fouten.append(f"formulieren: HTTP {status}")
    return t


def ronde_autosave(o: Opzet, ronde: int) -> Telling:
    from partnerkaarten.models import Partner

    basis = formwaarden(o.partner_id)
    naam = f"GC De Boesdaalhoeve {ronde}"
    sector = f"Sector {ronde} van Karim"
    a, b = tegelijk(
        lambda: o.sofie.vraag(
            f"/doe-mee/{o.code}/bewaar/partner/{o.partner_id}/naam/",
            {"waarde": naam, "basis": basis["naam"]},
            {"X-Autosave": "1"},
        ),
        lambda: o.karim.vraag(
            f"/doe-mee/{o.code}/partners/{o.partner_id}/", partner_post(basis, basis, sector=sector)
        ),
    )
    nu = Partner.objects.get(pk=o.partner_id)
    t = Telling(rondes=1)
    for status, ok, bewaard in ((a, 200, nu.naam == naam), (b, 302, nu.sector == sector)):
        if status == ok:
            t.bevestigd += 1
            t.verloren += not bewaard
        elif status not in (400, 409):
            t.fouten.append(f"autosave: HTTP {status}")
    return t


def ronde_combinatie(o: Opzet, ronde: int) -> Telling:
    from partnerkaarten.models import Combinatie

    combinatie = Combinatie.objects.get(pk=o.combinatie_id)
    combinatie.partners.set(o.basis_partners)
    basis = ",".join(str(pk) for pk in o.basis_partners)
    pad = f"/doe-mee/{o.code}/combinaties/{o.combinatie_id}/"
    extra_a, extra_b = o.extra_partners[:2]

    def post(browser: Browser, extra: int) -> int:
        data = {"titel": combinatie.titel, "partners": [*o.basis_partners, extra]}
        return browser.vraag(pad, data | {"partners__basis": basis})

    a, b = tegelijk(lambda: post(o.sofie, extra_a), lambda: post(o.karim, extra_b))
    nu = set(combinatie.partners.values_list("pk", flat=True))
    t = Telling(rondes=1)
    for status, extra in ((a, extra_a), (b, extra_b)):
        if status == 302:
            t.bevestigd += 1
            t.verloren += extra not in nu
        else:
            t.fouten.append(f"combinatie: HTTP {status}")
    return t


def ronde_vinkjes(o: Opzet, ronde: int) -> Telling:
    from partnerkaarten.models import Partner

    Partner.objects.filter(pk=o.partner_id).update(
        bovenlokaal_keuze=None, grensverleggend_keuze=None
    )
    p = Partner.objects.select_related("gemeente", "werking", "categorie").get(pk=o.partner_id)
    basis = {
        veld: "ja" if getattr(p, veld) else "nee" for veld in ("bovenlokaal", "grensverleggend")
    }
    pad = f"/doe-mee/{o.code}/netwerk/{o.partner_id}/"

    def post(browser: Browser, omgedraaid: str) -> int:
        data = {"vinkjes": "on"} | {f"{v}__basis": w for v, w in basis.items()}
        for veld, waarde in basis.items():
            aan = (waarde == "ja") != (veld == omgedraaid)
            if aan:
                data[veld] = "on"
        return browser.vraag(pad, data)

    a, b = tegelijk(lambda: post(o.sofie, "bovenlokaal"), lambda: post(o.karim, "grensverleggend"))
    nu = Partner.objects.select_related("gemeente", "werking", "categorie").get(pk=o.partner_id)
    t = Telling(rondes=1)
    for status, veld in zip((a, b), VINKJES, strict=True):
        if status == 302:
            t.bevestigd += 1
            t.verloren += getattr(nu, veld) == (basis[veld] == "ja")
        else:
            t.fouten.append(f"vinkjes: HTTP {status}")
    return t


def ronde_zelfde_veld(o: Opzet, ronde: int) -> Telling:
    from werking.models import Kenmerk

    basis = Kenmerk.objects.get(pk=o.kenmerk_id).tekst
    pad = f"/doe-mee/{o.code}/bewaar/kenmerk/{o.kenmerk_id}/tekst/"
    teksten = (f"Grote leeszaal {ronde} (Sofie)", f"Grote leeszaal {ronde} (Karim)")

    def post(browser: Browser, tekst: str) -> int:
        return browser.vraag(pad, {"waarde": tekst, "basis": basis}, {"X-Autosave": "1"})

    a, b = tegelijk(lambda: post(o.sofie, teksten[0]), lambda: post(o.karim, teksten[1]))
    nu = Kenmerk.objects.get(pk=o.kenmerk_id).tekst
    t = Telling(rondes=1)
    for status, tekst in zip((a, b), teksten, strict=True):
        if status == 200:
            t.bevestigd += 1
            t.verloren += nu != tekst
        elif status != 409:
            t.fouten.append(f"zelfde veld: HTTP {status}")
    if sorted((a, b)) != [200, 409]:
        t.fouten.append(f"zelfde veld: {a} en {b} in plaats van één 200 en één 409")
    return t


SCENARIOS: dict[str, Callable[[Opzet, int], Telling]] = {
    "formulieren": ronde_formulieren,
    "autosave": ronde_autosave,
    "combinatie": ronde_combinatie,
    "vinkjes": ronde_vinkjes,
    "zelfde_veld": ronde_zelfde_veld,
}

# Acknowledged changes per round: both, where the colleagues change different things.
BEVESTIGD_PER_RONDE = {"zelfde_veld": 1}


def maak_opzet(basis_url: str) -> Opzet:
    """A session with one werking, two colleagues and partners in three bollen (Django must be
    set up on the server's database)."""
    import datetime

    from django.contrib.auth.models import User

    from inspiratie.models import Categorie
    from partnerkaarten.models import Combinatie, Partner
    from partnerkaarten.services import zorg_voor_bol
    from sessies.models import Sessie
    from sessies.services import geef_code_uit
    from werking.models import Gemeente, Kenmerk
    from werking.services import doe_mee

    eigenaar, _ = User.objects.get_or_create(username="wedloop")
    sessie = Sessie.objects.create(
        titel="Wedloop", datum=datetime.date.today(), eigenaar=eigenaar, code=geef_code_uit()
    )
    gemeenten = {g.naam: g for g in Gemeente.objects.filter(naam__in=["Pajottegem", "Lennik"])}
    sofie, token_sofie = doe_mee(
        sessie, "Sofie", nieuwe_werking_naam="Bib", gemeente=gemeenten["Pajottegem"]
    )
    _, token_karim = doe_mee(sessie, "Karim", werking=sofie.werking)
    werking = sofie.werking
    categorie = Categorie.objects.order_by("pk").first()

    def partner(naam: str, gemeente: str | None, volgorde: int) -> int:
        g = gemeenten.get(gemeente) if gemeente else None
        zorg_voor_bol(werking, g)
        return Partner.objects.create(
            werking=werking, naam=naam, gemeente=g, categorie=categorie, volgorde=volgorde
        ).pk

    ids = [
        partner("GC De Boesdaalhoeve", "Pajottegem", 1),
        partner("Jeugdhuis De Klinker", "Lennik", 2),
        partner("Streekmuseum", None, 3),
        partner("Sportclub", "Lennik", 4),
        partner("Academie", "Pajottegem", 5),
    ]
    combinatie = Combinatie.objects.create(werking=werking, titel="Samen", volgorde=1)
    combinatie.partners.set(ids[:2])
    kenmerk = Kenmerk.objects.create(
        werking=werking, soort="sterkte", tekst="Grote leeszaal", volgorde=1
    )
    browsers = []
    for token in (token_sofie, token_karim):
        browser = Browser(basis_url)
        browser.meedoen(token)
        # As after joining: the first page (and the server now knows them as active).
        assert browser.vraag(f"/doe-mee/{sessie.code}/stap-1/") == 200
        browsers.append(browser)
    return Opzet(sessie.code, *browsers, ids[0], combinatie.pk, ids[:2], ids[3:5], kenmerk.pk)


def draai(opzet: Opzet, rondes: int, scenarios: list[str] | None = None) -> dict[str, Telling]:
    tellingen = {}
    for naam in scenarios or list(SCENARIOS):
        totaal = Telling()
        for ronde in range(rondes):
            totaal.voeg_toe(SCENARIOS[naam](opzet, ronde))
        tellingen[naam] = totaal
    return tellingen


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort = s.getsockname()[1]
    return 20000 + poort % 10000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rondes", type=int, default=60)
    args = parser.parse_args()

    env = dict(os.environ, DEBUG="false", SECRET_KEY="wedloop", STATIC_FINDERS="true")
    env |= {"STATIC_MANIFEST": "false", "SESSION_COOKIE_SECURE": "false", "DB_CONN_MAX_AGE": "0"}
    tijdelijk = tempfile.TemporaryDirectory()
    if not env.get("DATABASE_URL"):
        env["DATABASE_URL"] = f"sqlite:///{tijdelijk.name}/wedloop.sqlite3"
    python = sys.executable

    def manage(*opdracht: str) -> None:
        subprocess.run([python, "manage.py", *opdracht], cwd=ROOT, env=env, check=True)

    manage("migrate", "--no-input", "-v0")
    manage("flush", "--no-input")
    manage("createcachetable")
    manage("loaddata", "gemeenten", "inspiratie", "-v0")
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "cultuuroptil.settings"
    import django

    django.setup()

    poort = vrije_poort()
    gunicorn = str(Path(python).parent / "gunicorn")
    server = subprocess.Popen(
        [
            gunicorn,
            "cultuuroptil.wsgi",
            "--workers",
            "2",
            "--threads",
            "4",
            "--worker-class",
            "gthread",
            "--bind",
            f"127.0.0.1:{poort}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        basis = f"http://127.0.0.1:{poort}"
        for _ in range(100):
            try:
                urllib.request.urlopen(basis + "/", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        opzet = maak_opzet(basis)
        begin = time.perf_counter()
        tellingen = draai(opzet, args.rondes)
        duur = time.perf_counter() - begin
    finally:
        server.terminate()
        server.wait(timeout=10)
        tijdelijk.cleanup()
    db = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
    print(f"{db}, {args.rondes} rondes per scenario, {duur:.1f} s")
    print("| scenario | rondes | bevestigde wijzigingen | verloren | andere antwoorden |")
    print("|---|---|---|---|---|")
    for naam, t in tellingen.items():
        print(f"| {naam} | {t.rondes} | {t.bevestigd} | {t.verloren} | {len(t.fouten)} |")
    if any(t.verloren for t in tellingen.values()):
        sys.exit(1)


if __name__ == "__main__":
    main()
