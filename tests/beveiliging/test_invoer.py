"""Hostile input never answers 500: a bare word as `terug`, NUL bytes, bad integers, another
charset. Each case was a 500 before (see SECURITY.md)."""

import json

import pytest
from django.urls import reverse

from partnerkaarten.models import Combinatie, Partner
from sessies.models import Sessie

pytestmark = pytest.mark.django_db


@pytest.fixture
def partners(sofie, gemeente) -> list[Partner]:
    return [
        Partner.objects.create(
            werking=sofie.werking, naam=naam, gemeente=gemeente(g), volgorde=i, cultureel_keuze=True
        )
        for i, (naam, g) in enumerate(
            [("GC De Boesdaalhoeve", "Pajottegem"), ("Jeugdhuis De Klinker", "Lennik")], start=1
        )
    ]


@pytest.fixture
def combinatie(sofie, partners) -> Combinatie:
    combinatie = Combinatie.objects.create(werking=sofie.werking, titel="Samen", volgorde=1)
    combinatie.partners.set(partners)
    return combinatie


@pytest.mark.parametrize(
    "terug", ["x", "stap1", "//evil.example/", "/\\evil.example", "https://evil.example/"]
)
def test_it_ignores_a_terug_that_is_not_a_local_path(sofie, partners, terug) -> None:
    code = sofie.sessie.code
    p = partners[0]
    autosave = sofie.client.post(
        f"/doe-mee/{code}/bewaar/werking/{sofie.werking.pk}/naam/",
        {"waarde": "Bib Pajottegem", "basis": sofie.werking.naam, "terug": terug},
    )
    assert autosave.status_code == 302
    assert autosave["Location"] == f"/doe-mee/{code}/stap-1/"
    weg = sofie.client.post(sofie.url(f"partners/{p.pk}/verwijder/"), {"terug": terug})
    assert weg.status_code == 302 and weg["Location"] == f"/doe-mee/{code}/bollen/"
    terug_na_herstel = sofie.client.post(sofie.url(f"herstel/partner/{p.pk}/"), {"terug": terug})
    assert terug_na_herstel["Location"] == f"/doe-mee/{code}/stap-3/"
    bewerk = sofie.client.get(sofie.url(f"partners/{p.pk}/"), {"terug": terug})
    assert bewerk.status_code == 200


def test_it_ignores_a_bare_word_terug_when_a_closed_session_refuses_a_change(sofie) -> None:
    Sessie.objects.filter(pk=sofie.sessie.pk).update(status=Sessie.Status.GESLOTEN)
    response = sofie.client.post(sofie.url("stap-2/nieuw/"), {"soort": "sterkte", "terug": "x"})
    assert response.status_code == 302
    assert response["Location"] == sofie.url("stap-1/")


def test_it_keeps_a_terug_that_is_a_local_path(sofie, partners) -> None:
    terug = sofie.url("netwerk/") + "#netwerk-lijst"
    response = sofie.client.post(
        sofie.url(f"partners/{partners[0].pk}/verwijder/"), {"terug": terug}
    )
    assert response["Location"] == terug


@pytest.mark.parametrize(
    "pad", ["/doe-mee/%00ABCDE/", "/sessies/%00ABCDE/", "/doe-mee/ABC%00DE/stap-1/", "/verder/%00/"]
)
def test_it_answers_400_for_a_nul_byte_in_the_address(client, begeleider, pad) -> None:
    client.force_login(begeleider)
    response = client.get(pad)
    assert response.status_code == 400
    assert "nulteken" in response.content.decode()


def test_it_answers_400_for_a_nul_byte_in_a_query_or_form(sofie) -> None:
    assert sofie.client.get("/gemeenten/", {"gemeente": "Gen\x00t"}).status_code == 400
    response = sofie.client.post(
        sofie.url("stap-2/nieuw/"), {"soort": "sterkte", "tekst": "a\x00b"}
    )
    assert response.status_code == 400


