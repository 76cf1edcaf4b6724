"""A workshop's own categories and examples go with it; the kit's list stays."""

from inspiratie.models import Categorie, LokaalVoorbeeld
from inspiratie.services import voeg_categorie_toe, voeg_lokaal_voorbeeld_toe
from sessies.models import Sessie
from tests.partnerkaarten.conftest import maak_partner


def test_deleting_a_workshop_takes_its_categories_examples_and_partners_along(
    sofie, gemeente
) -> None:
    landbouw = voeg_categorie_toe(sofie.sessie.pk, "Landbouw", "niet_cultureel")
    voeg_lokaal_voorbeeld_toe(sofie.sessie.pk, landbouw, "Hoeve Ter Linden", gemeente("Lennik"))
    maak_partner(sofie.werking, "Hoeve Ter Linden", gemeente("Lennik"), landbouw)
    sofie.werking.sector = landbouw
    sofie.werking.save()
    Sessie.objects.filter(pk=sofie.sessie.pk).delete()
    assert not Categorie.objects.filter(naam="Landbouw").exists()
    assert not LokaalVoorbeeld.objects.exists()
    assert Categorie.kit.count() == 22
