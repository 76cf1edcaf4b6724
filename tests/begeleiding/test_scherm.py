"""The projector: code, URL and QR while people join; then the step, the timer and the wall of
the room's sterktes and beperkingen. Polled; 304 when nothing shown changed."""

import datetime
import html
import re

import pytest
from django.test import Client
from django.utils import timezone

from sessies.models import Sessie
from werking.models import Kenmerk, Werking
from werking.services import voeg_kenmerk_toe

pytestmark = pytest.mark.django_db


def aangemeld(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def tekst(response) -> str:
    return html.unescape(response.content.decode())


@pytest.fixture
def muur(sessie, sofie, kenmerken, klinker) -> Sessie:
    voeg_kenmerk_toe(klinker.werking, "sterkte", "Een repetitieruimte die 's avonds vrij is.", None)
    voeg_kenmerk_toe(klinker.werking, "beperking", "We bereiken geen ouders.", None)
    sessie.fase = Sessie.Fase.STAP2
    sessie.save()
    return sessie


def test_it_shows_code_url_and_qr_big_while_people_join(begeleider, sessie) -> None:
    body = tekst(aangemeld(begeleider).get(f"/sessies/{sessie.code}/scherm/"))
    assert f"http://testserver/doe-mee/{sessie.code}/" in body
    assert (
        f'<p class="scherm-grote-code"><span class="visueel-verborgen">Code: </span>{sessie.code}'
        in body
    )
    assert "<svg" in body and 'aria-label="QR-code die naar' in body


def test_it_shows_the_step_and_the_wall_of_two_werkingen_with_counts(begeleider, muur) -> None:
    body = tekst(aangemeld(begeleider).get(f"/sessies/{muur.code}/scherm/"))
    assert "STAP 2 — Sterktes en beperkingen" in body
    assert "Noteer zoveel mogelijk sterktes van de eigen organisatie" in body
    assert 'Sterktes <span class="teller">3</span>' in body
    assert 'Beperkingen <span class="teller">3</span>' in body
    assert "We hebben een grote, goed uitgeruste leeszaal." in body
    assert "Een repetitieruimte die 's avonds vrij is." in body
    assert "Bibliotheek Pajottegem" in body and "Jeugdhuis De Klinker" in body


def test_it_hides_organisation_names_when_asked(begeleider, muur) -> None:
    body = tekst(aangemeld(begeleider).get(f"/sessies/{muur.code}/scherm/?namen=uit"))
    assert "Een repetitieruimte die 's avonds vrij is." in body
    assert "Jeugdhuis De Klinker" not in body
    assert "Namen van organisaties tonen" in body


def test_it_leaves_hidden_and_removed_entries_off_the_wall(begeleider, muur, kenmerken) -> None:
    kenmerken[0].verborgen = True
    kenmerken[0].save()
    kenmerken[2].verwijder()
    body = tekst(aangemeld(begeleider).get(f"/sessies/{muur.code}/scherm/"))
    assert kenmerken[0].tekst not in body
    assert kenmerken[2].tekst not in body
    assert 'Sterktes <span class="teller">2</span>' in body


def test_it_shows_the_timer_from_the_servers_end_time(begeleider, muur) -> None:
    muur.timer_einde = timezone.now() + datetime.timedelta(minutes=4, seconds=30)
    muur.save()
    body = tekst(aangemeld(begeleider).get(f"/sessies/{muur.code}/scherm/"))
    einde_ms = int(muur.timer_einde.timestamp() * 1000)
    assert f'data-einde="{einde_ms}"' in body
    assert re.search(r'role="timer"[^>]*>4:(30|29|28)<', body)
    muur.timer_einde, muur.timer_rest = None, 50
    muur.save()
    body = tekst(aangemeld(begeleider).get(f"/sessies/{muur.code}/scherm/"))
    assert 'data-rest="50"' in body and ">0:50<" in body and "(gepauzeerd)" in body


def test_it_answers_a_poll_with_304_until_something_shown_changes(
    begeleider, muur, klinker, django_assert_max_num_queries
) -> None:
    client = aangemeld(begeleider)
    url = f"/sessies/{muur.code}/scherm/"
    eerste = client.get(url, HTTP_HX_REQUEST="true")
    etag = eerste["ETag"]
    assert eerste.status_code == 200 and etag
    assert eerste["Cache-Control"] == "private, no-cache" or "no-cache" in eerste["Cache-Control"]
    assert "<html" not in eerste.content.decode()  # the partial only

    onveranderd = client.get(url, HTTP_HX_REQUEST="true", HTTP_IF_NONE_MATCH=etag)
    assert onveranderd.status_code == 304
    assert onveranderd.content == b""
    assert not onveranderd.templates  # nothing rendered

    # A participant adds a sterkte: the next poll gets the new wall.
    voeg_kenmerk_toe(klinker.werking, "sterkte", "Vrijwilligers die graag koken.", None)
    nieuw = client.get(url, HTTP_HX_REQUEST="true", HTTP_IF_NONE_MATCH=etag)
    assert nieuw.status_code == 200
    assert "Vrijwilligers die graag koken." in nieuw.content.decode()


@pytest.mark.parametrize(
    "wijziging",
    [
        lambda s, k: Kenmerk.objects.filter(pk=k.pk).first().verwijder(),
        lambda s, k: Kenmerk.objects.filter(pk=k.pk).update(
            tekst="Nieuw", gewijzigd=timezone.now()
        ),
        lambda s, k: Werking.objects.filter(pk=k.werking_id).update(
            naam="Bib Pajottegem", gewijzigd=timezone.now()
        ),
        lambda s, k: Sessie.objects.filter(pk=s.pk).update(fase="stap3", gewijzigd=timezone.now()),
    ],
    ids=["verwijderd", "tekst", "werkingnaam", "fase"],
)
def test_it_changes_the_etag_when_anything_shown_changes(
    begeleider, muur, kenmerken, wijziging
) -> None:
    client = aangemeld(begeleider)
    url = f"/sessies/{muur.code}/scherm/"
    etag = client.get(url)["ETag"]
    wijziging(muur, kenmerken[0])
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_it_polls_in_a_constant_number_of_queries(
    begeleider, sessie, gemeente, django_assert_num_queries
) -> None:
    # 1 browser session, 2 user, 3 the session with the ETag's stamp (kenmerken, werkingen),
    # 4 the wall with its werkingen' names.
    sessie.fase = Sessie.Fase.STAP2
    sessie.save()
    client = aangemeld(begeleider)
    url = f"/sessies/{sessie.code}/scherm/"

    def werkingen(van: int, tot: int) -> None:
        for i in range(van, tot):
            w = Werking.objects.create(
                sessie=sessie, naam=f"Werking {i}", gemeente=gemeente("Halle")
            )
            voeg_kenmerk_toe(w, "sterkte", f"Sterkte {i}", None)
            voeg_kenmerk_toe(w, "beperking", f"Beperking {i}", None)

    werkingen(0, 1)
    with django_assert_num_queries(4):
        client.get(url, HTTP_HX_REQUEST="true")
    werkingen(1, 40)
    with django_assert_num_queries(4):
        response = client.get(url, HTTP_HX_REQUEST="true")
    assert 'Sterktes <span class="teller">40</span>' in response.content.decode()
    with django_assert_num_queries(3):
        assert (
            client.get(url, HTTP_IF_NONE_MATCH=response["ETag"], HTTP_HX_REQUEST="true").status_code
            == 304
        )


def test_it_lets_a_coordinator_open_the_projector(coordinator, muur) -> None:
    muur.coordinatoren.add(coordinator)
    assert aangemeld(coordinator).get(f"/sessies/{muur.code}/scherm/").status_code == 200


# --- The attention switch on the projector -------------------------------------------------


def test_it_shows_the_attention_message_instead_of_the_wall_while_paused(begeleider, muur) -> None:
    client = aangemeld(begeleider)
    url = f"/sessies/{muur.code}/scherm/"
    muur.gepauzeerd = True
    muur.save()
    body = tekst(client.get(url))
    assert '<h2 id="aandacht-titel">De begeleider vraagt even je aandacht</h2>' in body
    assert "Een repetitieruimte die 's avonds vrij is." not in body  # no wall
    assert "Noteer zoveel mogelijk sterktes" not in body  # no instructions
    assert f'code <strong class="code">{muur.code}</strong>' in body  # still how to join

    muur.gepauzeerd = False
    muur.save()
    body = tekst(client.get(url))
    assert "De begeleider vraagt even je aandacht" not in body
    assert "Een repetitieruimte die 's avonds vrij is." in body


def test_it_shows_the_attention_message_in_the_welcome_phase_too(begeleider, sessie) -> None:
    sessie.gepauzeerd = True
    sessie.save()
    body = tekst(aangemeld(begeleider).get(f"/sessies/{sessie.code}/scherm/"))
    assert "De begeleider vraagt even je aandacht" in body
    assert "scherm-grote-code" not in body


def test_it_changes_the_etag_with_the_pause_even_without_a_change_time(begeleider, muur) -> None:
    """The projector's poll must pick the pause up: its ETag follows the pause state itself,
    not only the session's change time."""
    client = aangemeld(begeleider)
    url = f"/sessies/{muur.code}/scherm/"
    etag = client.get(url, HTTP_HX_REQUEST="true")["ETag"]
    Sessie.objects.filter(pk=muur.pk).update(gepauzeerd=True)  # `gewijzigd` untouched
    gepauzeerd = client.get(url, HTTP_HX_REQUEST="true", HTTP_IF_NONE_MATCH=etag)
    assert gepauzeerd.status_code == 200
    assert gepauzeerd["ETag"] != etag
    assert "De begeleider vraagt even je aandacht" in tekst(gepauzeerd)
    Sessie.objects.filter(pk=muur.pk).update(gepauzeerd=False)
    terug = client.get(url, HTTP_HX_REQUEST="true", HTTP_IF_NONE_MATCH=gepauzeerd["ETag"])
    assert terug.status_code == 200 and terug["ETag"] == etag
    assert "De begeleider vraagt even je aandacht" not in tekst(terug)


# --- The join URL --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "delen"),
    [
        (
            "http://192.168.1.23:8000/doe-mee/K7M4QX/",
            ["http://192.168.1.23:8000/", "doe-mee/", "K7M4QX/"],
        ),
        (
            "https://workshop.local/doe-mee/K7M4QX/",
            ["https://workshop.local/", "doe-mee/", "K7M4QX/"],
        ),
        ("/doe-mee/K7M4QX", ["/", "doe-mee/", "K7M4QX"]),
    ],
)
def test_it_splits_the_join_url_only_after_slashes(url, delen) -> None:
    from begeleiding.services import url_delen

    assert url_delen(url) == delen
    assert "".join(url_delen(url)) == url


