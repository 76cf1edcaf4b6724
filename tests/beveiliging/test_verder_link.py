"""The personal resume link: its token never travels in a URL that a server or proxy logs,
and it expires a configurable time after the session's date."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from sessies.models import Sessie

pytestmark = pytest.mark.django_db


def test_it_puts_the_token_in_the_fragment_of_the_link(sofie) -> None:
    body = sofie.client.get(sofie.url("stap-1/")).content.decode()
    assert f"/verder/#{sofie.token}" in body
    assert f"/verder/{sofie.token}" not in body


def test_it_never_logs_anyone_in_on_a_get(sofie) -> None:
    browser = Client()
    # An old link with the token in the path: a page that posts it, nothing more.
    response = browser.get(f"/verder/{sofie.token}/")
    assert response.status_code == 200
    assert browser.get(sofie.url("stap-1/")).status_code == 302
    assert browser.get("/verder/").status_code == 200
    assert browser.get(sofie.url("stap-1/")).status_code == 302


def test_it_logs_in_with_the_token_posted(sofie) -> None:
    browser = Client()
    response = browser.post("/verder/", {"token": sofie.token})
    assert response.status_code == 302
    assert browser.get(sofie.url("stap-1/")).status_code == 200


def test_its_landing_page_asks_for_the_code_without_javascript(client, db) -> None:
    body = client.get("/verder/").content.decode()
    assert 'name="token"' in body
    assert "js/verder.js" in body
    assert "<script>" not in body


def zet_datum(sessie: Sessie, dagen_geleden: int) -> None:
    datum = timezone.localdate() - datetime.timedelta(days=dagen_geleden)
    Sessie.objects.filter(pk=sessie.pk).update(datum=datum)


def test_it_keeps_a_link_working_60_days_after_the_session(sofie) -> None:
    zet_datum(sofie.sessie, 60)
    assert Client().post("/verder/", {"token": sofie.token}).status_code == 302


def test_it_expires_a_link_after_60_days(sofie) -> None:
    zet_datum(sofie.sessie, 61)
    response = Client().post("/verder/", {"token": sofie.token})
    assert response.status_code == 410
    assert "Deze link is verlopen" in response.content.decode()


def test_its_expiry_is_configurable(sofie, settings) -> None:
    settings.VERDER_GELDIG_DAGEN = 7
    zet_datum(sofie.sessie, 8)
    assert Client().post("/verder/", {"token": sofie.token}).status_code == 410
    settings.VERDER_GELDIG_DAGEN = 8
    assert Client().post("/verder/", {"token": sofie.token}).status_code == 302
