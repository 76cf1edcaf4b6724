"""STAP 1 — Eigen werking: three questions, saved per field, never a silent overwrite."""

import html
import re

import pytest

from inspiratie.models import Categorie
from inspiratie.services import voeg_categorie_toe
from werking.models import Werking
from werking.views import STAP1_VELDEN

pytestmark = pytest.mark.django_db

AUTOSAVE = {"HTTP_X_AUTOSAVE": "1"}


def veld_url(deelname, veld: str, soort: str = "werking", pk: int | None = None) -> str:
    pk = deelname.werking.pk if pk is None else pk
    return deelname.url(f"bewaar/{soort}/{pk}/{veld}/")


def test_it_asks_the_three_questions_of_the_kit(sofie) -> None:
    response = sofie.client.get(sofie.url("stap-1/"))
    assert response.status_code == 200
    body = html.unescape(response.content.decode())
    assert "Uit wat bestaat je dagelijkse werking?" in body
    assert "Welk doel heb je daarbij voor ogen?" in body
    assert "Voor wie doe je het?" in body


def test_it_saves_one_field_and_answers_json(sofie) -> None:
    response = sofie.client.post(
        veld_url(sofie, "doel"), {"waarde": "Iedereen laten lezen.", "basis": ""}, **AUTOSAVE
    )
    assert response.status_code == 200
    assert response.json() == {
        "status": "opgeslagen",
        "waarde": "Iedereen laten lezen.",
        "fout": "",
    }
    sofie.werking.refresh_from_db()
    assert sofie.werking.doel == "Iedereen laten lezen."


def test_it_stores_windows_line_endings_as_plain_newlines(sofie) -> None:
    sofie.client.post(veld_url(sofie, "doel"), {"waarde": "a\r\nb", "basis": ""}, **AUTOSAVE)
    sofie.werking.refresh_from_db()
    assert sofie.werking.doel == "a\nb"


def test_it_reports_a_conflict_with_both_texts_when_a_colleague_saved_first(sofie, karim) -> None:
    karim.client.post(veld_url(karim, "doel"), {"waarde": "Van Karim", "basis": ""}, **AUTOSAVE)
    response = sofie.client.post(
        veld_url(sofie, "doel"), {"waarde": "Van Sofie", "basis": ""}, **AUTOSAVE
    )
    assert response.status_code == 409
    assert response.json()["status"] == "conflict"
    assert response.json()["waarde"] == "Van Karim"
    sofie.werking.refresh_from_db()
    assert sofie.werking.doel == "Van Karim"


def test_it_lets_the_participant_keep_their_text_after_a_conflict(sofie, karim) -> None:
    karim.client.post(veld_url(karim, "doel"), {"waarde": "Van Karim", "basis": ""}, **AUTOSAVE)
    response = sofie.client.post(
        veld_url(sofie, "doel"), {"waarde": "Van Sofie", "basis": "Van Karim"}, **AUTOSAVE
    )
    assert response.status_code == 200
    sofie.werking.refresh_from_db()
    assert sofie.werking.doel == "Van Sofie"


def test_it_treats_a_retried_save_as_success_not_as_a_conflict(sofie) -> None:
    data = {"waarde": "Lezen voor iedereen", "basis": ""}
    sofie.client.post(veld_url(sofie, "doel"), data, **AUTOSAVE)
    herhaald = sofie.client.post(veld_url(sofie, "doel"), data, **AUTOSAVE)
    assert herhaald.status_code == 200
    assert herhaald.json()["status"] == "opgeslagen"


def test_it_keeps_conflicts_per_field(sofie, karim) -> None:
    karim.client.post(veld_url(karim, "doel"), {"waarde": "Doel", "basis": ""}, **AUTOSAVE)
    response = sofie.client.post(
        veld_url(sofie, "voor_wie"), {"waarde": "Gezinnen", "basis": ""}, **AUTOSAVE
    )
    assert response.status_code == 200
    sofie.werking.refresh_from_db()
    assert (sofie.werking.doel, sofie.werking.voor_wie) == ("Doel", "Gezinnen")


def test_it_rejects_over_long_text_with_the_limit_in_dutch(sofie) -> None:
    response = sofie.client.post(
        veld_url(sofie, "doel"), {"waarde": "x" * 2001, "basis": ""}, **AUTOSAVE
    )
    assert response.status_code == 400
    assert "2000" in response.json()["fout"]
    assert "tekens" in response.json()["fout"]
    sofie.werking.refresh_from_db()
    assert sofie.werking.doel == ""


def test_it_refuses_an_empty_organisation_name(sofie) -> None:
    response = sofie.client.post(
        veld_url(sofie, "naam"), {"waarde": "  ", "basis": "Bibliotheek Pajottegem"}, **AUTOSAVE
    )
    assert response.status_code == 400
    assert response.json()["fout"] == "Dit veld is verplicht."


def test_it_shows_html_in_an_answer_as_text(sofie) -> None:
    sofie.client.post(
        veld_url(sofie, "doel"), {"waarde": "<img src=x onerror=alert(1)>", "basis": ""}, **AUTOSAVE
    )
    body = sofie.client.get(sofie.url("stap-1/")).content.decode()
    assert "<img src=x" not in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body


