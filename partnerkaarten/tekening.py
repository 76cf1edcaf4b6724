"""The bollenschema as a picture: a pure layout function, no Django.

Input: the bollen to draw (the own gemeente first) and the actors in them; output: circles,
the position of every actor's label, the kit's sector hints and the viewBox, in SVG user units
(whole numbers, so the template needs no filters). The same data always gives the same
picture. One template partial (templates/onderdelen/bollenschema.html) draws the result for
the participant's pages, the facilitator, the projector and the PDF.

How it stays legible: every actor gets a label box of one fixed size on a row grid inside its
bol: cultural actors on rows above the bol's middle band, the others below, and a row only
holds the boxes that fit inside the circle at that height. A bol grows until its actors fit,
so bollen are sized by their number of actors. Bollen are then placed one by one around the
own bol at the nearest spot that keeps a gap to every bol already placed. Labels therefore
never overlap each other, never cross a circle's edge, and circles never overlap. A name too
long for its box is shortened with "…"; the full name goes in the SVG <title>.
"""

import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from cultuuroptil.lib.text import aantal

# Sizes in SVG user units. The font sizes are what the picture is legible by: the projector
# shows a room picture of 12 bollen and 80 actors at 1280x720 at roughly 0.8 px per unit.
LETTER = 13  # actor labels
LETTER_KOP = 14  # the gemeente's name in the middle band
LETTER_BADGE = 13  # the "x2" count: as big as the name it belongs to, also on the projector
LETTER_HINT = 12
LETTER_HINT_KOP = 13
LABEL_B = 134  # width of one actor's label box (the room's picture; `teken(label_b=...)`)
LABEL_H = 19
KOLOM_GAT = 6  # between two label boxes on a row
RIJ = LABEL_H + 4
RAND = 5  # free space between a label box and the circle
TUSSENRUIMTE = 12  # between two circles
MIN_STRAAL = 62
STAP_STRAAL = 3
MOTTO_H = 34
MARGE = 10
HOEKEN = 32  # candidate directions when placing a bol next to another

REGIO = "Regio / Vlaanderen"
EIGEN_WERKING = "EIGEN WERKING"

# The kit's words beside the upper and lower halves (the partnerkaart's bollenschema).
HINT_CULTUREEL = (
    "Culturele actoren",
    (
        "sociaal-cultureel werk,",
        "circus, lokaal cultuurbeleid,",
        "kunsten, amateurkunsten, jeugd,",
        "cultureel erfgoed",
    ),
)
HINT_NIET_CULTUREEL = (
    "Niet-culturele actoren",
    (
        "onderwijs, welzijn, toerisme,",
        "economie, sport, jeugd,",
        "ruimtelijke ordening,",
        "onroerend erfgoed,...",
    ),
)
DENK_OVER_DE_GRENZEN = "Denk over de grenzen heen!"

# Colours, the same as static/css/app.css (--cultureel, --niet-cultureel, ...): the SVG uses
# presentation attributes so WeasyPrint and a strict CSP need no stylesheet for it.
KLEUR = {
    "cultureel": "#7a2a86",
    "cultureel_licht": "#f3e8f5",
    "niet_cultureel": "#1f6b45",
    "niet_cultureel_licht": "#e6f2ea",
    "bovenlokaal": "#b35c00",
    "grensverleggend": "#1d4e89",
    "lijn": "#8a8f98",
    "eigen": "#1d4e89",
    "tekst": "#1c1f24",
}
# Combinations, each in its own colour, none of them one of the actors' colours.
KLEUREN_COMBINATIES = (
    "#c2185b",
    "#0277bd",
    "#e65100",
    "#00838f",
    "#5e35b1",
    "#827717",
    "#6d4c41",
    "#37474f",
)


