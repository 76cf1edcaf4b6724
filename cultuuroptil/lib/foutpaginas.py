"""Dutch error answers that never need the database nor the request body: they are also
shown when the database is down or the body cannot be read. JavaScript's autosave gets JSON,
htmx plain text."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string


def _antwoord(
    request: HttpRequest | None, template: str, status: int, melding: str, **context
) -> HttpResponse:
    headers = request.headers if request is not None else {}
    if headers.get("X-Autosave") == "1":
        return JsonResponse({"status": "ongeldig", "waarde": "", "fout": melding}, status=status)
    if headers.get("HX-Request"):
        return HttpResponse(melding, status=status, content_type="text/plain; charset=utf-8")
    # No request context: the context processors would read the session from the database.
    html = render_to_string(template, {"melding": melding, **context})
    return HttpResponse(html, status=status)


def ongeldig(request: HttpRequest | None, melding: str = "") -> HttpResponse:
    return _antwoord(
        request, "400.html", 400, melding or "Deze vraag kunnen we niet lezen.", terug="/"
    )


def te_veel_pogingen(
    request: HttpRequest, minuten: int = 1, code: bool = False, melding: str = ""
) -> HttpResponse:
    melding = melding or (
        f"Te veel pogingen vanaf dit adres. Wacht {minuten} minuut"
        f"{'' if minuten == 1 else 'en'} en probeer dan opnieuw."
    )
    antwoord = _antwoord(request, "429.html", 429, melding, code=code)
    antwoord["Retry-After"] = str(60 * minuten)
    return antwoord


DATABANK_WEG = (
    "Niet bewaard: de databank is even niet bereikbaar. We proberen opnieuw; wat je typte "
    "blijft in je browser staan."
)


def databank_weg(request: HttpRequest | None) -> HttpResponse:
    antwoord = _antwoord(request, "503.html", 503, DATABANK_WEG)
    antwoord["Retry-After"] = "5"
    return antwoord


def handler400(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Django's own 400 view would build a page from the request, which may read the body
    again (and fail on a charset it cannot decode): this one never touches it."""
    return ongeldig(request)


def handler500(request: HttpRequest) -> HttpResponse:
    # Called inside Django's except block: an unreachable database raised outside a view
    # (a middleware, the session save) still answers 503, not 500.
    fout = sys.exc_info()[1]
    if isinstance(fout, OperationalError | InterfaceError):
        return databank_weg(request)
    return HttpResponse(render_to_string("500.html"), status=500)
