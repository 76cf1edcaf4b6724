from django.apps import AppConfig


class SessiesConfig(AppConfig):
    name = "sessies"
    verbose_name = "Sessies"
