from django.apps import AppConfig


class BegeleidingConfig(AppConfig):
    name = "begeleiding"
    verbose_name = "Begeleiding"
