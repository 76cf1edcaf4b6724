"""Colleagues' texts reach an open page without rendering it: a live poll (live.js's
`X-Live: 1`) whose page structure did not change gets only the texts saved since, as JSON;
any other change still renders the page.

Sofie and Karim work on Bibliotheek Pajottegem (`werk`: halfway STAP 3, see test_live).
"""

import datetime
import json

import pytest
from django.db import connection
from django.test.signals import template_rendered
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from begeleiding.services import voeg_werkingen_samen
from partnerkaarten.models import Bol, Combinatie, Idee
from sessies.live import OVERLAP
from tests.begeleiding.test_live import SCHRIJFPADEN, schrijf
from tests.conftest import Deelname
from werking.models import Gemeente, Kenmerk

pytestmark = pytest.mark.django_db

LIVE = {"HTTP_X_LIVE": "1"}


def live_poll(wie: Deelname, pad: str, tag: str):
    return wie.client.get(wie.url(pad), HTTP_IF_NONE_MATCH=tag, **LIVE)


def velden(antwoord) -> list[list[str]]:
    assert antwoord["Content-Type"].startswith("application/json"), antwoord.content[:300]
    return json.loads(antwoord.content)["velden"]


def bewaar(wie: Deelname, soort: str, pk: int, veld: str, waarde: str, basis: str):
    antwoord = wie.client.post(
        wie.url(f"bewaar/{soort}/{pk}/{veld}/"),
        {"waarde": waarde, "basis": basis},
        HTTP_X_AUTOSAVE="1",
    )
    assert antwoord.status_code == 200, antwoord.content
    return antwoord


def test_it_brings_a_colleagues_text_as_json_without_rendering(
    sofie, karim, werk, django_assert_num_queries
) -> None:
    tag = sofie.client.get(sofie.url("stap-1/"))["ETag"]
    bewaar(karim, "werking", karim.werking.pk, "doel", "Lezen voor iedereen", "")
    rendered: list = []

    def opvang(sender, template, **kwargs) -> None:
        rendered.append(template.name)

    template_rendered.connect(opvang)
    try:
        # the participant with the stamp; the werking's texts saved since the page's time
        with django_assert_num_queries(2):
            antwoord = live_poll(sofie, "stap-1/", tag)
    finally:
        template_rendered.disconnect(opvang)
    assert antwoord.status_code == 200
    assert rendered == []
    url = f"/doe-mee/{sofie.sessie.code}/bewaar/werking/{sofie.werking.pk}/doel/"
    assert [url, "Lezen voor iedereen", "Karim"] in velden(antwoord)
    # The new tag: nothing changed since, so the next poll is a 304.
    assert live_poll(sofie, "stap-1/", antwoord["ETag"]).status_code == 304


def test_it_marks_every_other_place_that_shows_a_live_text(sofie, karim, werk) -> None:
    """STAP 3 shows kenmerken and ideas as text: each place is marked for live.js, so no place
    keeps an old text when only the JSON comes."""
    html = sofie.client.get(sofie.url("stap-3/")).content.decode()
    for kenmerk in (werk["sterkte"], werk["beperking"]):
        plekken = html.count(f'data-live-tekst="kenmerk-{kenmerk.pk}-tekst"')
        # the choice for a new card, and the title of each card made from it
        assert plekken == 2, (kenmerk.tekst, plekken)
        assert html.count(f">{kenmerk.tekst}<") == plekken
    assert html.count(f'data-live-tekst="idee-{werk["idee"].pk}-tekst"') == 1
    kaart = sofie.client.get(sofie.url(f"stap-3/{werk['kaart'].pk}/")).content.decode()
    assert f'<h2 data-live-tekst="kenmerk-{werk["beperking"].pk}-tekst">Weinig jongeren' in kaart


def test_it_names_the_field_exactly_as_the_page_does(sofie, karim, werk) -> None:
    """live.js finds the field by its data-autosave URL: the JSON must use the same string."""
    kenmerk = werk["sterkte"]
    pagina = sofie.client.get(sofie.url("stap-2/"))
    bewaar(karim, "kenmerk", kenmerk.pk, "tekst", "Grote leeszaal met tuin", kenmerk.tekst)
    url, tekst, door = velden(live_poll(sofie, "stap-2/", pagina["ETag"]))[0]
    assert f'data-autosave="{url}"' in pagina.content.decode()
    assert (tekst, door) == ("Grote leeszaal met tuin", "Karim")


