"""The bollenschema drawn: layout plus SVG render for a room-sized picture.

12 gemeenten and 80 actors (long names, all flags, some named by several organisations) and
8 combinations, laid out by partnerkaarten.tekening and rendered by the template partial
templates/onderdelen/bollenschema.html. No database.

    taskset -c 1 .venv/bin/python benchmarks/bollenschema.py [--rondes 200] [--html uit.html]

`--html` also writes a page with the picture, to look at in a browser.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cultuuroptil.settings")

import django  # noqa: E402

django.setup()

from django.template.loader import render_to_string  # noqa: E402

from partnerkaarten import tekening as tk  # noqa: E402

NAMEN = [
    "Bibliotheek",
    "Gemeenschapscentrum De Boesdaalhoeve",
    "Jeugdhuis De Klinker",
    "Academie voor Muziek, Woord en Dans",
    "OCMW",
    "Sportdienst",
    "Toeristische dienst Pajottenland",
    "Heemkundige kring",
    "Circusatelier Het Balanske",
    "Basisschool Sint-Jozef",
    "Woonzorgcentrum Ter Linde",
    "Lokaal dienstencentrum",
]


def gegevens(
    gemeenten: int = 12, actoren: int = 80, combinaties: int = 8
) -> tuple[list[tk.BolInvoer], list[tk.Actor], list[tk.CombinatieInvoer]]:
    rnd = random.Random(2026)
    bollen = [tk.BolInvoer(f"{23000 + i}", f"Sint-Pieters-Leeuw {i}") for i in range(gemeenten)]
    lijst = []
    for i in range(actoren):
        # Skewed: the first gemeenten get more actors, as in a real room.
        bol = bollen[min(int(rnd.expovariate(0.25)), gemeenten - 1)]
        lijst.append(
            tk.Actor(
                sleutel=f"p{i}",
                naam=f"{rnd.choice(NAMEN)} {bol.naam.split()[-1]}-{i}",
                bol=bol.sleutel,
                cultureel=rnd.random() < 0.5,
                bovenlokaal=bol is not bollen[0],
                grensverleggend=rnd.random() < 0.4,
                aantal=rnd.choice([1, 1, 1, 2, 3]),
            )
        )
    combis = [
        tk.CombinatieInvoer(
            sleutel=k,
            titel=f"Scenario {k}",
            verder=k % 3 == 0,
            actoren=tuple(f"p{rnd.randrange(actoren)}" for _ in range(rnd.randint(2, 4))),
        )
        for k in range(combinaties)
    ]
    return bollen, lijst, combis


def een_keer(bollen, actoren, combinaties) -> str:
    tekening = tk.teken(bollen, actoren, eigen=bollen[0].sleutel, breedteverhouding=1.9)
    return render_to_string(
        "onderdelen/bollenschema.html",
        {
            "tekening": tekening,
            "verbindingen": tk.verbindingen(tekening, combinaties),
            "schema_id": "schema-bench",
        },
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rondes", type=int, default=200)
    parser.add_argument("--html", type=Path)
    args = parser.parse_args()
    bollen, actoren, combinaties = gegevens()
    een_keer(bollen, actoren, combinaties)  # templates compiled and cached

    def meet(stap, klok=time.perf_counter) -> list[float]:
        tijden = []
        for _ in range(args.rondes):
            begin = klok()
            stap()
            tijden.append((klok() - begin) * 1000)
        return sorted(tijden)

    layout = meet(lambda: tk.teken(bollen, actoren, eigen=bollen[0].sleutel, breedteverhouding=1.9))
    samen = meet(lambda: een_keer(bollen, actoren, combinaties))
    # CPU time of this process: what the work costs when other processes share the core.
    cpu = meet(lambda: een_keer(bollen, actoren, combinaties), time.process_time)
    for naam, tijden in (("layout", layout), ("layout + SVG", samen), ("(CPU time)", cpu)):
        p95 = tijden[int(len(tijden) * 0.95) - 1]
        print(
            f"{naam:>13}: median {statistics.median(tijden):.1f} ms, p95 {p95:.1f} ms, "
            f"max {tijden[-1]:.1f} ms ({args.rondes} rounds)"
        )
    svg = een_keer(bollen, actoren, combinaties)
    print(f"SVG: {len(svg) / 1024:.0f} KiB, {len(actoren)} actors, {len(bollen)} gemeenten")
    if args.html:
        css = (ROOT / "static/css/app.css").read_text()
        args.html.write_text(
            f"<!doctype html><meta charset=utf-8><style>{css}</style><main>{svg}</main>"
        )


if __name__ == "__main__":
    main()
