import json

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.text import capfirst
from django.views.decorators.http import require_http_methods, require_POST

from cultuuroptil.lib.autosave import Veldresultaat, bewaar_in_werking, geregistreerd
from cultuuroptil.lib.koppen import nooit_cachen

from .forms import CodeForm
from .models import normaliseer_code
from .services import (
    bewaar_als_deelnemer,
    deelnemer_met_token,
    deelnemer_van_browser,
    onthoud_deelnemer,
    verder_link_verlopen,
)
from .toegang import DeelnemerRequest, deelnemer_vereist, terug_url, werking_context


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "sessies/home.html", {"form": CodeForm()})


@require_http_methods(["GET"])
def code_ingeven(request: HttpRequest) -> HttpResponse:
    """The home page's code field; also answers a code of the wrong length with the reason.
    Every well-formed code goes on to its join page, which alone decides (and counts wrong
    codes), so this answer does not tell a guesser whether a code exists."""
    form = CodeForm(request.GET or None)
    if form.is_valid():
        return redirect("werking:doe_mee", form.cleaned_data["code"])
    status = 400 if form.is_bound else 200
    return render(request, "sessies/home.html", {"form": form}, status=status)


@require_http_methods(["GET", "POST"])
def verder(request: HttpRequest) -> HttpResponse:
    """The personal resume link (/verder/#token): brings a participant back on any device.

    The token comes in the fragment, which browsers never send: the page's script posts it
    (without JavaScript the participant pastes it), so it reaches no access log. A browser
    that already takes part in that session as someone else is asked first, so a link someone
    else planted cannot silently swap who this browser is.
    """
    if request.method == "GET":
        return render(request, "sessies/verder.html", {"token": ""})
    token = request.POST.get("token", "").strip().lstrip("#")[:100]
    deelnemer = deelnemer_met_token(token) if token else None
    if deelnemer is None:
        return render(request, "sessies/verder_onbekend.html", status=404)
    if verder_link_verlopen(deelnemer):
        return render(request, "sessies/verder_onbekend.html", {"verlopen": True}, status=410)
    huidige = deelnemer_van_browser(request, deelnemer.sessie)
    if huidige is not None and huidige.pk != deelnemer.pk and request.POST.get("wissel") != "ja":
        context = {
            "huidige": huidige,
            "deelnemer": deelnemer,
            "sessie": deelnemer.sessie,
            "token": token,
        }
        return render(request, "sessies/verder_wisselen.html", context)
    response = redirect("werking:stap1", deelnemer.sessie.code)
    onthoud_deelnemer(request, response, deelnemer.sessie, token)
    return response


@require_http_methods(["GET"])
def verder_oud(request: HttpRequest, token: str) -> HttpResponse:
    """An old link with the token in the path: nothing happens on GET (a link preview or a
    crawler must not log anyone in); the page posts the token on a click."""
    return render(request, "sessies/verder.html", {"token": token[:100]})


def bewerker_naam(request: DeelnemerRequest, resultaat: Veldresultaat) -> str:
    """Who saved the text a conflict shows, as the conflict message names them."""
    if resultaat.door_id is None:
        return ""
    if resultaat.door_id == request.deelnemer.pk:
        return "Jij (in een ander venster)"
    return resultaat.door_naam


def bewaar(request: HttpRequest, code: str, soort: str, pk: int, veld: str) -> HttpResponse:
    """Save one text field. JavaScript's autosave gets JSON; a plain form post is redirected
    back, or shown the conflict or the error on a page of its own.

    An autosave that saves while nothing else is due is one query: the compare-and-swap,
    which finds the participant's werking itself (`bewaar_als_deelnemer`). Anything else
    (a conflict, refused text, a closed or paused session, a stranger, the activity stamp
    due) goes through `deelnemer_vereist` and answers as it always did."""
    if request.method == "POST" and request.META.get("HTTP_X_AUTOSAVE") == "1":
        registratie = geregistreerd(soort, veld)
        if registratie is not None and "waarde" in request.POST:
            resultaat = bewaar_als_deelnemer(
                request,
                normaliseer_code(code),
                registratie,
                pk,
                veld,
                request.POST["waarde"],
                _basis(request),
            )
            if resultaat is not None:
                response = _json_antwoord(resultaat, "")
                nooit_cachen(response)
                return response
    return _bewaar(request, code, soort, pk, veld)


def _basis(request: HttpRequest) -> str:
    return request.POST.get("basis", request.POST.get("waarde__basis", ""))


def _json_antwoord(resultaat: Veldresultaat, door: str) -> HttpResponse:
    """autosave.js's answer. Plain json.dumps: JsonResponse makes its encoder class anew for
    every answer, and this is the most frequent one."""
    antwoord = {"status": resultaat.status, "waarde": resultaat.waarde, "fout": resultaat.fout}
    if resultaat.status == "conflict":
        antwoord["door"] = door  # "Sofie wijzigde dit intussen"
    status = {"opgeslagen": 200, "conflict": 409, "ongeldig": 400}[resultaat.status]
    return HttpResponse(json.dumps(antwoord), content_type="application/json", status=status)


@deelnemer_vereist
@require_POST
def _bewaar(request: DeelnemerRequest, code: str, soort: str, pk: int, veld: str) -> HttpResponse:
    """Two queries (the participant, the compare-and-swap), besides the throttled activity
    write: the row is not loaded first; a conflict or a missing row costs one more."""
    registratie = geregistreerd(soort, veld)
    if registratie is None:
        raise Http404("Onbekend veld.")
    werking_id = request.deelnemer.werking_id
    autosave = request.headers.get("X-Autosave") == "1"
    if "waarde" not in request.POST:
        # A post without the field must never empty it.
        rij = registratie.rijen(werking_id).filter(pk=pk).values_list(veld, flat=True)
        huidig = next(iter(rij.order_by()[:1]), None)
        if huidig is None:
            raise Http404("Onbekend.")
        return JsonResponse(
            {"status": "ongeldig", "waarde": huidig, "fout": "Er kwam geen tekst mee."},
            status=400,
        )
    nieuw = request.POST["waarde"]
    basis = _basis(request)
    resultaat = bewaar_in_werking(
        registratie, werking_id, pk, veld, nieuw, basis, door_id=request.deelnemer.pk
    )
    if resultaat is None:
        raise Http404("Onbekend.")
    door = bewerker_naam(request, resultaat)
    if autosave:
        return _json_antwoord(resultaat, door)
    terug = terug_url(request, reverse("werking:stap1", args=[request.sessie.code]))
    if resultaat.gelukt:
        messages.success(request, "Bewaard.")
        return redirect(terug)
    model_veld = registratie.model._meta.get_field(veld)
    veld_info = {
        "naam": "waarde",
        "label": capfirst(model_veld.verbose_name),
        "waarde": nieuw,
        "basis": resultaat.waarde,
        "maxlength": model_veld.max_length,
        "resultaat": resultaat,
        "door": door,
    }
    return render(
        request,
        "sessies/veld_opnieuw.html",
        werking_context(request, "") | {"veld": veld_info, "terug": terug},
        status=409 if resultaat.status == "conflict" else 400,
    )
