from django.contrib.auth.password_validation import MinimumLengthValidator
from django.utils.translation import ngettext


class MinimumLengteValidator(MinimumLengthValidator):
    """Django 5.2 rewrote this message and its Dutch catalogue only has the old wording, so the
    new one came out in English. The old msgid is translated."""

    def get_error_message(self) -> str:
        return ngettext(
            "This password is too short. It must contain at least %(min_length)d character.",
            "This password is too short. It must contain at least %(min_length)d characters.",
            self.min_length,
        ) % {"min_length": self.min_length}
