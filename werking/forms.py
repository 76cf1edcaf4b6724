from django import forms

from cultuuroptil.lib.velden import EenRegelVeld
from inspiratie.services import categorieen_lijst, categorieen_van

from .models import KENMERK_MAX, Gemeente, Kenmerk, Werking
from .services import GemeenteNietGevonden, vind_gemeente


class NieuwKenmerkForm(forms.Form):
    soort = forms.ChoiceField(choices=Kenmerk.Soort.choices)
    tekst = forms.CharField(
        max_length=KENMERK_MAX,
        error_messages={"required": "Schrijf eerst iets op."},
    )
    # Made by the browser, so that a retried post does not add the item twice.
    sleutel = forms.UUIDField(required=False)


class VerplaatsForm(forms.Form):
    richting = forms.ChoiceField(choices=[("op", "omhoog"), ("neer", "omlaag")])


class GemeenteVeld(forms.CharField):
    """A municipality typed as text (name, old name, French name or postal code)."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("max_length", 100)
        super().__init__(**kwargs)

    def widget_attrs(self, widget: forms.Widget) -> dict[str, str]:
        attrs = super().widget_attrs(widget)
        attrs.update(
            {
                "list": "gemeente-suggesties",
                "autocomplete": "off",
                "placeholder": "Naam of postcode",
            }
        )
        return attrs

    def clean(self, value: str) -> Gemeente | None:
        value = super().clean(value)
        if not value:
            return None
        try:
            return vind_gemeente(value)
        except GemeenteNietGevonden as fout:
            raise forms.ValidationError(str(fout)) from fout


class DoeMeeForm(forms.Form):
    NIEUW = "nieuw"

    naam = EenRegelVeld(label="Je naam", max_length=80)
    werking = forms.ChoiceField(
        label="Je organisatie",
        widget=forms.RadioSelect,
        error_messages={"required": "Kies je organisatie of maak ze aan."},
    )
    nieuwe_werking = EenRegelVeld(label="Naam van je organisatie", max_length=120, required=False)
    gemeente = GemeenteVeld(label="Gemeente van je organisatie", required=False)

    def __init__(self, *args, werkingen: list[Werking], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.werkingen = {str(w.pk): w for w in werkingen}
        keuzes = [(pk, f"{w.naam} ({w.gemeente.naam})") for pk, w in self.werkingen.items()]
        self.fields["werking"].choices = [*keuzes, (self.NIEUW, "Een nieuwe organisatie")]
        if not werkingen:
            self.fields["werking"].initial = self.NIEUW

    def clean(self) -> dict:
        data = super().clean()
        if data.get("werking") == self.NIEUW:
            if not data.get("nieuwe_werking", "").strip() and "nieuwe_werking" not in self.errors:
                self.add_error("nieuwe_werking", "Geef de naam van je organisatie.")
            if not data.get("gemeente") and "gemeente" not in self.errors:
                self.add_error("gemeente", "In welke gemeente is je organisatie gevestigd?")
        return data

    def gekozen_werking(self) -> Werking | None:
        return self.werkingen.get(self.cleaned_data["werking"])


class GemeenteSectorForm(forms.Form):
    """STAP 1: where the organisation is (correctable after joining) and its own sector."""

    gemeente = GemeenteVeld(
        label="Gemeente van jullie organisatie",
        error_messages={"required": "In welke gemeente is jullie organisatie gevestigd?"},
    )
    sector = forms.ModelChoiceField(
        label="Jullie sector",
        queryset=Kenmerk.objects.none(),
        required=False,
        empty_label="— nog niet gekozen —",
        error_messages={"invalid_choice": "Kies een sector uit de lijst."},
    )

    def __init__(self, *args, werking: Werking, **kwargs) -> None:
        kwargs.setdefault(
            "initial", {"gemeente": werking.gemeente.naam, "sector": werking.sector_id}
        )
        super().__init__(*args, **kwargs)
        self.sessie_id = werking.sessie_id
        # Only a post is validated against the queryset; the page lists the categories from
        # a query compiled once (sector_keuzes), not through the field.
        if self.is_bound:
            self.fields["sector"].queryset = categorieen_van(werking.sessie_id)

    def sector_keuzes(self) -> list[tuple[str, str, bool]]:
        """(pk, name, chosen) per categorie: the choice compared once, not per option, the id
        a string (a template formats a number as a number, 22 times)."""
        gekozen = str(self["sector"].value() or "")
        keuzes = []
        for categorie in categorieen_lijst(self.sessie_id):
            pk = str(categorie.pk)
            keuzes.append((pk, categorie.weergave, pk == gekozen))
        return keuzes
