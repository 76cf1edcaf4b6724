"""The facilitator's pages: their sessions, a new session, a session's page and its status."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from partnerkaarten.services import zaalschema
from sessies.models import Sessie
from sessies.services import geef_code_uit
from sessies.toegang import sessie_van_begeleider

from .forms import SessieForm, StatusForm


@login_required
def overzicht(request: HttpRequest) -> HttpResponse:
    # Coordinators see the sessions they may read too.
    sessies = (
        Sessie.objects.filter(Q(eigenaar=request.user) | Q(coordinatoren=request.user))
        .distinct()
        .order_by("-datum", "-aangemaakt")
    )
    return render(request, "begeleiding/overzicht.html", {"sessies": sessies})


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
    return render(request, "begeleiding/nieuw.html", {"form": form})


@login_required
def detail(request: HttpRequest, code: str) -> HttpResponse:
    sessie = sessie_van_begeleider(request.user, code)
    werkingen = sessie.werkingen.select_related("gemeente").prefetch_related("deelnemers")
    deelname_url = request.build_absolute_uri(sessie.deelname_url())
    return render(
        request,
        "begeleiding/detail.html",
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


@login_required
@require_GET
def zaal_bollenschema(request: HttpRequest, code: str) -> HttpResponse:
    """The room's bollenschema: every organisation's partners in one picture, for the
    facilitator and the projector (which includes templates/onderdelen/zaal_bollenschema.html)."""
    sessie = sessie_van_begeleider(request.user, code)
    return render(
        request,
        "begeleiding/bollenschema.html",
        {"sessie": sessie, "zaal": zaalschema(sessie.pk)},
    )
