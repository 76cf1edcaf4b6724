"""The facilitators' sessions (cultuuroptil/lib/sessieopslag.py): Django's database sessions
with their lookup compiled once, and the same answers as Django's own store."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore as DjangoStore
from django.contrib.sessions.models import Session
from django.utils import timezone

from cultuuroptil.lib.sessieopslag import SessionStore

pytestmark = pytest.mark.django_db


def bewaarde_sessie(**gegevens) -> str:
    store = DjangoStore()
    store.update(gegevens)
    store.create()
    return store.session_key


def test_it_loads_what_djangos_own_store_saved() -> None:
    sleutel = bewaarde_sessie(begeleider="An", stap=3)
    store = SessionStore(sleutel)
    assert store.load() == {"begeleider": "An", "stap": 3}
    assert store.session_key == sleutel


@pytest.mark.parametrize("geval", ["verlopen", "onbekend", "van_een_ander"])
def test_it_forgets_an_expired_or_unknown_session_as_django_does(geval) -> None:
    sleutel = bewaarde_sessie(begeleider="An")
    if geval == "verlopen":
        Session.objects.filter(pk=sleutel).update(expire_date=timezone.now() - timedelta(1))
    elif geval == "onbekend":
        sleutel = "x" * 32
    else:
        sleutel = sleutel[:-1] + ("a" if sleutel[-1] != "a" else "b")
    store, django = SessionStore(sleutel), DjangoStore(sleutel)
    assert store.load() == django.load() == {}
    assert store.session_key is None and django.session_key is None


def test_a_facilitator_stays_logged_in_through_it(client, begeleider) -> None:
    assert settings.SESSION_ENGINE == "cultuuroptil.lib.sessieopslag"
    response = client.post("/aanmelden/", {"username": "an", "password": "workshop-2026!"})
    assert response.status_code == 302
    assert client.get("/sessies/").status_code == 200
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    assert client.get("/sessies/")["Location"].startswith("/aanmelden/")
