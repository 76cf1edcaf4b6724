"""The autosave applies the same rules as the forms: a werking's new name may not make it the
same organisation as another one of its session, and one-line fields (names, a sector, a
combination's title) never store a line break or a control character."""

import pytest
from django.test import Client

from benchmarks.wedlopen import Browser, tegelijk
from partnerkaarten.models import Combinatie, Partner
from partnerkaarten.services import bewaar_combinatie, bewaar_partner
from tests.conftest import Deelname, maak_begeleider, maak_sessie
from werking.models import Gemeente, Werking
from werking.services import doe_mee

AUTOSAVE = {"HTTP_X_AUTOSAVE": "1"}


def bewaar(deelname: Deelname, soort: str, pk: int, veld: str, waarde: str, basis: str):
    return deelname.client.post(
        deelname.url(f"bewaar/{soort}/{pk}/{veld}/"),
        {"waarde": waarde, "basis": basis},
        **AUTOSAVE,
    )


@pytest.fixture
def boesdaalhoeve(sofie, gemeente) -> Deelname:
    """Another organisation of the same session in the same gemeente as Sofie's library."""
    return Deelname(
        sofie.sessie,
        "Ward",
        nieuwe_werking_naam="GC De Boesdaalhoeve",
        gemeente=gemeente("Pajottegem"),
    )


@pytest.mark.django_db
class TestNaamVanDeWerking:
    @pytest.mark.parametrize(
        "naam",
        [
            "Bibliotheek Pajottegem",
            "bibliotheek  pajottegem",
            "Bibliothèek Pajottegem!",
            # Invisible characters do not make it another name.
            "Biblio\u200btheek Pajottegem",
            "Biblio\u00adtheek Pajottegem",
        ],
    )
    def test_it_refuses_the_name_of_another_werking_in_the_same_gemeente(
        self, sofie, boesdaalhoeve, naam
    ) -> None:
        werking = boesdaalhoeve.werking
        response = bewaar(boesdaalhoeve, "werking", werking.pk, "naam", naam, werking.naam)
        assert response.status_code == 400
        antwoord = response.json()
        assert antwoord["status"] == "ongeldig"
        # Dutch, names the other organisation; the field keeps the stored name.
        assert "Er doet al een organisatie 'Bibliotheek Pajottegem'" in antwoord["fout"]
        assert antwoord["waarde"] == "GC De Boesdaalhoeve"
        werking.refresh_from_db()
        assert werking.naam == "GC De Boesdaalhoeve"

    def test_it_refuses_a_name_of_only_invisible_characters(self, boesdaalhoeve) -> None:
        werking = boesdaalhoeve.werking
        response = bewaar(
            boesdaalhoeve, "werking", werking.pk, "naam", "\u200b\u2060", werking.naam
        )
        assert response.status_code == 400
        assert response.json()["fout"] == "Dit veld is verplicht."
        werking.refresh_from_db()
        assert werking.naam == "GC De Boesdaalhoeve"

    def test_it_allows_the_same_name_in_another_gemeente_as_joining_does(
        self, sofie, klinker
    ) -> None:
        # Joining keeps "Bibliotheek" in Halle and "Bibliotheek" in Lennik apart: so does this.
        werking = klinker.werking
        response = bewaar(
            klinker, "werking", werking.pk, "naam", "Bibliotheek Pajottegem", werking.naam
        )
        assert response.status_code == 200
        werking.refresh_from_db()
        assert werking.naam == "Bibliotheek Pajottegem"

    def test_it_lets_a_werking_change_the_case_of_its_own_name(self, sofie) -> None:
        werking = sofie.werking
        response = bewaar(
            sofie, "werking", werking.pk, "naam", "BIBLIOTHEEK Pajottegem", werking.naam
        )
        assert response.status_code == 200

    def test_it_refuses_it_in_the_plain_form_without_javascript_too(
        self, sofie, boesdaalhoeve
    ) -> None:
        response = boesdaalhoeve.client.post(
            boesdaalhoeve.url("stap-1/"),
            {"naam": "Bibliotheek Pajottegem", "naam__basis": "GC De Boesdaalhoeve"},
        )
        assert response.status_code == 200
        assert "Er doet al een organisatie" in response.content.decode().replace("&#x27;", "'")
        assert Werking.objects.get(pk=boesdaalhoeve.werking.pk).naam == "GC De Boesdaalhoeve"

    def test_a_join_after_a_refused_rename_still_finds_the_right_werking(
        self, sofie, boesdaalhoeve, gemeente
    ) -> None:
        bewaar(
            boesdaalhoeve,
            "werking",
            boesdaalhoeve.werking.pk,
            "naam",
            "Bibliotheek Pajottegem",
            "GC De Boesdaalhoeve",
        )
        deelnemer, _ = doe_mee(
            sofie.sessie,
            "Lien",
            nieuwe_werking_naam="bibliotheek pajottegem",
            gemeente=gemeente("Pajottegem"),
        )
        assert deelnemer.werking_id == sofie.werking.pk


