"""The live room: the facilitator's dashboard and read-only invulsjabloon, 304 polls that
render nothing, phases, the attention pause and the timer, and colleagues' changes that reach
each other's pages.

An runs "Netwerkdag Pajottenland"; Sofie and Karim work on Bibliotheek Pajottegem; Jonas is
Jeugdhuis De Klinker; Bert runs another session; Chris coordinates An's session.
"""

import datetime
import io
import re
import unicodedata
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection
from django.template.defaultfilters import pluralize, truncatechars
from django.test import Client
from django.test.signals import template_rendered
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from begeleiding import live
from inspiratie.models import Categorie
from partnerkaarten.models import Bol, Combinatie, Idee, Partner, Partnerkaart
from partnerkaarten.services import nieuwe_partnerkaart, voeg_idee_toe
from sessies.models import Deelnemer, Sessie
from sessies.services import markeer_actief
from tests.conftest import Deelname
from tests.partnerkaarten.conftest import maak_partner, nieuwe_sleutel, partner_post
from werking.models import Gemeente, Kenmerk, Werking

pytestmark = pytest.mark.django_db

AUTOSAVE = {"HTTP_X_AUTOSAVE": "1"}
HTMX = {"HTTP_HX_REQUEST": "true"}


def aangemeld(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def an(sessie) -> Client:
    return aangemeld(sessie.eigenaar)


@pytest.fixture
def coordinator(sessie) -> User:
    chris = User.objects.create_user("chris", password="workshop-2026!", first_name="Chris")
    sessie.coordinatoren.add(chris)
    return chris


def gerenderd() -> Callable[[], list]:
    templates: list = []

    def opvang(sender, template, context, **kwargs) -> None:
        templates.append(template.name)

    template_rendered.connect(opvang)
    return templates, lambda: template_rendered.disconnect(opvang)


# --- The dashboard ----------------------------------------------------------------------


def test_it_shows_each_werking_with_its_progress(an, sessie, werk, klinker) -> None:
    Deelnemer.objects.filter(naam="Karim").update(
        laatst_actief=timezone.now() - datetime.timedelta(minutes=5)
    )
    body = an.get(f"/sessies/{sessie.code}/").content.decode()
    assert "Bibliotheek Pajottegem" in body
    assert "Jeugdhuis De Klinker" in body
    assert "2 sterktes · 1 beperking" in body
    assert "2 partnerkaarten, 1 met een idee" in body
    assert "Weinig jongeren" in body and "nog geen idee" in body
    # Boesdaalhoeve is local; Ter Bruggen and the Erfgoedcel are not. Ter Bruggen has no
    # categorie (not cultural, so grensverleggend), the others are cultural.
    assert "3 · 2 bovenlokaal · 1 grensverleggend" in body
    assert "Combinaties</dt><dd>1</dd>" in body
    assert "1 partner behouden" in body
    # Sofie just joined (active); Karim was last seen five minutes ago.
    assert 'class="persoon actief">Sofie' in body
    assert 'class="persoon">Karim' in body


def test_it_counts_bovenlokaal_and_grensverleggend_like_the_partner_itself(
    an, sessie, sofie, gemeente, categorie
) -> None:
    # Every combination of a set or default tick, own or other gemeente, categorie kind.
    w = sofie.werking
    for i, (plaats, cat, keuzes) in enumerate(
        [
            ("Pajottegem", "Kunsten", {}),
            ("Pajottegem", "Welzijn", {}),
            ("Lennik", "Kunsten", {}),
            (None, "Jeugd", {}),
            (None, "Jeugd", {"cultureel_keuze": True}),
            ("Lennik", None, {"bovenlokaal_keuze": False}),
            ("Pajottegem", "Kunsten", {"bovenlokaal_keuze": True, "grensverleggend_keuze": True}),
            ("Pajottegem", "Welzijn", {"grensverleggend_keuze": False}),
            ("Halle", "Andere", {"cultureel_keuze": False}),
        ]
    ):
        maak_partner(
            w,
            f"Actor {i}",
            gemeente(plaats) if plaats else None,
            categorie(cat) if cat else None,
            **keuzes,
        )
    partners = list(Partner.objects.filter(werking=w).select_related("werking", "categorie"))
    (werking,) = live.werkingen_met_voortgang(sessie)
    assert werking.bovenlokaal == sum(p.bovenlokaal for p in partners)
    assert werking.grensverleggend == sum(p.grensverleggend for p in partners)
    assert werking.aantal_partners == len(partners)


def werkingkaarten(response) -> dict[int, str]:
    """The dashboard's cards by werking pk, in the order shown (the pk, then the card's HTML)."""
    body = response.content.decode()
    return {
        int(pk): html
        for pk, html in re.findall(
            r'<li class="werkingkaart" id="werking-(\d+)">(.*?)\n    </li>', body, re.S
        )
    }


def laatste_wijziging(werking: Werking) -> datetime.datetime:
    """The werking's latest change over all its rows, removed ones included."""
    tijden = [werking.gewijzigd]
    for rijen in (
        Kenmerk.alle.filter(werking=werking),
        Partner.alle.filter(werking=werking),
        Partnerkaart.alle.filter(werking=werking),
        Idee.alle.filter(partnerkaart__werking=werking),
        Combinatie.alle.filter(werking=werking),
    ):
        tijden += [r.gewijzigd for r in rijen]
    return max(tijden)


def test_it_shows_every_werking_of_a_demo_room_as_its_rows_say(referentiedata) -> None:
    # The cards are built from plain values and their HTML kept per value
    # (begeleiding.views.werkingkaart); whatever the shortcuts, each card says what the rows
    # say, checked here against the models themselves for a whole demo room.
    call_command("demo", werkingen=8, stdout=io.StringIO())
    sessie = Sessie.objects.get()
    nu = timezone.now()
    for i, d in enumerate(Deelnemer.objects.order_by("pk")):
        d.laatst_actief = nu if i % 3 == 0 else nu - datetime.timedelta(minutes=5)
        d.save(update_fields=["laatst_actief"])
    kaarten = list(Partnerkaart.objects.filter(werking__sessie=sessie).order_by("pk"))
    # A long starting point typed with combining accents (as some keyboards send them), and
    # a card whose kenmerk was removed (the card leaves the dashboard).
    Kenmerk.objects.filter(pk=kaarten[0].kenmerk_id).update(
        tekst=unicodedata.normalize(
            "NFD", "Één café per deelgemeente, één plek waar iedereen welkom is"
        )
    )
    Kenmerk.objects.get(pk=kaarten[1].kenmerk_id).verwijder()

    response = aangemeld(sessie.eigenaar).get(f"/sessies/{sessie.code}/", **HTMX)
    getoond = werkingkaarten(response)
    werkingen = list(sessie.werkingen.select_related("gemeente").order_by("naam", "pk"))
    assert list(getoond) == [w.pk for w in werkingen] and len(werkingen) == 8
    assert 'Organisaties <span class="klein">(8)</span>' in response.content.decode()
    for w in werkingen:
        kaart = getoond[w.pk]
        url = reverse("begeleiding:werking", args=[sessie.code, w.pk])
        assert kaart.startswith(
            f'\n      <h3><a href="{url}" id="werking-{w.pk}-link">{escape(w.naam)}</a> '
            f'<span class="gemeente">{escape(w.gemeente.naam)}</span></h3>'
        )
        personen = list(w.deelnemers.order_by("aangemaakt", "pk"))
        actief = [d.laatst_actief >= nu - datetime.timedelta(minutes=1) for d in personen]
        wie = ", ".join(
            f'<span class="persoon actief">{escape(d.naam)}'
            '<span class="visueel-verborgen"> (nu actief)</span></span>'
            if a
            else f'<span class="persoon">{escape(d.naam)}</span>'
            for d, a in zip(personen, actief, strict=True)
        )
        assert f'{wie}\n        <span class="klein">· {sum(actief)} nu actief</span>' in kaart
        stap1 = [w.dagelijkse_werking.strip(), w.doel.strip(), w.voor_wie.strip()]
        stap1_tekst = "✓ ingevuld" if all(stap1) else "deels ingevuld" if any(stap1) else "nog leeg"
        assert f"<dt>STAP 1</dt><dd>{stap1_tekst}</dd>" in kaart
        kenmerken = list(w.kenmerken.all())
        s = sum(k.soort == Kenmerk.Soort.STERKTE for k in kenmerken)
        b = len(kenmerken) - s
        assert (
            f"<dd>{s} sterkte{pluralize(s, 's')} · {b} beperking{pluralize(b, 'en')}</dd>" in kaart
        )
        pkaarten = [
            k
            for k in w.partnerkaarten.select_related("kenmerk").order_by("volgorde", "pk")
            if k.kenmerk.verwijderd_op is None
        ]
        met_idee = [k.ideeen.exists() for k in pkaarten]
        assert (
            f"<dd>{len(pkaarten)} partnerkaart{pluralize(len(pkaarten), 'en')}, "
            f"{sum(met_idee)} met een idee" in kaart
        )
        assert re.findall(r'<li class="(met-idee|zonder-idee)">(.*?) <span', kaart) == [
            ("met-idee" if idee else "zonder-idee", escape(truncatechars(k.kenmerk.tekst, 40)))
            for k, idee in zip(pkaarten, met_idee, strict=True)
        ]
        partners = list(w.partners.select_related("werking", "categorie"))
        assert (
            f"<dd>{len(partners)} · {sum(p.bovenlokaal for p in partners)} bovenlokaal · "
            f"{sum(p.grensverleggend for p in partners)} grensverleggend</dd>" in kaart
        )
        assert f"Combinaties</dt><dd>{w.combinaties.count()}</dd>" in kaart
        behouden = sum(p.behouden for p in partners)
        assert f"<dd>{behouden} partner{pluralize(behouden, 's')} behouden</dd>" in kaart
        assert f"Laatste wijziging: {timezone.localtime(laatste_wijziging(w)):%H:%M}</p>" in kaart
    # The NFD text is cut as the truncatechars filter cuts it, and the removed kenmerk's card
    # is gone.
    assert (
        escape(truncatechars(Kenmerk.objects.get(pk=kaarten[0].kenmerk_id).tekst, 40))
        in (getoond[kaarten[0].werking_id])
    )


def test_it_renders_a_werkings_card_anew_when_anything_on_it_changes(
    an, sessie, sofie, karim, werk, klinker
) -> None:
    url = f"/sessies/{sessie.code}/"
    voor = werkingkaarten(an.get(url, **HTMX))
    # Karim leaves (inactive), a sterkte is added, the card's starting point is reworded.
    Deelnemer.objects.filter(pk=karim.deelnemer.pk).update(
        laatst_actief=timezone.now() - datetime.timedelta(minutes=5)
    )
    Kenmerk.objects.create(werking=sofie.werking, soort="sterkte", tekst="Een tuin", volgorde=3)
    Kenmerk.objects.filter(pk=werk["beperking"].pk).update(tekst="Geen jongeren")
    na = werkingkaarten(an.get(url, **HTMX))
    assert na[klinker.werking.pk] == voor[klinker.werking.pk]
    assert 'class="persoon actief">Karim' in voor[sofie.werking.pk]
    assert 'class="persoon">Karim' in na[sofie.werking.pk]
    assert "· 1 nu actief" in na[sofie.werking.pk]
    assert "<dd>3 sterktes · 1 beperking</dd>" in na[sofie.werking.pk]
    assert ">Geen jongeren <span" in na[sofie.werking.pk]
    assert "Weinig jongeren" not in na[sofie.werking.pk]


def test_it_opens_a_werkings_whole_invulsjabloon_read_only(an, sessie, werk, sofie) -> None:
    sofie.werking.doel = "Lezen voor iedereen"
    sofie.werking.save()
    response = an.get(f"/sessies/{sessie.code}/werking/{sofie.werking.pk}/")
    assert response.status_code == 200
    body = response.content.decode()
    for tekst in [
        "Lezen voor iedereen",
        "Grote leeszaal",
        "Weinig jongeren",
        "Samen een jongerenavond",
        "GC De Boesdaalhoeve",
        "Ninove",
        "Verhalen",
        "Erfgoedcel Pajottenland",
    ]:
        assert tekst in body
    assert "<textarea" not in body and '<form method="post" action="/doe-mee' not in body


def test_it_answers_404_for_another_sessions_werking(an, sessie, kempen) -> None:
    assert an.get(f"/sessies/{sessie.code}/werking/{kempen.werking.pk}/").status_code == 404


@pytest.mark.parametrize("pad", ["", "werking/{w}/"])
def test_it_lets_coordinators_read_and_nobody_else(
    sessie, sofie, coordinator, andere_begeleider, pad
) -> None:
    url = f"/sessies/{sessie.code}/" + pad.format(w=sofie.werking.pk)
    assert aangemeld(coordinator).get(url).status_code == 200
    assert aangemeld(andere_begeleider).get(url).status_code == 404
    anoniem = Client().get(url)
    assert anoniem.status_code == 302 and anoniem["Location"].startswith("/aanmelden/")
    # A participant's browser is not logged in: the login page, never the dashboard.
    assert sofie.client.get(url).status_code == 302


def test_it_shows_the_room_controls_only_to_the_owner(an, sessie, coordinator) -> None:
    assert "Vraag de aandacht" in an.get(f"/sessies/{sessie.code}/").content.decode()
    body = aangemeld(coordinator).get(f"/sessies/{sessie.code}/").content.decode()
    assert "Vraag de aandacht" not in body
    assert "Stap van de zaal" not in body


@pytest.mark.parametrize(
    ("pad", "data"),
    [
        ("fase/", {"fase": "stap2"}),
        ("aandacht/", {"gepauzeerd": "ja"}),
        ("timer/", {"actie": "start", "minuten": "10"}),
        ("status/", {"status": "gesloten"}),
    ],
)
def test_it_lets_only_the_owner_drive_the_room(
    sessie, coordinator, andere_begeleider, sofie, pad, data
) -> None:
    url = f"/sessies/{sessie.code}/{pad}"
    voor = Sessie.objects.values().get(pk=sessie.pk)
    assert aangemeld(coordinator).post(url, data).status_code == 404
    assert aangemeld(andere_begeleider).post(url, data).status_code == 404
    assert Client().post(url, data).status_code == 302  # to the login page
    assert sofie.client.post(url, data).status_code == 302
    assert aangemeld(sessie.eigenaar).get(url).status_code == 405
    assert Sessie.objects.values().get(pk=sessie.pk) == voor
    assert aangemeld(sessie.eigenaar).post(url, data).status_code == 302
    assert Sessie.objects.values().get(pk=sessie.pk) != voor


def test_it_refuses_a_post_without_csrf(sessie) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(sessie.eigenaar)
    assert client.post(f"/sessies/{sessie.code}/fase/", {"fase": "stap2"}).status_code == 403


def test_it_moves_the_room_to_a_step(an, sessie, sofie) -> None:
    an.post(f"/sessies/{sessie.code}/fase/", {"fase": "stap2"})
    body = sofie.client.get(sofie.url("stap-1/")).content.decode()
    assert "STAP 2 — Sterktes en beperkingen" in body
    assert "Noteer zoveel mogelijk sterktes" in body
    assert f'href="/doe-mee/{sessie.code}/stap-2/">Ga naar' in body
    # On the step's own page there is nothing to go to.
    assert "Ga naar" not in sofie.client.get(sofie.url("stap-2/")).content.decode()


def test_it_refuses_an_unknown_step(an, sessie) -> None:
    response = an.post(f"/sessies/{sessie.code}/fase/", {"fase": "stap9"}, follow=True)
    assert "Kies een stap uit de lijst." in response.content.decode()
    sessie.refresh_from_db()
    assert sessie.fase == Sessie.Fase.WELKOM


# --- The timer --------------------------------------------------------------------------


def test_it_runs_pauses_extends_and_resets_the_timer(an, sessie, sofie) -> None:
    url = f"/sessies/{sessie.code}/timer/"
    an.post(url, {"actie": "start", "minuten": "10"})
    sessie.refresh_from_db()
    over = (sessie.timer_einde - timezone.now()).total_seconds()
    assert 598 <= over <= 600 and sessie.timer_rest is None
    body = sofie.client.get(sofie.url("stap-1/")).content.decode()
    einde_ms = int(sessie.timer_einde.timestamp() * 1000)
    assert f'data-einde="{einde_ms}"' in body

    an.post(url, {"actie": "pauze"})
    sessie.refresh_from_db()
    assert sessie.timer_einde is None and 598 <= sessie.timer_rest <= 600
    an.post(url, {"actie": "minuut"})
    sessie.refresh_from_db()
    assert 658 <= sessie.timer_rest <= 660
    assert "(gepauzeerd)" in sofie.client.get(sofie.url("stap-1/")).content.decode()
    an.post(url, {"actie": "verder"})
    sessie.refresh_from_db()
    assert sessie.timer_rest is None
    assert 657 <= (sessie.timer_einde - timezone.now()).total_seconds() <= 660
    an.post(url, {"actie": "reset"})
    sessie.refresh_from_db()
    assert (sessie.timer_einde, sessie.timer_rest) == (None, None)
    assert "data-einde" not in sofie.client.get(sofie.url("stap-1/")).content.decode()


@pytest.mark.parametrize("minuten", ["", "0", "999", "tien"])
def test_it_refuses_a_bad_duration_in_dutch(an, sessie, minuten) -> None:
    response = an.post(
        f"/sessies/{sessie.code}/timer/", {"actie": "start", "minuten": minuten}, follow=True
    )
    assert response.status_code == 200
    sessie.refresh_from_db()
    assert sessie.timer_einde is None
    body = response.content.decode()
    assert "minuten" in body.lower() or "waarde" in body.lower()


# --- The attention pause ----------------------------------------------------------------


def test_it_refuses_every_save_while_the_room_pauses(an, sessie, sofie, werk) -> None:
    an.post(f"/sessies/{sessie.code}/aandacht/", {"gepauzeerd": "ja"})
    pagina = sofie.client.get(sofie.url("stap-1/")).content.decode()
    assert "De begeleider vraagt even je aandacht" in pagina
    assert '<main id="inhoud" tabindex="-1" inert>' in pagina

    url = sofie.url(f"bewaar/werking/{sofie.werking.pk}/doel/")
    autosave = sofie.client.post(url, {"waarde": "Tijdens de pauze", "basis": ""}, **AUTOSAVE)
    assert autosave.status_code == 423
    assert "aandacht" in autosave.json()["fout"]
    htmx = sofie.client.post(sofie.url("stap-2/nieuw/"), {"soort": "sterkte", "tekst": "x"}, **HTMX)
    assert htmx.status_code == 423
    assert "aandacht" in htmx.content.decode()
    gewoon = sofie.client.post(sofie.url("stap-1/"), {"doel": "x", "doel__basis": ""})
    assert gewoon.status_code == 423
    assert "De begeleider vraagt even je aandacht" in gewoon.content.decode()
    sofie.werking.refresh_from_db()
    assert sofie.werking.doel == ""
    assert Kenmerk.objects.filter(tekst="x").count() == 0

    an.post(f"/sessies/{sessie.code}/aandacht/", {"gepauzeerd": "nee"})
    autosave = sofie.client.post(url, {"waarde": "Tijdens de pauze", "basis": ""}, **AUTOSAVE)
    assert autosave.status_code == 200
    assert "inert" not in sofie.client.get(sofie.url("stap-1/")).content.decode()


# --- Activity ---------------------------------------------------------------------------


def test_it_records_activity_at_most_every_30_seconds(sofie) -> None:
    deelnemer = Deelnemer.objects.get(pk=sofie.deelnemer.pk)
    begin = timezone.now() - datetime.timedelta(seconds=20)
    Deelnemer.objects.filter(pk=deelnemer.pk).update(laatst_actief=begin)
    deelnemer.laatst_actief = begin
    with CaptureQueriesContext(connection) as queries:
        markeer_actief(deelnemer)
    assert len(queries) == 0
    deelnemer.laatst_actief = begin - datetime.timedelta(seconds=11)
    with CaptureQueriesContext(connection) as queries:
        markeer_actief(deelnemer)
    assert len(queries) == 1
    geschreven = Deelnemer.objects.get(pk=deelnemer.pk).laatst_actief
    assert geschreven == deelnemer.laatst_actief > begin
    # Only this participant's row.
    assert Deelnemer.objects.exclude(pk=deelnemer.pk).filter(laatst_actief__gt=begin).count() == 0


# --- 304 polls --------------------------------------------------------------------------


def poll(client: Client, url: str, tag: str, **headers):
    return client.get(url, HTTP_IF_NONE_MATCH=tag, **headers)


def test_it_answers_an_unchanged_dashboard_poll_with_304_without_rendering(
    an, sessie, werk, klinker, django_assert_num_queries
) -> None:
    url = f"/sessies/{sessie.code}/"
    eerste = an.get(url, **HTMX)
    assert eerste.status_code == 200
    tag = eerste["ETag"]
    assert f'data-live-etag="{tag.replace(chr(34), "&quot;")}"' in eerste.content.decode()
    templates, klaar = gerenderd()
    try:
        # browser session, user, the session by code with the ETag's stamp: nothing else
        with django_assert_num_queries(3):
            antwoord = poll(an, url, tag, **HTMX)
    finally:
        klaar()
    assert antwoord.status_code == 304
    assert antwoord.content == b""
    assert templates == []
    assert antwoord["X-Servertijd"].isdigit()


def test_it_answers_an_unchanged_participant_poll_with_304_without_rendering(
    sofie, werk, django_assert_num_queries
) -> None:
    eerste = sofie.client.get(sofie.url("stap-1/"))
    tag = eerste["ETag"]
    templates, klaar = gerenderd()
    try:
        # the participant (+sessie, werking) by the cookie's token, with the ETag's stamp
        with django_assert_num_queries(1):
            antwoord = poll(sofie.client, sofie.url("stap-1/"), tag, HTTP_X_LIVE="1")
    finally:
        klaar()
    assert antwoord.status_code == 304
    assert templates == []


def test_it_gives_each_page_and_participant_its_own_etag(sofie, karim) -> None:
    stap1 = sofie.client.get(sofie.url("stap-1/"))["ETag"]
    stap2 = sofie.client.get(sofie.url("stap-2/"))["ETag"]
    van_karim = karim.client.get(karim.url("stap-1/"))["ETag"]
    assert len({stap1, stap2, van_karim}) == 3


def maak_werkingen(sessie: Sessie, gemeente, aantal: int) -> None:
    for i in range(aantal):
        d = Deelname(
            sessie, f"Deelnemer {i}", nieuwe_werking_naam=f"Werking {i}", gemeente=gemeente("Halle")
        )
        k = Kenmerk.objects.create(werking=d.werking, soort="beperking", tekst=f"Beperking {i}")
        kaart = nieuwe_partnerkaart(d.werking, k, False)
        p = maak_partner(d.werking, f"Partner {i}", gemeente("Lennik"), None)
        kaart.partners.add(p)
        voeg_idee_toe(kaart, f"Idee {i}")


def tel_queries(client: Client, url: str, **headers) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    return len(queries), response


def test_it_keeps_dashboard_and_polls_at_the_same_queries_for_1_and_40_werkingen(
    an, sessie, gemeente, sofie
) -> None:
    url = f"/sessies/{sessie.code}/"
    werking_url = f"/sessies/{sessie.code}/werking/{sofie.werking.pk}/"
    maak_werkingen(sessie, gemeente, 1)
    klein = tel_queries(an, url)[0]
    klein_poll = tel_queries(an, url, HTTP_IF_NONE_MATCH=an.get(url, **HTMX)["ETag"], **HTMX)
    klein_werking = tel_queries(an, werking_url)[0]
    # Activity just recorded: its throttled write (every 30 s) must not fall in one count only.
    Deelnemer.objects.filter(pk=sofie.deelnemer.pk).update(laatst_actief=timezone.now())
    klein_deelnemer = tel_queries(sofie.client, sofie.url("stap-2/"))[0]
    maak_werkingen(sessie, gemeente, 39)
    groot, response = tel_queries(an, url)
    assert "Werking 38" in response.content.decode()
    groot_poll = tel_queries(an, url, HTTP_IF_NONE_MATCH=an.get(url, **HTMX)["ETag"], **HTMX)
    assert groot_poll[1].status_code == klein_poll[1].status_code == 304
    assert (groot, groot_poll[0]) == (klein, klein_poll[0]) == (6, 3)
    assert tel_queries(an, werking_url)[0] == klein_werking
    Deelnemer.objects.filter(pk=sofie.deelnemer.pk).update(laatst_actief=timezone.now())
    assert tel_queries(sofie.client, sofie.url("stap-2/"))[0] == klein_deelnemer


def test_it_reads_one_werking_in_constant_queries(an, sessie, sofie, werk, gemeente) -> None:
    url = f"/sessies/{sessie.code}/werking/{sofie.werking.pk}/"
    klein = tel_queries(an, url)[0]
    for i in range(10):
        k = Kenmerk.objects.create(werking=sofie.werking, soort="sterkte", tekst=f"Sterkte {i}")
        kaart = nieuwe_partnerkaart(sofie.werking, k, False)
        p = maak_partner(sofie.werking, f"Actor {i}", gemeente("Ninove"), None, behouden=True)
        kaart.partners.add(p)
        voeg_idee_toe(kaart, f"Idee {i}")
    groot, response = tel_queries(an, url)
    assert "Actor 9" in response.content.decode()
    assert groot == klein


# --- Every change flips the ETag ---------------------------------------------------------


def lege_bol(karim: Deelname) -> int:
    return Bol.objects.get(werking=karim.werking, gemeente__naam="Halle").pk


def schrijf(karim: Deelname, werk: dict, gemeente) -> dict[str, Callable[[], object]]:
    """Every way a colleague changes the werking, through the real endpoints."""
    c, u = karim.client, karim.url
    kaart, partner, combinatie = werk["kaart"], werk["buiten"], werk["combinatie"]
    sterkte = werk["sterkte"]
    sport = Categorie.objects.get(naam="Sport").pk
    return {
        "autosave": lambda: c.post(
            u(f"bewaar/werking/{karim.werking.pk}/doel/"), {"waarde": "Lezen", "basis": ""}
        ),
        "autosave_idee": lambda: c.post(
            u(f"bewaar/idee/{werk['idee'].pk}/tekst/"),
            {"waarde": "Anders", "basis": werk["idee"].tekst},
        ),
        "stap1_formulier": lambda: c.post(u("stap-1/"), {"voor_wie": "Gezinnen"}),
        "kenmerk_nieuw": lambda: c.post(u("stap-2/nieuw/"), {"soort": "sterkte", "tekst": "Tuin"}),
        "kenmerk_verplaats": lambda: c.post(
            u(f"stap-2/{sterkte.pk}/verplaats/"), {"richting": "neer"}
        ),
        "kenmerk_verwijder": lambda: c.post(
            u(f"stap-2/{sterkte.pk}/verwijder/"), {"bevestigd": "ja"}
        ),
        "kaart_nieuw": lambda: c.post(
            u("stap-3/nieuw/"), {"kenmerk": sterkte.pk, "sleutel": nieuwe_sleutel()}
        ),
        "kaart_verwijder": lambda: c.post(u(f"stap-3/{kaart.pk}/verwijder/")),
        "partner_op_kaart": lambda: c.post(
            u(f"stap-3/{kaart.pk}/partner/"),
            partner_post(naam="Sportdienst Lennik", gemeente="Lennik", categorie=sport),
        ),
        "bestaande_partner_op_kaart": lambda: c.post(
            u(f"stap-3/{werk['tweede'].pk}/bestaande-partner/"), {"partner": partner.pk}
        ),
        "partner_van_kaart": lambda: c.post(u(f"stap-3/{kaart.pk}/partner/{partner.pk}/weg/")),
        "idee_nieuw": lambda: c.post(
            u(f"stap-3/{kaart.pk}/idee/"), {"tekst": "Nog een idee", "sleutel": nieuwe_sleutel()}
        ),
        "idee_weg": lambda: c.post(u(f"stap-3/{kaart.pk}/idee/{werk['idee'].pk}/weg/")),
        "partner_wijzig": lambda: c.post(
            u(f"partners/{partner.pk}/"),
            partner_post(
                naam=partner.naam, gemeente="Ninove", sector="zorg en welzijn", categorie=sport
            ),
        ),
        "partner_verwijder": lambda: c.post(u(f"partners/{partner.pk}/verwijder/")),
        "bol_nieuw": lambda: c.post(u("bollen/nieuw/"), {"gemeente": "Dilbeek"}),
        "bol_verwijder": lambda: c.post(u(f"bollen/{lege_bol(karim)}/verwijder/")),
        "actor_nieuw": lambda: c.post(
            u("bollen/actor/"), partner_post(naam="Turnkring Halle", categorie=sport)
        ),
        "combinatie_partners": lambda: c.post(
            u(f"combinaties/{combinatie.pk}/"),
            {"partners": [werk["eigen"].pk, partner.pk, werk["regio"].pk]},
        ),
        "combinatie_verder": lambda: c.post(
            u(f"combinaties/{combinatie.pk}/verder/"), {"verder": "ja"}
        ),
        "netwerk_behouden": lambda: c.post(u(f"netwerk/{partner.pk}/"), {"behouden": "ja"}),
        "netwerk_vinkjes": lambda: c.post(
            u(f"netwerk/{werk['regio'].pk}/"),
            {"vinkjes": "on", "bovenlokaal__basis": "ja", "grensverleggend__basis": "nee"},
        ),
        "herstel": lambda: (
            werk["idee"].verwijder(),
            c.post(u(f"herstel/idee/{werk['idee'].pk}/")),
        ),
        "collega_doet_mee": lambda: Deelname(karim.sessie, "Lien", werking=karim.werking),
    }


SCHRIJFPADEN = [
    "autosave",
    "autosave_idee",
    "stap1_formulier",
    "kenmerk_nieuw",
    "kenmerk_verplaats",
    "kenmerk_verwijder",
    "kaart_nieuw",
    "kaart_verwijder",
    "partner_op_kaart",
    "bestaande_partner_op_kaart",
    "partner_van_kaart",
    "idee_nieuw",
    "idee_weg",
    "partner_wijzig",
    "partner_verwijder",
    "bol_nieuw",
    "bol_verwijder",
    "actor_nieuw",
    "combinatie_partners",
    "combinatie_verder",
    "netwerk_behouden",
    "netwerk_vinkjes",
    "herstel",
    "collega_doet_mee",
]


@pytest.mark.parametrize("pad", SCHRIJFPADEN)
def test_it_flips_the_etags_on_every_kind_of_change(
    an, sessie, sofie, karim, werk, gemeente, pad
) -> None:
    if pad == "bol_verwijder":
        Bol.objects.create(werking=karim.werking, gemeente=Gemeente.objects.get(naam="Halle"))
    dashboard = f"/sessies/{sessie.code}/"
    tags = {
        "dashboard": an.get(dashboard, **HTMX)["ETag"],
        "stap1": sofie.client.get(sofie.url("stap-1/"))["ETag"],
        "stap3": sofie.client.get(sofie.url("stap-3/"))["ETag"],
    }
    voor = {
        "dashboard": poll(an, dashboard, tags["dashboard"], **HTMX).status_code,
        "stap1": poll(sofie.client, sofie.url("stap-1/"), tags["stap1"]).status_code,
    }
    assert voor == {"dashboard": 304, "stap1": 304}
    antwoord = schrijf(karim, werk, gemeente)[pad]()
    if hasattr(antwoord, "status_code"):
        assert antwoord.status_code in (200, 302), antwoord.content.decode()[:500]
    assert poll(an, dashboard, tags["dashboard"], **HTMX).status_code == 200
    assert poll(sofie.client, sofie.url("stap-1/"), tags["stap1"]).status_code == 200
    assert poll(sofie.client, sofie.url("stap-3/"), tags["stap3"]).status_code == 200


@pytest.mark.parametrize(
    ("pad", "data"),
    [
        ("fase/", {"fase": "stap3"}),
        ("aandacht/", {"gepauzeerd": "ja"}),
        ("timer/", {"actie": "start", "minuten": "5"}),
        ("status/", {"status": "vergrendeld"}),
    ],
)
def test_it_flips_the_etags_when_the_facilitator_changes_the_room(
    an, sessie, sofie, pad, data
) -> None:
    dashboard = f"/sessies/{sessie.code}/"
    tag = an.get(dashboard, **HTMX)["ETag"]
    deelnemer_tag = sofie.client.get(sofie.url("stap-2/"))["ETag"]
    an.post(dashboard + pad, data)
    assert poll(an, dashboard, tag, **HTMX).status_code == 200
    assert poll(sofie.client, sofie.url("stap-2/"), deelnemer_tag).status_code == 200


def test_it_flips_the_dashboard_etag_when_someone_becomes_inactive(an, sessie, sofie) -> None:
    dashboard = f"/sessies/{sessie.code}/"
    tag = an.get(dashboard, **HTMX)["ETag"]
    assert poll(an, dashboard, tag, **HTMX).status_code == 304
    Deelnemer.objects.filter(pk=sofie.deelnemer.pk).update(
        laatst_actief=timezone.now() - datetime.timedelta(seconds=61)
    )
    assert poll(an, dashboard, tag, **HTMX).status_code == 200


# --- Colleagues named -------------------------------------------------------------------


def test_it_names_the_colleague_in_a_conflict(sofie, karim) -> None:
    url = sofie.url(f"bewaar/werking/{sofie.werking.pk}/doel/")
    karim.client.post(url, {"waarde": "Van Karim", "basis": ""}, **AUTOSAVE)
    antwoord = sofie.client.post(url, {"waarde": "Van Sofie", "basis": ""}, **AUTOSAVE)
    assert antwoord.status_code == 409
    assert antwoord.json()["door"] == "Karim"
    assert antwoord.json()["waarde"] == "Van Karim"


def test_it_marks_who_last_changed_a_field_on_the_page(sofie, karim) -> None:
    karim.client.post(
        sofie.url(f"bewaar/werking/{sofie.werking.pk}/doel/"),
        {"waarde": "Van Karim", "basis": ""},
        **AUTOSAVE,
    )
    body = sofie.client.get(sofie.url("stap-1/")).content.decode()
    assert 'data-door="Karim"' in body


def test_it_does_not_consume_messages_in_a_poll(sofie) -> None:
    sofie.client.post(sofie.url("stap-1/"), {"doel": "Lezen", "doel__basis": ""})
    poll_body = sofie.client.get(sofie.url("stap-1/"), HTTP_X_LIVE="1").content.decode()
    assert "Bewaard." not in poll_body
    assert "Bewaard." in sofie.client.get(sofie.url("stap-1/")).content.decode()


def test_it_keeps_kaart_and_combination_models_in_the_etag() -> None:
    from sessies.live import tabellen

    modellen = {t.model for t in tabellen()}
    assert {Partner, Partnerkaart, Idee, Bol, Combinatie, Kenmerk} <= modellen


def test_it_names_the_colleague_who_changed_a_partner_through_its_form(sofie, karim, werk) -> None:
    partner = werk["buiten"]
    sport = Categorie.objects.get(naam="Sport").pk
    begin = partner_post(naam=partner.naam, gemeente="Ninove", sector="", categorie="")
    basis = {f"{veld}__basis": waarde for veld, waarde in begin.items()}
    karim.client.post(karim.url(f"partners/{partner.pk}/"), {**begin, **basis, "categorie": sport})
    antwoord = sofie.client.post(
        sofie.url(f"partners/{partner.pk}/"),
        {**begin, **basis, "categorie": Categorie.objects.get(naam="Welzijn").pk},
    )
    assert antwoord.status_code == 400
    assert "Karim wijzigde deze partner terwijl jij bezig was" in antwoord.content.decode()
