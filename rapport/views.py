"""Part three of the report: the views only check access and respond."""

from collections.abc import Callable

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from sessies.models import Sessie
from sessies.toegang import (
    DeelnemerRequest,
    deelnemer_vereist,
    sessie_van_begeleider,
    werking_context,
)
from werking.models import Werking

from . import exports
from .gegevens import verzamel
from .services import bestandsnaam, kit_pdf, rapport_pdf

PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def bestand(inhoud: bytes, soort: str, naam: str, bijlage: bool = True) -> HttpResponse:
    response = HttpResponse(inhoud, content_type=soort)
    wijze = "attachment" if bijlage else "inline"
    response["Content-Disposition"] = f'{wijze}; filename="{naam}"'
    # Reports hold names of people's partners: no shared caches.
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def sessie_rapport(request: HttpRequest, code: str) -> HttpResponse:
    sessie = sessie_van_begeleider(request.user, code)
    return bestand(rapport_pdf(sessie), PDF, bestandsnaam(sessie))


def werking_van(sessie: Sessie, pk: int) -> Werking:
    werking = Werking.objects.filter(sessie=sessie, pk=pk).first()
    if werking is None:
        raise Http404("Onbekende werking.")
    return werking


@login_required
@require_GET
def werking_rapport(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    sessie = sessie_van_begeleider(request.user, code)
    werking = werking_van(sessie, pk)
    return bestand(rapport_pdf(sessie, werking.pk), PDF, bestandsnaam(sessie, werking.naam))


@deelnemer_vereist
@require_GET
def eigen_rapport(request: DeelnemerRequest, code: str) -> HttpResponse:
    """A participant's report: always their own werking's, whatever they ask."""
    werking = request.deelnemer.werking
    return bestand(
        rapport_pdf(request.sessie, werking.pk), PDF, bestandsnaam(request.sessie, werking.naam)
    )


@deelnemer_vereist
@require_GET
def klaar(request: DeelnemerRequest, code: str) -> HttpResponse:
    """The last step: what the werking made, in short, its report, and what comes next."""
    r = verzamel(request.sessie, request.deelnemer.werking.pk)
    return render(
        request,
        "rapport/klaar.html",
        werking_context(request, "klaar")
        | {"deel": r.werkingen[0], "samenvatting": r.samenvatting},
    )


EXPORTS: dict[str, tuple[Callable, str, str]] = {
    "partners.csv": (exports.partners_csv, "text/csv; charset=utf-8", "partners"),
    "partners.xlsx": (exports.partners_xlsx, XLSX, "partners"),
    "netwerk-kumu.xlsx": (exports.kumu_xlsx, XLSX, "netwerk-kumu"),
    "netwerk.gexf": (exports.gexf, "application/gexf+xml", "netwerk"),
}


@login_required
@require_GET
def export(request: HttpRequest, code: str, bestandnaam: str) -> HttpResponse:
    sessie = sessie_van_begeleider(request.user, code)
    if bestandnaam not in EXPORTS:
        raise Http404("Onbekende export.")
    maak, soort, naam = EXPORTS[bestandnaam]
    extensie = bestandnaam.rsplit(".", 1)[1]
    return bestand(maak(verzamel(sessie)), soort, f"{naam}-{sessie.code.lower()}.{extensie}")


@require_GET
def kit(request: HttpRequest) -> HttpResponse:
    """The blank kit to print: public, it holds nobody's data."""
    return bestand(kit_pdf(), PDF, "bouw-je-netwerk-uit-werkmateriaal.pdf", bijlage=False)
