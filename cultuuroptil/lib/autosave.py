"""Saving one text field without losing or silently overwriting anyone's work.

A save carries the value the editor started from (`basis`). The update is a compare-and-swap
in the database: it only lands when the stored value still equals `basis`. Otherwise:
- if the stored value already equals the new one, the save is a retry of one that landed
  (its answer was lost): that is a success, not a conflict;
- else a colleague changed the field meanwhile: the caller gets their text back as a conflict.
Conflicts are per field, so editing one field never conflicts with another.
"""

import contextlib
import datetime
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Subquery
from django.utils import timezone

from cultuuroptil.lib.text import een_regel, normalize_newlines
from cultuuroptil.lib.voorbereid import VoorbereideUpdate

Status = Literal["opgeslagen", "conflict", "ongeldig"]


@dataclass(frozen=True)
class Veldresultaat:
    status: Status
    waarde: str
    fout: str = ""
    # On a conflict: the id of whoever saved the stored value, when the row records it.
    door_id: int | None = None
    # ... and their name, read with the stored value (no query of its own).
    door_naam: str = ""

    @property
    def gelukt(self) -> bool:
        return self.status == "opgeslagen"


@dataclass(frozen=True)
class AutosaveVeld:
    """A model field that participants may edit in place, scoped to their werking."""

    model: type[models.Model]
    velden: tuple[str, ...]
    werking_pad: str
    # The fields whose text a page shows only in this field (see LiveTekst): a save sets
    # `tekst_gewijzigd`, and colleagues' open pages take the text over without rendering.
    live: tuple[str, ...] = ()

    def rijen(self, werking_id: int) -> models.QuerySet:
        """The rows participants of this werking may edit (removed rows excluded)."""
        return self.model._default_manager.filter(**{self.werking_pad: werking_id})


_REGISTER: dict[str, AutosaveVeld] = {}
_LIVE: set[tuple[type[models.Model], str]] = set()


def registreer(
    naam: str,
    model: type[models.Model],
    velden: tuple[str, ...],
    werking_pad: str,
    live: tuple[str, ...] = (),
) -> None:
    if live and not heeft_veld(model, "tekst_gewijzigd"):
        raise ValueError(f"{model.__name__} has no tekst_gewijzigd: its texts cannot be live")
    _REGISTER[naam] = AutosaveVeld(
        model, velden, werking_pad, tuple(v for v in velden if v in live)
    )
    for veld in live:
        _LIVE.add((model, veld))


def registraties() -> dict[str, AutosaveVeld]:
    return dict(_REGISTER)


# Rules a model's form enforces beyond one field's own cleaning (e.g. a werking's name must not
# make it the same organisation as another one of its session). A check gets the row's pk, the
# field and the cleaned value, raises ValidationError with a Dutch message, and runs inside the
# save's transaction, so it may take the locks it needs to be race-free. Registered per field:
# a field without one is saved without the existence check and the transaction a check needs.
Controle = Callable[[int, str, str], None]
_CONTROLES: dict[tuple[type[models.Model], str], Controle] = {}


def registreer_controle(
    model: type[models.Model], velden: tuple[str, ...], controle: Controle
) -> None:
    for veld in velden:
        _CONTROLES[model, veld] = controle


def geregistreerd(naam: str, veld: str) -> AutosaveVeld | None:
    entry = _REGISTER.get(naam)
    if entry is None or veld not in entry.velden:
        return None
    return entry


@functools.cache
def _formulierveld(model: type[models.Model], veld: str):
    # Form fields are stateless for clean(): one per model field, not one per save.
    return model._meta.get_field(veld).formfield()


@functools.cache
def _een_regel(model: type[models.Model], veld: str) -> bool:
    return isinstance(model._meta.get_field(veld), models.CharField)


def valideer(instance: models.Model | type[models.Model], veld: str, waarde: str) -> str:
    """Clean a value as the model's form field would: strip, check length and emptiness. A
    one-line field (a CharField, shown as a text input) keeps no line breaks nor control
    characters, as its form would not (see EenRegelVeld)."""
    model = instance if isinstance(instance, type) else type(instance)
    schoon = een_regel(waarde) if _een_regel(model, veld) else normalize_newlines(waarde)
    return _formulierveld(model, veld).clean(schoon)


@functools.cache
def heeft_veld(model: type[models.Model], naam: str) -> bool:
    return any(f.name == naam for f in model._meta.concrete_fields)


