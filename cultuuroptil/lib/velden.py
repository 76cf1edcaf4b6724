"""Form fields shared by the apps."""

from django import forms

from .text import een_regel


class EenRegelVeld(forms.CharField):
    """A one-line text field: line breaks and control characters become a space before the
    usual stripping and length check (a text input cannot type them, a crafted post can)."""

    def to_python(self, value: object) -> str:
        if isinstance(value, str):
            value = een_regel(value)
        return super().to_python(value)
