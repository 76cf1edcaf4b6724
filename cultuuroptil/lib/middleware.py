"""Request-wide guards: Dutch answers for wrong methods, hostile input and an unreachable
database, the security headers, and throttled logins."""

from collections.abc import Callable

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from .foutpaginas import databank_weg, ongeldig, te_veel_pogingen
from .remmen import Aanmeldrem

Antwoord = Callable[[HttpRequest], HttpResponse]

# The largest id a 64-bit integer column holds; SQLite raises OverflowError above it.
GROOTSTE_ID = 2**63 - 1


class NietToegestaanMiddleware:
    """A page opened with the wrong method (e.g. a save URL typed or bookmarked) gets a Dutch
    page with a way on instead of Django's empty 405 answer."""

    def __init__(self, get_response: Antwoord) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code == 405 and not response.content:
            antwoord = render(request, "405.html", status=405)
            antwoord["Allow"] = response.get("Allow", "")
            return antwoord
        return response


class BeveiligingsHeadersMiddleware:
    """Content-Security-Policy and Permissions-Policy on every answer. No inline scripts or
    styles anywhere (see SECURITY.md), so the policy needs no 'unsafe-inline' nor nonces."""

    def __init__(self, get_response: Antwoord) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


def bevat_nul(waarden: object) -> bool:
    return any("\x00" in sleutel or any("\x00" in w for w in lijst) for sleutel, lijst in waarden)


class OngeldigeInvoerMiddleware:
    """Input no page can handle answers 400 (or 404) with a Dutch page, before any view or
    database sees it: NUL bytes (PostgreSQL refuses them in text), a form in another charset
    than UTF-8, ids beyond a 64-bit integer."""

    def __init__(self, get_response: Antwoord) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        fout = self.controleer(request)
        if fout:
            return ongeldig(request, fout)
        return self.get_response(request)

    def controleer(self, request: HttpRequest) -> str:
        if "\x00" in request.path or bevat_nul(request.GET.lists()):
            return "Het adres bevat een teken dat niet kan (een nulteken)."
        if request.method != "POST":
            return ""
        charset = request.content_params.get("charset", "utf-8") if request.content_params else ""
        if charset and charset.strip().lower() not in ("utf-8", "utf8"):
            return "Het formulier kwam in een andere tekenset dan UTF-8 toe."
        try:
            if bevat_nul(request.POST.lists()):
                return "Het formulier bevat een teken dat niet kan (een nulteken)."
        except UnicodeDecodeError:
            return "Het formulier bevat tekens die geen geldige UTF-8 zijn."
        return ""

    def process_view(self, request: HttpRequest, view, args, kwargs) -> None:
        for waarde in (*args, *kwargs.values()):
            if isinstance(waarde, int) and waarde > GROOTSTE_ID:
                raise Http404("Onbekend nummer.")

    def process_exception(self, request: HttpRequest, exception: Exception):
        if isinstance(exception, OverflowError):
            # A posted id too large for the database (e.g. a partner 2**63 on SQLite).
            return ongeldig(request, "Het formulier bevat een getal dat te groot is.")
        return None


class DatabankWegMiddleware:
    """The database is unreachable (stopped, restarting, network): 503 with a Dutch message
    instead of a 500. handler500 does the same for errors outside a view (e.g. saving the
    session after the view)."""

    def __init__(self, get_response: Antwoord) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception):
        if isinstance(exception, OperationalError | InterfaceError):
            return databank_weg(request)
        return None


class AanmeldRemMiddleware:
    """Throttled logins on /aanmelden/ and /beheer/login/ (the algorithm: remmen.Aanmeldrem).
    A failed login is a POST that is answered with the form again instead of a redirect."""

    def __init__(self, get_response: Antwoord) -> None:
        self.get_response = get_response
        self._paden: set[str] | None = None

    def paden(self) -> set[str]:
        if self._paden is None:
            self._paden = {reverse("login"), reverse("admin:login")}
        return self._paden

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method != "POST" or request.path not in self.paden():
            return self.get_response(request)
        rem = Aanmeldrem(request)
        weigering = rem.weigering()
        if weigering is not None:
            return te_veel_pogingen(request, minuten=weigering.minuten, melding=weigering.melding)
        response = self.get_response(request)
        if response.status_code == 200:
            rem.mislukt()
        elif response.status_code == 302:
            rem.gelukt(response)
        return response
