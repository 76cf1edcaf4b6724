from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cultuuroptil.lib.adressen import UrlPerId
from cultuuroptil.lib.autosave import voeg_samen
from cultuuroptil.lib.text import normalize_key
from inspiratie.models import Categorie
from inspiratie.services import (
    Ongeldig,
    categorieen_van,
    per_categorie,
    stel_voorbeeld_voor,
    voorbeelden_voor,
)
from sessies.live import live_teksten
from sessies.toegang import DeelnemerRequest, deelnemer_vereist, terug_url, werking_context
from werking.models import Werking

from . import tekening as tk
from .forms import (
    KENMERK_KORT,
    BestaandePartnerForm,
    BolForm,
    CombinatieForm,
    IdeeForm,
    NetwerkRijForm,
    NieuweKaartForm,
    PartnerForm,
    VoorbeeldForm,
    partner_formwaarden,
)
from .models import Bol, Combinatie, Idee, Partner, Partnerkaart
from .services import (
    HERSTELBAAR,
    VINKJES,
    Onmogelijk,
    bevestig_vinkje,
    bewaar_combinatie,
    bewaar_partner,
    bol_anker,
    bollenschema,
    combinaties_getekend,
    combinaties_van,
    haal_van_kaart,
    ids_uit,
    kaarten_overzicht,
    kaarten_van,
    met_problemen,
    netwerk_van,
    nieuwe_partner_op_kaart,
    nieuwe_partnerkaart,
    ongedaan_te_maken,
    partners_van,
    tekening_van_kaart,
    tekening_van_werking,
    vergrendel_partner,
    verwijder_bol,
    voeg_idee_toe,
    wijzig_combinatie_partners,
    wijzig_partner,
    zet_behouden,
    zet_op_kaart,
    zet_op_lijst,
    zet_verder,
    zet_vinkjes,
    zorg_voor_bol,
)

BEVESTIG = "onderdelen/bevestig_verwijderen.html"


def kaart_van_werking(request: DeelnemerRequest, pk: int) -> Partnerkaart:
    return get_object_or_404(kaarten_van(request.deelnemer.werking), pk=pk)


def partner_van_werking(request: DeelnemerRequest, pk: int) -> Partner:
    return get_object_or_404(partners_van(request.deelnemer.werking), pk=pk)


def inspiratie(request: DeelnemerRequest) -> list[Categorie]:
    """The inspiratielijst this werking sees: the kit's categories and examples, the workshop's
    extra categories and local examples, and its own proposals (two queries)."""
    werking = request.deelnemer.werking
    return per_categorie(
        list(categorieen_van(werking.sessie_id)),
        list(voorbeelden_voor(werking.sessie_id, werking.pk)),
    )


def gekozen_voorbeeld(request: DeelnemerRequest) -> dict[str, str]:
    """An example clicked in the inspiratielijst (?naam=…&categorie=…&gemeente=…) as the
    starting values of a new partner."""
    waarden = {veld: request.GET.get(veld, "").strip() for veld in ("naam", "categorie")}
    if request.GET.get("gemeente") is not None:
        waarden["gemeente"] = request.GET["gemeente"].strip()
    return {veld: waarde for veld, waarde in waarden.items() if waarde or veld == "gemeente"}


def kaarten_context(request: DeelnemerRequest, form: NieuweKaartForm | None = None) -> dict:
    werking = request.deelnemer.werking
    overzicht = kaarten_overzicht(werking)
    # Each card's link from one reverse(), not a {% url %} per card and link.
    kaart_url = UrlPerId("partnerkaarten:kaart", request.sessie.code, None)
    for kaart in overzicht.kaarten:
        kaart.url = kaart_url(kaart.pk)
    form = form or NieuweKaartForm(werking=werking)
    return werking_context(request, "stap3") | {
        "kaarten": overzicht.kaarten,
        "verwijderd": overzicht.verwijderd,
        "form": form,
        "kenmerken": overzicht.kenmerken,
        "kenmerk_keuzes": form.kenmerk_keuzes(overzicht.kenmerken),
        "kenmerk_kort": KENMERK_KORT,
    }


@deelnemer_vereist
@require_GET
@live_teksten("werking", "kenmerk", "idee", "combinatie")
def kaarten(request: DeelnemerRequest, code: str) -> HttpResponse:
    return render(request, "partnerkaarten/kaarten.html", kaarten_context(request))


