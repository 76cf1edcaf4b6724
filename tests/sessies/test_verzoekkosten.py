"""What a participant's request costs (issue 10): the participant and their session found in one
query from their own signed cookie (no Django session), the autosave's compare-and-swap as one
UPDATE scoped to the werking, an unchanged poll answered from the identifying query alone.

Sofie and Karim work on Bibliotheek Pajottegem; Jonas is Jeugdhuis De Klinker.
"""

import time
from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from sessies import services
from sessies.models import Deelnemer, Sessie
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


def gezien(*deelnemers) -> None:
    """A page first, as after joining: the participant is active and this server knows it."""
    for d in deelnemers:
        assert d.client.get(d.url("stap-2/")).status_code == 200


def bewaar(deelname, kenmerk: Kenmerk, waarde: str, basis: str):
    """The kenmerk's autosave, as autosave.js posts it."""
    data = {"waarde": waarde, "basis": basis}
    return deelname.client.post(bewaar_url(deelname, kenmerk), data, **AUTOSAVE)


@pytest.mark.parametrize(
    ("voordien", "queries", "update_vindt"),
    [
        # The first request after joining (no page yet): the full path. 1 the participant with
        # session, werking and gemeente by the token's hash, 2 UPDATE ... WHERE id AND werking
        # AND tekst = basis.
        (net_actief, 2, "werking_id"),
        # Once this server knows the participant is active: UPDATE ... WHERE id AND werking =
        # (the participant's, by token hash and code, in an open session) AND tekst = basis,
        # SET editor = (the same participant).
        (gezien, 1, "token_hash"),
    ],
    ids=["eerste-keer", "gezien"],
)
def test_it_saves_a_field_in_two_queries_then_in_one(
    sofie, sterkte, voordien, queries, update_vindt, django_assert_num_queries
) -> None:
    voordien(sofie)
    with django_assert_num_queries(queries) as vastgelegd:
        response = bewaar(sofie, sterkte, "Een grote leeszaal", "Grote leeszaal")
    assert response.status_code == 200
    assert response.json() == {"status": "opgeslagen", "waarde": "Een grote leeszaal", "fout": ""}
    update = vastgelegd.captured_queries[-1]["sql"]
    assert update.startswith("UPDATE") and update_vindt in update
    sterkte.refresh_from_db()
    assert sterkte.tekst == "Een grote leeszaal"
    assert sterkte.gewijzigd_door_id == sofie.deelnemer.pk
    assert sterkte.tekst_gewijzigd is not None


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
    gezien(sofie)
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
    bewaar(karim, sterkte, "Van Karim", "Grote leeszaal")
    net_actief(sofie)
    # participant, the UPDATE that changes nothing, the stored text with who wrote it
    with django_assert_num_queries(3):
        response = bewaar(sofie, sterkte, "Van Sofie", "Grote leeszaal")
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
        response = bewaar(sofie, vreemd, "Gekaapt", "Podium")
    assert response.status_code == 404
    sterkte.verwijder()
    response = bewaar(sofie, sterkte, "Weg?", "Grote leeszaal")
    assert response.status_code == 404
    assert Kenmerk.alle.get(pk=sterkte.pk).tekst == "Grote leeszaal"
    assert Kenmerk.objects.get(pk=vreemd.pk).tekst == "Podium"


def test_it_answers_an_invalid_text_with_the_stored_one(sofie, sterkte) -> None:
    response = bewaar(sofie, sterkte, "  ", "Grote leeszaal")
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


@pytest.mark.parametrize("veld", ["dagelijkse_werking", "doel", "voor_wie"])
def test_it_saves_a_werking_text_and_an_idea_in_one_query_too(
    sofie, werk, veld, django_assert_num_queries
) -> None:
    gezien(sofie)
    werking, idee = sofie.werking, werk["idee"]
    with django_assert_num_queries(2):
        a = sofie.client.post(
            sofie.url(f"bewaar/werking/{werking.pk}/{veld}/"),
            {"waarde": "Elke dag open", "basis": getattr(werking, veld)},
            **AUTOSAVE,
        )
        # An idea's werking is its card's: the UPDATE reaches it through a join.
        b = sofie.client.post(
            sofie.url(f"bewaar/idee/{idee.pk}/tekst/"),
            {"waarde": "Een jongerenavond in de bib", "basis": idee.tekst},
            **AUTOSAVE,
        )
    assert (a.status_code, b.status_code) == (200, 200)
    werking.refresh_from_db()
    idee.refresh_from_db()
    assert getattr(werking, veld) == "Elke dag open"
    assert (idee.tekst, idee.gewijzigd_door_id) == (
        "Een jongerenavond in de bib",
        sofie.deelnemer.pk,
    )


def test_it_answers_a_one_query_save_as_the_full_path_does(sofie, sterkte) -> None:
    eerste = bewaar(sofie, sterkte, "Versie 1", "Grote leeszaal")  # before any page: the full path
    gezien(sofie)
    tweede = bewaar(sofie, sterkte, "Versie 2", "Versie 1")
    assert (eerste.status_code, tweede.status_code) == (200, 200)
    assert eerste.json() | {"waarde": "Versie 2"} == tweede.json()
    for kop in ("Content-Type", "Cache-Control", "Content-Security-Policy", "X-Frame-Options"):
        assert eerste[kop] == tweede[kop], kop
    assert "Expires" in tweede and "deelnemer" not in tweede.cookies


