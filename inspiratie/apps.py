from django.apps import AppConfig


class InspiratieConfig(AppConfig):
    name = "inspiratie"
    verbose_name = "Inspiratie voor partners"
