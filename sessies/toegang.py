"""Who may see what. Every participant view goes through `deelnemer_vereist`, so objects are
always looked up inside the participant's own werking: anything else answers 404."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Exists, OuterRef, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from cultuuroptil.lib.adressen import lokaal_pad
from cultuuroptil.lib.koppen import nooit_cachen
from cultuuroptil.lib.voorbereid import VoorbereideQuery

from . import live
from .models import Deelnemer, Sessie, normaliseer_code
from .services import (
    deelnemer_van_browser,
    markeer_actief,
    token_van_browser,
    zet_deelnemer_cookie,
)

GESLOTEN_MELDING = "Deze workshop is gesloten: je kan nog lezen, maar niets meer wijzigen."
PAUZE_MELDING = (
    "De begeleider vraagt even je aandacht: er wordt nu niets bewaard. Je tekst blijft in je "
    "browser staan en wordt bewaard zodra de begeleider verdergaat."
)


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
        # One query: the participant, their session, werking and gemeente, found by the hash
        # of the token their cookie holds; a GET's query also brings the live ETag's stamp.
        deelnemer = deelnemer_van_browser(
            request, normaliseer_code(code), stempel=request.method == "GET"
        )
        if deelnemer is None:
            # An unknown code is answered exactly like a known one without a participant: the
            # join page (which throttles wrong codes), or 404 for anything else.
            if request.method == "GET" and not request.headers.get("HX-Request"):
                return redirect("werking:doe_mee", normaliseer_code(code)[:20] or "-")
            raise Http404("Onbekende deelnemer.")
        sessie = deelnemer.sessie
        if request.method == "POST" and sessie.status == Sessie.Status.GESLOTEN:
            return gesloten_antwoord(request, sessie)
        if request.method == "POST" and sessie.gepauzeerd:
            return pauze_antwoord(request, sessie)
        markeer_actief(deelnemer)
        request.deelnemer = deelnemer
        request.sessie = deelnemer.sessie
        tag = None
        response = None
        if request.method == "GET":
            # Computed before rendering: a change during the render shows in the next poll.
            pagina = live.pagina_tag(request, deelnemer, sessie)
            tag = str(pagina)
            if live.ongewijzigd(request, tag):
                return live.markeer_live(live.niet_gewijzigd(tag), tag)
            request.live_etag = tag
            request.live_poll = request.headers.get("X-Live") == "1"
            soorten = getattr(view, "live_teksten", None)
            if request.live_poll and soorten:
                velden = live.tekst_delta(request, deelnemer, pagina, soorten)
                if velden is not None:
                    response = JsonResponse({"velden": velden})
        if response is None:
            response = view(request, code, *args, **kwargs)
        # The back button must show what is stored now, not a copy of a deleted card.
        nooit_cachen(response)
        zet_deelnemer_cookie(request, response)
        return live.markeer_live(response, tag) if tag and response.status_code == 200 else response

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


def pauze_antwoord(request: HttpRequest, sessie: Sessie) -> HttpResponse:
    """While the facilitator asks for attention, every save is refused (423 Locked) whatever
    sent it; autosave keeps the text as a draft and saves it when the pause ends."""
    if request.headers.get("X-Autosave") == "1":
        return JsonResponse({"status": "gepauzeerd", "fout": PAUZE_MELDING}, status=423)
    if request.headers.get("HX-Request"):
        return HttpResponse(PAUZE_MELDING, status=423, content_type="text/plain")
    response = render(
        request,
        "sessies/pauze.html",
        {"sessie": sessie, "melding": PAUZE_MELDING, "terug": terug_url(request, "")},
        status=423,
    )
    nooit_cachen(response)
    return response


def terug_url(request: HttpRequest, standaard: str) -> str:
    """Where a plain form post returns to: the posted `terug`, if it is a path of ours."""
    return lokaal_pad(request.POST.get("terug") or request.GET.get("terug")) or standaard


def werking_context(request: DeelnemerRequest, stap: str) -> dict:
    """What every page of the invulsjabloon shows: the werking, the step bar, the resume link."""
    token = token_van_browser(request, request.sessie)
    return {
        "sessie": request.sessie,
        "deelnemer": request.deelnemer,
        "werking": request.deelnemer.werking,
        "stap": stap,
        "verder_url": verder_link(request, token),
        "alleen_lezen": request.sessie.status == Sessie.Status.GESLOTEN,
        "zaal": live.zaal_context(request.sessie, stap),
        # Who is who, for "Sofie wijzigde dit": one query, only when a page asks.
        "bewerkers": SimpleLazyObject(
            lambda: dict(Deelnemer.objects.filter(sessie=request.sessie).values_list("pk", "naam"))
        ),
    }


def verder_link(request: HttpRequest, token: str | None) -> str:
    """The personal resume link. The token sits in the fragment (after #): browsers never send
    it, so it reaches no access log; /verder/'s page posts it (static/js/verder.js)."""
    return request.build_absolute_uri(reverse("sessies:verder")) + f"#{token or ''}"


def _sessie_rijen(code: str, user_pk: int, annotaties: dict[str, Any]) -> QuerySet:
    coordinator = Sessie.coordinatoren.through.objects.filter(sessie=OuterRef("pk"), user=user_pk)
    return (
        Sessie.objects.filter(code=code)
        .annotate(_coordinator=Exists(coordinator), **annotaties)
        .order_by()[:1]
    )


def _mag_zien(sessie: Sessie | None, user: AbstractBaseUser) -> Sessie:
    if sessie is None or (sessie.eigenaar_id != user.pk and not sessie._coordinator):
        raise Http404("Onbekende sessie.")
    return sessie


def sessie_van_begeleider(user: AbstractBaseUser, code: str, **annotaties: Any) -> Sessie:
    """A session its owner or one of its coordinators may see; 404 for anyone else. One query,
    which may carry `annotaties` too."""
    rijen = _sessie_rijen(normaliseer_code(code), user.pk, annotaties)
    return _mag_zien(next(iter(rijen), None), user)


def begeleider_query(annotaties: Callable[..., dict], *plaatshouders: object) -> VoorbereideQuery:
    """`sessie_van_begeleider`'s query with `annotaties(*values)` (a live page's ETag stamp),
    compiled once: polled every few seconds, building it cost more than the rest together."""
    return VoorbereideQuery(
        lambda code, user_pk, *rest: _sessie_rijen(code, user_pk, annotaties(*rest)),
        "#code#",
        -424_242,
        *plaatshouders,
    )


def sessie_voor_begeleider(
    query: VoorbereideQuery, user: AbstractBaseUser, code: str, *waarden: object
) -> Sessie:
    """The session as `sessie_van_begeleider` finds it, through a `begeleider_query`."""
    return _mag_zien(query.eerste(normaliseer_code(code), user.pk, *waarden), user)
