"""Coordinators: invited with a one-time link shown on screen; they read their sessions and
change nothing."""

import datetime
import html
import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from begeleiding.models import Uitnodiging

pytestmark = pytest.mark.django_db


def aangemeld(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def nodig_uit(begeleider, sessie) -> str:
    response = aangemeld(begeleider).post(f"/sessies/{sessie.code}/coordinatoren/")
    assert response.status_code == 200
    link = re.search(r'id="uitnodigingslink">([^<]+)<', response.content.decode()).group(1)
    return link.replace("http://testserver", "")


def test_it_shows_a_one_time_link_and_stores_only_its_hash(begeleider, sessie) -> None:
    pad = nodig_uit(begeleider, sessie)
    token = pad.rstrip("/").rsplit("/", 1)[1]
    uitnodiging = Uitnodiging.objects.get()
    assert token not in uitnodiging.token_hash
    assert uitnodiging.verloopt > timezone.now() + datetime.timedelta(days=6)
    # Shown once: the page afterwards does not show it again.
    assert (
        token
        not in aangemeld(begeleider).get(f"/sessies/{sessie.code}/coordinatoren/").content.decode()
    )


def test_it_lets_a_new_person_choose_a_username_and_password(begeleider, sessie) -> None:
    pad = nodig_uit(begeleider, sessie)
    client = Client()
    assert "Nieuw hier?" in client.get(pad).content.decode()

    response = client.post(
        pad,
        {"username": "mieke", "password1": "cultuur-regio-2026", "password2": "cultuur-regio-2026"},
    )

    assert response["Location"] == f"/sessies/{sessie.code}/"
    mieke = User.objects.get(username="mieke")
    assert list(sessie.coordinatoren.all()) == [mieke]
    assert not mieke.has_perm("begeleiding.begeleider")
    # Logged in, reading the session.
    assert client.get(f"/sessies/{sessie.code}/").status_code == 200


def test_it_links_an_existing_account_after_logging_in(
    begeleider, andere_begeleider, sessie
) -> None:
    pad = nodig_uit(begeleider, sessie)
    anoniem = Client()
    body = html.unescape(anoniem.get(pad).content.decode())
    assert f"/aanmelden/?next={pad}" in body
    # Logging in brings Bert back to the invitation.
    response = anoniem.post(
        f"/aanmelden/?next={pad}", {"username": "bert", "password": "workshop-2026!"}
    )
    assert response["Location"] == pad

    client = aangemeld(andere_begeleider)
    assert "Aanvaarden als bert" in client.get(pad).content.decode()
    response = client.post(pad)

    assert response["Location"] == f"/sessies/{sessie.code}/"
    # A facilitator can coordinate a colleague's session and keeps their own rights.
    assert andere_begeleider in sessie.coordinatoren.all()
    assert andere_begeleider.has_perm("begeleiding.begeleider")


def test_it_works_only_once(begeleider, andere_begeleider, coordinator, sessie) -> None:
    pad = nodig_uit(begeleider, sessie)
    aangemeld(andere_begeleider).post(pad)

    tweede = aangemeld(coordinator)
    assert tweede.get(pad).status_code == 410
    assert tweede.post(pad).status_code == 410
    nieuw = Client().post(
        pad, {"username": "nog", "password1": "x-Yz-12345678", "password2": "x-Yz-12345678"}
    )
    assert nieuw.status_code == 410
    assert list(sessie.coordinatoren.all()) == [andere_begeleider]
    assert not User.objects.filter(username="nog").exists()


def test_it_refuses_an_expired_link(begeleider, coordinator, sessie) -> None:
    pad = nodig_uit(begeleider, sessie)
    Uitnodiging.objects.update(verloopt=timezone.now() - datetime.timedelta(seconds=1))
    response = aangemeld(coordinator).post(pad)
    assert response.status_code == 410
    assert "werkt niet (meer)" in html.unescape(response.content.decode())
    assert not sessie.coordinatoren.exists()


def test_it_keeps_the_form_and_creates_no_account_on_bad_input(begeleider, sessie) -> None:
    pad = nodig_uit(begeleider, sessie)
    response = Client().post(pad, {"username": "mieke", "password1": "kort", "password2": "anders"})
    assert response.status_code == 200
    assert "De twee wachtwoorden zijn niet gelijk." in html.unescape(response.content.decode())
    assert not User.objects.filter(username="mieke").exists()
    assert Uitnodiging.objects.get().bruikbaar


def test_it_lets_a_coordinator_read_but_change_nothing(
    coordinator, sessie, sofie, kenmerken
) -> None:
    sessie.coordinatoren.add(coordinator)
    client = aangemeld(coordinator)
    body = html.unescape(client.get(f"/sessies/{sessie.code}/").content.decode())
    assert "Bibliotheek Pajottegem" in body
    assert "Status wijzigen" not in body and "Opruimen" not in body
    assert "Projectorscherm" in body
    assert client.get(f"/sessies/{sessie.code}/bewerken/").status_code == 404
    assert client.post(f"/sessies/{sessie.code}/status/", {"status": "gesloten"}).status_code == 404
    body = html.unescape(client.get("/sessies/").content.decode())
    assert "Als coördinator" in body and "Netwerkdag Pajottenland" in body
    assert "Dupliceren" not in body


def test_it_lets_the_owner_withdraw_a_coordinator(begeleider, coordinator, sessie) -> None:
    sessie.coordinatoren.add(coordinator)
    aangemeld(begeleider).post(f"/sessies/{sessie.code}/coordinatoren/", {"weg": coordinator.pk})
    assert not sessie.coordinatoren.exists()
    assert aangemeld(coordinator).get(f"/sessies/{sessie.code}/").status_code == 404
