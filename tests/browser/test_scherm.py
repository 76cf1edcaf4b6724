"""The projector in a real browser at 1280x720: the attention switch taken up by its poll,
the join URL that never breaks inside the code, and the room's bollenschema legible from the
back of the room (every label measured as Chromium draws it)."""

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from inspiratie.models import Categorie
from sessies.models import Sessie
from tests.conftest import Deelname
from tests.partnerkaarten.conftest import maak_partner
from werking.models import Gemeente
from werking.services import voeg_kenmerk_toe

LIVE_MS = 12_000  # the projector polls every 4 s
PROJECTOR = {"width": 1280, "height": 720}


def aangemeld(browser: Browser, live: str, viewport: dict | None = None) -> Page:
    page = browser.new_context(viewport=viewport or PROJECTOR).new_page()
    page.goto(f"{live}/aanmelden/")
    page.get_by_label("Gebruikersnaam").fill("an")
    page.get_by_label("Wachtwoord").fill("workshop-2026!")
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_role("heading", name="Mijn sessies")).to_be_visible()
    return page


def test_it_asks_the_rooms_attention_on_the_projector_and_returns(
    browser: Browser, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    mol = Gemeente.objects.get(naam="Mol")
    lotte = Deelname(workshop, "Lotte", nieuwe_werking_naam="CC 't Getouw", gemeente=mol)
    voeg_kenmerk_toe(lotte.werking, "sterkte", "Een grote zaal met 400 plaatsen.", None)
    Sessie.objects.filter(pk=workshop.pk).update(fase=Sessie.Fase.STAP2)
    begeleider = aangemeld(browser, live)
    begeleider.goto(f"{live}/sessies/{workshop.code}/")
    scherm = aangemeld(browser, live)
    scherm.goto(f"{live}/sessies/{workshop.code}/scherm/")
    muur = scherm.get_by_text("Een grote zaal met 400 plaatsen.")
    expect(muur).to_be_visible()

    begeleider.get_by_role("button", name="Vraag de aandacht").click()
    aandacht = scherm.get_by_role("heading", name="De begeleider vraagt even je aandacht")
    expect(aandacht).to_be_visible(timeout=LIVE_MS)
    expect(muur).to_be_hidden()
    expect(scherm.get_by_text("Noteer zoveel mogelijk sterktes")).to_be_hidden()
    grootte = aandacht.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
    assert grootte >= 48, grootte
    doos = aandacht.bounding_box()
    assert doos["y"] + doos["height"] <= PROJECTOR["height"]
    toegankelijkheid(scherm)

    begeleider.get_by_role("button", name="Laat verder werken").click()
    expect(muur).to_be_visible(timeout=LIVE_MS)
    expect(aandacht).to_have_count(0)


LETTERS = """(el) => {
  // Where Chromium put every character of el's text: its line (top) and right edge.
  const uit = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    for (let i = 0; i < node.data.length; i++) {
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + 1);
      const b = r.getBoundingClientRect();
      uit.push([node.data[i], b.top, b.right]);
    }
  }
  return uit;
}"""


def regels_van(letters: list) -> list[str]:
    """The text of each line Chromium drew."""
    regels: list[list] = []
    for teken, top, _ in letters:
        if regels and abs(top - regels[-1][0]) < 4:
            regels[-1][1] += teken
        else:
            regels.append([top, teken])
    return [tekst for _, tekst in regels]


def controleer_url(page: Page, selector: str, url: str, code: str) -> list[str]:
    letters = page.locator(selector).evaluate(LETTERS)
    assert "".join(t for t, _, _ in letters) == url
    regels = regels_van(letters)
    # Never inside the code; a line ends only after a slash (not inside "//").
    assert any(code in regel for regel in regels), regels
    for regel in regels[:-1]:
        assert regel.endswith("/") and not regel.endswith("//"), regels
    assert max(rechts for _, _, rechts in letters) <= PROJECTOR["width"]
    return regels


@pytest.mark.parametrize(
    "site_url", ["http://192.168.100.123:8000", "http://cultuuroptil-zaal.gemeente.local:8000"]
)
def test_it_never_breaks_the_join_url_inside_the_code(
    browser: Browser, live: str, workshop: Sessie, settings, site_url
) -> None:
    settings.SITE_URL = site_url
    url = f"{site_url}/doe-mee/{workshop.code}/"
    scherm = aangemeld(browser, live)
    scherm.goto(f"{live}/sessies/{workshop.code}/scherm/")
    regels = controleer_url(scherm, ".scherm-url", url, workshop.code)
    grootte = scherm.locator(".scherm-url").evaluate("el => getComputedStyle(el).fontSize")
    print(f"{site_url}: {regels} at {grootte}")
    assert float(grootte.removesuffix("px")) >= 32
    assert scherm.evaluate("document.documentElement.scrollWidth") <= PROJECTOR["width"]
    qr = scherm.get_by_role("img", name=f"QR-code die naar {url} leidt").bounding_box()
    assert qr["y"] + qr["height"] <= PROJECTOR["height"]

    # After the welcome the URL and the code stand in the header.
    Sessie.objects.filter(pk=workshop.pk).update(fase=Sessie.Fase.STAP1)
    scherm.reload()
    controleer_url(scherm, ".scherm-adres", url, workshop.code)
    # And on the facilitator's own page.
    scherm.goto(f"{live}/sessies/{workshop.code}/")
    controleer_url(scherm, ".deelname-url", url, workshop.code)


GEMEENTEN = [
    "Pajottegem",
    "Lennik",
    "Dilbeek",
    "Halle",
    "Beersel",
    "Liedekerke",
    "Roosdaal",
    "Affligem",
    "Asse",
    "Ternat",
    "Sint-Pieters-Leeuw",
    "Drogenbos",
    "Linkebeek",
    "Sint-Genesius-Rode",
]

MAATEN = """(svg) => {
  // The letter size as drawn: the SVG's font-size times the scale the screen gives it, and
  // the height of each text's box as Chromium lays it out.
  const vb = svg.viewBox.baseVal;
  const doos = svg.getBoundingClientRect();
  const schaal = Math.min(doos.width / vb.width, doos.height / vb.height);
  return Array.from(svg.querySelectorAll("text")).map((t) => ({
    tekst: t.textContent,
    px: parseFloat(t.getAttribute("font-size")) * schaal,
    hoogte: t.getBoundingClientRect().height,
  }));
}"""


def test_it_shows_the_rooms_bollenschema_legibly_on_the_projector(
    browser: Browser, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    # 14 gemeenten and 120 actors, some named by two organisations: the room's rule draws 12
    # gemeenten and 80 actors; the projector draws fewer, as big as the back row needs.
    pajottegem = Gemeente.objects.get(naam="Pajottegem")
    bib = Deelname(workshop, "Sofie", nieuwe_werking_naam="Bibliotheek", gemeente=pajottegem)
    klinker = Deelname(workshop, "Jonas", nieuwe_werking_naam="De Klinker", gemeente=pajottegem)
    gemeenten = [Gemeente.objects.get(naam=n) for n in GEMEENTEN]
    kunsten, welzijn = Categorie.objects.get(naam="Kunsten"), Categorie.objects.get(naam="Welzijn")
    for i in range(120):
        # As rooms are: most partners in the organisations' own gemeente and its neighbours.
        gemeente = None if i % 20 == 19 else gemeenten[[0, 0, 0, 0, 1, 1, 2, 3, i % 14, 0][i % 10]]
        categorie = kunsten if i % 2 else welzijn
        maak_partner(bib.werking, f"Organisatie {i} uit de regio", gemeente, categorie)
        if i % 10 == 0:
            maak_partner(klinker.werking, f"Organisatie {i} uit de regio", gemeente, categorie)
    Sessie.objects.filter(pk=workshop.pk).update(fase=Sessie.Fase.BOLLEN)

    scherm = aangemeld(browser, live)
    scherm.goto(f"{live}/sessies/{workshop.code}/scherm/")
    svg = scherm.locator("#schema-scherm .bollenschema-doek > svg")
    expect(svg).to_be_visible()
    maten = svg.evaluate(MAATEN)
    kleinste = min(m["px"] for m in maten)
    laagste = min(m["hoogte"] for m in maten)
    # The participating organisations stand in the picture too, as own werkingen.
    actoren = scherm.locator("#schema-scherm g.actor:not(.eigen-werking)").count()
    eigen = scherm.locator("#schema-scherm g.actor.eigen-werking")
    expect(eigen).to_have_count(2)
    bollen = scherm.locator("#schema-scherm g.schema-bol").count()
    print(
        f"projector 1280x720: {actoren} actors in {bollen} bollen, {len(maten)} texts, "
        f"smallest letter {kleinste:.1f} px, lowest text box {laagste:.1f} px"
    )
    assert kleinste >= 18, kleinste
    assert laagste >= 18, laagste
    assert actoren >= 12  # still a picture of the room, not one bol
    scherm.screenshot(path="/tmp/scherm-schema.png")
    # The names of the gemeenten and the counts of who named an actor are among the texts.
    teksten = {m["tekst"] for m in maten}
    assert {"Bibliotheek", "De Klinker", "Pajottegem"} <= teksten and "\u00d72" in teksten
    # The whole picture fits the screen: no scrolling on a projector.
    doos = svg.bounding_box()
    assert doos["x"] >= 0 and doos["x"] + doos["width"] <= PROJECTOR["width"]
    assert doos["y"] + doos["height"] <= PROJECTOR["height"]
    assert scherm.evaluate("document.documentElement.scrollHeight") <= PROJECTOR["height"]
    assert scherm.evaluate("document.documentElement.scrollWidth") <= PROJECTOR["width"]
    terug = scherm.get_by_role("link", name="Terug naar de sessie").bounding_box()
    assert terug["y"] + terug["height"] <= PROJECTOR["height"]
    # Not clipped by the side column either.
    expect(scherm.get_by_role("link", name="Terug naar de sessie")).to_be_in_viewport(ratio=1)
    # The title is never cut ("Netwerkdag Pa…" before): it wraps instead.
    titel = scherm.get_by_role("heading", name="Netwerkdag Pajottenland", level=1)
    assert titel.evaluate("el => el.scrollWidth <= el.clientWidth")
    assert titel.evaluate("el => getComputedStyle(el).textOverflow") != "ellipsis"
    expect(titel).to_be_in_viewport(ratio=1)
    # What is not drawn is said on screen.
    noot = scherm.locator(".scherm-schema-noot")
    expect(noot).to_contain_text(f"Op het scherm: {actoren} van de 120 actoren")
    expect(noot).to_contain_text("zo veel als er leesbaar passen")
    expect(noot).to_contain_text(f"andere actoren ({120 - actoren})")
    toegankelijkheid(scherm)

    # The facilitator switches to the wall and back.
    scherm.get_by_role("link", name="Muur met sterktes en beperkingen tonen").click()
    expect(scherm.get_by_role("heading", name="Sterktes")).to_be_visible()
    scherm.get_by_role("link", name="Bollenschema van de zaal tonen").click()
    expect(svg).to_be_visible()


KAARTEN = [
    "Een grote zaal met 400 plaatsen.",
    "Vrijwilligers die al twintig jaar meedraaien en iedereen in het dorp kennen.",
    "Een eigen busje voor uitstappen.",
    "Sterke band met de scholen in de buurt.",
    "Een tuin die we delen met de buurtbewoners, elke zondag open voor iedereen die langskomt.",
    "Podiumtechniek in huis.",
    "We bereiken jongeren.",
    "Een goed gevulde uitleendienst met materiaal voor evenementen en feesten.",
    "Meertalige medewerkers.",
    "Een atelier met keramiekoven.",
    "Ervaring met subsidiedossiers.",
    "Een café dat elke avond open is.",
]


@pytest.mark.parametrize("fase", [Sessie.Fase.WELKOM, Sessie.Fase.STAP2])
def test_it_fits_a_wall_of_24_cards_on_the_projector(
    browser: Browser, live: str, workshop: Sessie, toegankelijkheid, fase
) -> None:
    # 24 cards of three organisations, as a real room writes them: short and long.
    werkingen = [
        Deelname(workshop, naam, nieuwe_werking_naam=werking, gemeente=Gemeente.objects.get(naam=g))
        for naam, werking, g in (
            ("Lotte", "Cultuurcentrum Dilbeek", "Dilbeek"),
            ("Jonas", "Jeugdhuis De Klinker", "Lennik"),
            ("Sofie", "Bibliotheek Pajottegem", "Pajottegem"),
        )
    ]
    for i, tekst in enumerate(KAARTEN):
        werking = werkingen[i % 3].werking
        voeg_kenmerk_toe(werking, "sterkte", f"{tekst} ({i + 1})", None)
        voeg_kenmerk_toe(
            werking, "beperking", f"Geen {tekst[0].lower()}{tekst[1:]} ({i + 1})", None
        )
    Sessie.objects.filter(pk=workshop.pk).update(fase=fase)

    scherm = aangemeld(browser, live)
    scherm.goto(f"{live}/sessies/{workshop.code}/scherm/")
    expect(scherm.get_by_role("heading", name="Sterktes 12")).to_be_visible()
    expect(scherm.get_by_role("heading", name="Beperkingen 12")).to_be_visible()
    hoogte = scherm.evaluate("document.documentElement.scrollHeight")
    print(f"{fase}: wall of 24 cards, document {hoogte} px high at 1280x720")
    assert hoogte <= PROJECTOR["height"]
    assert scherm.evaluate("document.documentElement.scrollWidth") <= PROJECTOR["width"]
    # The newest card is there and every card shown is whole on the screen, at 24 px or more.
    expect(scherm.locator(".sterktes li").first).to_contain_text("(12)")
    kaarten = scherm.locator(".muur li")
    for i in range(kaarten.count()):
        doos = kaarten.nth(i).bounding_box()
        assert doos["y"] + doos["height"] <= PROJECTOR["height"], i
        grootte = kaarten.nth(i).evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
        assert grootte >= 24
    getoond = scherm.locator(".sterktes li").count()
    assert getoond >= 4
    meer = scherm.locator(".sterktes .muur-meer")
    expect(meer).to_have_text(f"+ {12 - getoond} meer")
    expect(meer).to_be_in_viewport(ratio=1)
    expect(scherm.locator(".beperkingen .muur-meer")).to_be_in_viewport(ratio=1)
    terug = scherm.get_by_role("link", name="Terug naar de sessie").bounding_box()
    assert terug["y"] + terug["height"] <= PROJECTOR["height"]
    scherm.screenshot(path=f"/tmp/scherm-muur-{fase}.png")
    toegankelijkheid(scherm)


def test_it_says_on_the_projector_when_the_time_is_up(
    browser: Browser, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    import datetime

    from django.utils import timezone

    scherm = aangemeld(browser, live)
    Sessie.objects.filter(pk=workshop.pk).update(
        fase=Sessie.Fase.STAP2, timer_einde=timezone.now() + datetime.timedelta(seconds=4)
    )
    scherm.goto(f"{live}/sessies/{workshop.code}/scherm/")
    cue = scherm.locator(".scherm-timer [data-timer-om]")
    expect(cue).to_be_hidden()  # empty while the time runs
    # At 0:00 timer.js says so, without waiting for the next poll.
    expect(cue).to_have_text("De tijd is om", timeout=6000)
    expect(cue).to_be_visible()
    expect(scherm.locator(".scherm-timer [data-timer]")).to_have_text("0:00")
    # At least 24 px; retried, since the projector's poll may swap the cue in between.
    expect(cue).to_have_css("font-size", re.compile(r"^(2[4-9]|[3-9]\d|\d{3,})(\.\d+)?px$"))
    toegankelijkheid(scherm)
