from django.apps import AppConfig


class RapportConfig(AppConfig):
    name = "rapport"
    verbose_name = "Rapport"