def test_it_saves_the_plain_form_without_javascript(sofie) -> None:
    response = sofie.client.post(
        sofie.url("stap-1/"),
        {
            "dagelijkse_werking": "Uitlenen en voorlezen",
            "dagelijkse_werking__basis": "",
            "doel": "",
            "doel__basis": "",
            "voor_wie": "Alle inwoners",
            "voor_wie__basis": "",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert "Bewaard." in response.content.decode()
    sofie.werking.refresh_from_db()
    assert sofie.werking.dagelijkse_werking == "Uitlenen en voorlezen"
    assert sofie.werking.voor_wie == "Alle inwoners"


def test_it_shows_a_conflict_in_the_plain_form_and_keeps_both_texts(sofie, karim) -> None:
    karim.client.post(veld_url(karim, "doel"), {"waarde": "Van Karim", "basis": ""}, **AUTOSAVE)
    response = sofie.client.post(
        sofie.url("stap-1/"),
        {"doel": "Van Sofie", "doel__basis": "", "voor_wie": "Gezinnen", "voor_wie__basis": ""},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Karim wijzigde dit intussen" in body
    assert "Van Karim" in body
    assert ">Van Sofie</textarea>" in body
    # The next post starts from the colleague's text, so it wins deliberately.
    assert 'name="doel__basis" value="Van Karim"' in body
    sofie.werking.refresh_from_db()
    assert (sofie.werking.doel, sofie.werking.voor_wie) == ("Van Karim", "Gezinnen")


def test_it_answers_404_for_another_organisations_field(sofie, klinker) -> None:
    response = sofie.client.post(
        veld_url(sofie, "doel", pk=klinker.werking.pk), {"waarde": "x", "basis": ""}, **AUTOSAVE
    )
    assert response.status_code == 404
    klinker.werking.refresh_from_db()
    assert klinker.werking.doel == ""


def test_it_answers_404_for_a_field_that_is_not_editable(sofie) -> None:
    response = sofie.client.post(
        veld_url(sofie, "sessie_id"), {"waarde": "1", "basis": ""}, **AUTOSAVE
    )
    assert response.status_code == 404


def test_it_answers_404_without_a_participant_token(client, sofie) -> None:
    response = client.post(veld_url(sofie, "doel"), {"waarde": "x", "basis": ""}, **AUTOSAVE)
    assert response.status_code == 404


def test_it_refuses_changes_when_the_session_is_closed(sofie) -> None:
    sofie.sessie.status = sofie.sessie.Status.GESLOTEN
    sofie.sessie.save()
    response = sofie.client.post(veld_url(sofie, "doel"), {"waarde": "x", "basis": ""}, **AUTOSAVE)
    assert response.status_code == 403
    assert "gesloten" in response.json()["fout"]


def test_it_renders_stap1_in_constant_queries(sofie, karim, django_assert_num_queries) -> None:
    # the participant (+sessie, werking, gemeente, the live ETag's stamp) by the cookie's token,
    # the session's participants (colleagues and names, one query), the categories for the
    # sector (no Django session: issue 10)
    with django_assert_num_queries(3):
        sofie.client.get(sofie.url("stap-1/"))


def test_it_lists_the_werkings_colleagues_in_the_order_they_joined(
    sofie, karim, klinker, kempen
) -> None:
    body = html.unescape(sofie.client.get(sofie.url("stap-1/")).content.decode())
    collegas = body[body.index('<aside class="collegas"') :]
    assert re.findall(r"<li>([^<]*)</li>", collegas) == ["Sofie (jij)", "Karim"]
    body = html.unescape(karim.client.get(karim.url("stap-1/")).content.decode())
    collegas = body[body.index('<aside class="collegas"') :]
    assert re.findall(r"<li>([^<]*)</li>", collegas) == ["Sofie", "Karim (jij)"]


def test_it_names_who_saved_the_fields_last(sofie, karim, klinker) -> None:
    karim.client.post(veld_url(karim, "doel"), {"waarde": "Van Karim", "basis": ""}, **AUTOSAVE)
    body = sofie.client.get(sofie.url("stap-1/")).content.decode()
    assert body.count('data-door="Karim"') == len(STAP1_VELDEN)


def test_it_offers_the_sessions_categories_with_the_chosen_sector_selected(
    sofie, kempen, referentiedata
) -> None:
    eigen = voeg_categorie_toe(sofie.sessie.pk, "Lokale erfgoedcel", Categorie.Soort.CULTUREEL)
    voeg_categorie_toe(kempen.sessie.pk, "Kempense kunsten", Categorie.Soort.CULTUREEL)
    kunsten = Categorie.kit.get(naam="Kunsten")
    Werking.objects.filter(pk=sofie.werking.pk).update(sector=kunsten)
    body = html.unescape(sofie.client.get(sofie.url("stap-1/")).content.decode())
    keuze = re.search(r'<select id="werking-sector".*?</select>', body, re.S).group(0)
    opties = re.findall(r'<option value="(\d*)"( selected)?>([^<]*)</option>', keuze)
    kit = list(Categorie.kit.order_by("volgorde", "naam"))
    assert [pk for pk, _, _ in opties] == ["", *(str(c.pk) for c in kit), str(eigen.pk)]
    assert [naam for _, gekozen, naam in opties if gekozen] == ["Kunsten"]
    assert "Kempense kunsten" not in body
    assert "Andere (" in keuze  # the kit's open category shows its first examples


def test_it_lets_participants_correct_their_organisations_name(sofie) -> None:
    body = sofie.client.get(sofie.url("stap-1/")).content.decode()
    assert 'name="naam" value="Bibliotheek Pajottegem"' in body
    response = sofie.client.post(
        veld_url(sofie, "naam"),
        {"waarde": "Bibliotheek Pajottegem (Gooik)", "basis": "Bibliotheek Pajottegem"},
        **AUTOSAVE,
    )
    assert response.status_code == 200
    sofie.werking.refresh_from_db()
    assert sofie.werking.naam == "Bibliotheek Pajottegem (Gooik)"