def _wijzigingen(
    model: type[models.Model], veld: str, schoon: str, door_id: int | None
) -> dict[str, object]:
    updates: dict[str, object] = {veld: schoon}
    nu = timezone.now()
    if heeft_veld(model, "gewijzigd"):
        # .update() skips auto_now; the live views use this timestamp.
        updates["gewijzigd"] = nu
    if (model, veld) in _LIVE:
        updates["tekst_gewijzigd"] = nu
    elif heeft_veld(model, "structuur_gewijzigd"):
        updates["structuur_gewijzigd"] = nu
    if door_id is not None and heeft_veld(model, "gewijzigd_door"):
        updates["gewijzigd_door_id"] = door_id
    return updates


def _na_mislukte_update(
    rijen: models.QuerySet, veld: str, schoon: str
) -> tuple[Veldresultaat | None, str | None]:
    """The rare path after a compare-and-swap that changed nothing, in one query: the row is
    gone (None), the save is a retry of one that landed, or a colleague's text is a conflict
    (with their id and name)."""
    model = rijen.model
    met_door = heeft_veld(model, "gewijzigd_door")
    kolommen = [veld, "gewijzigd_door_id", "gewijzigd_door__naam"] if met_door else [veld]
    rij = next(iter(rijen.order_by().values_list(*kolommen)[:1]), None)
    if rij is None:
        return None, None
    huidig, *door = rij
    if huidig == schoon:
        return Veldresultaat("opgeslagen", huidig), huidig
    return (
        Veldresultaat(
            "conflict",
            huidig,
            door_id=door[0] if door else None,
            door_naam=(door[1] or "") if door else "",
        ),
        huidig,
    )


def bewaar_veld(
    instance: models.Model, veld: str, nieuw: str, basis: str, door_id: int | None = None
) -> Veldresultaat:
    """Save `veld` if it still holds `basis`. `door_id` (a participant) is recorded as the
    row's last editor in the same update, where the row keeps one."""
    model = type(instance)
    try:
        schoon = valideer(model, veld, nieuw)
    except ValidationError as fout:
        return Veldresultaat("ongeldig", getattr(instance, veld), " ".join(fout.messages))
    rijen = model._base_manager.filter(pk=instance.pk)
    with _gecontroleerd(model, instance.pk, veld, schoon) as geweigerd:
        if geweigerd:
            return Veldresultaat("ongeldig", getattr(instance, veld), geweigerd)
        updates = _wijzigingen(model, veld, schoon, door_id)
        if rijen.filter(**{veld: normalize_newlines(basis)}).update(**updates):
            # Answer with what this save wrote, not with a re-read: a colleague's save in
            # between would otherwise become this editor's new starting value and be
            # overwritten later.
            setattr(instance, veld, schoon)
            return Veldresultaat("opgeslagen", schoon)
    resultaat, huidig = _na_mislukte_update(rijen, veld, schoon)
    if resultaat is None:
        raise model.DoesNotExist
    setattr(instance, veld, huidig)
    return resultaat


def bewaar_in_werking(
    registratie: AutosaveVeld,
    werking_id: int,
    pk: int,
    veld: str,
    nieuw: str,
    basis: str,
    door_id: int | None = None,
) -> Veldresultaat | None:
    """`bewaar_veld` for the autosave endpoint, without loading the row first: the
    compare-and-swap is one UPDATE scoped to the werking (`WHERE id AND werking AND veld =
    basis`). Only when it changes nothing does one more query tell a conflict or a retry from
    a row that is not there (None: 404). Invalid text reads the stored value to answer with."""
    model = registratie.model

    def rijen() -> models.QuerySet:
        # Built only off the happy path: the UPDATE below is compiled once.
        return registratie.rijen(werking_id).filter(pk=pk)

    try:
        schoon = valideer(model, veld, nieuw)
    except ValidationError as fout:
        return _ongeldig(rijen(), veld, " ".join(fout.messages))
    if (model, veld) in _CONTROLES and not rijen().exists():
        return None  # another werking's row: 404 before any check reveals something of it
    with _gecontroleerd(model, pk, veld, schoon) as geweigerd:
        if geweigerd:
            return _ongeldig(rijen(), veld, geweigerd)
        updates = _wijzigingen(model, veld, schoon, door_id)
        update, sleutels = _cas_update(registratie, veld, door_id is not None)
        waarden = [updates[sleutel] for sleutel in sleutels]
        if update.voer_uit(werking_id, pk, normalize_newlines(basis), *waarden):
            return Veldresultaat("opgeslagen", schoon)
    return _na_mislukte_update(rijen(), veld, schoon)[0]


def _plaatshouders(sleutels: tuple[str, ...], veld: str) -> list[object]:
    """A placeholder per column an update sets, each of its column's type and all different."""
    plaatsen: list[object] = []
    for i, sleutel in enumerate(sleutels):
        if sleutel == veld:
            plaatsen.append("§schoon§")
        elif sleutel == "gewijzigd_door_id":
            plaatsen.append(-454_545)
        else:
            plaatsen.append(datetime.datetime(2001, 1, 1, 0, 0, i, tzinfo=datetime.UTC))
    return plaatsen


