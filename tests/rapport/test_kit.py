"""The blank kit to print, for a room without wifi."""

from pathlib import Path

from pdfua import Severity, validate

from inspiratie.models import Categorie
from rapport.services import kit_pdf

from .conftest import enkel, pagina_teksten


def test_it_holds_every_sheet_of_the_kit_and_the_whole_inspiratielijst(
    referentiedata, tmp_path: Path
) -> None:
    paginas = pagina_teksten(kit_pdf(), tmp_path)
    tekst = enkel(" ".join(paginas))
    for kop in [
        "Invulsjabloon",
        "Uit wat bestaat je dagelijkse werking?",
        "STAP 2 — Sterktes en beperkingen",
        "Partnerkaart bij STAP 3",
        "Bovenlokale partnerkaart",
        "Bollenschema",
        "EIGEN WERKING",
        "Culturele actoren",
        "Niet-culturele actoren",
        "Welke partners houd je over om een samenwerking mee op te zetten?",
        "grensverleggend?",
        "Inspiratielijst",
    ]:
        assert kop in tekst, kop
    inspiratie = tekst[tekst.rindex("Bij wie kan je terecht?") :]
    positie = 0
    for categorie in Categorie.objects.filter(sessie__isnull=True).order_by("volgorde", "naam"):
        positie = inspiratie.index(categorie.naam, positie)
        for voorbeeld in categorie.voorbeelden:
            assert enkel(voorbeeld) in inspiratie
    for i, pagina in enumerate(paginas, start=1):
        assert f"pagina {i} van {len(paginas)}" in pagina


def test_the_kit_is_a_tagged_pdf(referentiedata, tmp_path: Path) -> None:
    bestand = tmp_path / "kit.pdf"
    bestand.write_bytes(kit_pdf())
    fouten = [f.message for f in validate(str(bestand)).findings if f.severity >= Severity.ERROR]
    assert fouten == []
