"""The inspiratielijst of one workshop: the kit's categories and examples, the categories and
local examples a facilitator added, and the examples participants proposed.

The base layer: it knows sessions and werkingen only by their ids."""

from django.db.models import F, Max, Q, QuerySet
from django.db.models import Model as DjangoModel
from django.utils.text import slugify

from cultuuroptil.lib.text import normalize_key
from cultuuroptil.lib.voorbereid import VoorbereideQuery

from .models import Categorie, LokaalVoorbeeld


class Ongeldig(ValueError):
    """Input the inspiratielijst refuses; the message is Dutch and meant for the user."""


def categorieen_van(sessie_id: int) -> QuerySet[Categorie]:
    """The kit's categories, then the session's extra ones."""
    return Categorie.objects.filter(Q(sessie__isnull=True) | Q(sessie_id=sessie_id)).order_by(
        F("sessie_id").asc(nulls_first=True), "volgorde", "naam"
    )


# Compiled once (cultuuroptil.lib.voorbereid): STAP 1's sector choice reads it on every view.
_CATEGORIEEN = VoorbereideQuery(lambda sessie_id: categorieen_van(sessie_id), -1)


def categorieen_lijst(sessie_id: int) -> list[Categorie]:
    """`categorieen_van(sessie_id)` read, from a query compiled once."""
    return _CATEGORIEEN.alle(sessie_id)


def voorbeelden_voor(sessie_id: int, werking_id: int | None) -> QuerySet[LokaalVoorbeeld]:
    """Local examples a werking sees: accepted ones, and its own proposals at once."""
    zichtbaar = Q(aanvaard=True)
    if werking_id is not None:
        zichtbaar |= Q(voorgesteld_door_id=werking_id)
    return (
        LokaalVoorbeeld.objects.filter(zichtbaar, sessie_id=sessie_id)
        .select_related("gemeente", "categorie")
        .order_by("naam", "id")
    )


def per_categorie(
    categorieen: list[Categorie], voorbeelden: list[LokaalVoorbeeld]
) -> list[Categorie]:
    """Each category with `.lokaal`: its local examples (two queries for the whole list)."""
    for categorie in categorieen:
        categorie.lokaal = [v for v in voorbeelden if v.categorie_id == categorie.pk]
    return categorieen


def _zelfde(sessie_id: int, categorie: Categorie, naam: str) -> LokaalVoorbeeld | None:
    sleutel = normalize_key(naam)
    kandidaten = LokaalVoorbeeld.objects.filter(sessie_id=sessie_id, categorie=categorie)
    return next((v for v in kandidaten if normalize_key(v.naam) == sleutel), None)


def _controleer(sessie_id: int, categorie: Categorie, naam: str) -> str:
    naam = " ".join(naam.split())
    if not naam:
        raise Ongeldig("Geef de naam van de organisatie.")
    if categorie.sessie_id not in (None, sessie_id):
        raise Ongeldig("Kies een categorie van deze workshop.")
    return naam


def voeg_lokaal_voorbeeld_toe(
    sessie_id: int, categorie: Categorie, naam: str, gemeente: DjangoModel | None
) -> LokaalVoorbeeld:
    """The facilitator's example: the whole room sees it at once. A proposal of the same
    organisation is accepted instead of added twice."""
    naam = _controleer(sessie_id, categorie, naam)
    bestaand = _zelfde(sessie_id, categorie, naam)
    if bestaand is not None:
        bestaand.aanvaard = True
        bestaand.save(update_fields=["aanvaard"])
        return bestaand
    return LokaalVoorbeeld.objects.create(
        sessie_id=sessie_id, categorie=categorie, naam=naam, gemeente=gemeente, aanvaard=True
    )


def stel_voorbeeld_voor(
    sessie_id: int,
    werking_id: int,
    categorie: Categorie,
    naam: str,
    gemeente: DjangoModel | None,
) -> LokaalVoorbeeld:
    """A participant's proposal: their own werking sees it at once, the room once the
    facilitator accepts it. An example that exists already is not proposed again."""
    naam = _controleer(sessie_id, categorie, naam)
    bestaand = _zelfde(sessie_id, categorie, naam)
    if bestaand is not None and (bestaand.aanvaard or bestaand.voorgesteld_door_id == werking_id):
        return bestaand
    return LokaalVoorbeeld.objects.create(
        sessie_id=sessie_id,
        categorie=categorie,
        naam=naam,
        gemeente=gemeente,
        voorgesteld_door_id=werking_id,
    )


def aanvaard_voorbeeld(voorbeeld: LokaalVoorbeeld) -> None:
    LokaalVoorbeeld.objects.filter(pk=voorbeeld.pk).update(aanvaard=True)


def voeg_categorie_toe(sessie_id: int, naam: str, soort: str) -> Categorie:
    """An extra category for one workshop, after the kit's. The kit's list is not touched."""
    naam = " ".join(naam.split())
    if not naam:
        raise Ongeldig("Geef de naam van de categorie.")
    if soort not in Categorie.Soort.values:
        raise Ongeldig("Kies of de categorie cultureel is of niet.")
    if categorieen_van(sessie_id).filter(naam__iexact=naam).exists():
        raise Ongeldig(f"De categorie '{naam}' bestaat al.")
    volgorde = Categorie.objects.aggregate(m=Max("volgorde"))["m"] or 0
    return Categorie.objects.create(
        sessie_id=sessie_id,
        naam=naam,
        slug=f"s{sessie_id}-{slugify(naam)[:40]}-{volgorde + 1}",
        soort=soort,
        volgorde=volgorde + 1,
    )
