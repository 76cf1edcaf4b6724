from django.apps import AppConfig


class WerkingConfig(AppConfig):
    name = "werking"
    verbose_name = "Werkingen"

    def ready(self) -> None:
        from cultuuroptil.lib.autosave import registreer
        from sessies.live import registreer_tabel

        from .models import Kenmerk, Werking

        registreer("werking", Werking, ("naam", "dagelijkse_werking", "doel", "voor_wie"), "pk")
        registreer("kenmerk", Kenmerk, ("tekst",), "werking")
        # What colleagues' live pages and the facilitator's dashboard watch.
        registreer_tabel(Werking, "pk")
        registreer_tabel(Kenmerk, "werking")
