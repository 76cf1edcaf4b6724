"""A tick the app suggests (bovenlokaal?, grensverleggend?) is not the participant's until they
confirm it with "Klopt": the PDF shows it as "voorgesteld", and the counts on Klaar and in the
room report's summary count only confirmed ticks."""

from partnerkaarten.services import bevestig_vinkje
from rapport.services import maak_rapport

from .conftest import enkel, pdf_tekst
from .test_klaar import tekst


def bevestig_academie(gevuld) -> None:
    academie = gevuld.partners[1]  # Lennik: suggested bovenlokaal
    academie.refresh_from_db()
    bevestig_vinkje(academie, "bovenlokaal")


def test_the_final_list_shows_a_suggestion_apart_from_a_confirmed_tick(gevuld, tmp_path) -> None:
    bevestig_academie(gevuld)
    pdf = pdf_tekst(maak_rapport(gevuld.bib.sessie, gevuld.bib.pk), tmp_path)
    tekst_ = enkel(pdf)
    netwerk = tekst_[tekst_.rindex("Bouw je netwerk uit") :]
    # Confirmed: "ja"; the school in Dilbeek is only suggested.
    assert "Academie Lennik Lennik dans ja" in netwerk
    assert "Basisschool De Zonnebloem Dilbeek onderwijs voorgesteld" in netwerk


def test_klaar_counts_only_confirmed_ticks_and_says_how_many_are_suggested(gevuld, sofie) -> None:
    bevestig_academie(gevuld)
    inhoud = tekst(sofie.client.get(sofie.url("klaar/")))
    assert "met 4 partners, waarvan 1 bovenlokaal en 0 grensverleggend (bevestigd)" in inhoud
    assert "voorgesteld maar nog niet bevestigd: 2 bovenlokaal en" in inhoud


def test_the_room_summary_counts_confirmed_ticks_and_says_so(gevuld, tmp_path) -> None:
    bevestig_academie(gevuld)
    tekst_ = enkel(pdf_tekst(maak_rapport(gevuld.bib.sessie), tmp_path))
    samenvatting = tekst_[tekst_.index("Samenvatting voor de coördinator") :]
    # bib: 1 confirmed (academie), 2 suggested (school, toerisme); De Klinker's academie lennik
    # is in its own gemeente.
    assert "Bovenlokaal 20% bevestigd (1 van 5); de app stelt er nog 2 voor" in samenvatting
    # Where a partner is described (its cards, combinations), a suggested tick says so too.
    assert "bovenlokaal (voorgesteld)" in tekst_
    assert "tellen alleen de vinkjes die de organisaties zelf bevestigden" in samenvatting
