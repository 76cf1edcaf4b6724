from django import forms
from django.contrib.auth.forms import PasswordChangeForm

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
