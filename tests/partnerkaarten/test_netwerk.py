"""Bouw je netwerk uit: "Welke partners houd je over om een samenwerking mee op te zetten?"
A table NAAM / GEMEENTE / SECTOR / DOMEIN / bovenlokaal? / grensverleggend?."""

import re

import pytest

from partnerkaarten.models import Partner

from .conftest import AUTOSAVE, HTMX, tekst, zonder_tags

pytestmark = pytest.mark.django_db


def tabel(body: str) -> str:
    gevonden = re.search(r'<table class="tabel netwerk">.*?</table>', body, re.S)
    return gevonden.group(0) if gevonden else ""


def andere(body: str) -> str:
    _, _, rest = body.partition("<h3>Andere partners die jullie noemden</h3>")
    return rest


def vinkjes(body: str, partner: Partner) -> dict[str, bool]:
    rij = re.search(rf'<tr id="netwerk-{partner.pk}">.*?</tr>', body, re.S).group(0)
    return {
        naam: bool(re.search(rf'<input type="checkbox" name="{naam}"[^>]*\bchecked>', rij))
        for naam in ("bovenlokaal", "grensverleggend")
    }


def behoud(partner: Partner) -> Partner:
    partner.behouden = True
    partner.save(update_fields=["behouden"])
    return partner


def test_it_shows_the_kits_table_with_the_partners_kept(
    sofie, ter_bruggen, boesdaalhoeve, erfgoedcel
) -> None:
    behoud(ter_bruggen)
    behoud(boesdaalhoeve)
    response = sofie.client.get(sofie.url("netwerk/"))
    assert response.status_code == 200
    body = tekst(response)
    assert "Welke partners houd je over om een samenwerking mee op te zetten?" in body
    koppen = re.findall(r'<th scope="col">([^<]*)</th>', tabel(body))
    assert [k.upper() for k in koppen] == [
        "NAAM",
        "GEMEENTE",
        "SECTOR / DOMEIN",
        "BOVENLOKAAL?",
        "GRENSVERLEGGEND?",
    ]
    rijen = zonder_tags(tabel(body))
    # Naam and sector are editable in place (autosave fields).
    assert re.search(
        r'<textarea[^>]*name="waarde"[^>]*>Woonzorgcentrum Ter Bruggen</textarea>', tabel(body)
    )
    assert re.search(r'<textarea[^>]*name="waarde"[^>]*>ouderenzorg</textarea>', tabel(body))
    assert "GC De Boesdaalhoeve" in rijen and "Sint-Genesius-Rode" in rijen
    assert "Erfgoedcel" not in rijen
    assert "Erfgoedcel Pajottenland-Zennevallei" in andere(body)
    assert "Op de lijst Erfgoedcel Pajottenland-Zennevallei" in zonder_tags(andere(body))
    assert "Woonzorgcentrum Ter Bruggen" not in andere(body)


def test_it_ticks_the_defaults_in_the_table(sofie, ter_bruggen, boesdaalhoeve) -> None:
    behoud(ter_bruggen)
    behoud(boesdaalhoeve)
    body = tekst(sofie.client.get(sofie.url("netwerk/")))
    # Local, non-cultural | other gemeente, cultural.
    assert vinkjes(body, ter_bruggen) == {"bovenlokaal": False, "grensverleggend": True}
    assert vinkjes(body, boesdaalhoeve) == {"bovenlokaal": True, "grensverleggend": False}


def test_it_invites_to_start_with_the_cards_without_partners(sofie) -> None:
    body = tekst(sofie.client.get(sofie.url("netwerk/")))
    assert "Nog geen partners op de lijst." in body
    assert "Begin met de partnerkaarten" in body
    assert "<table" not in body


def test_it_puts_a_partner_on_the_list_and_takes_it_off(sofie, ter_bruggen) -> None:
    response = sofie.client.post(sofie.url(f"netwerk/{ter_bruggen.pk}/"), {"behouden": "ja"})
    assert response["Location"] == sofie.url("netwerk/") + "#netwerk-lijst"
    ter_bruggen.refresh_from_db()
    assert ter_bruggen.behouden is True
    assert "Woonzorgcentrum Ter Bruggen" in tabel(tekst(sofie.client.get(sofie.url("netwerk/"))))

    sofie.client.post(sofie.url(f"netwerk/{ter_bruggen.pk}/"), {"behouden": "nee"})
    ter_bruggen.refresh_from_db()
    assert ter_bruggen.behouden is False


