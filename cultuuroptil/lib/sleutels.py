"""Idempotent creation: a form that adds an item carries a key made by the browser, so a
retried post (the answer was lost, the participant clicked twice) returns the item it already
made instead of adding it again."""

from typing import TypeVar

from django.db import IntegrityError, models, transaction

M = TypeVar("M", bound=models.Model)


def maak_eenmalig(model: type[M], sleutel: object, binnen: dict, **velden) -> M:
    """The item `sleutel` made before inside `binnen` (e.g. {"werking": w}), or a new one.

    A key that belongs to someone else's item (a crafted post) is not reused: the new item gets
    a fresh key, so the unique constraint never turns into a server error.
    """
    beheerder = model._base_manager
    if sleutel:
        bestaand = beheerder.filter(sleutel=sleutel, **binnen).first()
        if bestaand is not None:
            return bestaand
        if not beheerder.filter(sleutel=sleutel).exists():
            velden["sleutel"] = sleutel
    try:
        with transaction.atomic():
            return model._default_manager.create(**binnen, **velden)
    except IntegrityError:
        # The same post twice at the same moment: the other one made it.
        bestaand = beheerder.filter(sleutel=sleutel, **binnen).first()
        if bestaand is None:
            raise
        return bestaand
