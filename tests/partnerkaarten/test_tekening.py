"""The bollenschema's layout as properties: whatever the data, labels and circles never
overlap, cultural actors sit above the middle and the others below, the own gemeente comes
first in the middle, and the same data gives the same picture. Pure Python, no database."""

import itertools
import math
import random

import pytest

from partnerkaarten import tekening as tk

LANGE_NAMEN = [
    "Gemeenschapscentrum De Boesdaalhoeve",
    "Academie voor Muziek, Woord en Dans Pajottenland-Zennevallei",
    "OCMW",
    "Woonzorgcentrum Ter Bruggen",
    "Intergemeentelijke Onroerend Erfgoeddienst Pajottenland en Zennevallei",
    "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW",
    "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
    "Ét́é à l'Œuvre — vzw «Kunst & Zo»",
]


def gegevens(
    seed: int, gemeenten: int, actoren: int, scheef: bool = False
) -> tuple[list[tk.BolInvoer], list[tk.Actor]]:
    rnd = random.Random(seed)
    bollen = [tk.BolInvoer(f"{23000 + i}", f"Gemeente {i}") for i in range(gemeenten)]
    bollen.append(tk.BolInvoer(None, tk.REGIO))
    lijst = []
    for i in range(actoren):
        if scheef:
            bol = bollen[min(int(rnd.expovariate(0.6)), len(bollen) - 1)]
        else:
            bol = rnd.choice(bollen)
        lijst.append(
            tk.Actor(
                sleutel=f"p{i}",
                naam=f"{rnd.choice(LANGE_NAMEN)} {i}",
                bol=bol.sleutel,
                cultureel=rnd.random() < 0.5,
                bovenlokaal=rnd.random() < 0.5,
                grensverleggend=rnd.random() < 0.5,
                aantal=rnd.choice([1, 1, 2, 7]),
            )
        )
    return bollen, lijst


def rechthoeken_overlappen(a: tk.ActorPlek, b: tk.ActorPlek) -> bool:
    return a.x < b.x + b.b and b.x < a.x + a.b and a.y < b.y + b.h and b.y < a.y + a.h


def hoeken(plek: tk.ActorPlek) -> list[tuple[int, int]]:
    return [(plek.x + dx, plek.y + dy) for dx in (0, plek.b) for dy in (0, plek.h)]


GEVALLEN = [
    (seed, gemeenten, actoren, scheef)
    for seed in range(4)
    for gemeenten, actoren in [(1, 1), (3, 10), (6, 30), (11, 80), (12, 80)]
    for scheef in (False, True)
]


@pytest.mark.parametrize("label_b", [tk.LABEL_B, 176])
@pytest.mark.parametrize(("seed", "gemeenten", "actoren", "scheef"), GEVALLEN)
def test_it_never_overlaps_labels_or_circles(seed, gemeenten, actoren, scheef, label_b) -> None:
    bollen, lijst = gegevens(seed, gemeenten, actoren, scheef)
    tekening = tk.teken(bollen, lijst, eigen=bollen[0].sleutel, label_b=label_b)
    plekken = tekening.plekken
    assert len(plekken) == len(lijst)
    for a, b in itertools.combinations(plekken, 2):
        assert not rechthoeken_overlappen(a, b), (a.actor.naam, b.actor.naam)
    for a, b in itertools.combinations(tekening.cirkels, 2):
        assert math.hypot(a.cx - b.cx, a.cy - b.cy) >= a.r + b.r + tk.TUSSENRUIMTE
    for cirkel in tekening.cirkels:
        for plek in cirkel.actoren:
            # Every corner of every label inside its own circle, so no label crosses a line.
            for x, y in hoeken(plek):
                assert math.hypot(x - cirkel.cx, y - cirkel.cy) <= cirkel.r
            # Clear of the middle band with the gemeente's name.
            assert plek.y + plek.h <= cirkel.cy - cirkel.band or plek.y >= cirkel.cy + cirkel.band


@pytest.mark.parametrize(("seed", "gemeenten", "actoren", "scheef"), GEVALLEN[::3])
def test_it_keeps_everything_inside_the_picture_and_the_hints_clear(
    seed, gemeenten, actoren, scheef
) -> None:
    bollen, lijst = gegevens(seed, gemeenten, actoren, scheef)
    tekening = tk.teken(bollen, lijst, eigen=bollen[0].sleutel, motto=tk.DENK_OVER_DE_GRENZEN)
    for cirkel in tekening.cirkels:
        assert tekening.x <= cirkel.links and cirkel.rechts <= tekening.x + tekening.breedte
        assert tekening.y <= cirkel.boven and cirkel.onder <= tekening.y + tekening.hoogte
    # The sector hints stand in a column left of every circle.
    for regel in tekening.hints:
        grootte = tk.LETTER_HINT_KOP if regel.kop else tk.LETTER_HINT
        breedte = tk.tekstbreedte(regel.tekst, grootte, regel.kop)
        assert regel.x + breedte < min(c.links for c in tekening.cirkels)
        assert tekening.y < regel.y < tekening.y + tekening.hoogte
    assert tekening.y < tekening.motto_y < min(c.boven for c in tekening.cirkels)