def test_it_never_lets_the_join_url_break_inside_the_code(begeleider, sessie) -> None:
    body = aangemeld(begeleider).get(f"/sessies/{sessie.code}/scherm/").content.decode()
    assert (
        '<p class="scherm-url"><span class="url-deel">http://testserver/</span><wbr>'
        '<span class="url-deel">doe-mee/</span><wbr>'
        f'<span class="url-deel">{sessie.code}/</span></p>'
    ) in body


# --- The room's bollenschema on the projector ----------------------------------------------


@pytest.fixture
def partners_in_de_zaal(sofie, klinker, gemeente):
    from inspiratie.models import Categorie
    from tests.partnerkaarten.conftest import maak_partner

    kunsten = Categorie.objects.get(naam="Kunsten")
    maak_partner(sofie.werking, "GC De Boesdaalhoeve", gemeente("Sint-Genesius-Rode"), kunsten)
    maak_partner(klinker.werking, "gc de boesdaalhoeve", gemeente("Sint-Genesius-Rode"), kunsten)
    maak_partner(klinker.werking, "Erfgoedcel Pajottenland", None, kunsten)


def test_it_shows_the_rooms_bollenschema_in_its_phase(
    begeleider, sessie, partners_in_de_zaal
) -> None:
    sessie.fase = Sessie.Fase.BOLLEN
    sessie.save()
    client = aangemeld(begeleider)
    body = tekst(client.get(f"/sessies/{sessie.code}/scherm/"))
    assert 'id="schema-scherm"' in body
    assert "GC De Boesdaalhoeve" in body and "Erfgoedcel Pajottenland" in body
    assert "Op het scherm: 2 van de 2 actoren.</p>" in body
    assert 'class="muur"' not in body
    assert "Muur met sterktes en beperkingen tonen" in body
    # The facilitator switches to the wall and back; the names choice stays.
    body = tekst(client.get(f"/sessies/{sessie.code}/scherm/?weergave=muur&namen=uit"))
    assert 'class="muur"' in body and 'id="schema-scherm"' not in body
    assert 'href="?weergave=schema&namen=uit"' in body  # the names stay hidden
    # In another phase only when asked for.
    sessie.fase = Sessie.Fase.STAP3
    sessie.save()
    assert 'id="schema-scherm"' not in tekst(client.get(f"/sessies/{sessie.code}/scherm/"))
    body = tekst(client.get(f"/sessies/{sessie.code}/scherm/?weergave=schema"))
    assert 'id="schema-scherm"' in body


