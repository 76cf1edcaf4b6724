"""Every account made before coordinators existed was a facilitator: it keeps that right."""

from django.db import migrations


def geef_recht(apps, schema_editor) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    User = apps.get_model("auth", "User")
    # Permissions are made after all migrations (post_migrate); this one is needed now.
    soort, _ = ContentType.objects.get_or_create(app_label="begeleiding", model="uitnodiging")
    recht, _ = Permission.objects.get_or_create(
        content_type=soort,
        codename="begeleider",
        defaults={"name": "Mag sessies aanmaken en begeleiden"},
    )
    recht.user_set.add(*User.objects.all())


class Migration(migrations.Migration):
    dependencies = [
        ("begeleiding", "0001_uitnodigingen_en_opruimingen"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(geef_recht, migrations.RunPython.noop)]