def test_it_puts_cultural_actors_in_the_upper_half_and_the_others_below() -> None:
    bollen, lijst = gegevens(7, 12, 80)
    tekening = tk.teken(bollen, lijst, eigen=bollen[0].sleutel)
    for cirkel in tekening.cirkels:
        for plek in cirkel.actoren:
            if plek.actor.cultureel:
                assert plek.y + plek.h < cirkel.cy
            else:
                assert plek.y > cirkel.cy
            assert plek.actor.bol == cirkel.sleutel


def test_it_puts_the_own_gemeente_first_in_the_middle_as_eigen_werking() -> None:
    bollen, lijst = gegevens(3, 8, 40)
    eigen = bollen[4]
    tekening = tk.teken(bollen, lijst, eigen=eigen.sleutel)
    eerste = tekening.cirkels[0]
    assert eerste.sleutel == eigen.sleutel and eerste.eigen
    assert eerste.kop == (tk.EIGEN_WERKING, eigen.naam)
    assert (eerste.cx, eerste.cy) == (0, 0)
    assert [c.eigen for c in tekening.cirkels[1:]] == [False] * (len(tekening.cirkels) - 1)
    # In the middle of the picture (the hint column aside): no more than a bol off centre.
    links = min(c.links for c in tekening.cirkels)
    rechts = max(c.rechts for c in tekening.cirkels)
    assert abs((links + rechts) / 2) <= max(c.r for c in tekening.cirkels)


def test_it_sizes_a_bol_by_its_number_of_actors() -> None:
    bollen = [tk.BolInvoer("1", "Pajottegem"), tk.BolInvoer("2", "Lennik")]
    lijst = [tk.Actor(f"a{i}", f"Actor {i}", "1", i % 2 == 0) for i in range(20)]
    lijst += [tk.Actor("b", "Eén actor", "2", True)]
    tekening = tk.teken(bollen, lijst, eigen="1")
    groot, klein = tekening.cirkels
    assert groot.r > klein.r


def test_it_gives_the_same_picture_for_the_same_data() -> None:
    bollen, lijst = gegevens(11, 12, 80)
    een = tk.teken(bollen, lijst, eigen=bollen[0].sleutel)
    twee = tk.teken(list(bollen), list(lijst), eigen=bollen[0].sleutel)
    assert een == twee


def test_it_draws_an_empty_schema_as_one_empty_own_bol() -> None:
    tekening = tk.teken([tk.BolInvoer("23105", "Pajottegem")], [], eigen="23105")
    assert tekening.leeg and len(tekening.cirkels) == 1
    # Just big enough for "EIGEN WERKING" and the name.
    assert tekening.cirkels[0].eigen and tekening.cirkels[0].r < 90
    assert tekening.breedte > 0 and tekening.hoogte > 0
    assert "Pajottegem (eigen werking): leeg" in tekening.beschrijving
    assert tk.teken([], []).cirkels == []


def test_it_describes_the_picture_in_correct_singulars_and_plurals() -> None:
    een = tk.teken(
        [tk.BolInvoer("23105", "Pajottegem")],
        [tk.Actor("p1", "Bibliotheek Pajottegem", "23105", True)],
        eigen="23105",
    )
    assert een.beschrijving == (
        "1 bol. Pajottegem (eigen werking): 1 culturele actor en 0 niet-culturele actoren."
    )
    twee = tk.teken(
        [tk.BolInvoer("23105", "Pajottegem"), tk.BolInvoer("23101", "Sint-Genesius-Rode")],
        [
            tk.Actor("p1", "Bibliotheek Pajottegem", "23105", True),
            tk.Actor("p2", "Academie", "23105", True),
            tk.Actor("p3", "OCMW", "23105", False),
            tk.Actor("p4", "Sportdienst", "23101", False),
            tk.Actor("p5", "Jeugddienst", "23101", False),
        ],
        eigen="23105",
    )
    assert twee.beschrijving == (
        "2 bollen. Pajottegem (eigen werking): 2 culturele actoren en 1 niet-culturele actor; "
        "Sint-Genesius-Rode: 0 culturele actoren en 2 niet-culturele actoren."
    )


