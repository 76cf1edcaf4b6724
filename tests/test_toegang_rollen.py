"""The access sweep: every URL pattern x every role, GET (and a POST for the roles that must be
refused). Nobody reaches another werking's, session's or facilitator's data.

To add a URL: give its name a profile in VERWACHT (or its namespace one in NAAMRUIMTEN);
a URL without an expectation fails `test_every_url_pattern_has_an_expectation`. Ids in the URL
are filled in from WAARDEN (by the name of the URL kwarg) or PER_URL (by URL name), always
pointing at Sofie's werking in An's session. A new role: add it to ROLLEN and to every
profile in PROFIELEN."""

import re
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern

from partnerkaarten.models import Bol, Combinatie, Idee, Partner
from partnerkaarten.services import nieuwe_partnerkaart
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
    "beheerder",  # a superuser
]
DEELNEMERS = {"deelnemer", "andere_werking", "andere_sessie"}
AANGEMELD = {"begeleider", "coordinator", "andere_begeleider", "beheerder"}


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
    # A one-time link: an unknown or used one is gone (410) for everyone.
    "eenmalig": {rol: regel({200, 302, 410}) for rol in ROLLEN},
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
    | {"anoniem": regel({302, 405}, post={302, 403})}
    | {
        "begeleider": regel({200, 405}, ziet_geheim=True),
        "coordinator": regel({200, 405}, ziet_geheim=True),
        # 405 for a page that only reads: refused before anything is looked up.
        "andere_begeleider": regel({404, 405}, post={404, 405}),
        "beheerder": regel({404, 405}, post={404, 405}),
    },
    # A facilitator page that changes An's session: An only, her coordinator reads elsewhere.
    "begeleider_eigenaar": {rol: regel({302, 405}, post={302, 403}) for rol in DEELNEMERS}
    | {"anoniem": regel({302, 405}, post={302, 403})}
    | {
        "begeleider": regel({200, 405}, ziet_geheim=True),
        "coordinator": regel({404, 405}, post={404}),
        "andere_begeleider": regel({404, 405}, post={404}),
        "beheerder": regel({404, 405}, post={404}),
    },
    # A facilitator page about their own things (overview, new session, password).
    "begeleider": {rol: regel({302}) for rol in ROLLEN}
    | {rol: regel({200, 302, 405}) for rol in AANGEMELD}
    # A coordinator's account has no facilitator rights: making a session is refused.
    | {"coordinator": regel({200, 302, 403, 405})},
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


@pytest.fixture
def wereld(sofie, klinker, kempen, begeleider, andere_begeleider, gemeente) -> dict:
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
    sofie.sessie.coordinatoren.add(coordinator)
    beheerder = User.objects.create_superuser("root", password="workshop-2026!")

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
            "beheerder": aangemeld(beheerder),
        },
        "waarden": {
            "code": sofie.sessie.code,
            "pk": None,
            "partner_pk": partner.pk,
            "idee_pk": idee.pk,
            "token": "onbekend-token",
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
    }


def concreet(pad: str, route: bool, sleutel: str, wereld: dict) -> str:
    waarden = wereld["waarden"] | {"pk": wereld["kaart"]} | wereld["per_url"].get(sleutel, {})
    if route:
        return "/" + re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(waarden[m.group(1)]), pad)
    pad = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: str(waarden[m.group(1)]), pad)
    return "/" + pad.replace("^", "").replace("$", "").replace("\\", "")


def test_no_role_reaches_what_is_not_theirs(wereld, capsys) -> None:
    fouten, verzoeken = [], 0
    for pad, route, sleutel, ns in routes(get_resolver()):
        url = concreet(pad, route, sleutel, wereld)
        for rol, client in wereld["clients"].items():
            verwacht = PROFIELEN[profiel(sleutel, ns)][rol]
            response = client.get(url)
            verzoeken += 1
            body = response.content.decode(errors="replace")
            if response.status_code not in verwacht.get:
                fouten.append(f"GET {url} als {rol}: {response.status_code}")
            if GEHEIM in body and not verwacht.ziet_geheim:
                fouten.append(f"GET {url} als {rol}: toont de gegevens van Sofie's werking")
            if verwacht.post is not None:
                response = client.post(url, {})
                verzoeken += 1
                if response.status_code not in verwacht.post:
                    fouten.append(f"POST {url} als {rol}: {response.status_code}")
                if GEHEIM in response.content.decode(errors="replace"):
                    fouten.append(f"POST {url} als {rol}: toont de gegevens van Sofie's werking")
    assert fouten == [], "\n".join(fouten)
    # SECURITY.md quotes this figure: patterns x roles, plus the refused POSTs.
    assert verzoeken >= len(routes(get_resolver())) * len(ROLLEN)
    with capsys.disabled():
        print(
            f"\ntoegang: {len(routes(get_resolver()))} URL-patronen x {len(ROLLEN)} rollen, "
            f"{verzoeken} verzoeken, 0 lekken"
        )


def test_the_sweep_knows_every_role_in_every_profile() -> None:
    for naam, regels in PROFIELEN.items():
        assert sorted(regels) == sorted(ROLLEN), naam


def test_deelname_helper_is_a_real_participant(sofie: Deelname) -> None:
    assert sofie.client.get(sofie.url("stap-1/")).status_code == 200
