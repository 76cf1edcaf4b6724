"""Two colleagues editing the same partner or combination: nobody's change disappears."""

import pytest

from partnerkaarten.forms import partner_formwaarden
from partnerkaarten.services import bewaar_combinatie

from .conftest import tekst

pytestmark = pytest.mark.django_db


def bewerk_post(partner, **wijzigingen: str) -> dict[str, str]:
    """The edit form as the page showed it, with the participant's own changes."""
    begin = partner_formwaarden(partner)
    return {
        **begin,
        **{f"{veld}__basis": waarde for veld, waarde in begin.items()},
        **wijzigingen,
    }


def test_it_keeps_a_colleagues_autosave_when_another_field_is_edited(sofie, karim, ter_bruggen):
    post = bewerk_post(ter_bruggen, naam="WZC Ter Bruggen")  # Sofie's page, opened now
    karim.client.post(
        karim.url(f"bewaar/partner/{ter_bruggen.pk}/sector/"),
        {"waarde": "ouderenzorg en dementie", "basis": ter_bruggen.sector},
        HTTP_X_AUTOSAVE="1",
    )
    response = sofie.client.post(sofie.url(f"partners/{ter_bruggen.pk}/"), post)
    assert response.status_code == 302
    ter_bruggen.refresh_from_db()
    assert ter_bruggen.naam == "WZC Ter Bruggen"
    assert ter_bruggen.sector == "ouderenzorg en dementie"


def test_it_shows_a_conflict_when_both_changed_the_same_field(sofie, karim, ter_bruggen):
    post = bewerk_post(ter_bruggen, sector="zorg")
    karim.client.post(
        karim.url(f"bewaar/partner/{ter_bruggen.pk}/sector/"),
        {"waarde": "ouderenzorg en dementie", "basis": ter_bruggen.sector},
        HTTP_X_AUTOSAVE="1",
    )
    response = sofie.client.post(sofie.url(f"partners/{ter_bruggen.pk}/"), post)
    assert response.status_code == 400
    body = tekst(response)
    assert "Een collega wijzigde deze partner terwijl jij bezig was" in body
    assert "Sector / domein: ouderenzorg en dementie" in body
    # One alert, not two saying the same thing; and a real button to take their values.
    assert body.count("Een collega wijzigde") == 1
    assert '<div class="fout" role="alert">' not in body
    assert '<button type="submit" name="actie" value="hun-waarden"' in body
    assert 'name="sector" value="zorg"' in body
    ter_bruggen.refresh_from_db()
    assert ter_bruggen.sector == "ouderenzorg en dementie"
    # Saving again from the conflict page keeps Sofie's choice, deliberately.
    herhaald = {
        **bewerk_post(ter_bruggen, sector="zorg"),
    }
    assert sofie.client.post(sofie.url(f"partners/{ter_bruggen.pk}/"), herhaald).status_code == 302
    ter_bruggen.refresh_from_db()
    assert ter_bruggen.sector == "zorg"


def test_it_applies_only_the_tick_that_was_changed(sofie, karim, boesdaalhoeve):
    boesdaalhoeve.behouden = True
    boesdaalhoeve.save()
    getoond = {"bovenlokaal__basis": "ja", "grensverleggend__basis": "nee", "vinkjes": "on"}
    # Karim ticks grensverleggend; Sofie's page still shows it unticked and she unticks
    # bovenlokaal.
    karim.client.post(
        karim.url(f"netwerk/{boesdaalhoeve.pk}/"),
        {**getoond, "bovenlokaal": "on", "grensverleggend": "on"},
    )
    sofie.client.post(sofie.url(f"netwerk/{boesdaalhoeve.pk}/"), getoond)
    boesdaalhoeve.refresh_from_db()
    assert (boesdaalhoeve.bovenlokaal, boesdaalhoeve.grensverleggend) == (False, True)


def test_it_keeps_a_partner_a_colleague_added_to_a_combination(
    sofie, ter_bruggen, boesdaalhoeve, erfgoedcel
):
    combinatie = bewaar_combinatie(sofie.werking, [ter_bruggen, boesdaalhoeve])
    basis = f"{ter_bruggen.pk},{boesdaalhoeve.pk}"
    combinatie.partners.add(erfgoedcel)  # a colleague, meanwhile
    response = sofie.client.post(
        sofie.url(f"combinaties/{combinatie.pk}/"),
        {"partners": [ter_bruggen.pk, boesdaalhoeve.pk], "partners__basis": basis},
    )
    assert response.status_code == 302
    assert set(combinatie.partners.all()) == {ter_bruggen, boesdaalhoeve, erfgoedcel}


def test_it_takes_their_values_with_one_button_and_keeps_my_other_changes(
    sofie, karim, ter_bruggen
):
    post = bewerk_post(ter_bruggen, sector="zorg", naam="WZC Ter Bruggen")
    karim.client.post(
        karim.url(f"bewaar/partner/{ter_bruggen.pk}/sector/"),
        {"waarde": "ouderenzorg en dementie", "basis": ter_bruggen.sector},
        HTTP_X_AUTOSAVE="1",
    )
    conflict = sofie.client.post(sofie.url(f"partners/{ter_bruggen.pk}/"), post)
    assert conflict.status_code == 400
    ter_bruggen.refresh_from_db()
    # The conflict page posts the stored values as the new basis and names the fields.
    overnemen = {
        **bewerk_post(ter_bruggen, sector="zorg", naam="WZC Ter Bruggen"),
        "actie": "hun-waarden",
        "conflict": ["sector"],
    }
    response = sofie.client.post(sofie.url(f"partners/{ter_bruggen.pk}/"), overnemen)
    assert response.status_code == 302
    ter_bruggen.refresh_from_db()
    assert ter_bruggen.sector == "ouderenzorg en dementie"
    assert ter_bruggen.naam == "WZC Ter Bruggen"
