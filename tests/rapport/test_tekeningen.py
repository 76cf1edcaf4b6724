"""The report draws the bollenschema (the same SVG partial as the pages) for every
partnerkaart and for the werking: in the HTML the PDF is made from, as text in the PDF, never
split over two pages, and legible in print."""

import re
from collections import defaultdict

from weasyprint import HTML

from partnerkaarten.services import zet_op_kaart
from rapport.pdf import BASIS, AlleenStatisch
from rapport.services import maak_rapport, rapport_html

from .conftest import enkel, partner, pdf_tekst

# The smallest label in a drawn picture (an actor's name) in points on paper. 7 pt reads well
# on A4; below 6 pt it is a smudge.
KLEINSTE_PT = 7
LETTER_ACTOR = 13  # SVG units, partnerkaarten.tekening.LETTER


def test_the_html_holds_the_drawn_bollenschema_per_card_and_for_the_werking(gevuld) -> None:
    html = rapport_html(gevuld.bib.sessie, gevuld.bib.pk)
    figuren = re.findall(r'<figure class="bollenschema" id="([^"]+)"', html)
    kaarten = [f for f in figuren if f.startswith("schema-kaart-")]
    assert len(kaarten) == 2
    assert f"schema-werking-{gevuld.bib.pk}" in figuren
    assert html.count("<svg xmlns=") == 3
    tekst_buiten_svg = re.sub(r"<svg.*?</svg>", "", html, flags=re.S)
    for p in gevuld.partners:
        # Each actor drawn in its bol, on a card and in the werking's picture: its label as
        # text (shortened with "…" when too long for its box); its full name in the text
        # around the pictures (the card's list or "Voluit"), which a screen reader reads.
        assert len(re.findall(rf">{re.escape(p.naam[:12])}[^<]*</text>", html)) >= 2, p.naam
        assert p.naam in tekst_buiten_svg, p.naam
    # The PDF's pictures hold only what is drawn: no per-actor or per-bol groups and titles,
    # no hidden legend of their own (WeasyPrint cascades and lays out every SVG element).
    assert '<g class="actor' not in html and '<g class="schema-bol' not in html
    assert "<figcaption" not in html and "data-schuif-hint" not in html
    assert html.count("<title") == 1 + 3  # the document's, and each picture's own
    # The pursued combination drawn as links between its actors.
    assert 'class="verbinding verder"' in html


def test_the_pdf_shows_the_drawn_pictures_as_text(gevuld, tmp_path) -> None:
    tekst = pdf_tekst(maak_rapport(gevuld.bib.sessie, gevuld.bib.pk), tmp_path)
    # The own bol is named in the legend under both cards' pictures and the werking's, not
    # drawn as a heading inside every picture.
    assert "EIGEN WERKING" not in tekst
    assert enkel(tekst).count("eigen werking (dikke blauwe rand)") == 3
    # The bovenlokale card: its motto and its own bol left empty by rule.
    assert tekst.count("Denk over de grenzen heen!") == 1
    assert "blijft leeg" in tekst
    # The kit's sector hints once, beside the werking's picture, not beside every card.
    assert tekst.count("Culturele actoren") == 1 and tekst.count("Niet-culturele actoren") == 1
    # The session's report draws them too, for each werking.
    sessie = pdf_tekst(maak_rapport(gevuld.bib.sessie), tmp_path)
    # The library's 2 cards and 2 werkingen.
    assert enkel(sessie).count("eigen werking (dikke blauwe rand)") == 4


def figuren_op_paginas(html: str) -> tuple[dict[str, set[int]], dict[str, float]]:
    """Per figure: the pages its boxes are on, and the scale its SVG is drawn at (CSS px per
    SVG unit), from WeasyPrint's own layout of the report."""
    bron = HTML(string=html, base_url=BASIS, url_fetcher=AlleenStatisch())
    figuur_van = {
        kind: el.get("id")
        for el in bron.etree_element.iter()
        if el.tag.rpartition("}")[2] == "figure"
        for kind in el.iter()
    }
    paginas: dict[str, set[int]] = defaultdict(set)
    schaal: dict[str, float] = {}
    for nummer, pagina in enumerate(bron.render().pages):
        for box in pagina._page_box.descendants():
            element = getattr(box, "element", None)
            figuur = figuur_van.get(element)
            if figuur is None:
                continue
            paginas[figuur].add(nummer)
            if element.tag.endswith("svg") and element.get("viewBox") and box.width:
                schaal[figuur] = box.width / float(element.get("viewBox").split()[2])
    return paginas, schaal


def test_pictures_are_never_split_and_stay_legible(gevuld, gemeente) -> None:
    # A busy werking: a card with partners in six gemeenten and long names.
    kaart = gevuld.bib.partnerkaarten.first()
    for naam in ["Halle", "Asse", "Ninove", "Roosdaal", "Liedekerke", "Affligem"]:
        for j in range(3):
            p = partner(
                gevuld.bib,
                f"Vereniging voor Volkscultuur en Samenleving {naam} {j}",
                gemeente(naam),
                "Sport" if j else "Kunsten",
            )
            zet_op_kaart(kaart, p)
    html = rapport_html(gevuld.bib.sessie)
    paginas, schaal = figuren_op_paginas(html)
    figuren = re.findall(r'<figure class="bollenschema" id="([^"]+)"', html)
    assert len(figuren) == 4
    for figuur in figuren:
        assert len(paginas[figuur]) == 1, f"{figuur} staat op pagina's {sorted(paginas[figuur])}"
        punten = LETTER_ACTOR * schaal[figuur] * 0.75  # CSS px to pt
        assert punten >= KLEINSTE_PT, f"{figuur}: letters van {punten:.1f} pt"
