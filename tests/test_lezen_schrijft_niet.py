"""Opening a page never writes: polls and reloads must not turn into database writes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partnerkaarten.models import Bol, Partner

pytestmark = pytest.mark.django_db

PAGINAS = [
    "stap-1/",
    "stap-2/",
    "stap-3/",
    "bollen/",
    "combinaties/",
    "netwerk/",
    "inspiratie/",
    "klaar/",
]


@pytest.mark.parametrize("pad", PAGINAS)
def test_it_writes_nothing_when_a_page_is_opened(sofie, gemeente, pad) -> None:
    # A partner whose bol is missing and no own bol: both are shown, neither is stored.
    Bol.objects.filter(werking=sofie.werking).delete()
    Partner.objects.create(werking=sofie.werking, naam="Bib Dilbeek", gemeente=gemeente("Dilbeek"))
    sofie.client.get(sofie.url(pad))  # the participant was just active: no activity write
    with CaptureQueriesContext(connection) as queries:
        response = sofie.client.get(sofie.url(pad))
    assert response.status_code == 200
    schrijven = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert schrijven == []
