"""The own gemeente's bol is derived from the werking's gemeente, no longer stored."""

from django.db import migrations
from django.db.models import F


def verwijder_eigen_bollen(apps, schema_editor) -> None:
    Bol = apps.get_model("partnerkaarten", "Bol")
    Bol.objects.filter(gemeente_id=F("werking__gemeente_id")).delete()


class Migration(migrations.Migration):
    dependencies = [("partnerkaarten", "0003_verwijderen_met_ongedaan_maken")]

    operations = [migrations.RunPython(verwijder_eigen_bollen, migrations.RunPython.noop)]
