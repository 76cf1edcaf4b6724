"""The access sweep: every URL pattern x every role, GET (and a POST for the roles that must be
refused, and a POST without CSRF token for the roles that may post). Nobody reaches another
werking's, session's or facilitator's data.

One sweep for everything (it replaced test_toegang_rollen.py and test_toegang_volledig.py):
- every URL has a profile in VERWACHT (or its namespace one in NAAMRUIMTEN): the statuses
  each role may get, and whether it may see Sofie's werking (the GEHEIM marker);
- a facilitator's URL also has its exact access and methods in BEGELEIDING: the exact status
  per role, the redirect to the login page, no write on a GET, and a refused change that
  changes nothing;
- a participant's URL naming an object must have the profile "deelnemer_object" (404 for
  another werking) with its id pointing at an object of Sofie's werking.
A URL without an expectation fails `test_every_url_pattern_has_an_expectation`. Ids in the URL
are filled in from WAARDEN (by the name of the URL kwarg) or PER_URL (by URL name), always
pointing at Sofie's werking in An's session. A new role: add it to ROLLEN and to every
profile in PROFIELEN."""

import re
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import RoutePattern

from begeleiding.models import Opruiming, Uitnodiging
from inspiratie.models import Categorie, LokaalVoorbeeld
from partnerkaarten.models import Bol, Combinatie, Idee, Partner
from partnerkaarten.services import nieuwe_partnerkaart
from sessies.models import Sessie
from werking.models import Kenmerk

from .conftest import Deelname

pytestmark = pytest.mark.django_db

GEHEIM = "GEHEIM-7Q"  # in every text of Sofie's werking: nobody else may see it

ROLLEN = [
    "anoniem",
    "deelnemer",  # Sofie: the werking the ids belong to
    "andere_werking",  # Jonas: same session, another werking
    "andere_sessie",  # Lotte: a participant of Bert's session
    "begeleider",  # An: owns the session
    "coordinator",  # Eva: coordinator of An's session
    "andere_begeleider",  # Bert
    "andere_coordinator",  # Mieke: coordinator of Bert's session only
    "beheerder",  # a superuser
    "uitgenodigd",  # opened a one-time invitation to coordinate An's session, not accepted
]
DEELNEMERS = {"deelnemer", "andere_werking", "andere_sessie"}
AANGEMELD = {"begeleider", "coordinator", "andere_begeleider", "andere_coordinator", "beheerder"}
NIET_AANGEMELD = {"anoniem", "uitgenodigd"}


@dataclass(frozen=True)
class Regel:
    get: frozenset[int]
    ziet_geheim: bool = False
    post: frozenset[int] | None = None  # None: no POST is tried for this role


def regel(get: set[int], ziet_geheim: bool = False, post: set[int] | None = None) -> Regel:
    return Regel(frozenset(get), ziet_geheim, None if post is None else frozenset(post))


