"""A failed "add" on the participant pages reloads the page: it must open at the reasons, with
the focus there (and so read out), not at the top with the message far below the fold. With
JavaScript and without."""

import pytest
from playwright.sync_api import Browser, Page, expect

from partnerkaarten.models import Partner, Partnerkaart
from tests.conftest import Deelname
from werking.models import Kenmerk

LAPTOP = {"width": 1280, "height": 800}


@pytest.fixture
def bovenlokale_kaart(sofie) -> Partnerkaart:
    kenmerk = Kenmerk.objects.create(
        werking=sofie.werking,
        soort=Kenmerk.Soort.BEPERKING,
        tekst="We bereiken weinig jongeren tussen 14 en 20.",
        volgorde=1,
    )
    return Partnerkaart.objects.create(werking=sofie.werking, kenmerk=kenmerk, bovenlokaal=True)


def aangemeld(page: Page, live: str, sofie: Deelname) -> None:
    page.set_viewport_size(LAPTOP)
    page.goto(f"{live}/verder/#{sofie.token}")
    expect(page.get_by_role("navigation", name="Stappen van het invulsjabloon")).to_be_visible()


def kies_categorie(page: Page, naam: str) -> None:
    page.locator("label.chip-keuze", has=page.get_by_text(naam, exact=True)).click()


def verwacht_bij_de_fout(page: Page, tekst: str) -> None:
    samenvatting = page.locator(".foutsamenvatting")
    expect(samenvatting).to_contain_text(tekst)
    expect(samenvatting).to_be_focused()
    expect(samenvatting).to_have_attribute("role", "alert")
    expect(samenvatting).to_be_in_viewport()


def test_it_lands_at_the_reason_after_a_partner_from_the_own_gemeente(
    page: Page, live: str, sofie: Deelname, bovenlokale_kaart: Partnerkaart, toegankelijkheid
) -> None:
    aangemeld(page, live, sofie)
    page.goto(f"{live}{sofie.url(f'stap-3/{bovenlokale_kaart.pk}/')}")
    page.get_by_text("Een nieuwe partner toevoegen").click()
    page.get_by_label("Naam", exact=True).fill("Woonzorgcentrum Ter Bruggen")
    page.get_by_label("Gemeente", exact=True).fill("Pajottegem")
    kies_categorie(page, "Welzijn")
    page.get_by_role("button", name="Partner toevoegen").click()
    expect(page).to_have_url(f"{live}{sofie.url(f'stap-3/{bovenlokale_kaart.pk}/partner/')}")
    verwacht_bij_de_fout(page, "Pajottegem")
    assert page.evaluate("window.scrollY") > 300
    assert not Partner.objects.exists()
    toegankelijkheid(page)


def test_it_lands_at_the_reason_without_javascript(
    browser: Browser, page: Page, live: str, sofie: Deelname, bovenlokale_kaart: Partnerkaart
) -> None:
    aangemeld(page, live, sofie)
    zonder_js = browser.new_context(
        java_script_enabled=False, storage_state=page.context.storage_state(), viewport=LAPTOP
    )
    pagina = zonder_js.new_page()
    pagina.goto(f"{live}{sofie.url(f'stap-3/{bovenlokale_kaart.pk}/')}")
    pagina.get_by_text("Een nieuwe partner toevoegen").click()
    pagina.get_by_label("Naam", exact=True).fill("Jeugdhuis De Klinker")
    pagina.get_by_label("Gemeente", exact=True).fill("Lennik")
    kies_categorie(pagina, "Jeugd")  # cultureel or not: the participant must choose
    pagina.get_by_role("button", name="Partner toevoegen").click()
    verwacht_bij_de_fout(pagina, "een culturele of een niet-culturele actor")
    assert not Partner.objects.exists()
    zonder_js.close()
