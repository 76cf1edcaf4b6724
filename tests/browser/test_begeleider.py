"""The facilitator's way in a real browser: log in, make a session, share its code, close it."""

import re

from playwright.sync_api import Browser, Page, expect

from sessies.models import Sessie

from ..conftest import maak_sessie
from .test_invulsjabloon import doe_mee


def test_it_lets_a_facilitator_create_share_and_close_a_session(
    page: Page, live: str, begeleider, toegankelijkheid
) -> None:
    page.goto(live)
    page.get_by_role("link", name="Meld je aan").click()
    toegankelijkheid(page)
    page.get_by_label("Gebruikersnaam").fill("an")
    page.get_by_label("Wachtwoord").fill("fout")
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_role("alert")).to_contain_text("kennen we niet")
    page.get_by_label("Wachtwoord").fill("workshop-2026!")
    page.get_by_role("button", name="Aanmelden").click()

    expect(page.get_by_role("heading", name="Mijn sessies")).to_be_visible()
    toegankelijkheid(page)
    page.get_by_role("link", name="Nieuwe sessie").click()
    page.get_by_label("Titel").fill("Netwerkdag Dender")
    page.get_by_label("Datum").fill("2026-12-03")
    page.get_by_label("Plaats").fill("CC De Plomblom, Ninove")
    toegankelijkheid(page)
    page.get_by_role("button", name="Sessie aanmaken").click()

    sessie = Sessie.objects.get(titel="Netwerkdag Dender")
    expect(page.get_by_text(f"Deelnemers doen mee met code {sessie.code}.")).to_be_visible()
    expect(page.locator(".grote-code")).to_have_text(f"Code: {sessie.code}")
    expect(page.get_by_text(f"{live}/doe-mee/{sessie.code}/", exact=True)).to_be_visible()
    toegankelijkheid(page)

    page.get_by_label("Status").select_option(label="Gesloten")
    page.get_by_role("button", name="Status wijzigen").click()
    expect(page.get_by_text("De sessie is nu gesloten.")).to_be_visible()
    sessie.refresh_from_db()
    assert sessie.status == Sessie.Status.GESLOTEN

    page.get_by_role("link", name="Mijn sessies").click()
    expect(page.get_by_role("link", name="Netwerkdag Dender", exact=True)).to_be_visible()


def test_it_brings_a_participant_back_with_the_personal_link(
    browser: Browser, live: str, begeleider
) -> None:
    workshop = maak_sessie(begeleider, "Netwerkdag Pajottenland")
    laptop = browser.new_context().new_page()
    doe_mee(laptop, live, workshop.code, "Sofie")
    laptop.get_by_text("Later verder werken?").click()
    link = laptop.get_by_label("Jouw persoonlijke link").input_value()
    assert re.fullmatch(rf"{live}/verder/#[\w-]+", link)

    thuis = browser.new_context().new_page()
    thuis.goto(link)
    expect(thuis.get_by_role("heading", level=1)).to_contain_text("Bibliotheek Pajottegem")
    expect(thuis.get_by_text("Sofie (jij)")).to_be_visible()