NAAR_BINNEN = {302}  # to the join page or the login page
PROFIELEN: dict[str, dict[str, Regel]] = {
    # Anyone may open it; it shows nobody's werking.
    "publiek": {rol: regel({200, 302, 404, 405}) for rol in ROLLEN}
    | {"deelnemer": regel({200, 302, 404, 405}, ziet_geheim=True)},
    # A one-time link: shown to anyone who has it (an unknown or used one: 410, see below).
    # No POST: a logged-in account would accept it.
    "eenmalig": {rol: regel({200}) for rol in ROLLEN},
    # A participant page without an object id: each participant sees their own werking.
    "deelnemer": {rol: regel(NAAR_BINNEN, post={404}) for rol in ROLLEN}
    | {
        "deelnemer": regel({200, 302, 405}, ziet_geheim=True),
        "andere_werking": regel({200, 302, 405}),
    },
    # A participant URL naming an object of Sofie's werking: 404 for every other werking.
    "deelnemer_object": {rol: regel(NAAR_BINNEN, post={404}) for rol in ROLLEN}
    | {
        "deelnemer": regel({200, 302, 405}, ziet_geheim=True),
        "andere_werking": regel({404, 405}, post={404, 405}),
    },
    # A facilitator page of An's session: An and her coordinator only.
    "begeleider_sessie": {rol: regel({302, 405}, post={302, 403}) for rol in DEELNEMERS}
    | {rol: regel({302, 405}, post={302, 403}) for rol in NIET_AANGEMELD}
    | {
        "begeleider": regel({200, 405}, ziet_geheim=True),
        "coordinator": regel({200, 405}, ziet_geheim=True),
        # 405 for a page that only reads: refused before anything is looked up.
        "andere_begeleider": regel({404, 405}, post={404, 405}),
        "andere_coordinator": regel({404, 405}, post={404, 405}),
        "beheerder": regel({404, 405}, post={404, 405}),
    },
    # A facilitator page that changes An's session: An only, her coordinator reads elsewhere.
    "begeleider_eigenaar": {rol: regel({302, 405}, post={302, 403}) for rol in DEELNEMERS}
    | {rol: regel({302, 405}, post={302, 403}) for rol in NIET_AANGEMELD}
    | {
        "begeleider": regel({200, 405}, ziet_geheim=True),
        "coordinator": regel({404, 405}, post={404}),
        "andere_begeleider": regel({404, 405}, post={404}),
        "andere_coordinator": regel({404, 405}, post={404}),
        "beheerder": regel({404, 405}, post={404}),
    },
    # A facilitator page about their own things (overview, new session, password).
    "begeleider": {rol: regel({302}) for rol in ROLLEN}
    | {rol: regel({200, 302, 405}) for rol in AANGEMELD}
    # A coordinator's account has no facilitator rights: making a session is refused.
    | {rol: regel({200, 302, 403, 405}) for rol in ("coordinator", "andere_coordinator")},
    # The admin: superusers only.
    "beheer": {rol: regel({302}) for rol in ROLLEN}
    | {"beheerder": regel({200, 302, 403, 404, 405}, ziet_geheim=True)},
}