def _sluit(sofie, **_) -> None:
    sofie.sessie.status = Sessie.Status.GESLOTEN
    sofie.sessie.save()


def _pauzeer(sofie, **_) -> None:
    sofie.sessie.gepauzeerd = True
    sofie.sessie.save()


def _verwijder(sofie, sterkte, **_) -> None:
    sterkte.verwijder()


def _karim_was_eerst(sofie, sterkte, karim) -> None:
    bewaar(karim, sterkte, "Van Karim", "Grote leeszaal")


@pytest.mark.parametrize(
    ("intussen", "waarde", "status", "antwoord"),
    [
        (_karim_was_eerst, "Van Sofie", 409, {"status": "conflict", "waarde": "Van Karim"}),
        (None, "x" * 5000, 400, {"status": "ongeldig", "waarde": "Grote leeszaal"}),
        (_sluit, "Van Sofie", 403, {"status": "ongeldig"}),
        (_pauzeer, "Van Sofie", 423, {"status": "gepauzeerd"}),
        (_verwijder, "Van Sofie", 404, None),
    ],
    ids=["conflict", "te-lang", "gesloten", "gepauzeerd", "verwijderd"],
)
def test_it_answers_every_save_the_one_query_cannot_make_through_the_full_path(
    sofie, karim, sterkte, intussen, waarde, status, antwoord
) -> None:
    gezien(sofie, karim)
    if intussen:
        intussen(sofie=sofie, sterkte=sterkte, karim=karim)
    response = bewaar(sofie, sterkte, waarde, "Grote leeszaal")
    assert response.status_code == status
    if antwoord:
        assert response.json().items() >= antwoord.items()
    if status == 409:
        assert response.json()["door"] == "Karim"
    assert Kenmerk.alle.get(pk=sterkte.pk).tekst in ("Grote leeszaal", "Van Karim")


def test_it_saves_nothing_in_another_werking_or_session_with_one_query(
    sofie, klinker, kempen, sterkte
) -> None:
    gezien(sofie, klinker, kempen)
    vreemd = Kenmerk.objects.create(werking=klinker.werking, soort="sterkte", tekst="Podium")
    aanval = {"waarde": "Gekaapt", "basis": "Podium"}
    assert sofie.client.post(bewaar_url(sofie, vreemd), aanval, **AUTOSAVE).status_code == 404
    # Sofie's own kenmerk under the code of a session her browser is not in; and Lotte (another
    # session) posting to Sofie's session's URL.
    eigen = {"waarde": "Gekaapt", "basis": "Grote leeszaal"}
    assert sofie.client.post(bewaar_url(kempen, sterkte), eigen, **AUTOSAVE).status_code == 404
    assert kempen.client.post(bewaar_url(sofie, sterkte), eigen, **AUTOSAVE).status_code == 404
    assert Kenmerk.objects.get(pk=vreemd.pk).tekst == "Podium"
    assert Kenmerk.objects.get(pk=sterkte.pk).tekst == "Grote leeszaal"


def test_it_still_records_activity_every_half_minute(sofie, sterkte) -> None:
    gezien(sofie)
    lang_geleden = timezone.now() - timedelta(minutes=5)
    Deelnemer.objects.filter(pk=sofie.deelnemer.pk).update(laatst_actief=lang_geleden)
    # What this server saw is as old: the stamp is due, so the save takes the full path.
    services._GEZIEN[sofie.deelnemer.token_hash] = lang_geleden
    response = bewaar(sofie, sterkte, "Nieuw", "Grote leeszaal")
    assert response.status_code == 200
    sofie.deelnemer.refresh_from_db()
    assert timezone.now() - sofie.deelnemer.laatst_actief < timedelta(seconds=10)


def test_it_reads_the_cookie_as_djangos_signed_cookie_does(sofie, settings, rf) -> None:
    """The signature is checked once per cookie value and key, its age on every request."""
    echt = sofie.client.cookies[DEELNEMER_COOKIE].value
    waarden = [echt, echt[:-1] + ("A" if echt[-1] != "A" else "B"), "", "zonder:teken", "a:b:c"]

    def django(waarde: str) -> str | None:
        request = rf.get("/", HTTP_COOKIE=f"{DEELNEMER_COOKIE}={waarde}")
        return request.get_signed_cookie(
            DEELNEMER_COOKIE,
            None,
            salt=services.DEELNEMER_ZOUT,
            max_age=settings.SESSION_COOKIE_AGE,
        )

    def wij(waarde: str) -> dict[str, str]:
        return services._lees_cookie(rf.get("/", HTTP_COOKIE=f"{DEELNEMER_COOKIE}={waarde}"))

    for waarde in waarden:
        assert (wij(waarde) != {}) == (django(waarde) is not None), waarde
    assert wij(echt) == {sofie.sessie.code: sofie.token}
    # Another key: what was read with the old one does not count, unless it is a fallback.
    oud = settings.SECRET_KEY
    settings.SECRET_KEY = "een-andere-sleutel-" + "x" * 40
    assert wij(echt) == {} and django(echt) is None
    settings.SECRET_KEY_FALLBACKS = [oud]
    assert wij(echt) == {sofie.sessie.code: sofie.token} and django(echt) is not None
