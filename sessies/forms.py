from django import forms

from .models import CODE_ALFABET, CODE_LENGTE, normaliseer_code


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
        # Only the code alphabet: a code always goes into a URL (no "/", no "?").
        if len(code) != CODE_LENGTE or not set(code) <= set(CODE_ALFABET):
            raise forms.ValidationError(
                f"Een code heeft {CODE_LENGTE} tekens, bijvoorbeeld K7M4QX, zonder 0, O, 1, "
                "I of L. Kijk ze nog eens na."
            )
        return code