VERWACHT: dict[str, str] = {
    "home": "publiek",
    "login": "publiek",
    "logout": "publiek",
    "password_change": "begeleider",
    "password_change_done": "begeleider",
    "sessies:code_ingeven": "publiek",
    "sessies:verder": "publiek",
    "sessies:verder_oud": "publiek",
    "sessies:bewaar": "deelnemer_object",
    "begeleiding:overzicht": "begeleider",
    "begeleiding:nieuw": "begeleider",
    "begeleiding:detail": "begeleider_sessie",
    "begeleiding:status": "begeleider_sessie",
    "begeleiding:zaal_bollenschema": "begeleider_sessie",
    "begeleiding:werking": "begeleider_sessie",
    "begeleiding:bewerk": "begeleider_eigenaar",
    "begeleiding:dupliceer": "begeleider_eigenaar",
    "begeleiding:verwijder": "begeleider_eigenaar",
    "begeleiding:opruimen": "begeleider_eigenaar",
    "begeleiding:samenvoegen": "begeleider_eigenaar",
    "begeleiding:deelnemer_verwijder": "begeleider_eigenaar",
    "begeleiding:ongedaan": "begeleider_eigenaar",
    "begeleiding:verberg": "begeleider_eigenaar",
    "begeleiding:coordinatoren": "begeleider_eigenaar",
    "begeleiding:scherm": "begeleider_sessie",
    "begeleiding:uitnodiging": "eenmalig",
    "rapport:sessie": "begeleider_sessie",
    "rapport:werking": "begeleider_sessie",
    "rapport:export": "begeleider_sessie",
    "rapport:klaar": "deelnemer",
    "rapport:eigen": "deelnemer",
    "rapport:kit": "publiek",
    "begeleiding:fase": "begeleider_eigenaar",
    "begeleiding:pauze": "begeleider_eigenaar",
    "begeleiding:timer": "begeleider_eigenaar",
    "begeleiding:inspiratie": "begeleider_eigenaar",
    "begeleiding:inspiratie_categorie": "begeleider_eigenaar",
    "begeleiding:voorbeeld_aanvaard": "begeleider_eigenaar",
    "begeleiding:voorbeeld_weg": "begeleider_eigenaar",
    "werking:gemeente_suggesties": "publiek",
    "werking:doe_mee": "publiek",
    "werking:stap1": "deelnemer",
    "werking:stap1_gegevens": "deelnemer",
    "werking:stap2": "deelnemer",
    "werking:kenmerk_nieuw": "deelnemer",
    "werking:kenmerk_verplaats": "deelnemer_object",
    "werking:kenmerk_verwijder": "deelnemer_object",
    "werking:kenmerk_herstel": "deelnemer_object",
    "partnerkaarten:kaarten": "deelnemer",
    "partnerkaarten:kaart_nieuw": "deelnemer",
    "partnerkaarten:kaart": "deelnemer_object",
    "partnerkaarten:kaart_verwijder": "deelnemer_object",
    "partnerkaarten:kaart_partner_nieuw": "deelnemer_object",
    "partnerkaarten:kaart_partner_bestaand": "deelnemer_object",
    "partnerkaarten:kaart_partner_weg": "deelnemer_object",
    "partnerkaarten:idee_nieuw": "deelnemer_object",
    "partnerkaarten:idee_weg": "deelnemer_object",
    "partnerkaarten:partner": "deelnemer_object",
    "partnerkaarten:partner_verwijder": "deelnemer_object",
    "partnerkaarten:bollen": "deelnemer",
    "partnerkaarten:bol_nieuw": "deelnemer",
    "partnerkaarten:actor_nieuw": "deelnemer",
    "partnerkaarten:bol_verwijder": "deelnemer_object",
    "partnerkaarten:combinaties": "deelnemer",
    "partnerkaarten:combinatie_nieuw": "deelnemer",
    "partnerkaarten:combinatie_partners": "deelnemer_object",
    "partnerkaarten:combinatie_verder": "deelnemer_object",
    "partnerkaarten:combinatie_verwijder": "deelnemer_object",
    "partnerkaarten:herstel": "deelnemer_object",
    "partnerkaarten:netwerk": "deelnemer",
    "partnerkaarten:inspiratie": "deelnemer",
    "partnerkaarten:voorbeeld_voorstel": "deelnemer",
    "partnerkaarten:netwerk_rij": "deelnemer_object",
    "partnerkaarten:netwerk_op_lijst": "deelnemer",
    "admin:login": "publiek",
}
NAAMRUIMTEN = {"admin": "beheer"}

