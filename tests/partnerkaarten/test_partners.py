"""Partners: the kit's defaults (bovenlokaal, cultureel, grensverleggend) and the participant's
own choices, through the model and through the partner forms of the views."""

import re

import pytest

from partnerkaarten.models import Bol, Partner, Partnerkaart

from .conftest import maak_partner, partner_post, tekst

pytestmark = pytest.mark.django_db

KIES_SOORT = "Kies of dit een culturele of een niet-culturele actor is"


def gekozen_radio(body: str, naam: str) -> str:
    """The value of the checked radio button `naam` in a rendered partner form."""
    treffers = re.findall(
        rf'<input type="radio" name="{naam}" value="([^"]*)"[^>]*\bchecked\b', body
    )
    assert len(treffers) == 1, treffers
    return treffers[0]


# --- Defaults on the model ---------------------------------------------------------------


def test_it_calls_a_partner_in_another_gemeente_bovenlokaal(sofie, gemeente, categorie) -> None:
    partner = maak_partner(
        sofie.werking, "GC De Boesdaalhoeve", gemeente("Sint-Genesius-Rode"), categorie("Kunsten")
    )
    assert partner.bovenlokaal_keuze is None
    assert partner.bovenlokaal is True


def test_it_calls_a_partner_in_the_own_gemeente_local(sofie, gemeente, categorie) -> None:
    partner = maak_partner(
        sofie.werking, "Woonzorgcentrum Ter Bruggen", gemeente("Pajottegem"), categorie("Welzijn")
    )
    assert partner.bovenlokaal is False


def test_it_calls_a_regional_partner_bovenlokaal(sofie, categorie) -> None:
    partner = maak_partner(sofie.werking, "Erfgoedcel Pajottenland", None, categorie("Erfgoed"))
    assert partner.bovenlokaal is True


@pytest.mark.parametrize(
    ("categorie_naam", "cultureel", "grensverleggend"),
    [("Kunsten", True, False), ("Erfgoed", True, False), ("Welzijn", False, True)],
)
def test_it_follows_the_categorie_for_cultureel_and_grensverleggend(
    sofie, gemeente, categorie, categorie_naam: str, cultureel: bool, grensverleggend: bool
) -> None:
    partner = maak_partner(
        sofie.werking, "Een actor", gemeente("Pajottegem"), categorie(categorie_naam)
    )
    assert partner.cultureel is cultureel
    assert partner.grensverleggend is grensverleggend


def test_it_lets_an_explicit_choice_win_over_every_default(sofie, gemeente, categorie) -> None:
    partner = maak_partner(
        sofie.werking,
        "Sportclub Gooik",
        gemeente("Pajottegem"),
        categorie("Sport"),
        cultureel_keuze=True,
        bovenlokaal_keuze=True,
        grensverleggend_keuze=True,
    )
    assert (partner.cultureel, partner.bovenlokaal, partner.grensverleggend) == (True, True, True)


# --- Creating through the views -----------------------------------------------------------


def test_it_stores_automatisch_as_no_choice(sofie, categorie) -> None:
    response = sofie.client.post(
        sofie.url("bollen/actor/"), partner_post(categorie=categorie("Welzijn").pk)
    )
    assert response.status_code == 302
    partner = Partner.objects.get(werking=sofie.werking)
    assert partner.gemeente.naam == "Pajottegem"  # typed as the old name Galmaarden
    assert partner.cultureel_keuze is None
    assert partner.bovenlokaal_keuze is None
    assert partner.grensverleggend_keuze is None
    assert (partner.cultureel, partner.bovenlokaal, partner.grensverleggend) == (
        False,
        False,
        True,
    )


@pytest.mark.parametrize("categorie_naam", ["Jeugd", "Andere", None])
def test_it_asks_cultureel_or_not_when_the_categorie_does_not_decide(
    sofie, categorie, categorie_naam: str | None
) -> None:
    gekozen = categorie(categorie_naam).pk if categorie_naam else ""
    response = sofie.client.post(
        sofie.url("bollen/actor/"),
        partner_post(naam="Jeugdhuis Tonka", gemeente="Gooik", categorie=gekozen),
    )
    assert response.status_code == 400
    assert KIES_SOORT in tekst(response)
    assert not Partner.objects.exists()


