"""The municipalities fixture: Statbel's list of 1 January 2025, with the mergers' old names."""

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from django.conf import settings
from django.core.management import call_command

from werking.models import Gemeente, Gewest

SCRIPT = Path(settings.BASE_DIR) / "scripts" / "maak_gemeenten_fixture.py"
FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "gemeenten.json"

FUSIES_2025 = {
    "23106": "Pajottegem",
    "46030": "Beveren-Kruibeke-Zwijndrecht",
    "44088": "Merelbeke-Melle",
    "73110": "Bilzen-Hoeselt",
    "73111": "Tongeren-Borgloon",
    "71071": "Tessenderlo-Ham",
    "44086": "Nazareth-De Pinte",
}


def _laad_script() -> ModuleType:
    # scripts/ is no package: load the generator from its path.
    spec = importlib.util.spec_from_file_location("maak_gemeenten_fixture", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def gemeenten() -> None:
    call_command("loaddata", "gemeenten", verbosity=0)


@pytest.mark.django_db
def test_it_loads_the_565_municipalities_of_2025(gemeenten: None) -> None:
    assert Gemeente.objects.count() == 565


@pytest.mark.django_db
def test_it_counts_the_municipalities_per_region(gemeenten: None) -> None:
    assert Gemeente.objects.filter(gewest=Gewest.VLAANDEREN).count() == 285
    assert Gemeente.objects.filter(gewest=Gewest.BRUSSEL).count() == 19
    assert Gemeente.objects.filter(gewest=Gewest.WALLONIE).count() == 261


@pytest.mark.django_db
def test_it_has_the_merged_municipalities_under_their_new_codes(gemeenten: None) -> None:
    for nis_code, naam in FUSIES_2025.items():
        assert Gemeente.objects.get(pk=nis_code).naam == naam


@pytest.mark.django_db
def test_it_drops_the_municipalities_that_merged(gemeenten: None) -> None:
    # Galmaarden (now Pajottegem), Borsbeek (now Antwerpen), Zwijndrecht (now 46030).
    assert not Gemeente.objects.filter(pk__in=["23023", "11007", "11056"]).exists()
    assert not Gemeente.objects.filter(naam__in=["Galmaarden", "Borsbeek"]).exists()


@pytest.mark.django_db
def test_it_puts_zwijndrechts_successor_in_oost_vlaanderen(gemeenten: None) -> None:
    assert Gemeente.objects.get(pk="46030").provincie == "Oost-Vlaanderen"


@pytest.mark.django_db
def test_it_keeps_the_old_postcodes_and_names_of_pajottegem(gemeenten: None) -> None:
    pajottegem = Gemeente.objects.get(pk="23106")
    assert "1570" in pajottegem.postcodes.split(" ")
    assert "Galmaarden" in pajottegem.vroegere_namen.split(",")
    assert pajottegem.vroegere_namen == "Galmaarden,Gooik,Herne"


@pytest.mark.django_db
def test_it_lists_only_old_names_that_differ_from_the_new_ones(gemeenten: None) -> None:
    assert Gemeente.objects.get(pk="71072").vroegere_namen == "Kortessem"  # Hasselt
    assert Gemeente.objects.get(pk="11002").vroegere_namen == "Borsbeek"  # Antwerpen
    # Dutch "Bastenaken", French "Bastogne": only Bertogne is new to the search.
    assert Gemeente.objects.get(pk="82039").vroegere_namen == "Bertogne"


@pytest.mark.django_db
def test_it_gives_province_names_without_prefix(gemeenten: None) -> None:
    assert Gemeente.objects.get(pk="24062").provincie == "Vlaams-Brabant"  # Leuven
    assert not Gemeente.objects.filter(provincie__startswith="Provincie").exists()


@pytest.mark.django_db
def test_it_leaves_the_province_of_brussels_municipalities_empty(gemeenten: None) -> None:
    brussel = Gemeente.objects.filter(gewest=Gewest.BRUSSEL)
    assert brussel.count() == 19
    assert set(brussel.values_list("provincie", flat=True)) == {""}
    assert not Gemeente.objects.exclude(gewest=Gewest.BRUSSEL).filter(provincie="").exists()


@pytest.mark.django_db
def test_it_stores_the_search_text_the_model_computes(gemeenten: None) -> None:
    for gemeente in Gemeente.objects.all():
        assert gemeente.zoektekst == gemeente.bereken_zoektekst(), gemeente.pk
    assert "|galmaarden|" in Gemeente.objects.get(pk="23106").zoektekst


def test_it_equals_what_the_script_generates_now() -> None:
    script = _laad_script()
    records = script.bouw_fixture()
    tekst = FIXTURE.read_text(encoding="utf-8")
    assert json.loads(tekst) == records
    assert tekst == script.als_tekst(records)
    assert [r["pk"] for r in records] == sorted(r["pk"] for r in records)