# The facilitator's and coordinator's URLs, exactly: who may open them ("aangemeld": any
# account; "begeleider": accounts with the right to run sessions; "lezen": the session's owner
# and coordinators; "eigenaar": its owner only, everyone else 404; "publiek": anyone with the
# link) and which methods they answer.
LEZEN, EIGENAAR = "lezen", "eigenaar"
BEGELEIDING: dict[str, tuple[str, set[str]]] = {
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
# The same URLs with an object of Bert's session under An's code: 404 for An too.
VREEMD = ("begeleiding:deelnemer_verwijder", "begeleiding:verberg", "begeleiding:werking")


def exacte_get(naam: str, rol: str) -> int:
    """The status a GET answers for a role on a facilitator URL."""
    toegang, methoden = BEGELEIDING[naam]
    if toegang == "publiek":
        return 200
    if rol not in AANGEMELD:
        return 302  # to the login page
    if "GET" not in methoden:
        return 405
    if toegang == "aangemeld":
        return 200
    if toegang == "begeleider":
        return 403 if rol in ("coordinator", "andere_coordinator") else 200
    if toegang == LEZEN:
        return 200 if rol in ("begeleider", "coordinator") else 404
    return 200 if rol == "begeleider" else 404


def routes(resolver: URLResolver, prefix: str = "", namespace: str = "") -> list[tuple]:
    """(pattern, is a path() route, key): the key is `namespace:name`, or the pattern itself
    for an unnamed one."""
    gevonden = []
    for patroon in resolver.url_patterns:
        if isinstance(patroon, URLResolver):
            ns = patroon.namespace or namespace
            gevonden += routes(patroon, prefix + str(patroon.pattern), ns)
        elif isinstance(patroon, URLPattern):
            pad = prefix + str(patroon.pattern)
            naam = f"{namespace}:{patroon.name}" if namespace else patroon.name
            route = isinstance(patroon.pattern, RoutePattern)
            gevonden.append((pad, route, naam or pad, namespace))
    return gevonden


def profiel(sleutel: str, namespace: str) -> str | None:
    return VERWACHT.get(sleutel) or NAAMRUIMTEN.get(namespace)


def test_every_url_pattern_has_an_expectation() -> None:
    alle = routes(get_resolver())
    zonder = [sleutel for _, _, sleutel, ns in alle if profiel(sleutel, ns) is None]
    assert zonder == [], "give these URLs a profile in VERWACHT"
    sleutels = {sleutel for _, _, sleutel, _ in alle}
    assert sorted(VERWACHT.keys() - sleutels) == [], "expectations for URLs that are gone"
    # Every facilitator URL has its exact access and methods.
    begeleiding = {s for s in sleutels if s.startswith("begeleiding:")}
    assert sorted(begeleiding - BEGELEIDING.keys()) == [], "give these URLs a line in BEGELEIDING"
    assert sorted(BEGELEIDING.keys() - begeleiding) == []
    # Every participant URL naming an object is swept as one: 404 for another werking.
    met_object = {
        sleutel
        for pad, _, sleutel, _ in alle
        if pad.startswith("doe-mee/<str:code>/") and "<int:" in pad
    }
    assert met_object, "no participant URLs found: the route walk is broken"
    assert sorted(s for s in met_object if VERWACHT.get(s) != "deelnemer_object") == []


@pytest.fixture
def wereld(sofie, klinker, kempen, begeleider, andere_begeleider, gemeente) -> dict:
    sessie = sofie.sessie
    werking = sofie.werking
    for veld in ("dagelijkse_werking", "doel", "voor_wie"):
        setattr(werking, veld, f"{GEHEIM} {veld}")
    werking.save()
    kenmerk = Kenmerk.objects.create(werking=werking, soort="sterkte", tekst=f"{GEHEIM} zaal")
    kaart = nieuwe_partnerkaart(werking, kenmerk, False)
    partner = Partner.objects.create(
        werking=werking, naam=f"{GEHEIM} GC", gemeente=gemeente("Lennik"), volgorde=1
    )
    ander = Partner.objects.create(werking=werking, naam=f"{GEHEIM} Bib", volgorde=2)
    kaart.partners.add(partner)
    idee = Idee.objects.create(partnerkaart=kaart, tekst=f"{GEHEIM} idee", volgorde=1)
    combinatie = Combinatie.objects.create(werking=werking, titel=f"{GEHEIM} titel", volgorde=1)
    combinatie.partners.set([partner, ander])
    bol = Bol.objects.create(werking=werking, gemeente=gemeente("Lennik"), volgorde=1)
    coordinator = User.objects.create_user("eva", password="workshop-2026!")
    sessie.coordinatoren.add(coordinator)
    andere_coordinator = User.objects.create_user("mieke", password="workshop-2026!")
    kempen.sessie.coordinatoren.add(andere_coordinator)
    beheerder = User.objects.create_superuser("root", password="workshop-2026!")
    opruiming = Opruiming.objects.create(
        sessie=sessie, soort=Opruiming.Soort.DEELNEMER_WEG, omschrijving="test", gegevens={}
    )
    voorbeeld = LokaalVoorbeeld.objects.create(
        sessie=sessie, categorie=Categorie.objects.first(), naam="GC De Boesdaalhoeve"
    )
    _, uitnodiging = Uitnodiging.maak(sessie, begeleider)
    uitgenodigd = Client()
    uitnodiging_url = reverse("begeleiding:uitnodiging", args=[uitnodiging])
    assert uitgenodigd.get(uitnodiging_url).status_code == 200
    kenmerk_bert = Kenmerk.objects.create(werking=kempen.werking, soort="sterkte", tekst="Zaal")

    def aangemeld(user: User) -> Client:
        client = Client()
        client.force_login(user)
        return client

    return {
        "clients": {
            "anoniem": Client(),
            "deelnemer": sofie.client,
            "andere_werking": klinker.client,
            "andere_sessie": kempen.client,
            "begeleider": aangemeld(begeleider),
            "coordinator": aangemeld(coordinator),
            "andere_begeleider": aangemeld(andere_begeleider),
            "andere_coordinator": aangemeld(andere_coordinator),
            "beheerder": aangemeld(beheerder),
            "uitgenodigd": uitgenodigd,
        },
        "waarden": {
            "code": sofie.sessie.code,
            "pk": None,
            "partner_pk": partner.pk,
            "idee_pk": idee.pk,
            "token": uitnodiging,
            "app_label": "sessies",
            "object_id": str(sofie.sessie.pk),
            "content_type_id": "1",
            "id": "1",
            "url": "bestaat-niet/",
        },
        "per_url": {
            "begeleiding:werking": {"pk": werking.pk},
            "rapport:werking": {"pk": werking.pk},
            "rapport:export": {"bestandnaam": "partners.csv"},
            "begeleiding:deelnemer_verwijder": {"pk": sofie.deelnemer.pk},
            "begeleiding:verberg": {"pk": kenmerk.pk},
            "begeleiding:ongedaan": {"pk": opruiming.pk},
            "begeleiding:voorbeeld_aanvaard": {"pk": voorbeeld.pk},
            "begeleiding:voorbeeld_weg": {"pk": voorbeeld.pk},
            # The old resume link names a token in its path, never a valid one here.
            "sessies:verder_oud": {"token": "onbekend-token"},
            "sessies:bewaar": {"soort": "werking", "pk": werking.pk, "veld": "doel"},
            "werking:kenmerk_verplaats": {"pk": kenmerk.pk},
            "werking:kenmerk_verwijder": {"pk": kenmerk.pk},
            "werking:kenmerk_herstel": {"pk": kenmerk.pk},
            "partnerkaarten:partner": {"pk": partner.pk},
            "partnerkaarten:partner_verwijder": {"pk": partner.pk},
            "partnerkaarten:bol_verwijder": {"pk": bol.pk},
            "partnerkaarten:herstel": {"soort": "partner", "pk": partner.pk},
            "partnerkaarten:netwerk_rij": {"pk": partner.pk},
            **{
                f"partnerkaarten:{naam}": {"pk": combinatie.pk}
                for naam in ("combinatie_partners", "combinatie_verder", "combinatie_verwijder")
            },
        },
        "kaart": kaart.pk,
        "vreemd": {
            "begeleiding:deelnemer_verwijder": {"pk": kempen.deelnemer.pk},
            "begeleiding:verberg": {"pk": kenmerk_bert.pk},
            "begeleiding:werking": {"pk": kempen.werking.pk},
        },
        "sessie": sessie,
    }


def concreet(pad: str, route: bool, sleutel: str, wereld: dict) -> str:
    waarden = wereld["waarden"] | {"pk": wereld["kaart"]} | wereld["per_url"].get(sleutel, {})
    if route:
        return "/" + re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(waarden[m.group(1)]), pad)
    pad = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: str(waarden[m.group(1)]), pad)
    return "/" + pad.replace("^", "").replace("$", "").replace("\\", "")