def test_it_counts_a_single_actor_in_the_singular(begeleider, sessie, sofie, gemeente) -> None:
    from inspiratie.models import Categorie
    from tests.partnerkaarten.conftest import maak_partner

    kunsten = Categorie.objects.get(naam="Kunsten")
    maak_partner(sofie.werking, "GC De Boesdaalhoeve", gemeente("Sint-Genesius-Rode"), kunsten)
    sessie.fase = Sessie.Fase.BOLLEN
    sessie.save()
    body = tekst(aangemeld(begeleider).get(f"/sessies/{sessie.code}/scherm/"))
    assert "Op het scherm: 1 van de 1 actor.</p>" in body
    # The picture's description for screen readers counts the same way.
    assert "Sint-Genesius-Rode: 1 culturele actor en 0 niet-culturele actoren." in body


def test_it_changes_the_schemas_etag_when_a_partner_changes(
    begeleider, sessie, sofie, partners_in_de_zaal
) -> None:
    from partnerkaarten.models import Partner

    sessie.fase = Sessie.Fase.BOLLEN
    sessie.save()
    client = aangemeld(begeleider)
    url = f"/sessies/{sessie.code}/scherm/"
    etag = client.get(url, HTTP_HX_REQUEST="true")["ETag"]
    assert client.get(url, HTTP_HX_REQUEST="true", HTTP_IF_NONE_MATCH=etag).status_code == 304
    Partner.objects.filter(naam="Erfgoedcel Pajottenland").update(
        naam="Erfgoedcel Pajot", gewijzigd=timezone.now()
    )
    nieuw = client.get(url, HTTP_HX_REQUEST="true", HTTP_IF_NONE_MATCH=etag)
    assert nieuw.status_code == 200, nieuw.status_code
    assert "<title>Erfgoedcel Pajot (Regio / Vlaanderen" in tekst(nieuw)