@functools.cache
def _cas_update(
    registratie: AutosaveVeld, veld: str, met_door: bool
) -> tuple[VoorbereideUpdate, tuple[str, ...]]:
    """The compare-and-swap `UPDATE … SET veld, times, editor WHERE id AND <werking> AND veld =
    basis` of `bewaar_in_werking`, compiled once: building and compiling it was a quarter of an
    autosave. Returns it with the order of the columns it sets."""
    sleutels = tuple(_wijzigingen(registratie.model, veld, "", 1 if met_door else None))

    def maak(werking_id: int, pk: int, basis: str, *waarden: object) -> tuple:
        rijen = registratie.rijen(werking_id).filter(pk=pk).filter(**{veld: basis})
        return rijen, dict(zip(sleutels, waarden, strict=True))

    plaatsen = _plaatshouders(sleutels, veld)
    return VoorbereideUpdate(maak, -424_242, -434_343, "§basis§", *plaatsen), sleutels


# The rows of the participants who may save now, found by a key of two strings (see
# `bewaar_met_bewaarder`): a queryset of a model with a `werking` and a pk.
Bewaarders = Callable[[str, str], models.QuerySet]


def bewaar_met_bewaarder(
    registratie: AutosaveVeld,
    bewaarders: Bewaarders,
    sleutel: tuple[str, str],
    pk: int,
    veld: str,
    nieuw: str,
    basis: str,
) -> Veldresultaat | None:
    """The autosave's common case in one statement: the compare-and-swap of
    `bewaar_in_werking`, with the werking and the editor found inside the UPDATE by subqueries
    on `bewaarders(*sleutel)`, instead of by a query of their own first. Returns the result
    only when it saved; None for everything else (a field with a check, refused text, a
    conflict or a retry, no such row or participant, a participant who may not save now),
    which the caller answers through the full path, as if this had not been tried."""
    model = registratie.model
    if (model, veld) in _CONTROLES:
        return None
    try:
        schoon = valideer(model, veld, nieuw)
    except ValidationError:
        return None
    update, sleutels = _cas_update_als(registratie, veld, bewaarders)
    updates = _wijzigingen(model, veld, schoon, None)
    waarden = [updates[s] for s in sleutels]
    if update.voer_uit(*sleutel, pk, normalize_newlines(basis), *waarden):
        return Veldresultaat("opgeslagen", schoon)
    return None


@functools.cache
def _cas_update_als(
    registratie: AutosaveVeld, veld: str, bewaarders: Bewaarders
) -> tuple[VoorbereideUpdate, tuple[str, ...]]:
    """`_cas_update` with `WHERE <werking> = (the participant's werking)` and `SET editor =
    (the participant)`, both subqueries on `bewaarders`: no participant, no row."""
    sleutels = tuple(_wijzigingen(registratie.model, veld, "", None))
    met_door = heeft_veld(registratie.model, "gewijzigd_door")

    def maak(a: str, b: str, pk: int, basis: str, *waarden: object) -> tuple:
        wie = bewaarders(a, b)
        werking = Subquery(wie.values("werking")[:1])
        rijen = registratie.rijen(werking).filter(pk=pk).filter(**{veld: basis})
        updates = dict(zip(sleutels, waarden, strict=True))
        if met_door:
            updates["gewijzigd_door_id"] = Subquery(wie.values("pk")[:1])
        return rijen, updates

    plaatsen = _plaatshouders(sleutels, veld)
    return (
        VoorbereideUpdate(maak, "§sleutel§", "§code§", -424_242, "§basis§", *plaatsen),
        sleutels,
    )


def _ongeldig(rijen: models.QuerySet, veld: str, fout: str) -> Veldresultaat | None:
    """Refused text: answer with the stored value (None when the row is not there: 404)."""
    huidig = next(iter(rijen.order_by().values_list(veld, flat=True)[:1]), None)
    return None if huidig is None else Veldresultaat("ongeldig", huidig, fout)


@contextlib.contextmanager
def _gecontroleerd(model: type[models.Model], pk: int, veld: str, schoon: str) -> Iterator[str]:
    """The model's registered check and the write in one transaction, so the check's locks
    hold until the write; yields the Dutch refusal, or "" when the value may be written. A
    field without a check costs nothing (no transaction of its own)."""
    controle = _CONTROLES.get((model, veld))
    if controle is None:
        yield ""
        return
    with transaction.atomic():
        try:
            controle(pk, veld, schoon)
        except ValidationError as fout:
            yield " ".join(fout.messages)
            return
        yield ""


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