@dataclass(frozen=True)
class Actor:
    """One actor to draw. `sleutel` identifies it in the picture (a partner's id on a
    werking's picture, the normalised name + gemeente in the room's)."""

    sleutel: str
    naam: str
    bol: str | None  # the key of its bol; None: regio / Vlaanderen
    cultureel: bool
    bovenlokaal: bool = False
    grensverleggend: bool = False
    aantal: int = 1  # how many organisations named it (the room's picture)
    bol_naam: str = ""  # the bol's name, for a bol not among those given to `teken`
    # A participating organisation (the room's picture): drawn bold and outlined, first in the
    # cultural half of its own gemeente's bol, which is outlined as an own bol too.
    eigen: bool = False

    @property
    def vet(self) -> bool:
        return self.aantal > 1 or self.eigen


@dataclass(frozen=True)
class BolInvoer:
    sleutel: str | None  # a gemeente's key; None: regio / Vlaanderen
    naam: str


def badge(actor: Actor) -> str:
    """How many organisations named the actor (a times sign and the count), if more than one."""
    return f"\u00d7{actor.aantal}" if actor.aantal > 1 else ""


@dataclass(frozen=True)
class ActorPlek:
    actor: Actor
    x: int  # the label box's top left corner
    y: int
    tekst: str  # what fits in the box
    ingekort: bool
    b: int = LABEL_B

    @property
    def h(self) -> int:
        return LABEL_H

    @property
    def cx(self) -> int:
        return self.x + self.b // 2

    @property
    def cy(self) -> int:
        return self.y + LABEL_H // 2

    @property
    def tekst_x(self) -> int:
        return self.x + (22 if self.actor.bovenlokaal or self.actor.grensverleggend else 8)

    @property
    def tekst_y(self) -> int:
        return self.y + LABEL_H - 5

    @property
    def badge(self) -> str:
        return badge(self.actor)

    @property
    def badge_x(self) -> int:
        return self.x + self.b - 6

    @property
    def grens_x(self) -> int:
        # The grensverleggend mark sits beside the bovenlokaal mark when both are set.
        return self.x + (13 if self.actor.bovenlokaal else 7)

    @property
    def merk_y(self) -> int:
        return self.y + 6


@dataclass
class Cirkel:
    sleutel: str | None
    naam: str
    eigen: bool
    cx: int = 0
    cy: int = 0
    r: int = MIN_STRAAL
    kop: tuple[str, ...] = ()  # the middle band: ("EIGEN WERKING", name) or (name,)
    band: int = 13  # half the height of the middle band
    leeg_door_regel: bool = False  # the own bol of a bovenlokale partnerkaart
    label_b: int = LABEL_B
    actoren: list[ActorPlek] = field(default_factory=list)
    culturele: list[Actor] = field(default_factory=list)
    niet_culturele: list[Actor] = field(default_factory=list)

    @property
    def anker(self) -> str:
        return f"bol-{self.sleutel or 'regio'}"

    @property
    def kop_regels(self) -> list[tuple[str, int, bool]]:
        """(text, y, bold) of each line of the middle band."""
        if len(self.kop) == 2:
            return [(self.kop[0], self.cy - 4, True), (self.kop[1], self.cy + 14, False)]
        return [(self.kop[0], self.cy + 5, True)]

    @property
    def pad_boven(self) -> str:
        """The cultural half: the part of the circle above the middle band."""
        w = round(math.sqrt(self.r * self.r - self.band * self.band))
        y = self.cy - self.band
        return f"M{self.cx - w} {y}A{self.r} {self.r} 0 0 1 {self.cx + w} {y}Z"

    @property
    def pad_onder(self) -> str:
        w = round(math.sqrt(self.r * self.r - self.band * self.band))
        y = self.cy + self.band
        return f"M{self.cx + w} {y}A{self.r} {self.r} 0 0 1 {self.cx - w} {y}Z"

    @property
    def onder_tekst_y(self) -> int:
        return self.cy + self.band + 18

    @property
    def links(self) -> int:
        return self.cx - self.r

    @property
    def rechts(self) -> int:
        return self.cx + self.r

    @property
    def boven(self) -> int:
        return self.cy - self.r

    @property
    def onder(self) -> int:
        return self.cy + self.r


@dataclass(frozen=True)
class HintRegel:
    tekst: str
    x: int
    y: int
    kop: bool
    cultureel: bool


