"""A participant's way through the template, in a real browser."""

import re

from playwright.sync_api import Browser, Locator, Page, expect

from sessies.models import Sessie
from werking.models import Kenmerk, Werking


def doe_mee(page: Page, live: str, code: str, naam: str, werking: str | None = None) -> None:
    page.goto(live)
    page.get_by_label("Code").fill(code.lower())
    page.get_by_role("button", name="Doe mee").click()
    page.get_by_label("Je naam").fill(naam)
    if werking is None:
        page.get_by_label("Naam van je organisatie").fill("Bibliotheek Pajottegem")
        gemeente = page.get_by_label("Gemeente van je organisatie")
        gemeente.fill("Galmaarden")
        # The suggestions come from the server while typing.
        expect(page.locator("#gemeente-suggesties option")).to_have_count(1)
    else:
        page.get_by_label(re.compile(werking)).check()
    page.get_by_role("button", name="Doe mee").click()
    expect(page.get_by_role("heading", name="STAP 1 — Eigen werking")).to_be_visible()


def vul_in(page: Page, label: str, tekst: str) -> None:
    veld = page.get_by_label(label, exact=True)
    veld.fill(tekst)
    veld.blur()


def test_it_joins_fills_in_stap_1_and_2_and_finds_everything_after_a_reload(
    page: Page, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    doe_mee(page, live, workshop.code, "Sofie")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Bibliotheek Pajottegem")
    expect(page.get_by_text("Pajottegem", exact=True)).to_be_visible()
    toegankelijkheid(page)

    vul_in(page, "Uit wat bestaat je dagelijkse werking?", "Boeken uitlenen en voorlezen.")
    vul_in(page, "Welk doel heb je daarbij voor ogen?", "Lezen voor iedereen.")
    vul_in(page, "Voor wie doe je het?", "Alle inwoners van Pajottegem.")
    expect(page.locator(".veld-status.ok")).to_have_count(3)

    page.reload()
    expect(page.get_by_label("Welk doel heb je daarbij voor ogen?")).to_have_value(
        "Lezen voor iedereen."
    )
    expect(page.get_by_label("Voor wie doe je het?")).to_have_value("Alle inwoners van Pajottegem.")

    page.get_by_role("link", name=re.compile("STAP 2")).first.click()
    expect(page.get_by_role("heading", name="STAP 2 — Sterktes en beperkingen")).to_be_visible()
    page.get_by_label("Nieuwe sterkte").fill("Een grote leeszaal")
    page.get_by_label("Nieuwe sterkte").press("Enter")
    expect(page.get_by_label("Sterkte 1", exact=True)).to_have_value("Een grote leeszaal")
    # The cursor stays in the field for the next one.
    expect(page.get_by_label("Nieuwe sterkte")).to_be_focused()
    page.get_by_label("Nieuwe sterkte").fill("Voorleesuurtjes voor gezinnen")
    page.get_by_label("Nieuwe sterkte").press("Enter")
    page.get_by_label("Nieuwe beperking").fill("Weinig jongeren")
    page.get_by_label("Nieuwe beperking").press("Enter")
    expect(page.get_by_label("Beperking 1", exact=True)).to_have_value("Weinig jongeren")

    page.get_by_role("button", name="Sterkte 2 omhoog").click()
    expect(page.get_by_label("Sterkte 1", exact=True)).to_have_value(
        "Voorleesuurtjes voor gezinnen"
    )

    vul_in(page, "Beperking 1", "Weinig jongeren tussen 14 en 20")
    # The status text itself, so a failure says what the page said instead.
    expect(page.locator("#kolom-beperking [data-status]").first).to_have_text(
        "Bewaard", timeout=10_000
    )
    toegankelijkheid(page)

    page.get_by_role("button", name="Sterkte 2 verwijderen").click()
    expect(page.get_by_text('"Een grote leeszaal" is verwijderd.')).to_be_visible()
    page.get_by_role("button", name="Ongedaan maken").click()
    expect(page.get_by_label("Sterkte 2", exact=True)).to_have_value("Een grote leeszaal")

    page.reload()
    expect(page.get_by_label("Sterkte 1", exact=True)).to_have_value(
        "Voorleesuurtjes voor gezinnen"
    )
    expect(page.get_by_label("Beperking 1", exact=True)).to_have_value(
        "Weinig jongeren tussen 14 en 20"
    )
    werking = Werking.objects.get(sessie=workshop)
    assert werking.gemeente.naam == "Pajottegem"
    assert werking.doel == "Lezen voor iedereen."
    assert Kenmerk.objects.filter(werking=werking).count() == 3


def test_it_shows_a_conflict_when_two_colleagues_edit_the_same_field(
    browser: Browser, live: str, workshop: Sessie
) -> None:
    sofie = browser.new_context().new_page()
    karim = browser.new_context().new_page()
    doe_mee(sofie, live, workshop.code, "Sofie")
    doe_mee(karim, live, workshop.code, "Karim", werking="Bibliotheek Pajottegem")

    vul_in(sofie, "Welk doel heb je daarbij voor ogen?", "Lezen voor iedereen.")
    expect(sofie.locator(".veld-status.ok")).to_have_count(1)
    # Karim's page still shows the empty field he started from.
    vul_in(karim, "Welk doel heb je daarbij voor ogen?", "Ontmoeting in het dorp.")
    conflict = karim.get_by_role("alert").filter(has_text="Sofie wijzigde dit intussen")
    expect(conflict).to_be_visible()
    expect(conflict).to_contain_text("Lezen voor iedereen.")
    # Another field does not conflict.
    vul_in(karim, "Voor wie doe je het?", "Alle inwoners.")
    expect(karim.locator(".veld-status.ok")).to_have_count(1)

    karim.get_by_role("button", name="Beide samenvoegen").click()
    expect(conflict).to_be_hidden()
    werking = Werking.objects.get(sessie=workshop)
    expect(karim.get_by_label("Welk doel heb je daarbij voor ogen?")).to_have_value(
        "Ontmoeting in het dorp.\n\nLezen voor iedereen."
    )
    expect(karim.locator(".veld-status.ok")).to_have_count(2)
    werking.refresh_from_db()
    assert werking.doel == "Ontmoeting in het dorp.\n\nLezen voor iedereen."
    assert werking.voor_wie == "Alle inwoners."

    # Both went on from the same text: merged, what they share is there once.
    expect(sofie.get_by_label("Voor wie doe je het?")).to_have_value("Alle inwoners.", timeout=8000)
    # Karim's page does not hear of Sofie's save before his own (his polls are held off).
    karim.route(
        "**/stap-1/",
        lambda r: r.abort() if r.request.headers.get("x-live") else r.continue_(),
    )

    def status(page: Page) -> Locator:
        blok = page.locator("[data-autosave]", has=page.get_by_label("Voor wie doe je het?"))
        return blok.locator(".veld-status")

    vul_in(sofie, "Voor wie doe je het?", "Alle inwoners. Ook scholen.")
    expect(status(sofie)).to_have_text("Bewaard")
    vul_in(karim, "Voor wie doe je het?", "Alle inwoners. Ook ouderen.")
    karim.get_by_role("button", name="Beide samenvoegen").click()
    samen = "Alle inwoners. Ook ouderen.\n\nOok scholen."
    expect(karim.get_by_label("Voor wie doe je het?")).to_have_value(samen)
    expect(status(karim)).to_have_text("Bewaard")
    werking.refresh_from_db()
    assert werking.voor_wie == samen


def test_it_keeps_text_typed_while_offline_and_saves_it_when_back(
    page: Page, live: str, workshop: Sessie
) -> None:
    doe_mee(page, live, workshop.code, "Sofie")
    page.context.set_offline(True)
    vul_in(page, "Welk doel heb je daarbij voor ogen?", "Geschreven zonder wifi.")
    expect(page.locator(".veld-status.fout")).to_contain_text("Niet bewaard")
    page.context.set_offline(False)
    page.evaluate("window.dispatchEvent(new Event('online'))")
    expect(page.locator(".veld-status.ok")).to_have_count(1)
    assert Werking.objects.get(sessie=workshop).doel == "Geschreven zonder wifi."


def test_it_restores_unsaved_text_after_the_tab_was_closed(
    page: Page, live: str, workshop: Sessie
) -> None:
    doe_mee(page, live, workshop.code, "Sofie")
    # The server never answers these saves: the text exists only in the browser.
    page.route("**/bewaar/**", lambda route: route.abort())
    vul_in(page, "Voor wie doe je het?", "Gezinnen met jonge kinderen.")
    expect(page.locator(".veld-status.fout")).to_contain_text("Niet bewaard")
    url = page.url
    nieuw = page.context.new_page()
    page.close()
    nieuw.goto(url)
    expect(nieuw.get_by_label("Voor wie doe je het?")).to_have_value("Gezinnen met jonge kinderen.")
    expect(nieuw.locator(".veld-status.ok")).to_have_count(1)
    assert Werking.objects.get(sessie=workshop).voor_wie == "Gezinnen met jonge kinderen."


def test_it_passes_axe_on_the_home_and_join_pages(
    page: Page, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    page.goto(live)
    toegankelijkheid(page)
    page.goto(f"{live}/doe-mee/{workshop.code}/")
    toegankelijkheid(page)
    page.goto(f"{live}/doe-mee/ZZZZZZ/")
    toegankelijkheid(page)


def test_it_keeps_a_new_item_that_could_not_be_added_while_offline(
    page: Page, live: str, workshop: Sessie
) -> None:
    doe_mee(page, live, workshop.code, "Sofie")
    page.goto(page.url.replace("stap-1", "stap-2"))
    page.context.set_offline(True)
    page.get_by_label("Nieuwe sterkte").fill("Een grote tuin achter de bib")
    page.get_by_label("Nieuwe sterkte").press("Enter")
    expect(page.get_by_role("alert").filter(has_text="Geen verbinding")).to_be_visible()
    expect(page.get_by_label("Nieuwe sterkte")).to_have_value("Een grote tuin achter de bib")
    page.context.set_offline(False)
    page.reload()
    expect(page.get_by_label("Nieuwe sterkte")).to_have_value("Een grote tuin achter de bib")
    page.get_by_role("button", name="Toevoegen").first.click()
    expect(page.get_by_label("Sterkte 1", exact=True)).to_have_value("Een grote tuin achter de bib")
    page.reload()
    expect(page.get_by_label("Nieuwe sterkte")).to_have_value("")
    assert Kenmerk.objects.get().tekst == "Een grote tuin achter de bib"


def test_it_leaves_the_cursor_where_the_participant_went_while_an_item_was_added(
    page: Page, live: str, workshop: Sessie
) -> None:
    # Add a sterkte and go on to the next column before the answer is back: the answer must
    # not pull the cursor (and the rest of the typing) back to "Nieuwe sterkte".
    doe_mee(page, live, workshop.code, "Sofie")
    page.goto(page.url.replace("stap-1", "stap-2"))
    vastgehouden = []

    def houd_eerste_vast(route) -> None:
        if vastgehouden:
            route.continue_()
        else:
            vastgehouden.append(route)

    page.route("**/stap-2/nieuw/", houd_eerste_vast)
    page.get_by_label("Nieuwe sterkte").fill("Een grote leeszaal")
    page.get_by_label("Nieuwe sterkte").press("Enter")
    while not vastgehouden:
        page.wait_for_timeout(20)
    page.get_by_label("Nieuwe beperking").click()
    page.keyboard.type("Weinig")
    vastgehouden[0].continue_()
    expect(page.get_by_label("Sterkte 1", exact=True)).to_have_value("Een grote leeszaal")
    page.keyboard.type(" jongeren")
    expect(page.get_by_label("Nieuwe beperking")).to_have_value("Weinig jongeren")
    expect(page.get_by_label("Nieuwe beperking")).to_be_focused()
    expect(page.get_by_label("Nieuwe sterkte")).to_have_value("")
    # Alone in the column, the cursor still goes back to "Nieuwe sterkte" for the next one.
    page.get_by_label("Nieuwe sterkte").fill("Voorleesuurtjes")
    page.get_by_label("Nieuwe sterkte").press("Enter")
    expect(page.get_by_label("Sterkte 2", exact=True)).to_have_value("Voorleesuurtjes")
    expect(page.get_by_label("Nieuwe sterkte")).to_be_focused()
