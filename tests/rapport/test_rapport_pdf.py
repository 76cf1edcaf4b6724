"""What the PDF says: pdftotext on the generated report."""

import re
import subprocess

import pikepdf
import pytest
from pdfua import Severity, validate

from rapport.services import maak_rapport
from sessies.models import Sessie
from werking.models import Kenmerk

from .conftest import enkel, pagina_teksten, pdf_tekst


def in_volgorde(tekst: str, delen: list[str]) -> None:
    positie = -1
    for deel in delen:
        gevonden = tekst.find(deel, positie + 1)
        assert gevonden > positie, f"{deel!r} ontbreekt of staat niet na het vorige"
        positie = gevonden


def test_it_shows_every_werking_kenmerk_partner_and_idea_in_order(gevuld, tmp_path) -> None:
    tekst = enkel(pdf_tekst(maak_rapport(gevuld.bib.sessie), tmp_path))
    bib = tekst[tekst.index("STAP 1 — Eigen werking") :]
    in_volgorde(
        bib,
        [
            "Uitlenen, voorlezen en een leesclub voor jong en oud.",
            "Iedereen in Pajottegem leest mee.",
            "Gezinnen, scholen en senioren.",
        ],
    )
    for kenmerk in gevuld.kenmerken:
        assert kenmerk.tekst in bib
    # Card 1 starts from the first beperking, card 2 (bovenlokaal) from the first sterkte.
    in_volgorde(
        bib,
        [
            "Partnerkaart · vertrekpunt: beperking",
            gevuld.kenmerken[2].tekst,
            "Chiro Sint-Martinus",
            "Academie Lennik",
            gevuld.ideeen[0],
            gevuld.ideeen[1],
            "Bovenlokale partnerkaart · vertrekpunt: sterkte",
            gevuld.kenmerken[0].tekst,
            "Basisschool De Zonnebloem",
            "Toerisme Pajottenland",
            gevuld.ideeen[2],
            "Bollenschema",
            # Pursued combinations first.
            "We gaan hiermee verder aan de slag Voorleeswandeling",
            "Combinatie Boekenkamp",
            "Bouw je netwerk uit",
            # Suggested by the app, not confirmed: "voorgesteld", never a plain "ja".
            "Academie Lennik Lennik dans voorgesteld",
        ],
    )
    in_volgorde(tekst, ["Bibliotheek Pajottegem", "Jeugdhuis De Klinker", "Een fuifzaal voor 300."])


def test_it_opens_with_a_cover_and_a_contents_page_whose_numbers_match(gevuld, tmp_path) -> None:
    pdf = maak_rapport(gevuld.bib.sessie)
    paginas = pagina_teksten(pdf, tmp_path)
    assert "Rapport bovenlokale netwerken" in paginas[0]
    assert "Netwerkdag Pajottenland" in paginas[0]
    assert "donderdag 26 november 2026" in paginas[0]
    assert "CC De Moelie, Lennik" in paginas[0]
    inhoud = paginas[1]
    assert "Inhoud" in inhoud
    for titel in ["Samenvatting voor de coördinator", "Bibliotheek Pajottegem", "Opvolging"]:
        regel = next(r for r in inhoud.splitlines() if titel in r)
        nummer = int(re.findall(r"(\d+)\s*$", regel)[0])
        assert paginas[nummer - 1].split("\n", 2)[1:] and titel in paginas[nummer - 1], titel
    for i, pagina in enumerate(paginas, start=1):
        assert f"pagina {i} van {len(paginas)}" in pagina


def test_it_summarises_the_session_for_the_coordinator(gevuld, tmp_path) -> None:
    pdf = maak_rapport(gevuld.bib.sessie)
    tekst = enkel(pdf_tekst(pdf, tmp_path))
    samenvatting = tekst[tekst.index("Samenvatting voor de coördinator", 200) :]
    samenvatting = samenvatting[: samenvatting.index("STAP 1")]
    # 5 partners (4 + 1), 4 distinct actors: "academie lennik" is the same actor twice.
    assert "Partners genoemd 5 (4 verschillende)" in samenvatting
    # Not bovenlokaal: the Chiro of Pajottegem for the library, the academie of Lennik for the
    # jeugdhuis of Lennik.
    # Only confirmed ticks count; the fixture confirms none.
    assert "Bovenlokaal 0% bevestigd (0 van 5); de app stelt er nog 3 voor" in samenvatting
    assert "Kunsten" in samenvatting.split("Blinde vlekken")[0]
    assert "Circuskunsten" in samenvatting.split("Blinde vlekken")[1]
    assert "Academie Lennik Lennik Bibliotheek Pajottegem, Jeugdhuis De Klinker" in samenvatting
    assert "Voorleeswandeling — Bibliotheek Pajottegem" in samenvatting
    assert "Boekenkamp" not in samenvatting
    assert "cultureel: 2 (40%)" in samenvatting  # the SVG chart's labels
    opvolging = tekst[tekst.rindex("Opvolging") :]
    in_volgorde(opvolging, ["Dilbeek", "Basisschool De Zonnebloem", "Lennik", "Academie Lennik"])
    assert "Bibliotheek Pajottegem, Jeugdhuis De Klinker" in opvolging
    assert opvolging.rstrip().endswith("pagina " + opvolging.rsplit("pagina ", 1)[1].strip())


