"""Details a participant notices: focus, phones, closed sessions, choices the kit leaves open."""

from playwright.sync_api import Browser, Page, expect

from partnerkaarten.models import Partner
from partnerkaarten.services import bewaar_combinatie, bewaar_partner, nieuwe_partnerkaart
from sessies.models import Sessie
from werking.models import Gemeente, Kenmerk, Werking

from .test_invulsjabloon import doe_mee


def test_it_keeps_the_keyboard_on_the_item_that_moved(page: Page, live, workshop) -> None:
    doe_mee(page, live, workshop.code, "Sofie")
    page.goto(page.url.replace("stap-1", "stap-2"))
    for tekst in ("Een grote zaal", "Veel vrijwilligers"):
        page.get_by_label("Nieuwe sterkte").fill(tekst)
        page.get_by_label("Nieuwe sterkte").press("Enter")
        expect(page.locator("#kolom-sterkte textarea")).to_have_count(
            1 if tekst == "Een grote zaal" else 2
        )
    page.get_by_role("button", name="Sterkte 2 omhoog").click()
    expect(page.get_by_label("Sterkte 1", exact=True)).to_have_value("Veel vrijwilligers")
    expect(page.get_by_label("Sterkte 1", exact=True)).to_be_focused()
    page.get_by_role("button", name="Sterkte 2 verwijderen").click()
    expect(page.get_by_role("button", name="Ongedaan maken")).to_be_focused()


def test_it_has_no_sideways_scrolling_on_a_phone(browser: Browser, live, workshop) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    doe_mee(page, live, workshop.code, "Sofie")
    werking = Werking.objects.get()
    for naam, gemeente in (("Jeugdhuis De Klinker", None), ("Woonzorgcentrum Ter Bruggen", None)):
        partner = bewaar_partner(
            werking,
            {"naam": naam, "gemeente": gemeente, "categorie": None, "cultureel_keuze": False},
        )
        Partner.objects.filter(pk=partner.pk).update(behouden=True)
    for pad in ("stap-1/", "stap-2/", "stap-3/", "bollen/", "combinaties/", "netwerk/"):
        page.goto(f"{live}/doe-mee/{workshop.code}/{pad}")
        breedte = page.evaluate("document.documentElement.scrollWidth")
        assert breedte <= 390, f"{pad} is {breedte}px wide on a 390px phone"


def test_it_shows_a_closed_session_read_only(page: Page, live, workshop) -> None:
    doe_mee(page, live, workshop.code, "Sofie")
    Kenmerk.objects.create(werking=Werking.objects.get(), soort="sterkte", tekst="Een grote zaal")
    Sessie.objects.filter(pk=workshop.pk).update(status=Sessie.Status.GESLOTEN)
    page.goto(page.url.replace("stap-1", "stap-2"))
    expect(page.get_by_text("Deze workshop is gesloten")).to_be_visible()
    expect(page.get_by_label("Sterkte 1", exact=True)).to_be_disabled()
    expect(page.get_by_label("Nieuwe sterkte")).to_be_disabled()


def test_it_asks_for_a_choice_where_the_kit_leaves_it_open(page: Page, live, workshop) -> None:
    doe_mee(page, live, workshop.code, "Sofie")
    page.goto(page.url.replace("stap-1/", "bollen/"))
    page.get_by_text("Een actor toevoegen aan het bollenschema").click()  # opens on demand
    automatisch = page.get_by_role("radio", name="Volgens de categorie")
    expect(automatisch).to_be_checked()
    page.locator("label.chip-keuze", has=page.get_by_text("Jeugd", exact=True)).click()
    expect(automatisch).not_to_be_checked()
    expect(automatisch).to_be_disabled()
    expect(page.get_by_text("Deze categorie kan allebei zijn: kies zelf.")).to_be_visible()
    page.locator("label.chip-keuze", has=page.get_by_text("Sport", exact=True)).click()
    expect(automatisch).to_be_enabled()


def test_it_explains_a_save_address_opened_directly(page: Page, live, workshop) -> None:
    doe_mee(page, live, workshop.code, "Sofie")
    antwoord = page.goto(f"{live}/doe-mee/{workshop.code}/stap-2/nieuw/")
    assert antwoord.status == 405
    expect(
        page.get_by_role("heading", name="Deze pagina kan je niet rechtstreeks openen")
    ).to_be_visible()


def test_it_passes_axe_on_every_other_participant_page(
    page: Page, live, workshop, toegankelijkheid
) -> None:
    doe_mee(page, live, workshop.code, "Sofie")
    werking = Werking.objects.get()
    kenmerk = Kenmerk.objects.create(werking=werking, soort="beperking", tekst="Weinig jongeren")
    kaart = nieuwe_partnerkaart(werking, kenmerk, bovenlokaal=False)
    a = bewaar_partner(
        werking, {"naam": "Jeugdhuis", "gemeente": None, "categorie": None, "cultureel_keuze": True}
    )
    b = bewaar_partner(
        werking,
        {
            "naam": "Sporthal",
            "gemeente": Gemeente.objects.get(naam="Halle"),
            "categorie": None,
            "cultureel_keuze": False,
        },
    )
    kaart.partners.add(a)
    combinatie = bewaar_combinatie(werking, [a, b], titel="Samen sporten")
    code = workshop.code
    for pad in (
        f"partners/{a.pk}/",
        f"partners/{a.pk}/verwijder/",
        f"stap-3/{kaart.pk}/verwijder/",
        f"stap-2/{kenmerk.pk}/verwijder/",
        f"combinaties/{combinatie.pk}/",
        f"combinaties/{combinatie.pk}/verwijder/",
        "stap-2/nieuw/",  # the Dutch 405 page
    ):
        page.goto(f"{live}/doe-mee/{code}/{pad}")
        toegankelijkheid(page)
    page.goto(f"{live}/verder/onbekend/")
    toegankelijkheid(page)
