"""Messages ("Bewaard.") in Django's default storage, whose cookie signer is made only when a
message is read or written."""

import pytest
from django.contrib import messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.messages.storage.fallback import FallbackStorage
from django.http import HttpResponse
from django.test import RequestFactory

from cultuuroptil.lib.berichten import BerichtenOpslag


def verzoek(rf: RequestFactory, koekje: str = ""):
    r = rf.get("/", HTTP_COOKIE=f"{CookieStorage.cookie_name}={koekje}" if koekje else "")
    r.session = {}
    return r


def geschreven(opslag: FallbackStorage, niveau: int, tekst: str) -> str:
    """The messages cookie a storage writes for one message."""
    opslag.add(niveau, tekst)
    antwoord = HttpResponse()
    opslag.update(antwoord)
    return antwoord.cookies[CookieStorage.cookie_name].value


def test_it_stores_and_reads_a_message_as_djangos_cookie_does(rf: RequestFactory) -> None:
    ons = BerichtenOpslag(verzoek(rf))
    assert "signer" not in vars(ons.storages[0])  # nothing made for a request without messages
    koekje = geschreven(ons, messages.SUCCESS, "Bewaard.")
    # Django's own storage reads what ours wrote, and ours what Django's writes.
    assert [str(m) for m in FallbackStorage(verzoek(rf, koekje))] == ["Bewaard."]
    koekje = geschreven(FallbackStorage(verzoek(rf)), messages.WARNING, "Let op.")
    assert [str(m) for m in BerichtenOpslag(verzoek(rf, koekje))] == ["Let op."]


@pytest.mark.django_db
def test_it_is_the_storage_the_app_uses(rf: RequestFactory) -> None:
    from django.contrib.messages.storage import default_storage

    assert isinstance(default_storage(verzoek(rf)), BerichtenOpslag)
