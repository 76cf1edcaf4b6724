import uuid
from dataclasses import dataclass

from django.db import models

from cultuuroptil.lib.models import LiveTekst, Verwijderbaar
from werking.models import TEKST_MAX, Gemeente, Kenmerk, Werking

IDEE_MAX = 1000


class LijstItem(Verwijderbaar):
    """An item participants add to a list: ordered, made once per browser key
    (see cultuuroptil.lib.sleutels) and removable with undo."""

    volgorde = models.PositiveIntegerField(default=0)
    sleutel = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    aangemaakt = models.DateTimeField(auto_now_add=True)

    class Meta(Verwijderbaar.Meta):
        abstract = True
        ordering = ["volgorde", "id"]


@dataclass(frozen=True)
class Vinkje:
    """One tick box of the final list, as its column shows it."""

    veld: str
    kop: str
    aan: bool
    # Ticked only because the kit suggests it, and why.
    voorgesteld: bool
    reden: str


class Partner(LijstItem):
    """An actor a werking named: on partnerkaarten, in a bol, in combinaties, on the final list.

    The `*_keuze` fields hold only what the participant set by hand; the properties fall back to
    the kit's defaults, so a default follows a later change of gemeente or categorie.
    """

    werking = models.ForeignKey(Werking, on_delete=models.CASCADE, related_name="partners")
    naam = models.CharField("naam", max_length=150)
    gemeente = models.ForeignKey(
        Gemeente,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="gemeente",
        help_text="Leeg voor een organisatie die in een regio of heel Vlaanderen werkt.",
    )
    # RESTRICT, not PROTECT: a category in use stays, but a workshop deleted with its extra
    # categories takes its partners along.
    categorie = models.ForeignKey(
        "inspiratie.Categorie",
        on_delete=models.RESTRICT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="categorie",
    )
    cultureel_keuze = models.BooleanField("cultureel (gekozen)", null=True, blank=True)
    sector = models.CharField("sector / domein", max_length=200, blank=True)
    bovenlokaal_keuze = models.BooleanField("bovenlokaal (gekozen)", null=True, blank=True)
    grensverleggend_keuze = models.BooleanField("grensverleggend (gekozen)", null=True, blank=True)
    behouden = models.BooleanField(
        "op de lijst 'Bouw je netwerk uit'",
        default=False,
        help_text="Welke partners houd je over om een samenwerking mee op te zetten?",
    )

    class Meta(LijstItem.Meta):
        verbose_name = "partner"
        verbose_name_plural = "partners"

    def __str__(self) -> str:
        return self.naam

    @property
    def cultureel(self) -> bool:
        if self.cultureel_keuze is not None:
            return self.cultureel_keuze
        if self.categorie_id is not None and self.categorie.standaard_cultureel is not None:
            return self.categorie.standaard_cultureel
        return False

    @property
    def bovenlokaal_voorstel(self) -> bool:
        """The kit's default: another gemeente than the werking's (as it is now), or none."""
        return self.gemeente_id is None or self.gemeente_id != self.werking.gemeente_id

    @property
    def bovenlokaal(self) -> bool:
        if self.bovenlokaal_keuze is not None:
            return self.bovenlokaal_keuze
        return self.bovenlokaal_voorstel

    @property
    def grensverleggend_voorstel(self) -> bool:
        """Suggested across disciplines too ("over disciplines heen"): a non-cultural partner,
        or one of another inspiratielijst categorie than the werking's own sector."""
        if not self.cultureel:
            return True
        sector_id = self.werking.sector_id
        return (
            sector_id is not None
            and self.categorie_id is not None
            and self.categorie_id != sector_id
        )

    @property
    def grensverleggend(self) -> bool:
        if self.grensverleggend_keuze is not None:
            return self.grensverleggend_keuze
        return self.grensverleggend_voorstel

    @property
    def bovenlokaal_voorgesteld(self) -> bool:
        """Ticked only because the kit suggests it: not (yet) the participant's own choice."""
        return self.bovenlokaal_keuze is None and self.bovenlokaal_voorstel

    @property
    def grensverleggend_voorgesteld(self) -> bool:
        return self.grensverleggend_keuze is None and self.grensverleggend_voorstel

    @property
    def vinkjes(self) -> tuple[Vinkje, Vinkje]:
        """The kit's two tick columns of "Bouw je netwerk uit", in the kit's order."""
        return (
            Vinkje(
                "bovenlokaal",
                "Bovenlokaal?",
                self.bovenlokaal,
                self.bovenlokaal_voorgesteld,
                "een andere gemeente dan de jouwe",
            ),
            Vinkje(
                "grensverleggend",
                "Grensverleggend?",
                self.grensverleggend,
                self.grensverleggend_voorgesteld,
                "een andere sector dan de jouwe" if self.cultureel else "een niet-culturele actor",
            ),
        )


