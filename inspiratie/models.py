import re

from django.db import models
from django.db.models import Q

NAAM_MAX = 80
VOORBEELD_MAX = 150
# The kit numbers its second open category ("Andere 2"); participants see its examples instead.
ANDERE_NUMMER = re.compile(r"\s+\d+$")
# How many of its examples an open kit category shows in its name (`Categorie.weergave`).
WEERGAVE_VOORBEELDEN = 2


class KitCategorieManager(models.Manager):
    """Only the kit's own categories (no session's extra ones)."""

    def get_queryset(self) -> models.QuerySet:
        return super().get_queryset().filter(sessie__isnull=True)


class Categorie(models.Model):
    """A category of the kit's inspiratielijst ("Bij wie kan je terecht?"), or one a facilitator
    added to a session. The kit's rows (sessie empty) come from fixtures/inspiratie.json and are
    never changed by a session: a session only adds rows of its own."""

    class Soort(models.TextChoices):
        CULTUREEL = "cultureel", "Culturele actor"
        NIET_CULTUREEL = "niet_cultureel", "Niet-culturele actor"
        BEIDE = "beide", "Cultureel of niet-cultureel"
        OPEN = "open", "Niet bepaald"

    naam = models.CharField("naam", max_length=NAAM_MAX)
    slug = models.SlugField(unique=True)
    soort = models.CharField("soort", max_length=16, choices=Soort.choices)
    voorbeelden = models.JSONField("voorbeelden", default=list, blank=True)
    # The kit ends most lists with "…": the examples are a start, not the whole list.
    open_einde = models.BooleanField("eindigt op …", default=False)
    volgorde = models.PositiveIntegerField(default=0)
    sessie = models.ForeignKey(
        "sessies.Sessie",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="extra_categorieen",
        help_text="Leeg voor de kit; anders een extra categorie van één workshop.",
    )

    objects = models.Manager()
    kit = KitCategorieManager()

    class Meta:
        verbose_name = "categorie"
        verbose_name_plural = "categorieën"
        ordering = ["volgorde", "naam"]
        constraints = [
            models.UniqueConstraint(
                fields=["naam"], condition=Q(sessie__isnull=True), name="categorie_kit_naam_uniek"
            ),
            models.UniqueConstraint(fields=["sessie", "naam"], name="categorie_sessie_naam_uniek"),
        ]

    def __str__(self) -> str:
        return self.naam

    @property
    def weergave(self) -> str:
        """The name a participant sees and picks. The kit's "Andere" and "Andere 2" say nothing
        to a first-timer and look like one category twice: shown with their first examples from
        the kit ("Andere (design, architectuur, …)"). The stored name stays the kit's."""
        if not self.toont_voorbeelden_in_naam:
            return self.naam
        basis = ANDERE_NUMMER.sub("", self.naam)
        return f"{basis} ({', '.join(self.voorbeelden[:WEERGAVE_VOORBEELDEN])}, …)"

    @property
    def toont_voorbeelden_in_naam(self) -> bool:
        return self.van_kit and self.soort == self.Soort.OPEN and bool(self.voorbeelden)

    @property
    def overige_voorbeelden(self) -> list[str]:
        """The kit's examples that `weergave` does not show already: the participants' picker
        lists these under the name, so no example is read twice."""
        if self.toont_voorbeelden_in_naam:
            return self.voorbeelden[WEERGAVE_VOORBEELDEN:]
        return self.voorbeelden

    @property
    def van_kit(self) -> bool:
        return self.sessie_id is None

    @property
    def standaard_cultureel(self) -> bool | None:
        """True or False where the kit decides; None where the participant chooses."""
        if self.soort == self.Soort.CULTUREEL:
            return True
        if self.soort == self.Soort.NIET_CULTUREEL:
            return False
        return None


class LokaalVoorbeeld(models.Model):
    """A real organisation of the region, beside the kit's examples: added by the facilitator,
    or proposed by a werking (seen by that werking at once, by the room once accepted)."""

    sessie = models.ForeignKey(
        "sessies.Sessie", on_delete=models.CASCADE, related_name="lokale_voorbeelden"
    )
    categorie = models.ForeignKey(
        Categorie, on_delete=models.CASCADE, related_name="lokale_voorbeelden"
    )
    naam = models.CharField("naam", max_length=VOORBEELD_MAX)
    gemeente = models.ForeignKey(
        "werking.Gemeente",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="gemeente",
    )
    voorgesteld_door = models.ForeignKey(
        "werking.Werking",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="voorgestelde_voorbeelden",
        help_text="Leeg als de begeleider het voorbeeld toevoegde.",
    )
    aanvaard = models.BooleanField("zichtbaar voor de hele zaal", default=False)
    aangemaakt = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "lokaal voorbeeld"
        verbose_name_plural = "lokale voorbeelden"
        ordering = ["naam", "id"]
        indexes = [models.Index(fields=["sessie", "aanvaard"])]

    def __str__(self) -> str:
        return self.naam
