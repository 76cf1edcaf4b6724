from django.apps import AppConfig


class WerkingConfig(AppConfig):
    name = "werking"
    verbose_name = "Werkingen"

    def ready(self) -> None:
        from cultuuroptil.lib.autosave import registreer, registreer_controle
        from sessies.live import registreer_tabel

        from .models import Kenmerk, Werking
        from .services import controleer_werking_veld

        # `live`: texts that pages show only in their own field (the name is in every page's
        # heading, a kenmerk's text on STAP 3's cards: pages say which they show elsewhere).
        registreer(
            "werking",
            Werking,
            ("naam", "dagelijkse_werking", "doel", "voor_wie"),
            "pk",
            live=("dagelijkse_werking", "doel", "voor_wie"),
        )
        registreer("kenmerk", Kenmerk, ("tekst",), "werking", live=("tekst",))
        # The same rule for the name as joining has: no second organisation of that name.
        registreer_controle(Werking, ("naam",), controleer_werking_veld)
        # What colleagues' live pages and the facilitator's dashboard watch.
        registreer_tabel(Werking, "pk")
        registreer_tabel(Kenmerk, "werking")
