"""Combinaties: actors from different bollen brought together in a scenario, with ideas, and
the question "Met welke combinaties ga je straks verder aan de slag?"."""

import pytest

from partnerkaarten.models import Combinatie, Partner

from .conftest import AUTOSAVE, maak_partner, nieuwe_sleutel, tekst

pytestmark = pytest.mark.django_db

TWEE_PARTNERS = "Kies minstens twee partners voor een combinatie."
GRENZEN = "Denk over de grenzen heen: kies partners uit minstens twee verschillende bollen."


@pytest.fixture
def combinatie(sofie, ter_bruggen, boesdaalhoeve) -> Combinatie:
    combinatie = Combinatie.objects.create(
        werking=sofie.werking, titel="Voorlezen over de taalgrens", volgorde=1
    )
    combinatie.partners.set([ter_bruggen, boesdaalhoeve])
    return combinatie


def test_it_asks_for_partners_beyond_the_own_bol_first(sofie, ter_bruggen) -> None:
    body = tekst(sofie.client.get(sofie.url("combinaties/")))
    assert "Nog geen combinaties." in body
    assert "Voeg eerst partners uit andere gemeenten toe aan het bollenschema" in body
    assert "Combinatie maken" not in body


def test_it_offers_the_partners_grouped_per_bol(
    sofie, ter_bruggen, boesdaalhoeve, erfgoedcel
) -> None:
    body = tekst(sofie.client.get(sofie.url("combinaties/")))
    assert "Met welke combinaties ga je straks verder aan de slag?" in body
    # The form to choose partners (the picture above it names them too).
    body = body[body.index('id="kop-nieuwe-combinatie"') :]
    for partner in (ter_bruggen, boesdaalhoeve, erfgoedcel):
        assert f'name="partners" value="{partner.pk}" >' in body
    pajottegem = body.index("<legend>Pajottegem</legend>")
    rode = body.index("<legend>Sint-Genesius-Rode</legend>")
    regio = body.index("<legend>Regio / Vlaanderen</legend>")
    assert pajottegem < body.index("Woonzorgcentrum Ter Bruggen") < rode
    assert rode < body.index("GC De Boesdaalhoeve") < regio


def test_it_creates_a_combination_across_bollen(sofie, ter_bruggen, boesdaalhoeve) -> None:
    response = sofie.client.post(
        sofie.url("combinaties/nieuw/"),
        {
            "titel": "Voorlezen over de taalgrens",
            "partners": [ter_bruggen.pk, boesdaalhoeve.pk],
            "sleutel": nieuwe_sleutel(),
        },
    )
    combinatie = Combinatie.objects.get(werking=sofie.werking)
    assert response.status_code == 302
    assert response["Location"] == sofie.url("combinaties/") + f"#combinatie-{combinatie.pk}"
    assert combinatie.titel == "Voorlezen over de taalgrens"
    assert set(combinatie.partners.all()) == {ter_bruggen, boesdaalhoeve}
    assert combinatie.verder is False
    body = tekst(sofie.client.get(sofie.url("combinaties/")))
    assert "Voorlezen over de taalgrens" in body
    assert "Nog geen combinaties." not in body


def test_it_counts_the_regional_bol_as_another_bol(sofie, ter_bruggen, erfgoedcel) -> None:
    response = sofie.client.post(
        sofie.url("combinaties/nieuw/"), {"partners": [ter_bruggen.pk, erfgoedcel.pk]}
    )
    assert response.status_code == 302
    assert Combinatie.objects.filter(werking=sofie.werking).count() == 1


def test_it_creates_one_combination_when_the_post_is_retried(
    sofie, ter_bruggen, boesdaalhoeve
) -> None:
    data = {"partners": [ter_bruggen.pk, boesdaalhoeve.pk], "sleutel": nieuwe_sleutel()}
    sofie.client.post(sofie.url("combinaties/nieuw/"), data)
    sofie.client.post(sofie.url("combinaties/nieuw/"), data)
    assert Combinatie.objects.count() == 1


@pytest.mark.parametrize("aantal", [0, 1])
def test_it_needs_at_least_two_partners(sofie, ter_bruggen, boesdaalhoeve, aantal: int) -> None:
    gekozen = [ter_bruggen.pk, boesdaalhoeve.pk][:aantal]
    response = sofie.client.post(
        sofie.url("combinaties/nieuw/"), {"titel": "Alleen", "partners": gekozen}
    )
    assert response.status_code == 400
    assert TWEE_PARTNERS in tekst(response)
    assert not Combinatie.objects.exists()


def test_it_needs_partners_from_two_bollen(
    sofie, ter_bruggen, boesdaalhoeve, gemeente, categorie
) -> None:
    academie = maak_partner(
        sofie.werking, "Academie Herne", gemeente("Pajottegem"), categorie("Kunsten")
    )
    response = sofie.client.post(
        sofie.url("combinaties/nieuw/"),
        {"titel": "Thuis blijven", "partners": [ter_bruggen.pk, academie.pk]},
    )
    assert response.status_code == 400
    body = tekst(response)
    assert GRENZEN in body
    # The choice and the title are kept.
    assert 'value="Thuis blijven"' in body
    assert f'name="partners" value="{academie.pk}" checked>' in body
    assert not Combinatie.objects.exists()


def test_it_refuses_partners_of_another_werking(
    sofie, klinker, ter_bruggen, boesdaalhoeve, gemeente, categorie
) -> None:
    vreemd = maak_partner(
        klinker.werking,
        "Jeugddienst Lennik",
        gemeente("Lennik"),
        categorie("Jeugd"),
        cultureel_keuze=True,
    )
    response = sofie.client.post(
        sofie.url("combinaties/nieuw/"), {"partners": [ter_bruggen.pk, vreemd.pk]}
    )
    assert response.status_code == 400
    assert "Kies partners van jullie werking." in tekst(response)
    assert not Combinatie.objects.exists()


