"""In a real Chromium: no page breaks the Content-Security-Policy, the resume token never
travels in a URL, and typed text survives an unreachable database."""

import contextlib
from collections.abc import Iterator

from django.contrib.auth.models import User
from django.db import connection
from playwright.sync_api import Browser, Page, expect

from partnerkaarten.models import Partner
from partnerkaarten.services import bewaar_combinatie, bewaar_partner, nieuwe_partnerkaart
from werking.models import Gemeente, Kenmerk, Werking

from .test_invulsjabloon import doe_mee

# Every securitypolicyviolation event, collected by a script the browser injects itself
# (CDP), so the policy does not apply to it.
VERZAMELAAR = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + e.sourceFile
    + ":" + e.lineNumber);
});
"""


class CspWacht:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.fouten: list[str] = []
        page.add_init_script(VERZAMELAAR)
        page.on(
            "console",
            lambda m: (
                self.fouten.append(f"{page.url}: {m.text}")
                if "Content Security Policy" in m.text
                else None
            ),
        )

    def bezoek(self, url: str) -> None:
        self.page.goto(url)
        self.lees()

    def lees(self) -> None:
        gezien = self.page.evaluate("window.__csp || []")
        self.fouten += [f"{self.page.url}: {v}" for v in gezien]


def vul_werking_in(werking: Werking) -> dict[str, int]:
    kenmerk = Kenmerk.objects.create(werking=werking, soort="sterkte", tekst="Leeszaal", volgorde=1)
    kaart = nieuwe_partnerkaart(werking, kenmerk, False)
    partners = [
        bewaar_partner(
            werking,
            {"naam": naam, "gemeente": Gemeente.objects.get(naam=g), "cultureel_keuze": True},
        )
        for naam, g in (("GC De Boesdaalhoeve", "Pajottegem"), ("Jeugdhuis De Klinker", "Lennik"))
    ]
    kaart.partners.add(*partners)
    combinatie = bewaar_combinatie(werking, partners, titel="Samen")
    Partner.objects.filter(pk=partners[0].pk).update(behouden=True)
    return {
        "kenmerk": kenmerk.pk,
        "kaart": kaart.pk,
        "partner": partners[0].pk,
        "combinatie": combinatie.pk,
    }


def test_no_page_type_reports_a_csp_violation(browser: Browser, live, workshop) -> None:
    page = browser.new_context().new_page()
    wacht = CspWacht(page)
    wacht.bezoek(live)
    doe_mee(page, live, workshop.code, "Sofie")
    wacht.lees()
    ids = vul_werking_in(Werking.objects.get())
    d = f"{live}/doe-mee/{workshop.code}/"
    # htmx at work: a new sterkte swaps a column in.
    wacht.bezoek(d + "stap-2/")
    page.get_by_label("Nieuwe sterkte").fill("Veel vrijwilligers")
    page.get_by_label("Nieuwe sterkte").press("Enter")
    expect(page.locator("#kolom-sterkte textarea")).to_have_count(2)
    wacht.lees()
    # Autosave at work.
    wacht.bezoek(d + "stap-1/")
    page.get_by_label("Welk doel heb je daarbij voor ogen?").fill("Jongeren bereiken")
    expect(page.locator("[data-status]").filter(has_text="Bewaard").first).to_be_visible()
    wacht.lees()
    for pad in (
        "stap-3/",
        f"stap-3/{ids['kaart']}/",
        f"stap-3/{ids['kaart']}/verwijder/",
        f"stap-2/{ids['kenmerk']}/verwijder/",
        f"partners/{ids['partner']}/",
        f"partners/{ids['partner']}/verwijder/",
        "bollen/",
        "combinaties/",
        f"combinaties/{ids['combinatie']}/",
        f"combinaties/{ids['combinatie']}/verwijder/",
        "netwerk/",
        "stap-2/nieuw/",  # 405
    ):
        wacht.bezoek(d + pad)
    for pad in ("/verder/", "/verder/onbekend/", "/bestaat-niet/", "/doe-mee/%00ABCDE/"):
        wacht.bezoek(live + pad)

    # The facilitator and the admin, logged in through the forms.
    User.objects.create_superuser("beheer", password="beheer-2026!")
    begeleider = browser.new_context().new_page()
    wacht_b = CspWacht(begeleider)
    wacht_b.bezoek(f"{live}/aanmelden/")
    begeleider.get_by_label("Gebruikersnaam").fill("an")
    begeleider.get_by_label("Wachtwoord").fill("workshop-2026!")
    begeleider.get_by_role("button", name="Aanmelden").click()
    wacht_b.lees()
    for pad in ("/sessies/", "/sessies/nieuw/", f"/sessies/{workshop.code}/", "/wachtwoord/"):
        wacht_b.bezoek(live + pad)
    beheer = browser.new_context().new_page()
    wacht_c = CspWacht(beheer)
    wacht_c.bezoek(f"{live}/beheer/login/")
    beheer.fill("input[name=username]", "beheer")
    beheer.fill("input[name=password]", "beheer-2026!")
    beheer.click("input[type=submit]")
    wacht_c.lees()
    for pad in (
        "/beheer/",
        "/beheer/sessies/sessie/",
        f"/beheer/sessies/sessie/{workshop.pk}/change/",
    ):
        wacht_c.bezoek(live + pad)
    assert wacht.fouten + wacht_b.fouten + wacht_c.fouten == []


def test_the_resume_token_never_travels_in_a_url(browser: Browser, live, workshop) -> None:
    laptop = browser.new_context().new_page()
    doe_mee(laptop, live, workshop.code, "Sofie")
    laptop.get_by_text("Later verder werken?").click()
    link = laptop.get_by_label("Jouw persoonlijke link").input_value()
    token = link.split("#", 1)[1]
    assert len(token) > 30

    thuis = browser.new_context().new_page()
    urls: list[str] = []
    thuis.on("request", lambda r: urls.append(r.url))
    thuis.goto(link)
    expect(thuis.get_by_text("Sofie (jij)")).to_be_visible()
    assert [u for u in urls if token in u.split("#", 1)[0]] == []
    # Not left in the address bar or the history either.
    assert token not in thuis.url


@contextlib.contextmanager
def databank_onbereikbaar() -> Iterator[None]:
    """Every new connection fails, the server's threads' too (they share these settings)."""
    instellingen = connection.settings_dict
    oud = dict(instellingen)
    connection.close()
    if connection.vendor == "postgresql":
        instellingen["HOST"], instellingen["PORT"] = "127.0.0.1", "9"
    else:
        instellingen["NAME"] = "/bestaat-niet/cultuuroptil.sqlite3"
    try:
        yield
    finally:
        connection.close()
        instellingen.clear()
        instellingen.update(oud)


def test_it_keeps_typed_text_while_the_database_is_down_and_saves_it_after(
    page: Page, live, workshop
) -> None:
    doe_mee(page, live, workshop.code, "Sofie")
    veld = page.get_by_label("Welk doel heb je daarbij voor ogen?")
    with databank_onbereikbaar():
        veld.fill("Meer jongeren bereiken")
        expect(page.get_by_text("De databank is even niet bereikbaar")).to_be_visible()
        expect(page.get_by_text("We proberen opnieuw", exact=False)).to_be_visible()
        expect(veld).to_have_value("Meer jongeren bereiken")
    status = page.locator(".veld", has=veld).locator("[data-status]")
    expect(status).to_have_text("Bewaard", timeout=20000)
    assert Werking.objects.get().doel == "Meer jongeren bereiken"


def test_no_csp_violation_while_colleagues_and_the_room_merge_into_live_pages(
    browser: Browser, live, workshop
) -> None:
    """Live merges (static/js/live.js on a participant's page, htmx polls on the dashboard)
    insert markup into a page under the strict policy: a colleague's saved field, a new item,
    the step, the timer, the pause and its end. Not one securitypolicyviolation."""
    from .test_live import meld_aan

    an = browser.new_context().new_page()
    wacht_an = CspWacht(an)
    meld_aan(an, live)
    wacht_an.bezoek(f"{live}/sessies/{workshop.code}/")
    sofie = browser.new_context().new_page()
    wacht_sofie = CspWacht(sofie)
    doe_mee(sofie, live, workshop.code, "Sofie")
    karim = browser.new_context().new_page()
    wacht_karim = CspWacht(karim)
    doe_mee(karim, live, workshop.code, "Karim", werking="Bibliotheek Pajottegem")
    live_ms = 12_000

    # A colleague's saved answer merges into a field Sofie is not in, and into one she is in.
    doel = "Welk doel heb je daarbij voor ogen?"
    karim.get_by_label(doel).fill("Lezen voor iedereen.")
    karim.get_by_label(doel).blur()
    expect(sofie.get_by_label(doel)).to_have_value("Lezen voor iedereen.", timeout=live_ms)
    sofie.get_by_label("Voor wie doe je het?").click()
    karim.get_by_label("Voor wie doe je het?").fill("Alle inwoners.")
    karim.get_by_label("Voor wie doe je het?").blur()
    expect(sofie.get_by_label("Voor wie doe je het?")).to_have_value(
        "Alle inwoners.", timeout=live_ms
    )
    sofie.get_by_label("Voor wie doe je het?").blur()

    # The room: step, timer, pause and its end reach Sofie's page.
    an.get_by_role("button", name="STAP 2 — Sterktes en beperkingen").click()
    expect(sofie.locator("#zaal")).to_contain_text("STAP 2", timeout=live_ms)
    an.get_by_label("Minuten").fill("5")
    an.get_by_role("button", name="Start").click()
    expect(sofie.locator("#zaal [data-timer]")).to_be_visible(timeout=live_ms)
    an.get_by_role("button", name="Vraag de aandacht").click()
    expect(sofie.locator(".pauze-banner")).to_be_visible(timeout=live_ms)
    an.get_by_role("button", name="Laat verder werken").click()
    expect(sofie.locator(".pauze-banner")).to_be_hidden(timeout=live_ms)

    # A new item of a colleague appears on STAP 2 (htmx on his page, a merge on hers).
    d = f"{live}/doe-mee/{workshop.code}/stap-2/"
    sofie.goto(d)
    karim.goto(d)
    karim.get_by_label("Nieuwe sterkte").fill("Een grote leeszaal")
    karim.get_by_label("Nieuwe sterkte").press("Enter")
    expect(sofie.locator("#kolom-sterkte textarea")).to_have_count(1, timeout=live_ms)
    # STAP 3: a colleague's new partner merges into the bollenschema and the final list.
    werking = Werking.objects.get()
    sofie.goto(f"{live}/doe-mee/{workshop.code}/bollen/")
    bewaar_partner(
        werking,
        {
            "naam": "Jeugdhuis De Klinker",
            "gemeente": Gemeente.objects.get(naam="Lennik"),
            "cultureel_keuze": True,
        },
    )
    expect(sofie.locator("#inhoud")).to_contain_text("Jeugdhuis De Klinker", timeout=live_ms)
    sofie.goto(f"{live}/doe-mee/{workshop.code}/netwerk/")
    bewaar_partner(
        werking,
        {
            "naam": "WZC Ter Bruggen",
            "gemeente": Gemeente.objects.get(naam="Pajottegem"),
            "cultureel_keuze": False,
        },
    )
    expect(sofie.locator("#inhoud")).to_contain_text("WZC Ter Bruggen", timeout=live_ms)
    # The dashboard's own htmx poll swapped the room in meanwhile.
    expect(an.locator(".werkingkaart", has_text="Bibliotheek Pajottegem")).to_contain_text(
        "Karim", timeout=live_ms
    )
    for wacht in (wacht_an, wacht_sofie, wacht_karim):
        wacht.lees()
    assert wacht_an.fouten + wacht_sofie.fouten + wacht_karim.fouten == []


def test_a_refused_name_stays_in_the_field_with_the_reason(
    browser: Browser, live, workshop
) -> None:
    """Point 1 in the browser: the autosave refuses the name of another organisation in the
    same gemeente, says why at the field, and keeps the typed text as a draft."""
    from werking.services import doe_mee as neem_deel

    page = browser.new_context().new_page()
    doe_mee(page, live, workshop.code, "Sofie")
    # Another organisation of the same gemeente joins meanwhile.
    neem_deel(
        workshop,
        "Ward",
        nieuwe_werking_naam="GC De Boesdaalhoeve",
        gemeente=Gemeente.objects.get(naam="Pajottegem"),
    )
    naam = page.get_by_label("Naam van de werking")
    naam.fill("gc de boesdaalhoeve")
    naam.blur()
    blok = page.locator(".veld", has=naam)
    expect(blok.locator("[data-status]")).to_contain_text(
        "Er doet al een organisatie 'GC De Boesdaalhoeve'"
    )
    expect(naam).to_have_value("gc de boesdaalhoeve")
    assert Werking.objects.get(deelnemers__naam="Sofie").naam == "Bibliotheek Pajottegem"
    # A reload brings the draft back (and the same answer), never the refused name stored.
    page.reload()
    expect(page.get_by_label("Naam van de werking")).to_have_value("gc de boesdaalhoeve")
    expect(blok.locator("[data-status]")).to_contain_text("Er doet al een organisatie")
