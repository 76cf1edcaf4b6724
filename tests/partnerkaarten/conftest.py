"""Shared helpers for STAP 3: categories by name, partners and cards of a werking, and a
snapshot of every STAP 3 row to prove that a refused request changed nothing."""

import html
import re
import uuid
from collections.abc import Callable

import pytest

from inspiratie.models import Categorie
from partnerkaarten.models import Bol, Combinatie, Idee, Partner, Partnerkaart
from partnerkaarten.services import bewaar_partner
from werking.models import Gemeente, Kenmerk, Werking

HTMX = {"HTTP_HX_REQUEST": "true"}
AUTOSAVE = {"HTTP_X_AUTOSAVE": "1"}


@pytest.fixture
def categorie(referentiedata) -> Callable[[str], Categorie]:
    def vind(naam: str) -> Categorie:
        return Categorie.kit.get(naam=naam)

    return vind


def maak_partner(
    werking: Werking,
    naam: str,
    gemeente: Gemeente | None,
    categorie: Categorie | None,
    **extra,
) -> Partner:
    """A partner as the app stores it: through the service, so its bol exists too."""
    gegevens = {
        "naam": naam,
        "gemeente": gemeente,
        "categorie": categorie,
        "sector": extra.pop("sector", ""),
        "cultureel_keuze": extra.pop("cultureel_keuze", None),
        "bovenlokaal_keuze": extra.pop("bovenlokaal_keuze", None),
        "grensverleggend_keuze": extra.pop("grensverleggend_keuze", None),
    }
    partner = bewaar_partner(werking, gegevens)
    if extra:
        for veld, waarde in extra.items():
            setattr(partner, veld, waarde)
        partner.save()
    return partner


def maak_kaart(
    werking: Werking, kenmerk: Kenmerk, bovenlokaal: bool = False, volgorde: int = 0
) -> Partnerkaart:
    return Partnerkaart.objects.create(
        werking=werking, kenmerk=kenmerk, bovenlokaal=bovenlokaal, volgorde=volgorde
    )


def partner_post(**velden: object) -> dict[str, object]:
    """The fields of the partner form as a browser posts them; 'automatisch' is ''."""
    data: dict[str, object] = {
        "naam": "Woonzorgcentrum Ter Bruggen",
        "gemeente": "Galmaarden",
        "categorie": "",
        "cultureel": "",
        "sector": "ouderenzorg",
        "bovenlokaal": "",
        "grensverleggend": "",
    }
    data.update(velden)
    return data


def nieuwe_sleutel() -> str:
    return str(uuid.uuid4())


def tekst(response) -> str:
    """The body with entities decoded, so messages with quotes can be compared as written."""
    return html.unescape(response.content.decode())


def zonder_tags(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def momentopname() -> dict[str, list]:
    """Every STAP 3 row with its values and links: equal before and after means no change."""
    return {
        "partners": list(Partner.objects.order_by("pk").values()),
        "kaarten": list(Partnerkaart.objects.order_by("pk").values()),
        "kaart_partners": list(
            Partnerkaart.partners.through.objects.order_by("pk").values_list(
                "partnerkaart_id", "partner_id"
            )
        ),
        "ideeen": list(Idee.objects.order_by("pk").values()),
        "bollen": list(Bol.objects.order_by("pk").values()),
        "combinaties": list(Combinatie.objects.order_by("pk").values()),
        "combinatie_partners": list(
            Combinatie.partners.through.objects.order_by("pk").values_list(
                "combinatie_id", "partner_id"
            )
        ),
    }


@pytest.fixture
def beperking(kenmerken) -> Kenmerk:
    """'We bereiken weinig jongeren tussen 14 en 20.'"""
    return kenmerken[2]


@pytest.fixture
def sterkte(kenmerken) -> Kenmerk:
    """'We hebben een grote, goed uitgeruste leeszaal.'"""
    return kenmerken[0]


@pytest.fixture
def kaart(sofie, beperking) -> Partnerkaart:
    return maak_kaart(sofie.werking, beperking, volgorde=1)


@pytest.fixture
def bovenlokale_kaart(sofie, kenmerken) -> Partnerkaart:
    return maak_kaart(sofie.werking, kenmerken[3], bovenlokaal=True, volgorde=2)


@pytest.fixture
def ter_bruggen(sofie, gemeente, categorie) -> Partner:
    """A non-cultural actor in the library's own gemeente."""
    return maak_partner(
        sofie.werking,
        "Woonzorgcentrum Ter Bruggen",
        gemeente("Pajottegem"),
        categorie("Welzijn"),
        sector="ouderenzorg",
    )


@pytest.fixture
def boesdaalhoeve(sofie, gemeente, categorie) -> Partner:
    """A cultural actor in another gemeente."""
    return maak_partner(
        sofie.werking,
        "GC De Boesdaalhoeve",
        gemeente("Sint-Genesius-Rode"),
        categorie("Lokaal cultuurbeleid"),
        sector="gemeenschapscentrum",
    )


@pytest.fixture
def erfgoedcel(sofie, categorie) -> Partner:
    """A regional actor: no gemeente, bol 'Regio / Vlaanderen'."""
    return maak_partner(
        sofie.werking, "Erfgoedcel Pajottenland-Zennevallei", None, categorie("Erfgoed")
    )
