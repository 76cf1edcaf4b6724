"""The room in a real browser: the facilitator makes a session, shows code and QR, puts the
projector on with the wall of two werkingen, tidies a double werking (and undoes it), and
invites a coordinator with a link that works once."""

import re

from playwright.sync_api import Browser, Page, expect

from sessies.models import Sessie
from tests.conftest import Deelname
from werking.models import Gemeente, Werking
from werking.services import voeg_kenmerk_toe


def meld_aan(page: Page, live: str, gebruiker: str = "an") -> None:
    page.goto(f"{live}/aanmelden/")
    page.get_by_label("Gebruikersnaam").fill(gebruiker)
    page.get_by_label("Wachtwoord").fill("workshop-2026!")
    page.get_by_role("button", name="Aanmelden").click()


def test_it_runs_the_room_from_code_and_qr_to_the_projectors_wall(
    page: Page, live: str, begeleider, toegankelijkheid
) -> None:
    meld_aan(page, live)
    page.get_by_role("link", name="Nieuwe sessie").click()
    page.get_by_label("Titel").fill("Netwerkdag Kempen")
    page.get_by_label("Datum").fill("2026-12-03")
    page.get_by_role("button", name="Sessie aanmaken").click()
    sessie = Sessie.objects.get(titel="Netwerkdag Kempen")
    url = f"{live}/doe-mee/{sessie.code}/"

    expect(page.locator(".grote-code")).to_have_text(f"Code: {sessie.code}")
    expect(page.get_by_role("img", name=f"QR-code die naar {url} leidt")).to_be_visible()
    toegankelijkheid(page)

    page.set_viewport_size({"width": 1280, "height": 720})
    page.get_by_role("link", name="Projectorscherm").click()
    expect(page.locator(".scherm-grote-code")).to_contain_text(sessie.code)
    expect(page.get_by_text(url, exact=True)).to_be_visible()
    qr = page.get_by_role("img", name=f"QR-code die naar {url} leidt")
    expect(qr).to_be_visible()
    # The code, the URL and the QR fit a 1280x720 projector without scrolling.
    assert qr.bounding_box()["y"] + qr.bounding_box()["height"] <= 720
    grootte = page.evaluate("getComputedStyle(document.body).fontSize")
    assert float(grootte.removesuffix("px")) >= 24
    toegankelijkheid(page)

    # Two organisations join and write; the room moves to STAP 2; the wall fills by polling.
    mol = Gemeente.objects.get(naam="Mol")
    lotte = Deelname(sessie, "Lotte", nieuwe_werking_naam="CC 't Getouw", gemeente=mol)
    jonas = Deelname(sessie, "Jonas", nieuwe_werking_naam="Jeugdhuis De Klinker", gemeente=mol)
    voeg_kenmerk_toe(lotte.werking, "sterkte", "Een grote zaal met 400 plaatsen.", None)
    voeg_kenmerk_toe(jonas.werking, "beperking", "We bereiken geen ouders.", None)
    Sessie.objects.filter(pk=sessie.pk).update(fase="stap2")
    sessie.refresh_from_db()
    sessie.save()  # the facilitator's change time moves

    expect(page.get_by_role("heading", name="STAP 2 — Sterktes en beperkingen")).to_be_visible(
        timeout=10_000
    )
    expect(page.get_by_text("Een grote zaal met 400 plaatsen.")).to_be_visible()
    expect(page.get_by_text("We bereiken geen ouders.")).to_be_visible()
    expect(page.locator(".sterktes .teller")).to_have_text("1")
    expect(page.locator(".bron", has_text="Jeugdhuis De Klinker")).to_be_visible()
    toegankelijkheid(page)

    page.get_by_role("link", name="Namen van organisaties verbergen").click()
    expect(page.get_by_text("We bereiken geen ouders.")).to_be_visible()
    expect(page.locator(".bron")).to_have_count(0)