@dataclass
class Tekening:
    cirkels: list[Cirkel]
    hints: list[HintRegel]
    x: int
    y: int
    breedte: int
    hoogte: int
    motto: str = ""
    motto_x: int = 0
    motto_y: int = 0

    @property
    def viewbox(self) -> str:
        return f"{self.x} {self.y} {self.breedte} {self.hoogte}"

    @property
    def plekken(self) -> list[ActorPlek]:
        return [plek for cirkel in self.cirkels for plek in cirkel.actoren]

    @property
    def aantal_actoren(self) -> int:
        return sum(len(c.actoren) for c in self.cirkels)

    @property
    def leeg(self) -> bool:
        return self.aantal_actoren == 0

    @property
    def combineerbaar(self) -> bool:
        """A combinatie needs actors from at least two bollen."""
        return sum(1 for c in self.cirkels if c.actoren) >= 2

    @property
    def heeft_eigen_werkingen(self) -> bool:
        return any(plek.actor.eigen for plek in self.plekken)

    @property
    def heeft_vaak(self) -> bool:
        return any(plek.actor.aantal > 1 for plek in self.plekken)

    def plek_van(self) -> dict[str, ActorPlek]:
        return {plek.actor.sleutel: plek for plek in self.plekken}

    @property
    def beschrijving(self) -> str:
        """The <desc>: what the picture shows, in one sentence a screen reader reads."""
        if not self.cirkels:
            return "Een leeg bollenschema."
        delen = []
        for cirkel in self.cirkels:
            c, n = len(cirkel.culturele), len(cirkel.niet_culturele)
            wat = (
                "leeg"
                if c + n == 0
                else aantal(c, "culturele actor", "culturele actoren")
                + " en "
                + aantal(n, "niet-culturele actor", "niet-culturele actoren")
            )
            delen.append(f"{cirkel.naam}{' (eigen werking)' if cirkel.eigen else ''}: {wat}")
        return aantal(len(self.cirkels), "bol", "bollen") + ". " + "; ".join(delen) + "."


# Advance widths of DejaVu Sans (the PDF's font and the widest of the fonts the SVG names) as
# a fraction of the font size; other characters count as a wide letter. Estimating with the
# widest font means a name never runs out of its box in a narrower one.
_BREEDTES = {
    **dict.fromkeys("ijl", 0.278),
    **dict.fromkeys("ftr", 0.41),
    **dict.fromkeys(" .,:;'!|", 0.318),
    **dict.fromkeys("()-/", 0.39),
    **dict.fromkeys("sz", 0.525),
    **dict.fromkeys("ckvxy", 0.592),
    **dict.fromkeys("abdeghnopqu", 0.635),
    **dict.fromkeys("mw", 0.974),
    **dict.fromkeys("IJ", 0.295),
    **dict.fromkeys("EFLPST", 0.635),
    **dict.fromkeys("ABKRVXYZ", 0.70),
    **dict.fromkeys("CDGHNOQU", 0.787),
    **dict.fromkeys("MW", 0.99),
    **dict.fromkeys("0123456789", 0.636),
    "\u2026": 1.0,
    "\u00d7": 0.838,
}


def tekstbreedte(tekst: str, grootte: float, vet: bool = False) -> float:
    breedte = sum(_BREEDTES.get(teken, 0.7) for teken in tekst)
    return breedte * grootte * (1.1 if vet else 1.0)


def kort_in(tekst: str, breedte: float, grootte: float, vet: bool = False) -> tuple[str, bool]:
    """The text itself when it fits, else its longest start that fits with '…' after it."""
    tekst = " ".join(tekst.split())
    schaal = grootte * (1.1 if vet else 1.0)
    if sum(_BREEDTES.get(t, 0.7) for t in tekst) * schaal <= breedte:
        return tekst, False
    lengte = _passend(tekst, breedte / schaal - _BREEDTES["\u2026"])
    return tekst[: max(lengte, 1)].rstrip() + "\u2026", True


def _passend(tekens: Iterable[str], ruimte: float) -> int:
    """How many of these characters, in order, fit in `ruimte` (in units of the font size)."""
    lengte = 0
    for teken in tekens:
        ruimte -= _BREEDTES.get(teken, 0.7)
        if ruimte < 0:
            break
        lengte += 1
    return lengte


