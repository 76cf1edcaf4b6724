"""The facilitator's pages: their sessions, a new session, a session's page and its status."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from inspiratie.models import LokaalVoorbeeld
from inspiratie.services import (
    Ongeldig,
    aanvaard_voorbeeld,
    categorieen_van,
    voeg_categorie_toe,
    voeg_lokaal_voorbeeld_toe,
)
from partnerkaarten.forms import CategorieForm, VoorbeeldForm
from partnerkaarten.services import (
    bollenschema,
    combinaties_van,
    kaarten_van,
    netwerk_van,
    zaalschema,
)
from sessies import live as sessie_live
from sessies.fasen import FASEN, fase_van
from sessies.models import Sessie
from sessies.services import geef_code_uit
from sessies.toegang import sessie_van_begeleider
from werking.services import kenmerk_kolommen

from . import live
from .forms import FaseForm, PauzeForm, SessieForm, StatusForm, TimerForm


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
@require_GET
def detail(request: HttpRequest, code: str) -> HttpResponse:
    """The live dashboard. Its region polls every 3 s; a poll that would show nothing new
    answers 304 from the ETag alone, without rendering."""
    sessie = sessie_van_begeleider(request.user, code)
    eigenaar = sessie.eigenaar_id == request.user.pk
    tag = live.dashboard_etag(sessie, eigenaar, bool(request.htmx))
    if sessie_live.ongewijzigd(request, tag):
        return sessie_live.markeer_live(sessie_live.niet_gewijzigd(tag), tag)
    context = {
        "sessie": sessie,
        "eigenaar": eigenaar,
        "werkingen": live.werkingen_met_voortgang(sessie),
        "deelname_url": request.build_absolute_uri(sessie.deelname_url()),
        "statussen": Sessie.Status.choices,
        "fasen": FASEN.values(),
        "fase": fase_van(sessie),
        "timer": sessie_live.timer_van(sessie),
        "servertijd": sessie_live.servertijd_ms(),
        "etag": tag,
    }
    template = "begeleiding/detail.html"
    if request.htmx:
        template += "#dashboard"
    response = render(request, template, context)
    add_never_cache_headers(response)
    return sessie_live.markeer_live(response, tag)


@login_required
@require_GET
def werking(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    """One werking's whole invulsjabloon, read only, for the facilitator and coordinators."""
    sessie = sessie_van_begeleider(request.user, code)
    gekozen = get_object_or_404(sessie.werkingen.select_related("gemeente"), pk=pk)
    behouden, _ = netwerk_van(gekozen)
    context = {
        "sessie": sessie,
        "werking": gekozen,
        "deelnemers": list(gekozen.deelnemers.order_by("aangemaakt", "pk")),
        "kolommen": kenmerk_kolommen(gekozen),
        "kaarten": list(kaarten_van(gekozen)),
        "bollen": bollenschema(gekozen),
        "combinaties": list(combinaties_van(gekozen)),
        "behouden": behouden,
    }
    return render(request, "begeleiding/werking.html", context)


def sessie_van_eigenaar(request: HttpRequest, code: str) -> Sessie:
    """Only the session's own facilitator drives it; coordinators and others get 404."""
    sessie = sessie_van_begeleider(request.user, code)
    if sessie.eigenaar_id != request.user.pk:
        raise Http404("Alleen de begeleider van de sessie stuurt de zaal.")
    return sessie


@login_required
@require_http_methods(["POST"])
def status(request: HttpRequest, code: str) -> HttpResponse:
    """Open, lock (no new participants) or close (read only) a session. Only its owner."""
    sessie = sessie_van_eigenaar(request, code)
    form = StatusForm(request.POST)
    if form.is_valid():
        sessie.status = form.cleaned_data["status"]
        # `gewijzigd` too: participants' live pages turn read-only when the session closes.
        sessie.save(update_fields=["status", "gewijzigd"])
        messages.success(request, f"De sessie is nu {sessie.get_status_display().lower()}.")
    return redirect(sessie)


@login_required
@require_POST
def fase(request: HttpRequest, code: str) -> HttpResponse:
    sessie = sessie_van_eigenaar(request, code)
    form = FaseForm(request.POST)
    if form.is_valid():
        live.zet_fase(sessie, form.cleaned_data["fase"])
        messages.success(request, f"De zaal staat nu op {fase_van(sessie).titel}.")
    else:
        messages.error(request, "Kies een stap uit de lijst.")
    return redirect(sessie)


@login_required
@require_POST
def pauze(request: HttpRequest, code: str) -> HttpResponse:
    """Ask the room's attention (every participant page read-only) or let them go on."""
    sessie = sessie_van_eigenaar(request, code)
    form = PauzeForm(request.POST)
    if form.is_valid():
        gepauzeerd = form.cleaned_data["gepauzeerd"] == "ja"
        live.zet_pauze(sessie, gepauzeerd)
        messages.success(
            request,
            "Je vraagt de aandacht: deelnemers kunnen even niets wijzigen."
            if gepauzeerd
            else "Deelnemers werken verder.",
        )
    return redirect(sessie)


