"""The report draws the bollenschema (the same SVG partial as the pages) for every
partnerkaart and for the werking: in the HTML the PDF is made from (as an <img> with the SVG
in a data: URL, which WeasyPrint reads as a picture instead of cascading every element of it),
as text in the PDF, never split over two pages, and legible in print."""

import base64
import re
from collections import defaultdict
from xml.etree import ElementTree

import pytest
from weasyprint.html import UA_STYLESHEET

from partnerkaarten.services import zet_op_kaart
from rapport.pdf import BASIS, UA_RAPPORT, AlleenStatisch, RapportHTML
from rapport.services import maak_rapport, rapport_html

from .conftest import enkel, partner, pdf_tekst

# The smallest label in a drawn picture (an actor's name) in points on paper. 7 pt reads well
# on A4; below 6 pt it is a smudge.
KLEINSTE_PT = 7
LETTER_ACTOR = 13  # SVG units, partnerkaarten.tekening.LETTER
BEELD = re.compile(
    r'<img src="data:image/svg\+xml;base64,([^"]+)" width="(\d+)" height="(\d+)" alt="([^"]*)">'
)


def beelden(html: str) -> list[str]:
    """The SVG of every drawn picture in the report's HTML."""
    return [base64.b64decode(m[0]).decode() for m in BEELD.findall(html)]


def test_the_html_holds_the_drawn_bollenschema_per_card_and_for_the_werking(gevuld) -> None:
    html = rapport_html(gevuld.bib.sessie, gevuld.bib.pk)
    figuren = re.findall(r'<figure class="bollenschema" id="([^"]+)"', html)
    kaarten = [f for f in figuren if f.startswith("schema-kaart-")]
    assert len(kaarten) == 2
    assert f"schema-werking-{gevuld.bib.pk}" in figuren
    svgs = beelden(html)
    assert len(svgs) == 3 and all(svg.startswith("<svg xmlns=") for svg in svgs)
    assert "<svg" not in html  # no picture inline: the werking's report has no mix chart
    # Its title and description are the picture's alt text (a Figure's Alt in the tagged PDF).
    alts = [m[3] for m in BEELD.findall(html)]
    assert alts[0].startswith("Bollenschema van deze partnerkaart. ") and " bollen. " in alts[0]
    assert alts[2].startswith(f"Bollenschema van {gevuld.bib.naam}. ")
    getekend = "".join(svgs)
    tekst_buiten_svg = BEELD.sub("", html)
    for p in gevuld.partners:
        # Each actor drawn in its bol, on a card and in the werking's picture: its label as
        # text (shortened with "…" when too long for its box); its full name in the text
        # around the pictures (the card's list or "Voluit"), which a screen reader reads.
        assert len(re.findall(rf">{re.escape(p.naam[:12])}[^<]*</text>", getekend)) >= 2, p.naam
        assert p.naam in tekst_buiten_svg, p.naam
    # The PDF's pictures hold only what is drawn: no per-actor or per-bol groups and titles,
    # no hidden legend of their own.
    assert '<g class="actor' not in getekend and '<g class="schema-bol' not in getekend
    assert "<figcaption" not in html and "data-schuif-hint" not in html
    assert html.count("<title") == 1 and all(svg.count("<title") == 1 for svg in svgs)
    # The pursued combination drawn as links between its actors.
    assert 'class="verbinding verder"' in getekend
    # A card's picture drawn at the scale that prints a label at 7.5 pt (two cards share a
    # page); the werking's own picture at its full size.
    schalen = []
    for svg, (_, breedte, _, _) in zip(svgs, BEELD.findall(html), strict=True):
        viewbox_breedte = float(re.search(r'viewBox="\S+ \S+ (\S+)', svg)[1])
        schalen.append(int(breedte) / viewbox_breedte)
    assert schalen[:2] == pytest.approx([10 / LETTER_ACTOR] * 2, abs=0.01)
    assert schalen[2] == 1


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
    bron = RapportHTML(string=html, base_url=BASIS, url_fetcher=AlleenStatisch())
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
            if element.tag.endswith("img") and box.width:
                svg = base64.b64decode(element.get("src").partition(",")[2]).decode()
                viewbox_breedte = float(re.search(r'viewBox="\S+ \S+ (\S+)', svg)[1])
                schaal[figuur] = box.width / viewbox_breedte
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


def test_the_report_uses_weasyprints_stylesheet_without_the_footnote_pseudo_elements() -> None:
    # Made from WeasyPrint's own user-agent stylesheet (rapport/pdf.py); a WeasyPrint upgrade
    # that changes that stylesheet falls back to it unchanged and shows here.
    assert UA_RAPPORT is not UA_STYLESHEET


def test_a_name_with_characters_xml_refuses_keeps_its_picture(gevuld, gemeente) -> None:
    """An image's SVG is parsed as XML (WeasyPrint's ElementTree), which refuses U+FFFF and
    most control characters: a participant can type them in a partner's name (a one-line field
    keeps U+FFFF; a stored text may hold the rest). The picture leaves them out and is drawn."""
    partner(gevuld.bib, "Kwaad\uffffWerk\x1b\x0b", gemeente("Lennik"), "Kunsten")
    svgs = beelden(rapport_html(gevuld.bib.sessie, gevuld.bib.pk))
    for svg in svgs:
        ElementTree.fromstring(svg)  # raises ParseError on a character XML refuses
    assert any(">KwaadWerk" in svg for svg in svgs)
