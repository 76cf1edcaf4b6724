"""Part two of the report: HTML to PDF bytes with WeasyPrint, done safely.

- The only stylesheet is static/css/rapport.css; the font is the system's DejaVu Sans.
- The URL fetcher serves the project's own static files and the report's own drawn pictures
  (SVG in a data: URL, decoded here) and nothing else: no network, no file:// outside
  static/. User text is escaped by the template anyway; this is the second lock.
- The PDF is tagged (PDF/UA-1) with its title and language, so screen readers can read it.
- WeasyPrint's user-agent stylesheet without its footnote rules (`_ua_stijlblad`): they gave
  every element of the report pseudo-element styles, a sixth of the peak memory.
"""

import base64
import gc
import mimetypes
import re
from pathlib import Path

import pydyf
from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from weasyprint import CSS, HTML
from weasyprint.css.counters import CounterStyle
from weasyprint.html import UA, UA_FORM_STYLESHEET, UA_STYLESHEET
from weasyprint.urls import URLFetcher, URLFetcherResponse

# A base URL that resolves nowhere: relative URLs in our templates become
# `https://rapport.invalid/static/...`, which the fetcher maps to a static file.
BASIS = "https://rapport.invalid/"
STATIC_PREFIX = BASIS + "static/"
# The drawn bollenschema's SVG (sessies/templatetags/invulsjabloon.py, `als_beeld`).
SVG_DATA = "data:image/svg+xml;base64,"


def _paginaverwijzingen(pdf: pydyf.PDF) -> tuple[bytes, ...]:
    """pydyf's `PDF.page_references`, built once per number of pages instead of on every call.

    Tagging (PDF/UA) asks it for every tagged element, and pydyf rebuilds the whole tuple each
    time: for a report of 185 pages and 14,000 tagged elements that was a tenth of the
    rendering. Same value: the references of the pages added so far, in order."""
    kinderen = pdf.pages["Kids"]
    bewaard = pdf.__dict__.get("_cu_paginaverwijzingen")
    if bewaard is None or bewaard[0] != len(kinderen):
        bewaard = (len(kinderen), tuple(f"{n} 0 R".encode("ascii") for n in kinderen[::3]))
        pdf.__dict__["_cu_paginaverwijzingen"] = bewaard
    return bewaard[1]


pydyf.PDF.page_references = property(_paginaverwijzingen)


class WeigeringFout(ValueError):
    """WeasyPrint treats a failing fetch as a missing resource and goes on rendering."""


def statisch_bestand(pad: str) -> Path | None:
    """A file of the project's static folders (or the collected ones), never anything above."""
    if not pad or ".." in Path(pad).parts or pad.startswith("/"):
        return None
    gevonden = finders.find(pad)
    if gevonden:
        return Path(gevonden)
    kandidaat = (Path(settings.STATIC_ROOT) / pad).resolve()
    if kandidaat.is_file() and kandidaat.is_relative_to(Path(settings.STATIC_ROOT).resolve()):
        return kandidaat
    return None


class AlleenStatisch(URLFetcher):
    """Serves `BASIS/static/<path>` from the static files and decodes SVG data: URLs (nothing
    to fetch); refuses every other URL unopened. An SVG that points further (an <image>, a
    stylesheet) asks this fetcher again."""

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        if url.startswith(SVG_DATA):
            svg = base64.b64decode(url.removeprefix(SVG_DATA), validate=True)
            return URLFetcherResponse(url, svg, headers={"Content-Type": "image/svg+xml"})
        if url.startswith(STATIC_PREFIX):
            pad = url.removeprefix(STATIC_PREFIX).split("?")[0].split("#")[0]
            bestand = statisch_bestand(pad)
            if bestand is not None:
                soort = mimetypes.guess_type(bestand.name)[0] or "application/octet-stream"
                return URLFetcherResponse(
                    url, bestand.read_bytes(), headers={"Content-Type": soort}
                )
        raise WeigeringFout(f"Het rapport haalt niets op buiten de eigen bestanden: {url}")


def _ua_stijlblad() -> CSS:
    """WeasyPrint's HTML user-agent stylesheet without what makes every element of the report
    carry pseudo-element styles it never uses.

    Its rules for `::footnote-call`, `::footnote-marker`, `::note-call`, `::note-marker` and
    `::note-callback` (footnotes, which the report does not use) and `::marker` match every
    element, so the cascade gave each of the report's thousands of elements six computed
    styles besides its own: for 30 organisations about 45 MB of the peak memory and a tenth of
    the layout time. Dropped here; markers kept for list items, the only ones that draw one. An
    unknown future stylesheet (a WeasyPrint upgrade) is used unchanged (tests/rapport checks)."""
    ingekort, voetnoten = re.subn(r"\n::(?:footnote|note)-[a-z]+ \{[^}]*\}", "", UA)
    ingekort, markers = re.subn(r"\n::marker \{", "\nli::marker {", ingekort)
    if (voetnoten, markers) != (5, 1):
        return UA_STYLESHEET
    # Its @counter-style rules are WeasyPrint's own, already known to every document
    # (UA_COUNTER_STYLE); they go into a store of their own here, not a second time into that.
    return CSS(string=ingekort, counter_style=CounterStyle())


UA_RAPPORT = _ua_stijlblad()


class RapportHTML(HTML):
    """WeasyPrint's HTML with UA_RAPPORT as its user-agent stylesheet."""

    def _ua_stylesheets(self, forms: bool = False) -> list[CSS]:
        return [UA_RAPPORT, UA_FORM_STYLESHEET] if forms else [UA_RAPPORT]


def html_naar_pdf(html: str) -> bytes:
    """Title, author and language come from the HTML (<title>, <meta>, <html lang>).

    Laid out, then garbage collected, then drawn: the layout leaves cyclic garbage behind that
    would otherwise still be there while the PDF is made (about 3 MB of the peak, measured
    once, 298 -> 295 MB)."""
    opties = {"pdf_variant": "pdf/ua-1", "pdf_tags": True, "custom_metadata": True}
    bron = RapportHTML(string=html, base_url=BASIS, url_fetcher=AlleenStatisch())
    document = bron.render(**opties)
    del bron
    gc.collect()
    return document.write_pdf(uncompressed_pdf=False, **opties)


def render_html(template: str, context: dict) -> str:
    return render_to_string(template, {"static_basis": STATIC_PREFIX, **context})


def render_pdf(template: str, context: dict) -> bytes:
    return html_naar_pdf(render_html(template, context))
