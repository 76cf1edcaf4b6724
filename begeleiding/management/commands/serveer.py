"""`manage.py serveer [--zaal]`: serve the app with waitress, a multi-threaded WSGI server
in pure Python that runs on the facilitator's Windows, macOS or Linux laptop alike.

On a Linux server gunicorn stays the server (see README). Static files come from WhiteNoise.
"""

from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand
from django.urls import reverse

THREADS = 8  # a room of 40 laptops polling every few seconds


class Command(BaseCommand):
    help = (
        "Draait Cultuuroptil met waitress. Met --zaal (of ZAAL=1) op alle netwerkkaarten, "
        "zodat deelnemers op hetzelfde wifinetwerk meedoen."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--zaal",
            action="store_true",
            default=settings.ZAAL,
            help="Luister op alle netwerkkaarten (0.0.0.0) in plaats van alleen op deze computer.",
        )
        parser.add_argument("--threads", type=int, default=THREADS)

    def handle(self, *args: Any, **options: Any) -> None:
        from waitress import serve

        from cultuuroptil.wsgi import application

        poort = options["port"]
        host = "0.0.0.0" if options["zaal"] else "127.0.0.1"
        self.stdout.write(f"Cultuuroptil draait op http://127.0.0.1:{poort}/ (stoppen met Ctrl+C)")
        if options["zaal"]:
            if settings.LAN_ADRESSEN:
                for adres in settings.LAN_ADRESSEN:
                    self.stdout.write(f"In de zaal (zelfde wifi): http://{adres}:{poort}/")
            else:
                self.stdout.write(
                    self.style.WARNING(
                        "Geen netwerkadres gevonden: is deze laptop met de wifi van de zaal "
                        "verbonden? Deelnemers kunnen nu niet meedoen."
                    )
                )
            if settings.SITE_URL:
                self.stdout.write(
                    f"Deelnemers doen mee op {settings.SITE_URL}{reverse('sessies:code_ingeven')}"
                )
        serve(application, host=host, port=poort, threads=options["threads"], ident="Cultuuroptil")
