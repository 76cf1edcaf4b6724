from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cultuuroptil.lib.adressen import UrlPerId, kort
from cultuuroptil.lib.autosave import Veldresultaat, bewaar_veld
from cultuuroptil.lib.foutpaginas import te_veel_pogingen
from cultuuroptil.lib.remmen import client_adres, foute_codes
from cultuuroptil.lib.text import normalize_newlines
from sessies.forms import CodeForm
from sessies.live import live_teksten
from sessies.services import deelnemer_van_browser, onthoud_deelnemer, zoek_sessie
from sessies.toegang import DeelnemerRequest, deelnemer_vereist, werking_context

from .forms import DoeMeeForm, GemeenteSectorForm, NieuwKenmerkForm, VerplaatsForm
from .models import KENMERK_MAX, Kenmerk
from .services import (
    AlBestaand,
    deelnemers_van,
    kenmerk_kolommen,
    verplaats_kenmerk,
    voeg_kenmerk_toe,
    wijzig_gemeente_en_sector,
    zoek_gemeenten,
)
from .services import doe_mee as doe_mee_in_werking

STAP1_VELDEN = [
    ("naam", "Zo heet jullie organisatie in het rapport. Een tikfout kan je hier verbeteren."),
    (
        "dagelijkse_werking",
        "Beschrijf kort wat jullie doen, zoals je het aan een buitenstaander vertelt.",
    ),
    ("doel", "Wat willen jullie bereiken?"),
    ("voor_wie", "Wie zijn jullie deelnemers, bezoekers of leden?"),
]


@deelnemer_vereist
@require_http_methods(["GET", "POST"])
@live_teksten("werking", "kenmerk", "idee", "combinatie")
def stap1(request: DeelnemerRequest, code: str) -> HttpResponse:
    werking = request.deelnemer.werking
    resultaten: dict[str, Veldresultaat] = {}
    if request.method == "POST":
        # The plain-form path (no JavaScript): save each field the participant changed.
        for veld, _ in STAP1_VELDEN:
            nieuw = request.POST.get(veld)
            basis = request.POST.get(f"{veld}__basis", "")
            if nieuw is None or normalize_newlines(nieuw) == normalize_newlines(basis):
                continue
            resultaten[veld] = bewaar_veld(
                werking, veld, nieuw, basis, door_id=request.deelnemer.pk
            )
        if all(r.gelukt for r in resultaten.values()):
            messages.success(request, "Bewaard.")
            return redirect("werking:stap1", request.sessie.code)
    velden = [
        {
            "naam": veld,
            "hint": hint,
            "enkele_regel": veld == "naam",
            "resultaat": resultaten.get(veld),
            # A field that was not saved keeps what the participant typed.
            "waarde": request.POST.get(veld) if veld in resultaten else None,
        }
        for veld, hint in STAP1_VELDEN
    ]
    return render(
        request,
        "werking/stap1.html",
        stap1_context(request, velden, GemeenteSectorForm(werking=werking)),
    )


def stap1_context(request: DeelnemerRequest, velden: list[dict], form: GemeenteSectorForm) -> dict:
    """STAP 1's page. Its colleagues and the names for "Sofie wijzigde dit" come from one
    query of the session's participants; the fields' save URLs from one reverse()."""
    werking = request.deelnemer.werking
    deelnemers = deelnemers_van(werking)
    # The field's name in the id's place: every field of the werking from one reverse().
    bewaar = UrlPerId("sessies:bewaar", request.sessie.code, "werking", werking.pk, None)
    for veld in velden:
        veld["url"] = bewaar(veld["naam"])
    return werking_context(request, "stap1") | {
        "velden": velden,
        "collegas": deelnemers.collegas,
        "bewerkers": deelnemers.namen,
        "gegevens_form": form,
    }