@deelnemer_vereist
@require_POST
def kaart_nieuw(request: DeelnemerRequest, code: str) -> HttpResponse:
    werking = request.deelnemer.werking
    form = NieuweKaartForm(request.POST, werking=werking)
    if not form.is_valid():
        context = kaarten_context(request, form)
        return render(request, "partnerkaarten/kaarten.html", context, status=400)
    kaart = nieuwe_partnerkaart(
        werking,
        form.cleaned_data["kenmerk"],
        form.cleaned_data["bovenlokaal"],
        form.cleaned_data["sleutel"],
    )
    return redirect("partnerkaarten:kaart", request.sessie.code, kaart.pk)


def kaart_context(
    request: DeelnemerRequest,
    kaart: Partnerkaart,
    partner_form: PartnerForm | None = None,
    bestaande_form: BestaandePartnerForm | None = None,
    idee_form: IdeeForm | None = None,
) -> dict:
    werking = request.deelnemer.werking
    op_kaart = {p.pk for p in kaart.partners.all()}
    andere = [p for p in partners_van(werking).order_by("naam") if p.pk not in op_kaart]
    if kaart.bovenlokaal:
        andere = [p for p in andere if p.gemeente_id != werking.gemeente_id]
    voorbeeld = gekozen_voorbeeld(request)
    return werking_context(request, "stap3") | {
        "kaart": kaart,
        "tekening": tekening_van_kaart(kaart),
        "andere_partners": andere,
        "partner_form": partner_form or PartnerForm(werking=werking, initial=voorbeeld),
        "partner_open": partner_form is not None or "naam" in voorbeeld,
        "bestaande_form": bestaande_form,
        "idee_form": idee_form,
        "categorieen": inspiratie(request),
        "verwijderde_ideeen": ongedaan_te_maken(werking, "idee", partnerkaart=kaart),
        "verwijderd": ongedaan_te_maken(werking, "partner"),
    }


@deelnemer_vereist
@require_GET
@live_teksten("werking", "kenmerk", "idee", "combinatie")
def kaart(request: DeelnemerRequest, code: str, pk: int) -> HttpResponse:
    gekozen = kaart_van_werking(request, pk)
    return render(request, "partnerkaarten/kaart.html", kaart_context(request, gekozen))


@deelnemer_vereist
@require_POST
def kaart_partner_nieuw(request: DeelnemerRequest, code: str, pk: int) -> HttpResponse:
    gekozen = kaart_van_werking(request, pk)
    werking = request.deelnemer.werking
    form = PartnerForm(request.POST, werking=werking)
    if form.is_valid():
        try:
            partner = nieuwe_partner_op_kaart(gekozen, form.gegevens)
        except Onmogelijk as fout:
            form.add_error("gemeente", str(fout))
        else:
            messages.success(request, f"{partner.naam} staat op de partnerkaart.")
            return redirect(kaart_url(request, gekozen, "#partners"))
    context = kaart_context(request, gekozen, partner_form=form)
    return render(request, "partnerkaarten/kaart.html", context, status=400)


@deelnemer_vereist
@require_POST
def kaart_partner_bestaand(request: DeelnemerRequest, code: str, pk: int) -> HttpResponse:
    gekozen = kaart_van_werking(request, pk)
    form = BestaandePartnerForm(request.POST, werking=request.deelnemer.werking)
    if form.is_valid():
        try:
            zet_op_kaart(gekozen, form.cleaned_data["partner"])
        except Onmogelijk as fout:
            form.add_error("partner", str(fout))
        else:
            return redirect(kaart_url(request, gekozen, "#partners"))
    context = kaart_context(request, gekozen, bestaande_form=form)
    return render(request, "partnerkaarten/kaart.html", context, status=400)


@deelnemer_vereist
@require_POST
def kaart_partner_weg(
    request: DeelnemerRequest, code: str, pk: int, partner_pk: int
) -> HttpResponse:
    gekozen = kaart_van_werking(request, pk)
    partner = partner_van_werking(request, partner_pk)
    haal_van_kaart(gekozen, partner)
    messages.success(
        request, f"{partner.naam} staat niet meer op deze kaart (wel nog in jullie bollenschema)."
    )
    return redirect(kaart_url(request, gekozen, "#partners"))


