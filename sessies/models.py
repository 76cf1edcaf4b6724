import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse

# No look-alikes: no 0/O, no 1/I/L.
CODE_ALFABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTE = 6


def normaliseer_code(code: str) -> str:
    return "".join(code.split()).upper()


class UitgegevenCode(models.Model):
    """Every join code ever handed out, so that a code is never given to a second session,
    not even after the first one was deleted (report URLs contain it)."""

    code = models.CharField(max_length=CODE_LENGTE, primary_key=True)
    uitgegeven = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "uitgegeven code"
        verbose_name_plural = "uitgegeven codes"

    def __str__(self) -> str:
        return self.code


class Sessie(models.Model):
    """A workshop run by a begeleider."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        VERGRENDELD = "vergrendeld", "Vergrendeld"
        GESLOTEN = "gesloten", "Gesloten"

    class Fase(models.TextChoices):
        """The room's step, as the facilitator moves it (the kit's order)."""

        WELKOM = "welkom", "Welkom"
        STAP1 = "stap1", "STAP 1 — Eigen werking"
        STAP2 = "stap2", "STAP 2 — Sterktes en beperkingen"
        STAP3 = "stap3", "STAP 3 — Partnerkaarten"
        BOLLEN = "bollen", "Bollenschema en combinaties"
        NETWERK = "netwerk", "Bouw je netwerk uit"
        KLAAR = "klaar", "Klaar"

    titel = models.CharField("titel", max_length=150)
    datum = models.DateField("datum")
    plaats = models.CharField("plaats", max_length=150, blank=True)
    eigenaar = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="sessies",
        verbose_name="begeleider",
    )
    code = models.CharField("code", max_length=CODE_LENGTE, unique=True, editable=False)
    fase = models.CharField("fase", max_length=10, choices=Fase.choices, default=Fase.WELKOM)
    # The timer: running while `timer_einde` is set; paused, it keeps the seconds left.
    timer_einde = models.DateTimeField("timer loopt tot", null=True, blank=True)
    timer_rest = models.PositiveIntegerField("seconden over (gepauzeerd)", null=True, blank=True)
    # "De begeleider vraagt even je aandacht": every participant page is read-only meanwhile.
    gepauzeerd = models.BooleanField("aandacht gevraagd", default=False)
    status = models.CharField("status", max_length=12, choices=Status.choices, default=Status.OPEN)
    coordinatoren = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="gecoordineerde_sessies",
        blank=True,
        verbose_name="coördinatoren",
    )
    aangemaakt = models.DateTimeField(auto_now_add=True)
    # What the facilitator changed last (phase, timer, pause, status): part of the live pages'
    # ETag. Participants' saves never touch this row.
    gewijzigd = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "sessie"
        verbose_name_plural = "sessies"
        ordering = ["-datum", "-aangemaakt"]

    def __str__(self) -> str:
        return f"{self.titel} ({self.code})"

    def get_absolute_url(self) -> str:
        return reverse("begeleiding:detail", args=[self.code])

    @property
    def open_voor_deelnemers(self) -> bool:
        return self.status == self.Status.OPEN

    def deelname_url(self) -> str:
        return reverse("werking:doe_mee", args=[self.code])


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def nieuw_token() -> str:
    return secrets.token_urlsafe(32)


class Deelnemer(models.Model):
    """Someone who joined a session with its code. No account: the browser holds a secret
    token; the database keeps only its hash."""

    sessie = models.ForeignKey(Sessie, on_delete=models.CASCADE, related_name="deelnemers")
    werking = models.ForeignKey(
        "werking.Werking", on_delete=models.CASCADE, related_name="deelnemers"
    )
    naam = models.CharField("naam", max_length=80)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    aangemaakt = models.DateTimeField(auto_now_add=True)
    laatst_actief = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "deelnemer"
        verbose_name_plural = "deelnemers"
        ordering = ["aangemaakt"]

    def __str__(self) -> str:
        return self.naam