def test_it_asks_cultureel_or_not_on_a_card_too(sofie, kaart, categorie) -> None:
    response = sofie.client.post(
        sofie.url(f"stap-3/{kaart.pk}/partner/"),
        partner_post(naam="Jeugdhuis Tonka", gemeente="Gooik", categorie=categorie("Jeugd").pk),
    )
    assert response.status_code == 400
    assert KIES_SOORT in tekst(response)
    assert not Partner.objects.exists()
    assert not kaart.partners.exists()


def test_it_asks_cultureel_or_not_when_the_categorie_changes_to_jeugd(
    sofie, boesdaalhoeve, categorie
) -> None:
    response = sofie.client.post(
        sofie.url(f"partners/{boesdaalhoeve.pk}/"),
        partner_post(
            naam="GC De Boesdaalhoeve",
            gemeente="Sint-Genesius-Rode",
            categorie=categorie("Jeugd").pk,
        ),
    )
    assert response.status_code == 400
    assert KIES_SOORT in tekst(response)
    boesdaalhoeve.refresh_from_db()
    assert boesdaalhoeve.categorie.naam == "Lokaal cultuurbeleid"


@pytest.mark.parametrize(("keuze", "cultureel"), [("ja", True), ("nee", False)])
def test_it_stores_the_choice_for_a_jeugd_actor(
    sofie, categorie, keuze: str, cultureel: bool
) -> None:
    response = sofie.client.post(
        sofie.url("bollen/actor/"),
        partner_post(
            naam="Jeugdhuis Tonka",
            gemeente="Gooik",
            categorie=categorie("Jeugd").pk,
            cultureel=keuze,
        ),
    )
    assert response.status_code == 302
    partner = Partner.objects.get(naam="Jeugdhuis Tonka")
    assert partner.cultureel_keuze is cultureel
    assert partner.cultureel is cultureel
    assert partner.grensverleggend is not cultureel


def test_it_stores_explicit_ja_and_nee(sofie, categorie) -> None:
    sofie.client.post(
        sofie.url("bollen/actor/"),
        partner_post(categorie=categorie("Welzijn").pk, bovenlokaal="ja", grensverleggend="nee"),
    )
    partner = Partner.objects.get()
    assert partner.bovenlokaal_keuze is True
    assert partner.grensverleggend_keuze is False
    assert (partner.bovenlokaal, partner.grensverleggend) == (True, False)


# --- Editing: partners/<pk>/ -------------------------------------------------------------


def test_it_shows_automatisch_or_the_choice_in_the_edit_form(sofie, gemeente, categorie) -> None:
    partner = maak_partner(
        sofie.werking,
        "Jeugdhuis Tonka",
        gemeente("Pajottegem"),
        categorie("Jeugd"),
        cultureel_keuze=True,
        grensverleggend_keuze=False,
    )
    body = tekst(sofie.client.get(sofie.url(f"partners/{partner.pk}/")))
    assert "Partner: Jeugdhuis Tonka" in body
    assert gekozen_radio(body, "cultureel") == "ja"
    assert gekozen_radio(body, "bovenlokaal") == ""
    assert gekozen_radio(body, "grensverleggend") == "nee"
    assert gekozen_radio(body, "categorie") == str(categorie("Jeugd").pk)
    assert 'name="gemeente" value="Pajottegem"' in body


def test_it_lets_the_bovenlokaal_default_follow_a_new_gemeente(
    sofie, boesdaalhoeve, categorie
) -> None:
    assert boesdaalhoeve.bovenlokaal is True
    response = sofie.client.post(
        sofie.url(f"partners/{boesdaalhoeve.pk}/"),
        partner_post(
            naam="GC De Boesdaalhoeve",
            gemeente="Pajottegem",
            categorie=categorie("Lokaal cultuurbeleid").pk,
        ),
    )
    assert response.status_code == 302
    boesdaalhoeve.refresh_from_db()
    assert boesdaalhoeve.gemeente.naam == "Pajottegem"
    assert boesdaalhoeve.bovenlokaal_keuze is None
    assert boesdaalhoeve.bovenlokaal is False


