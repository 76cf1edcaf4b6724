"""The never-cache headers of every participant and dashboard answer, written directly: they
must be exactly Django's."""

import pytest
from django.http import HttpResponse, JsonResponse
from django.utils.cache import add_never_cache_headers

from cultuuroptil.lib.koppen import nooit_cachen


@pytest.mark.parametrize(
    "maak",
    [
        lambda: HttpResponse("ok"),
        lambda: JsonResponse({"status": "opgeslagen"}),
        lambda: HttpResponse(headers={"Cache-Control": "public, max-age=60"}),
        lambda: HttpResponse(headers={"Cache-Control": "no-transform"}),
        lambda: HttpResponse(headers={"Expires": "Thu, 01 Jan 2026 00:00:00 GMT"}),
    ],
    ids=["leeg", "json", "publiek", "ander", "verloopt"],
)
def test_it_sets_the_headers_django_sets(maak) -> None:
    for _ in range(3):  # within one second, so the dates agree
        ons, django = maak(), maak()
        nooit_cachen(ons)
        add_never_cache_headers(django)
        if ons["Expires"] == django["Expires"]:
            break
    assert dict(ons.headers) == dict(django.headers)