def test_it_answers_htmx_with_the_list_only(sofie, ter_bruggen, boesdaalhoeve) -> None:
    response = sofie.client.post(
        sofie.url(f"netwerk/{ter_bruggen.pk}/"), {"behouden": "ja"}, **HTMX
    )
    assert response.status_code == 200
    body = tekst(response)
    assert body.lstrip().startswith('<div id="netwerk-lijst">')
    assert "<html" not in body
    assert "Woonzorgcentrum Ter Bruggen" in tabel(body)
    assert "GC De Boesdaalhoeve" in andere(body)


def test_it_stores_a_tick_that_differs_from_the_default(sofie, ter_bruggen) -> None:
    behoud(ter_bruggen)
    # Default: not bovenlokaal, grensverleggend. Tick bovenlokaal, untick grensverleggend.
    sofie.client.post(
        sofie.url(f"netwerk/{ter_bruggen.pk}/"), {"vinkjes": "on", "bovenlokaal": "on"}, **HTMX
    )
    ter_bruggen.refresh_from_db()
    assert ter_bruggen.bovenlokaal_keuze is True
    assert ter_bruggen.grensverleggend_keuze is False
    assert ter_bruggen.behouden is True
    body = tekst(sofie.client.get(sofie.url("netwerk/")))
    assert vinkjes(body, ter_bruggen) == {"bovenlokaal": True, "grensverleggend": False}


def test_it_stores_a_tick_back_to_the_default_as_automatic(sofie, ter_bruggen) -> None:
    behoud(ter_bruggen)
    ter_bruggen.bovenlokaal_keuze = True
    ter_bruggen.grensverleggend_keuze = False
    ter_bruggen.save()
    sofie.client.post(
        sofie.url(f"netwerk/{ter_bruggen.pk}/"), {"vinkjes": "on", "grensverleggend": "on"}
    )
    ter_bruggen.refresh_from_db()
    assert ter_bruggen.bovenlokaal_keuze is None
    assert ter_bruggen.grensverleggend_keuze is None


def test_it_keeps_the_default_following_the_gemeente_after_ticking_it(
    sofie, ter_bruggen, categorie
) -> None:
    behoud(ter_bruggen)
    # Ticking exactly the defaults stores nothing...
    sofie.client.post(
        sofie.url(f"netwerk/{ter_bruggen.pk}/"), {"vinkjes": "on", "grensverleggend": "on"}
    )
    # ...so moving the partner to Lennik makes it bovenlokaal.
    sofie.client.post(
        sofie.url(f"partners/{ter_bruggen.pk}/"),
        {"naam": ter_bruggen.naam, "gemeente": "Lennik", "categorie": categorie("Welzijn").pk},
    )
    ter_bruggen = Partner.objects.get(pk=ter_bruggen.pk)
    assert ter_bruggen.bovenlokaal is True


def test_it_leaves_the_ticks_alone_when_only_keeping(sofie, ter_bruggen) -> None:
    ter_bruggen.bovenlokaal_keuze = True
    ter_bruggen.save()
    sofie.client.post(sofie.url(f"netwerk/{ter_bruggen.pk}/"), {"behouden": "ja"})
    ter_bruggen.refresh_from_db()
    assert ter_bruggen.bovenlokaal_keuze is True


@pytest.mark.parametrize(
    ("veld", "waarde"),
    [("naam", "WZC Ter Bruggen (Herne)"), ("sector", "ouderenzorg en dagopvang")],
)
def test_it_edits_naam_and_sector_with_autosave(sofie, ter_bruggen, veld, waarde) -> None:
    response = sofie.client.post(
        sofie.url(f"bewaar/partner/{ter_bruggen.pk}/{veld}/"),
        {"waarde": waarde, "basis": getattr(ter_bruggen, veld)},
        **AUTOSAVE,
    )
    assert response.status_code == 200
    assert response.json()["status"] == "opgeslagen"
    ter_bruggen.refresh_from_db()
    assert getattr(ter_bruggen, veld) == waarde


