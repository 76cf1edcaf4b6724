"""The report in a real browser: a participant reaches Klaar and downloads their report; the
facilitator downloads the session's report. The button says the report is coming meanwhile."""

import subprocess
from pathlib import Path

from playwright.sync_api import Page, expect

from partnerkaarten.services import bewaar_partner, nieuwe_partnerkaart, voeg_idee_toe
from werking.models import Kenmerk, Werking

from ..conftest import maak_sessie
from .test_invulsjabloon import doe_mee


def pdf_tekst(pad: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pad), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_a_participant_reaches_klaar_and_downloads_their_report(
    page: Page, live: str, begeleider, toegankelijkheid, tmp_path: Path
) -> None:
    workshop = maak_sessie(begeleider, "Netwerkdag Pajottenland")
    doe_mee(page, live, workshop.code, "Sofie")
    werking = Werking.objects.get()
    kenmerk = Kenmerk.objects.create(werking=werking, soort="beperking", tekst="Weinig jongeren")
    kaart = nieuwe_partnerkaart(werking, kenmerk, bovenlokaal=False)
    jeugdhuis = bewaar_partner(
        werking, {"naam": "Jeugdhuis Tarzan", "gemeente": None, "behouden": True}
    )
    kaart.partners.add(jeugdhuis)
    voeg_idee_toe(kaart, "Een leesfuif in het jeugdhuis")

    page.goto(f"{live}/doe-mee/{workshop.code}/netwerk/")
    page.get_by_role("link", name="Klaar →").click()
    expect(page.get_by_role("heading", name="Klaar")).to_be_visible()
    expect(page.get_by_text("1 partner op jullie lijst")).to_be_visible()
    toegankelijkheid(page)

    knop = page.get_by_role("link", name="Download jullie rapport (PDF)")
    with page.expect_download() as download:
        knop.click()
    bestand = tmp_path / "rapport.pdf"
    download.value.save_as(bestand)
    assert download.value.suggested_filename.endswith("bibliotheek-pajottegem.pdf")
    tekst = pdf_tekst(bestand)
    for deel in ("Bibliotheek Pajottegem", "Weinig jongeren", "Jeugdhuis Tarzan", "leesfuif"):
        assert deel in tekst
    # Their own werking's report: the drawn bollenschema (card and werking), no room summary.
    # Each picture's legend names the own bol (its thick blue ring).
    assert " ".join(tekst.split()).count("eigen werking (dikke blauwe rand)") == 2
    assert "Samenvatting voor de coördinator" not in tekst
    expect(page.get_by_text("Het rapport is gedownload.")).to_be_visible()
    expect(knop).not_to_have_attribute("aria-busy", "true")


def test_the_facilitator_downloads_the_session_report(
    page: Page, live: str, begeleider, tmp_path: Path
) -> None:
    workshop = maak_sessie(begeleider, "Netwerkdag Pajottenland")
    page.goto(f"{live}/aanmelden/")
    page.get_by_label("Gebruikersnaam").fill("an")
    page.get_by_label("Wachtwoord").fill("workshop-2026!")
    page.get_by_role("button", name="Aanmelden").click()
    page.goto(f"{live}/sessies/{workshop.code}/")
    knop = page.locator(f'a[href="/sessies/{workshop.code}/rapport.pdf"]')
    expect(knop).to_have_text("Rapport bovenlokale netwerken (PDF)")
    # The page says the report is coming while it is made (held back here until seen).
    page.route(
        f"**/sessies/{workshop.code}/rapport.pdf",
        lambda route: (
            expect(knop).to_have_text("Rapport wordt gemaakt…"),
            route.continue_(),
        ),
    )
    with page.expect_download() as download:
        knop.click()
    bestand = tmp_path / "sessie.pdf"
    download.value.save_as(bestand)
    tekst = pdf_tekst(bestand)
    assert "Rapport bovenlokale netwerken" in tekst
    assert "nog geen enkele organisatie" in tekst
    expect(knop).to_have_text("Rapport bovenlokale netwerken (PDF)")