@deelnemer_vereist
@require_POST
def idee_nieuw(request: DeelnemerRequest, code: str, pk: int) -> HttpResponse:
    gekozen = kaart_van_werking(request, pk)
    form = IdeeForm(request.POST)
    if form.is_valid():
        voeg_idee_toe(gekozen, form.cleaned_data["tekst"], form.cleaned_data["sleutel"])
        return ideeen_antwoord(request, pk)
    context = kaart_context(request, gekozen, idee_form=form)
    template = "partnerkaarten/kaart.html#ideeen" if request.htmx else "partnerkaarten/kaart.html"
    return render(request, template, context, status=400)


@deelnemer_vereist
@require_POST
def idee_weg(request: DeelnemerRequest, code: str, pk: int, idee_pk: int) -> HttpResponse:
    gekozen = kaart_van_werking(request, pk)
    get_object_or_404(Idee, pk=idee_pk, partnerkaart=gekozen).verwijder()
    return ideeen_antwoord(request, pk)


def ideeen_antwoord(request: DeelnemerRequest, pk: int) -> HttpResponse:
    """After a change to the ideas: htmx gets the ideas region, read anew (the card's
    prefetched ideas are stale); a plain post goes back to the card."""
    if request.htmx:
        kaart = kaart_van_werking(request, pk)
        return render(request, "partnerkaarten/kaart.html#ideeen", kaart_context(request, kaart))
    return redirect(reverse("partnerkaarten:kaart", args=[request.sessie.code, pk]) + "#ideeen")


@deelnemer_vereist
@require_http_methods(["GET", "POST"])
def kaart_verwijder(request: DeelnemerRequest, code: str, pk: int) -> HttpResponse:
    gekozen = kaart_van_werking(request, pk)
    if request.method == "POST":
        gekozen.verwijder()
        messages.success(request, "De partnerkaart is verwijderd. De partners blijven bewaard.")
        return redirect("partnerkaarten:kaarten", request.sessie.code)
    context = werking_context(request, "stap3") | {
        "titel": "Partnerkaart verwijderen?",
        "citaat": gekozen.kenmerk.tekst,
        "uitleg": "De kaart verdwijnt met haar ideeën; de partners blijven in jullie bollenschema.",
        "terug": kaart_url(request, gekozen),
    }
    return render(request, BEVESTIG, context)


def beschrijf_conflicten(form: PartnerForm, conflicten: dict[str, str]) -> list[tuple[str, str]]:
    """(label, the colleague's value) in words a participant reads, not ids."""
    beschreven = []
    for veld, waarde in conflicten.items():
        field = form.fields[veld]
        if veld == "categorie":
            categorie = Categorie.objects.filter(pk=waarde).first() if waarde.isdigit() else None
            waarde = str(categorie or "geen")
        elif hasattr(field, "choices"):
            waarde = str(dict(field.choices).get(waarde, waarde))
        beschreven.append((str(field.label), waarde or "leeg"))
    return beschreven


def kaart_url(request: DeelnemerRequest, kaart: Partnerkaart, anker: str = "") -> str:
    return reverse("partnerkaarten:kaart", args=[request.sessie.code, kaart.pk]) + anker