@login_required
@require_POST
def timer(request: HttpRequest, code: str) -> HttpResponse:
    sessie = sessie_van_eigenaar(request, code)
    form = TimerForm(request.POST)
    if not form.is_valid():
        for fouten in form.errors.values():
            for fout in fouten:
                messages.error(request, fout)
        return redirect(sessie)
    actie = form.cleaned_data["actie"]
    if actie == "start":
        live.start_timer(sessie, form.cleaned_data["minuten"])
    elif actie == "pauze":
        live.pauzeer_timer(sessie)
    elif actie == "verder":
        live.hervat_timer(sessie)
    elif actie == "minuut":
        live.minuut_erbij(sessie)
    else:
        live.reset_timer(sessie)
    return redirect(sessie)


def inspiratie_context(
    sessie: Sessie,
    voorbeeld_form: VoorbeeldForm | None = None,
    categorie_form: CategorieForm | None = None,
) -> dict:
    voorbeelden = list(
        LokaalVoorbeeld.objects.filter(sessie=sessie)
        .select_related("categorie", "gemeente", "voorgesteld_door")
        .order_by("aanvaard", "categorie__volgorde", "naam", "id")
    )
    return {
        "sessie": sessie,
        "voorstellen": [v for v in voorbeelden if not v.aanvaard],
        "lokaal": [v for v in voorbeelden if v.aanvaard],
        "extra_categorieen": list(categorieen_van(sessie.pk).filter(sessie=sessie)),
        "voorbeeld_form": voorbeeld_form or VoorbeeldForm(sessie_id=sessie.pk),
        "categorie_form": categorie_form or CategorieForm(),
    }


@login_required
@require_http_methods(["GET", "POST"])
def inspiratie(request: HttpRequest, code: str) -> HttpResponse:
    """The session's own inspiratielijst: local examples of the region, extra categories and
    the participants' proposals to accept. The kit's list itself is never changed."""
    sessie = sessie_van_eigenaar(request, code)
    form = VoorbeeldForm(request.POST or None, sessie_id=sessie.pk)
    if request.method == "POST" and form.is_valid():
        try:
            voorbeeld = voeg_lokaal_voorbeeld_toe(
                sessie.pk,
                form.cleaned_data["categorie"],
                form.cleaned_data["naam"],
                form.cleaned_data["gemeente"],
            )
        except Ongeldig as fout:
            form.add_error("naam", str(fout))
        else:
            messages.success(request, f"{voorbeeld.naam} staat in de inspiratielijst van de zaal.")
            return redirect("begeleiding:inspiratie", sessie.code)
    context = inspiratie_context(sessie, voorbeeld_form=form if request.method == "POST" else None)
    status = 400 if request.method == "POST" else 200
    return render(request, "begeleiding/inspiratie.html", context, status=status)


@login_required
@require_POST
def inspiratie_categorie(request: HttpRequest, code: str) -> HttpResponse:
    sessie = sessie_van_eigenaar(request, code)
    form = CategorieForm(request.POST)
    if form.is_valid():
        try:
            categorie = voeg_categorie_toe(
                sessie.pk, form.cleaned_data["naam"], form.cleaned_data["soort"]
            )
        except Ongeldig as fout:
            form.add_error("naam", str(fout))
        else:
            messages.success(request, f"De categorie {categorie.naam} is toegevoegd.")
            return redirect("begeleiding:inspiratie", sessie.code)
    context = inspiratie_context(sessie, categorie_form=form)
    return render(request, "begeleiding/inspiratie.html", context, status=400)


def voorbeeld_van(sessie: Sessie, pk: int) -> LokaalVoorbeeld:
    return get_object_or_404(LokaalVoorbeeld, pk=pk, sessie=sessie)


@login_required
@require_POST
def voorbeeld_aanvaard(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    sessie = sessie_van_eigenaar(request, code)
    voorbeeld = voorbeeld_van(sessie, pk)
    aanvaard_voorbeeld(voorbeeld)
    messages.success(request, f"{voorbeeld.naam} is aanvaard: de hele zaal ziet het nu.")
    return redirect(reverse("begeleiding:inspiratie", args=[sessie.code]) + "#voorstellen")


@login_required
@require_POST
def voorbeeld_weg(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    sessie = sessie_van_eigenaar(request, code)
    voorbeeld = voorbeeld_van(sessie, pk)
    voorbeeld.delete()
    messages.success(request, f"{voorbeeld.naam} is uit de inspiratielijst van de zaal gehaald.")
    return redirect("begeleiding:inspiratie", sessie.code)


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
