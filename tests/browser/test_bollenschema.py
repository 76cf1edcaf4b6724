"""The bollenschema in a real browser: a combination made by clicking (and with the keyboard)
on the picture, drawn after a reload; the pictures pass axe; on a phone the page stays short."""

import re

from playwright.sync_api import Page, expect

from inspiratie.models import Categorie
from partnerkaarten.models import Combinatie, Partner, Partnerkaart
from sessies.models import Sessie
from werking.models import Gemeente, Kenmerk, Werking

from ..partnerkaarten.conftest import maak_partner
from .test_invulsjabloon import doe_mee


def partners(werking: Werking, aantal: int = 4) -> list[Partner]:
    """Partners in four bollen: the own gemeente, two others and regio / Vlaanderen."""
    gemeenten = [werking.gemeente, *Gemeente.objects.filter(naam__in=["Lennik", "Dilbeek"])]
    categorieen = [Categorie.objects.get(naam=n) for n in ("Welzijn", "Kunsten", "Sport")]
    return [
        maak_partner(
            werking,
            f"Partnerorganisatie nummer {i} met een lange naam",
            None if i % 4 == 3 else gemeenten[i % 4],
            categorieen[i % 3],
        )
        for i in range(aantal)
    ]


def actor(page: Page, schema: str, partner: Partner):
    return page.locator(f'#{schema} g.actor[data-actor="p{partner.pk}"]')


