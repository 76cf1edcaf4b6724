"""What a participant's request costs (issue 10): the participant and their session found in one
query from their own signed cookie (no Django session), the autosave's compare-and-swap as one
UPDATE scoped to the werking, an unchanged poll answered from the identifying query alone.

Sofie and Karim work on Bibliotheek Pajottegem; Jonas is Jeugdhuis De Klinker.
"""

import time

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from sessies.models import Deelnemer
from sessies.services import DEELNEMER_COOKIE, SESSION_KEY
from werking.models import Kenmerk

pytestmark = pytest.mark.django_db

AUTOSAVE = {"HTTP_X_AUTOSAVE": "1"}


def net_actief(*deelnemers) -> None:
    """Activity was just recorded: the throttled write stays out of the counts."""
    Deelnemer.objects.filter(pk__in=[d.deelnemer.pk for d in deelnemers]).update(
        laatst_actief=timezone.now()
    )


@pytest.fixture
def sterkte(sofie) -> Kenmerk:
    return Kenmerk.objects.create(werking=sofie.werking, soort="sterkte", tekst="Grote leeszaal")


def bewaar_url(deelname, kenmerk: Kenmerk) -> str:
    return deelname.url(f"bewaar/kenmerk/{kenmerk.pk}/tekst/")


def test_it_saves_a_field_in_two_queries(sofie, sterkte, django_assert_num_queries) -> None:
    net_actief(sofie)
    # 1 the participant with session, werking and gemeente by the token's hash,
    # 2 UPDATE ... WHERE id AND werking AND tekst = basis
    with django_assert_num_queries(2) as vastgelegd:
        response = sofie.client.post(
            bewaar_url(sofie, sterkte),
            {"waarde": "Een grote leeszaal", "basis": "Grote leeszaal"},
            **AUTOSAVE,
        )
    assert response.status_code == 200
    assert response.json()["waarde"] == "Een grote leeszaal"
    update = vastgelegd.captured_queries[1]["sql"]
    assert update.startswith("UPDATE") and "werking_id" in update
    sterkte.refresh_from_db()
    assert sterkte.tekst == "Een grote leeszaal"
    assert sterkte.gewijzigd_door_id == sofie.deelnemer.pk


@pytest.mark.parametrize("veld", ["dagelijkse_werking", "doel", "voor_wie"])
def test_it_saves_a_werking_text_in_two_queries_too(sofie, veld, django_assert_num_queries):
    # Only the name has a check (no second organisation of that name), with its existence
    # query and transaction; STAP 1's texts are saved like a kenmerk.
    net_actief(sofie)
    werking = sofie.werking
    url = sofie.url(f"bewaar/werking/{werking.pk}/{veld}/")
    with django_assert_num_queries(2):
        response = sofie.client.post(
            url, {"waarde": "Elke dag open", "basis": getattr(werking, veld)}, **AUTOSAVE
        )
    assert response.status_code == 200
    werking.refresh_from_db()
    assert getattr(werking, veld) == "Elke dag open"


def test_it_checks_a_werking_name_inside_a_transaction(sofie, django_assert_num_queries):
    net_actief(sofie)
    werking = sofie.werking
    url = sofie.url(f"bewaar/werking/{werking.pk}/naam/")
    with CaptureQueriesContext(connection) as vastgelegd:
        response = sofie.client.post(
            url, {"waarde": "Bibliotheek Pajottegem-Noord", "basis": werking.naam}, **AUTOSAVE
        )
    assert response.status_code == 200
    sql = [q["sql"] for q in vastgelegd.captured_queries]
    # The session's row is locked (on PostgreSQL FOR UPDATE; SQLite's transaction locks it all).
    assert any("sessies_sessie" in q for q in sql)
    assert len(sql) > 2


