"""A first-timer in a real browser: messages that a screen reader announces (live regions,
axe), the step bar on a 390-px phone, and a local example proposed, accepted and picked."""

import re

from playwright.sync_api import Browser, Page, expect

from partnerkaarten.models import Partner
from sessies.models import Sessie

from .test_invulsjabloon import doe_mee

TELEFOON = {"width": 390, "height": 844}


def aangekondigd(page: Page, tekst: str) -> None:
    """The text sits in a live region (role status or alert) and was put there after the page
    loaded, so a screen reader reads it out."""
    regio = page.locator("[data-aangekondigd]").filter(has_text=tekst)
    expect(regio).to_have_count(1)
    assert regio.get_attribute("role") in ("status", "alert")


def test_messages_after_an_action_are_announced(
    page: Page, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    doe_mee(page, live, workshop.code, "Sofie")

    # The save status belongs to its field and is itself a live region.
    veld = page.get_by_label("Uit wat bestaat je dagelijkse werking?")
    status_id = veld.get_attribute("aria-describedby").split()[-1]
    status = page.locator(f"#{status_id}")
    assert status.get_attribute("role") == "status"
    veld.fill("Een bibliotheek met drie filialen.")
    expect(status).to_have_text("Bewaard", timeout=10_000)

    # A message after a redirect: Gooik is part of the own gemeente, and the app says so.
    page.get_by_role("link", name=re.compile("Bollenschema")).first.click()
    page.get_by_text("Een bol toevoegen voor een andere gemeente").click()
    page.get_by_label("Gemeente van de nieuwe bol").fill("Gooik")
    page.get_by_role("button", name="Bol toevoegen").click()
    bericht = "Gooik is sinds 1 januari 2025 een deel van Pajottegem"
    expect(page.locator(".meldingen")).to_contain_text(bericht)
    aangekondigd(page, bericht)
    toegankelijkheid(page)

    # A refusal: a partner of the own gemeente on a bovenlokale partnerkaart.
    page.get_by_role("link", name=re.compile("STAP 2")).first.click()
    page.get_by_label("Nieuwe sterkte").fill("We hebben een groot podium")
    page.get_by_label("Nieuwe sterkte").press("Enter")
    expect(page.get_by_label("Sterkte 1", exact=True)).to_have_value("We hebben een groot podium")
    page.get_by_role("link", name=re.compile("STAP 3")).first.click()
    page.get_by_label("Nieuwe partnerkaart vanuit").select_option(
        label="We hebben een groot podium"
    )
    page.get_by_label(re.compile("Bovenlokale partnerkaart")).check()
    page.get_by_role("button", name="Partnerkaart maken").click()
    page.get_by_text("Een nieuwe partner toevoegen").click()
    page.get_by_label("Naam", exact=True).fill("GC De Ploeg")
    page.get_by_label("Gemeente", exact=True).fill("Pajottegem")
    page.locator(
        "label.chip-keuze", has=page.get_by_text("Lokaal cultuurbeleid", exact=True)
    ).click()
    page.get_by_role("button", name="Partner toevoegen").click()
    weigering = "Op een bovenlokale partnerkaart staan alleen partners buiten Pajottegem"
    expect(page.get_by_role("alert").filter(has_text=weigering).first).to_be_visible()
    aangekondigd(page, weigering)
    toegankelijkheid(page)


def test_a_combinatie_card_has_an_accessible_name(
    page: Page, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    from partnerkaarten.services import bewaar_combinatie, bewaar_partner
    from werking.models import Gemeente, Werking

    doe_mee(page, live, workshop.code, "Sofie")
    werking = Werking.objects.get()
    partners = [
        bewaar_partner(
            werking,
            {
                "naam": naam,
                "gemeente": Gemeente.objects.get(naam=g),
                "categorie": None,
                "cultureel_keuze": True,
            },
        )
        for naam, g in (("CC De Moelie", "Lennik"), ("GC De Ploeg", "Pajottegem"))
    ]
    bewaar_combinatie(werking, partners, titel="Zomerfestival op de grens")
    page.goto(f"{live}/doe-mee/{workshop.code}/combinaties/")
    expect(
        page.get_by_role("article", name=re.compile("Zomerfestival op de grens"))
    ).to_be_visible()
    toegankelijkheid(page)


def rijen(page: Page) -> int:
    return page.evaluate(
        """() => new Set([...document.querySelectorAll('nav.stappen li')]
            .map(li => Math.round(li.getBoundingClientRect().top))).size"""
    )


def test_the_step_bar_fits_on_two_rows_of_a_phone(
    browser: Browser, live: str, workshop: Sessie
) -> None:
    context = browser.new_context(viewport=TELEFOON)
    page = context.new_page()
    doe_mee(page, live, workshop.code, "Sofie")
    for pad in ("stap-1/", "bollen/", "netwerk/"):
        page.goto(f"{live}/doe-mee/{workshop.code}/{pad}")
        assert rijen(page) <= 2, pad
        hoogte = page.locator("nav.stappen ol").bounding_box()["height"]
        assert hoogte <= TELEFOON["height"] * 0.12, hoogte
        # Nothing sticks out sideways.
        assert page.evaluate("document.documentElement.scrollWidth") <= TELEFOON["width"]
    # Also with a seventh step ("Klaar") at the end.
    page.evaluate(
        """() => { const li = document.createElement('li');
            li.innerHTML = '<a href="#">Klaar</a>';
            document.querySelector('nav.stappen ol').appendChild(li); }"""
    )
    assert rijen(page) <= 2
    # The current step is still marked, and the long names are there for screen readers.
    expect(page.locator("nav.stappen a[aria-current=page]")).to_have_count(1)
    stappen = page.get_by_role("navigation", name="Stappen van het invulsjabloon")
    expect(stappen.get_by_role("link", name="Bouw je netwerk uit", exact=True)).to_have_count(1)
    expect(stappen.get_by_role("link", name="STAP 2 Sterktes en beperkingen")).to_have_count(1)
    context.close()


def test_a_first_timer_adds_a_local_example_the_facilitator_accepted(
    browser: Browser, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    deelnemer = browser.new_context(viewport=TELEFOON).new_page()
    doe_mee(deelnemer, live, workshop.code, "Sofie")
    deelnemer.get_by_role("link", name=re.compile("STAP 2")).first.click()
    deelnemer.get_by_label("Nieuwe beperking").fill("We bereiken weinig jongeren")
    deelnemer.get_by_label("Nieuwe beperking").press("Enter")
    expect(deelnemer.get_by_label("Beperking 1", exact=True)).to_have_value(
        "We bereiken weinig jongeren"
    )
    deelnemer.get_by_role("link", name=re.compile("STAP 3")).first.click()
    deelnemer.get_by_label("Nieuwe partnerkaart vanuit").select_option(
        label="We bereiken weinig jongeren"
    )
    deelnemer.get_by_role("button", name="Partnerkaart maken").click()

    # From the card to the inspiratielijst, and propose an organisation of the region.
    deelnemer.get_by_role("link", name=re.compile("Inspiratielijst")).click()
    expect(
        deelnemer.get_by_text("Bij wie kan je terecht? Met wie kan je samenwerken?")
    ).to_be_visible()
    toegankelijkheid(deelnemer)
    deelnemer.get_by_label("Naam van de organisatie").fill("Circusatelier Woesh")
    deelnemer.get_by_label("Categorie").select_option(label="Circuskunsten")
    deelnemer.get_by_label("Gemeente").fill("Lennik")
    deelnemer.get_by_role("button", name="Voorstellen").click()
    aangekondigd(deelnemer, "Circusatelier Woesh staat nu in jullie inspiratielijst")
    expect(deelnemer.get_by_text("jullie voorstel")).to_be_visible()

    # The facilitator accepts it on the workshop's inspiratielijst.
    begeleider = browser.new_context().new_page()
    begeleider.goto(f"{live}/sessies/{workshop.code}/")
    begeleider.get_by_label("Gebruikersnaam").fill("an")
    begeleider.get_by_label("Wachtwoord").fill("workshop-2026!")
    begeleider.get_by_role("button", name="Aanmelden").click()
    begeleider.get_by_role("link", name=re.compile("Inspiratielijst van deze workshop")).click()
    toegankelijkheid(begeleider)
    begeleider.get_by_role("button", name="Aanvaarden Circusatelier Woesh").click()
    expect(begeleider.locator(".meldingen")).to_contain_text("is aanvaard")

    # Back on the card, with the keyboard: one click (Enter) fills a new partner.
    deelnemer.reload()
    expect(deelnemer.get_by_text("uit de regio")).to_be_visible()
    deelnemer.get_by_role("link", name=re.compile("Terug naar de partnerkaart")).click()
    deelnemer.get_by_text("Een nieuwe partner toevoegen").click()
    deelnemer.get_by_text("Kies uit de inspiratielijst").click()
    voorbeeld = deelnemer.get_by_role("link", name=re.compile("^Circusatelier Woesh"))
    voorbeeld.focus()
    deelnemer.keyboard.press("Enter")
    expect(deelnemer.get_by_label("Naam", exact=True)).to_have_value("Circusatelier Woesh")
    expect(deelnemer.get_by_label("Gemeente", exact=True)).to_have_value("Lennik")
    deelnemer.get_by_role("button", name="Partner toevoegen").click()
    expect(deelnemer.locator(".meldingen")).to_contain_text(
        "Circusatelier Woesh staat op de partnerkaart."
    )
    partner = Partner.objects.get(naam="Circusatelier Woesh")
    assert partner.categorie.naam == "Circuskunsten" and partner.gemeente.naam == "Lennik"
    toegankelijkheid(deelnemer)
