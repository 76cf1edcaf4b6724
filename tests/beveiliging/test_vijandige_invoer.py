"""Property-based: hostile values through every form and autosave endpoint never give a 500,
and whatever is shown back is escaped. Bounded (25 examples per family, each example sent to
every endpoint of the family) so the suite stays fast; runs on SQLite and PostgreSQL.

The values: script tags, event attributes, NUL and control characters, right-to-left marks,
emoji, 100 KB strings, invalid integers; parameters missing, duplicated or extra; forms in
other charsets."""

from collections import Counter
from dataclasses import dataclass

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerkaarten.models import Combinatie, Idee
from partnerkaarten.services import bewaar_partner, nieuwe_partnerkaart
from werking.models import Kenmerk

pytestmark = pytest.mark.django_db

UITVOERBAAR = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg onload=alert(1)>",
    "' onmouseover='alert(1)' x='",
    "</textarea><script>alert(1)</script>",
]
VIJANDIG = st.one_of(
    st.sampled_from(
        [
            *UITVOERBAAR,
            "\x00",
            "a\x00b",
            "\u202egnp.exe",
            "\u200f\u200e\u2067",
            "😀👩‍👩‍👧‍👦",
            "\r\n\t\x0b\x0c\x1b[31m\x7f",
            "x" * 100_000,
            "²",
            "١٢٣",
            "9" * 5000,
            str(2**63),
            str(-(2**63) - 1),
            "-1",
            "0",
            "1e309",
            "NaN",
            "",
            " ",
            "%00",
            "../../etc/passwd",
            "{{ 7|add:7 }}",
            "javascript:alert(1)",
            "//evil.example/",
            "x",
            "ja",
            "nee",
            "sterkte",
            "op",
        ]
    ),
    st.text(max_size=40),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)
# A field is missing, sent once, or sent twice.
VELDWAARDE = st.one_of(st.none(), VIJANDIG, st.lists(VIJANDIG, min_size=2, max_size=2))
BEGRENSD = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

PARTNER = ["naam", "gemeente", "categorie", "cultureel", "sector", "bovenlokaal", "grensverleggend"]
BASIS = [f"{v}__basis" for v in PARTNER]


@dataclass(frozen=True)
class Eindpunt:
    pad: str
    velden: tuple[str, ...]
    methode: str = "post"
    kop: tuple[tuple[str, str], ...] = ()


D = "/doe-mee/{code}/"
B = D + "bewaar/"
FAMILIES: dict[str, list[Eindpunt]] = {
    "autosave": [
        Eindpunt(B + f"{soort}/{{{soort}}}/{veld}/", ("waarde", "basis", "terug"), kop=kop)
        for soort, veld in [
            ("werking", "naam"),
            ("werking", "doel"),
            ("kenmerk", "tekst"),
            ("partner", "naam"),
            ("partner", "sector"),
            ("idee", "tekst"),
            ("combinatie", "titel"),
            ("combinatie", "ideeen"),
        ]
        for kop in ((("HTTP_X_AUTOSAVE", "1"),), ())
    ],
    "stap1_2": [
        Eindpunt(
            D + "stap-1/",
            ("naam", "doel", "voor_wie", "dagelijkse_werking", "naam__basis", "doel__basis"),
        ),
        Eindpunt(D + "stap-2/nieuw/", ("soort", "tekst", "sleutel")),
        Eindpunt(
            D + "stap-2/nieuw/", ("soort", "tekst", "sleutel"), kop=(("HTTP_HX_REQUEST", "true"),)
        ),
        Eindpunt(D + "stap-2/{kenmerk}/verplaats/", ("richting",)),
        Eindpunt(D + "stap-2/{kenmerk}/verwijder/", ("bevestigd",)),
        Eindpunt(D + "stap-2/{kenmerk}/herstel/", ()),
    ],
    "stap3": [
        Eindpunt(D + "stap-3/nieuw/", ("kenmerk", "bovenlokaal", "sleutel")),
        Eindpunt(D + "stap-3/{kaart}/partner/", tuple(PARTNER)),
        Eindpunt(D + "stap-3/{kaart}/bestaande-partner/", ("partner",)),
        Eindpunt(D + "stap-3/{kaart}/idee/", ("tekst", "sleutel")),
        Eindpunt(
            D + "stap-3/{kaart}/idee/", ("tekst", "sleutel"), kop=(("HTTP_HX_REQUEST", "true"),)
        ),
    ],
    "partners": [
        Eindpunt(D + "partners/{partner}/", (*PARTNER, *BASIS, "terug")),
        Eindpunt(D + "bollen/actor/", tuple(PARTNER)),
        Eindpunt(D + "bollen/nieuw/", ("gemeente",)),
        Eindpunt(D + "herstel/partner/{partner}/", ("terug",)),
        Eindpunt(D + "bollen/", ("gemeente",), methode="get"),
        Eindpunt(D + "partners/{partner}/", ("terug",), methode="get"),
    ],
    "combinaties": [
        Eindpunt(D + "combinaties/nieuw/", ("titel", "partners", "sleutel")),
        Eindpunt(D + "combinaties/{combinatie}/", ("titel", "partners", "partners__basis")),
        Eindpunt(D + "combinaties/{combinatie}/verder/", ("verder",)),
        Eindpunt(
            D + "netwerk/{partner}/",
            ("behouden", "bovenlokaal", "grensverleggend", "vinkjes", *BASIS[-2:]),
        ),
    ],
    "meedoen": [
        Eindpunt(D, ("naam", "werking", "nieuwe_werking", "gemeente")),
        Eindpunt("/doe-mee/", ("code",), methode="get"),
        Eindpunt("/gemeenten/", ("gemeente", "q"), methode="get"),
        Eindpunt("/verder/", ("token", "wissel")),
    ],
    "begeleider": [
        Eindpunt("/sessies/nieuw/", ("titel", "datum", "plaats")),
        Eindpunt("/sessies/{code}/status/", ("status",)),
        Eindpunt("/wachtwoord/", ("old_password", "new_password1", "new_password2")),
        Eindpunt("/aanmelden/", ("username", "password", "next")),
    ],
}
TELLING: Counter = Counter()


