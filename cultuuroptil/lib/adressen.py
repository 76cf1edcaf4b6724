"""Where a page may send a browser after a post, from what the browser itself sent."""

import functools

from django.urls import get_script_prefix, reverse
from django.utils.http import url_has_allowed_host_and_scheme


def lokaal_pad(waarde: str | None) -> str | None:
    """`waarde` when it is a path on this site ("/doe-mee/..."), else None.

    Only paths: redirect() would try a bare word ("x") as a URL name and fail with a 500, and
    anything with a scheme or host ("//evil.example", "/\\evil.example") leads elsewhere.
    """
    if not waarde or not waarde.startswith("/") or waarde.startswith(("//", "/\\")):
        return None
    if any(ord(teken) < 32 or ord(teken) == 127 for teken in waarde):
        return None
    if not url_has_allowed_host_and_scheme(waarde, allowed_hosts=None):
        return None
    return waarde


# An id no real row has, to find where the id goes in a reversed URL.
_PLAATSHOUDER = 987654321987654321


class UrlPerId:
    """The URL of a view for many rows: `reverse()` once with a placeholder id, then each row's
    URL is a string concatenation (a list of 20 items would otherwise reverse per button).
    `args` are the URL's arguments with `None` where the row's id goes."""

    def __init__(self, naam: str, *args: object) -> None:
        url = reverse(naam, args=[_PLAATSHOUDER if a is None else a for a in args])
        self.voor, _, self.na = url.partition(str(_PLAATSHOUDER))

    def __call__(self, pk: int) -> str:
        return f"{self.voor}{pk}{self.na}"

    @classmethod
    def bewaard(cls, naam: str, *args: object) -> "UrlPerId":
        """The same, reversed once per URL name, arguments and script prefix: a request that
        runs many times a second (a poll) asks for the same few each time."""
        return _url_per_id(get_script_prefix(), naam, args)


@functools.lru_cache(maxsize=4096)
def _url_per_id(prefix: str, naam: str, args: tuple) -> UrlPerId:
    return UrlPerId(naam, *args)


def kort(tekst: str, lengte: int) -> str:
    """`tekst` cut to `lengte` characters with an ellipsis, as the truncatechars filter does
    (without its translation lookup per call)."""
    return tekst if len(tekst) <= lengte else tekst[: lengte - 1] + "…"
