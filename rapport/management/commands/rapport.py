"""`manage.py rapport CODE -o rapport.pdf [--werking ID]`: the same PDF as the download."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from rapport.services import maak_rapport
from sessies.models import Sessie, normaliseer_code
from werking.models import Werking


class Command(BaseCommand):
    help = "Schrijft het Rapport bovenlokale netwerken van een sessie (of één werking) als PDF."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("code", help="De code van de sessie.")
        parser.add_argument("-o", "--output", default="rapport.pdf", help="Het PDF-bestand.")
        parser.add_argument("--werking", type=int, help="Alleen het rapport van deze werking (id).")

    def handle(self, *args, **opties) -> None:
        sessie = Sessie.objects.filter(code=normaliseer_code(opties["code"])).first()
        if sessie is None:
            raise CommandError(f"Geen sessie met code {opties['code']}.")
        werking_id = opties["werking"]
        if (
            werking_id is not None
            and not Werking.objects.filter(sessie=sessie, pk=werking_id).exists()
        ):
            raise CommandError(f"Werking {werking_id} hoort niet bij sessie {sessie.code}.")
        pdf = maak_rapport(sessie, werking_id)
        Path(opties["output"]).write_bytes(pdf)
        self.stdout.write(f"{opties['output']}: {len(pdf) // 1024} kB")