def test_it_names_the_colleague_of_a_conflict_with_one_more_query(
    sofie, karim, sterkte, django_assert_num_queries
) -> None:
    karim.client.post(
        bewaar_url(karim, sterkte), {"waarde": "Van Karim", "basis": "Grote leeszaal"}, **AUTOSAVE
    )
    net_actief(sofie)
    # participant, the UPDATE that changes nothing, the stored text with who wrote it
    with django_assert_num_queries(3):
        response = sofie.client.post(
            bewaar_url(sofie, sterkte),
            {"waarde": "Van Sofie", "basis": "Grote leeszaal"},
            **AUTOSAVE,
        )
    assert response.status_code == 409
    assert response.json() == {
        "status": "conflict",
        "waarde": "Van Karim",
        "fout": "",
        "door": "Karim",
    }


def test_it_takes_a_retried_save_for_a_success(sofie, sterkte) -> None:
    data = {"waarde": "Een grote leeszaal", "basis": "Grote leeszaal"}
    assert sofie.client.post(bewaar_url(sofie, sterkte), data, **AUTOSAVE).status_code == 200
    tweede = sofie.client.post(bewaar_url(sofie, sterkte), data, **AUTOSAVE)
    assert tweede.status_code == 200
    assert tweede.json()["waarde"] == "Een grote leeszaal"


def test_it_answers_404_for_a_removed_or_foreign_row_and_changes_nothing(
    sofie, klinker, sterkte, django_assert_num_queries
) -> None:
    vreemd = Kenmerk.objects.create(werking=klinker.werking, soort="sterkte", tekst="Podium")
    net_actief(sofie)
    with django_assert_num_queries(3):
        response = sofie.client.post(
            bewaar_url(sofie, vreemd), {"waarde": "Gekaapt", "basis": "Podium"}, **AUTOSAVE
        )
    assert response.status_code == 404
    sterkte.verwijder()
    response = sofie.client.post(
        bewaar_url(sofie, sterkte), {"waarde": "Weg?", "basis": "Grote leeszaal"}, **AUTOSAVE
    )
    assert response.status_code == 404
    assert Kenmerk.alle.get(pk=sterkte.pk).tekst == "Grote leeszaal"
    assert Kenmerk.objects.get(pk=vreemd.pk).tekst == "Podium"


def test_it_answers_an_invalid_text_with_the_stored_one(sofie, sterkte) -> None:
    response = sofie.client.post(
        bewaar_url(sofie, sterkte), {"waarde": "  ", "basis": "Grote leeszaal"}, **AUTOSAVE
    )
    assert response.status_code == 400
    assert response.json()["waarde"] == "Grote leeszaal"


def test_it_answers_an_unchanged_poll_from_the_identifying_query(
    sofie, sterkte, django_assert_num_queries
) -> None:
    tag = sofie.client.get(sofie.url("stap-2/"))["ETag"]
    net_actief(sofie)
    with django_assert_num_queries(1):
        response = sofie.client.get(sofie.url("stap-2/"), HTTP_IF_NONE_MATCH=tag, HTTP_X_LIVE="1")
    assert response.status_code == 304


def test_it_keeps_participants_out_of_the_django_session(client, sessie) -> None:
    response = client.post(
        f"/doe-mee/{sessie.code}/",
        {"naam": "Eva", "werking": "nieuw", "nieuwe_werking": "Bib", "gemeente": "Gent"},
    )
    assert response.status_code == 302
    assert DEELNEMER_COOKIE in response.cookies
    koekje = response.cookies[DEELNEMER_COOKIE]
    assert koekje["httponly"] and koekje["samesite"] == "Lax"
    assert "sessionid" not in client.cookies
    assert not Session.objects.exists()
    assert "Eva" in client.get(f"/doe-mee/{sessie.code}/stap-1/").content.decode()


def test_it_refuses_a_cookie_that_was_tampered_with(sofie) -> None:
    waarde = sofie.client.cookies[DEELNEMER_COOKIE].value
    sofie.client.cookies[DEELNEMER_COOKIE] = waarde[:-2] + ("AA" if waarde[-2:] != "AA" else "BB")
    response = sofie.client.get(sofie.url("stap-1/"))
    assert response.status_code == 302
    assert response["Location"] == f"/doe-mee/{sofie.sessie.code}/"


