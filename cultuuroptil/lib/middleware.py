from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


class NietToegestaanMiddleware:
    """A page opened with the wrong method (e.g. a save URL typed or bookmarked) gets a Dutch
    page with a way on instead of Django's empty 405 answer."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code == 405 and not response.content:
            antwoord = render(request, "405.html", status=405)
            antwoord["Allow"] = response.get("Allow", "")
            return antwoord
        return response