def test_a_werking_report_holds_only_that_werking(gevuld, tmp_path) -> None:
    tekst = enkel(pdf_tekst(maak_rapport(gevuld.bib.sessie, gevuld.klinker.pk), tmp_path))
    assert "Jeugdhuis De Klinker" in tekst
    assert "Een fuifzaal voor 300." in tekst
    assert "Chiro Sint-Martinus" not in tekst
    assert gevuld.kenmerken[0].tekst not in tekst


def test_an_empty_session_gives_a_short_report_that_says_so(sessie, tmp_path) -> None:
    paginas = pagina_teksten(maak_rapport(sessie), tmp_path)
    assert len(paginas) == 1
    assert "nog geen enkele organisatie mee" in paginas[0]


def test_it_escapes_user_text_and_wraps_long_text(gevuld, tmp_path) -> None:
    lang = "Een heel lange sterkte " + "met veel woorden " * 60 + "EINDE."
    woord = "Supercalifragilistic" * 8
    Kenmerk.objects.create(werking=gevuld.bib, soort="sterkte", tekst=lang, volgorde=9)
    Kenmerk.objects.create(
        werking=gevuld.bib, soort="sterkte", tekst=f"<b>vet</b> & {woord}", volgorde=10
    )
    tekst = enkel(pdf_tekst(maak_rapport(gevuld.bib.sessie), tmp_path))
    # Nothing cut off (pdftotext may interleave it with the beperking beside it).
    assert tekst.count("woorden") == 60
    assert "EINDE." in tekst
    assert "<b>vet</b> &" in tekst
    assert woord in tekst.replace(" ", "")


def test_it_prints_nothing_in_the_right_margin(gevuld, tmp_path) -> None:
    """Tables with five columns (the final list) stay inside the page's margins: a column's
    width counts its padding and border (A4, 18 mm margins)."""
    bestand = tmp_path / "rapport.pdf"
    bestand.write_bytes(maak_rapport(gevuld.bib.sessie))
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(bestand), "-"], capture_output=True, text=True, check=True
    ).stdout
    rechts = 595.28 - 18 * 72 / 25.4
    woorden = re.findall(
        r'<word xMin="[^"]+" yMin="[^"]+" xMax="([^"]+)" yMax="[^"]+">([^<]*)', xml
    )
    assert any(w == "grensverleggend?" for _, w in woorden)
    buiten = [(w, float(x)) for x, w in woorden if float(x) > rechts + 0.5]
    assert buiten == []


def test_it_is_a_tagged_pdf_with_title_and_language(gevuld, tmp_path) -> None:
    bestand = tmp_path / "rapport.pdf"
    bestand.write_bytes(maak_rapport(gevuld.bib.sessie))
    with pikepdf.open(bestand) as pdf:
        assert str(pdf.Root.Lang) == "nl-BE"
        assert pdf.Root.MarkInfo.Marked
        assert "/StructTreeRoot" in pdf.Root
        assert str(pdf.docinfo["/Title"]).startswith("Rapport bovenlokale netwerken")
    rapport = validate(str(bestand))
    fouten = [f"{f.rule_id}: {f.message}" for f in rapport.findings if f.severity >= Severity.ERROR]
    assert fouten == []


@pytest.mark.parametrize("werking", [False, True])
def test_the_command_writes_the_same_pdf(gevuld, tmp_path, werking) -> None:
    from django.core.management import call_command

    uit = tmp_path / "uit.pdf"
    args = [gevuld.bib.sessie.code.lower(), "-o", str(uit)]
    if werking:
        args += ["--werking", str(gevuld.klinker.pk)]
    call_command("rapport", *args)
    tekst = enkel(pdf_tekst(uit.read_bytes(), tmp_path))
    assert "Jeugdhuis De Klinker" in tekst
    assert ("Chiro Sint-Martinus" in tekst) is not werking


def test_the_command_refuses_an_unknown_code_or_werking(gevuld, andere_sessie, kempen) -> None:
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="Geen sessie"):
        call_command("rapport", "ZZZZZZ", "-o", "/dev/null")
    with pytest.raises(CommandError, match="hoort niet bij"):
        call_command("rapport", gevuld.bib.sessie.code, "--werking", str(kempen.werking.pk))
    assert Sessie.objects.count() == 2


def test_the_page_references_follow_the_pages_added() -> None:
    import pydyf

    import rapport.pdf  # noqa: F401  (replaces pydyf's property by one that keeps its tuple)

    pdf = pydyf.PDF()
    for _ in range(3):
        kids = pdf.pages["Kids"][::3]
        assert pdf.page_references == tuple(f"{n} 0 R".encode() for n in kids)
        pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
    assert len(pdf.page_references) == 3
