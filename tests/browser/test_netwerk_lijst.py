"""The closing list "Bouw je netwerk uit" in a real browser: each tick under its own header on a
laptop, readable cards on a phone, and the partners of pursued combinations offered ticked."""

import pytest
from playwright.sync_api import Page, expect

from inspiratie.models import Categorie
from partnerkaarten.models import Partner
from partnerkaarten.services import bewaar_combinatie, bewaar_partner, zet_verder
from tests.conftest import Deelname
from werking.models import Gemeente

LAPTOP = {"width": 1280, "height": 800}
TELEFOON = {"width": 390, "height": 844}


def partner(sofie: Deelname, naam: str, gemeente: str | None, categorie: str, **extra) -> Partner:
    gegevens = {
        "naam": naam,
        "gemeente": Gemeente.objects.get(naam=gemeente) if gemeente else None,
        "categorie": Categorie.kit.get(naam=categorie),
        "sector": extra.pop("sector", ""),
        "cultureel_keuze": None,
        "bovenlokaal_keuze": None,
        "grensverleggend_keuze": None,
    }
    gemaakt = bewaar_partner(sofie.werking, gegevens)
    if extra.get("behouden"):
        gemaakt.behouden = True
        gemaakt.save(update_fields=["behouden"])
    return gemaakt


def open_als(page: Page, live: str, deelname: Deelname, pad: str) -> None:
    page.goto(f"{live}/verder/#{deelname.token}")
    expect(page.get_by_role("navigation", name="Stappen van het invulsjabloon")).to_be_visible()
    page.goto(f"{live}{deelname.url(pad)}")


@pytest.fixture
def lijst(sofie) -> list[Partner]:
    return [
        partner(
            sofie,
            "GC De Boesdaalhoeve",
            "Sint-Genesius-Rode",
            "Lokaal cultuurbeleid",
            sector="gemeenschapscentrum",
            behouden=True,
        ),
        partner(
            sofie,
            "Woonzorgcentrum Ter Bruggen",
            "Pajottegem",
            "Welzijn",
            sector="ouderenzorg",
            behouden=True,
        ),
    ]


def test_each_tick_sits_under_its_own_header_on_a_laptop(
    page: Page, live: str, sofie: Deelname, lijst: list[Partner], toegankelijkheid
) -> None:
    page.set_viewport_size(LAPTOP)
    open_als(page, live, sofie, "netwerk/")
    tabel = page.locator("table.netwerk")
    for veld in ("bovenlokaal", "grensverleggend"):
        kop = tabel.locator("th", has_text=f"{veld}?").bounding_box()
        for p in lijst:
            vak = page.locator(f"#{veld}-{p.pk}").bounding_box()
            assert kop["x"] <= vak["x"] and vak["x"] + vak["width"] <= kop["x"] + kop["width"], (
                veld,
                p.naam,
            )
    # The whole list fits a laptop: no sideways scrolling.
    assert tabel.evaluate("t => t.parentElement.scrollWidth <= t.parentElement.clientWidth")
    toegankelijkheid(page)

    # A tick saves from its own column; the other column's tick stays.
    ter_bruggen = lijst[1]
    with page.expect_response(lambda r: r.request.method == "POST" and "/netwerk/" in r.url):
        page.locator(f"#bovenlokaal-{ter_bruggen.pk}").check()
    expect(page.locator(f"#bovenlokaal-{ter_bruggen.pk}")).to_be_checked()
    expect(page.locator(f"#grensverleggend-{ter_bruggen.pk}")).to_be_checked()
    ter_bruggen.refresh_from_db()
    assert (ter_bruggen.bovenlokaal, ter_bruggen.grensverleggend) == (True, True)


def test_the_list_is_a_labelled_card_per_partner_on_a_phone(
    page: Page, live: str, sofie: Deelname, lijst: list[Partner], toegankelijkheid
) -> None:
    page.set_viewport_size(TELEFOON)
    open_als(page, live, sofie, "netwerk/")
    assert page.evaluate("document.documentElement.scrollWidth") <= TELEFOON["width"]
    for p in lijst:
        kaart = page.locator(f"#netwerk-{p.pk}")
        vak = kaart.bounding_box()
        assert vak["x"] >= 0 and vak["x"] + vak["width"] <= TELEFOON["width"]
        labels = kaart.locator("td").evaluate_all(
            "tds => tds.map(td => getComputedStyle(td, '::before').content)"
        )
        assert labels[:3] == ['"Naam"', '"Gemeente"', '"Sector / domein"']
        for veld in ("bovenlokaal", "grensverleggend"):
            vinkje = kaart.get_by_role("checkbox", name=f"{veld} {p.naam}")
            expect(vinkje).to_be_visible()
            box = vinkje.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= TELEFOON["width"]
    toegankelijkheid(page)


def test_it_offers_the_partners_of_a_pursued_combination_ticked(
    page: Page, live: str, sofie: Deelname, toegankelijkheid
) -> None:
    klinker = partner(sofie, "Jeugdhuis De Klinker", "Lennik", "Jeugd")
    sportclub = partner(sofie, "Sportclub Gooik", "Pajottegem", "Sport")
    zet_verder(
        bewaar_combinatie(sofie.werking, [klinker, sportclub], titel="Sport en muziek"), True
    )
    page.set_viewport_size(LAPTOP)
    open_als(page, live, sofie, "netwerk/")
    aangeboden = page.locator("form.uit-combinaties")
    expect(aangeboden.get_by_role("checkbox", name="Jeugdhuis De Klinker")).to_be_checked()
    expect(aangeboden.get_by_role("checkbox", name="Sportclub Gooik")).to_be_checked()
    toegankelijkheid(page)
    # Sofie keeps the participant's say: she unticks the sportclub and confirms.
    aangeboden.get_by_role("checkbox", name="Sportclub Gooik").uncheck()
    aangeboden.get_by_role("button", name="Aangevinkte partners op de lijst").click()
    expect(page.locator("table.netwerk tbody tr")).to_have_count(1)
    expect(page.locator("table.netwerk")).to_contain_text("Jeugdhuis De Klinker")
    expect(page.locator("form.uit-combinaties")).to_contain_text("Sportclub Gooik")
    assert list(Partner.objects.filter(behouden=True)) == [klinker]


def test_it_suggests_the_categorie_as_sector_and_keeps_van_de_lijst_on_one_line(
    page: Page, live: str, sofie: Deelname, toegankelijkheid
) -> None:
    zonder_sector = partner(sofie, "Sportdienst Pajottegem", "Pajottegem", "Welzijn", behouden=True)
    page.set_viewport_size(LAPTOP)
    open_als(page, live, sofie, "netwerk/")
    sector = page.locator(f"#partner-{zonder_sector.pk}-sector")
    # The closing list in the PDF shows the categorie when no sector was typed: the page says so.
    expect(sector).to_have_attribute("placeholder", "Welzijn")
    expect(sector).to_have_value("")
    knop = page.get_by_role("button", name="Van de lijst Sportdienst Pajottegem")
    hoogte = knop.evaluate("b => b.getBoundingClientRect().height")
    regel = knop.evaluate("b => parseFloat(getComputedStyle(b).lineHeight) || 20")
    assert hoogte < regel * 1.5
    toegankelijkheid(page)