def test_it_answers_the_autosave_in_json_for_a_nul_byte_in_basis(sofie) -> None:
    response = sofie.client.post(
        f"/doe-mee/{sofie.sessie.code}/bewaar/werking/{sofie.werking.pk}/doel/",
        {"waarde": "Lezen", "basis": "\x00"},
        HTTP_X_AUTOSAVE="1",
    )
    assert response.status_code == 400
    assert json.loads(response.content)["status"] == "ongeldig"


@pytest.mark.parametrize("basis", ["²", "1,²,3", "9" * 5000, "-1", str(2**63), ",,", "١٢"])
def test_it_ignores_bad_integers_in_a_combinations_starting_partners(
    sofie, partners, combinatie, basis
) -> None:
    response = sofie.client.post(
        sofie.url(f"combinaties/{combinatie.pk}/"),
        {"titel": "Samen", "partners": [p.pk for p in partners], "partners__basis": basis},
    )
    assert response.status_code == 302


@pytest.mark.parametrize("waarde", ["²", "9" * 5000, str(2**63), str(2**64), "-1", "1e3"])
def test_it_answers_400_for_bad_integers_in_a_form(sofie, partners, combinatie, waarde) -> None:
    kaart_pad = sofie.url("stap-3/")
    sofie.client.post(kaart_pad + "nieuw/", {})
    response = sofie.client.post(
        sofie.url(f"combinaties/{combinatie.pk}/"),
        {"titel": "Samen", "partners": [partners[0].pk, waarde]},
    )
    assert response.status_code == 400
    response = sofie.client.post(
        sofie.url("stap-2/nieuw/"), {"soort": "sterkte", "sleutel": waarde}
    )
    assert response.status_code in (200, 302, 400)


@pytest.mark.parametrize("getal", [2**63, 2**64, 10**30])
def test_it_answers_404_for_ids_beyond_64_bits(sofie, getal) -> None:
    for pad in (f"partners/{getal}/", f"stap-3/{getal}/", f"combinaties/{getal}/"):
        assert sofie.client.get(sofie.url(pad)).status_code == 404
        assert sofie.client.post(sofie.url(pad), {}).status_code == 404
    response = sofie.client.post(
        f"/doe-mee/{sofie.sessie.code}/bewaar/partner/{getal}/naam/",
        {"waarde": "x", "basis": ""},
        HTTP_X_AUTOSAVE="1",
    )
    assert response.status_code == 404


def test_it_answers_400_for_a_partner_id_beyond_64_bits_in_a_form(sofie, partners) -> None:
    from partnerkaarten.services import nieuwe_partnerkaart
    from werking.models import Kenmerk

    kenmerk = Kenmerk.objects.create(werking=sofie.werking, soort="sterkte", tekst="Leeszaal")
    kaart = nieuwe_partnerkaart(sofie.werking, kenmerk, False)
    response = sofie.client.post(
        sofie.url(f"stap-3/{kaart.pk}/bestaande-partner/"), {"partner": str(2**63)}
    )
    assert response.status_code == 400


@pytest.mark.parametrize("charset", ["latin-1", "iso-8859-1", "utf-16", "x-onbekend"])
def test_it_answers_a_dutch_400_for_a_form_in_another_charset(sofie, charset) -> None:
    # generic(): the bytes go as they are (post() would re-encode them).
    response = sofie.client.generic(
        "POST",
        sofie.url("stap-1/"),
        data="naam=Caf\xe9".encode("latin-1"),
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "tekenset" in body
    assert '<html lang="nl-BE">' in body


def test_it_answers_invalid_utf8_with_a_dutch_400(sofie) -> None:
    response = sofie.client.generic(
        "POST",
        sofie.url("stap-1/"),
        data=b"naam=Caf\xe9",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 302, 400)


def test_its_400_handler_never_reads_the_body(client, db, settings) -> None:
    # Too many fields: Django refuses the body and calls handler400, which must not read it.
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 5
    response = client.post(
        reverse("login"),
        data="&".join(f"v{i}=x" for i in range(20)),
        content_type="application/x-www-form-urlencoded; charset=latin-1",
    )
    assert response.status_code == 400
    response = client.post(
        reverse("login"),
        data="&".join(f"v{i}=x" for i in range(20)),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    assert "Dit kunnen we niet lezen" in response.content.decode()
