from django import forms

from .models import KENMERK_MAX, Kenmerk


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