def test_it_keeps_the_own_bol_empty_on_a_bovenlokale_card() -> None:
    tekening = tk.teken(
        [tk.BolInvoer("23105", "Pajottegem")],
        [tk.Actor("p1", "GC De Boesdaalhoeve", "23101", True, bol_naam="Sint-Genesius-Rode")],
        eigen="23105",
        eigen_leeg=True,
        motto=tk.DENK_OVER_DE_GRENZEN,
    )
    eigen, rode = tekening.cirkels
    assert eigen.leeg_door_regel and eigen.actoren == []
    assert rode.naam == "Sint-Genesius-Rode" and len(rode.actoren) == 1
    assert tekening.motto == "Denk over de grenzen heen!"


def test_it_shortens_long_names_and_keeps_the_full_name() -> None:
    naam = LANGE_NAMEN[4]
    tekening = tk.teken([], [tk.Actor("p1", naam, None, False, aantal=3)])
    (plek,) = tekening.plekken
    assert plek.ingekort and plek.tekst.endswith("…") and naam.startswith(plek.tekst[:-1])
    assert plek.actor.naam == naam
    assert tekening.cirkels[0].naam == tk.REGIO
    ruimte = tk.LABEL_B - (plek.tekst_x - plek.x) - 6
    assert (
        tk.tekstbreedte(plek.tekst, tk.LETTER, True)
        + 4
        + tk.tekstbreedte(plek.badge, tk.LETTER_BADGE, True)
        <= ruimte + 4
    )
    kort = tk.teken([], [tk.Actor("p2", "OCMW", None, False)]).plekken[0]
    assert kort.tekst == "OCMW" and not kort.ingekort


def test_it_keeps_shortened_labels_of_different_actors_apart() -> None:
    # On the projector "Dansschool P…" twice could not be told apart: each keeps its end.
    namen = [
        "Dansschool Pas de Deux Pajottenland",
        "Dansschool Pirouette Pajottenland",
        "Dansschool Pas de Trois Pajottenland",
    ]
    actoren = [tk.Actor(f"p{i}", n, "23001", True) for i, n in enumerate(namen)]
    actoren.append(tk.Actor("p9", "Dansschool Plié", "23002", True, aantal=2))
    bollen = [tk.BolInvoer("23001", "Lennik"), tk.BolInvoer("23002", "Dilbeek")]
    for label_b in (tk.LABEL_B, 110):
        tekening = tk.teken(bollen, actoren, eigen="23001", label_b=label_b)
        teksten = [p.tekst for p in tekening.plekken]
        assert len(set(teksten)) == len(teksten), teksten
        for plek in tekening.plekken:
            vet = plek.actor.aantal > 1
            assert tk.tekstbreedte(plek.tekst, tk.LETTER, vet) <= tk._ruimte(plek.actor, label_b)
        print(label_b, teksten)
        assert tekening == tk.teken(bollen, actoren, eigen="23001", label_b=label_b)
    # Labels that merely read alike ("Academie voor…" and "Academie vo…") too.
    academies = [
        tk.Actor("a1", "Academie voor Beeldende Kunst Dilbeek", "23002", True),
        tk.Actor("a2", "Academie voor Muziek, Woord en Dans Dilbeek", "23002", True),
    ]
    teksten = [p.tekst for p in tk.teken(bollen, academies).plekken]
    assert teksten[0].endswith("Beeldende") and teksten[1].endswith("Muziek"), teksten
    anderen = namen[1:]
    assert tk.kort_met_staart(namen[0], anderen, 120, tk.LETTER) == "Dansscho\u2026Deux"
    assert tk.kort_met_staart(namen[0], anderen, 30, tk.LETTER) == "\u2026ux"
    # The same name in two gemeenten (the demo's "Dansschool P…" twice): its bol tells them
    # apart, and both keep the name's end instead of one letter of it.
    twee = tk.teken(
        bollen,
        [tk.Actor("a", namen[0], "23001", True), tk.Actor("b", namen[0], "23002", True)],
    )
    (label,) = {p.tekst for p in twee.plekken}
    assert label.startswith("Da") and label.endswith("\u2026Pajottenland"), label


def test_it_links_a_combinations_actors_and_emphasises_pursued_ones() -> None:
    bollen, lijst = gegevens(2, 4, 12)
    tekening = tk.teken(bollen, lijst, eigen=bollen[0].sleutel)
    lijnen = tk.verbindingen(
        tekening,
        [
            tk.CombinatieInvoer(1, "Zomerfestival", True, ("p0", "p1", "p2")),
            tk.CombinatieInvoer(2, "", False, ("p3", "p4")),
            tk.CombinatieInvoer(3, "Met een verwijderde partner", False, ("p5", "weg")),
        ],
    )
    assert [v.sleutel for v in lijnen] == [1, 2]
    plekken = tekening.plek_van()
    assert lijnen[0].punten == tuple((plekken[s].cx, plekken[s].cy) for s in ("p0", "p1", "p2"))
    assert lijnen[0].dikte > lijnen[1].dikte
    assert lijnen[0].kleur != lijnen[1].kleur
    assert lijnen[0].actoren == "p0 p1 p2"
