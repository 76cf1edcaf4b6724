"""Joining a workshop with a code: no account, a token in the browser, a resume link."""

import html
import re

import pytest
from django.test import Client

from sessies.models import CODE_ALFABET, Deelnemer, Sessie, UitgegevenCode, hash_token
from sessies.services import DEELNEMER_COOKIE, geef_code_uit
from werking.models import Werking

pytestmark = pytest.mark.django_db


def test_it_shows_the_code_field_on_the_home_page(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'name="code"' in body
    assert "Meld je aan" in body


def test_it_finds_a_session_by_code_in_any_case_and_with_spaces(client, sessie) -> None:
    getypt = " ".join(sessie.code.lower())
    response = client.get("/doe-mee/", {"code": getypt})
    assert response.status_code == 302
    assert response["Location"] == f"/doe-mee/{sessie.code}/"


def test_it_explains_an_unknown_code_in_dutch(client, sessie) -> None:
    response = client.get("/doe-mee/", {"code": "ZZZZZZ"}, follow=True)
    assert response.status_code == 404
    assert "We vinden geen open workshop met de code" in response.content.decode()


def test_it_explains_a_code_of_the_wrong_length(client) -> None:
    response = client.get("/doe-mee/", {"code": "AB"})
    assert "Een code heeft 6 tekens" in response.content.decode()


def test_it_answers_an_unknown_join_url_with_a_way_to_try_again(client, referentiedata) -> None:
    response = client.get("/doe-mee/QQQQQQ/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "We vinden geen open workshop met de code" in body
    assert 'name="code"' in body


def test_it_makes_codes_without_look_alikes_and_never_twice(db) -> None:
    codes = {geef_code_uit() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert len(code) == 6
        assert set(code) <= set(CODE_ALFABET)
        assert not set(code) & set("0O1IL")


def test_it_never_hands_out_the_code_of_a_deleted_session(sessie, monkeypatch) -> None:
    oude_code = sessie.code
    sessie.delete()
    reeks = iter([oude_code, "ABCDEF"])
    monkeypatch.setattr("sessies.services.secrets.choice", lambda _: next(letters))
    letters = iter(next(reeks) + next(reeks))
    assert geef_code_uit() == "ABCDEF"
    assert UitgegevenCode.objects.filter(code=oude_code).exists()


def test_it_lets_a_participant_create_their_organisation(client, sessie) -> None:
    response = client.post(
        f"/doe-mee/{sessie.code}/",
        {
            "naam": "Sofie",
            "werking": "nieuw",
            "nieuwe_werking": "Bibliotheek Pajottegem",
            "gemeente": "Galmaarden",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == f"/doe-mee/{sessie.code}/stap-1/"
    werking = Werking.objects.get(sessie=sessie)
    assert werking.naam == "Bibliotheek Pajottegem"
    assert werking.gemeente.naam == "Pajottegem"
    assert werking.deelnemers.get().naam == "Sofie"
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Bibliotheek Pajottegem" in page.content.decode()


def test_it_lets_a_colleague_join_the_same_organisation(client, sofie) -> None:
    response = client.post(
        f"/doe-mee/{sofie.sessie.code}/", {"naam": "Karim", "werking": str(sofie.werking.pk)}
    )
    assert response.status_code == 302
    assert Werking.objects.filter(sessie=sofie.sessie).count() == 1
    assert sorted(sofie.werking.deelnemers.values_list("naam", flat=True)) == ["Karim", "Sofie"]


def test_it_joins_an_existing_organisation_when_the_same_name_is_typed(client, sofie) -> None:
    client.post(
        f"/doe-mee/{sofie.sessie.code}/",
        {
            "naam": "Karim",
            "werking": "nieuw",
            "nieuwe_werking": "bibliotheek  pajottegem",
            "gemeente": "Pajottegem",
        },
    )
    assert Werking.objects.filter(sessie=sofie.sessie).count() == 1
    assert sofie.werking.deelnemers.count() == 2


def test_it_only_offers_organisations_of_this_session(client, sofie, kempen) -> None:
    body = client.get(f"/doe-mee/{sofie.sessie.code}/").content.decode()
    assert "Bibliotheek Pajottegem" in body
    assert "CC De Werft" not in body


def test_it_rejects_an_organisation_of_another_session(client, sofie, kempen) -> None:
    response = client.post(
        f"/doe-mee/{sofie.sessie.code}/", {"naam": "Eva", "werking": str(kempen.werking.pk)}
    )
    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode()
    assert not Deelnemer.objects.filter(naam="Eva").exists()


@pytest.mark.parametrize(
    ("gemeente", "melding"),
    [
        ("Atlantis", "We vinden geen Belgische gemeente 'Atlantis'"),
        ("1040", "past bij meer dan één gemeente (Brussel, Etterbeek)"),
        ("", "In welke gemeente is je organisatie gevestigd?"),
    ],
)
def test_it_explains_a_gemeente_it_cannot_place(client, sessie, gemeente, melding) -> None:
    response = client.post(
        f"/doe-mee/{sessie.code}/",
        {"naam": "Sofie", "werking": "nieuw", "nieuwe_werking": "Bib", "gemeente": gemeente},
    )
    assert response.status_code == 200
    assert melding in html.unescape(response.content.decode())
    assert not Werking.objects.exists()


def test_it_requires_a_name_and_an_organisation(client, sessie) -> None:
    response = client.post(f"/doe-mee/{sessie.code}/", {"naam": "", "werking": "nieuw"})
    body = response.content.decode()
    assert "Dit veld is verplicht" in body
    assert "Geef de naam van je organisatie" in body


def test_it_rejects_an_over_long_name_with_the_limit(client, sessie) -> None:
    response = client.post(
        f"/doe-mee/{sessie.code}/",
        {"naam": "x" * 81, "werking": "nieuw", "nieuwe_werking": "Bib", "gemeente": "Gent"},
    )
    assert "80" in response.content.decode()
    assert not Deelnemer.objects.exists()


def test_it_shows_html_in_a_name_as_text(client, sessie) -> None:
    client.post(
        f"/doe-mee/{sessie.code}/",
        {
            "naam": "<script>alert(1)</script>",
            "werking": "nieuw",
            "nieuwe_werking": "<b>Bib</b>",
            "gemeente": "Gent",
        },
    )
    body = client.get(f"/doe-mee/{sessie.code}/stap-1/").content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "&lt;b&gt;Bib&lt;/b&gt;" in body


def test_it_brings_a_returning_browser_back_to_its_organisation(sofie) -> None:
    response = sofie.client.get(f"/doe-mee/{sofie.sessie.code}/")
    assert response.status_code == 302
    assert response["Location"] == f"/doe-mee/{sofie.sessie.code}/stap-1/"


def test_it_brings_a_participant_back_on_another_device_with_the_resume_link(sofie) -> None:
    ander_toestel = Client()
    response = ander_toestel.post("/verder/", {"token": sofie.token}, follow=True)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Bibliotheek Pajottegem" in body
    assert f"/verder/#{sofie.token}" in body


def test_it_shows_the_resume_link_on_the_template(sofie) -> None:
    body = sofie.client.get(sofie.url("stap-1/")).content.decode()
    assert "bewaar deze link om later verder te werken" in body.lower()
    assert f"http://testserver/verder/#{sofie.token}" in body


def test_it_keeps_only_a_hash_of_the_token(sofie) -> None:
    assert sofie.token not in sofie.deelnemer.token_hash
    assert len(sofie.deelnemer.token_hash) == 64


def test_it_answers_an_unknown_resume_link_in_dutch(client, db) -> None:
    response = client.post("/verder/", {"token": "onzin"})
    assert response.status_code == 404
    assert "Deze link kennen we niet" in response.content.decode()


def test_it_sends_a_browser_without_token_to_the_join_page(client, sofie) -> None:
    response = client.get(sofie.url("stap-1/"))
    assert response.status_code == 302
    assert response["Location"] == f"/doe-mee/{sofie.sessie.code}/"


@pytest.mark.parametrize("status", [Sessie.Status.VERGRENDELD, Sessie.Status.GESLOTEN])
def test_it_refuses_new_participants_when_not_open(client, sessie, status) -> None:
    sessie.status = status
    sessie.save()
    response = client.post(
        f"/doe-mee/{sessie.code}/",
        {"naam": "Eva", "werking": "nieuw", "nieuwe_werking": "Bib", "gemeente": "Gent"},
    )
    # Answered as an unknown code (a guesser learns nothing), with what to do.
    assert response.status_code == 404
    assert "vergrendeld of afgesloten" in response.content.decode()
    assert not Deelnemer.objects.exists()


def test_it_lists_organisations_on_the_join_page_in_constant_queries(
    client, sessie, gemeente, django_assert_num_queries
) -> None:
    for i in range(6):
        Werking.objects.create(sessie=sessie, naam=f"Werking {i}", gemeente=gemeente("Gent"))
    # session lookup, (no browser session), werkingen with their gemeente
    with django_assert_num_queries(2):
        response = client.get(f"/doe-mee/{sessie.code}/")
    assert response.content.decode().count('name="werking"') == 7


def test_it_asks_before_a_resume_link_swaps_who_this_browser_is(sofie, klinker) -> None:
    response = sofie.client.post("/verder/", {"token": klinker.token})
    assert response.status_code == 200
    body = re.sub(r"<[^>]+>", "", html.unescape(response.content.decode()))
    assert "al mee als Sofie (Bibliotheek Pajottegem)" in body
    # Nothing changed yet: Sofie's browser is still Sofie.
    assert "Bibliotheek Pajottegem" in sofie.client.get(sofie.url("stap-1/")).content.decode()
    sofie.client.post("/verder/", {"token": klinker.token, "wissel": "ja"})
    assert "Jeugdhuis De Klinker" in sofie.client.get(sofie.url("stap-1/")).content.decode()


def test_it_gives_a_browser_that_joins_a_cookie_with_its_own_new_token(client, sessie) -> None:
    """No session fixation: the identity is the new participant's own token, in a signed
    cookie the answer sets (nothing planted beforehand survives the join)."""
    client.cookies[DEELNEMER_COOKIE] = "geplant"
    client.post(
        f"/doe-mee/{sessie.code}/",
        {"naam": "Eva", "werking": "nieuw", "nieuwe_werking": "Bib", "gemeente": "Gent"},
    )
    assert client.cookies[DEELNEMER_COOKIE].value != "geplant"
    assert "Eva" in client.get(f"/doe-mee/{sessie.code}/stap-1/").content.decode()
    assert Deelnemer.objects.get(naam="Eva").token_hash != hash_token("geplant")


def test_it_keeps_organisations_with_the_same_name_in_different_gemeenten_apart(
    client, sofie
) -> None:
    client.post(
        f"/doe-mee/{sofie.sessie.code}/",
        {
            "naam": "Eva",
            "werking": "nieuw",
            "nieuwe_werking": "Bibliotheek Pajottegem",
            "gemeente": "Halle",
        },
    )
    assert Werking.objects.filter(sessie=sofie.sessie).count() == 2
