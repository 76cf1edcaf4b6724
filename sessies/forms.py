from django import forms

from .models import CODE_LENGTE, normaliseer_code


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
