from django.apps import AppConfig


class PartnerkaartenConfig(AppConfig):
    name = "partnerkaarten"
    verbose_name = "Partnerkaarten"

    def ready(self) -> None:
        from cultuuroptil.lib.autosave import registreer
        from sessies.live import registreer_tabel

        from .models import Bol, Combinatie, Idee, Partner, Partnerkaart

        registreer("partner", Partner, ("naam", "sector"), "werking")
        registreer("idee", Idee, ("tekst",), "partnerkaart__werking", live=("tekst",))
        registreer("combinatie", Combinatie, ("titel", "ideeen"), "werking", live=("ideeen",))
        # What colleagues' live pages and the facilitator's dashboard watch. A card's and a
        # combination's partners (many-to-many) bump the card's or combination's `gewijzigd`.
        for model in (Partner, Partnerkaart, Bol, Combinatie):
            registreer_tabel(model, "werking")
        registreer_tabel(Idee, "partnerkaart__werking")