def _rijen(r: float, band: int, label_b: int) -> list[tuple[int, int]]:
    """(columns, y of the row's edge nearest the middle) for each row of one half, nearest
    the middle first. A row holds only the boxes whose far corners stay inside the circle."""
    rijen = []
    k = 0
    while True:
        binnen = band + 3 + k * RIJ
        buiten = binnen + LABEL_H
        if buiten > r - RAND:
            return rijen
        halve_koorde = math.sqrt(r * r - buiten * buiten) - RAND
        kolommen = int((2 * halve_koorde + KOLOM_GAT) // (label_b + KOLOM_GAT))
        if kolommen < 1:
            return rijen
        rijen.append((kolommen, binnen))
        k += 1


def _capaciteit(r: float, band: int, label_b: int) -> int:
    return sum(kolommen for kolommen, _ in _rijen(r, band, label_b))


def _ruimte(actor: Actor, label_b: int) -> float:
    """The width an actor's name has in its label box: less its marks and its badge."""
    ruimte = label_b - (22 if actor.bovenlokaal or actor.grensverleggend else 8) - 6
    if actor.aantal > 1:
        ruimte -= tekstbreedte(badge(actor), LETTER_BADGE, True) + 4
    return ruimte


def kort_met_staart(
    tekst: str, anderen: list[str], breedte: float, grootte: float, vet: bool = False
) -> str:
    """A shortened name that keeps the word telling it apart from `anderen` (names that start
    the same): "Dansschool Pas de Deux" beside "Dansschool Pirouette" → "Dansschool …Deux".
    That word is its first word no other name has (else, or without `anderen`: the same name
    elsewhere, its last word: "Dansschool …Deux" in two gemeenten); the word's last
    letters if even it is too long; before it as much of the start as fits."""
    tekst = " ".join(tekst.split())
    woorden = tekst.split(" ")
    bekend = {w.casefold() for a in anderen for w in a.split()}
    index = len(woorden) - 1
    if anderen:
        index = next((i for i, w in enumerate(woorden) if i and w.casefold() not in bekend), index)
    staart = woorden[index].rstrip(",;:") or woorden[index]
    schaal = grootte * (1.1 if vet else 1.0)
    over = breedte / schaal - _BREEDTES["\u2026"] - sum(_BREEDTES.get(t, 0.7) for t in staart)
    if over < 0:
        # Even the tail is too long: its last letters that fit.
        lengte = _passend(reversed(staart), breedte / schaal - _BREEDTES["\u2026"])
        return "\u2026" + staart[len(staart) - max(lengte, 1) :].lstrip()
    kop = " ".join(woorden[:index]) + " " if index else ""
    lengte = _passend(kop, over)
    if lengte == len(kop):
        return kop + staart + "\u2026"  # all up to the word fits: what follows it is left out
    return kop[:lengte] + "\u2026" + staart


def _onderscheid(cirkels: list[Cirkel]) -> None:
    """Two actors shortened to the same label ("Dansschool P…" twice) cannot be told apart on
    the picture: each of them keeps the end of its name that differs instead."""
    # Labels that read alike: the same, or one's start the start of the other
    # ("Academie voor…" and "Academie vo…").
    groepen: list[tuple[list[str], list[tuple[Cirkel, int]]]] = []
    for cirkel in cirkels:
        for i, plek in enumerate(cirkel.actoren):
            if not plek.ingekort:
                continue
            stam = plek.tekst.removesuffix("\u2026").rstrip().casefold()
            for stammen, leden in groepen:
                if any(stam.startswith(a) or a.startswith(stam) for a in stammen):
                    stammen.append(stam)
                    leden.append((cirkel, i))
                    break
            else:
                groepen.append(([stam], [(cirkel, i)]))
    for _, leden in groepen:
        if len(leden) < 2:
            continue
        namen = [" ".join(c.actoren[i].actor.naam.split()) for c, i in leden]
        for (cirkel, i), naam in zip(leden, namen, strict=True):
            plek = cirkel.actoren[i]
            anderen = [n for n in namen if n.casefold() != naam.casefold()]
            tekst = kort_met_staart(
                naam, anderen, _ruimte(plek.actor, cirkel.label_b), LETTER, plek.actor.vet
            )
            cirkel.actoren[i] = replace(plek, tekst=tekst)


def _vul(cirkel: Cirkel, actoren: list[Actor], boven: bool) -> None:
    """Put the actors in rows, nearest the middle first, each row centred."""
    rest = list(actoren)
    kolom = cirkel.label_b + KOLOM_GAT
    for kolommen, binnen in _rijen(cirkel.r, cirkel.band, cirkel.label_b):
        if not rest:
            return
        rij, rest = rest[:kolommen], rest[kolommen:]
        breedte = len(rij) * kolom - KOLOM_GAT
        x0 = cirkel.cx - breedte // 2
        y = cirkel.cy - binnen - LABEL_H if boven else cirkel.cy + binnen
        for i, actor in enumerate(rij):
            tekst, ingekort = kort_in(
                actor.naam, _ruimte(actor, cirkel.label_b), LETTER, vet=actor.vet
            )
            cirkel.actoren.append(
                ActorPlek(actor, x0 + i * kolom, y, tekst, ingekort, cirkel.label_b)
            )


def _maat(cirkel: Cirkel) -> None:
    """The smallest radius that holds the middle band and both halves."""
    breedste_kop = max(tekstbreedte(regel, LETTER_KOP, True) for regel in cirkel.kop)
    r = max(MIN_STRAAL, math.ceil(math.hypot(breedste_kop / 2 + RAND, cirkel.band + RAND)))
    while _capaciteit(r, cirkel.band, cirkel.label_b) < max(
        len(cirkel.culturele), len(cirkel.niet_culturele)
    ):
        r += STAP_STRAAL  # both halves have the same rows, so the fuller half decides
    cirkel.r = r


def _kandidaten(geplaatst: list[Cirkel], r: int) -> list[tuple[float, float]]:
    """Spots where a circle of radius r touches (with the gap) one placed circle, in
    HOEKEN directions, or two placed circles at once (the snug spots of a packing)."""
    spots = []
    for buur in geplaatst:
        afstand = buur.r + r + TUSSENRUIMTE + 1
        for h in range(HOEKEN):
            hoek = 2 * math.pi * h / HOEKEN
            spots.append((buur.cx + afstand * math.cos(hoek), buur.cy + afstand * math.sin(hoek)))
    for i, a in enumerate(geplaatst):
        for b in geplaatst[i + 1 :]:
            ra, rb = a.r + r + TUSSENRUIMTE + 1, b.r + r + TUSSENRUIMTE + 1
            dx, dy = b.cx - a.cx, b.cy - a.cy
            d = math.hypot(dx, dy)
            if d == 0 or d > ra + rb:
                continue
            langs = (ra * ra - rb * rb + d * d) / (2 * d)
            dwars = math.sqrt(max(ra * ra - langs * langs, 0))
            mx, my = a.cx + langs * dx / d, a.cy + langs * dy / d
            spots.append((mx - dwars * dy / d, my + dwars * dx / d))
            spots.append((mx + dwars * dy / d, my - dwars * dx / d))
    return spots


def _plaats(cirkels: list[Cirkel], breedteverhouding: float) -> None:
    """The first circle at the centre; each next one at the free spot that keeps the picture
    smallest around that centre: its half width / `breedteverhouding` against its half
    height, so the picture fills a wide screen; among equals the spot nearest the centre."""
    geplaatst: list[Cirkel] = []
    links = rechts = boven = onder = 0
    for cirkel in cirkels:
        r = cirkel.r
        if not geplaatst:
            cirkel.cx, cirkel.cy = 0, 0
            links, rechts, boven, onder = -r, r, -r, r
            geplaatst.append(cirkel)
            continue
        beste: tuple[float, float, int, int] | None = None
        for fx, fy in _kandidaten(geplaatst, r):
            x, y = round(fx), round(fy)
            # Measured from the own bol's centre both ways, so it stays in the middle.
            kost = max(
                max(rechts, x + r, -links, r - x) / breedteverhouding,
                max(onder, y + r, -boven, r - y),
            )
            nabij = math.hypot(x / breedteverhouding, y)
            if beste is not None and (kost, nabij) >= beste[:2]:
                continue
            if all(
                math.hypot(x - ander.cx, y - ander.cy) >= ander.r + r + TUSSENRUIMTE
                for ander in geplaatst
            ):
                beste = (kost, nabij, x, y)
        assert beste is not None  # a direction away from everything placed always exists
        _, _, cirkel.cx, cirkel.cy = beste
        links, rechts = min(links, cirkel.cx - r), max(rechts, cirkel.cx + r)
        boven, onder = min(boven, cirkel.cy - r), max(onder, cirkel.cy + r)
        geplaatst.append(cirkel)


def teken(
    bollen: list[BolInvoer],
    actoren: list[Actor],
    eigen: str | None = None,
    eigen_kop: str = EIGEN_WERKING,
    eigen_leeg: bool = False,
    motto: str = "",
    breedteverhouding: float = 1.5,
    hints: bool = True,
    label_b: int = LABEL_B,
) -> Tekening:
    """Lay out a bollenschema.

    `bollen`: the bollen in the order they were added; the one whose key is `eigen` is drawn
    first and central with `eigen_kop` above its name. Every actor's bol gets a circle even
    when it is missing from `bollen` (after the others, in the order the actors come).
    `eigen_leeg`: the own bol stays empty by rule (a bovenlokale partnerkaart).
    `label_b`: the width of an actor's label; wider for a werking's few actors, narrower for
    the room's many.
    """
    cirkels: dict[str | None, Cirkel] = {}

    def cirkel_voor(sleutel: str | None, naam: str) -> Cirkel:
        if sleutel not in cirkels:
            is_eigen = eigen is not None and sleutel == eigen
            kop = (eigen_kop, naam) if is_eigen and eigen_kop else (naam,)
            cirkels[sleutel] = Cirkel(
                sleutel=sleutel,
                naam=naam,
                eigen=is_eigen,
                kop=kop,
                band=24 if len(kop) == 2 else 13,
                leeg_door_regel=is_eigen and eigen_leeg,
                label_b=label_b,
            )
        return cirkels[sleutel]

    for bol in sorted(bollen, key=lambda b: b.sleutel != eigen or eigen is None):
        cirkel_voor(bol.sleutel, bol.naam)
    for actor in actoren:
        if actor.bol not in cirkels:
            cirkel_voor(actor.bol, REGIO if actor.bol is None else actor.bol_naam or actor.bol)
        cirkel = cirkels[actor.bol]
        (cirkel.culturele if actor.cultureel else cirkel.niet_culturele).append(actor)
        # The room's picture: every gemeente a participating organisation comes from is an own
        # bol, outlined as such.
        cirkel.eigen = cirkel.eigen or actor.eigen

    lijst = list(cirkels.values())
    for cirkel in lijst:
        _maat(cirkel)
    # The own bol at the heart; the others largest first (that packs tightest), ties in the
    # order given. The list form beside the picture keeps the participants' order.
    vast = 1 if lijst and lijst[0].eigen else 0
    lijst[vast:] = sorted(lijst[vast:], key=lambda c: -c.r)
    _plaats(lijst, breedteverhouding)
    for cirkel in lijst:
        _vul(cirkel, cirkel.culturele, boven=True)
        _vul(cirkel, cirkel.niet_culturele, boven=False)
    _onderscheid(lijst)

    if lijst:
        links = min(c.links for c in lijst)
        rechts = max(c.rechts for c in lijst)
        boven = min(c.boven for c in lijst)
        onder = max(c.onder for c in lijst)
    else:
        links, rechts, boven, onder = -MIN_STRAAL, MIN_STRAAL, -MIN_STRAAL, MIN_STRAAL

    regels: list[HintRegel] = []
    if hints:
        hint_b = 16 + max(
            max(
                tekstbreedte(kop, LETTER_HINT_KOP, True),
                *(tekstbreedte(w, LETTER_HINT) for w in woorden),
            )
            for kop, woorden in (HINT_CULTUREEL, HINT_NIET_CULTUREEL)
        )
        # Beside the halves of the central bol: cultural above its middle, the others below.
        x = links - math.ceil(hint_b)
        for kop, woorden, cultureel, y0 in (
            (*HINT_CULTUREEL, True, -8 - 16 * (len(HINT_CULTUREEL[1]) + 1)),
            (*HINT_NIET_CULTUREEL, False, 22),
        ):
            regels.append(HintRegel(kop, x, y0 + 14, True, cultureel))
            for i, woord in enumerate(woorden):
                regels.append(HintRegel(woord, x, y0 + 14 + 16 * (i + 1), False, cultureel))
        links = x - MARGE
        boven = min(boven, regels[0].y - 16)
        onder = max(onder, regels[-1].y + 8)

    motto_y = 0
    if motto:
        boven -= MOTTO_H
        motto_y = boven + 24

    x, y = links - MARGE, boven - MARGE
    return Tekening(
        cirkels=lijst,
        hints=regels,
        x=x,
        y=y,
        breedte=rechts + MARGE - x,
        hoogte=onder + MARGE - y,
        motto=motto,
        motto_x=x + MARGE,
        motto_y=motto_y,
    )


def kleinste_letter(tekening: Tekening) -> int:
    """The smallest font size (user units) of the text the picture draws: actor labels, their
    badges, the bollen's names, and the sector hints when drawn."""
    maten = [LETTER, LETTER_KOP - 1] if tekening.cirkels else [LETTER_KOP - 1]
    if any(plek.actor.aantal > 1 for plek in tekening.plekken):
        maten.append(LETTER_BADGE)
    if tekening.hints:
        maten.append(LETTER_HINT)
    if any(c.leeg_door_regel for c in tekening.cirkels):
        maten.append(11)  # "blijft leeg"
    return min(maten)


def letter_op(tekening: Tekening, breedte: float, hoogte: float) -> float:
    """The smallest letter in CSS px when the picture is scaled to fit a box of
    `breedte` x `hoogte` px (preserveAspectRatio "meet": the tighter side decides)."""
    schaal = min(breedte / tekening.breedte, hoogte / tekening.hoogte)
    return kleinste_letter(tekening) * schaal


@dataclass(frozen=True)
class CombinatieInvoer:
    sleutel: int
    titel: str
    verder: bool
    actoren: tuple[str, ...]  # actor keys


@dataclass(frozen=True)
class Verbinding:
    """A combination drawn as a star: a line from its centre to each of its actors."""

    sleutel: int
    titel: str
    verder: bool
    kleur: str
    midden: tuple[int, int]
    punten: tuple[tuple[int, int], ...]
    actoren: str  # the actor keys, space separated (a data attribute for the script)

    @property
    def dikte(self) -> int:
        return 5 if self.verder else 2


def verbindingen(tekening: Tekening, combinaties: list[CombinatieInvoer]) -> list[Verbinding]:
    """Existing combinations as coloured links between their actors; ones the werking pursues
    ("verder") thicker. Actors not drawn (e.g. a deleted partner) are left out."""
    plekken = tekening.plek_van()
    lijnen = []
    for i, combinatie in enumerate(combinaties):
        punten = tuple((plekken[s].cx, plekken[s].cy) for s in combinatie.actoren if s in plekken)
        if len(punten) < 2:
            continue
        midden = (
            round(sum(p[0] for p in punten) / len(punten)),
            round(sum(p[1] for p in punten) / len(punten)),
        )
        lijnen.append(
            Verbinding(
                sleutel=combinatie.sleutel,
                titel=combinatie.titel,
                verder=combinatie.verder,
                kleur=KLEUREN_COMBINATIES[i % len(KLEUREN_COMBINATIES)],
                midden=midden,
                punten=punten,
                actoren=" ".join(s for s in combinatie.actoren if s in plekken),
            )
        )
    return lijnen
