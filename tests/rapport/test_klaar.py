"""The participant's last step: what they made, their report, and what happens next."""

import html
import re

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .test_queries import vul


def tekst(response) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def test_it_sums_up_the_werking_and_offers_its_report(gevuld, sofie) -> None:
    response = sofie.client.get(sofie.url("klaar/"))
    assert response.status_code == 200
    inhoud = tekst(response)
    assert "2 sterktes en 2 beperkingen" in inhoud
    assert "2 partnerkaarten met 4 partners, waarvan 0 bovenlokaal" in inhoud
    assert "2 combinaties, waarvan 1 om mee verder te gaan" in inhoud
    assert "3 partners op jullie lijst" in inhoud
    assert "Voorleeswandeling" in inhoud
    assert "Hoe gaat het verder?" in inhoud
    pagina = response.content.decode()
    assert f'href="/doe-mee/{gevuld.bib.sessie.code}/rapport.pdf"' in pagina
    assert 'aria-current="page">Klaar</a>' in pagina
    # The JS that says "Rapport wordt gemaakt…" is a file, never inline.
    assert re.search(r"<script(?![^>]*\bsrc=)[^>]*>", pagina) is None


def test_the_last_list_links_to_klaar(sofie) -> None:
    pagina = sofie.client.get(sofie.url("netwerk/")).content.decode()
    assert f'href="/doe-mee/{sofie.sessie.code}/klaar/"' in pagina


def test_the_klaar_page_takes_a_fixed_number_of_queries(sessie, sofie) -> None:
    # Other werkingen's rows do not add queries: the page reads its werking in one sweep.
    aantallen = []
    for extra in (0, 5):
        vul(sessie, extra)
        sofie.werking.refresh_from_db()
        with CaptureQueriesContext(connection) as queries:
            assert sofie.client.get(sofie.url("klaar/")).status_code == 200
        aantallen.append(len(queries))
    assert aantallen[0] == aantallen[1]


def test_a_participant_downloads_the_same_report_twice_from_the_cache(gevuld, sofie) -> None:
    cache.clear()
    eerste = sofie.client.get(sofie.url("rapport.pdf")).content
    assert sofie.client.get(sofie.url("rapport.pdf")).content == eerste
    cache.clear()