def test_it_makes_a_combination_by_clicking_actors_and_draws_it(
    page: Page, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    doe_mee(page, live, workshop.code, "Sofie")
    werking = Werking.objects.get(sessie=workshop)
    eigen, lennik, dilbeek, regio = partners(werking)
    page.goto(f"{live}/doe-mee/{workshop.code}/bollen/")
    expect(page.locator("#schema-werking .bollenschema-doek > svg")).to_have_attribute(
        "role", "group"
    )
    toegankelijkheid(page)

    # Two actors of one bol are not yet a combination: said at once, nothing posted.
    actor(page, "schema-werking", eigen).click()
    expect(actor(page, "schema-werking", eigen)).to_have_attribute("aria-pressed", "true")
    page.get_by_role("button", name="Gekozen actoren combineren").click()
    expect(page.get_by_text("Kies actoren uit minstens twee verschillende bollen.")).to_be_visible()
    assert not Combinatie.objects.exists()

    # Click, and the keyboard: Tab to an actor, Enter or Space selects it.
    actor(page, "schema-werking", lennik).click()
    actor(page, "schema-werking", regio).focus()
    page.keyboard.press("Enter")
    actor(page, "schema-werking", dilbeek).focus()
    page.keyboard.press(" ")
    page.keyboard.press(" ")  # and again: not chosen after all
    expect(actor(page, "schema-werking", dilbeek)).to_have_attribute("aria-pressed", "false")
    expect(page.get_by_text("3 actoren gekozen uit 3 bollen.")).to_be_visible()
    page.get_by_label("Naam voor deze combinatie").fill("Voorlezen over de grenzen")
    page.get_by_role("button", name="Gekozen actoren combineren").click()

    expect(page.get_by_role("heading", name="Combinaties", exact=True)).to_be_visible()
    combinatie = Combinatie.objects.get(werking=werking)
    assert combinatie.titel == "Voorlezen over de grenzen"
    assert set(combinatie.partners.all()) == {eigen, lennik, regio}

    page.reload()
    link = page.locator(f'#schema-combinaties g.verbinding[data-combinatie="{combinatie.pk}"]')
    expect(link).to_have_count(1)
    expect(link.locator("line")).to_have_count(3)
    # Selecting the combination highlights its actors.
    page.get_by_role("button", name="Voorlezen over de grenzen").click()
    for partner in (eigen, lennik, regio):
        expect(actor(page, "schema-combinaties", partner)).to_have_class(re.compile("uitgelicht"))
    expect(actor(page, "schema-combinaties", dilbeek)).not_to_have_class(re.compile("uitgelicht"))
    toegankelijkheid(page)

    # The same combination on the werking's bollenschema, pursued ones thicker.
    Combinatie.objects.filter(pk=combinatie.pk).update(verder=True)
    page.goto(f"{live}/doe-mee/{workshop.code}/bollen/")
    expect(
        page.locator(f'#schema-werking g.verbinding.verder[data-combinatie="{combinatie.pk}"]')
    ).to_have_count(1)


def test_it_draws_each_partnerkaart_and_passes_axe(
    page: Page, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    doe_mee(page, live, workshop.code, "Sofie")
    werking = Werking.objects.get(sessie=workshop)
    _, lennik, _, regio = partners(werking)
    kenmerk = Kenmerk.objects.create(werking=werking, soort="beperking", tekst="Weinig jongeren")
    kaart = Partnerkaart.objects.create(werking=werking, kenmerk=kenmerk, bovenlokaal=True)
    kaart.partners.add(lennik, regio)
    page.goto(f"{live}/doe-mee/{workshop.code}/stap-3/{kaart.pk}/")
    schema = page.locator("#schema-kaart .bollenschema-doek > svg")
    expect(schema).to_have_attribute("role", "img")
    expect(schema.get_by_text("Denk over de grenzen heen!")).to_have_count(1)
    expect(page.locator("#schema-kaart g.actor")).to_have_count(2)
    toegankelijkheid(page)


def test_it_shows_the_room_to_the_facilitator_legibly_on_a_projector(
    page: Page, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    doe_mee(page, live, workshop.code, "Sofie")
    werking = Werking.objects.get(sessie=workshop)
    gemeenten = list(Gemeente.objects.filter(provincie=werking.gemeente.provincie)[:14])
    kunsten, welzijn = Categorie.objects.get(naam="Kunsten"), Categorie.objects.get(naam="Welzijn")
    for i in range(120):
        maak_partner(
            werking,
            f"Organisatie {i} uit de regio",
            gemeenten[i % 14] if i % 20 else None,
            kunsten if i % 2 else welzijn,
        )
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{live}/aanmelden/")
    page.get_by_label("Gebruikersnaam").fill("an")
    page.get_by_label("Wachtwoord").fill("workshop-2026!")
    page.get_by_role("button", name="Aanmelden").click()
    page.goto(f"{live}/sessies/{workshop.code}/")
    page.get_by_role("link", name="Bollenschema van de zaal").click()
    expect(page.locator("#schema-zaal g.actor")).to_have_count(80)
    expect(page.locator("#schema-zaal g.schema-bol")).to_have_count(12)
    # 80 drawn: Sofie's own organisation (every participating werking is drawn) and 79 of the
    # 120 partners, so 41 partners are listed beside the picture.
    expect(page.get_by_text(re.compile(r"andere actoren \(41\)"))).to_be_visible()
    toegankelijkheid(page)
    # On the projector (1280x720) the whole picture fits the width, its text big enough.
    doos = page.locator("#schema-zaal .bollenschema-doek > svg").bounding_box()
    assert doos["x"] >= 0 and doos["x"] + doos["width"] <= 1280
    hoogtes = page.eval_on_selector_all(
        "#schema-zaal g.actor text", "els => els.map(e => e.getBoundingClientRect().height)"
    )
    # 80 actors in 12 bollen: labels of 9 px and more in the page's column (a full-screen
    # projector view has more room). See the README for what limits this.
    assert min(hoogtes) >= 8.9, min(hoogtes)


def test_it_fits_the_picture_and_lists_on_a_phone(
    page: Page, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    doe_mee(page, live, workshop.code, "Sofie")
    partners(Werking.objects.get(sessie=workshop), aantal=8)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live}/doe-mee/{workshop.code}/bollen/")
    expect(page.get_by_text("Een actor toevoegen aan het bollenschema")).to_be_visible()
    expect(page.get_by_label("Naam", exact=True)).to_be_hidden()
    hoogte = page.evaluate("document.documentElement.scrollHeight")
    breedte = page.evaluate("document.documentElement.scrollWidth")
    # The picture at a legible size (it scrolls sideways in its frame, not the page).
    letter = page.locator("#schema-werking g.actor text").first.bounding_box()
    assert letter["height"] >= 12
    assert breedte <= 390
    # Was about 7,000 px with the actor form (22 category chips) always open; now the
    # picture and the lists (8 partners with long names) and two closed forms.
    print(f"hoogte op 390 px: {hoogte}")
    assert hoogte < 5000, hoogte
    formulieren = sum(
        page.locator(f"#{id}").bounding_box()["height"] for id in ("nieuwe-bol", "nieuwe-actor")
    )
    assert formulieren < 200, formulieren
    toegankelijkheid(page)
    # Opened on demand, the form is there and works as before.
    page.get_by_text("Een actor toevoegen aan het bollenschema").click()
    expect(page.get_by_label("Naam", exact=True)).to_be_visible()


EIGEN_BOL_IN_BEELD = """(doek) => {
  // Where the own gemeente's circle is, against the frame the picture scrolls in.
  const bol = doek.querySelector('g.schema-bol[data-eigen="ja"] circle').getBoundingClientRect();
  const kader = doek.getBoundingClientRect();
  return {
    x: bol.left + bol.width / 2, y: bol.top + bol.height / 2,
    links: kader.left, rechts: kader.right, boven: kader.top, onder: kader.bottom,
    schuift: doek.scrollWidth > doek.clientWidth || doek.scrollHeight > doek.clientHeight,
  };
}"""


def test_it_opens_the_picture_at_the_own_gemeente_on_a_phone(
    page: Page, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    doe_mee(page, live, workshop.code, "Sofie")
    werking = Werking.objects.get(sessie=workshop)
    eigen, lennik, _, regio, *_ = partners(werking, aantal=12)
    # A combination with a long name, as participants write them, in the legend.
    combinatie = Combinatie.objects.create(
        werking=werking,
        titel="Voorleesnamiddagen met het woonzorgcentrum en de jeugdbewegingen van de regio",
    )
    combinatie.partners.set([eigen, lennik, regio])
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live}/doe-mee/{workshop.code}/bollen/")
    doek = page.locator("#schema-werking .bollenschema-doek")
    expect(doek).to_be_visible()
    page.wait_for_timeout(200)

    plek = doek.evaluate(EIGEN_BOL_IN_BEELD)
    print(f"eigen bol op 390 px: {plek}")
    assert plek["schuift"]
    # The own bol's centre is inside the frame, which itself is inside the screen's width.
    assert plek["links"] <= plek["x"] <= plek["rechts"], plek
    assert plek["boven"] <= plek["y"] <= plek["onder"], plek
    assert plek["links"] >= 0 and plek["rechts"] <= 390
    # Said in words that the picture scrolls.
    expect(page.get_by_text("Schuif in het schema om alle bollen te zien.")).to_be_visible()
    # Nothing sticks out of the page: the legend and the combinations' names wrap.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    for rand in page.eval_on_selector_all(
        "#schema-werking figcaption li", "els => els.map(e => e.getBoundingClientRect().right)"
    ):
        assert rand <= 390, rand
    toegankelijkheid(page)


def test_it_opens_a_partnerkaart_picture_at_the_own_gemeente_on_a_phone(
    page: Page, live: str, workshop: Sessie, toegankelijkheid
) -> None:
    doe_mee(page, live, workshop.code, "Sofie")
    werking = Werking.objects.get(sessie=workshop)
    kenmerk = Kenmerk.objects.create(werking=werking, soort="sterkte", tekst="Grote zaal")
    kaart = Partnerkaart.objects.create(werking=werking, kenmerk=kenmerk)
    kaart.partners.add(*partners(werking, aantal=8))
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live}/doe-mee/{workshop.code}/stap-3/{kaart.pk}/")
    doek = page.locator("#schema-kaart .bollenschema-doek")
    expect(doek).to_be_visible()
    page.wait_for_timeout(200)

    plek = doek.evaluate(EIGEN_BOL_IN_BEELD)
    print(f"eigen bol op de partnerkaart op 390 px: {plek}")
    assert plek["schuift"]
    # Centred on the own gemeente as on the werking's bollenschema (was: the top left corner).
    assert plek["links"] <= plek["x"] <= plek["rechts"], plek
    assert plek["boven"] <= plek["y"] <= plek["onder"], plek
    assert abs(plek["x"] - (plek["links"] + plek["rechts"]) / 2) <= 2, plek
    assert plek["links"] >= 0 and plek["rechts"] <= 390
    expect(page.get_by_text("Schuif in het schema om alle bollen te zien.")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    toegankelijkheid(page)
