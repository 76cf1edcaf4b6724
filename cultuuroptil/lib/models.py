"""Model pieces shared by the apps."""

from datetime import timedelta

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


def recent_verwijderd(queryset: models.QuerySet) -> models.QuerySet:
    """Rows removed in the last half hour: they get an "ongedaan maken" button."""
    grens = timezone.now() - timedelta(minutes=ONGEDAAN_MINUTEN)
    return queryset.filter(verwijderd_op__gte=grens).order_by("-verwijderd_op")
