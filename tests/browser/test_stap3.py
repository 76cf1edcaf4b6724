"""STAP 3 in a real browser: partnerkaarten, the bollenschema, combinaties and the final list."""

import re

from playwright.sync_api import Page, expect

from partnerkaarten.models import Combinatie, Partner, Partnerkaart
from sessies.models import Sessie
from werking.models import Kenmerk

from .test_invulsjabloon import doe_mee


def kies_categorie(page: Page, naam: str) -> None:
    page.locator("label.chip-keuze", has=page.get_by_text(naam, exact=True)).click()


def test_it_walks_through_stap_3_to_the_final_list(
    page: Page, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    doe_mee(page, live, workshop.code, "Sofie")
    page.get_by_role("link", name=re.compile("STAP 2")).first.click()
    page.get_by_label("Nieuwe beperking").fill("We bereiken weinig jongeren")
    page.get_by_label("Nieuwe beperking").press("Enter")
    expect(page.get_by_label("Beperking 1", exact=True)).to_have_value(
        "We bereiken weinig jongeren"
    )

    page.get_by_role("link", name=re.compile("STAP 3")).first.click()
    toegankelijkheid(page)
    page.get_by_label("Nieuwe partnerkaart vanuit").select_option(
        label="We bereiken weinig jongeren"
    )
    page.get_by_role("button", name="Partnerkaart maken").click()
    expect(page.get_by_text("Wie kan jou hierbij helpen?")).to_be_visible()
    expect(page.get_by_text("Noteer minstens 1 idee.")).to_be_visible()

    page.get_by_text("Een nieuwe partner toevoegen").click()
    page.get_by_label("Naam", exact=True).fill("Jeugdhuis De Klinker")
    gemeente = page.get_by_label("Gemeente", exact=True)
    gemeente.fill("1750")
    expect(page.locator("#nieuw-gemeente-suggesties option")).to_have_count(1)
    kies_categorie(page, "Jeugd")
    page.get_by_role("radio", name="Culturele actor", exact=True).check()
    page.get_by_label("Sector / domein").fill("jeugdwerk")
    toegankelijkheid(page)
    page.get_by_role("button", name="Partner toevoegen").click()
    expect(page.get_by_text("Jeugdhuis De Klinker staat op de partnerkaart.")).to_be_visible()
    chip = page.locator("#partners .chip", has_text="Jeugdhuis De Klinker")
    expect(chip).to_contain_text("Lennik")
    expect(chip).to_have_class(re.compile("cultureel"))

    page.get_by_label("Nieuw idee").fill("Samen een open podium voor jonge muzikanten")
    page.get_by_label("Nieuw idee").press("Enter")
    expect(page.get_by_role("textbox", name="Idee 1")).to_have_value(
        "Samen een open podium voor jonge muzikanten"
    )
    expect(page.get_by_text("Noteer minstens 1 idee.")).to_be_hidden()

    page.get_by_role("link", name="Bollenschema").click()
    toegankelijkheid(page)
    lennik = page.locator(".bol", has=page.get_by_role("heading", name="Lennik"))
    expect(lennik.locator(".boven")).to_contain_text("Jeugdhuis De Klinker")
    expect(page.locator(".bol").first).to_contain_text("Pajottegem")

    page.get_by_text("Een actor toevoegen aan het bollenschema").click()  # opens on demand
    page.get_by_label("Naam", exact=True).fill("Woonzorgcentrum Ter Bruggen")
    page.get_by_label("Gemeente", exact=True).fill("Pajottegem")
    kies_categorie(page, "Welzijn")
    page.get_by_role("button", name="Actor toevoegen").click()
    eigen = page.locator(".bol.eigen")
    expect(eigen.locator(".onder")).to_contain_text("Woonzorgcentrum Ter Bruggen")

    page.get_by_role("link", name="Naar de combinaties →").click()
    toegankelijkheid(page)
    # The picture above has the same field, for making a combination by clicking.
    nieuw = page.get_by_role("region", name="Een nieuwe combinatie")
    nieuw.get_by_label("Naam voor deze combinatie").fill("Muziek in het woonzorgcentrum")
    page.get_by_role("checkbox", name=re.compile("Jeugdhuis De Klinker")).check()
    page.get_by_role("checkbox", name=re.compile("Woonzorgcentrum Ter Bruggen")).check()
    page.get_by_role("button", name="Combinatie maken").click()
    combinatie = page.locator("article.combinatie")
    expect(combinatie).to_contain_text("Woonzorgcentrum Ter Bruggen")
    combinatie.get_by_label("Ideeën en projectmogelijkheden").fill("Jongeren spelen op zondag.")
    combinatie.get_by_label("Ideeën en projectmogelijkheden").blur()
    expect(combinatie.locator(".veld-status.ok")).to_have_count(1)
    page.get_by_role("button", name="Hiermee gaan we verder aan de slag").click()
    expect(page.get_by_text("Hiermee gaan we verder aan de slag.")).to_be_visible()

    page.get_by_role("link", name='Naar "Bouw je netwerk uit" →').click()
    # The partners of the combination they pursue come ticked; Sofie keeps the Klinker only.
    aangeboden = page.locator("form.uit-combinaties")
    expect(aangeboden.get_by_role("checkbox", name="Jeugdhuis De Klinker")).to_be_checked()
    aangeboden.get_by_role("checkbox", name="Woonzorgcentrum Ter Bruggen").uncheck()
    aangeboden.get_by_role("button", name="Aangevinkte partners op de lijst").click()
    rij = page.locator("table.netwerk tbody tr")
    expect(rij).to_have_count(1)
    expect(rij.get_by_role("checkbox", name="bovenlokaal Jeugdhuis De Klinker")).to_be_checked()
    expect(
        rij.get_by_role("checkbox", name="grensverleggend Jeugdhuis De Klinker")
    ).not_to_be_checked()
    rij.get_by_role("checkbox", name="grensverleggend Jeugdhuis De Klinker").check()
    expect(
        page.locator("table.netwerk").get_by_role(
            "checkbox", name="grensverleggend Jeugdhuis De Klinker"
        )
    ).to_be_checked()
    toegankelijkheid(page)

    page.reload()
    expect(
        page.get_by_role("checkbox", name="grensverleggend Jeugdhuis De Klinker")
    ).to_be_checked()
    klinker = Partner.objects.get(naam="Jeugdhuis De Klinker")
    assert (klinker.gemeente.naam, klinker.cultureel, klinker.behouden) == ("Lennik", True, True)
    assert klinker.grensverleggend_keuze is True
    kaart = Partnerkaart.objects.get(kenmerk=Kenmerk.objects.get())
    assert list(kaart.partners.all()) == [klinker]
    assert kaart.ideeen.get().tekst == "Samen een open podium voor jonge muzikanten"
    scenario = Combinatie.objects.get()
    assert scenario.verder and scenario.ideeen == "Jongeren spelen op zondag."
    assert scenario.partners.count() == 2
