"""The facilitator's pages: their sessions, a new session, a session's page and its status."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from inspiratie.models import LokaalVoorbeeld
from inspiratie.services import (
    Ongeldig,
    aanvaard_voorbeeld,
    categorieen_van,
    voeg_categorie_toe,
    voeg_lokaal_voorbeeld_toe,
)
from partnerkaarten.forms import CategorieForm, VoorbeeldForm
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


def eigen_sessie(request: HttpRequest, code: str) -> Sessie:
    """Only the session's own facilitator changes its inspiratielijst; anyone else gets 404."""
    sessie = sessie_van_begeleider(request.user, code)
    if sessie.eigenaar_id != request.user.pk:
        raise Http404("Alleen de begeleider van de sessie wijzigt de inspiratielijst.")
    return sessie


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
    sessie = eigen_sessie(request, code)
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
    sessie = eigen_sessie(request, code)
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
    sessie = eigen_sessie(request, code)
    voorbeeld = voorbeeld_van(sessie, pk)
    aanvaard_voorbeeld(voorbeeld)
    messages.success(request, f"{voorbeeld.naam} is aanvaard: de hele zaal ziet het nu.")
    return redirect(reverse("begeleiding:inspiratie", args=[sessie.code]) + "#voorstellen")


@login_required
@require_POST
def voorbeeld_weg(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    sessie = eigen_sessie(request, code)
    voorbeeld = voorbeeld_van(sessie, pk)
    voorbeeld.delete()
    messages.success(request, f"{voorbeeld.naam} is uit de inspiratielijst van de zaal gehaald.")
    return redirect("begeleiding:inspiratie", sessie.code)
