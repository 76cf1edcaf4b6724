"""Model pieces shared by the apps."""

from datetime import datetime, timedelta

from django.db import models
from django.utils import timezone

ONGEDAAN_MINUTEN = 30


class Actief(models.Manager):
    def get_queryset(self) -> models.QuerySet:
        return super().get_queryset().filter(verwijderd_op__isnull=True)


class Verwijderbaar(models.Model):
    """Removing only marks the row, so a misclick (or a colleague's) can be undone.

    `objects` sees what is not removed, and so do related managers and prefetches; `alle` sees
    everything, for undo and for the admin.
    """

    verwijderd_op = models.DateTimeField(null=True, blank=True)
    # The row's latest change, removal included: live pages derive "something changed" from
    # these (indexed) times instead of a shared counter every save would update.
    gewijzigd = models.DateTimeField(auto_now=True, db_index=True)
    # Who last saved a text of this row by autosave, so a colleague's page can say "Sofie
    # wijzigde dit intussen". Empty for other changes and for participants removed since.
    gewijzigd_door = models.ForeignKey(
        "sessies.Deelnemer", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = Actief()
    alle = models.Manager()  # noqa: DJ012 (ruff takes a plain Manager for a field)

    class Meta:
        abstract = True
        base_manager_name = "alle"

    def verwijder(self) -> None:
        self.verwijderd_op = timezone.now()
        self.save(update_fields=["verwijderd_op", "gewijzigd"])

    def herstel(self) -> None:
        self.verwijderd_op = None
        self.save(update_fields=["verwijderd_op", "gewijzigd"])


class LiveTekst(models.Model):
    """A row with texts that colleagues' open pages take over in place (autosave's `live`
    fields): a save of such a text alone need not render their page again, only bring the text.

    `gewijzigd` stays the row's latest change of any kind (what the dashboard, the projector
    and the report's cache watch). Beside it, `tekst_gewijzigd` is the latest save of a live
    text by autosave and `structuur_gewijzigd` the latest other change: a participant's page
    renders again when the structure changed, and merges the new texts otherwise."""

    structuur_gewijzigd = models.DateTimeField(auto_now=True, null=True, editable=False)
    tekst_gewijzigd = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        # Every change that names `gewijzigd` is a change of the structure too (a move, a
        # removal, a tick); only autosave's UPDATE of a live text sets `tekst_gewijzigd` alone.
        velden = kwargs.get("update_fields")
        if velden is not None and "gewijzigd" in velden and "structuur_gewijzigd" not in velden:
            kwargs["update_fields"] = [*velden, "structuur_gewijzigd"]
        super().save(*args, **kwargs)


def gewijzigd_nu(model: type[models.Model]) -> dict[str, object]:
    """What a structural `.update()` (which skips auto_now) must set besides its own fields."""
    nu = timezone.now()
    velden = {f.name for f in model._meta.concrete_fields}
    return {n: nu for n in ("gewijzigd", "structuur_gewijzigd") if n in velden}


def ongedaan_grens() -> datetime:
    """Rows removed since then can still be restored ("ongedaan maken")."""
    return timezone.now() - timedelta(minutes=ONGEDAAN_MINUTEN)


def recent_verwijderd(queryset: models.QuerySet) -> models.QuerySet:
    """Rows removed in the last half hour: they get an "ongedaan maken" button."""
    return queryset.filter(verwijderd_op__gte=ongedaan_grens()).order_by("-verwijderd_op")


def recent_verwijderd_uit(rijen: list[Verwijderbaar]) -> list[Verwijderbaar]:
    """`recent_verwijderd` for rows a page read anyway (removed ones included): the same rows,
    most recently removed first, without a query of its own."""
    grens = ongedaan_grens()
    recent = [r for r in rijen if r.verwijderd_op is not None and r.verwijderd_op >= grens]
    return sorted(recent, key=lambda r: r.verwijderd_op, reverse=True)