@deelnemer_vereist
@require_http_methods(["GET", "POST"])
def partner(request: DeelnemerRequest, code: str, pk: int) -> HttpResponse:
    """Edit one partner: used from a card, the bollenschema and the final list alike."""
    gekozen = partner_van_werking(request, pk)
    werking = request.deelnemer.werking
    terug = terug_url(request, reverse("partnerkaarten:bollen", args=[request.sessie.code]))
    conflicten: list[tuple[str, str]] = []
    conflict_velden: list[str] = []
    if request.method != "POST":
        huidig = partner_formwaarden(gekozen)
        form = PartnerForm(werking=werking, partner=gekozen)
    else:
        # Read, merge and write under one lock: a colleague's save cannot land in between.
        with transaction.atomic():
            gekozen = vergrendel_partner(gekozen)
            huidig = partner_formwaarden(gekozen)
            samen = voeg_samen(
                {veld: request.POST.get(veld, "") for veld in huidig},
                {veld: request.POST.get(f"{veld}__basis") for veld in huidig},
                huidig,
            )
            waarden = dict(samen.waarden)
            hun_waarden = request.POST.get("actie") == "hun-waarden"
            if hun_waarden:
                # "Neem hun waarden over": the colleague's values where we differ, the rest mine.
                waarden.update(
                    {
                        veld: huidig[veld]
                        for veld in request.POST.getlist("conflict")
                        if veld in huidig
                    }
                )
            form = PartnerForm(waarden, werking=werking, partner=gekozen)
            if samen.conflicten and not hun_waarden:
                # Shown once, in the conflict box with its two buttons; nothing is saved yet.
                conflicten = beschrijf_conflicten(form, samen.conflicten)
                conflict_velden = list(samen.conflicten)
            elif form.is_valid():
                try:
                    wijzig_partner(gekozen, form.gegevens, door_id=request.deelnemer.pk)
                except Onmogelijk as fout:
                    form.add_error("gemeente", str(fout))
        if not conflicten and not form.errors:
            messages.success(request, f"{gekozen.naam} is bewaard.")
            return redirect(terug)
    context = werking_context(request, stap_van(terug))
    door = gekozen.gewijzigd_door_id
    context |= {
        # Who saved the values the conflict shows ("Sofie wijzigde intussen").
        "conflict_door": context["bewerkers"].get(door, "")
        if conflicten and door not in (None, request.deelnemer.pk)
        else "",
        "partner": gekozen,
        "form": form,
        # After a conflict the next save starts from what is stored now, deliberately.
        "basis": huidig,
        "conflicten": conflicten,
        "conflict_velden": conflict_velden,
        "terug": terug,
        "categorieen": inspiratie(request),
    }
    status = 400 if conflicten or (request.method == "POST" and form.errors) else 200
    return render(request, "partnerkaarten/partner.html", context, status=status)


STAP_VAN_PAD = {"/netwerk/": "netwerk", "/bollen/": "bollen", "/combinaties/": "combinaties"}


def stap_van(terug: str) -> str:
    """The step the participant came from (the partner page is opened from several): the step
    bar marks that one."""
    pad = terug.split("?")[0].split("#")[0]
    return next((stap for deel, stap in STAP_VAN_PAD.items() if deel in pad), "stap3")


@deelnemer_vereist
@require_http_methods(["GET", "POST"])
def partner_verwijder(request: DeelnemerRequest, code: str, pk: int) -> HttpResponse:
    gekozen = partner_van_werking(request, pk)
    terug = terug_url(request, reverse("partnerkaarten:bollen", args=[code]))
    if request.method == "POST":
        gekozen.verwijder()
        messages.success(request, f"{gekozen.naam} is verwijderd.")
        return redirect(terug)
    context = werking_context(request, stap_van(terug)) | {
        "titel": f"{gekozen.naam} verwijderen?",
        "uitleg": waar_partner_staat(gekozen),
        "terug": terug,
    }
    return render(request, BEVESTIG, context)


def waar_partner_staat(partner: Partner) -> str:
    kaarten = partner.partnerkaarten.count()
    combinaties = partner.combinaties.count()
    tekst = "De partner verdwijnt uit het bollenschema"
    if kaarten:
        tekst += f", van {kaarten} partnerkaart{'en' if kaarten != 1 else ''}"
    if combinaties:
        tekst += f" en uit {combinaties} combinatie{'s' if combinaties != 1 else ''}"
    return tekst + "."


def schema_context(werking: Werking, combinaties: list[Combinatie]) -> dict:
    """The werking's bollenschema drawn, with its combinations as links."""
    bollen = bollenschema(werking)
    tekening = tekening_van_werking(werking, bollen)
    return {
        "bollen": bollen,
        "tekening": tekening,
        "verbindingen": tk.verbindingen(tekening, combinaties_getekend(combinaties)),
    }


def bollen_context(request: DeelnemerRequest, **extra) -> dict:
    werking = request.deelnemer.werking
    beginwaarden = {"gemeente": werking.gemeente.naam} | gekozen_voorbeeld(request)
    return (
        werking_context(request, "bollen")
        | schema_context(werking, list(combinaties_van(werking)))
        | {
            # The forms open on demand; open from a bol's "Actor toevoegen" link.
            "actor_open": "gemeente" in request.GET,
            "verwijderd": ongedaan_te_maken(werking, "partner"),
            "actor_form": PartnerForm(werking=werking, initial=beginwaarden),
            "bol_form": BolForm(),
            "categorieen": inspiratie(request),
        }
        | extra
    )


