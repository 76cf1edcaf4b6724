"""A werking's own report (what a participant downloads on the Klaar step): that werking's
parts only, clearly structured, as pdftotext reads them."""

import re

import pikepdf

from partnerkaarten.services import bewaar_combinatie
from rapport.services import maak_rapport

from .conftest import enkel, pagina_teksten, partner, pdf_tekst


def regels(tekst: str) -> list[str]:
    return [r.strip() for r in tekst.splitlines() if r.strip()]


def test_it_puts_a_scenarios_title_and_its_ideas_on_lines_of_their_own(gevuld, tmp_path) -> None:
    tekst = pdf_tekst(maak_rapport(gevuld.bib.sessie, gevuld.bib.pk), tmp_path)
    opvolging = regels(tekst[tekst.rindex("Opvolging") :])
    # Never "VoorleeswandelingEen wandeling ...": the title stands alone, the ideas are labelled
    # (pdftotext may put the partners' cell in between).
    assert not [r for r in regels(tekst) if "Voorleeswandeling" in r and "wandeling met" in r]
    assert "Voorleeswandeling" in opvolging
    idee = next(i for i, r in enumerate(opvolging) if r.startswith("Ideeën: Een wandeling"))
    assert idee > opvolging.index("Voorleeswandeling")


def test_the_follow_up_shows_a_partners_categorie_when_it_has_no_sector(
    gevuld, gemeente, tmp_path
) -> None:
    # Kept for the final list with a categorie but nothing typed as sector / domein.
    partner(gevuld.bib, "Sportclub Pajot", gemeente("Pajottegem"), "Sport", behouden=True)
    for werking_id in (None, gevuld.bib.pk):
        tekst = enkel(pdf_tekst(maak_rapport(gevuld.bib.sessie, werking_id), tmp_path))
        opvolging = tekst[tekst.rindex("Opvolging") :]
        assert "Sportclub Pajot Pajottegem Sport nee" in tekst  # the final list, as before
        assert "Sportclub Pajot Sport" in opvolging, werking_id
        assert "Sportclub Pajot —" not in opvolging


def test_it_holds_that_werkings_parts_and_nothing_of_the_room(gevuld, tmp_path) -> None:
    pdf = maak_rapport(gevuld.bib.sessie, gevuld.bib.pk)
    paginas = pagina_teksten(pdf, tmp_path)
    tekst = enkel("\n".join(paginas))
    # The cover is the werking's.
    cover = enkel(paginas[0])
    assert "Netwerk van Bibliotheek Pajottegem Netwerkdag Pajottenland Pajottegem" in cover
    assert "Netwerkdag Pajottenland" in cover
    assert "Organisaties" not in cover
    # No summary of the room: no room-wide counts, no blind spots, no other werking.
    for kamerbreed in (
        "Samenvatting voor de coördinator",
        "Blinde vlekken",
        "Partners genoemd",
        "meer dan één organisatie",
        "Genoemd door",
        "Jeugdhuis De Klinker",
        "Een fuifzaal voor 300.",
    ):
        assert kamerbreed not in tekst, kamerbreed
    # Its own parts, in order, each listed in the contents with the page it starts on.
    delen = [
        "STAP 1 — Eigen werking",
        "STAP 2 — Sterktes en beperkingen",
        "STAP 3 — Partnerkaarten",
        "Bollenschema",
        "Combinaties",
        "Bouw je netwerk uit",
        "Opvolging",
    ]
    inhoud = paginas[1]
    for deel in delen:
        regel = next(r for r in inhoud.splitlines() if r.startswith(deel))
        nummer = int(re.findall(r"(\d+)\s*$", regel)[0])
        assert deel in paginas[nummer - 1], deel
    romp = "\n".join(paginas[2:])
    posities = [romp.index(deel) for deel in delen]
    assert posities == sorted(posities)
    assert "Academie Lennik" in romp and "Voorleeswandeling" in romp


def test_the_other_werkings_report_names_nothing_of_the_library(gevuld, tmp_path) -> None:
    tekst = enkel(pdf_tekst(maak_rapport(gevuld.bib.sessie, gevuld.klinker.pk), tmp_path))
    assert "Jeugdhuis De Klinker" in tekst
    assert "academie lennik" in tekst
    for naam in ("Bibliotheek Pajottegem", "Voorleeswandeling", "Samenvatting"):
        assert naam not in tekst, naam


def test_it_has_its_own_title_and_file_name_not_the_room_reports(gevuld, sofie, tmp_path) -> None:
    bestand = tmp_path / "netwerk.pdf"
    bestand.write_bytes(maak_rapport(gevuld.bib.sessie, gevuld.bib.pk))
    with pikepdf.open(bestand) as pdf:
        titel = str(pdf.docinfo["/Title"])
    assert titel == "Netwerk van Bibliotheek Pajottegem — Netwerkdag Pajottenland"
    cover = enkel(pagina_teksten(bestand.read_bytes(), tmp_path)[0])
    assert cover.startswith("Bouw je netwerk uit · OP/TIL Netwerk van Bibliotheek Pajottegem")
    assert "Rapport bovenlokale netwerken" not in cover
    schijf = sofie.client.get(sofie.url("rapport.pdf"))["Content-Disposition"]
    code = gevuld.bib.sessie.code.lower()
    assert schijf.endswith(f'filename="netwerk-{code}-bibliotheek-pajottegem.pdf"')


def test_the_final_list_stays_with_its_heading(gevuld, gemeente, tmp_path) -> None:
    """However much comes before it, a short "Bouw je netwerk uit" never leaves its heading
    with one row at the foot of a page and the rest on the next."""
    namen = [p.naam for p in gevuld.partners[1:]]
    for i in range(5):
        naam = f"Partner op de lijst {i}"
        partner(gevuld.bib, naam, gemeente("Halle"), "Sport", sector="sport", behouden=True)
        namen.append(naam)
    gebroken = []
    for extra in range(8):
        # Each round one more combination before the list pushes it further down the page.
        bewaar_combinatie(gevuld.bib, gevuld.partners[:2], titel=f"Combinatie {extra}")
        paginas = pagina_teksten(maak_rapport(gevuld.bib.sessie, gevuld.bib.pk), tmp_path)
        kop = next(i for i, p in enumerate(paginas) if i > 1 and "Bouw je netwerk uit" in regels(p))
        if [n for n in namen if n not in enkel(paginas[kop])]:
            gebroken.append(extra)
    assert gebroken == []
