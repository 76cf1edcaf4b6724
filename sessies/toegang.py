"""Who may see what. Every participant view goes through `deelnemer_vereist`, so objects are
always looked up inside the participant's own werking: anything else answers 404."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.models import AbstractBaseUser
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect

from .models import Deelnemer, Sessie, normaliseer_code
from .services import deelnemer_van_browser, markeer_actief


class DeelnemerRequest(HttpRequest):
    deelnemer: Deelnemer
    sessie: Sessie


def deelnemer_vereist(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Resolve the session from the URL's code and the participant from the browser.

    A page opened without a known participant goes to the join page; any other request
    (a save, a guessed URL) answers 404.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, code: str, *args, **kwargs) -> HttpResponse:
        sessie = get_object_or_404(Sessie, code=normaliseer_code(code))
        deelnemer = deelnemer_van_browser(request, sessie)
        if deelnemer is None:
            if request.method == "GET" and not request.headers.get("HX-Request"):
                return redirect(sessie.deelname_url())
            raise Http404("Onbekende deelnemer.")
        markeer_actief(deelnemer)
        request.deelnemer = deelnemer
        request.sessie = deelnemer.sessie
        return view(request, code, *args, **kwargs)

    return wrapper


def sessie_van_begeleider(user: AbstractBaseUser, code: str) -> Sessie:
    """A session its owner or one of its coordinators may see; 404 for anyone else."""
    sessie = get_object_or_404(Sessie, code=normaliseer_code(code))
    if sessie.eigenaar_id != user.pk and not sessie.coordinatoren.filter(pk=user.pk).exists():
        raise Http404("Onbekende sessie.")
    return sessie