@deelnemer_vereist
@require_POST
def stap1_gegevens(request: DeelnemerRequest, code: str) -> HttpResponse:
    """Correct the gemeente, name the sector. The own bol and the suggestions follow."""
    werking = request.deelnemer.werking
    form = GemeenteSectorForm(request.POST, werking=werking)
    if form.is_valid():
        gemeente = form.cleaned_data["gemeente"]
        sector = form.cleaned_data["sector"]
        try:
            wijzig_gemeente_en_sector(werking, gemeente, sector.pk if sector else None)
        except AlBestaand as fout:
            form.add_error("gemeente", str(fout))
        else:
            messages.success(
                request,
                f"Bewaard: {werking.naam} in {gemeente.naam}"
                + (f", sector {sector.naam}." if sector else "."),
            )
            return redirect("werking:stap1", request.sessie.code)
    velden = [
        {"naam": veld, "hint": hint, "enkele_regel": veld == "naam"} for veld, hint in STAP1_VELDEN
    ]
    return render(request, "werking/stap1.html", stap1_context(request, velden, form), status=400)


@require_GET
def gemeente_suggesties(request: HttpRequest) -> HttpResponse:
    """Options for the gemeente field's datalist, refreshed while the participant types."""
    gemeenten = zoek_gemeenten(request.GET.get("gemeente", "") or request.GET.get("q", ""))
    return render(request, "werking/gemeente_suggesties.html", {"gemeenten": gemeenten})


def stap2_context(
    request: DeelnemerRequest,
    bevestig: int | None = None,
    resultaten: dict[int, Veldresultaat] | None = None,
) -> dict:
    """STAP 2's columns, each item with what its markup needs computed here once: URLs from
    one reverse() per kind, its label and short text (no template filter per button).

    Columns and items are dicts, and the ids, URLs and labels made here from numbers and
    reversed URLs are marked safe: a template looks a key up in a dict without the failed
    item lookup it tries on an object first, and has nothing to escape in them. That halves
    the cost of each of the ~20 variables per item; the texts stay escaped by the template."""
    code = request.sessie.code
    bewaar = UrlPerId("sessies:bewaar", code, "kenmerk", None, "tekst")
    verplaats = UrlPerId("werking:kenmerk_verplaats", code, None)
    verwijder = UrlPerId("werking:kenmerk_verwijder", code, None)
    herstel = UrlPerId("werking:kenmerk_herstel", code, None)
    resultaten = resultaten or {}
    kolommen = []
    for kolom in kenmerk_kolommen(request.deelnemer.werking):
        soort = Kenmerk.Soort(kolom.soort).label
        items = []
        for nummer, item in enumerate(kolom.items, start=1):
            naam = f"tekst-{item.pk}"
            resultaat = resultaten.get(item.pk)
            items.append(
                {
                    "obj": item,
                    "pk": item.pk,
                    "tekst": item.tekst,
                    "door_naam": item.door_naam,
                    "aantal_kaarten": item.aantal_kaarten,
                    "nr": mark_safe(str(item.pk)),
                    "dom": mark_safe(f"k{item.pk}"),
                    "naam": mark_safe(naam),
                    "label": mark_safe(f"{soort} {nummer}"),
                    "url_bewaar": mark_safe(bewaar(item.pk)),
                    "url_verplaats": mark_safe(verplaats(item.pk)),
                    "url_verwijder": mark_safe(verwijder(item.pk)),
                    "resultaat": resultaat,
                    # A field that was not saved keeps what the participant typed.
                    "gepost": request.POST.get(naam) if resultaat else None,
                }
            )
        verwijderd = [
            {
                "kort60": kort(item.tekst, 60),
                "nr": mark_safe(str(item.pk)),
                "dom": mark_safe(f"k{item.pk}"),
                "url_herstel": mark_safe(herstel(item.pk)),
            }
            for item in kolom.verwijderd
        ]
        kolommen.append(
            {
                "soort": kolom.soort,
                "vraag": kolom.vraag,
                "hulpvragen": kolom.hulpvragen,
                "instructie": kolom.instructie,
                "voorbeeld": kolom.voorbeeld,
                "items": items,
                "verwijderd": verwijderd,
            }
        )
    return werking_context(request, "stap2") | {
        "kolommen": kolommen,
        "bevestig": bevestig,
        "stap2_url": reverse("werking:stap2", args=[code]),
        "nieuw_url": reverse("werking:kenmerk_nieuw", args=[code]),
        "kenmerk_max": mark_safe(str(KENMERK_MAX)),
    }


