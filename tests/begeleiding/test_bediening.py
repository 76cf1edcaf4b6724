"""The room's controls on the facilitator's session page keep the facilitator where they are:
with htmx every control answers with the controls themselves, to swap in place; without
JavaScript it redirects back to the controls' anchor, not to the top of the page."""

import datetime
import json
import re

import pytest
from django.test import Client
from django.utils import timezone

from sessies.models import Sessie

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}
# Every room control: (path, posted data, what the controls show afterwards).
BEDIENING = [
    ("status/", {"status": "vergrendeld"}, 'value="vergrendeld" selected'),
    ("fase/", {"fase": "stap2"}, 'value="stap2" id="knop-fase-stap2" class="huidig"'),
    ("aandacht/", {"gepauzeerd": "ja"}, "Laat verder werken"),
    ("timer/", {"actie": "start", "minuten": "7"}, 'name="minuten" value="7"'),
    ("timer/", {"actie": "minuut"}, 'id="knop-timer-minuut"'),
]
IDS = ["status", "fase", "aandacht", "timer-start", "timer-minuut"]


@pytest.fixture
def an(sessie) -> Client:
    client = Client()
    client.force_login(sessie.eigenaar)
    return client


@pytest.mark.parametrize(("pad", "data", "_"), BEDIENING, ids=IDS)
def test_it_redirects_back_to_the_controls_without_javascript(an, sessie, pad, data, _) -> None:
    response = an.post(f"/sessies/{sessie.code}/{pad}", data)
    assert response.status_code == 302
    assert response["Location"] == f"/sessies/{sessie.code}/#bediening"
    pagina = an.get(response["Location"]).content.decode()
    assert 'id="bediening"' in pagina


@pytest.mark.parametrize(("pad", "data", "toont"), BEDIENING, ids=IDS)
def test_it_answers_htmx_with_the_controls_to_swap_in_place(an, sessie, pad, data, toont) -> None:
    response = an.post(f"/sessies/{sessie.code}/{pad}", data, **HTMX)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<html" not in body and "<header" not in body  # the controls only, no page
    assert '<section class="bediening" id="bediening"' in body
    assert toont in body
    # Its message goes to the live region beside the controls, not to the next page load.
    assert '<div id="bediening-melding" hx-swap-oob="innerHTML"><p class="melding success">' in body
    assert "zaal-gewijzigd" in json.loads(response["HX-Trigger"])  # the dashboard catches up
    assert not list(an.get(f"/sessies/{sessie.code}/").context["messages"])


def test_it_pauses_and_resets_the_timer_in_place(an, sessie) -> None:
    url = f"/sessies/{sessie.code}/timer/"
    an.post(url, {"actie": "start", "minuten": "5"}, **HTMX)
    body = an.post(url, {"actie": "pauze"}, **HTMX).content.decode()
    assert ">Hervat</button>" in body and "(gepauzeerd)" in body
    body = an.post(url, {"actie": "reset"}, **HTMX).content.decode()
    assert ">Stop</button>" not in body and "De timer is gestopt." in body
    sessie.refresh_from_db()
    assert (sessie.timer_einde, sessie.timer_rest) == (None, None)


def knoppen(body: str) -> list[str]:
    start = body.index('<div class="timer-knoppen">')
    return re.findall(r'<button type="submit" name="actie" value="(\w+)"', body[start:])


def test_it_offers_only_the_timer_buttons_that_make_sense_now(an, sessie) -> None:
    # No timer: the minutes and Start. Running: Pauzeer, +1 minuut, Stop (no Start beside
    # them). Paused: Hervat, +1 minuut, Stop.
    url = f"/sessies/{sessie.code}/timer/"
    body = an.get(f"/sessies/{sessie.code}/").content.decode()
    assert knoppen(body) == ["start"] and 'type="number" name="minuten"' in body
    body = an.post(url, {"actie": "start", "minuten": "5"}, **HTMX).content.decode()
    assert knoppen(body) == ["pauze", "minuut", "reset"]
    assert 'type="number" name="minuten"' not in body
    body = an.post(url, {"actie": "pauze", "minuten": "5"}, **HTMX).content.decode()
    assert knoppen(body) == ["verder", "minuut", "reset"]
    body = an.post(url, {"actie": "reset", "minuten": "5"}, **HTMX).content.decode()
    assert knoppen(body) == ["start"] and 'name="minuten" id="id_minuten" value="5"' in body


def test_it_says_the_time_is_up_on_the_projector_and_for_participants(an, sessie, sofie) -> None:
    Sessie.objects.filter(pk=sessie.pk).update(
        fase=Sessie.Fase.STAP2, timer_einde=timezone.now() + datetime.timedelta(minutes=3)
    )
    cue = 'data-timer-om role="status">De tijd is om</span>'
    leeg = 'data-timer-om role="status"></span>'
    assert leeg in an.get(f"/sessies/{sessie.code}/scherm/").content.decode()
    assert leeg in sofie.client.get(sofie.url("stap-2/")).content.decode()
    Sessie.objects.filter(pk=sessie.pk).update(
        timer_einde=timezone.now() - datetime.timedelta(seconds=2)
    )
    assert cue in an.get(f"/sessies/{sessie.code}/scherm/").content.decode()
    assert cue in sofie.client.get(sofie.url("stap-2/")).content.decode()


def test_it_shows_a_refused_control_in_place_in_dutch(an, sessie) -> None:
    response = an.post(
        f"/sessies/{sessie.code}/timer/", {"actie": "start", "minuten": "999"}, **HTMX
    )
    assert response.status_code == 400  # htmx swaps it (base.html's responseHandling)
    body = response.content.decode()
    assert '<p class="melding error">' in body and 'value="999"' in body
    response = an.post(f"/sessies/{sessie.code}/fase/", {"fase": "stap9"}, **HTMX)
    assert "Kies een stap uit de lijst." in response.content.decode()
    sessie.refresh_from_db()
    assert sessie.fase == Sessie.Fase.WELKOM and sessie.timer_einde is None


def test_it_updates_the_status_in_the_pages_header_too(an, sessie) -> None:
    body = an.post(
        f"/sessies/{sessie.code}/status/", {"status": "gesloten"}, **HTMX
    ).content.decode()
    assert 'id="sessie-kopregel" hx-swap-oob="outerHTML"' in body
    assert "· Gesloten</p>" in body


def test_it_still_takes_the_home_back_to_the_home(an, sessie) -> None:
    response = an.post(
        f"/sessies/{sessie.code}/status/", {"status": "gesloten", "terug": "overzicht"}
    )
    assert response["Location"] == "/sessies/"


def test_it_makes_the_dashboard_refresh_on_a_control(an, sessie) -> None:
    body = an.get(f"/sessies/{sessie.code}/").content.decode()
    assert 'hx-trigger="every 3s, zaal-gewijzigd from:body"' in body
    for pad in ("status", "aandacht", "fase", "timer"):
        assert f'hx-post="/sessies/{sessie.code}/{pad}/" hx-target="#bediening"' in body