@deelnemer_vereist
@require_GET
@live_teksten("werking", "kenmerk", "idee", "combinatie")
def bollen(request: DeelnemerRequest, code: str) -> HttpResponse:
    return render(request, "partnerkaarten/bollen.html", bollen_context(request))


@deelnemer_vereist
@require_POST
def bol_nieuw(request: DeelnemerRequest, code: str) -> HttpResponse:
    form = BolForm(request.POST)
    if not form.is_valid():
        context = bollen_context(request, bol_form=form)
        return render(request, "partnerkaarten/bollen.html", context, status=400)
    gemeente = form.cleaned_data["gemeente"]
    werking = request.deelnemer.werking
    if gemeente is not None and gemeente.pk == werking.gemeente_id:
        # Nothing to add: say why, also when an old name (Gooik) led to the own gemeente.
        getypt = form.data.get("gemeente", "").strip()
        if normalize_key(getypt) != normalize_key(gemeente.naam):
            messages.info(
                request,
                f"{getypt} is sinds 1 januari 2025 een deel van {gemeente.naam}, jullie eigen "
                f"gemeente. De bol van {gemeente.naam} staat er al; zet partners uit {getypt} "
                "daarin.",
            )
        else:
            messages.info(
                request,
                f"{gemeente.naam} is jullie eigen gemeente: die bol staat er altijd, bovenaan.",
            )
    zorg_voor_bol(werking, gemeente)
    anker = bol_anker(gemeente.pk if gemeente is not None else None)
    return redirect(reverse("partnerkaarten:bollen", args=[code]) + f"#{anker}")


@deelnemer_vereist
@require_POST
def bol_verwijder(request: DeelnemerRequest, code: str, pk: int) -> HttpResponse:
    werking = request.deelnemer.werking
    bol = get_object_or_404(Bol, pk=pk, werking=werking)
    try:
        verwijder_bol(werking, bol)
    except Onmogelijk as fout:
        messages.error(request, str(fout))
    return redirect("partnerkaarten:bollen", code)


@deelnemer_vereist
@require_POST
def actor_nieuw(request: DeelnemerRequest, code: str) -> HttpResponse:
    werking = request.deelnemer.werking
    form = PartnerForm(request.POST, werking=werking)
    if not form.is_valid():
        context = bollen_context(request, actor_form=form)
        return render(request, "partnerkaarten/bollen.html", context, status=400)
    partner = bewaar_partner(werking, form.gegevens)
    messages.success(request, f"{partner.naam} staat in het bollenschema.")
    return redirect(
        reverse("partnerkaarten:bollen", args=[code]) + f"#{bol_anker(partner.gemeente_id)}"
    )


def combinaties_context(request: DeelnemerRequest, **extra) -> dict:
    werking = request.deelnemer.werking
    combinaties = met_problemen(combinaties_van(werking))
    return (
        werking_context(request, "combinaties")
        | schema_context(werking, combinaties)
        | {
            "combinaties": combinaties,
            "verwijderd": ongedaan_te_maken(werking, "combinatie"),
            "form": CombinatieForm(werking=werking),
        }
        | extra
    )


@deelnemer_vereist
@require_GET
@live_teksten("werking", "kenmerk", "idee", "combinatie")
def combinaties(request: DeelnemerRequest, code: str) -> HttpResponse:
    return render(request, "partnerkaarten/combinaties.html", combinaties_context(request))


@deelnemer_vereist
@require_POST
def combinatie_nieuw(request: DeelnemerRequest, code: str) -> HttpResponse:
    werking = request.deelnemer.werking
    form = CombinatieForm(request.POST, werking=werking)
    if form.is_valid():
        try:
            combinatie = bewaar_combinatie(
                werking,
                list(form.cleaned_data["partners"]),
                titel=form.cleaned_data["titel"],
                sleutel=form.cleaned_data["sleutel"],
            )
        except Onmogelijk as fout:
            form.add_error("partners", str(fout))
        else:
            return redirect(combinatie_url(code, combinatie))
    context = combinaties_context(request, form=form)
    return render(request, "partnerkaarten/combinaties.html", context, status=400)