@pytest.mark.parametrize(
    ("pagina", "soort", "json_verwacht"),
    [
        # STAP 3's overview shows a kenmerk's text as a card's title and ideas as a list,
        # marked for live.js (data-live-tekst); a card shows its kenmerk as its heading.
        ("stap-3/", "kenmerk", True),
        ("stap-3/", "idee", True),
        ("stap-3/", "werking", True),
        ("stap-3/", "combinatie", True),
        ("kaart", "kenmerk", True),
        ("kaart", "idee", True),
        ("stap-1/", "kenmerk", True),
        ("stap-2/", "kenmerk", True),
        ("stap-2/", "idee", True),
        ("bollen/", "kenmerk", True),
        ("combinaties/", "combinatie", True),
        # Pages that did not say which texts they show render anew.
        ("netwerk/", "werking", False),
    ],
)
def test_it_renders_the_page_anew_when_it_shows_the_text_elsewhere(
    sofie, karim, werk, pagina, soort, json_verwacht
) -> None:
    if pagina == "kaart":
        pagina = f"stap-3/{werk['kaart'].pk}/"
    rij, veld = {
        "werking": (karim.werking, "voor_wie"),
        "kenmerk": (werk["beperking"], "tekst"),
        "idee": (werk["idee"], "tekst"),
        "combinatie": (werk["combinatie"], "ideeen"),
    }[soort]
    tag = sofie.client.get(sofie.url(pagina))["ETag"]
    bewaar(karim, soort, rij.pk, veld, "Nieuwe tekst van Karim", getattr(rij, veld))
    antwoord = live_poll(sofie, pagina, tag)
    assert antwoord.status_code == 200
    if json_verwacht:
        assert "Nieuwe tekst van Karim" in [v[1] for v in velden(antwoord)]
    else:
        assert antwoord["Content-Type"].startswith("text/html")
        if soort != "werking":  # the closing list does not show STAP 1
            assert "Nieuwe tekst van Karim" in antwoord.content.decode()


# Every other way a colleague changes the werking: the page renders anew, with the change.
# (STAP 1's plain form saves its texts as autosave does: texts only.)
NIET_ALLEEN_TEKST = [
    p for p in SCHRIJFPADEN if p not in ("autosave", "autosave_idee", "stap1_formulier")
]


@pytest.mark.parametrize("pad", NIET_ALLEEN_TEKST)
@pytest.mark.parametrize("pagina", ["stap-1/", "stap-2/", "bollen/"])
def test_it_renders_the_page_anew_after_any_other_change(
    sofie, karim, werk, gemeente, pad, pagina
) -> None:
    if pad == "bol_verwijder":
        Bol.objects.create(werking=karim.werking, gemeente=Gemeente.objects.get(naam="Halle"))
    tag = sofie.client.get(sofie.url(pagina))["ETag"]
    # A text saved just before keeps the JSON path open, if the structure allowed it.
    bewaar(karim, "werking", karim.werking.pk, "doel", "Lezen", "")
    schrijf(karim, werk, gemeente)[pad]()
    antwoord = live_poll(sofie, pagina, tag)
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"].startswith("text/html"), pad


@pytest.mark.parametrize(
    ("soort", "veld", "nieuw"),
    [
        # Shown in every page's heading and on the dashboard.
        ("werking", "naam", "Bib Pajottegem"),
        # A combination's name labels it in the picture.
        ("combinatie", "titel", "Verhalen in de regio"),
        # A partner's name and sector show on cards, chips and the bollenschema.
        ("partner", "naam", "GC Boesdaalhoeve"),
        ("partner", "sector", "cultuurcentrum"),
    ],
)
def test_it_renders_the_page_anew_for_texts_shown_elsewhere(
    sofie, karim, werk, soort, veld, nieuw
) -> None:
    rij = {"werking": karim.werking, "combinatie": werk["combinatie"], "partner": werk["eigen"]}
    tag = sofie.client.get(sofie.url("stap-2/"))["ETag"]
    bewaar(karim, soort, rij[soort].pk, veld, nieuw, getattr(rij[soort], veld))
    antwoord = live_poll(sofie, "stap-2/", tag)
    assert antwoord["Content-Type"].startswith("text/html")


def test_it_renders_anew_after_a_change_of_gemeente(sofie, karim, werk, gemeente) -> None:
    tag = sofie.client.get(sofie.url("stap-2/"))["ETag"]
    antwoord = karim.client.post(karim.url("stap-1/gegevens/"), {"gemeente": "Lennik"})
    assert antwoord.status_code == 302
    antwoord = live_poll(sofie, "stap-2/", tag)
    assert antwoord["Content-Type"].startswith("text/html")
    assert "Lennik" in antwoord.content.decode()


def test_it_renders_anew_after_the_facilitator_hides_or_merges(
    sofie, karim, klinker, werk, sessie
) -> None:
    tag = sofie.client.get(sofie.url("stap-2/"))["ETag"]
    kenmerk = werk["sterkte"]
    kenmerk.verborgen = True
    kenmerk.save(update_fields=["verborgen", "gewijzigd"])
    assert live_poll(sofie, "stap-2/", tag)["Content-Type"].startswith("text/html")
    tag = sofie.client.get(sofie.url("stap-2/"))["ETag"]
    Kenmerk.objects.create(werking=klinker.werking, soort="sterkte", tekst="Repetitiekot")
    voeg_werkingen_samen(sofie.werking, klinker.werking, sessie.eigenaar)
    antwoord = live_poll(sofie, "stap-2/", tag)
    assert antwoord["Content-Type"].startswith("text/html")
    assert "Repetitiekot" in antwoord.content.decode()


