from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .forms import CodeForm, DoeMeeForm, SessieForm, StatusForm
from .models import Sessie
from .services import (
    deelnemer_met_token,
    deelnemer_van_browser,
    geef_code_uit,
    onthoud_deelnemer,
    zoek_sessie,
)
from .services import doe_mee as voeg_deelnemer_toe
from .toegang import sessie_van_begeleider


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
def doe_mee(request: HttpRequest, code: str) -> HttpResponse:
    sessie = zoek_sessie(code)
    if sessie is None:
        return render(
            request,
            "sessies/home.html",
            {
                "form": CodeForm(initial={"code": code}),
                "fout": f"We vinden geen workshop met de code '{code[:20]}'. Kijk ze nog eens na "
                "of vraag ze aan je begeleider.",
            },
            status=404,
        )
    deelnemer = deelnemer_van_browser(request, sessie)
    if deelnemer is not None:
        return redirect("werking:stap1", sessie.code)
    if not sessie.open_voor_deelnemers:
        return render(request, "sessies/doe_mee_dicht.html", {"sessie": sessie}, status=403)

    werkingen = list(sessie.werkingen.select_related("gemeente"))
    form = DoeMeeForm(request.POST or None, werkingen=werkingen)
    if request.method == "POST" and form.is_valid():
        deelnemer, token = voeg_deelnemer_toe(
            sessie,
            form.cleaned_data["naam"],
            werking=form.gekozen_werking(),
            nieuwe_werking_naam=form.cleaned_data["nieuwe_werking"],
            gemeente=form.cleaned_data["gemeente"],
        )
        onthoud_deelnemer(request, sessie, token)
        messages.success(
            request, f"Welkom, {deelnemer.naam}! Jullie werken samen aan {deelnemer.werking.naam}."
        )
        return redirect("werking:stap1", sessie.code)
    return render(request, "sessies/doe_mee.html", {"sessie": sessie, "form": form})


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


@login_required
def overzicht(request: HttpRequest) -> HttpResponse:
    # Coordinators see the sessions they may read too.
    sessies = (
        Sessie.objects.filter(Q(eigenaar=request.user) | Q(coordinatoren=request.user))
        .distinct()
        .order_by("-datum", "-aangemaakt")
    )
    return render(request, "sessies/overzicht.html", {"sessies": sessies})


@login_required
@require_http_methods(["GET", "POST"])
def nieuw(request: HttpRequest) -> HttpResponse:
    form = SessieForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        sessie = form.save(commit=False)
        sessie.eigenaar = request.user
        sessie.code = geef_code_uit()
        sessie.save()
        messages.success(
            request, f"De sessie is klaar. Deelnemers doen mee met code {sessie.code}."
        )
        return redirect(sessie)
    return render(request, "sessies/nieuw.html", {"form": form})


@login_required
def detail(request: HttpRequest, code: str) -> HttpResponse:
    sessie = sessie_van_begeleider(request.user, code)
    werkingen = sessie.werkingen.select_related("gemeente").prefetch_related("deelnemers")
    deelname_url = request.build_absolute_uri(sessie.deelname_url())
    return render(
        request,
        "sessies/detail.html",
        {
            "sessie": sessie,
            "werkingen": werkingen,
            "deelname_url": deelname_url,
            "statussen": Sessie.Status.choices,
        },
    )


@login_required
@require_http_methods(["POST"])
def status(request: HttpRequest, code: str) -> HttpResponse:
    """Open, lock (no new participants) or close (read only) a session. Only its owner."""
    sessie = sessie_van_begeleider(request.user, code)
    if sessie.eigenaar_id != request.user.pk:
        raise Http404("Alleen de begeleider van de sessie wijzigt de status.")
    form = StatusForm(request.POST)
    if form.is_valid():
        sessie.status = form.cleaned_data["status"]
        sessie.save(update_fields=["status"])
        messages.success(request, f"De sessie is nu {sessie.get_status_display().lower()}.")
    return redirect(sessie)