def test_it_lets_the_cultural_defaults_follow_a_new_categorie(sofie, gemeente, categorie) -> None:
    partner = maak_partner(
        sofie.werking, "Academie Herne", gemeente("Pajottegem"), categorie("Kunsten")
    )
    assert (partner.cultureel, partner.grensverleggend) == (True, False)
    sofie.client.post(
        sofie.url(f"partners/{partner.pk}/"),
        partner_post(naam="Academie Herne", gemeente="Herne", categorie=categorie("Welzijn").pk),
    )
    partner = Partner.objects.get(pk=partner.pk)
    assert partner.cultureel_keuze is None
    assert (partner.cultureel, partner.grensverleggend) == (False, True)


def test_it_keeps_explicit_choices_when_gemeente_and_categorie_change(
    sofie, gemeente, categorie
) -> None:
    partner = maak_partner(
        sofie.werking,
        "Academie Herne",
        gemeente("Lennik"),
        categorie("Kunsten"),
        cultureel_keuze=True,
        bovenlokaal_keuze=True,
        grensverleggend_keuze=True,
    )
    # The form shows the stored choices; posting them back keeps them.
    sofie.client.post(
        sofie.url(f"partners/{partner.pk}/"),
        partner_post(
            naam="Academie Herne",
            gemeente="Pajottegem",
            categorie=categorie("Welzijn").pk,
            cultureel="ja",
            bovenlokaal="ja",
            grensverleggend="ja",
        ),
    )
    partner = Partner.objects.get(pk=partner.pk)
    assert partner.gemeente.naam == "Pajottegem"
    assert (partner.cultureel_keuze, partner.bovenlokaal_keuze, partner.grensverleggend_keuze) == (
        True,
        True,
        True,
    )
    assert (partner.cultureel, partner.bovenlokaal, partner.grensverleggend) == (True, True, True)


def test_it_puts_a_partner_in_the_bol_of_its_new_gemeente(sofie, ter_bruggen, categorie) -> None:
    sofie.client.post(
        sofie.url(f"partners/{ter_bruggen.pk}/"),
        partner_post(gemeente="Dilbeek", categorie=categorie("Welzijn").pk),
    )
    assert Bol.objects.filter(werking=sofie.werking, gemeente__naam="Dilbeek").exists()


def test_it_refuses_an_unknown_gemeente_when_editing(sofie, ter_bruggen, categorie) -> None:
    response = sofie.client.post(
        sofie.url(f"partners/{ter_bruggen.pk}/"),
        partner_post(gemeente="Atlantis", categorie=categorie("Welzijn").pk),
    )
    assert response.status_code == 400
    assert "We vinden geen Belgische gemeente 'Atlantis'." in tekst(response)
    ter_bruggen.refresh_from_db()
    assert ter_bruggen.gemeente.naam == "Pajottegem"


def test_it_returns_to_the_page_the_edit_came_from(sofie, ter_bruggen, categorie) -> None:
    terug = sofie.url("netwerk/")
    response = sofie.client.post(
        sofie.url(f"partners/{ter_bruggen.pk}/"),
        partner_post(categorie=categorie("Welzijn").pk, terug=terug),
    )
    assert response["Location"] == terug
    vreemd = sofie.client.post(
        sofie.url(f"partners/{ter_bruggen.pk}/"),
        partner_post(categorie=categorie("Welzijn").pk, terug="https://evil.example/"),
    )
    assert vreemd["Location"] == sofie.url("bollen/")


def test_it_removes_a_partner_from_cards_after_confirmation(sofie, kaart, ter_bruggen) -> None:
    kaart.partners.add(ter_bruggen)
    vraag = sofie.client.get(sofie.url(f"partners/{ter_bruggen.pk}/verwijder/"))
    body = tekst(vraag)
    assert "Woonzorgcentrum Ter Bruggen verwijderen?" in body
    assert "van 1 partnerkaart" in body
    assert Partner.objects.filter(pk=ter_bruggen.pk).exists()

    response = sofie.client.post(sofie.url(f"partners/{ter_bruggen.pk}/verwijder/"))
    assert response.status_code == 302
    assert not Partner.objects.filter(pk=ter_bruggen.pk).exists()
    assert Partnerkaart.objects.filter(pk=kaart.pk).exists()
    assert not kaart.partners.exists()