@deelnemer_vereist
@require_http_methods(["GET", "POST"])
def combinatie_partners(request: DeelnemerRequest, code: str, pk: int) -> HttpResponse:
    werking = request.deelnemer.werking
    combinatie = get_object_or_404(combinaties_van(werking), pk=pk)
    form = CombinatieForm(
        request.POST or None,
        werking=werking,
        # As text: the template compares the posted (text) values and these alike.
        initial={
            "titel": combinatie.titel,
            "partners": [str(p.pk) for p in combinatie.partners.all()],
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            wijzig_combinatie_partners(
                werking,
                combinatie,
                {p.pk for p in form.cleaned_data["partners"]},
                ids_uit(request.POST.get("partners__basis")),
            )
        except Onmogelijk as fout:
            form.add_error("partners", str(fout))
        else:
            return redirect(combinatie_url(code, combinatie))
    context = werking_context(request, "combinaties") | {
        "combinatie": combinatie,
        "form": form,
        "bollen": bollenschema(werking),
        "basis": ",".join(str(p.pk) for p in combinatie.partners.all()),
    }
    return render(
        request,
        "partnerkaarten/combinatie_partners.html",
        context,
        status=400 if form.errors else 200,
    )


@deelnemer_vereist
@require_POST
def combinatie_verder(request: DeelnemerRequest, code: str, pk: int) -> HttpResponse:
    combinatie = get_object_or_404(Combinatie, pk=pk, werking=request.deelnemer.werking)
    zet_verder(combinatie, request.POST.get("verder") == "ja")
    return redirect(combinatie_url(code, combinatie))


def combinatie_url(code: str, combinatie: Combinatie) -> str:
    return reverse("partnerkaarten:combinaties", args=[code]) + f"#combinatie-{combinatie.pk}"


@deelnemer_vereist
@require_http_methods(["GET", "POST"])
def combinatie_verwijder(request: DeelnemerRequest, code: str, pk: int) -> HttpResponse:
    combinatie = get_object_or_404(Combinatie, pk=pk, werking=request.deelnemer.werking)
    if request.method == "POST":
        combinatie.verwijder()
        messages.success(request, "De combinatie is verwijderd.")
        return redirect("partnerkaarten:combinaties", code)
    context = werking_context(request, "combinaties") | {
        "titel": f"{combinatie} verwijderen?",
        "uitleg": "De combinatie verdwijnt met haar ideeën; de partners blijven in jullie "
        "bollenschema.",
        "terug": combinatie_url(code, combinatie),
    }
    return render(request, BEVESTIG, context)


def netwerk_context(request: DeelnemerRequest, op_lijst_fout: str = "") -> dict:
    werking = request.deelnemer.werking
    lijst = netwerk_van(werking)
    return werking_context(request, "netwerk") | {
        "behouden": lijst.behouden,
        "uit_combinaties": lijst.uit_combinaties,
        "andere": lijst.andere,
        "op_lijst_fout": op_lijst_fout,
        "verwijderd": ongedaan_te_maken(werking, "partner"),
    }


@deelnemer_vereist
@require_GET
def netwerk(request: DeelnemerRequest, code: str) -> HttpResponse:
    return render(request, "partnerkaarten/netwerk.html", netwerk_context(request))


@deelnemer_vereist
@require_POST
def netwerk_rij(request: DeelnemerRequest, code: str, pk: int) -> HttpResponse:
    gekozen = partner_van_werking(request, pk)
    form = NetwerkRijForm(request.POST)
    if form.is_valid():
        if form.cleaned_data["behouden"]:
            zet_behouden(gekozen, form.cleaned_data["behouden"] == "ja")
        if form.cleaned_data["bevestig"]:
            bevestig_vinkje(gekozen, form.cleaned_data["bevestig"])
        elif form.cleaned_data["vinkje"] or form.cleaned_data["vinkjes"]:
            velden = (form.cleaned_data["vinkje"],) if form.cleaned_data["vinkje"] else VINKJES
            zet_vinkjes(
                gekozen,
                {veld: form.cleaned_data[veld] for veld in velden},
                {veld: request.POST.get(f"{veld}__basis") for veld in velden},
            )
    if request.htmx:
        return render(request, "partnerkaarten/netwerk.html#lijst", netwerk_context(request))
    return redirect(reverse("partnerkaarten:netwerk", args=[code]) + "#netwerk-lijst")


@deelnemer_vereist
@require_POST
def netwerk_op_lijst(request: DeelnemerRequest, code: str) -> HttpResponse:
    """The partners of pursued combinations the participant left ticked go on the list."""
    werking = request.deelnemer.werking
    gekozen = ids_uit(",".join(request.POST.getlist("partners"))) or set()
    if len(gekozen) != partners_van(werking).filter(pk__in=gekozen).count():
        raise Http404("Onbekende partner.")
    fout = "" if gekozen else "Vink minstens één partner aan om op de lijst te zetten."
    zet_op_lijst(werking, gekozen)
    if request.htmx:
        return render(request, "partnerkaarten/netwerk.html#lijst", netwerk_context(request, fout))
    if fout:
        messages.error(request, fout)
    return redirect(reverse("partnerkaarten:netwerk", args=[code]) + "#netwerk-lijst")


@deelnemer_vereist
@require_POST
def herstel(request: DeelnemerRequest, code: str, soort: str, pk: int) -> HttpResponse:
    """Undo a removal: the item comes back with everything on it."""
    if soort not in HERSTELBAAR:
        raise Http404("Onbekende soort.")
    model, pad, label = HERSTELBAAR[soort]
    item = get_object_or_404(model.alle.filter(**{pad: request.deelnemer.werking.pk}), pk=pk)
    item.herstel()
    messages.success(request, f"{label} is terug.")
    return redirect(terug_url(request, reverse("partnerkaarten:kaarten", args=[code])))


@deelnemer_vereist
@require_GET
def inspiratielijst(request: DeelnemerRequest, code: str) -> HttpResponse:
    return render(request, "partnerkaarten/inspiratie.html", inspiratie_context(request))


def inspiratie_context(request: DeelnemerRequest, form: VoorbeeldForm | None = None) -> dict:
    """From a card (?kaart=…) an example fills a new partner on that card; otherwise one in
    the bollenschema."""
    werking = request.deelnemer.werking
    code = request.sessie.code
    kaart_pk = request.GET.get("kaart") or request.POST.get("kaart") or ""
    kaart = None
    gekozen = ids_uit(kaart_pk)
    if gekozen and len(gekozen) == 1:
        kaart = Partnerkaart.objects.filter(werking=werking, pk=gekozen.pop()).first()
    if kaart is not None:
        doel, anker = reverse("partnerkaarten:kaart", args=[code, kaart.pk]), "nieuwe-partner"
    else:
        doel, anker = reverse("partnerkaarten:bollen", args=[code]), "nieuwe-actor"
    return werking_context(request, "stap3") | {
        "categorieen": inspiratie(request),
        "doel": doel,
        "anker": anker,
        "kaart": kaart,
        "form": form or VoorbeeldForm(sessie_id=werking.sessie_id),
    }


@deelnemer_vereist
@require_POST
def voorbeeld_voorstel(request: DeelnemerRequest, code: str) -> HttpResponse:
    """A participant proposes a local example: their werking sees it at once, the room once
    the facilitator accepts it."""
    werking = request.deelnemer.werking
    form = VoorbeeldForm(request.POST, sessie_id=werking.sessie_id)
    if form.is_valid():
        try:
            voorbeeld = stel_voorbeeld_voor(
                werking.sessie_id,
                werking.pk,
                form.cleaned_data["categorie"],
                form.cleaned_data["naam"],
                form.cleaned_data["gemeente"],
            )
        except Ongeldig as fout:
            form.add_error("naam", str(fout))
        else:
            if voorbeeld.aanvaard:
                messages.info(request, f"{voorbeeld.naam} staat al in de inspiratielijst.")
            else:
                messages.success(
                    request,
                    f"{voorbeeld.naam} staat nu in jullie inspiratielijst. De begeleider kan het "
                    "voorbeeld aan de hele zaal tonen.",
                )
            url = reverse("partnerkaarten:inspiratie", args=[code])
            kaart = request.POST.get("kaart", "")
            return redirect(f"{url}?kaart={kaart}" if kaart.isdigit() else url)
    context = inspiratie_context(request, form)
    return render(request, "partnerkaarten/inspiratie.html", context, status=400)
