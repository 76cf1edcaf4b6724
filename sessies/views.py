from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import capfirst
from django.views.decorators.http import require_http_methods, require_POST

from cultuuroptil.lib.autosave import bewaar_veld, geregistreerd

from .forms import CodeForm
from .services import deelnemer_met_token, deelnemer_van_browser, onthoud_deelnemer, zoek_sessie
from .toegang import DeelnemerRequest, deelnemer_vereist, terug_url, werking_context


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "sessies/home.html", {"form": CodeForm()})


@require_http_methods(["GET"])
def code_ingeven(request: HttpRequest) -> HttpResponse:
    """The home page's code field; also answers a mistyped code with the reason."""
    form = CodeForm(request.GET or None)
    if form.is_valid():
        sessie = zoek_sessie(form.cleaned_data["code"])
        if sessie is not None:
            return redirect(sessie.deelname_url())
        form.add_error(
            "code",
            "We vinden geen workshop met deze code. Kijk ze nog eens na of vraag ze aan je "
            "begeleider.",
        )
    status = 404 if form.is_bound else 200
    return render(request, "sessies/home.html", {"form": form}, status=status)


@require_http_methods(["GET", "POST"])
def verder(request: HttpRequest, token: str) -> HttpResponse:
    """The personal resume link: brings a participant back on any device.

    A browser that already takes part in that session as someone else is asked first, so a
    link someone else planted cannot silently swap who this browser is.
    """
    deelnemer = deelnemer_met_token(token)
    if deelnemer is None:
        return render(request, "sessies/verder_onbekend.html", status=404)
    huidige = deelnemer_van_browser(request, deelnemer.sessie)
    if request.method == "GET" and huidige is not None and huidige.pk != deelnemer.pk:
        context = {"huidige": huidige, "deelnemer": deelnemer, "sessie": deelnemer.sessie}
        return render(request, "sessies/verder_wisselen.html", context)
    onthoud_deelnemer(request, deelnemer.sessie, token)
    return redirect("werking:stap1", deelnemer.sessie.code)


@deelnemer_vereist
@require_POST
def bewaar(request: DeelnemerRequest, code: str, soort: str, pk: int, veld: str) -> HttpResponse:
    """Save one text field. JavaScript's autosave gets JSON; a plain form post is redirected
    back, or shown the conflict or the error on a page of its own."""
    registratie = geregistreerd(soort, veld)
    if registratie is None:
        raise Http404("Onbekend veld.")
    instance = get_object_or_404(registratie.queryset(request.deelnemer.werking), pk=pk)
    autosave = request.headers.get("X-Autosave") == "1"
    if "waarde" not in request.POST:
        # A post without the field must never empty it.
        return JsonResponse(
            {
                "status": "ongeldig",
                "waarde": getattr(instance, veld),
                "fout": "Er kwam geen tekst mee.",
            },
            status=400,
        )
    nieuw = request.POST["waarde"]
    basis = request.POST.get("basis", request.POST.get("waarde__basis", ""))
    resultaat = bewaar_veld(instance, veld, nieuw, basis)
    if autosave:
        status = {"opgeslagen": 200, "conflict": 409, "ongeldig": 400}[resultaat.status]
        return JsonResponse(
            {"status": resultaat.status, "waarde": resultaat.waarde, "fout": resultaat.fout},
            status=status,
        )
    terug = terug_url(request, reverse("werking:stap1", args=[request.sessie.code]))
    if resultaat.gelukt:
        messages.success(request, "Bewaard.")
        return redirect(terug)
    veld_info = {
        "naam": "waarde",
        "label": capfirst(instance._meta.get_field(veld).verbose_name),
        "waarde": nieuw,
        "basis": resultaat.waarde,
        "maxlength": instance._meta.get_field(veld).max_length,
        "resultaat": resultaat,
    }
    return render(
        request,
        "sessies/veld_opnieuw.html",
        werking_context(request, "") | {"veld": veld_info, "terug": terug},
        status=409 if resultaat.status == "conflict" else 400,
    )
