"""Response headers on the hottest paths, without Django's general-purpose parsing."""

import functools
import time

from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers
from django.utils.http import http_date

NOOIT_CACHEN = "max-age=0, no-cache, no-store, must-revalidate, private"


@functools.lru_cache(maxsize=2)
def _http_datum(seconde: int) -> str:
    return http_date(seconde)


def nooit_cachen(response: HttpResponse) -> None:
    """`add_never_cache_headers`: the same two headers, written directly on an answer that has
    neither yet (every participant answer; Django parses and rebuilds Cache-Control twice)."""
    if "Cache-Control" in response or "Expires" in response:
        add_never_cache_headers(response)
        return
    response.headers["Expires"] = _http_datum(int(time.time()))
    response.headers["Cache-Control"] = NOOIT_CACHEN
