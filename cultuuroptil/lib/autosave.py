"""Saving one text field without losing or silently overwriting anyone's work.

A save carries the value the editor started from (`basis`). The update is a compare-and-swap
in the database: it only lands when the stored value still equals `basis`. Otherwise:
- if the stored value already equals the new one, the save is a retry of one that landed
  (its answer was lost): that is a success, not a conflict;
- else a colleague changed the field meanwhile: the caller gets their text back as a conflict.
Conflicts are per field, so editing one field never conflicts with another.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from cultuuroptil.lib.text import een_regel, normalize_newlines

Status = Literal["opgeslagen", "conflict", "ongeldig"]


@dataclass(frozen=True)
class Veldresultaat:
    status: Status
    waarde: str
    fout: str = ""
    # On a conflict: the id of whoever saved the stored value, when the row records it.
    door_id: int | None = None

    @property
    def gelukt(self) -> bool:
        return self.status == "opgeslagen"


@dataclass(frozen=True)
class AutosaveVeld:
    """A model field that participants may edit in place, scoped to their werking."""

    model: type[models.Model]
    velden: tuple[str, ...]
    werking_pad: str

    def queryset(self, werking: models.Model) -> models.QuerySet:
        return self.model._default_manager.filter(**{self.werking_pad: werking.pk})


_REGISTER: dict[str, AutosaveVeld] = {}


def registreer(naam: str, model: type[models.Model], velden: tuple[str, ...], werking_pad: str):
    _REGISTER[naam] = AutosaveVeld(model=model, velden=velden, werking_pad=werking_pad)


# Rules a model's form enforces beyond one field's own cleaning (e.g. a werking's name must not
# make it the same organisation as another one of its session). A check gets the instance, the
# field and the cleaned value, raises ValidationError with a Dutch message, and runs inside the
# save's transaction, so it may take the locks it needs to be race-free.
Controle = Callable[[models.Model, str, str], None]
_CONTROLES: dict[type[models.Model], Controle] = {}


def registreer_controle(model: type[models.Model], controle: Controle) -> None:
    _CONTROLES[model] = controle


def geregistreerd(naam: str, veld: str) -> AutosaveVeld | None:
    entry = _REGISTER.get(naam)
    if entry is None or veld not in entry.velden:
        return None
    return entry


def valideer(instance: models.Model, veld: str, waarde: str) -> str:
    """Clean a value as the model's form field would: strip, check length and emptiness. A
    one-line field (a CharField, shown as a text input) keeps no line breaks nor control
    characters, as its form would not (see EenRegelVeld)."""
    model_field = instance._meta.get_field(veld)
    form_field = model_field.formfield()
    if isinstance(model_field, models.CharField):
        return form_field.clean(een_regel(waarde))
    return form_field.clean(normalize_newlines(waarde))


def heeft_veld(instance: models.Model, naam: str) -> bool:
    return any(f.name == naam for f in instance._meta.concrete_fields)


def bewaar_veld(
    instance: models.Model, veld: str, nieuw: str, basis: str, door_id: int | None = None
) -> Veldresultaat:
    """Save `veld` if it still holds `basis`. `door_id` (a participant) is recorded as the
    row's last editor in the same update, where the row keeps one."""
    try:
        schoon = valideer(instance, veld, nieuw)
    except ValidationError as fout:
        return Veldresultaat("ongeldig", getattr(instance, veld), " ".join(fout.messages))
    controle = _CONTROLES.get(type(instance))
    if controle is None:
        return _schrijf(instance, veld, schoon, basis, door_id)
    with transaction.atomic():
        # The check and the write in one transaction: the check's lock holds until the write.
        try:
            controle(instance, veld, schoon)
        except ValidationError as fout:
            return Veldresultaat("ongeldig", getattr(instance, veld), " ".join(fout.messages))
        return _schrijf(instance, veld, schoon, basis, door_id)


def _schrijf(
    instance: models.Model, veld: str, schoon: str, basis: str, door_id: int | None
) -> Veldresultaat:
    """The compare-and-swap of a cleaned value."""
    basis = normalize_newlines(basis)
    updates: dict[str, object] = {veld: schoon}
    if heeft_veld(instance, "gewijzigd"):
        # .update() skips auto_now; the live views use this timestamp.
        updates["gewijzigd"] = timezone.now()
    met_door = heeft_veld(instance, "gewijzigd_door")
    if met_door and door_id is not None:
        updates["gewijzigd_door_id"] = door_id
    model = type(instance)
    gewijzigd = model._base_manager.filter(pk=instance.pk, **{veld: basis}).update(**updates)
    if gewijzigd:
        # Answer with what this save wrote, not with a re-read: a colleague's save in between
        # would otherwise become this editor's new starting value and be overwritten later.
        setattr(instance, veld, schoon)
        return Veldresultaat("opgeslagen", schoon)
    kolommen = [veld, "gewijzigd_door_id"] if met_door else [veld]
    huidig, *door = model._base_manager.values_list(*kolommen).get(pk=instance.pk)
    setattr(instance, veld, huidig)
    if huidig == schoon:
        return Veldresultaat("opgeslagen", huidig)
    return Veldresultaat("conflict", huidig, door_id=door[0] if door else None)


@dataclass(frozen=True)
class Samenvoeging:
    waarden: dict[str, str]
    conflicten: dict[str, str]


def voeg_samen(
    gepost: dict[str, str], basis: dict[str, str | None], huidig: dict[str, str]
) -> Samenvoeging:
    """Three-way merge of a whole form, field by field, with the same promise as `bewaar_veld`.

    A field the participant left as the page showed it takes the stored value, so a colleague's
    change meanwhile survives; a field they changed wins, unless a colleague changed that same
    field to something else: then it is a conflict (the colleague's value is returned).
    A field without a starting value (an old page) counts as changed.
    """
    waarden: dict[str, str] = {}
    conflicten: dict[str, str] = {}
    for veld, mijn in gepost.items():
        begin = basis.get(veld)
        nu = huidig[veld]
        if begin is not None and mijn.strip() == begin.strip():
            waarden[veld] = nu
        else:
            waarden[veld] = mijn
            if begin is not None and nu.strip() not in (begin.strip(), mijn.strip()):
                conflicten[veld] = nu
    return Samenvoeging(waarden, conflicten)


def voeg_verzameling_samen(gekozen: set[int], basis: set[int] | None, huidig: set[int]) -> set[int]:
    """The same promise for a choice of several items (e.g. a combination's partners): apply
    what this participant added and removed to what is stored now, so an item a colleague
    added meanwhile is not dropped. Without a starting set (an old page) the choice wins."""
    if basis is None:
        return set(gekozen)
    return (huidig | gekozen) - (basis - gekozen)
