"""An unchanged session's report comes from the cache; any change the report shows makes a
new one. Works with the default local-memory cache and with the database cache alike."""

import pytest
from django.core.cache import cache

from partnerkaarten.models import Bol, Partner
from partnerkaarten.services import bewaar_combinatie, voeg_idee_toe
from rapport.services import cache_sleutel, rapport_pdf
from sessies.models import Sessie
from werking.models import Kenmerk

from .test_queries import VINGERAFDRUK_QUERIES


@pytest.fixture(autouse=True)
def lege_cache(db):
    cache.clear()
    yield
    cache.clear()


def test_the_second_download_comes_from_the_cache(gevuld, django_assert_num_queries) -> None:
    sessie = Sessie.objects.get(pk=gevuld.bib.sessie.pk)
    eerste = rapport_pdf(sessie)
    assert cache.get(cache_sleutel(sessie)) == eerste
    # Only the fingerprint's aggregates and the cache read (the database cache is the default),
    # no gathering, no rendering.
    with django_assert_num_queries(VINGERAFDRUK_QUERIES + 1):
        assert rapport_pdf(sessie) == eerste


def wijzigingen(gevuld):
    bib = gevuld.bib
    chiro, _academie, school, toerisme = gevuld.partners
    kaart = bib.partnerkaarten.first()

    def stap1() -> None:
        bib.doel = "Anders"
        bib.save()

    return {
        "stap 1": stap1,
        "kenmerk erbij": lambda: Kenmerk.objects.create(werking=bib, soort="sterkte", tekst="x"),
        "kenmerk weg": lambda: gevuld.kenmerken[1].verwijder(),
        "partner op kaart": lambda: kaart.partners.add(school),
        "partner van kaart": lambda: kaart.partners.remove(chiro),
        "idee": lambda: voeg_idee_toe(kaart, "Nog een idee"),
        "vinkje": lambda: Partner.objects.get(pk=chiro.pk).save(),
        "combinatie": lambda: bewaar_combinatie(bib, [chiro, toerisme], titel="Nieuw"),
        "bol weg": lambda: Bol.objects.filter(werking=bib).first().delete(),
        "sessie": lambda: Sessie.objects.get(pk=bib.sessie_id).save(),
    }


@pytest.mark.parametrize(
    "wijziging",
    [
        "stap 1",
        "kenmerk erbij",
        "kenmerk weg",
        "partner op kaart",
        "partner van kaart",
        "idee",
        "vinkje",
        "combinatie",
        "bol weg",
        "sessie",
    ],
)
def test_a_change_the_report_shows_makes_a_new_report(gevuld, wijziging) -> None:
    sessie = Sessie.objects.get(pk=gevuld.bib.sessie.pk)
    voor = cache_sleutel(sessie)
    wijzigingen(gevuld)[wijziging]()
    sessie.refresh_from_db()
    assert cache_sleutel(sessie) != voor


def test_it_works_with_the_database_cache(gevuld, settings) -> None:
    from django.core.cache import caches
    from django.core.management import call_command

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "rapport_test_cache",
        }
    }
    call_command("createcachetable", verbosity=0)
    try:
        sessie = Sessie.objects.get(pk=gevuld.bib.sessie.pk)
        eerste = rapport_pdf(sessie)
        assert caches["default"].get(cache_sleutel(sessie)) == eerste
        assert rapport_pdf(sessie) == eerste
    finally:
        caches["default"].clear()