def test_it_refuses_an_empty_name_with_autosave(sofie, ter_bruggen) -> None:
    response = sofie.client.post(
        sofie.url(f"bewaar/partner/{ter_bruggen.pk}/naam/"),
        {"waarde": "  ", "basis": ter_bruggen.naam},
        **AUTOSAVE,
    )
    assert response.status_code == 400
    assert response.json()["status"] == "ongeldig"
    ter_bruggen.refresh_from_db()
    assert ter_bruggen.naam == "Woonzorgcentrum Ter Bruggen"


def test_it_reports_a_conflict_when_a_colleague_renamed_the_partner(
    sofie, karim, ter_bruggen
) -> None:
    url = sofie.url(f"bewaar/partner/{ter_bruggen.pk}/naam/")
    karim.client.post(url, {"waarde": "WZC Ter Bruggen", "basis": ter_bruggen.naam}, **AUTOSAVE)
    response = sofie.client.post(
        url, {"waarde": "Ter Bruggen", "basis": ter_bruggen.naam}, **AUTOSAVE
    )
    assert response.status_code == 409
    assert response.json()["waarde"] == "WZC Ter Bruggen"


def test_it_does_not_register_other_partner_fields_for_autosave(sofie, ter_bruggen) -> None:
    response = sofie.client.post(
        sofie.url(f"bewaar/partner/{ter_bruggen.pk}/behouden/"),
        {"waarde": "True", "basis": "False"},
        **AUTOSAVE,
    )
    assert response.status_code == 404


def cellen(body: str, partner: Partner) -> list[str]:
    rij = re.search(rf'<tr id="netwerk-{partner.pk}">.*?</tr>', body, re.S).group(0)
    return re.findall(r"<td\b.*?</td>", rij, re.S)


def test_it_puts_each_tick_in_the_column_of_its_own_header(sofie, ter_bruggen) -> None:
    behoud(ter_bruggen)
    body = tekst(sofie.client.get(sofie.url("netwerk/")))
    koppen = re.findall(r'<th scope="col">(.*?)</th>', tabel(body))
    rij = cellen(body, ter_bruggen)
    # One cell per header, no cell spanning two: the kit's five columns plus the actions.
    assert len(rij) == len(koppen) == 6
    assert "colspan" not in tabel(body)
    bovenlokaal, grensverleggend = rij[3], rij[4]
    assert koppen[3] == "bovenlokaal?" and koppen[4] == "grensverleggend?"
    assert 'name="bovenlokaal"' in bovenlokaal and 'name="grensverleggend"' not in bovenlokaal
    assert (
        'name="grensverleggend"' in grensverleggend and 'name="bovenlokaal"' not in grensverleggend
    )
    # On a phone each cell is a labelled line of a card.
    assert 'data-label="Bovenlokaal?"' in bovenlokaal
    assert 'data-label="Grensverleggend?"' in grensverleggend


def test_a_tick_posted_from_its_own_column_leaves_the_other_tick_alone(
    sofie, boesdaalhoeve
) -> None:
    behoud(boesdaalhoeve)
    # A colleague unticked grensverleggend meanwhile; Sofie's page posts only bovenlokaal.
    Partner.objects.filter(pk=boesdaalhoeve.pk).update(grensverleggend_keuze=True)
    response = sofie.client.post(
        sofie.url(f"netwerk/{boesdaalhoeve.pk}/"),
        {"vinkje": "bovenlokaal", "bovenlokaal__basis": "ja"},
        **HTMX,
    )
    assert response.status_code == 200
    boesdaalhoeve.refresh_from_db()
    assert boesdaalhoeve.bovenlokaal_keuze is False
    assert boesdaalhoeve.grensverleggend_keuze is True
    assert vinkjes(tekst(response), boesdaalhoeve) == {
        "bovenlokaal": False,
        "grensverleggend": True,
    }