class Partnerkaart(LijstItem):
    """A partner card: starts from one sterkte or beperking, lists partners and ideas."""

    werking = models.ForeignKey(Werking, on_delete=models.CASCADE, related_name="partnerkaarten")
    kenmerk = models.ForeignKey(
        Kenmerk, on_delete=models.CASCADE, related_name="partnerkaarten", verbose_name="vertrekpunt"
    )
    bovenlokaal = models.BooleanField(
        "bovenlokale partnerkaart",
        default=False,
        help_text="Stelt enkel partners buiten de eigen gemeente voor.",
    )
    partners = models.ManyToManyField(Partner, related_name="partnerkaarten", blank=True)

    class Meta(LijstItem.Meta):
        verbose_name = "partnerkaart"
        verbose_name_plural = "partnerkaarten"

    def __str__(self) -> str:
        return f"Partnerkaart: {self.kenmerk.tekst[:60]}"


class Idee(LijstItem, LiveTekst):
    """'Hoe zou je kunnen samenwerken met deze partners?' — one answer on a partnerkaart."""

    partnerkaart = models.ForeignKey(Partnerkaart, on_delete=models.CASCADE, related_name="ideeen")
    tekst = models.TextField("idee", max_length=IDEE_MAX)

    class Meta(LijstItem.Meta):
        verbose_name = "idee"
        verbose_name_plural = "ideeën"

    def __str__(self) -> str:
        return self.tekst[:60]


class Bol(models.Model):
    """One circle of the bollenschema: a gemeente, or none for 'regio / Vlaanderen'."""

    werking = models.ForeignKey(Werking, on_delete=models.CASCADE, related_name="bollen")
    gemeente = models.ForeignKey(
        Gemeente,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="gemeente",
    )
    volgorde = models.PositiveIntegerField(default=0)
    aangemaakt = models.DateTimeField(auto_now_add=True)
    gewijzigd = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        verbose_name = "bol"
        verbose_name_plural = "bollen"
        ordering = ["volgorde", "id"]

    def __str__(self) -> str:
        return self.gemeente.naam if self.gemeente_id else "Regio / Vlaanderen"


class Combinatie(LijstItem, LiveTekst):
    """A scenario: partners from different bollen brought together, with ideas."""

    werking = models.ForeignKey(Werking, on_delete=models.CASCADE, related_name="combinaties")
    titel = models.CharField("titel", max_length=150, blank=True)
    partners = models.ManyToManyField(Partner, related_name="combinaties", blank=True)
    ideeen = models.TextField("ideeën en projectmogelijkheden", blank=True, max_length=TEKST_MAX)
    verder = models.BooleanField("we gaan hiermee verder aan de slag", default=False)

    class Meta(LijstItem.Meta):
        verbose_name = "combinatie"
        verbose_name_plural = "combinaties"

    def __str__(self) -> str:
        return self.titel or "Naamloze combinatie"
