"""The facilitator's home: own sessions grouped, and edit, duplicate, close and delete."""

import datetime
import html

import pytest
from django.test import Client
from django.utils import timezone

from begeleiding.services import sessies_van
from partnerkaarten.models import Partner
from sessies.models import Deelnemer, Sessie, UitgegevenCode
from sessies.services import geef_code_uit
from werking.models import Kenmerk, Werking

pytestmark = pytest.mark.django_db


def aangemeld(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def sessie_op(eigenaar, titel: str, dagen: int, **extra) -> Sessie:
    return Sessie.objects.create(
        titel=titel,
        datum=timezone.localdate() + datetime.timedelta(days=dagen),
        eigenaar=eigenaar,
        code=geef_code_uit(),
        **extra,
    )


def test_it_groups_own_sessions_as_upcoming_running_and_closed(
    begeleider, andere_begeleider
) -> None:
    komend = sessie_op(begeleider, "Netwerkdag Halle", 7)
    lopend = sessie_op(begeleider, "Netwerkdag Pajottenland", 0)
    gesloten = sessie_op(begeleider, "Netwerkdag Lennik", -30, status="gesloten")
    gevolgd = sessie_op(andere_begeleider, "Cultuurregio Kempen", 0)
    gevolgd.coordinatoren.add(begeleider)
    sessie_op(andere_begeleider, "Niet van An", 0)

    groepen = sessies_van(begeleider)

    assert groepen.komend == [komend]
    assert groepen.lopend == [lopend]
    assert groepen.gesloten == [gesloten]
    assert groepen.gecoordineerd == [gevolgd]
    body = html.unescape(aangemeld(begeleider).get("/sessies/").content.decode())
    assert body.index("Lopend") < body.index("Netwerkdag Pajottenland") < body.index("Komend")
    assert body.index("Komend") < body.index("Netwerkdag Halle") < body.index("Gesloten")
    assert body.index("Als coördinator") < body.index("Cultuurregio Kempen")
    assert "Niet van An" not in body


def test_it_lists_the_home_in_a_constant_number_of_queries(
    begeleider, andere_begeleider, django_assert_num_queries
) -> None:
    # 1 browser session, 2 user, 3-4 permissions (user's and groups'), 5 the sessions with
    # their number of werkingen in one SELECT.
    client = aangemeld(begeleider)
    sessie_op(begeleider, "Een", 0)
    with django_assert_num_queries(5):
        client.get("/sessies/")
    for i in range(6):
        s = sessie_op(begeleider, f"Sessie {i}", i - 3, status="gesloten" if i == 5 else "open")
        s.coordinatoren.add(andere_begeleider)
    sessie_op(andere_begeleider, "Gevolgd", 1).coordinatoren.add(begeleider)
    with django_assert_num_queries(5):
        response = client.get("/sessies/")
    assert "Gevolgd" in response.content.decode()


def test_it_edits_title_date_and_place_and_keeps_the_code(begeleider, sessie) -> None:
    code = sessie.code
    response = aangemeld(begeleider).post(
        f"/sessies/{code}/bewerken/",
        {"titel": "Netwerkdag Zennevallei", "datum": "2026-12-03", "plaats": "GC Halle"},
    )
    assert response.status_code == 302
    sessie.refresh_from_db()
    assert (sessie.titel, sessie.datum, sessie.plaats, sessie.code) == (
        "Netwerkdag Zennevallei",
        datetime.date(2026, 12, 3),
        "GC Halle",
        code,
    )


def test_it_explains_a_missing_title_in_dutch(begeleider, sessie) -> None:
    response = aangemeld(begeleider).post(
        f"/sessies/{sessie.code}/bewerken/", {"titel": "", "datum": "2026-12-03"}
    )
    assert response.status_code == 200
    assert "Dit veld is verplicht." in response.content.decode()


def test_it_duplicates_a_session_with_a_new_code_and_no_participants(
    begeleider, sessie, sofie, coordinator
) -> None:
    sessie.coordinatoren.add(coordinator)
    response = aangemeld(begeleider).post(f"/sessies/{sessie.code}/dupliceren/")

    kopie = Sessie.objects.exclude(pk=sessie.pk).get()
    assert response["Location"] == f"/sessies/{kopie.code}/"
    assert kopie.code != sessie.code
    assert UitgegevenCode.objects.filter(code=kopie.code).exists()
    assert (kopie.titel, kopie.datum, kopie.plaats, kopie.eigenaar) == (
        sessie.titel,
        sessie.datum,
        sessie.plaats,
        begeleider,
    )
    assert list(kopie.coordinatoren.all()) == [coordinator]
    assert not kopie.werkingen.exists()
    assert not Deelnemer.objects.filter(sessie=kopie).exists()
    assert kopie.status == "open" and kopie.fase == "welkom"


def test_it_closes_a_session_from_the_home(begeleider, sessie) -> None:
    response = aangemeld(begeleider).post(
        f"/sessies/{sessie.code}/status/", {"status": "gesloten", "terug": "overzicht"}
    )
    assert response["Location"] == "/sessies/"
    sessie.refresh_from_db()
    assert sessie.status == "gesloten"


def test_it_asks_before_deleting_and_says_what_goes(begeleider, sessie, sofie, karim) -> None:
    response = aangemeld(begeleider).get(f"/sessies/{sessie.code}/verwijderen/")
    body = html.unescape(response.content.decode())
    assert "alle persoonsgegevens" in body
    assert "2 deelnemers en 1 werking" in body
    assert Sessie.objects.filter(pk=sessie.pk).exists()


def test_it_deletes_every_participants_data_with_the_session(
    begeleider, sessie, sofie, karim, kenmerken, klinker, kempen
) -> None:
    Partner.objects.create(werking=sofie.werking, naam="GC De Boesdaalhoeve")
    code = sessie.code

    response = aangemeld(begeleider).post(f"/sessies/{code}/verwijderen/")

    assert response["Location"] == "/sessies/"
    assert not Sessie.objects.filter(code=code).exists()
    assert not Deelnemer.objects.filter(naam__in=["Sofie", "Karim", "Jonas"]).exists()
    assert not Werking.objects.filter(sessie_id=sessie.pk).exists()
    assert not Kenmerk.alle.filter(werking_id=sofie.werking.pk).exists()
    assert not Partner.alle.filter(naam="GC De Boesdaalhoeve").exists()
    # The code is never handed out again; another session is untouched.
    assert UitgegevenCode.objects.filter(code=code).exists()
    assert Deelnemer.objects.filter(pk=kempen.deelnemer.pk).exists()
    # Sofie's browser no longer gets in.
    # The page sends an unknown participant to the join page, which knows no such workshop.
    assert sofie.client.get(sofie.url("stap-1/"), follow=True).status_code == 404


def test_it_refuses_session_creation_to_a_coordinator(coordinator) -> None:
    client = aangemeld(coordinator)
    assert client.get("/sessies/nieuw/").status_code == 403
    response = client.post("/sessies/nieuw/", {"titel": "Eigen sessie", "datum": "2026-12-01"})
    assert response.status_code == 403
    assert not Sessie.objects.exists()
    body = client.get("/sessies/").content.decode()
    assert "Nieuwe sessie" not in body
    assert "Je bent nog geen coördinator" in body


def test_it_gives_accounts_from_the_begeleider_command_the_right(db) -> None:
    from django.contrib.auth.models import User
    from django.core.management import call_command

    call_command("begeleider", "lies", "--password", "workshop-2026!")
    lies = User.objects.get(username="lies")
    assert lies.has_perm("begeleiding.begeleider")
    assert aangemeld(lies).get("/sessies/nieuw/").status_code == 200
