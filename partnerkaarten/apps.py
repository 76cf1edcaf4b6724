from django.apps import AppConfig


class PartnerkaartenConfig(AppConfig):
    name = "partnerkaarten"
    verbose_name = "Partnerkaarten"