@pytest.mark.django_db
class TestEenRegel:
    @pytest.mark.parametrize(
        ("gepost", "bewaard"),
        [
            ("Bib\nGent", "Bib Gent"),
            ("Bib\r\n\r\nGent", "Bib Gent"),
            ("Bib \t Gent", "Bib Gent"),
            ("Bib\u2028Gent\u2029", "Bib Gent"),
            ("Bib\x07\x1b[31mGent", "Bib [31mGent"),
            ("Bib\x85Gent", "Bib Gent"),
        ],
    )
    def test_it_stores_the_werkings_name_on_one_line(self, sofie, gepost, bewaard) -> None:
        werking = sofie.werking
        response = bewaar(sofie, "werking", werking.pk, "naam", gepost, werking.naam)
        assert response.status_code == 200
        assert response.json()["waarde"] == bewaard
        werking.refresh_from_db()
        assert werking.naam == bewaard

    def test_it_keeps_line_breaks_in_a_multi_line_answer(self, sofie) -> None:
        werking = sofie.werking
        bewaar(sofie, "werking", werking.pk, "doel", "Lezen\nSchrijven", "")
        werking.refresh_from_db()
        assert werking.doel == "Lezen\nSchrijven"

    def test_it_stores_partner_and_combination_fields_on_one_line(self, sofie, gemeente) -> None:
        werking = sofie.werking
        partners = [
            bewaar_partner(
                werking,
                {"naam": naam, "gemeente": gemeente(g), "cultureel_keuze": True},
            )
            for naam, g in (
                ("GC De Boesdaalhoeve", "Pajottegem"),
                ("Jeugdhuis De Klinker", "Lennik"),
            )
        ]
        combinatie = bewaar_combinatie(werking, partners, titel="Samen")
        for soort, pk, veld, basis in (
            ("partner", partners[0].pk, "naam", "GC De Boesdaalhoeve"),
            ("partner", partners[0].pk, "sector", ""),
            ("combinatie", combinatie.pk, "titel", "Samen"),
        ):
            response = bewaar(sofie, soort, pk, veld, "Eerste regel\nTweede\rregel\x0b", basis)
            assert response.status_code == 200, (soort, veld)
            assert response.json()["waarde"] == "Eerste regel Tweede regel"
        partner = Partner.objects.get(pk=partners[0].pk)
        assert (partner.naam, partner.sector) == ("Eerste regel Tweede regel",) * 2
        assert Combinatie.objects.get(pk=combinatie.pk).titel == "Eerste regel Tweede regel"

    def test_the_forms_store_their_one_line_fields_on_one_line(self, sofie, gemeente) -> None:
        partner = bewaar_partner(
            sofie.werking,
            {
                "naam": "GC De Boesdaalhoeve",
                "gemeente": gemeente("Pajottegem"),
                "cultureel_keuze": True,
            },
        )
        response = sofie.client.post(
            sofie.url(f"partners/{partner.pk}/"),
            {
                "naam": "GC De\nBoesdaalhoeve",
                "gemeente": "Pajottegem",
                "categorie": "",
                "cultureel": "ja",
                "sector": "gemeenschaps\r\ncentrum",
                "bovenlokaal": "",
                "grensverleggend": "",
            },
        )
        assert response.status_code == 302
        partner.refresh_from_db()
        assert (partner.naam, partner.sector) == ("GC De Boesdaalhoeve", "gemeenschaps centrum")

    def test_joining_stores_the_names_on_one_line(self, sessie, gemeente) -> None:
        response = Client().post(
            f"/doe-mee/{sessie.code}/",
            {
                "naam": "Lien\nDe Smet",
                "werking": "nieuw",
                "nieuwe_werking": "Academie\u2028Lennik",
                "gemeente": "Lennik",
            },
        )
        assert response.status_code == 302
        werking = Werking.objects.get(sessie=sessie)
        assert werking.naam == "Academie Lennik"
        assert werking.deelnemers.get().naam == "Lien De Smet"


def test_two_werkingen_renamed_to_one_name_at_once_get_one_refusal(live) -> None:
    """The check and the write hold the session's lock: of two simultaneous renames of two
    werkingen to the same name, exactly one lands, on SQLite and PostgreSQL."""
    begeleider = maak_begeleider("an", "An")
    sessie = maak_sessie(begeleider, "Netwerkdag Pajottenland")
    pajottegem = Gemeente.objects.get(naam="Pajottegem")
    browsers = []
    for naam, organisatie in (("Sofie", "Bibliotheek Pajottegem"), ("Ward", "GC De Boesdaalhoeve")):
        deelnemer, token = doe_mee(
            sessie, naam, nieuwe_werking_naam=organisatie, gemeente=pajottegem
        )
        browser = Browser(live)
        browser.meedoen(token)
        browsers.append((browser, deelnemer.werking))
    for ronde in range(4):
        nieuw = f"Cultuurhuis {ronde}"
        acties = []
        for browser, werking in browsers:
            pad = f"/doe-mee/{sessie.code}/bewaar/werking/{werking.pk}/naam/"
            data = {"waarde": nieuw, "basis": Werking.objects.get(pk=werking.pk).naam}
            acties.append(lambda b=browser, p=pad, d=data: b.vraag(p, d, {"X-Autosave": "1"}))
        statussen = tegelijk(*acties)
        assert sorted(statussen) == [200, 400], statussen
        namen = list(Werking.objects.filter(sessie=sessie).values_list("naam", flat=True))
        assert namen.count(nieuw) == 1, namen
