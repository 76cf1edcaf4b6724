"""The facilitator's pages: their sessions, a session's page, the projector, tidying the room
and coordinators. Reading is for the owner and the session's coordinators; every change is for
the owner only (`eigen_sessie`: 404 for anyone else)."""

import functools

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotModified
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import trigger_client_event

from cultuuroptil.lib.koppen import nooit_cachen
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
    Doek,
    bollenschema,
    combinaties_van,
    kaarten_van,
    netwerk_van,
    zaalschema,
)
from sessies import live as sessie_live
from sessies.fasen import FASEN, fase_van
from sessies.models import Deelnemer, Sessie
from sessies.services import geef_code_uit
from sessies.toegang import sessie_van_begeleider, sessie_voor_begeleider
from werking.models import Kenmerk
from werking.services import kenmerk_kolommen

from . import live, services
from .forms import (
    FaseForm,
    NieuwAccountForm,
    PauzeForm,
    SamenvoegForm,
    SessieForm,
    StatusForm,
    TimerForm,
)
from .models import Opruiming, Uitnodiging


def vereis_begeleider(request: HttpRequest) -> None:
    if not services.is_begeleider(request.user):
        raise PermissionDenied("Alleen begeleiders maken sessies aan.")


@login_required
def overzicht(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "begeleiding/overzicht.html",
        {
            "groepen": services.sessies_van(request.user),
            "is_begeleider": services.is_begeleider(request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def nieuw(request: HttpRequest) -> HttpResponse:
    vereis_begeleider(request)
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
@require_http_methods(["GET", "POST"])
def bewerk(request: HttpRequest, code: str) -> HttpResponse:
    sessie = services.eigen_sessie(request.user, code)
    form = SessieForm(request.POST or None, instance=sessie)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "De sessie is bijgewerkt.")
        return redirect(sessie)
    return render(request, "begeleiding/bewerk.html", {"form": form, "sessie": sessie})


@login_required
@require_POST
def dupliceer(request: HttpRequest, code: str) -> HttpResponse:
    sessie = services.eigen_sessie(request.user, code)
    vereis_begeleider(request)
    kopie = services.dupliceer(sessie)
    messages.success(
        request, f"Kopie gemaakt met een nieuwe code, {kopie.code}, en nog zonder deelnemers."
    )
    return redirect(kopie)


@login_required
@require_http_methods(["GET", "POST"])
def verwijder(request: HttpRequest, code: str) -> HttpResponse:
    sessie = services.eigen_sessie(request.user, code)
    if request.method == "POST":
        titel = sessie.titel
        services.verwijder_sessie(sessie)
        messages.success(request, f'"{titel}" is verwijderd, met alle gegevens van de deelnemers.')
        return redirect("begeleiding:overzicht")
    return render(
        request,
        "begeleiding/verwijder.html",
        {"sessie": sessie, "aantallen": services.wat_verdwijnt(sessie)},
    )


@login_required
@require_GET
def detail(request: HttpRequest, code: str) -> HttpResponse:
    """The live dashboard. Its region polls every 3 s; a poll that would show nothing new
    answers 304 from the ETag alone, without rendering."""
    sessie = sessie_voor_begeleider(live.DASHBOARD, request.user, code, live.actief_sinds())
    eigenaar = sessie.eigenaar_id == request.user.pk
    tag = live.dashboard_etag(sessie, eigenaar, bool(request.htmx))
    if sessie_live.ongewijzigd(request, tag):
        return sessie_live.markeer_live(sessie_live.niet_gewijzigd(tag), tag)
    werkingen = live.werkingen_met_voortgang(sessie)
    context = bediening_context(sessie) | {
        "eigenaar": eigenaar,
        "werkingen": werkingen,
        "werkingkaarten": [werkingkaart(w) for w in werkingen],
        "is_eigenaar": eigenaar,
        "fase": fase_van(sessie),
        "etag": tag,
    }
    template = "begeleiding/detail.html"
    if request.htmx:
        # The poll swaps the live region only: no join address nor QR code (drawing it cost
        # more than the rest of the poll).
        template += "#dashboard"
    else:
        deelname_url = services.deelname_url(request, sessie)
        context |= {
            "deelname_url": deelname_url,
            "url_delen": services.url_delen(deelname_url),
            "qr": services.qr_svg(deelname_url, f"QR-code: {deelname_url}"),
        }
    response = render(request, template, context)
    nooit_cachen(response)
    return sessie_live.markeer_live(response, tag)


@functools.lru_cache(maxsize=2048)
def werkingkaart(voortgang: live.Voortgang) -> str:
    """One werking's card on the dashboard, kept per value: in a busy room nearly every poll
    finds news, but in one or two werkingen, and rendering the cards was most of the poll.
    Voortgang holds all the card shows, so an equal value renders equal HTML."""
    return render_to_string("begeleiding/detail.html#werkingkaart", {"w": voortgang})


@login_required
@require_GET
def werking(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    """One werking's whole invulsjabloon, read only, for the facilitator and coordinators."""
    sessie = sessie_van_begeleider(request.user, code)
    gekozen = get_object_or_404(sessie.werkingen.select_related("gemeente"), pk=pk)
    behouden = netwerk_van(gekozen).behouden
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


def geldige_id(tekst: str) -> int:
    """A posted id, or 404 for anything that is not a plain ASCII number of at most 18 digits."""
    if not (tekst.isascii() and tekst.isdigit() and len(tekst) <= 18):
        raise Http404("Onbekend.")
    return int(tekst)


def sessie_van_eigenaar(request: HttpRequest, code: str) -> Sessie:
    """Only the session's own facilitator drives it; coordinators and others get 404."""
    return services.eigen_sessie(request.user, code)


def bediening_context(sessie: Sessie) -> dict:
    """What the room's controls (detail.html#bediening) show."""
    return {
        "sessie": sessie,
        "statussen": Sessie.Status.choices,
        "fasen": FASEN.values(),
        "timer": sessie_live.timer_van(sessie),
        "servertijd": sessie_live.servertijd_ms(),
    }


def terug_naar_bediening(
    request: HttpRequest,
    sessie: Sessie,
    melding: str,
    fout: bool = False,
    minuten: object = None,
) -> HttpResponse:
    """After a room control the facilitator stays at the controls. With htmx the controls
    come back to be swapped in place (the message in their live region beside them, the
    dashboard told to catch up at once); without JavaScript a redirect to their anchor."""
    if request.htmx:
        context = bediening_context(sessie) | {
            "melding": melding,
            "melding_fout": fout,
            "minuten": minuten,
        }
        template = "begeleiding/detail.html#bediening_antwoord"
        response = render(request, template, context, status=400 if fout else 200)
        nooit_cachen(response)
        return trigger_client_event(response, "zaal-gewijzigd")
    if melding:
        (messages.error if fout else messages.success)(request, melding)
    return redirect(sessie.get_absolute_url() + "#bediening")


@login_required
@require_POST
def status(request: HttpRequest, code: str) -> HttpResponse:
    """Open, lock (no new participants) or close (read only) a session. Only its owner."""
    sessie = sessie_van_eigenaar(request, code)
    form = StatusForm(request.POST)
    if not form.is_valid():
        return terug_naar_bediening(request, sessie, "Kies een status uit de lijst.", fout=True)
    sessie.status = form.cleaned_data["status"]
    # `gewijzigd` too: participants' live pages turn read-only when the session closes.
    sessie.save(update_fields=["status", "gewijzigd"])
    melding = f"De sessie is nu {sessie.get_status_display().lower()}."
    if request.POST.get("terug") == "overzicht":
        messages.success(request, melding)
        return redirect("begeleiding:overzicht")
    return terug_naar_bediening(request, sessie, melding)


@login_required
@require_POST
def fase(request: HttpRequest, code: str) -> HttpResponse:
    sessie = sessie_van_eigenaar(request, code)
    form = FaseForm(request.POST)
    if not form.is_valid():
        return terug_naar_bediening(request, sessie, "Kies een stap uit de lijst.", fout=True)
    live.zet_fase(sessie, form.cleaned_data["fase"])
    return terug_naar_bediening(request, sessie, f"De zaal staat nu op {fase_van(sessie).titel}.")


@login_required
@require_POST
def pauze(request: HttpRequest, code: str) -> HttpResponse:
    """Ask the room's attention (every participant page read-only) or let them go on."""
    sessie = sessie_van_eigenaar(request, code)
    form = PauzeForm(request.POST)
    if not form.is_valid():
        return terug_naar_bediening(request, sessie, "Kies of de zaal pauzeert.", fout=True)
    gepauzeerd = form.cleaned_data["gepauzeerd"] == "ja"
    live.zet_pauze(sessie, gepauzeerd)
    return terug_naar_bediening(
        request,
        sessie,
        "Je vraagt de aandacht: deelnemers kunnen even niets wijzigen."
        if gepauzeerd
        else "Deelnemers werken verder.",
    )


TIMER_MELDINGEN = {
    "start": "De timer loopt.",
    "pauze": "De timer staat stil.",
    "verder": "De timer loopt weer.",
    "minuut": "Een minuut erbij.",
    "reset": "De timer is gestopt.",
}


@login_required
@require_POST
def timer(request: HttpRequest, code: str) -> HttpResponse:
    sessie = sessie_van_eigenaar(request, code)
    form = TimerForm(request.POST)
    minuten = request.POST.get("minuten")
    if not form.is_valid():
        fouten = " ".join(f for lijst in form.errors.values() for f in lijst)
        return terug_naar_bediening(request, sessie, fouten, fout=True, minuten=minuten)
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
    return terug_naar_bediening(request, sessie, TIMER_MELDINGEN[actie], minuten=minuten)


# --- The projector -----------------------------------------------------------------------


# The projector's box for the room's bollenschema at 1280x720 (static/css/scherm.css,
# `.met-schema`) and the smallest letter it may draw there: legible from the back of a room.
# tests/browser/test_scherm.py measures the letters Chromium draws.
SCHERM_DOEK = Doek(breedte=870, hoogte=600, letter=18.2)
WEERGAVEN = ("muur", "schema")
# Cards per kind on the projector's wall (two rows of two under the join code in the welcome
# phase, three rows of two under a step); tests/browser/test_scherm.py measures that they fit.
MUUR_KAARTEN = {True: 4, False: 6}


@login_required
def scherm(request: HttpRequest, code: str) -> HttpResponse:
    """What the room sees on the projector. Polled every few seconds; answers 304 without
    rendering when nothing shown changed (the ETag comes from the rows' change times).

    While the room is paused: the attention message, big. Otherwise the join code in the
    welcome phase, the step with the wall of sterktes and beperkingen, or the room's
    bollenschema (in the phase "Bollenschema en combinaties", or when the facilitator asks
    for it with ?weergave=schema; ?weergave=muur for the wall)."""
    sessie = sessie_voor_begeleider(services.SCHERM, request.user, code)
    toon_namen = request.GET.get("namen") != "uit"
    gevraagd = request.GET.get("weergave")
    weergave = gevraagd if gevraagd in WEERGAVEN else None
    if weergave is None:
        weergave = "schema" if sessie.fase == Sessie.Fase.BOLLEN else "muur"
    pauze = sessie.gepauzeerd
    welkom = sessie.fase == Sessie.Fase.WELKOM
    toon_schema = not pauze and weergave == "schema" and (gevraagd == "schema" or not welkom)
    timer = sessie_live.timer_van(sessie)
    # static/js/timer.js counts down to the second; the page itself (and so its ETag) changes
    # with the whole minute at most, so an idle room still gets 304s while the timer runs.
    minuut = -(-timer.seconden_over() // 60) if timer.zichtbaar else None
    etag = services.scherm_etag(
        sessie,
        sessie_live.zaal_stempel(sessie),  # the pause and the step, also set without `gewijzigd`
        toon_namen,
        weergave,
        minuut,
        bool(request.htmx),
        met_partners=toon_schema,
    )
    # Weak or strong: the GZip middleware marks the ETag of a compressed answer weak (W/).
    if sessie_live.ongewijzigd(request, etag):
        response = HttpResponseNotModified()
    else:
        # The wall, unless the attention message or the room's bollenschema takes its place.
        muur = None if pauze or toon_schema else services.muur(sessie, MUUR_KAARTEN[welkom])
        deelname_url = services.deelname_url(request, sessie)
        template = "begeleiding/scherm.html" + ("#inhoud" if request.htmx else "")
        response = render(
            request,
            template,
            {
                "sessie": sessie,
                "toon_namen": toon_namen,
                "pauze": pauze,
                "welkom": welkom and not toon_schema,
                "toon_schema": toon_schema,
                "toon_muur": muur is not None
                and (not welkom or any(k.totaal for k in muur.values())),
                "zaal": zaalschema(sessie.pk, SCHERM_DOEK) if toon_schema else None,
                "links": services.scherm_links(request.GET, toon_namen, weergave),
                # As many of the newest cards as fit 1280x720 at 24 px (static/css/scherm.css,
                # `.muur`): fewer under the welcome's join code.
                "sterktes": muur and muur[Kenmerk.Soort.STERKTE],
                "beperkingen": muur and muur[Kenmerk.Soort.BEPERKING],
                "deelname_url": deelname_url,
                "url_delen": services.url_delen(deelname_url),
                "qr": services.qr_svg(deelname_url, f"QR-code: {deelname_url}"),
                "fase": fase_van(sessie),
                "timer": timer,
                "servertijd": sessie_live.servertijd_ms(),
            },
        )
    response["ETag"] = etag
    patch_vary_headers(response, ["HX-Request"])
    patch_cache_control(response, private=True, no_cache=True)
    return response


# --- Tidying the room --------------------------------------------------------------------


@login_required
def opruimen(request: HttpRequest, code: str) -> HttpResponse:
    sessie = services.eigen_sessie(request.user, code)
    return opruim_pagina(request, sessie, SamenvoegForm(sessie=sessie))


def opruim_pagina(
    request: HttpRequest, sessie: Sessie, form: SamenvoegForm, status: int = 200
) -> HttpResponse:
    werkingen = sessie.werkingen.select_related("gemeente").prefetch_related(
        "deelnemers", "kenmerken"
    )
    return render(
        request,
        "begeleiding/opruimen.html",
        {
            "sessie": sessie,
            "werkingen": werkingen,
            "form": form,
            "opruimingen": Opruiming.objects.filter(sessie=sessie)[:20],
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def samenvoegen(request: HttpRequest, code: str) -> HttpResponse:
    """Ask first (what moves where), then merge. The merge is recorded and can be undone."""
    sessie = services.eigen_sessie(request.user, code)
    data = request.POST if request.method == "POST" else request.GET
    form = SamenvoegForm(data or None, sessie=sessie)
    if not form.is_valid():
        # Without a choice yet (or a wrong one): the tidying page with the form.
        return opruim_pagina(request, sessie, form, status=400 if form.is_bound else 200)
    doel, bron = form.cleaned_data["doel"], form.cleaned_data["bron"]
    if request.method == "POST" and request.POST.get("bevestigd") == "ja":
        services.voeg_werkingen_samen(doel, bron, request.user)
        messages.success(
            request, f'"{bron.naam}" is samengevoegd met "{doel.naam}". Je kan dit ongedaan maken.'
        )
        return redirect("begeleiding:opruimen", sessie.code)
    return render(
        request,
        "begeleiding/samenvoegen.html",
        {
            "sessie": sessie,
            "doel": doel,
            "bron": bron,
            "aantallen": services.samen_te_voegen(bron),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def deelnemer_verwijder(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    sessie = services.eigen_sessie(request.user, code)
    deelnemer = get_object_or_404(Deelnemer.objects.select_related("werking"), pk=pk, sessie=sessie)
    if request.method == "POST":
        services.verwijder_deelnemer(deelnemer, request.user)
        messages.success(
            request,
            f"{deelnemer.naam} is verwijderd; wat die invulde, blijft bij de werking. "
            "Je kan dit ongedaan maken.",
        )
        return redirect("begeleiding:opruimen", sessie.code)
    context = {
        "sessie": sessie,
        "titel": f"{deelnemer.naam} verwijderen?",
        "uitleg": (
            f'{deelnemer.naam} kan dan niet meer verder met "{deelnemer.werking.naam}", ook niet '
            f"met de persoonlijke link. Wat {deelnemer.naam} invulde, blijft bij de werking."
        ),
        "terug": reverse("begeleiding:opruimen", args=[sessie.code]),
    }
    return render(request, "onderdelen/bevestig_verwijderen.html", context)


@login_required
@require_POST
def ongedaan(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    sessie = services.eigen_sessie(request.user, code)
    opruiming = get_object_or_404(Opruiming, pk=pk, sessie=sessie)
    try:
        services.maak_ongedaan(opruiming)
    except services.NietOngedaan as fout:
        messages.error(request, str(fout))
    else:
        messages.success(request, f"Ongedaan gemaakt: {opruiming.omschrijving}.")
    return redirect("begeleiding:opruimen", sessie.code)


@login_required
@require_POST
def verberg(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    """Hide an entry from the projector's wall (or show it again); the werking keeps it."""
    sessie = services.eigen_sessie(request.user, code)
    kenmerk = get_object_or_404(Kenmerk, pk=pk, werking__sessie=sessie)
    verborgen = request.POST.get("verborgen") == "ja"
    services.zet_verborgen(kenmerk, verborgen)
    messages.success(
        request,
        "Verborgen op de muur." if verborgen else "Weer zichtbaar op de muur.",
    )
    return redirect(
        reverse("begeleiding:opruimen", args=[sessie.code]) + f"#werking-{kenmerk.werking_id}"
    )


# --- Coordinators ------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def coordinatoren(request: HttpRequest, code: str) -> HttpResponse:
    """Invite a coordinator: a one-time link, shown once, to pass on however suits (no e-mail)."""
    sessie = services.eigen_sessie(request.user, code)
    link = None
    if request.method == "POST":
        if request.POST.get("weg"):
            sessie.coordinatoren.remove(
                get_object_or_404(sessie.coordinatoren, pk=geldige_id(request.POST.get("weg", "")))
            )
            messages.success(request, "De coördinator heeft geen toegang meer tot deze sessie.")
            return redirect("begeleiding:coordinatoren", sessie.code)
        _, token = Uitnodiging.maak(sessie, request.user)
        link = request.build_absolute_uri(reverse("begeleiding:uitnodiging", args=[token]))
    return render(
        request,
        "begeleiding/coordinatoren.html",
        {
            "sessie": sessie,
            "link": link,
            "coordinatoren": sessie.coordinatoren.order_by("username"),
            "uitnodigingen": sessie.uitnodigingen.select_related("gebruikt_door"),
        },
    )


@require_http_methods(["GET", "POST"])
def uitnodiging(request: HttpRequest, token: str) -> HttpResponse:
    """The invited person: logged in, they accept; new, they choose a username and password."""
    gevonden = services.uitnodiging_met_token(token)
    if gevonden is None or not gevonden.bruikbaar:
        return render(request, "begeleiding/uitnodiging_ongeldig.html", status=410)
    form = None
    if not request.user.is_authenticated:
        form = NieuwAccountForm(request.POST or None)
    if request.method == "POST":
        try:
            with transaction.atomic():
                if form is not None:
                    if not form.is_valid():
                        raise _OngeldigFormulier
                    user = form.save()
                else:
                    user = request.user
                sessie = services.aanvaard(gevonden, user)
        except _OngeldigFormulier:
            pass
        except services.UitnodigingOngeldig as fout:
            messages.error(request, str(fout))
            return redirect("begeleiding:overzicht" if request.user.is_authenticated else "home")
        else:
            if form is not None:
                login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, f'Je bent nu coördinator van "{sessie.titel}".')
            return redirect(sessie)
    return render(
        request,
        "begeleiding/uitnodiging.html",
        {"uitnodiging": gevonden, "sessie": gevonden.sessie, "form": form},
    )


class _OngeldigFormulier(Exception):
    """Roll back, show the form with its errors."""


# --- The session's own inspiratielijst ------------------------------------------------------


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
        # Not `zaal`: base.html draws the participants' "Nu in de zaal" bar from that name.
        {"sessie": sessie, "zaalschema": zaalschema(sessie.pk)},
    )
