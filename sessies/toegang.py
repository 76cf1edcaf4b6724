"""Who may see what. Every participant view goes through `deelnemer_vereist`, so objects are
always looked up inside the participant's own werking: anything else answers 404."""

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme

from .models import Deelnemer, Sessie, normaliseer_code
from .services import deelnemer_van_browser, markeer_actief, token_van_browser

GESLOTEN_MELDING = "Deze workshop is gesloten: je kan nog lezen, maar niets meer wijzigen."


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
        if request.method == "POST" and sessie.status == Sessie.Status.GESLOTEN:
            return gesloten_antwoord(request, sessie)
        markeer_actief(deelnemer)
        request.deelnemer = deelnemer
        request.sessie = deelnemer.sessie
        response = view(request, code, *args, **kwargs)
        # The back button must show what is stored now, not a copy of a deleted card.
        add_never_cache_headers(response)
        return response

    return wrapper


def gesloten_antwoord(request: HttpRequest, sessie: Sessie) -> HttpResponse:
    """Every change in a closed session is refused the same way, whatever sent it."""
    if request.headers.get("X-Autosave") == "1":
        return JsonResponse({"status": "ongeldig", "fout": GESLOTEN_MELDING}, status=403)
    if request.headers.get("HX-Request"):
        # Not swapped in (see htmx-config in base.html): the page shows it as an alert.
        return HttpResponse(GESLOTEN_MELDING, status=403, content_type="text/plain")
    messages.error(request, GESLOTEN_MELDING)
    return redirect(terug_url(request, reverse("werking:stap1", args=[sessie.code])))


def terug_url(request: HttpRequest, standaard: str) -> str:
    """Where a plain form post returns to: the posted `terug`, if it is ours."""
    terug = request.POST.get("terug") or request.GET.get("terug") or ""
    if terug and url_has_allowed_host_and_scheme(
        terug, {request.get_host()}, require_https=request.is_secure()
    ):
        return terug
    return standaard


def werking_context(request: DeelnemerRequest, stap: str) -> dict:
    """What every page of the invulsjabloon shows: the werking, the step bar, the resume link."""
    token = token_van_browser(request, request.sessie)
    return {
        "sessie": request.sessie,
        "deelnemer": request.deelnemer,
        "werking": request.deelnemer.werking,
        "stap": stap,
        "verder_url": request.build_absolute_uri(reverse("sessies:verder", args=[token])),
        "alleen_lezen": request.sessie.status == Sessie.Status.GESLOTEN,
    }


def sessie_van_begeleider(user: AbstractBaseUser, code: str) -> Sessie:
    """A session its owner or one of its coordinators may see; 404 for anyone else."""
    sessie = get_object_or_404(Sessie, code=normaliseer_code(code))
    if sessie.eigenaar_id != user.pk and not sessie.coordinatoren.filter(pk=user.pk).exists():
        raise Http404("Onbekende sessie.")
    return sessie
