from django import forms
from django.contrib.auth.forms import PasswordChangeForm

from werking.models import Gemeente, Werking
from werking.services import GemeenteNietGevonden, vind_gemeente

from .models import CODE_LENGTE, Sessie, normaliseer_code


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code",
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )

    def clean_code(self) -> str:
        code = normaliseer_code(self.cleaned_data["code"])
        if len(code) != CODE_LENGTE:
            raise forms.ValidationError(
                f"Een code heeft {CODE_LENGTE} tekens, bijvoorbeeld K7M4QX. Kijk ze nog eens na."
            )
        return code


class SessieForm(forms.ModelForm):
    class Meta:
        model = Sessie
        fields = ["titel", "datum", "plaats"]
        widgets = {"datum": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}


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

    naam = forms.CharField(label="Je naam", max_length=80)
    werking = forms.ChoiceField(
        label="Je organisatie",
        widget=forms.RadioSelect,
        error_messages={"required": "Kies je organisatie of maak ze aan."},
    )
    nieuwe_werking = forms.CharField(
        label="Naam van je organisatie", max_length=120, required=False
    )
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


class WachtwoordWijzigenForm(PasswordChangeForm):
    """Django's Dutch texts say "u"; the app says "je"."""

    error_messages = {
        **PasswordChangeForm.error_messages,
        "password_incorrect": "Je huidige wachtwoord klopt niet. Probeer het opnieuw.",
        "password_mismatch": "De twee nieuwe wachtwoorden zijn niet gelijk.",
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = "Je huidige wachtwoord"
        self.fields["new_password1"].label = "Nieuw wachtwoord"
        self.fields["new_password2"].label = "Nieuw wachtwoord, nog een keer"


class StatusForm(forms.Form):
    status = forms.ChoiceField(label="Status", choices=Sessie.Status.choices)
