"""Exports beside the PDF, from the same gathered data (rapport.gegevens).

- partners as CSV and XLSX: one row per werking and partner, with every field;
- the network for Kumu (XLSX with the sheets Elements and Connections) and for Gephi (GEXF).

In the network the same actor named by several werkingen is one element (normalised name and
gemeente), and so is a werking of the session that another werking named as a partner.
"""

import csv
import io
from dataclasses import dataclass, field

import networkx as nx
from openpyxl import Workbook
from openpyxl.styles import Font

from cultuuroptil.lib.text import normalize_key

from .gegevens import Rapport

PARTNER_KOLOMMEN = [
    "Werking",
    "Gemeente werking",
    "Partner",
    "Gemeente",
    "NIS-code",
    "Categorie",
    "Cultureel",
    "Sector / domein",
    "Bovenlokaal",
    "Grensverleggend",
    "Op de lijst 'Bouw je netwerk uit'",
    "Partnerkaarten",
    "Combinaties",
]


def ja_nee(waarde: bool) -> str:
    return "ja" if waarde else "nee"


def partner_rijen(r: Rapport) -> list[list[str | int]]:
    rijen: list[list[str | int]] = []
    for w in r.werkingen:
        op_kaarten: dict[int, int] = {}
        for kaart in w.kaarten:
            for p in kaart.partners:
                op_kaarten[p.id] = op_kaarten.get(p.id, 0) + 1
        in_combinaties: dict[int, int] = {}
        for c in w.combinaties:
            for p in c.partners:
                in_combinaties[p.id] = in_combinaties.get(p.id, 0) + 1
        for p in w.partners:
            rijen.append(
                [
                    w.naam,
                    w.gemeente,
                    p.naam,
                    p.gemeente,
                    p.gemeente_id or "",
                    p.categorie,
                    ja_nee(p.cultureel),
                    p.sector,
                    ja_nee(p.bovenlokaal),
                    ja_nee(p.grensverleggend),
                    ja_nee(p.behouden),
                    op_kaarten.get(p.id, 0),
                    in_combinaties.get(p.id, 0),
                ]
            )
    return rijen


