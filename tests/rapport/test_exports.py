"""Exports read back as a spreadsheet, Kumu and Gephi would read them."""

import csv
import io

import networkx as nx
from openpyxl import load_workbook

from partnerkaarten.models import Partner
from rapport.exports import CONNECTIE_KOLOMMEN, ELEMENT_KOLOMMEN, PARTNER_KOLOMMEN


def verwachte_rijen(gevuld) -> list[dict[str, str]]:
    rijen = []
    for werking in (gevuld.bib, gevuld.klinker):  # report order: by name
        for p in Partner.objects.filter(werking=werking).order_by("volgorde", "id"):
            rijen.append(
                {
                    "Werking": werking.naam,
                    "Gemeente werking": werking.gemeente.naam,
                    "Partner": p.naam,
                    "Gemeente": p.gemeente.naam if p.gemeente else "Regio / Vlaanderen",
                    "NIS-code": p.gemeente_id or "",
                    "Categorie": p.categorie.naam,
                    "Cultureel": "ja" if p.cultureel else "nee",
                    "Sector / domein": p.sector,
                    "Bovenlokaal": "ja" if p.bovenlokaal else "nee",
                    "Grensverleggend": "ja" if p.grensverleggend else "nee",
                    "Op de lijst 'Bouw je netwerk uit'": "ja" if p.behouden else "nee",
                    "Partnerkaarten": str(p.partnerkaarten.count()),
                    "Combinaties": str(p.combinaties.count()),
                }
            )
    return rijen


def haal(client, sessie, naam: str):
    response = client.get(f"/sessies/{sessie.code}/export/{naam}")
    assert response.status_code == 200
    return response


def test_the_partners_csv_reads_back(gevuld, begeleider_client) -> None:
    response = haal(begeleider_client, gevuld.bib.sessie, "partners.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    tekst = response.content.decode("utf-8-sig")
    rijen = list(csv.DictReader(io.StringIO(tekst), delimiter=";"))
    assert list(rijen[0].keys()) == PARTNER_KOLOMMEN
    assert rijen == verwachte_rijen(gevuld)


def test_the_partners_xlsx_reads_back(gevuld, begeleider_client) -> None:
    response = haal(begeleider_client, gevuld.bib.sessie, "partners.xlsx")
    blad = load_workbook(io.BytesIO(response.content))["Partners"]
    waarden = [
        [("" if c is None else str(c)) for c in rij] for rij in blad.iter_rows(values_only=True)
    ]
    assert waarden[0] == PARTNER_KOLOMMEN
    assert [dict(zip(waarden[0], rij, strict=True)) for rij in waarden[1:]] == verwachte_rijen(
        gevuld
    )


def test_user_text_never_becomes_a_formula(gevuld, begeleider_client) -> None:
    p = gevuld.partners[0]
    p.sector = '=HYPERLINK("http://example.invalid","klik")'
    p.save()
    xlsx = haal(begeleider_client, gevuld.bib.sessie, "partners.xlsx").content
    blad = load_workbook(io.BytesIO(xlsx))["Partners"]
    cel = next(c for rij in blad.iter_rows() for c in rij if c.value == p.sector)
    assert cel.data_type == "s"
    tekst = haal(begeleider_client, gevuld.bib.sessie, "partners.csv").content.decode("utf-8-sig")
    assert f"'{p.sector}" in next(csv.reader(io.StringIO(tekst.splitlines()[1]), delimiter=";"))


def test_the_kumu_workbook_has_elements_and_connections(gevuld, begeleider_client) -> None:
    response = haal(begeleider_client, gevuld.bib.sessie, "netwerk-kumu.xlsx")
    wb = load_workbook(io.BytesIO(response.content))
    assert wb.sheetnames == ["Elements", "Connections"]
    elementen = list(wb["Elements"].iter_rows(values_only=True))
    verbindingen = list(wb["Connections"].iter_rows(values_only=True))
    assert list(elementen[0]) == ELEMENT_KOLOMMEN
    assert list(verbindingen[0]) == CONNECTIE_KOLOMMEN
    labels = [r[0] for r in elementen[1:]]
    assert len(labels) == len(set(labels))  # Kumu matches connections on unique labels
    # 2 organisations + 4 distinct partners: "academie lennik" of both is one element.
    assert sorted(labels) == sorted(
        [
            "Bibliotheek Pajottegem (Pajottegem)",
            "Jeugdhuis De Klinker (Lennik)",
            "Chiro Sint-Martinus (Pajottegem)",
            "Academie Lennik (Lennik)",
            "Basisschool De Zonnebloem (Dilbeek)",
            "Toerisme Pajottenland (Regio / Vlaanderen)",
        ]
    )
    academie = next(r for r in elementen if r[0] == "Academie Lennik (Lennik)")
    assert academie[6] == "Bibliotheek Pajottegem|Jeugdhuis De Klinker"
    assert len(verbindingen) - 1 == 5
    assert all(r[0] in labels and r[1] in labels for r in verbindingen[1:])
    assert ("Jeugdhuis De Klinker (Lennik)", "Academie Lennik (Lennik)") in [
        (r[0], r[1]) for r in verbindingen
    ]


def test_the_gexf_reads_back_into_networkx(gevuld, begeleider_client) -> None:
    response = haal(begeleider_client, gevuld.bib.sessie, "netwerk.gexf")
    g = nx.read_gexf(io.BytesIO(response.content))
    assert g.number_of_nodes() == 6
    assert g.number_of_edges() == 5
    labels = {d["label"]: n for n, d in g.nodes(data=True)}
    bib = labels["Bibliotheek Pajottegem (Pajottegem)"]
    school = labels["Basisschool De Zonnebloem (Dilbeek)"]
    assert g.nodes[bib]["type"] == "Organisatie"
    assert g.nodes[school]["categorie"] == "Onderwijs"
    rand = g.edges[bib, school]
    assert rand["bovenlokaal"] is True and rand["behouden"] is True
    assert g.in_degree(labels["Academie Lennik (Lennik)"]) == 2
