"""Every participant URL that names an object is in an access sweep (404 for other
werkingen and sessions), and every facilitator or coordinator URL has an access expectation
per role, swept below. A new URL fails here until its access test exists."""

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from begeleiding.models import Opruiming, Uitnodiging
from inspiratie.models import Categorie, LokaalVoorbeeld
from werking.models import Kenmerk

# URL name → the module whose sweep covers it.
GEDEKT = {
    "sessies:bewaar": "tests/partnerkaarten/test_toegang.py, tests/werking/test_stap1.py",
    "werking:kenmerk_verplaats": "tests/werking/test_stap2.py",
    "werking:kenmerk_verwijder": "tests/werking/test_stap2.py",
    "werking:kenmerk_herstel": "tests/werking/test_stap2.py",
    "partnerkaarten:kaart": "tests/partnerkaarten/test_toegang.py",
    "partnerkaarten:kaart_verwijder": "tests/partnerkaarten/test_toegang.py",
    "partnerkaarten:kaart_partner_nieuw": "tests/partnerkaarten/test_toegang.py",
    "partnerkaarten:kaart_partner_bestaand": "tests/partnerkaarten/test_toegang.py",
    "partnerkaarten:kaart_partner_weg": "tests/partnerkaarten/test_toegang.py",
    "partnerkaarten:idee_nieuw": "tests/partnerkaarten/test_toegang.py",
    "partnerkaarten:idee_weg": "tests/partnerkaarten/test_toegang.py",
    "partnerkaarten:partner": "tests/partnerkaarten/test_toegang.py",
    "partnerkaarten:partner_verwijder": "tests/partnerkaarten/test_toegang.py",
    "partnerkaarten:bol_verwijder": "tests/partnerkaarten/test_toegang.py",
    "partnerkaarten:combinatie_partners": "tests/partnerkaarten/test_toegang.py",
    "partnerkaarten:combinatie_verder": "tests/partnerkaarten/test_toegang.py",
    "partnerkaarten:combinatie_verwijder": "tests/partnerkaarten/test_toegang.py",
    "partnerkaarten:netwerk_rij": "tests/partnerkaarten/test_toegang.py",
    "partnerkaarten:herstel": "tests/partnerkaarten/test_randgevallen.py",
}


def routes(resolver: URLResolver, prefix: str = "", namespace: str = "") -> list[tuple]:
    gevonden = []
    for patroon in resolver.url_patterns:
        if isinstance(patroon, URLResolver):
            ns = patroon.namespace or namespace
            gevonden += routes(patroon, prefix + str(patroon.pattern), ns)
        elif isinstance(patroon, URLPattern):
            gevonden.append((prefix + str(patroon.pattern), f"{namespace}:{patroon.name}"))
    return gevonden


def test_it_has_an_access_test_for_every_participant_url_with_an_object_id() -> None:
    met_object = {
        naam
        for pad, naam in routes(get_resolver())
        if pad.startswith("doe-mee/<str:code>/") and "<int:" in pad
    }
    assert met_object, "no participant URLs found: the route walk is broken"
    assert sorted(met_object - GEDEKT.keys()) == []
    assert sorted(GEDEKT.keys() - met_object) == []


# --- The facilitator's and coordinator's pages --------------------------------------------
# Who may open a URL: "aangemeld" any account; "begeleider" accounts with the right to run
# sessions; "lezen" the session's owner and coordinators; "eigenaar" its owner only (everyone
# else: 404); "publiek" anyone with the link. And which methods it answers.
LEZEN, EIGENAAR = "lezen", "eigenaar"
BEGELEIDING = {
    "begeleiding:overzicht": ("aangemeld", {"GET"}),
    "begeleiding:nieuw": ("begeleider", {"GET", "POST"}),
    "begeleiding:detail": (LEZEN, {"GET"}),
    "begeleiding:scherm": (LEZEN, {"GET"}),
    "begeleiding:status": (EIGENAAR, {"POST"}),
    "begeleiding:bewerk": (EIGENAAR, {"GET", "POST"}),
    "begeleiding:dupliceer": (EIGENAAR, {"POST"}),
    "begeleiding:verwijder": (EIGENAAR, {"GET", "POST"}),
    "begeleiding:opruimen": (EIGENAAR, {"GET"}),
    "begeleiding:samenvoegen": (EIGENAAR, {"GET", "POST"}),
    "begeleiding:deelnemer_verwijder": (EIGENAAR, {"GET", "POST"}),
    "begeleiding:ongedaan": (EIGENAAR, {"POST"}),
    "begeleiding:verberg": (EIGENAAR, {"POST"}),
    "begeleiding:coordinatoren": (EIGENAAR, {"GET", "POST"}),
    "begeleiding:uitnodiging": ("publiek", {"GET", "POST"}),
    "begeleiding:inspiratie": (EIGENAAR, {"GET", "POST"}),
    "begeleiding:inspiratie_categorie": (EIGENAAR, {"POST"}),
    "begeleiding:voorbeeld_aanvaard": (EIGENAAR, {"POST"}),
    "begeleiding:voorbeeld_weg": (EIGENAAR, {"POST"}),
    "begeleiding:werking": (LEZEN, {"GET"}),
    "begeleiding:zaal_bollenschema": (LEZEN, {"GET"}),
    "begeleiding:fase": (EIGENAAR, {"POST"}),
    "begeleiding:pauze": (EIGENAAR, {"POST"}),
    "begeleiding:timer": (EIGENAAR, {"POST"}),
}