def schrijft(queries: CaptureQueriesContext) -> list[str]:
    return [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]


# A change a refused role tries: it would close the session, hide a wall item, accept a
# local example. After the sweep nothing of it happened.
POGING = {"status": "gesloten", "verborgen": "ja"}


def zonder_csrf(client: Client) -> Client:
    """The same browser (its cookies), now with Django's CSRF check as in production."""
    streng = Client(enforce_csrf_checks=True)
    streng.cookies = client.cookies
    return streng


def test_no_role_reaches_what_is_not_theirs(wereld, capsys) -> None:
    fouten, verzoeken = [], 0
    alle = routes(get_resolver())
    for pad, route, sleutel, ns in alle:
        url = concreet(pad, route, sleutel, wereld)
        exact = sleutel in BEGELEIDING
        for rol, client in wereld["clients"].items():
            verwacht = PROFIELEN[profiel(sleutel, ns)][rol]
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            verzoeken += 1
            body = response.content.decode(errors="replace")
            if response.status_code not in verwacht.get:
                fouten.append(f"GET {url} als {rol}: {response.status_code}")
            if GEHEIM in body and not verwacht.ziet_geheim:
                fouten.append(f"GET {url} als {rol}: toont de gegevens van Sofie's werking")
            if exact:
                if response.status_code != exacte_get(sleutel, rol):
                    fouten.append(
                        f"GET {url} als {rol}: {response.status_code}, "
                        f"verwacht {exacte_get(sleutel, rol)}"
                    )
                if response.status_code == 302 and not response["Location"].startswith(
                    "/aanmelden/"
                ):
                    fouten.append(f"GET {url} als {rol}: naar {response['Location']}")
                if schrijft(queries):
                    fouten.append(f"GET {url} als {rol} schreef: {schrijft(queries)}")
            if verwacht.post is not None:
                response = client.post(url, POGING)
                verzoeken += 1
                if response.status_code not in verwacht.post:
                    fouten.append(f"POST {url} als {rol}: {response.status_code}")
                if GEHEIM in response.content.decode(errors="replace"):
                    fouten.append(f"POST {url} als {rol}: toont de gegevens van Sofie's werking")
                if (
                    exact
                    and response.status_code == 302
                    and not response["Location"].startswith("/aanmelden/")
                ):
                    fouten.append(f"POST {url} als {rol}: naar {response['Location']}")
            elif verwacht.ziet_geheim and profiel(sleutel, ns) != "publiek":
                # Who may post here must still send the CSRF token.
                if exact and "POST" not in BEGELEIDING[sleutel][1]:
                    continue
                response = zonder_csrf(client).post(url, {})
                verzoeken += 1
                if response.status_code != 403:
                    fouten.append(f"POST {url} als {rol} zonder CSRF-token: {response.status_code}")
    # A one-time link that is unknown (or used) is gone, for everyone.
    for rol, client in wereld["clients"].items():
        response = client.get(reverse("begeleiding:uitnodiging", args=["onbekend-token"]))
        verzoeken += 1
        if response.status_code != 410:
            fouten.append(f"GET een onbekende uitnodiging als {rol}: {response.status_code}")
    # An object of Bert's session under An's own code: 404 for An.
    an = wereld["clients"]["begeleider"]
    for naam in VREEMD:
        url = reverse(naam, args=[wereld["sessie"].code, *wereld["vreemd"][naam].values()])
        methoden = BEGELEIDING[naam][1]
        for methode, verwacht in (
            ("GET", 404 if "GET" in methoden else 405),
            ("POST", 404 if "POST" in methoden else 405),
        ):
            response = an.get(url) if methode == "GET" else an.post(url, POGING)
            verzoeken += 1
            if response.status_code != verwacht:
                fouten.append(f"{methode} {url} (Bert's object) als An: {response.status_code}")
    assert fouten == [], "\n".join(fouten)
    # Nothing any refused POST tried happened.
    assert Sessie.objects.get(pk=wereld["sessie"].pk).status == Sessie.Status.OPEN
    assert not Kenmerk.objects.filter(verborgen=True).exists()
    assert LokaalVoorbeeld.objects.filter(aanvaard=False).count() == 1
    assert User.objects.get(username="eva") in wereld["sessie"].coordinatoren.all()
    # SECURITY.md quotes this figure: patterns x roles, plus the refused POSTs.
    assert verzoeken >= len(alle) * len(ROLLEN)
    with capsys.disabled():
        print(
            f"\ntoegang: {len(alle)} URL-patronen x {len(ROLLEN)} rollen, "
            f"{verzoeken} verzoeken, 0 lekken"
        )


def test_the_sweep_knows_every_role_in_every_profile() -> None:
    for naam, regels in PROFIELEN.items():
        assert sorted(regels) == sorted(ROLLEN), naam


def test_deelname_helper_is_a_real_participant(sofie: Deelname) -> None:
    assert sofie.client.get(sofie.url("stap-1/")).status_code == 200
