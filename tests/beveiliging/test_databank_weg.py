"""The database unreachable: 503 with a Dutch page (JSON for the autosave) instead of 500, and
saving works again once it is back. The outage is made at the connection level only: the
connection's settings point at a database that cannot be opened (a closed port on
PostgreSQL, a missing folder on SQLite), so every new connection fails as in a real stop."""

import contextlib
import json
from collections.abc import Iterator

import pytest
from django.db import connection

from werking.models import Werking

pytestmark = pytest.mark.django_db(transaction=True)


@contextlib.contextmanager
def databank_onbereikbaar() -> Iterator[None]:
    instellingen = connection.settings_dict
    oud = dict(instellingen)
    connection.close()
    if connection.vendor == "postgresql":
        instellingen["HOST"], instellingen["PORT"] = "127.0.0.1", "9"  # discard: nothing listens
    else:
        instellingen["NAME"] = "/bestaat-niet/cultuuroptil.sqlite3"
    try:
        yield
    finally:
        connection.close()
        instellingen.clear()
        instellingen.update(oud)


def test_it_answers_a_page_with_a_dutch_503_while_the_database_is_down(sofie) -> None:
    with databank_onbereikbaar():
        response = sofie.client.get(sofie.url("stap-1/"))
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    body = response.content.decode()
    assert "Even niet bereikbaar" in body
    assert "we proberen opnieuw" in body.lower()
    assert sofie.client.get(sofie.url("stap-1/")).status_code == 200


def test_it_answers_the_autosave_in_json_and_saves_once_the_database_is_back(sofie) -> None:
    pad = f"/doe-mee/{sofie.sessie.code}/bewaar/werking/{sofie.werking.pk}/doel/"
    bewaring = {"waarde": "Meer jongeren bereiken", "basis": ""}
    with databank_onbereikbaar():
        response = sofie.client.post(pad, bewaring, HTTP_X_AUTOSAVE="1")
    assert response.status_code == 503
    antwoord = json.loads(response.content)
    assert antwoord["fout"].startswith("Niet bewaard")
    # static/js/autosave.js keeps the draft and sends the same save again.
    response = sofie.client.post(pad, bewaring, HTTP_X_AUTOSAVE="1")
    assert response.status_code == 200
    assert Werking.objects.get(pk=sofie.werking.pk).doel == "Meer jongeren bereiken"


def test_it_answers_503_on_pages_without_a_participant_and_on_login(
    client, sessie, begeleider
) -> None:
    begeleider_browser = type(client)()
    begeleider_browser.force_login(begeleider)
    with databank_onbereikbaar():
        assert client.get(f"/doe-mee/{sessie.code}/").status_code == 503
        assert begeleider_browser.get("/sessies/").status_code == 503
        # Raised in a middleware, outside any view: handler500 answers 503 too.
        client.raise_request_exception = False
        assert client.post("/aanmelden/", {"username": "an", "password": "x"}).status_code == 503
        # htmx gets plain text it can show.
        response = client.get("/gemeenten/", {"gemeente": "Gen"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 503
    assert response["Content-Type"].startswith("text/plain")
