"""Create a facilitator account, or update one: `manage.py begeleider an --naam "An Peeters"`."""

import secrets
from argparse import ArgumentParser
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from begeleiding.services import maak_begeleider


class Command(BaseCommand):
    help = (
        "Maakt een begeleider aan (een gewone gebruiker, geen beheerder) of werkt een "
        "bestaande bij. Zonder --password krijgt een nieuwe begeleider een willekeurig "
        "wachtwoord, dat getoond wordt."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("username", help="Gebruikersnaam om mee aan te melden.")
        parser.add_argument("--password", help="Wachtwoord (anders: een willekeurig).")
        parser.add_argument("--email", help="E-mailadres.")
        parser.add_argument("--naam", help='Voor- en achternaam, bv. "An Peeters".')

    def handle(self, *args: Any, **options: Any) -> None:
        # Validation messages come from Django's translations: force Dutch, whatever
        # language happens to be active in the calling process.
        with translation.override(settings.LANGUAGE_CODE):
            self.maak_of_werk_bij(
                options["username"],
                password=options["password"],
                email=options["email"],
                naam=options["naam"],
            )

    def maak_of_werk_bij(
        self, username: str, *, password: str | None, email: str | None, naam: str | None
    ) -> None:
        User = get_user_model()
        username = username.strip()
        if not username:
            raise CommandError("Geef een gebruikersnaam.")
        user = User.objects.filter(username=username).first()
        nieuw = user is None
        if nieuw:
            # A facilitator only runs workshops: no access to /beheer/.
            user = User(username=username, is_staff=False, is_superuser=False)

        if email is not None:
            user.email = email.strip()
        if naam is not None:
            voornaam, _, achternaam = naam.strip().partition(" ")
            user.first_name = voornaam
            user.last_name = achternaam.strip()

        gegenereerd = nieuw and password is None
        if gegenereerd:
            password = secrets.token_urlsafe(12)

        # Username, e-mail and name lengths are checked by the model, not by argparse.
        self.valideer(lambda: user.full_clean(exclude=["password"]))
        if password is not None:
            # After the fields above, so the similarity check sees the new name and e-mail.
            self.valideer(lambda: password_validation.validate_password(password, user))
            user.set_password(password)
        user.save()
        # Also for an existing account: a coordinator can become a facilitator this way.
        maak_begeleider(user)
        self.meld(user, nieuw=nieuw, wachtwoord=password if gegenereerd else None)

    @staticmethod
    def valideer(controle: Callable[[], None]) -> None:
        try:
            controle()
        except ValidationError as fout:
            raise CommandError(" ".join(str(m) for m in fout.messages)) from fout

    def meld(self, user: AbstractBaseUser, *, nieuw: bool, wachtwoord: str | None) -> None:
        naam = user.get_username()
        if not nieuw:
            self.stdout.write(self.style.SUCCESS(f"Begeleider '{naam}' bijgewerkt."))
        elif wachtwoord:
            self.stdout.write(
                self.style.SUCCESS(f"Begeleider '{naam}' aangemaakt. Wachtwoord: {wachtwoord}")
            )
        else:
            self.stdout.write(self.style.SUCCESS(f"Begeleider '{naam}' aangemaakt."))
