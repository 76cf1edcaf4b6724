"""The report as bytes: gathered (gegevens), rendered (pdf) and kept in the cache.

The cache key is what the report shows (see `vingerafdruk`): an unchanged session's second
download costs a handful of aggregate queries and a cache read, never a new rendering.
"""

import hashlib
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.utils.text import slugify

from inspiratie.models import Categorie
from sessies.models import Sessie

from .gegevens import DRUK_SCHAAL, SCHEMA_HINTS, Rapport, verzamel, vingerafdruk
from .pdf import render_html, render_pdf


def _versie() -> str:
    """A new template, stylesheet or picture layout (a deploy) makes every cached report
    stale: the report draws the bollenschema with the pages' partial and layout."""
    basis = Path(settings.BASE_DIR)
    bestanden = [
        *sorted((basis / "templates" / "rapport").glob("*")),
        basis / "templates" / "onderdelen" / "bollenschema.html",
        basis / "partnerkaarten" / "tekening.py",
        basis / "static" / "css" / "rapport.css",
    ]
    inhoud = b"".join(b.read_bytes() for b in bestanden if b.is_file())
    return "2-" + hashlib.sha256(inhoud).hexdigest()[:16]


VERSIE = _versie()
BEWAARTIJD = 7 * 24 * 3600


def rapport_context(sessie: Sessie, werking_id: int | None = None) -> dict:
    r: Rapport = verzamel(sessie, werking_id)
    return {
        "r": r,
        "werking_rapport": werking_id is not None,
        "titel": r.titel,
        "schema_hints": SCHEMA_HINTS,
        "druk_schaal": DRUK_SCHAAL,
    }


def rapport_html(sessie: Sessie, werking_id: int | None = None) -> str:
    with translation.override("nl-be"):
        return render_html("rapport/rapport.html", rapport_context(sessie, werking_id))


def maak_rapport(sessie: Sessie, werking_id: int | None = None) -> bytes:
    """The PDF, freshly rendered."""
    with translation.override("nl-be"):
        return render_pdf("rapport/rapport.html", rapport_context(sessie, werking_id))


def cache_sleutel(sessie: Sessie, werking_id: int | None = None) -> str:
    inhoud = f"{VERSIE}|{werking_id}|{vingerafdruk(sessie)}"
    return f"rapport:{sessie.code}:{hashlib.sha256(inhoud.encode()).hexdigest()}"


def rapport_pdf(sessie: Sessie, werking_id: int | None = None) -> bytes:
    """The PDF from the cache when nothing it shows changed since it was made."""
    sleutel = cache_sleutel(sessie, werking_id)
    pdf = cache.get(sleutel)
    if pdf is None:
        pdf = maak_rapport(sessie, werking_id)
        cache.set(sleutel, pdf, BEWAARTIJD)
    return pdf


def kit_bollen() -> list[dict]:
    """The blank bollenschema: the own gemeente in the middle, four others around it."""
    bollen = [(290, 315, 150, "EIGEN WERKING", True)] + [
        (x, y, 95, "gemeente: ..................", False)
        for x, y in ((105, 100), (475, 100), (105, 530), (475, 530))
    ]
    return [
        {
            "x": x,
            "y": y,
            "r": r,
            "eigen": eigen,
            "naam": naam,
            "links": x - r,
            "rechts": x + r,
            "boven": y - r + (30 if eigen else 24),
            "onder": y + r - (16 if eigen else 12),
            "naam_y": y - 6,
            "letter": 13 if eigen else 10,
        }
        for x, y, r, naam, eigen in bollen
    ]


def kit_context() -> dict:
    return {
        "bollen": kit_bollen(),
        # The kit's own inspiratielijst: a workshop's local additions are not for print.
        "categorieen": list(
            Categorie.objects.filter(sessie__isnull=True).order_by("volgorde", "naam")
        ),
        "titel": "Bouw je netwerk uit — werkmateriaal om af te drukken",
        "kaart_regels": range(6),
        "netwerk_regels": range(14),
        "schrijf_regels": range(4),
    }


def kit_pdf() -> bytes:
    context = kit_context()
    inhoud = "|".join(
        f"{c.pk}:{c.naam}:{c.soort}:{c.voorbeelden}:{c.volgorde}" for c in context["categorieen"]
    )
    sleutel = "kit:" + hashlib.sha256(f"{VERSIE}|{inhoud}".encode()).hexdigest()
    pdf = cache.get(sleutel)
    if pdf is None:
        with translation.override("nl-be"):
            pdf = render_pdf("rapport/kit.html", context)
        cache.set(sleutel, pdf, BEWAARTIJD)
    return pdf


def bestandsnaam(sessie: Sessie, werking_naam: str | None = None, ext: str = "pdf") -> str:
    """The room's report and a werking's own network have distinct names."""
    if werking_naam:
        return f"netwerk-{sessie.code.lower()}-{slugify(werking_naam)}.{ext}"
    return f"rapport-{sessie.code.lower()}.{ext}"
