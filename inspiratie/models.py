from django.db import models


class Categorie(models.Model):
    """A category of the kit's inspiratielijst ("Bij wie kan je terecht?")."""

    class Soort(models.TextChoices):
        CULTUREEL = "cultureel", "Culturele actor"
        NIET_CULTUREEL = "niet_cultureel", "Niet-culturele actor"
        BEIDE = "beide", "Cultureel of niet-cultureel"
        OPEN = "open", "Niet bepaald"

    naam = models.CharField("naam", max_length=80, unique=True)
    slug = models.SlugField(unique=True)
    soort = models.CharField("soort", max_length=16, choices=Soort.choices)
    voorbeelden = models.JSONField("voorbeelden", default=list, blank=True)
    volgorde = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "categorie"
        verbose_name_plural = "categorieën"
        ordering = ["volgorde", "naam"]

    def __str__(self) -> str:
        return self.naam

    @property
    def standaard_cultureel(self) -> bool | None:
        """True or False where the kit decides; None where the participant chooses."""
        if self.soort == self.Soort.CULTUREEL:
            return True
        if self.soort == self.Soort.NIET_CULTUREEL:
            return False
        return None