def test_it_repeats_a_text_that_committed_late_with_an_older_time(sofie, karim, werk) -> None:
    """A save timed just before the page's render but committed after it is not lost."""
    bewaar(karim, "werking", karim.werking.pk, "doel", "Eerst", "")
    tag = sofie.client.get(sofie.url("stap-1/"))["ETag"]
    eerder = timezone.now() - OVERLAP / 2
    Idee.objects.filter(pk=werk["idee"].pk).update(tekst="Laat", tekst_gewijzigd=eerder)
    # The stamp's latest text time did not move, so nothing announces it...
    assert live_poll(sofie, "stap-1/", tag).status_code == 304
    # ... until the next text: then the late one comes along.
    bewaar(karim, "werking", karim.werking.pk, "doel", "Nog later", "Eerst")
    teksten = [v[1] for v in velden(live_poll(sofie, "stap-1/", tag))]
    assert "Laat" in teksten and "Nog later" in teksten


def test_it_sends_only_recent_texts(sofie, karim, werk) -> None:
    oud = timezone.now() - OVERLAP - datetime.timedelta(seconds=5)
    Idee.objects.filter(pk=werk["idee"].pk).update(tekst_gewijzigd=oud)
    Combinatie.objects.filter(pk=werk["combinatie"].pk).update(tekst_gewijzigd=oud)
    bewaar(karim, "werking", karim.werking.pk, "voor_wie", "Gezinnen", "")
    tag = sofie.client.get(sofie.url("stap-1/"))["ETag"]
    bewaar(karim, "werking", karim.werking.pk, "doel", "Lezen", "")
    # the werking's three live texts; not the idea and the combination saved long ago
    assert [v[1] for v in velden(live_poll(sofie, "stap-1/", tag))] == ["", "Lezen", "Gezinnen"]


@pytest.mark.parametrize(
    "tag",
    ['"abc.123"', "*", '"', '"..."', 'W/"x.y"', '"' + "9" * 400 + '"', "", '"a.-5"'],
)
def test_it_renders_the_page_for_any_other_tag(sofie, werk, tag) -> None:
    antwoord = live_poll(sofie, "stap-1/", tag)
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"].startswith("text/html")


def test_it_keeps_a_plain_reload_a_page(sofie, karim, werk) -> None:
    """Only live.js's poll gets JSON: a conditional GET without X-Live renders the page."""
    tag = sofie.client.get(sofie.url("stap-1/"))["ETag"]
    bewaar(karim, "werking", karim.werking.pk, "doel", "Lezen", "")
    antwoord = sofie.client.get(sofie.url("stap-1/"), HTTP_IF_NONE_MATCH=tag)
    assert antwoord["Content-Type"].startswith("text/html")


def test_it_costs_the_same_queries_for_many_texts(sofie, karim, werk) -> None:
    tag = sofie.client.get(sofie.url("stap-2/"))["ETag"]
    for i in range(12):
        k = Kenmerk.objects.create(werking=karim.werking, soort="sterkte", tekst=f"K{i}")
        tag = sofie.client.get(sofie.url("stap-2/"))["ETag"]
        bewaar(karim, "kenmerk", k.pk, "tekst", f"Kenmerk {i}", f"K{i}")
    bewaar(karim, "werking", karim.werking.pk, "doel", "Lezen", "")
    with CaptureQueriesContext(connection) as queries:
        antwoord = live_poll(sofie, "stap-2/", tag)
    # the participant; the werking's texts; the kenmerken's texts
    assert len(queries) == 3
    teksten = [v[1] for v in velden(antwoord)]
    assert [f"Kenmerk {i}" for i in range(12)] == [t for t in teksten if t.startswith("Kenm")]


def test_it_never_sends_another_werkings_texts(sofie, karim, klinker, werk) -> None:
    tag = sofie.client.get(sofie.url("stap-1/"))["ETag"]
    bewaar(klinker, "werking", klinker.werking.pk, "doel", "Geheim van De Klinker", "")
    bewaar(karim, "werking", karim.werking.pk, "doel", "Lezen", "")
    antwoord = live_poll(sofie, "stap-1/", tag)
    assert "Geheim" not in antwoord.content.decode()


@pytest.mark.parametrize("ms", ["9" * 20, "9" * 16, "\u00b2", "\u0661\u0662"])
def test_it_renders_the_page_for_its_own_structure_with_an_impossible_time(
    sofie, karim, werk, ms
) -> None:
    """The structure is the page's own (a participant reads it from their ETag); a time
    later than any text, far past year 9999, or in other digits than 0-9 was never a page's:
    the page renders, no 500."""
    tag = sofie.client.get(sofie.url("stap-1/"))["ETag"]
    bewaar(karim, "werking", karim.werking.pk, "doel", "Lezen", "")
    structuur = tag.strip('"').partition(".")[0]
    # Django's test client sends a header as given; a real one arrives as latin-1.
    antwoord = live_poll(sofie, "stap-1/", f'"{structuur}.{ms}"')
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"].startswith("text/html")
