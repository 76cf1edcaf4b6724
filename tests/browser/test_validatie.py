"""What the browser itself checks (a required field, a choice from a list) is said in Dutch,
whatever the browser's own language: Chromium here speaks English by itself."""

import re

import pytest
from playwright.sync_api import Page, expect

from sessies.models import Sessie
from tests.conftest import Deelname
from werking.models import Kenmerk

from .test_netwerk_lijst import open_als


@pytest.fixture
def sofie(sofie) -> Deelname:
    Kenmerk.objects.create(werking=sofie.werking, soort="beperking", tekst="Weinig jongeren")
    return sofie


def melding(page: Page, selector: str) -> str:
    return page.locator(selector).evaluate("el => el.validationMessage")


def test_an_empty_required_field_says_so_in_dutch(page: Page, live: str) -> None:
    page.goto(f"{live}/verder/")
    page.get_by_role("button", name="Verder werken").click()
    assert melding(page, "#verder-token") == "Vul dit veld in."
    # Typing clears it; emptying the field and trying again brings it back.
    page.locator("#verder-token").fill("mijn-code")
    assert melding(page, "#verder-token") == ""
    page.locator("#verder-token").fill("")
    page.get_by_role("button", name="Verder werken").click()
    assert melding(page, "#verder-token") == "Vul dit veld in."


def test_a_choice_left_open_says_so_in_dutch(page: Page, live: str, sofie: Deelname) -> None:
    open_als(page, live, sofie, "stap-3/")
    page.get_by_role("button", name="Partnerkaart maken").click()
    assert melding(page, "#id_kenmerk") == "Kies een item uit de lijst."
    page.get_by_label("Nieuwe partnerkaart vanuit").select_option(label="Weinig jongeren")
    page.get_by_role("button", name="Partnerkaart maken").click()
    expect(page.get_by_text("Wie kan jou hierbij helpen?")).to_be_visible()


ENGELS = re.compile(r"please|fill out|select one|this field", re.IGNORECASE)

ALLE_BERICHTEN = """() => [...document.querySelectorAll("input, select, textarea")]
  .filter((el) => el.willValidate && !el.validity.valid)
  .map((el) => el.name + ": " + el.validationMessage)"""


@pytest.mark.parametrize("breedte,hoogte", [(1280, 800), (390, 844)])
def test_the_join_page_says_nothing_in_english_after_an_empty_doe_mee(
    page: Page, live: str, workshop: Sessie, breedte: int, hoogte: int
) -> None:
    # What Chromium shows in a bubble and as the tooltip of an invalid field is the field's
    # validationMessage: on a Dutch page every one of them must be Dutch, before and after a
    # failed "Doe mee".
    page.set_viewport_size({"width": breedte, "height": hoogte})
    page.goto(f"{live}/doe-mee/{workshop.code}/")
    voor = page.evaluate(ALLE_BERICHTEN)
    assert voor and not [b for b in voor if ENGELS.search(b)], voor
    page.get_by_role("button", name="Doe mee").click()
    expect(page.get_by_text("Dit veld is verplicht.")).to_be_visible()
    na = page.evaluate(ALLE_BERICHTEN)
    assert na and not [b for b in na if ENGELS.search(b)], na
    assert "naam: Vul dit veld in." in na
    assert not ENGELS.search(page.inner_text("body"))
