"""Every participant URL that names an object is in an access sweep (404 for other
werkingen and sessions). A new URL fails here until its access test exists."""

from django.urls import URLPattern, URLResolver, get_resolver

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
