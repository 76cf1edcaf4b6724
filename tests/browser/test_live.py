"""The live room in real browsers: the facilitator's dashboard fills while people join,
colleagues see each other's saved work, and the room's step, pause and timer reach every
participant's page without a reload."""

import re
import time
from collections.abc import Callable

from playwright.sync_api import Browser, Page, expect

from partnerkaarten.services import nieuwe_partnerkaart
from sessies.models import Sessie
from werking.models import Kenmerk, Werking

from .test_invulsjabloon import doe_mee

LIVE_MS = 12_000  # participants poll every 5 s, the dashboard every 3 s


def wacht_tot(voorwaarde: Callable[[], bool], seconden: float = 5) -> None:
    einde = time.monotonic() + seconden
    while not voorwaarde():
        assert time.monotonic() < einde, "timed out"
        time.sleep(0.1)


def meld_aan(page: Page, live: str) -> None:
    page.goto(f"{live}/aanmelden/")
    page.get_by_label("Gebruikersnaam").fill("an")
    page.get_by_label("Wachtwoord").fill("workshop-2026!")
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_role("heading", name="Mijn sessies")).to_be_visible()


def test_it_shows_participants_on_the_dashboard_as_they_join(
    browser: Browser, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    begeleider = browser.new_context().new_page()
    meld_aan(begeleider, live)
    begeleider.goto(f"{live}/sessies/{workshop.code}/")
    expect(begeleider.get_by_text("Nog niemand doet mee.")).to_be_visible()
    toegankelijkheid(begeleider)

    sofie = browser.new_context().new_page()
    doe_mee(sofie, live, workshop.code, "Sofie")
    karim = browser.new_context().new_page()
    doe_mee(karim, live, workshop.code, "Karim", werking="Bibliotheek Pajottegem")

    kaart = begeleider.locator(".werkingkaart", has_text="Bibliotheek Pajottegem")
    expect(kaart).to_contain_text("Sofie", timeout=LIVE_MS)
    expect(kaart).to_contain_text("Karim", timeout=LIVE_MS)
    expect(kaart).to_contain_text("2 nu actief")

    sofie.get_by_label("Welk doel heb je daarbij voor ogen?").fill("Lezen voor iedereen.")
    sofie.get_by_label("Welk doel heb je daarbij voor ogen?").blur()
    expect(kaart).to_contain_text("deels ingevuld", timeout=LIVE_MS)
    toegankelijkheid(begeleider)

    kaart.get_by_role("link", name="Bibliotheek Pajottegem").click()
    expect(begeleider.get_by_text("Lezen voor iedereen.")).to_be_visible()
    toegankelijkheid(begeleider)


def test_it_brings_a_colleagues_saved_change_to_the_other_page(
    browser: Browser, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    sofie = browser.new_context().new_page()
    doe_mee(sofie, live, workshop.code, "Sofie")
    karim = browser.new_context().new_page()
    doe_mee(karim, live, workshop.code, "Karim", werking="Bibliotheek Pajottegem")
    toegankelijkheid(sofie)
    # Karim joining is news for Sofie's page (its list of colleagues): a page, merged.
    expect(sofie.locator("#inhoud")).to_contain_text("Karim", timeout=LIVE_MS)
    # What Sofie's polls got: only texts changed? JSON with the texts, not the page.
    soorten: list[str] = []
    sofie.on(
        "response",
        lambda r: (
            soorten.append(r.headers.get("content-type", ""))
            if r.request.headers.get("x-live") == "1" and r.status == 200
            else None
        ),
    )

    # A field Sofie is not typing in updates in place.
    doel = "Welk doel heb je daarbij voor ogen?"
    karim.get_by_label(doel).fill("Lezen voor iedereen.")
    karim.get_by_label(doel).blur()
    expect(karim.locator(".veld-status.ok")).to_have_count(1)
    expect(sofie.get_by_label(doel)).to_have_value("Lezen voor iedereen.", timeout=LIVE_MS)
    expect(sofie.get_by_text("Bijgewerkt door Karim")).to_be_visible()
    assert soorten and all(s.startswith("application/json") for s in soorten), soorten

    # A field Sofie is in, with nothing unsaved, takes Karim's text too; she stays in it.
    dagelijks = "Uit wat bestaat je dagelijkse werking?"
    sofie.get_by_label(dagelijks).click()
    karim.get_by_label(dagelijks).fill("Boeken uitlenen.")
    karim.get_by_label(dagelijks).blur()
    expect(sofie.get_by_label(dagelijks)).to_have_value("Boeken uitlenen.", timeout=LIVE_MS)
    expect(sofie.get_by_label(dagelijks)).to_be_focused()
    blok = sofie.locator("[data-autosave]", has=sofie.get_by_label(dagelijks))
    expect(blok.get_by_text("Bijgewerkt door Karim")).to_be_visible()

    # Text Sofie typed and could not save yet (the network dropped her save) stays, and the
    # field says who changed it meanwhile; her next try shows both texts.
    sofie.route("**/bewaar/werking/**", lambda route: route.abort())
    sofie.get_by_label(dagelijks).press("End")
    sofie.keyboard.type(" En films.")
    expect(blok.locator(".veld-status")).to_contain_text("Niet bewaard")
    karim.get_by_label(dagelijks).fill("Boeken en strips uitlenen.")
    karim.get_by_label(dagelijks).blur()
    expect(sofie.get_by_text("Karim wijzigde dit intussen. Je tekst blijft staan")).to_be_visible(
        timeout=LIVE_MS
    )
    expect(sofie.get_by_label(dagelijks)).to_have_value("Boeken uitlenen. En films.")
    sofie.unroute("**/bewaar/werking/**")
    expect(blok.locator(".conflict")).to_contain_text("Boeken en strips uitlenen.", timeout=LIVE_MS)
    blok.get_by_role("button", name="Mijn tekst houden").click()
    wacht_tot(lambda: Werking.objects.get().dagelijkse_werking == "Boeken uitlenen. En films.")

    # Text Sofie typed meets Karim's saved text: a conflict that names him, both texts kept.
    voor_wie = "Voor wie doe je het?"
    karim.get_by_label(voor_wie).fill("Alle inwoners.")
    karim.get_by_label(voor_wie).blur()
    wacht_tot(lambda: Werking.objects.get().voor_wie == "Alle inwoners.")
    sofie.get_by_label(voor_wie).fill("Gezinnen")
    sofie.get_by_label(voor_wie).blur()
    conflict = sofie.locator(".conflict")
    expect(conflict).to_contain_text("Karim wijzigde dit intussen.", timeout=LIVE_MS)
    expect(conflict).to_contain_text("Alle inwoners.")
    expect(sofie.get_by_label(voor_wie)).to_have_value("Gezinnen")

    # New items appear on STAP 2 without a reload.
    sofie.goto(f"{live}/doe-mee/{workshop.code}/stap-2/")
    karim.goto(f"{live}/doe-mee/{workshop.code}/stap-2/")
    karim.get_by_label("Nieuwe sterkte").fill("We hebben een grote leeszaal.")
    karim.get_by_role("button", name="Toevoegen").first.click()
    expect(sofie.get_by_label("Sterkte 1", exact=True)).to_have_value(
        "We hebben een grote leeszaal.", timeout=LIVE_MS
    )
    # A new item is structure: the page came, merged. Then Karim rewrites it: only the text.
    assert soorten[-1].startswith("text/html"), soorten
    karim.get_by_label("Sterkte 1", exact=True).fill("We hebben een grote leeszaal met tuin.")
    karim.get_by_label("Sterkte 1", exact=True).blur()
    expect(sofie.get_by_label("Sterkte 1", exact=True)).to_have_value(
        "We hebben een grote leeszaal met tuin.", timeout=LIVE_MS
    )
    expect(sofie.locator("#kolom-sterkte").get_by_text("Bijgewerkt door Karim")).to_be_visible()
    assert soorten[-1].startswith("application/json"), soorten
    expect(sofie.get_by_role("button", name="Sterkte 1 verwijderen")).to_be_visible()

    # STAP 3 shows the sterkte as a card's title and as a choice for a new card: both follow
    # the text alone, the choice cut as the server cuts it.
    nieuwe_partnerkaart(Werking.objects.get(), Kenmerk.objects.get(), False)
    sofie.goto(f"{live}/doe-mee/{workshop.code}/stap-3/")
    lang = "We hebben een grote leeszaal met tuin, een podium en plaats voor tachtig mensen, " * 2
    karim.get_by_label("Sterkte 1", exact=True).fill(lang.strip())
    karim.get_by_label("Sterkte 1", exact=True).blur()
    titel = sofie.locator(".partnerkaart h3 a")
    expect(titel).to_have_text(lang.strip(), timeout=LIVE_MS)
    keuze = sofie.locator("#id_kenmerk option").nth(1)
    expect(keuze).to_have_text(lang[:89] + "\u2026")
    assert soorten[-1].startswith("application/json"), soorten


def test_it_shows_the_step_the_pause_and_the_timer_on_a_participants_page(
    browser: Browser, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    begeleider = browser.new_context().new_page()
    meld_aan(begeleider, live)
    begeleider.goto(f"{live}/sessies/{workshop.code}/")
    sofie = browser.new_context().new_page()
    doe_mee(sofie, live, workshop.code, "Sofie")
    expect(sofie.locator("#zaal")).to_contain_text("Welkom")

    begeleider.get_by_role("button", name="STAP 2 — Sterktes en beperkingen").click()
    expect(sofie.locator("#zaal")).to_contain_text(
        "STAP 2 — Sterktes en beperkingen", timeout=LIVE_MS
    )
    expect(sofie.get_by_role("link", name=re.compile("Ga naar STAP 2"))).to_be_visible()

    begeleider.get_by_label("Minuten").fill("5")
    begeleider.get_by_role("button", name="Start").click()
    timer = sofie.locator("#zaal [data-timer]")
    expect(timer).to_have_text(re.compile(r"^[45]:\d\d$"), timeout=LIVE_MS)
    eerst = timer.text_content()
    sofie.wait_for_timeout(2100)
    assert timer.text_content() != eerst  # it counts down
    toegankelijkheid(sofie)

    # Sofie is typing when the facilitator asks for attention.
    doel = sofie.get_by_label("Welk doel heb je daarbij voor ogen?")
    doel.click()
    sofie.keyboard.type("Lezen")
    expect(sofie.locator(".veld-status.ok")).to_have_count(1)
    begeleider.get_by_role("button", name="Vraag de aandacht").click()
    banner = sofie.locator(".pauze-banner")
    expect(banner).to_contain_text("De begeleider vraagt even je aandacht", timeout=LIVE_MS)
    toegankelijkheid(sofie)
    # Her page is read-only now; a save that was on its way is refused and kept as a draft.
    sofie.evaluate(
        """(id) => {
          const el = document.getElementById(id);
          el.value = "Lezen voor iedereen."; el.dispatchEvent(new Event("change", {bubbles: true}));
        }""",
        f"werking-{workshop.werkingen.get().pk}-doel",
    )
    expect(sofie.get_by_text("er wordt nu niets bewaard")).to_be_visible()
    werking = workshop.werkingen.get()
    werking.refresh_from_db()
    assert werking.doel == "Lezen"

    begeleider.get_by_role("button", name="Laat verder werken").click()
    expect(banner).to_be_hidden(timeout=LIVE_MS)
    expect(sofie.locator(".veld-status.ok")).to_have_count(1, timeout=LIVE_MS)
    werking.refresh_from_db()
    assert werking.doel == "Lezen voor iedereen."
    expect(doel).to_have_value("Lezen voor iedereen.")


def test_it_keeps_the_field_being_typed_in_during_a_pause_and_saves_it_afterwards(
    browser: Browser, live: str, workshop: Sessie
) -> None:
    from begeleiding.live import zet_pauze

    sofie = browser.new_context().new_page()
    doe_mee(sofie, live, workshop.code, "Sofie")
    doel = sofie.get_by_label("Welk doel heb je daarbij voor ogen?")
    doel.click()
    sofie.keyboard.type("Samen lezen met le")
    expect(sofie.locator(".veld-status.ok")).to_have_count(1)

    zet_pauze(workshop, True)
    expect(sofie.locator(".pauze-banner")).to_be_visible(timeout=LIVE_MS)
    # The rest of the sentence, typed while the page is greyed out, stays in the field.
    sofie.keyboard.type("erlingen van de harmonie")
    expect(doel).to_have_value("Samen lezen met leerlingen van de harmonie")
    expect(doel).to_be_focused()
    # The rest of the page waits for the facilitator.
    assert sofie.evaluate("!!document.querySelector('#inhoud [inert], #inhoud[inert]')")

    zet_pauze(workshop, False)
    expect(sofie.locator(".pauze-banner")).to_be_hidden(timeout=LIVE_MS)
    werking = workshop.werkingen.get()
    wacht_tot(
        lambda: (
            (werking.refresh_from_db() or werking.doel)
            == "Samen lezen met leerlingen van de harmonie"
        )
    )
    # The cursor is back where it was: typing goes on in the same field.
    expect(doel).to_be_focused()
    sofie.keyboard.type(".")
    expect(doel).to_have_value("Samen lezen met leerlingen van de harmonie.")
