"""The report fetches nothing but the project's own static files: user text with an image
from a server or a local file prints as text, and no request leaves."""

import base64
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from partnerkaarten.services import voeg_idee_toe
from rapport.pdf import AlleenStatisch, WeigeringFout, html_naar_pdf
from rapport.services import maak_rapport
from werking.models import Kenmerk

from .conftest import enkel, pdf_tekst


class Verklikker(BaseHTTPRequestHandler):
    ontvangen: list[str]

    def do_GET(self) -> None:
        self.ontvangen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/svg+xml")
        self.end_headers()
        self.wfile.write(b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>')

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def verklikker():
    """A server on loopback that records every request it gets."""
    ontvangen: list[str] = []
    handler = type("H", (Verklikker,), {"ontvangen": ontvangen})
    server = HTTPServer(("127.0.0.1", 0), handler)
    draad = threading.Thread(target=server.serve_forever, daemon=True)
    draad.start()
    yield f"http://127.0.0.1:{server.server_port}", ontvangen
    server.shutdown()
    server.server_close()


def test_user_text_with_images_and_files_fetches_nothing(gevuld, verklikker, tmp_path) -> None:
    url, ontvangen = verklikker
    kwaad = f'<img src="{url}/kenmerk.svg"> <link rel="stylesheet" href="{url}/stijl.css">'
    Kenmerk.objects.create(werking=gevuld.bib, soort="sterkte", tekst=kwaad, volgorde=20)
    kaart = gevuld.bib.partnerkaarten.first()
    voeg_idee_toe(kaart, '<img src="file:///etc/passwd"> <iframe src="file:///etc/hostname">')
    gevuld.bib.doel = f'<object data="{url}/doel"></object><svg><image href="{url}/svg"/></svg>'
    gevuld.bib.save()

    tekst = enkel(pdf_tekst(maak_rapport(gevuld.bib.sessie), tmp_path))

    assert ontvangen == []
    zonder_spaties = tekst.replace(" ", "")  # a long URL wraps over lines
    assert f'<imgsrc="{url}/kenmerk.svg">' in zonder_spaties
    assert '<imgsrc="file:///etc/passwd">' in zonder_spaties
    assert "root:" not in tekst


def test_the_fetcher_refuses_the_network_and_files_even_from_markup(verklikker) -> None:
    url, ontvangen = verklikker
    # Markup that did reach WeasyPrint (not from user text, which is escaped): still no fetch.
    html = (
        '<html lang="nl-BE"><head><title>t</title>'
        f'<link rel="stylesheet" href="{url}/a.css"></head><body>'
        f'<img src="{url}/b.png" alt="b"><img src="file:///etc/passwd" alt="c">'
        '<img src="static/../../../../etc/passwd" alt="d"></body></html>'
    )
    assert html_naar_pdf(html).startswith(b"%PDF")
    assert ontvangen == []
    fetcher = AlleenStatisch()
    for verboden in (
        f"{url}/x",
        "file:///etc/passwd",
        "https://rapport.invalid/static/../../etc/passwd",
        "https://rapport.invalid/static//etc/passwd",
        "https://rapport.invalid/elders.css",
        "data:text/html;base64,PHA+PC9wPg==",
        "data:image/png;base64,iVBORw0KGgo=",
    ):
        with pytest.raises(WeigeringFout):
            fetcher.fetch(verboden)


def test_the_fetcher_serves_the_print_stylesheet() -> None:
    antwoord = AlleenStatisch().fetch("https://rapport.invalid/static/css/rapport.css")
    assert b"@page" in antwoord.read()
    assert antwoord.content_type == "text/css"


def test_the_fetcher_decodes_the_drawn_pictures_and_what_they_point_to_stays_refused(
    verklikker,
) -> None:
    url, ontvangen = verklikker
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10">'
        f'<image href="{url}/binnen.png" width="5" height="5"/><text x="1" y="9">ok</text></svg>'
    )
    bron = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    antwoord = AlleenStatisch().fetch(bron)
    assert antwoord.read() == svg.encode() and antwoord.content_type == "image/svg+xml"
    html = (
        '<html lang="nl-BE"><head><title>t</title></head>'
        f'<body><img src="{bron}" alt="x"></body></html>'
    )
    assert html_naar_pdf(html).startswith(b"%PDF")
    assert ontvangen == []