def test_it_draws_the_schema_in_a_constant_number_of_queries(
    begeleider, sessie, gemeente, django_assert_num_queries
) -> None:
    from inspiratie.models import Categorie
    from tests.partnerkaarten.conftest import maak_partner

    # 1 browser session, 2 user, 3 the session with the kenmerken's and werkingen's stamp,
    # 4 the partners' stamp (only with the picture on screen), 5 the session's organisations
    # (each drawn as an own werking), 6 every partner for the picture.
    sessie.fase = Sessie.Fase.BOLLEN
    sessie.save()
    client = aangemeld(begeleider)
    url = f"/sessies/{sessie.code}/scherm/"
    kunsten = Categorie.objects.get(naam="Kunsten")

    def werkingen(van: int, tot: int) -> None:
        for i in range(van, tot):
            w = Werking.objects.create(
                sessie=sessie, naam=f"Werking {i}", gemeente=gemeente("Halle")
            )
            maak_partner(w, f"Partner {i}", gemeente("Lennik"), kunsten)

    werkingen(0, 1)
    with django_assert_num_queries(6):
        client.get(url, HTTP_HX_REQUEST="true")
    werkingen(1, 40)
    with django_assert_num_queries(6):
        response = client.get(url, HTTP_HX_REQUEST="true")
    assert 'id="schema-scherm"' in response.content.decode()