def test_it_has_an_access_expectation_for_every_facilitator_url() -> None:
    namen = {naam for _, naam in routes(get_resolver()) if naam.startswith("begeleiding:")}
    assert sorted(namen - BEGELEIDING.keys()) == []
    assert sorted(BEGELEIDING.keys() - namen) == []


@pytest.fixture
def kamer(sessie, sofie, karim, kenmerken, kempen, coordinator, andere_begeleider):
    """An's session with Sofie and Karim, Mieke as its coordinator, Bert with his own."""
    sessie.coordinatoren.add(coordinator)
    opruiming = Opruiming.objects.create(
        sessie=sessie, soort=Opruiming.Soort.DEELNEMER_WEG, omschrijving="test", gegevens={}
    )
    _, token = Uitnodiging.maak(sessie, sessie.eigenaar)
    voorbeeld = LokaalVoorbeeld.objects.create(
        sessie=sessie, categorie=Categorie.objects.first(), naam="GC De Boesdaalhoeve"
    )
    kenmerk_bert = Kenmerk.objects.create(werking=kempen.werking, soort="sterkte", tekst="Zaal")
    return {
        "sessie": sessie,
        "args": {
            "begeleiding:deelnemer_verwijder": [karim.deelnemer.pk],
            "begeleiding:ongedaan": [opruiming.pk],
            "begeleiding:verberg": [kenmerken[0].pk],
            "begeleiding:voorbeeld_aanvaard": [voorbeeld.pk],
            "begeleiding:voorbeeld_weg": [voorbeeld.pk],
            "begeleiding:werking": [sofie.werking.pk],
        },
        # The same URLs with an object of Bert's session under An's code.
        "vreemd": {
            "begeleiding:deelnemer_verwijder": [kempen.deelnemer.pk],
            "begeleiding:verberg": [kenmerk_bert.pk],
            "begeleiding:werking": [kempen.werking.pk],
        },
        "token": token,
        "sofie": sofie,
    }


def url_van(naam: str, kamer: dict, args: dict | None = None) -> str:
    if naam in ("begeleiding:overzicht", "begeleiding:nieuw"):
        return reverse(naam)
    if naam == "begeleiding:uitnodiging":
        return reverse(naam, args=[kamer["token"]])
    extra = (args or kamer["args"]).get(naam, [])
    return reverse(naam, args=[kamer["sessie"].code, *extra])


def aangemeld(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def verwacht_get(rol: str, toegang: str) -> int:
    """The status a GET answers for a role, given the URL's access."""
    if toegang == "publiek":
        return 200
    if rol in ("anoniem", "deelnemer"):
        return 302  # to the login page
    if toegang == "aangemeld":
        return 200
    if toegang == "begeleider":
        return 403 if rol == "coordinator" else 200
    if toegang == LEZEN:
        return 200 if rol in ("eigenaar", "coordinator") else 404
    return 200 if rol == "eigenaar" else 404


@pytest.mark.parametrize("naam", sorted(BEGELEIDING))
@pytest.mark.parametrize("rol", ["anoniem", "deelnemer", "andere", "coordinator", "eigenaar"])
def test_it_answers_every_role_as_expected(kamer, naam, rol) -> None:
    toegang, methoden = BEGELEIDING[naam]
    sessie = kamer["sessie"]
    client = {
        "anoniem": Client(),
        "deelnemer": kamer["sofie"].client,
        "andere": aangemeld(User.objects.get(username="bert")),
        "coordinator": aangemeld(User.objects.get(username="mieke")),
        "eigenaar": aangemeld(sessie.eigenaar),
    }[rol]
    url = url_van(naam, kamer)
    if "GET" in methoden:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == verwacht_get(rol, toegang), (url, rol)
        if response.status_code == 302:
            assert response["Location"].startswith("/aanmelden/")
        schrijven = [
            q["sql"]
            for q in queries.captured_queries
            if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
        ]
        assert schrijven == [], f"GET {url} schreef"
    else:
        verwacht = 302 if rol in ("anoniem", "deelnemer") else 405
        assert client.get(url).status_code == verwacht, (url, rol)
    if "POST" in methoden and toegang in (LEZEN, EIGENAAR) and rol not in ("eigenaar",):
        # A change by anyone but the owner: refused, and nothing changed.
        response = client.post(url, {"status": "gesloten", "verborgen": "ja"})
        assert response.status_code in (302, 404), (url, rol)
        if response.status_code == 302:
            assert response["Location"].startswith("/aanmelden/")
        sessie.refresh_from_db()
        assert sessie.status == "open"
        assert not Kenmerk.objects.filter(verborgen=True).exists()
        assert LokaalVoorbeeld.objects.filter(aanvaard=False).count() == 1


@pytest.mark.parametrize(
    "naam", ["begeleiding:deelnemer_verwijder", "begeleiding:verberg", "begeleiding:werking"]
)
def test_it_answers_404_for_another_sessions_object_under_the_own_code(kamer, naam) -> None:
    client = aangemeld(kamer["sessie"].eigenaar)
    url = url_van(naam, kamer, kamer["vreemd"])
    _, methoden = BEGELEIDING[naam]
    assert client.get(url).status_code == (404 if "GET" in methoden else 405)
    assert client.post(url, {"verborgen": "ja"}).status_code == (404 if "POST" in methoden else 405)
    assert not Kenmerk.objects.filter(verborgen=True).exists()


def test_it_requires_csrf_on_every_facilitator_post(kamer) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(kamer["sessie"].eigenaar)
    for naam, (_, methoden) in BEGELEIDING.items():
        if "POST" in methoden:
            assert client.post(url_van(naam, kamer), {}).status_code == 403, naam