def test_it_forgets_the_cookie_when_its_time_is_up(sofie, settings) -> None:
    """Signed with its time: it lasts SESSION_COOKIE_AGE (two weeks) after joining, as the
    Django session did; the personal link brings the participant back afterwards."""
    assert sofie.client.get(sofie.url("stap-1/")).status_code == 200
    time.sleep(1.1)
    settings.SESSION_COOKIE_AGE = 1
    response = sofie.client.get(sofie.url("stap-1/"))
    assert response.status_code == 302
    assert response["Location"] == f"/doe-mee/{sofie.sessie.code}/"


def test_it_moves_a_token_from_an_older_django_session_into_the_cookie(sofie) -> None:
    client = Client()
    sessie = client.session
    sessie[SESSION_KEY] = {sofie.sessie.code: sofie.token}
    sessie.save()
    client.cookies["sessionid"] = sessie.session_key
    response = client.get(sofie.url("stap-1/"))
    assert response.status_code == 200
    assert DEELNEMER_COOKIE in response.cookies
    client.cookies.pop("sessionid")
    assert client.get(sofie.url("stap-1/")).status_code == 200


def test_it_keeps_each_sessions_participant_in_one_browser(sofie, kempen) -> None:
    """One browser in two workshops: the cookie keeps a token per session code."""
    kempen.client.post("/verder/", {"token": sofie.token})
    assert kempen.client.get(kempen.url("stap-1/")).status_code == 200
    assert kempen.client.get(sofie.url("stap-1/")).status_code == 200
    assert "Bibliotheek Pajottegem" in kempen.client.get(sofie.url("stap-1/")).content.decode()


def test_it_counts_a_page_in_constant_queries(sofie, karim, sterkte) -> None:
    net_actief(sofie)
    with CaptureQueriesContext(connection) as klein:
        sofie.client.get(sofie.url("stap-2/"))
    for i in range(20):
        Kenmerk.objects.create(werking=sofie.werking, soort="beperking", tekst=f"Beperking {i}")
    with CaptureQueriesContext(connection) as groot:
        sofie.client.get(sofie.url("stap-2/"))
    assert len(klein) == len(groot)


def test_it_compresses_pages_and_takes_their_weak_etag_back(sofie) -> None:
    gzip = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}
    pagina = sofie.client.get(sofie.url("stap-1/"), **gzip)
    assert pagina["Content-Encoding"] == "gzip"
    # GZip marks the ETag weak; the poll sends it back as it got it.
    assert pagina["ETag"].startswith('W/"')
    poll = sofie.client.get(sofie.url("stap-1/"), HTTP_IF_NONE_MATCH=pagina["ETag"], **gzip)
    assert poll.status_code == 304

    begeleider = Client()
    begeleider.force_login(sofie.sessie.eigenaar)
    for pad in ("", "scherm/"):
        url = f"/sessies/{sofie.sessie.code}/{pad}"
        eerste = begeleider.get(url, HTTP_HX_REQUEST="true", **gzip)
        assert eerste["ETag"].startswith('W/"'), pad
        tweede = begeleider.get(
            url, HTTP_HX_REQUEST="true", HTTP_IF_NONE_MATCH=eerste["ETag"], **gzip
        )
        assert tweede.status_code == 304, pad


def test_it_renders_templates_through_the_cached_loader() -> None:
    """DEBUG is off in the tests as in production: templates are parsed once per process."""
    from django.template import engines
    from django.template.loaders.cached import Loader as Gecached

    def alle(loaders: list) -> list:
        return [x for loader in loaders for x in (loader, *alle(getattr(loader, "loaders", [])))]

    assert any(isinstance(x, Gecached) for x in alle(engines["django"].engine.template_loaders))