@pytest.fixture
def wereld(sofie, begeleider, gemeente) -> dict:
    werking = sofie.werking
    kenmerk = Kenmerk.objects.create(werking=werking, soort="sterkte", tekst="Leeszaal", volgorde=1)
    kaart = nieuwe_partnerkaart(werking, kenmerk, False)
    partner = bewaar_partner(
        werking, {"naam": "GC De Boesdaalhoeve", "gemeente": gemeente("Pajottegem")}
    )
    ander = bewaar_partner(werking, {"naam": "De Klinker", "gemeente": gemeente("Lennik")})
    combinatie = Combinatie.objects.create(werking=werking, titel="Samen", volgorde=1)
    combinatie.partners.set([partner, ander])
    idee = Idee.objects.create(partnerkaart=kaart, tekst="Voorlezen", volgorde=1)
    begeleider_browser = Client()
    begeleider_browser.force_login(begeleider)
    return {
        "ids": {
            "code": sofie.sessie.code,
            "werking": werking.pk,
            "kenmerk": kenmerk.pk,
            "kaart": kaart.pk,
            "partner": partner.pk,
            "combinatie": combinatie.pk,
            "idee": idee.pk,
        },
        "deelnemer": sofie.client,
        "begeleider": begeleider_browser,
    }


def stuur(wereld: dict, eindpunt: Eindpunt, waarden: list) -> None:
    data = {veld: w for veld, w in zip(eindpunt.velden, waarden, strict=False) if w is not None}
    browser = wereld["begeleider"] if eindpunt.pad.startswith(("/sessies", "/wacht")) else None
    browser = browser or wereld["deelnemer"]
    pad = eindpunt.pad.format(**wereld["ids"])
    response = getattr(browser, eindpunt.methode)(pad, data, **dict(eindpunt.kop))
    TELLING["verzoeken"] += 1
    TELLING[response.status_code] += 1
    # The test client raises on an exception in a view; a 500 that was rendered still counts.
    assert response.status_code < 500 or response.status_code == 503, (pad, data)
    if "text/html" in response.get("Content-Type", ""):
        body = response.content.decode()
        geplaatst = [w for v in data.values() for w in (v if isinstance(v, list) else [v])]
        for waarde in geplaatst:
            if waarde in UITVOERBAAR:
                assert waarde not in body, f"{pad}: {waarde!r} shown unescaped"


def familietest(naam: str):
    eindpunten = FAMILIES[naam]
    breedste = max(len(e.velden) for e in eindpunten)

    @BEGRENSD
    @given(waarden=st.lists(VELDWAARDE, min_size=breedste, max_size=breedste))
    def test(wereld, waarden) -> None:
        for eindpunt in eindpunten:
            stuur(wereld, eindpunt, waarden)

    test.__name__ = f"test_it_survives_hostile_values_on_{naam}"
    return test


for _naam in FAMILIES:
    globals()[f"test_it_survives_hostile_values_on_{_naam}"] = familietest(_naam)


ALLE = [e for eindpunten in FAMILIES.values() for e in eindpunten if e.methode == "post"]


@BEGRENSD
@given(
    eindpunt=st.sampled_from(ALLE),
    charset=st.sampled_from(["latin-1", "utf-16", "koi8-r", "x-bestaat-niet", "utf-8"]),
    tekst=st.text(max_size=200),
)
def test_it_answers_forms_in_odd_charsets_without_a_500(wereld, eindpunt, charset, tekst) -> None:
    velden = eindpunt.velden or ("x",)
    inhoud = "&".join(f"{veld}={tekst}" for veld in velden)
    try:
        ruw = inhoud.encode(charset)
    except (LookupError, UnicodeEncodeError):
        ruw = inhoud.encode("utf-8", "surrogatepass")
    browser = wereld["begeleider"] if eindpunt.pad.startswith(("/sessies", "/wacht")) else None
    browser = browser or wereld["deelnemer"]
    response = browser.generic(
        "POST",
        eindpunt.pad.format(**wereld["ids"]),
        data=ruw,
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
        **dict(eindpunt.kop),
    )
    TELLING["verzoeken"] += 1
    assert response.status_code < 500
    if charset != "utf-8":
        assert response.status_code == 400


def test_it_reports_the_figures(capsys) -> None:
    # Run with -s to see how many hostile requests this run sent (SECURITY.md).
    with capsys.disabled():
        print(f"\nvijandige invoer: {dict(TELLING)}")