def stap2_antwoord(
    request: DeelnemerRequest,
    soort: str,
    bevestig: int | None = None,
    nieuw_form: NieuwKenmerkForm | None = None,
    status: int = 200,
) -> HttpResponse:
    """htmx gets the one column that changed, so typing in the other column is never
    disturbed; a plain post goes back to the page (post/redirect/get)."""
    context = stap2_context(request, bevestig) | {"nieuw_form": nieuw_form}
    if request.htmx:
        context["kolom"] = next(k for k in context["kolommen"] if k["soort"] == soort)
        return render(request, "werking/stap2.html#kolom", context, status=status)
    if nieuw_form is not None:
        return render(request, "werking/stap2.html", context, status=status)
    return redirect("werking:stap2", request.sessie.code)


def kenmerk_van_werking(request: DeelnemerRequest, pk: int, alle: bool = False) -> Kenmerk:
    manager = Kenmerk.alle if alle else Kenmerk.objects
    return get_object_or_404(manager, pk=pk, werking=request.deelnemer.werking)


@deelnemer_vereist
@require_http_methods(["GET", "POST"])
@live_teksten("werking", "kenmerk", "idee", "combinatie")
def stap2(request: DeelnemerRequest, code: str) -> HttpResponse:
    if request.method == "GET":
        return render(request, "werking/stap2.html", stap2_context(request))
    # The plain-form path (no JavaScript): save each text the participant changed, as STAP 1.
    resultaten = bewaar_kenmerkteksten(request)
    if all(r.gelukt for r in resultaten.values()):
        if resultaten:
            messages.success(request, "Bewaard.")
        soort = request.POST.get("soort")
        if request.htmx and soort in Kenmerk.Soort.values:
            return stap2_antwoord(request, soort)
        return redirect("werking:stap2", request.sessie.code)
    conflict = any(r.status == "conflict" for r in resultaten.values())
    return render(
        request,
        "werking/stap2.html",
        stap2_context(request, resultaten=resultaten),
        status=409 if conflict else 400,
    )


def bewaar_kenmerkteksten(request: DeelnemerRequest) -> dict[int, Veldresultaat]:
    """Every `tekst-<id>` of the werking's kenmerken that differs from its `__basis`, saved
    with the autosave's rules (a colleague's change meanwhile is a conflict, never lost)."""
    gepost: dict[int, str] = {}
    for sleutel, waarde in request.POST.items():
        nummer = sleutel.removeprefix("tekst-")
        if nummer != sleutel and nummer.isascii() and nummer.isdigit() and len(nummer) <= 18:
            gepost[int(nummer)] = waarde
    if not gepost:
        return {}
    kenmerken = Kenmerk.objects.filter(werking=request.deelnemer.werking, pk__in=list(gepost))
    resultaten = {}
    for kenmerk in kenmerken:
        nieuw = gepost[kenmerk.pk]
        basis = request.POST.get(f"tekst-{kenmerk.pk}__basis", "")
        if normalize_newlines(nieuw) == normalize_newlines(basis):
            continue
        resultaten[kenmerk.pk] = bewaar_veld(
            kenmerk, "tekst", nieuw, basis, door_id=request.deelnemer.pk
        )
    return resultaten


@deelnemer_vereist
@require_POST
def kenmerk_nieuw(request: DeelnemerRequest, code: str) -> HttpResponse:
    form = NieuwKenmerkForm(request.POST)
    soort = request.POST.get("soort")
    if soort not in Kenmerk.Soort.values:
        raise Http404("Onbekende soort.")
    if not form.is_valid():
        return stap2_antwoord(request, soort, nieuw_form=form, status=400)
    voeg_kenmerk_toe(
        request.deelnemer.werking, soort, form.cleaned_data["tekst"], form.cleaned_data["sleutel"]
    )
    return stap2_antwoord(request, soort)


@deelnemer_vereist
@require_POST
def kenmerk_verplaats(request: DeelnemerRequest, code: str, pk: int) -> HttpResponse:
    kenmerk = kenmerk_van_werking(request, pk)
    form = VerplaatsForm(request.POST)
    if form.is_valid():
        verplaats_kenmerk(kenmerk, form.cleaned_data["richting"])
    return stap2_antwoord(request, kenmerk.soort)


