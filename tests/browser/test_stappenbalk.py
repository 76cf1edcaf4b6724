"""The step bar and the room's phase panel in a real browser: one name per step, no word broken
on a phone, every step styled alike on a laptop, and a phase panel that leaves the page's own
form in view on a phone."""

import pytest
from playwright.sync_api import Page, expect

from sessies.models import Sessie
from tests.conftest import Deelname
from werking.models import Kenmerk

from .test_netwerk_lijst import LAPTOP, TELEFOON, open_als

NAMEN = [
    "STAP 1",
    "STAP 2",
    "STAP 3",
    "Bollenschema",
    "Combinaties",
    "Bouw je netwerk uit",
    "Klaar",
]

# Words of the step bar's visible text that are broken over two lines, and links whose text
# overflows their box. Text hidden for the eye (read by screen readers) does not count.
GEBROKEN = """() => {
  const fout = [];
  for (const a of document.querySelectorAll("nav.stappen ol a")) {
    const lopen = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
    let tekst;
    while ((tekst = lopen.nextNode())) {
      if (tekst.parentElement.getBoundingClientRect().width <= 1) continue;
      const woord = /\\S+/g;
      let m;
      while ((m = woord.exec(tekst.data))) {
        const r = document.createRange();
        r.setStart(tekst, m.index);
        r.setEnd(tekst, m.index + m[0].length);
        const vakken = [...r.getClientRects()].filter(x => x.width > 0);
        const regels = new Set(vakken.map(x => Math.round(x.top)));
        if (regels.size > 1) fout.push(m[0]);
      }
    }
    if (a.scrollWidth > a.clientWidth + 1) fout.push("te breed: " + a.textContent.trim());
  }
  return fout;
}"""

ZICHTBAAR = """() => [...document.querySelectorAll("nav.stappen ol a")].map(a => {
  const delen = [];
  const lopen = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
  let tekst;
  while ((tekst = lopen.nextNode())) {
    if (tekst.parentElement.getBoundingClientRect().width > 1) delen.push(tekst.data);
  }
  return delen.join(" ").split(/\\s+/).filter(Boolean).join(" ");
})"""

# The computed style of the text of each step's name (the element that holds it).
STIJL = """() => [...document.querySelectorAll("nav.stappen ol a")].map(a => {
  const lopen = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
  let tekst, laatste = a;
  while ((tekst = lopen.nextNode())) if (tekst.data.trim()) laatste = tekst.parentElement;
  const s = getComputedStyle(laatste);
  const b = a.getBoundingClientRect();
  return {naam: a.textContent.trim(), gewicht: s.fontWeight, kleur: s.color, grootte: s.fontSize,
          hoogte: Math.round(b.height), rand: getComputedStyle(a).borderRadius};
})"""


@pytest.fixture
def sofie(sofie) -> Deelname:
    Kenmerk.objects.create(werking=sofie.werking, soort="sterkte", tekst="Een grote leeszaal")
    return sofie


@pytest.mark.parametrize("pad", ["stap-1/", "combinaties/", "netwerk/"])
def test_the_step_bar_breaks_no_word_on_a_phone(
    page: Page, live: str, sofie: Deelname, pad: str, toegankelijkheid
) -> None:
    page.set_viewport_size(TELEFOON)
    open_als(page, live, sofie, pad)
    assert page.evaluate(GEBROKEN) == []
    # The same names as on a laptop and in the phase panel (the numbered steps by number).
    assert page.evaluate(ZICHTBAAR) == NAMEN
    # Seven steps on two rows at most, and nothing wider than the phone.
    rijen = page.locator("nav.stappen li").evaluate_all(
        "lis => new Set(lis.map(li => Math.round(li.getBoundingClientRect().top))).size"
    )
    assert rijen <= 2
    assert page.evaluate("document.documentElement.scrollWidth") <= TELEFOON["width"]
    toegankelijkheid(page)


def test_every_step_looks_alike_on_a_laptop(page: Page, live: str, sofie: Deelname) -> None:
    page.set_viewport_size(LAPTOP)
    open_als(page, live, sofie, "stap-1/")
    stijlen = {s["naam"]: s for s in page.evaluate(STIJL)}
    # STAP 1 is the current page; the others are alike, "Bouw je netwerk uit" too.
    gewoon = stijlen["Combinaties"]
    for naam in ("Bollenschema", "Bouw je netwerk uit", "Klaar"):
        for eigenschap in ("gewicht", "kleur", "grootte", "hoogte", "rand"):
            assert stijlen[naam][eigenschap] == gewoon[eigenschap], (naam, eigenschap)
    # All on one row on a laptop.
    rijen = page.locator("nav.stappen li").evaluate_all(
        "lis => new Set(lis.map(li => Math.round(li.getBoundingClientRect().top))).size"
    )
    assert rijen == 1
    assert page.evaluate(GEBROKEN) == []


def test_the_phase_panel_leaves_the_form_in_view_on_a_phone(
    page: Page, live: str, workshop: Sessie, sofie: Deelname, toegankelijkheid
) -> None:
    workshop.fase = Sessie.Fase.STAP2
    workshop.save()
    page.set_viewport_size(TELEFOON)
    open_als(page, live, sofie, "stap-1/")
    # The invitation to go to the room's step stays in sight; the instructions fold away.
    naar = page.get_by_role("link", name="Ga naar STAP 2 — Sterktes en beperkingen →")
    expect(naar).to_be_in_viewport()
    uitleg = page.locator(".fase-uitleg")
    expect(uitleg).not_to_have_attribute("open", "")
    expect(page.get_by_text("Noteer zoveel mogelijk sterktes")).to_be_hidden()
    assert page.locator("#zaal").bounding_box()["height"] <= 0.14 * TELEFOON["height"]
    expect(page.get_by_role("heading", name="STAP 1 — Eigen werking")).to_be_in_viewport()
    toegankelijkheid(page)
    # One tap opens them.
    page.get_by_text("Wat doen we nu?").click()
    expect(page.get_by_text("Noteer zoveel mogelijk sterktes")).to_be_visible()


def test_the_phase_panel_shows_its_instructions_on_a_laptop(
    page: Page, live: str, workshop: Sessie, sofie: Deelname
) -> None:
    workshop.fase = Sessie.Fase.STAP2
    workshop.save()
    page.set_viewport_size(LAPTOP)
    open_als(page, live, sofie, "stap-1/")
    expect(page.get_by_text("Noteer zoveel mogelijk sterktes")).to_be_visible()
    expect(
        page.get_by_role("link", name="Ga naar STAP 2 — Sterktes en beperkingen →")
    ).to_be_visible()
