from django.apps import AppConfig


class PartnerkaartenConfig(AppConfig):
    name = "partnerkaarten"
    verbose_name = "Partnerkaarten"

    def ready(self) -> None:
        from cultuuroptil.lib.autosave import registreer

        from .models import Combinatie, Idee, Partner

        registreer("partner", Partner, ("naam", "sector"), "werking")
        registreer("idee", Idee, ("tekst",), "partnerkaart__werking")
        registreer("combinatie", Combinatie, ("titel", "ideeen"), "werking")
