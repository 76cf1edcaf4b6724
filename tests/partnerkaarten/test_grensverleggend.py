"""Grensverleggend is about disciplines too: a werking names its sector in STAP 1, and a partner
of another categorie (or a non-cultural one) is suggested as grensverleggend. In "Bouw je
netwerk uit" a suggestion looks different from a confirmed tick, and the participant decides."""

import re

from inspiratie.models import Categorie
from partnerkaarten.models import Partner
from tests.partnerkaarten.conftest import maak_partner, tekst
from werking.models import Werking


def kies_sector(deelname, categorie: Categorie | None) -> None:
    response = deelname.client.post(
        deelname.url("stap-1/gegevens/"),
        {
            "gemeente": deelname.werking.gemeente.naam,
            "sector": str(categorie.pk) if categorie else "",
        },
    )
    assert response.status_code == 302


def rij(body: str, partner: Partner) -> str:
    return re.search(rf'<tr id="netwerk-{partner.pk}">.*?</tr>', body, re.S).group(0)


def test_a_werking_names_its_sector_in_stap1(sofie, categorie) -> None:
    body = tekst(sofie.client.get(sofie.url("stap-1/")))
    assert 'name="sector"' in body and "Jullie sector" in body
    kies_sector(sofie, categorie("Lokaal cultuurbeleid"))
    assert Werking.objects.get(pk=sofie.werking.pk).sector == categorie("Lokaal cultuurbeleid")
    kies_sector(sofie, None)
    assert Werking.objects.get(pk=sofie.werking.pk).sector is None


def test_it_suggests_grensverleggend_for_a_partner_of_another_sector(
    sofie, gemeente, categorie
) -> None:
    circus = maak_partner(
        sofie.werking, "Circusschool Pajot", gemeente("Pajottegem"), categorie("Circuskunsten")
    )
    bib = maak_partner(
        sofie.werking, "Bib Lennik", gemeente("Lennik"), categorie("Lokaal cultuurbeleid")
    )
    # Without a sector: only non-cultural partners are suggested, as before.
    assert Partner.objects.get(pk=circus.pk).grensverleggend is False
    kies_sector(sofie, categorie("Lokaal cultuurbeleid"))
    # A library with a circus school: across disciplines. Another library: not.
    assert Partner.objects.get(pk=circus.pk).grensverleggend is True
    assert Partner.objects.get(pk=bib.pk).grensverleggend is False
    # Only the participant's overrides are stored: the suggestion follows the sector.
    assert Partner.objects.get(pk=circus.pk).grensverleggend_keuze is None
    kies_sector(sofie, categorie("Circuskunsten"))
    assert Partner.objects.get(pk=circus.pk).grensverleggend is False
    assert Partner.objects.get(pk=bib.pk).grensverleggend is True


def test_a_non_cultural_partner_is_suggested_whatever_the_sector(
    sofie, ter_bruggen, categorie
) -> None:
    kies_sector(sofie, categorie("Welzijn"))
    assert Partner.objects.get(pk=ter_bruggen.pk).grensverleggend is True


def test_bovenlokaal_stays_derived_from_the_gemeente(sofie, gemeente, categorie) -> None:
    circus = maak_partner(
        sofie.werking, "Circusschool Pajot", gemeente("Pajottegem"), categorie("Circuskunsten")
    )
    kies_sector(sofie, categorie("Lokaal cultuurbeleid"))
    assert Partner.objects.get(pk=circus.pk).bovenlokaal is False


def test_the_final_list_shows_a_suggestion_apart_from_a_confirmed_tick(
    sofie, gemeente, categorie
) -> None:
    kies_sector(sofie, categorie("Lokaal cultuurbeleid"))
    circus = maak_partner(
        sofie.werking,
        "Circusschool Pajot",
        gemeente("Pajottegem"),
        categorie("Circuskunsten"),
        behouden=True,
    )
    body = rij(tekst(sofie.client.get(sofie.url("netwerk/"))), circus)
    assert '<span class="vinkje voorstel">' in body
    assert "voorgesteld: een andere sector dan de jouwe" in body
    assert 'name="bevestig" value="grensverleggend"' in body

    # "Klopt": the participant confirms; the tick is now theirs and no longer a suggestion.
    response = sofie.client.post(
        sofie.url(f"netwerk/{circus.pk}/"), {"bevestig": "grensverleggend", "vinkjes": "on"}
    )
    assert response.status_code == 302
    assert Partner.objects.get(pk=circus.pk).grensverleggend_keuze is True
    body = rij(tekst(sofie.client.get(sofie.url("netwerk/"))), circus)
    assert "voorgesteld: een andere sector" not in body
    assert re.search(r'name="grensverleggend"[^>]*checked', body)
    # It stays when the sector changes: the participant decided.
    kies_sector(sofie, categorie("Circuskunsten"))
    assert Partner.objects.get(pk=circus.pk).grensverleggend is True


def test_the_participant_can_refuse_a_suggestion(sofie, gemeente, categorie) -> None:
    kies_sector(sofie, categorie("Lokaal cultuurbeleid"))
    circus = maak_partner(
        sofie.werking,
        "Circusschool Pajot",
        gemeente("Pajottegem"),
        categorie("Circuskunsten"),
        behouden=True,
    )
    response = sofie.client.post(
        sofie.url(f"netwerk/{circus.pk}/"),
        {"vinkjes": "on", "bovenlokaal__basis": "nee", "grensverleggend__basis": "ja"},
    )
    assert response.status_code == 302
    assert Partner.objects.get(pk=circus.pk).grensverleggend is False
    assert Partner.objects.get(pk=circus.pk).grensverleggend_keuze is False


def test_a_confirmed_tick_stays_when_a_colleague_changes_the_other(
    sofie, karim, gemeente, categorie
) -> None:
    kies_sector(sofie, categorie("Lokaal cultuurbeleid"))
    # Another gemeente and another sector: both ticks are suggestions.
    circus = maak_partner(
        sofie.werking,
        "Circusschool Lennik",
        gemeente("Lennik"),
        categorie("Circuskunsten"),
        behouden=True,
    )
    sofie.client.post(
        sofie.url(f"netwerk/{circus.pk}/"), {"bevestig": "bovenlokaal", "vinkjes": "on"}
    )
    assert Partner.objects.get(pk=circus.pk).bovenlokaal_keuze is True
    # Karim, from the page as it was, only unticks grensverleggend.
    karim.client.post(
        karim.url(f"netwerk/{circus.pk}/"),
        {
            "vinkjes": "on",
            "bovenlokaal": "on",
            "bovenlokaal__basis": "ja",
            "grensverleggend__basis": "ja",
        },
    )
    opgeslagen = Partner.objects.get(pk=circus.pk)
    assert opgeslagen.grensverleggend_keuze is False
    assert opgeslagen.bovenlokaal_keuze is True, "Sofie's confirmation was lost"
