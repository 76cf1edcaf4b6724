"""What participants type is shown as text everywhere in STAP 3, never run as HTML."""

import pytest

from partnerkaarten.models import Combinatie, Idee

from .conftest import HTMX, maak_kaart, maak_partner

pytestmark = pytest.mark.django_db

AANVAL = '<script>alert("gekaapt")</script>'
ONSCHADELIJK = "&lt;script&gt;alert(&quot;gekaapt&quot;)&lt;/script&gt;"


@pytest.fixture
def kwaadaardig(sofie, gemeente, categorie, kenmerken):
    kenmerk = kenmerken[0]
    kenmerk.tekst = f"Een podium {AANVAL}"
    kenmerk.save()
    kaart = maak_kaart(sofie.werking, kenmerk)
    partner = maak_partner(
        sofie.werking,
        f"Jeugdhuis {AANVAL}",
        gemeente("Pajottegem"),
        categorie("Sport"),
        behouden=True,
    )
    ander = maak_partner(sofie.werking, f"Buren {AANVAL}", gemeente("Lennik"), categorie("Kunsten"))
    kaart.partners.add(partner)
    Idee.objects.create(partnerkaart=kaart, tekst=f"Een idee {AANVAL}")
    combinatie = Combinatie.objects.create(
        werking=sofie.werking, titel=f"Scenario {AANVAL}", ideeen=f"Ideeën {AANVAL}"
    )
    combinatie.partners.set([partner, ander])
    return {"kaart": kaart, "partner": partner, "combinatie": combinatie}


@pytest.mark.parametrize(
    "pad",
    [
        "stap-3/",
        "stap-3/{kaart.pk}/",
        "stap-3/{kaart.pk}/verwijder/",
        "bollen/",
        "combinaties/",
        "combinaties/{combinatie.pk}/",
        "combinaties/{combinatie.pk}/verwijder/",
        "netwerk/",
        "partners/{partner.pk}/",
        "partners/{partner.pk}/verwijder/",
    ],
)
def test_it_escapes_names_ideas_and_titles(sofie, kwaadaardig, pad: str) -> None:
    response = sofie.client.get(sofie.url(pad.format(**kwaadaardig)))
    assert response.status_code == 200
    body = response.content.decode()
    assert AANVAL not in body
    assert ONSCHADELIJK in body


def test_it_escapes_the_ideas_partial(sofie, kwaadaardig) -> None:
    kaart = kwaadaardig["kaart"]
    response = sofie.client.post(
        sofie.url(f"stap-3/{kaart.pk}/idee/"), {"tekst": f"Nog een {AANVAL}"}, **HTMX
    )
    body = response.content.decode()
    assert AANVAL not in body
    assert f"Nog een {ONSCHADELIJK}" in body


def test_it_escapes_the_network_partial(sofie, kwaadaardig) -> None:
    partner = kwaadaardig["partner"]
    response = sofie.client.post(sofie.url(f"netwerk/{partner.pk}/"), {"behouden": "ja"}, **HTMX)
    body = response.content.decode()
    assert AANVAL not in body
    assert ONSCHADELIJK in body


def test_it_escapes_a_typed_name_shown_back_with_an_error(sofie, kwaadaardig) -> None:
    kaart = kwaadaardig["kaart"]
    response = sofie.client.post(
        sofie.url(f"stap-3/{kaart.pk}/partner/"),
        {"naam": AANVAL, "gemeente": "Atlantis", "categorie": "", "cultureel": "ja"},
    )
    assert response.status_code == 400
    assert AANVAL not in response.content.decode()