def veilige_cel(waarde: str | int) -> str | int:
    """A spreadsheet runs a cell that starts with = + - @ as a formula: not for user text."""
    if isinstance(waarde, str) and waarde[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + waarde
    return waarde


def partners_csv(r: Rapport) -> bytes:
    uit = io.StringIO()
    # Semicolons and a BOM: what Excel in Belgium opens correctly with a double click.
    schrijver = csv.writer(uit, delimiter=";", lineterminator="\r\n")
    schrijver.writerow(PARTNER_KOLOMMEN)
    for rij in partner_rijen(r):
        schrijver.writerow([veilige_cel(w) for w in rij])
    return ("\ufeff" + uit.getvalue()).encode("utf-8")


def _blad(wb: Workbook, titel: str, koppen: list[str], rijen: list[list], eerste: bool) -> None:
    blad = wb.active if eerste else wb.create_sheet()
    blad.title = titel
    blad.append(koppen)
    for cel in blad[1]:
        cel.font = Font(bold=True)
    for rij in rijen:
        blad.append(rij)
    # openpyxl stores a string that starts with "=" as a formula: user text stays text.
    for rij in blad.iter_rows(min_row=2):
        for cel in rij:
            if isinstance(cel.value, str):
                cel.data_type = "s"
    blad.freeze_panes = "A2"


def _xlsx(bladen: list[tuple[str, list[str], list[list]]]) -> bytes:
    wb = Workbook()
    for i, (titel, koppen, rijen) in enumerate(bladen):
        _blad(wb, titel, koppen, rijen, eerste=i == 0)
    uit = io.BytesIO()
    wb.save(uit)
    return uit.getvalue()


def partners_xlsx(r: Rapport) -> bytes:
    return _xlsx([("Partners", PARTNER_KOLOMMEN, partner_rijen(r))])


@dataclass
class Element:
    label: str
    soort: str  # "Organisatie" (took part) or "Partner"
    gemeente: str
    categorie: str = ""
    cultureel: str = ""
    sector: str = ""
    genoemd_door: list[str] = field(default_factory=list)


@dataclass
class Verbinding:
    van: str
    naar: str
    bovenlokaal: bool
    grensverleggend: bool
    behouden: bool


def netwerk(r: Rapport) -> tuple[dict[str, Element], list[Verbinding]]:
    """Elements keyed by actor (normalised name + gemeente) and one connection per werking and
    partner. Labels are 'Naam (Gemeente)', unique as Kumu needs them."""
    elementen: dict[str, Element] = {}

    def sleutel(naam: str, gemeente: str) -> str:
        return f"{normalize_key(naam)}|{normalize_key(gemeente)}"

    for w in r.werkingen:
        elementen[sleutel(w.naam, w.gemeente)] = Element(
            label=f"{w.naam} ({w.gemeente})", soort="Organisatie", gemeente=w.gemeente
        )
    verbindingen = []
    for w in r.werkingen:
        van = sleutel(w.naam, w.gemeente)
        for p in w.partners:
            k = sleutel(p.naam, p.gemeente)
            element = elementen.setdefault(
                k, Element(label=f"{p.naam} ({p.gemeente})", soort="Partner", gemeente=p.gemeente)
            )
            element.categorie = element.categorie or p.categorie
            element.cultureel = element.cultureel or ja_nee(p.cultureel)
            element.sector = element.sector or p.sector
            if w.naam not in element.genoemd_door:
                element.genoemd_door.append(w.naam)
            verbindingen.append(
                Verbinding(
                    van=van,
                    naar=k,
                    bovenlokaal=p.bovenlokaal,
                    grensverleggend=p.grensverleggend,
                    behouden=p.behouden,
                )
            )
    return elementen, verbindingen


ELEMENT_KOLOMMEN = ["Label", "Type", "Gemeente", "Categorie", "Cultureel", "Sector", "Genoemd door"]
CONNECTIE_KOLOMMEN = ["From", "To", "Type", "Bovenlokaal", "Grensverleggend", "Op de lijst"]


def kumu_xlsx(r: Rapport) -> bytes:
    elementen, verbindingen = netwerk(r)
    return _xlsx(
        [
            (
                "Elements",
                ELEMENT_KOLOMMEN,
                [
                    [
                        e.label,
                        e.soort,
                        e.gemeente,
                        e.categorie,
                        e.cultureel,
                        e.sector,
                        "|".join(e.genoemd_door),  # Kumu reads | as a multi-value field
                    ]
                    for e in elementen.values()
                ],
            ),
            (
                "Connections",
                CONNECTIE_KOLOMMEN,
                [
                    [
                        elementen[v.van].label,
                        elementen[v.naar].label,
                        "noemt als partner",
                        ja_nee(v.bovenlokaal),
                        ja_nee(v.grensverleggend),
                        ja_nee(v.behouden),
                    ]
                    for v in verbindingen
                ],
            ),
        ]
    )


def graaf(r: Rapport) -> nx.DiGraph:
    elementen, verbindingen = netwerk(r)
    g = nx.DiGraph()
    for k, e in elementen.items():
        g.add_node(
            k,
            label=e.label,
            type=e.soort,
            gemeente=e.gemeente,
            categorie=e.categorie,
            cultureel=e.cultureel,
            sector=e.sector,
            genoemd_door="; ".join(e.genoemd_door),
        )
    for v in verbindingen:
        g.add_edge(
            v.van,
            v.naar,
            bovenlokaal=v.bovenlokaal,
            grensverleggend=v.grensverleggend,
            behouden=v.behouden,
        )
    return g


def gexf(r: Rapport) -> bytes:
    uit = io.BytesIO()
    nx.write_gexf(graaf(r), uit)
    return uit.getvalue()
