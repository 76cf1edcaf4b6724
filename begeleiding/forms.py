from django import forms
from django.contrib.auth.forms import PasswordChangeForm, UserCreationForm

from sessies.models import Sessie


class SessieForm(forms.ModelForm):
    class Meta:
        model = Sessie
        fields = ["titel", "datum", "plaats"]
        widgets = {"datum": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}


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


class SamenvoegForm(forms.Form):
    """Two werkingen of one session: `bron` goes into `doel`."""

    doel = forms.ModelChoiceField(
        label="Behoud deze werking", queryset=None, empty_label="Kies een werking"
    )
    bron = forms.ModelChoiceField(
        label="Voeg deze erin samen", queryset=None, empty_label="Kies een werking"
    )

    def __init__(self, *args, sessie: Sessie, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        werkingen = sessie.werkingen.select_related("gemeente").order_by("naam", "id")
        self.fields["doel"].queryset = werkingen
        self.fields["bron"].queryset = werkingen
        for veld in self.fields.values():
            veld.label_from_instance = lambda w: f"{w.naam} ({w.gemeente.naam})"
            veld.error_messages["invalid_choice"] = "Kies een werking van deze sessie."
            veld.error_messages["required"] = "Kies een werking."

    def clean(self) -> dict:
        data = super().clean()
        if data.get("doel") and data.get("bron") and data["doel"] == data["bron"]:
            raise forms.ValidationError("Kies twee verschillende werkingen.")
        return data


class NieuwAccountForm(UserCreationForm):
    """A coordinator's own account: a username and a password, nothing else."""

    error_messages = {
        **UserCreationForm.error_messages,
        "password_mismatch": "De twee wachtwoorden zijn niet gelijk.",
    }

    class Meta(UserCreationForm.Meta):
        fields = ("username",)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Kies een gebruikersnaam"
        self.fields["username"].help_text = "Letters, cijfers en @ . + - _; max. 150 tekens."
        self.fields["password1"].label = "Kies een wachtwoord"
        self.fields["password2"].label = "Wachtwoord, nog een keer"
        self.fields["password1"].help_text = ""
        self.fields["password2"].help_text = ""


class FaseForm(forms.Form):
    fase = forms.ChoiceField(label="Stap van de zaal", choices=Sessie.Fase.choices)


class PauzeForm(forms.Form):
    gepauzeerd = forms.ChoiceField(choices=[("ja", "Aandacht vragen"), ("nee", "Verder werken")])


class TimerForm(forms.Form):
    actie = forms.ChoiceField(
        choices=[
            ("start", "Start"),
            ("pauze", "Pauzeer"),
            ("verder", "Hervat"),
            ("minuut", "+1 minuut"),
            ("reset", "Stop"),
        ]
    )
    minuten = forms.IntegerField(
        label="Minuten", min_value=1, max_value=180, required=False, initial=10
    )

    def clean(self) -> dict:
        data = super().clean()
        if data.get("actie") == "start" and not data.get("minuten"):
            self.add_error("minuten", "Geef het aantal minuten (1 tot 180).")
        return data
