"""The facilitator's own records: invitations for coordinators and the tidying done in a room
(so that it can be undone). The right to run sessions is the permission `begeleiding.begeleider`."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone

from sessies.models import hash_token

UITNODIGING_GELDIG = timedelta(days=7)


class Uitnodiging(models.Model):
    """A one-time link that makes its first user a coordinator of a session. The link is shown
    once to the facilitator; the database keeps only the token's hash."""

    sessie = models.ForeignKey(
        "sessies.Sessie", on_delete=models.CASCADE, related_name="uitnodigingen"
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name="door"
    )
    aangemaakt = models.DateTimeField(auto_now_add=True)
    verloopt = models.DateTimeField("verloopt")
    gebruikt_op = models.DateTimeField("gebruikt op", null=True, blank=True)
    gebruikt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="gebruikt door",
    )

    class Meta:
        verbose_name = "uitnodiging"
        verbose_name_plural = "uitnodigingen"
        ordering = ["-aangemaakt"]
        # On a model of this app, since a permission needs one: who may create sessions.
        permissions = [("begeleider", "Mag sessies aanmaken en begeleiden")]

    def __str__(self) -> str:
        return f"Uitnodiging voor {self.sessie}"

    @classmethod
    def maak(cls, sessie, door) -> tuple["Uitnodiging", str]:
        token = secrets.token_urlsafe(24)
        uitnodiging = cls.objects.create(
            sessie=sessie,
            door=door,
            token_hash=hash_token(token),
            verloopt=timezone.now() + UITNODIGING_GELDIG,
        )
        return uitnodiging, token

    @property
    def bruikbaar(self) -> bool:
        return self.gebruikt_op is None and self.verloopt > timezone.now()


class Opruiming(models.Model):
    """One tidying action in a room (merging two werkingen, removing a participant), with what
    it moved or removed, so "ongedaan maken" can put it back."""

    class Soort(models.TextChoices):
        SAMENVOEGEN = "samenvoegen", "Werkingen samengevoegd"
        DEELNEMER_WEG = "deelnemer_weg", "Deelnemer verwijderd"

    sessie = models.ForeignKey("sessies.Sessie", on_delete=models.CASCADE, related_name="+")
    soort = models.CharField(max_length=20, choices=Soort.choices)
    omschrijving = models.CharField(max_length=300)
    gegevens = models.JSONField(default=dict)
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    aangemaakt = models.DateTimeField(auto_now_add=True)
    ongedaan_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "opruiming"
        verbose_name_plural = "opruimingen"
        ordering = ["-aangemaakt", "-id"]

    def __str__(self) -> str:
        return self.omschrijving