def test_it_shows_the_chosen_partners_when_editing(
    sofie, combinatie, ter_bruggen, boesdaalhoeve, erfgoedcel
) -> None:
    # "Partners wijzigen" must start from the current choice, or "Bewaren" loses it.
    response = sofie.client.get(sofie.url(f"combinaties/{combinatie.pk}/"))
    assert response.status_code == 200
    body = tekst(response)
    assert "Partners van Voorlezen over de taalgrens" in body
    assert f'name="partners" value="{ter_bruggen.pk}" checked>' in body
    assert f'name="partners" value="{boesdaalhoeve.pk}" checked>' in body
    assert f'name="partners" value="{erfgoedcel.pk}" >' in body


def test_it_changes_the_partners_of_a_combination(
    sofie, combinatie, ter_bruggen, erfgoedcel
) -> None:
    response = sofie.client.post(
        sofie.url(f"combinaties/{combinatie.pk}/"), {"partners": [ter_bruggen.pk, erfgoedcel.pk]}
    )
    assert response.status_code == 302
    assert response["Location"] == sofie.url("combinaties/") + f"#combinatie-{combinatie.pk}"
    combinatie.refresh_from_db()
    assert set(combinatie.partners.all()) == {ter_bruggen, erfgoedcel}
    assert combinatie.titel == "Voorlezen over de taalgrens"


def test_it_refuses_to_shrink_a_combination_to_one_bol(
    sofie, combinatie, ter_bruggen, boesdaalhoeve
) -> None:
    response = sofie.client.post(
        sofie.url(f"combinaties/{combinatie.pk}/"), {"partners": [ter_bruggen.pk]}
    )
    assert response.status_code == 400
    assert TWEE_PARTNERS in tekst(response)
    assert set(combinatie.partners.all()) == {ter_bruggen, boesdaalhoeve}


@pytest.mark.parametrize(
    ("veld", "waarde"),
    [
        ("titel", "Verhalen uit het woonzorgcentrum"),
        ("ideeen", "Bewoners vertellen, kinderen tekenen.\nTentoonstelling in de bib."),
    ],
)
def test_it_saves_titel_and_ideeen_with_autosave(sofie, combinatie, veld, waarde) -> None:
    basis = getattr(combinatie, veld)
    response = sofie.client.post(
        sofie.url(f"bewaar/combinatie/{combinatie.pk}/{veld}/"),
        {"waarde": waarde, "basis": basis},
        **AUTOSAVE,
    )
    assert response.status_code == 200
    assert response.json() == {"status": "opgeslagen", "waarde": waarde, "fout": ""}
    combinatie.refresh_from_db()
    assert getattr(combinatie, veld) == waarde


def test_it_refuses_an_over_long_title_with_autosave(sofie, combinatie) -> None:
    response = sofie.client.post(
        sofie.url(f"bewaar/combinatie/{combinatie.pk}/titel/"),
        {"waarde": "T" * 151, "basis": combinatie.titel},
        **AUTOSAVE,
    )
    assert response.status_code == 400
    assert response.json()["status"] == "ongeldig"
    combinatie.refresh_from_db()
    assert combinatie.titel == "Voorlezen over de taalgrens"


def test_it_marks_a_combination_to_pursue_and_unmarks_it(sofie, combinatie) -> None:
    response = sofie.client.post(
        sofie.url(f"combinaties/{combinatie.pk}/verder/"), {"verder": "ja"}
    )
    assert response["Location"] == sofie.url("combinaties/") + f"#combinatie-{combinatie.pk}"
    combinatie.refresh_from_db()
    assert combinatie.verder is True
    assert "Hiermee gaan we verder aan de slag." in tekst(
        sofie.client.get(sofie.url("combinaties/"))
    )

    sofie.client.post(sofie.url(f"combinaties/{combinatie.pk}/verder/"), {"verder": "nee"})
    combinatie.refresh_from_db()
    assert combinatie.verder is False


def test_it_removes_a_combination_after_confirmation(sofie, combinatie) -> None:
    vraag = sofie.client.get(sofie.url(f"combinaties/{combinatie.pk}/verwijder/"))
    assert vraag.status_code == 200
    assert "Voorlezen over de taalgrens verwijderen?" in tekst(vraag)
    assert Combinatie.objects.filter(pk=combinatie.pk).exists()

    response = sofie.client.post(sofie.url(f"combinaties/{combinatie.pk}/verwijder/"))
    assert response["Location"] == sofie.url("combinaties/")
    assert not Combinatie.objects.filter(pk=combinatie.pk).exists()
    assert Partner.objects.filter(werking=sofie.werking).count() == 2
    assert "De combinatie is verwijderd." in tekst(sofie.client.get(response["Location"]))


def test_it_draws_the_bollen_names_over_the_combinations_lines(sofie, combinatie) -> None:
    """A combination's line crosses bollen on its way: their names are drawn after it."""
    html = tekst(sofie.client.get(sofie.url("combinaties/")))
    begin = html.index('<g class="verbindingen">')
    svg = html[html.rindex("<svg", 0, begin) : html.index("</svg>", begin)]
    laatste_lijn = svg.rindex("<line ")
    for naam in ("EIGEN WERKING", "Pajottegem", "Sint-Genesius-Rode"):
        assert svg.index(f">{naam}</text>") > laatste_lijn, naam
