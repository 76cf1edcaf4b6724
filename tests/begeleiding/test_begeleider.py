"""The facilitator side: logging in, making sessions, seeing who joined, the `begeleider` command.

An runs "Netwerkdag Pajottenland"; Bert runs "Cultuurregio Kempen" and must never see An's.
"""

import datetime
import html
import re
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from sessies.models import CODE_ALFABET, Sessie
from sessies.services import geef_code_uit
from werking.services import doe_mee

pytestmark = pytest.mark.django_db

WACHTWOORD = "workshop-2026!"  # the personas' password in tests/conftest.py


def tekst(response) -> str:
    return html.unescape(response.content.decode())


def aangemeld(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def maak_sessies(eigenaar: User, aantal: int) -> list[Sessie]:
    return [
        Sessie.objects.create(
            titel=f"Netwerkmoment {i}",
            datum=datetime.date(2026, 10, i),
            eigenaar=eigenaar,
            code=geef_code_uit(),
        )
        for i in range(1, aantal + 1)
    ]


# --- Aanmelden en afmelden ---------------------------------------------------------------


def test_it_shows_the_login_page_in_dutch(client) -> None:
    response = client.get("/aanmelden/")
    assert response.status_code == 200
    body = tekst(response)
    assert "Aanmelden als begeleider" in body
    assert "Gebruikersnaam" in body
    assert "Wachtwoord" in body


def test_it_refuses_a_wrong_password_in_dutch(client, begeleider) -> None:
    response = client.post("/aanmelden/", {"username": "an", "password": "niet-juist"})
    assert response.status_code == 200
    assert "Deze combinatie van gebruikersnaam en wachtwoord kennen we niet" in tekst(response)
    assert "_auth_user_id" not in client.session


def test_it_keeps_the_typed_username_after_a_wrong_password(client, begeleider) -> None:
    response = client.post("/aanmelden/", {"username": "an", "password": "niet-juist"})
    assert 'value="an"' in response.content.decode()


def test_it_sends_a_facilitator_to_their_sessions_after_logging_in(client, begeleider) -> None:
    response = client.post("/aanmelden/", {"username": "an", "password": WACHTWOORD})
    assert response.status_code == 302
    assert response["Location"] == "/sessies/"
    assert client.get("/sessies/").status_code == 200


@pytest.mark.parametrize("pad", ["/sessies/", "/sessies/nieuw/"])
def test_it_sends_anonymous_visitors_to_the_login_page(client, pad) -> None:
    response = client.get(pad)
    assert response.status_code == 302
    assert response["Location"] == f"/aanmelden/?next={pad}"


def test_it_sends_anonymous_visitors_of_a_session_page_to_the_login_page(client, sessie) -> None:
    response = client.get(f"/sessies/{sessie.code}/")
    assert response.status_code == 302
    assert response["Location"] == f"/aanmelden/?next=/sessies/{sessie.code}/"


def test_it_returns_to_the_requested_page_after_logging_in(client, begeleider) -> None:
    # The login form carries `next` along in a hidden field.
    login = client.get("/aanmelden/?next=/sessies/nieuw/")
    assert 'name="next" value="/sessies/nieuw/"' in login.content.decode()
    response = client.post(
        "/aanmelden/", {"username": "an", "password": WACHTWOORD, "next": "/sessies/nieuw/"}
    )
    assert response["Location"] == "/sessies/nieuw/"


def test_it_does_not_follow_a_next_to_another_site(client, begeleider) -> None:
    response = client.post(
        "/aanmelden/",
        {"username": "an", "password": WACHTWOORD, "next": "https://phishing.example/"},
    )
    assert response["Location"] == "/sessies/"


def test_it_logs_out_with_a_post_and_goes_home(begeleider) -> None:
    client = aangemeld(begeleider)
    assert "Afmelden" in tekst(client.get("/sessies/"))
    response = client.post("/afmelden/")
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.get("/sessies/").status_code == 302


def test_it_does_not_log_out_on_a_get(begeleider) -> None:
    # A link or an image elsewhere must not be able to log a facilitator out.
    client = aangemeld(begeleider)
    assert client.get("/afmelden/").status_code == 405
    assert client.get("/sessies/").status_code == 200


# --- Een sessie aanmaken -----------------------------------------------------------------


def test_it_creates_a_session_for_the_facilitator(begeleider, referentiedata) -> None:
    client = aangemeld(begeleider)
    assert "Nieuwe sessie" in tekst(client.get("/sessies/nieuw/"))

    response = client.post(
        "/sessies/nieuw/",
        {"titel": "Netwerkdag Dender", "datum": "2026-12-03", "plaats": "Ninove"},
    )

    sessie = Sessie.objects.get(titel="Netwerkdag Dender")
    assert response.status_code == 302
    assert response["Location"] == f"/sessies/{sessie.code}/"
    assert sessie.eigenaar == begeleider
    assert sessie.datum == datetime.date(2026, 12, 3)
    assert sessie.plaats == "Ninove"
    assert sessie.status == Sessie.Status.OPEN
    assert len(sessie.code) == 6
    assert set(sessie.code) <= set(CODE_ALFABET)


def test_it_shows_the_code_and_join_url_of_a_new_session(begeleider, referentiedata) -> None:
    client = aangemeld(begeleider)
    response = client.post(
        "/sessies/nieuw/",
        {"titel": "Netwerkdag Dender", "datum": "2026-12-03", "plaats": "Ninove"},
        follow=True,
    )
    code = Sessie.objects.get(titel="Netwerkdag Dender").code
    assert response.status_code == 200
    body = tekst(response)
    assert f"De sessie is klaar. Deelnemers doen mee met code {code}." in body
    assert code in body
    assert f"http://testserver/doe-mee/{code}/" in body
    assert "Nog niemand doet mee." in body


def test_it_asks_for_title_and_date_in_dutch(begeleider, referentiedata) -> None:
    client = aangemeld(begeleider)
    response = client.post("/sessies/nieuw/", {"titel": "", "datum": "", "plaats": "Ninove"})
    assert response.status_code == 200
    assert tekst(response).count("Dit veld is verplicht.") == 2
    assert not Sessie.objects.exists()


def test_it_keeps_what_was_typed_when_a_field_is_missing(begeleider, referentiedata) -> None:
    client = aangemeld(begeleider)
    response = client.post("/sessies/nieuw/", {"titel": "Netwerkdag Dender", "datum": ""})
    assert 'value="Netwerkdag Dender"' in response.content.decode()


@pytest.mark.parametrize("datum", ["2026-02-30", "morgen"])
def test_it_rejects_an_invalid_date_in_dutch(begeleider, referentiedata, datum) -> None:
    client = aangemeld(begeleider)
    response = client.post(
        "/sessies/nieuw/", {"titel": "Netwerkdag Dender", "datum": datum, "plaats": ""}
    )
    assert response.status_code == 200
    assert "Voer een geldige datum in." in tekst(response)
    assert not Sessie.objects.exists()


def test_it_gives_every_new_session_its_own_code(begeleider, referentiedata) -> None:
    client = aangemeld(begeleider)
    for _ in range(3):
        client.post("/sessies/nieuw/", {"titel": "Netwerkdag", "datum": "2026-12-03"})
    codes = set(Sessie.objects.values_list("code", flat=True))
    assert len(codes) == 3


# --- Mijn sessies ------------------------------------------------------------------------


def test_it_lists_only_the_facilitators_own_sessions(sessie, andere_sessie) -> None:
    body = tekst(aangemeld(sessie.eigenaar).get("/sessies/"))
    assert "Mijn sessies" in body
    assert "Netwerkdag Pajottenland" in body
    assert sessie.code in body
    assert "Cultuurregio Kempen" not in body
    assert andere_sessie.code not in body


def test_it_invites_a_facilitator_without_sessions_to_make_one(begeleider) -> None:
    body = tekst(aangemeld(begeleider).get("/sessies/"))
    assert "Je hebt nog geen sessies." in body


def test_it_lists_sessions_in_a_constant_number_of_queries(
    begeleider, andere_begeleider, django_assert_num_queries
) -> None:
    # 1. the browser session (django_session)
    # 2. the logged-in user (auth_user)
    # 3-4. the user's permissions and those of their groups (may they create sessions?)
    # 5. the facilitator's sessions, titles, dates, codes, statuses and counts in one SELECT
    client = aangemeld(begeleider)
    maak_sessies(begeleider, 1)
    maak_sessies(andere_begeleider, 3)
    with django_assert_num_queries(5):
        assert client.get("/sessies/").status_code == 200

    maak_sessies(begeleider, 7)
    with django_assert_num_queries(5):
        response = client.get("/sessies/")
    assert tekst(response).count('<td><a href="/sessies/') == 8


# --- Een sessie bekijken -----------------------------------------------------------------


def test_it_hides_another_facilitators_session(begeleider, andere_sessie) -> None:
    response = aangemeld(begeleider).get(f"/sessies/{andere_sessie.code}/")
    assert response.status_code == 404
    assert "Cultuurregio Kempen" not in tekst(response)


def test_it_answers_an_unknown_session_code_with_404(begeleider, referentiedata) -> None:
    assert aangemeld(begeleider).get("/sessies/QQQQQQ/").status_code == 404


def test_it_opens_a_session_with_its_code_in_lower_case(sessie) -> None:
    response = aangemeld(sessie.eigenaar).get(f"/sessies/{sessie.code.lower()}/")
    assert response.status_code == 200


def test_it_shows_a_session_to_its_coordinators(sessie, andere_begeleider) -> None:
    client = aangemeld(andere_begeleider)
    assert client.get(f"/sessies/{sessie.code}/").status_code == 404

    sessie.coordinatoren.add(andere_begeleider)
    response = client.get(f"/sessies/{sessie.code}/")
    assert response.status_code == 200
    assert "Netwerkdag Pajottenland" in tekst(response)


def test_it_lists_the_organisations_and_their_participants(sessie, karim, klinker, kempen) -> None:
    body = tekst(aangemeld(sessie.eigenaar).get(f"/sessies/{sessie.code}/"))
    assert "Bibliotheek Pajottegem" in body
    assert "Pajottegem" in body
    assert re.search(r"Sofie.*, .*Karim", body)
    assert "Jeugdhuis De Klinker" in body
    assert "Lennik" in body
    assert "Jonas" in body
    # Bert's session is elsewhere.
    assert "CC De Werft" not in body
    assert "Lotte" not in body


def test_it_shows_a_session_in_a_constant_number_of_queries(
    sessie, karim, klinker, gemeente, django_assert_num_queries
) -> None:
    # 1. the browser session (django_session)
    # 2. the logged-in user (auth_user)
    # 3. the session by its code, whether the user coordinates it, and the ETag's stamp
    #    (latest changes and counts per table, who is active now) in the same query
    # 4. the organisations with their municipality and progress counts (annotations)
    # 5. the participants of all those organisations (prefetch_related)
    # 6. the partnerkaarten of the session (whether each has an idea)
    client = aangemeld(sessie.eigenaar)
    with django_assert_num_queries(6):
        assert client.get(f"/sessies/{sessie.code}/").status_code == 200

    for i, plaats in enumerate(["Dilbeek", "Liedekerke", "Ninove", "Affligem"], start=1):
        werking = doe_mee(
            sessie, f"Deelnemer {i}a", nieuwe_werking_naam=f"Werking {i}", gemeente=gemeente(plaats)
        )[0].werking
        doe_mee(sessie, f"Deelnemer {i}b", werking=werking)
    with django_assert_num_queries(6):
        response = client.get(f"/sessies/{sessie.code}/")
    body = tekst(response)
    assert "Werking 4" in body
    assert re.search(r"Deelnemer 4a.*, .*Deelnemer 4b", body)


# --- Wachtwoord wijzigen -----------------------------------------------------------------


def test_it_shows_the_password_change_page_in_dutch(begeleider) -> None:
    response = aangemeld(begeleider).get("/wachtwoord/")
    assert response.status_code == 200
    body = tekst(response)
    assert "Wachtwoord wijzigen" in body
    assert "Je huidige wachtwoord" in body
    assert "Nieuw wachtwoord, nog een keer" in body
    assert "Uw " not in body


def test_it_sends_anonymous_visitors_of_the_password_page_to_login(client) -> None:
    response = client.get("/wachtwoord/")
    assert response["Location"] == "/aanmelden/?next=/wachtwoord/"


def test_it_lets_a_facilitator_change_their_password(begeleider) -> None:
    client = aangemeld(begeleider)
    response = client.post(
        "/wachtwoord/",
        {
            "old_password": WACHTWOORD,
            "new_password1": "Pajottenland-2027",
            "new_password2": "Pajottenland-2027",
        },
        follow=True,
    )
    assert response.redirect_chain == [("/wachtwoord/gewijzigd/", 302)]
    assert "Je nieuwe wachtwoord is bewaard." in tekst(response)
    # Still logged in in this browser.
    assert client.get("/sessies/").status_code == 200

    nieuwe_browser = Client()
    aanmelding = nieuwe_browser.post(
        "/aanmelden/", {"username": "an", "password": "Pajottenland-2027"}
    )
    assert aanmelding["Location"] == "/sessies/"
    assert not Client().login(username="an", password=WACHTWOORD)


def test_it_refuses_a_wrong_old_password_in_dutch(begeleider) -> None:
    response = aangemeld(begeleider).post(
        "/wachtwoord/",
        {
            "old_password": "niet-juist",
            "new_password1": "Pajottenland-2027",
            "new_password2": "Pajottenland-2027",
        },
    )
    assert response.status_code == 200
    assert "Je huidige wachtwoord klopt niet. Probeer het opnieuw." in tekst(response)


def test_it_refuses_mismatched_or_weak_new_passwords_in_dutch(begeleider) -> None:
    client = aangemeld(begeleider)
    verschillend = client.post(
        "/wachtwoord/",
        {
            "old_password": WACHTWOORD,
            "new_password1": "Pajottenland-2027",
            "new_password2": "Pajottenland-2028",
        },
    )
    assert "De twee nieuwe wachtwoorden zijn niet gelijk." in tekst(verschillend)
    zwak = client.post(
        "/wachtwoord/",
        {"old_password": WACHTWOORD, "new_password1": "kort", "new_password2": "kort"},
    )
    assert "Dit wachtwoord is te kort." in tekst(zwak)
    assert Client().login(username="an", password=WACHTWOORD)


# --- manage.py begeleider ----------------------------------------------------------------


def begeleider_commando(*args: str) -> str:
    uit = StringIO()
    call_command("begeleider", *args, stdout=uit)
    return uit.getvalue()


def test_the_command_creates_a_facilitator_who_can_log_in(db) -> None:
    uitvoer = begeleider_commando(
        "carla",
        "--password",
        "Netwerk-Dender-2026",
        "--email",
        "carla@cc-ninove.be",
        "--naam",
        "Carla De Smet",
    )
    assert uitvoer.strip() == "Begeleider 'carla' aangemaakt."
    assert "Netwerk-Dender-2026" not in uitvoer

    carla = User.objects.get(username="carla")
    assert carla.email == "carla@cc-ninove.be"
    assert (carla.first_name, carla.last_name) == ("Carla", "De Smet")
    assert carla.is_active
    assert not carla.is_staff
    assert not carla.is_superuser

    client = Client()
    response = client.post("/aanmelden/", {"username": "carla", "password": "Netwerk-Dender-2026"})
    assert response["Location"] == "/sessies/"
    # Not an administrator: /beheer/ sends her to its own login.
    assert client.get("/beheer/").status_code == 302


def test_the_command_prints_a_generated_password(db) -> None:
    uitvoer = begeleider_commando("carla")
    gevonden = re.fullmatch(r"Begeleider 'carla' aangemaakt\. Wachtwoord: (\S+)\n", uitvoer)
    assert gevonden, uitvoer
    wachtwoord = gevonden.group(1)
    assert len(wachtwoord) >= 16
    assert Client().login(username="carla", password=wachtwoord)
    assert not User.objects.get(username="carla").is_staff


def test_the_command_generates_a_different_password_each_time(db) -> None:
    eerste = begeleider_commando("carla").split("Wachtwoord: ")[1]
    tweede = begeleider_commando("dirk").split("Wachtwoord: ")[1]
    assert eerste != tweede


def test_the_command_updates_an_existing_facilitators_password(begeleider) -> None:
    uitvoer = begeleider_commando("an", "--password", "Pajottenland-2027")
    assert uitvoer.strip() == "Begeleider 'an' bijgewerkt."
    assert User.objects.filter(username="an").count() == 1
    assert Client().login(username="an", password="Pajottenland-2027")
    assert not Client().login(username="an", password=WACHTWOORD)
    # Fields that were not given stay as they were.
    assert User.objects.get(username="an").first_name == "An"


def test_the_command_keeps_the_password_when_only_the_name_changes(begeleider) -> None:
    uitvoer = begeleider_commando("an", "--naam", "An Peeters", "--email", "an@optil.be")
    assert uitvoer.strip() == "Begeleider 'an' bijgewerkt."
    an = User.objects.get(username="an")
    assert (an.first_name, an.last_name, an.email) == ("An", "Peeters", "an@optil.be")
    assert Client().login(username="an", password=WACHTWOORD)


def test_the_command_leaves_an_administrators_rights_alone(db) -> None:
    User.objects.create_superuser("beheer", password="Beheer-2026-sterk")
    begeleider_commando("beheer", "--naam", "Els Beheer")
    beheer = User.objects.get(username="beheer")
    assert beheer.is_staff
    assert beheer.is_superuser


@pytest.mark.parametrize(
    ("wachtwoord", "melding"),
    [
        ("kort", "Dit wachtwoord is te kort."),
        ("password", "Dit wachtwoord is te algemeen."),
        ("84629175", "Dit wachtwoord bevat alleen cijfers."),
    ],
)
def test_the_command_rejects_a_weak_password_in_dutch(db, wachtwoord, melding) -> None:
    with pytest.raises(CommandError, match=re.escape(melding)):
        begeleider_commando("carla", "--password", wachtwoord)
    assert not User.objects.filter(username="carla").exists()


def test_the_command_rejects_a_password_like_the_username(db) -> None:
    with pytest.raises(CommandError, match="lijkt te veel op"):
        begeleider_commando("carla.desmet", "--password", "carla.desmet")


def test_the_command_keeps_the_old_password_when_the_new_one_is_weak(begeleider) -> None:
    with pytest.raises(CommandError):
        begeleider_commando("an", "--password", "kort")
    assert Client().login(username="an", password=WACHTWOORD)


def test_the_command_rejects_an_invalid_email_in_dutch(db) -> None:
    with pytest.raises(CommandError, match=re.escape("Voer een geldig e-mailadres in.")):
        begeleider_commando("carla", "--email", "carla-at-ninove")
    assert not User.objects.filter(username="carla").exists()


def test_the_command_rejects_an_invalid_username_in_dutch(db) -> None:
    with pytest.raises(CommandError, match=re.escape("Voer een geldige gebruikersnaam in.")):
        begeleider_commando("an peeters")
    assert not User.objects.exists()


@pytest.mark.parametrize("status", ["vergrendeld", "gesloten", "open"])
def test_it_lets_the_owner_change_the_session_status(client, begeleider, sessie, status) -> None:
    client.force_login(begeleider)
    response = client.post(f"/sessies/{sessie.code}/status/", {"status": status}, follow=True)
    assert response.status_code == 200
    sessie.refresh_from_db()
    assert sessie.status == status
    assert "De sessie is nu" in response.content.decode()


def test_it_does_not_let_others_change_the_session_status(
    client, andere_begeleider, sessie
) -> None:
    sessie.coordinatoren.add(andere_begeleider)
    client.force_login(andere_begeleider)
    response = client.post(f"/sessies/{sessie.code}/status/", {"status": "gesloten"})
    assert response.status_code == 404
    sessie.refresh_from_db()
    assert sessie.status == "open"


def test_it_shows_a_closed_session_read_only_to_participants(sofie) -> None:
    sofie.sessie.status = "gesloten"
    sofie.sessie.save()
    body = sofie.client.get(sofie.url("stap-2/")).content.decode()
    assert "Deze workshop is gesloten" in body
    assert '<fieldset disabled class="alleen-lezen">' in body
