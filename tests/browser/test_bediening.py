"""The facilitator drives the room from the controls on the session page and stays there:
after a step, the attention switch, every timer action and a status change the page does not
jump (htmx swaps the controls in place); without JavaScript the page comes back at the
controls' anchor."""

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from sessies.models import Sessie
from tests.conftest import Deelname, maak_sessie
from werking.models import Gemeente

VIEWPORT = {"width": 1280, "height": 720}


@pytest.fixture
def workshop(live, begeleider) -> Sessie:
    sessie = maak_sessie(begeleider, "Netwerkdag Pajottenland")
    mol = Gemeente.objects.get(naam="Mol")
    for naam, werking in (("Lotte", "CC 't Getouw"), ("Jonas", "Jeugdhuis De Klinker")):
        Deelname(sessie, naam, nieuwe_werking_naam=werking, gemeente=mol)
    return sessie


def aangemeld(browser: Browser, live: str, **context) -> Page:
    page = browser.new_context(viewport=VIEWPORT, **context).new_page()
    page.goto(f"{live}/aanmelden/")
    page.get_by_label("Gebruikersnaam").fill("an")
    page.get_by_label("Wachtwoord").fill("workshop-2026!")
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_role("heading", name="Mijn sessies")).to_be_visible()
    return page


def scroll_y(page: Page) -> float:
    return page.evaluate("window.scrollY")


def in_beeld(page: Page, selector: str) -> bool:
    doos = page.locator(selector).bounding_box()
    return doos is not None and doos["y"] >= 0 and doos["y"] + doos["height"] <= VIEWPORT["height"]


def test_it_keeps_the_facilitator_at_the_controls(
    browser: Browser, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    page = aangemeld(browser, live)
    page.goto(f"{live}/sessies/{workshop.code}/")
    # The facilitator scrolled down to the controls, below the join block and its QR code.
    page.evaluate(
        "window.scrollTo(0, window.scrollY + "
        "document.getElementById('bediening').getBoundingClientRect().top - 10)"
    )
    page.wait_for_timeout(100)

    def doe(knop: str, dan) -> None:
        element = page.get_by_role("button", name=knop, exact=True)
        element.scroll_into_view_if_needed()
        voor = scroll_y(page)
        assert voor > 0
        element.click()
        dan()
        page.wait_for_timeout(300)  # a jump would come with the answer
        assert abs(scroll_y(page) - voor) <= 2, (knop, voor, scroll_y(page))
        assert in_beeld(page, "#kop-bediening") or in_beeld(page, ".timer-bediening"), knop

    stap2 = page.get_by_role("button", name="STAP 2 — Sterktes en beperkingen")
    doe(
        "STAP 2 — Sterktes en beperkingen",
        lambda: expect(stap2).to_have_attribute("aria-current", "step"),
    )
    expect(page.locator("#bediening-melding")).to_have_text(
        "De zaal staat nu op STAP 2 — Sterktes en beperkingen."
    )
    # The dashboard catches up without waiting for its next poll.
    expect(page.locator("#dashboard")).to_contain_text("Nu: STAP 2", timeout=2000)
    doe(
        "Vraag de aandacht",
        lambda: expect(page.get_by_role("button", name="Laat verder werken")).to_be_visible(),
    )
    # The keyboard focus stays on the switch it just used.
    assert page.evaluate("document.activeElement.id") == "knop-aandacht"
    doe(
        "Laat verder werken",
        lambda: expect(page.get_by_role("button", name="Vraag de aandacht")).to_be_visible(),
    )
    page.get_by_label("Minuten").fill("5")
    timer = page.locator(".timer-bediening [data-timer]")
    doe("Start", lambda: expect(timer).to_have_text(re.compile(r"^(5:00|4:5\d)$")))
    # While it runs: no Start (nor minutes) beside Pauzeer, +1 minuut and Stop.
    expect(page.get_by_role("button", name="Start", exact=True)).to_have_count(0)
    expect(page.get_by_label("Minuten")).to_have_count(0)
    doe("Pauzeer", lambda: expect(page.get_by_role("button", name="Hervat")).to_be_visible())
    doe("+1 minuut", lambda: expect(timer).to_have_text(re.compile(r"^(6:00|5:5\d)$")))
    doe("Hervat", lambda: expect(page.get_by_role("button", name="Pauzeer")).to_be_visible())
    doe("Stop", lambda: expect(page.get_by_role("button", name="Stop")).to_have_count(0))
    # Stopped: the minutes box as the facilitator left it, as big as the Start button.
    expect(page.get_by_label("Minuten")).to_have_value("5")
    vak = page.get_by_label("Minuten").bounding_box()
    start = page.get_by_role("button", name="Start", exact=True).bounding_box()
    print(f"minutes box {vak['width']:.0f}x{vak['height']:.0f}, Start {start['height']:.0f} high")
    assert vak["height"] >= start["height"] - 2 and vak["width"] >= 80
    grootte = page.get_by_label("Minuten").evaluate(
        "el => parseFloat(getComputedStyle(el).fontSize)"
    )
    assert grootte >= 18
    # The status form too, right after the timer's buttons: it used to jump some 600 px
    # (the browser's scroll anchoring inside htmx's outerHTML swap, see live.js). Each status.
    kopregel = page.locator("#sessie-kopregel")
    statussen = (("gesloten", "Gesloten"), ("open", "Open"), ("vergrendeld", "Vergrendeld"))
    for waarde, label in statussen:
        page.get_by_label("Status").select_option(waarde)
        doe("Status wijzigen", lambda label=label: expect(kopregel).to_contain_text(label))
    workshop.refresh_from_db()
    assert (workshop.fase, workshop.status, workshop.gepauzeerd, workshop.timer_einde) == (
        Sessie.Fase.STAP2,
        Sessie.Status.VERGRENDELD,
        False,
        None,
    )
    toegankelijkheid(page)


def test_it_comes_back_at_the_controls_without_javascript(browser: Browser, live: str, workshop):
    page = aangemeld(browser, live, java_script_enabled=False)
    page.goto(f"{live}/sessies/{workshop.code}/")
    page.get_by_role("button", name="STAP 3 — Partnerkaarten").click()
    expect(page.get_by_role("button", name="STAP 3 — Partnerkaarten")).to_have_attribute(
        "aria-current", "step"
    )
    assert page.url.endswith(f"/sessies/{workshop.code}/#bediening")
    assert scroll_y(page) > 0
    assert in_beeld(page, "#kop-bediening")