def test_it_merges_a_double_werking_and_undoes_it(
    page: Page, live: str, begeleider, toegankelijkheid
) -> None:
    from tests.conftest import maak_sessie

    sessie = maak_sessie(begeleider, "Netwerkdag Mol")
    mol = Gemeente.objects.get(naam="Mol")
    lotte = Deelname(sessie, "Lotte", nieuwe_werking_naam="CC Mol", gemeente=mol)
    pieter = Deelname(
        sessie, "Pieter", nieuwe_werking_naam="cc mol", gemeente=Gemeente.objects.get(naam="Balen")
    )
    voeg_kenmerk_toe(pieter.werking, "sterkte", "Veel vrijwilligers.", None)

    meld_aan(page, live)
    page.goto(f"{live}/sessies/{sessie.code}/")
    page.get_by_role("link", name="Opruimen").click()
    toegankelijkheid(page)
    page.get_by_label("Behoud deze werking").select_option(label="CC Mol (Mol)")
    page.get_by_label("Voeg deze erin samen").select_option(label="cc mol (Balen)")
    page.get_by_role("button", name="Bekijk wat er samengaat").click()
    expect(page.get_by_role("heading", name='"cc mol" samenvoegen met "CC Mol"?')).to_be_visible()
    toegankelijkheid(page)
    page.get_by_role("button", name="Ja, samenvoegen").click()

    expect(page.get_by_text('is samengevoegd met "CC Mol"')).to_be_visible()
    assert list(Werking.objects.filter(sessie=sessie).values_list("naam", flat=True)) == ["CC Mol"]
    assert set(lotte.werking.deelnemers.values_list("naam", flat=True)) == {"Lotte", "Pieter"}

    page.get_by_role("button", name=re.compile("Ongedaan maken")).click()
    expect(page.get_by_text("Ongedaan gemaakt:")).to_be_visible()
    assert set(Werking.objects.filter(sessie=sessie).values_list("naam", flat=True)) == {
        "CC Mol",
        "cc mol",
    }
    assert Werking.objects.get(naam="cc mol").kenmerken.get().tekst == "Veel vrijwilligers."


def test_it_invites_a_coordinator_with_a_link_that_works_once(
    browser: Browser, page: Page, live: str, begeleider, toegankelijkheid
) -> None:
    from tests.conftest import maak_sessie

    sessie = maak_sessie(begeleider, "Netwerkdag Pajottenland")
    meld_aan(page, live)
    page.goto(f"{live}/sessies/{sessie.code}/")
    page.get_by_role("link", name="Coördinatoren").click()
    page.get_by_role("button", name="Nieuwe uitnodigingslink maken").click()
    link = page.locator("#uitnodigingslink").inner_text()
    assert link.startswith(f"{live}/uitnodiging/")
    toegankelijkheid(page)

    mieke = browser.new_context().new_page()
    mieke.goto(link)
    toegankelijkheid(mieke)
    mieke.get_by_label("Kies een gebruikersnaam").fill("mieke")
    mieke.get_by_label("Kies een wachtwoord").fill("cultuur-regio-2026")
    mieke.get_by_label("Wachtwoord, nog een keer").fill("cultuur-regio-2026")
    mieke.get_by_role("button", name="Account maken en aanvaarden").click()
    expect(
        mieke.get_by_text('Je bent nu coördinator van "Netwerkdag Pajottenland".')
    ).to_be_visible()
    expect(mieke.get_by_role("link", name="Opruimen")).to_have_count(0)

    iemand_anders = browser.new_context().new_page()
    iemand_anders.goto(link)
    expect(iemand_anders.get_by_role("heading", level=1)).to_have_text(
        "Deze uitnodiging werkt niet (meer)"
    )


def test_it_edits_duplicates_and_deletes_sessions_from_the_home(
    page: Page, live: str, begeleider, toegankelijkheid
) -> None:
    from tests.conftest import maak_sessie

    sessie = maak_sessie(begeleider, "Netwerkdag Halle")
    Deelname(
        sessie,
        "Sofie",
        nieuwe_werking_naam="Bib Halle",
        gemeente=Gemeente.objects.get(naam="Halle"),
    )
    meld_aan(page, live)
    expect(page.get_by_role("heading", name="Lopend")).to_be_visible()
    toegankelijkheid(page)

    page.get_by_role("link", name="Bewerken Netwerkdag Halle").click()
    toegankelijkheid(page)
    page.get_by_label("Titel").fill("Netwerkdag Zennevallei")
    page.get_by_role("button", name="Bewaren").click()
    expect(page.get_by_text("De sessie is bijgewerkt.")).to_be_visible()

    page.get_by_role("link", name="Mijn sessies").click()
    page.get_by_role("button", name="Dupliceren Netwerkdag Zennevallei").click()
    expect(page.get_by_text("Kopie gemaakt met een nieuwe code")).to_be_visible()
    assert Sessie.objects.filter(titel="Netwerkdag Zennevallei").count() == 2

    page.get_by_role("link", name="Mijn sessies").click()
    page.get_by_role("link", name="Verwijderen Netwerkdag Zennevallei").first.click()
    expect(
        page.get_by_text("alle persoonsgegevens en antwoorden van de deelnemers")
    ).to_be_visible()
    toegankelijkheid(page)
    page.get_by_role("button", name="Ja, definitief verwijderen").click()
    expect(page.get_by_text("is verwijderd, met alle gegevens van de deelnemers")).to_be_visible()
    assert Sessie.objects.filter(titel="Netwerkdag Zennevallei").count() == 1