@deelnemer_vereist
@require_http_methods(["GET", "POST"])
def kenmerk_verwijder(request: DeelnemerRequest, code: str, pk: int) -> HttpResponse:
    """Remove at once, unless partnerkaarten start from it: then ask first. Always undoable."""
    kenmerk = kenmerk_van_werking(request, pk)
    aantal_kaarten = kenmerk.partnerkaarten.count()
    if request.method == "GET" or (aantal_kaarten and request.POST.get("bevestigd") != "ja"):
        if request.htmx:
            return stap2_antwoord(request, kenmerk.soort, bevestig=kenmerk.pk)
        uitleg = "Het verdwijnt uit STAP 2."
        if aantal_kaarten:
            uitleg = (
                f"{aantal_kaarten} partnerkaart{'en' if aantal_kaarten != 1 else ''} "
                f"vertrek{'ken' if aantal_kaarten != 1 else 't'} hiervan. "
                f"{'Ze verdwijnen' if aantal_kaarten != 1 else 'Die verdwijnt'} mee, tot je het "
                "verwijderen ongedaan maakt."
            )
        context = werking_context(request, "stap2") | {
            "titel": f"{kenmerk.get_soort_display()} verwijderen?",
            "citaat": kenmerk.tekst,
            "uitleg": uitleg,
            "terug": reverse("werking:stap2", args=[request.sessie.code]),
            "bevestigd": True,
        }
        return render(request, "onderdelen/bevestig_verwijderen.html", context)
    kenmerk.verwijder()
    return stap2_antwoord(request, kenmerk.soort)


@deelnemer_vereist
@require_POST
def kenmerk_herstel(request: DeelnemerRequest, code: str, pk: int) -> HttpResponse:
    kenmerk = kenmerk_van_werking(request, pk, alle=True)
    kenmerk.herstel()
    return stap2_antwoord(request, kenmerk.soort)


@require_http_methods(["GET", "POST"])
def doe_mee(request: HttpRequest, code: str) -> HttpResponse:
    sessie = zoek_sessie(code)
    deelnemer = deelnemer_van_browser(request, sessie) if sessie is not None else None
    if deelnemer is not None:
        return redirect("werking:stap1", sessie.code)
    if sessie is None or not sessie.open_voor_deelnemers:
        # A locked or closed session answers exactly as an unknown code (same page, same
        # status, counted alike): a guesser learns nothing, and the wording tells a real
        # participant what to do in either case (SECURITY.md, "Raden van codes").
        rem, adres = foute_codes(), client_adres(request)
        if rem.te_veel(adres):
            return te_veel_pogingen(request, code=True)
        rem.tel(adres)
        return render(
            request,
            "sessies/home.html",
            {
                "form": CodeForm(initial={"code": code}),
                "fout": f"We vinden geen open workshop met de code '{code[:20]}'. Kijk ze nog "
                "eens na. Is de workshop vergrendeld of afgesloten, dan kan niemand nieuw "
                "meedoen: vraag het je begeleider, of gebruik je persoonlijke link als je al "
                "meedeed.",
            },
            status=404,
        )

    werkingen = list(sessie.werkingen.select_related("gemeente"))
    form = DoeMeeForm(request.POST or None, werkingen=werkingen)
    if request.method == "POST" and form.is_valid():
        deelnemer, token = doe_mee_in_werking(
            sessie,
            form.cleaned_data["naam"],
            werking=form.gekozen_werking(),
            nieuwe_werking_naam=form.cleaned_data["nieuwe_werking"],
            gemeente=form.cleaned_data["gemeente"],
        )
        messages.success(
            request, f"Welkom, {deelnemer.naam}! Jullie werken samen aan {deelnemer.werking.naam}."
        )
        response = redirect("werking:stap1", sessie.code)
        onthoud_deelnemer(request, response, sessie, token)
        return response
    return render(request, "werking/doe_mee.html", {"sessie": sessie, "form": form})
