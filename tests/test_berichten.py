"""Messages ("Bewaard.") in Django's default storage, whose cookie signer is made only when a
message is read or written."""

import pytest
from django.contrib import messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.messages.storage.fallback import FallbackStorage
from django.http import HttpResponse
from django.test import RequestFactory

from cultuuroptil.lib.berichten import BerichtenOpslag


def test_it_stores_and_reads_a_message_as_djangos_cookie_does(rf: RequestFactory) -> None:
    verzoek = rf.get("/")
    verzoek.session = {}
    ons = BerichtenOpslag(verzoek)
    assert "signer" not in vars(ons.storages[0])  # nothing made for a request without messages
    ons.add(messages.SUCCESS, "Bewaard.")
    antwoord = HttpResponse()
    ons.update(antwoord)
    koekje = antwoord.cookies[CookieStorage.cookie_name].value

    # Django's own storage reads what ours wrote, and ours what Django's writes.
    volgende = rf.get("/", HTTP_COOKIE=f"{CookieStorage.cookie_name}={koekje}")
    volgende.session = {}
    assert [str(m) for m in FallbackStorage(volgende)] == ["Bewaard."]
    django = FallbackStorage(verzoek)
    django.add(messages.WARNING, "Let op.")
    antwoord = HttpResponse()
    django.update(antwoord)
    koekje = antwoord.cookies[CookieStorage.cookie_name].value
    volgende = rf.get("/", HTTP_COOKIE=f"{CookieStorage.cookie_name}={koekje}")
    volgende.session = {}
    assert [str(m) for m in BerichtenOpslag(volgende)] == ["Let op."]


@pytest.mark.django_db
def test_it_is_the_storage_the_app_uses(client) -> None:
    from django.contrib.messages.storage import default_storage

    verzoek = RequestFactory().get("/")
    verzoek.session = {}
    assert isinstance(default_storage(verzoek), BerichtenOpslag)
