"""`manage.py demo`: a filled-in demo workshop that is safe to run again and again."""

import io
import re

import pytest
from django.contrib.auth import authenticate
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Prefetch
from django.utils import timezone

from begeleiding.demo_inhoud import DEMO_PLAATS, DEMO_TITEL
from begeleiding.management.commands.demo import (
    MAX_WERKINGEN,
    Planner,
    laad_categorieen,
    laad_gemeenten,
)
from partnerkaarten.models import Bol, Combinatie, Idee, Partner, Partnerkaart
from rapport.gegevens import verzamel
from sessies.models import Deelnemer, Sessie, UitgegevenCode
from werking.models import Gemeente, Kenmerk, Werking
from werking.services import doe_mee

pytestmark = pytest.mark.django_db

MODELLEN = [
    User,
    Sessie,
    UitgegevenCode,
    Werking,
    Kenmerk,
    Partner,
    Partnerkaart,
    Partnerkaart.partners.through,
    Idee,
    Bol,
    Combinatie,
    Combinatie.partners.through,
    Deelnemer,
]


def demo(*args: str) -> str:
    uit = io.StringIO()
    call_command("demo", *args, stdout=uit)
    return uit.getvalue()


def gedrukte_code(uitvoer: str) -> str:
    treffer = re.search(r"Deelnemers doen mee met code ([A-Z0-9]{6}): ", uitvoer)
    assert treffer, uitvoer
    return treffer.group(1)


def tellingen() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELLEN}


def inhoud(sessie: Sessie) -> list[tuple]:
    """Everything a participant sees of the session's werkingen, without ids or tokens."""
    resultaat = []
    for w in sessie.werkingen.order_by("naam"):
        resultaat.append(
            (
                w.naam,
                w.gemeente_id,
                w.dagelijkse_werking,
                w.doel,
                w.voor_wie,
                [(k.soort, k.volgorde, k.tekst) for k in w.kenmerken.all()],
                [
                    (p.naam, p.gemeente_id, p.categorie_id, p.sector, p.behouden, p.volgorde)
                    for p in w.partners.all()
                ],
                [
                    (
                        k.kenmerk.tekst,
                        k.bovenlokaal,
                        sorted(p.naam for p in k.partners.all()),
                        [i.tekst for i in k.ideeen.all()],
                    )
                    for k in w.partnerkaarten.all()
                ],
                [(b.gemeente_id, b.volgorde) for b in w.bollen.all()],
                [(c.titel, c.ideeen, c.verder) for c in w.combinaties.all()],
                sorted(d.naam for d in w.deelnemers.all()),
            )
        )
    return resultaat


def test_it_creates_the_facilitator_a_session_and_three_werkingen(referentiedata) -> None:
    uitvoer = demo()

    begeleider = User.objects.get(username="begeleider")
    assert not begeleider.is_staff
    assert not begeleider.is_superuser
    assert authenticate(username="begeleider", password="netwerkdemo") == begeleider

    code = gedrukte_code(uitvoer)
    sessie = Sessie.objects.get(code=code)
    assert sessie.eigenaar == begeleider
    assert sessie.titel == DEMO_TITEL
    assert sessie.plaats == DEMO_PLAATS
    assert sessie.datum == timezone.localdate()
    assert UitgegevenCode.objects.filter(code=code).exists()
    assert sessie.werkingen.count() == 3
    assert set(sessie.werkingen.values_list("naam", flat=True)) == {
        "Bibliotheek Pajottegem",
        "Jeugdhuis De Klinker",
        "Cultuurcentrum Dilbeek",
    }

    regels = uitvoer.strip().splitlines()
    assert (
        "Aanmelden als begeleider: http://127.0.0.1:8000/aanmelden/  "
        "gebruiker: begeleider  wachtwoord: netwerkdemo"
    ) in regels
    assert regels[-1] == (
        f"Deelnemers doen mee met code {code}: http://127.0.0.1:8000/doe-mee/{code}/"
    )


def test_it_gives_the_same_result_when_run_twice(referentiedata) -> None:
    eerste = demo()
    na_eerste = tellingen()
    sessie = Sessie.objects.get(code=gedrukte_code(eerste))
    inhoud_na_eerste = inhoud(sessie)

    tweede = demo()

    assert tellingen() == na_eerste
    assert gedrukte_code(tweede) == sessie.code
    assert inhoud(sessie) == inhoud_na_eerste
    assert authenticate(username="begeleider", password="netwerkdemo") is not None
    assert "0 aangemaakt, 3 bestonden al" in tweede


def test_it_writes_the_same_content_for_any_session(referentiedata) -> None:
    # Seeded per werking, not by the clock: two sessions get identical werkingen.
    demo("--code", "AAAAAA", "--werkingen", "8")
    demo("--code", "BBBBBB", "--werkingen", "8")

    eerste = inhoud(Sessie.objects.get(code="AAAAAA"))
    assert eerste == inhoud(Sessie.objects.get(code="BBBBBB"))
    assert len(eerste) == 8


def test_it_fills_an_existing_session_given_its_code(sofie) -> None:
    sessie = sofie.sessie
    getypt = " ".join(sessie.code.lower())

    uitvoer = demo("--code", getypt)

    assert Sessie.objects.count() == 1
    assert gedrukte_code(uitvoer) == sessie.code
    namen = set(sessie.werkingen.values_list("naam", flat=True))
    # Sofie's own "Bibliotheek Pajottegem" counts as present and stays hers.
    assert namen == {"Bibliotheek Pajottegem", "Jeugdhuis De Klinker", "Cultuurcentrum Dilbeek"}
    assert not sofie.werking.kenmerken.exists()
    assert list(sofie.werking.deelnemers.all()) == [sofie.deelnemer]
    assert "Let op: deze sessie hoort bij 'an'" in uitvoer


def test_it_creates_a_session_with_the_given_code_and_records_it(referentiedata) -> None:
    uitvoer = demo("--code", "k7m4qx")

    sessie = Sessie.objects.get(code="K7M4QX")
    assert sessie.eigenaar.username == "begeleider"
    assert sessie.werkingen.count() == 3
    assert UitgegevenCode.objects.filter(code="K7M4QX").exists()
    assert "http://127.0.0.1:8000/doe-mee/K7M4QX/" in uitvoer


def test_it_reuses_a_recorded_code_whose_session_is_gone(referentiedata) -> None:
    UitgegevenCode.objects.create(code="K7M4QX")

    demo("--code", "K7M4QX")

    assert Sessie.objects.get(code="K7M4QX").werkingen.count() == 3
    assert UitgegevenCode.objects.filter(code="K7M4QX").count() == 1


@pytest.mark.parametrize("code", ["ABC", "K7M4QXY", "K7M4Q0", "K7M4QI", "K7M4Q!"])
def test_it_rejects_an_invalid_code_in_dutch(referentiedata, code: str) -> None:
    with pytest.raises(CommandError, match="Ongeldige code"):
        demo("--code", code)
    assert not Sessie.objects.exists()


@pytest.mark.parametrize("aantal", ["-1", "201"])
def test_it_rejects_an_impossible_number_of_werkingen(referentiedata, aantal: str) -> None:
    with pytest.raises(CommandError, match="werkingen"):
        demo("--werkingen", aantal)


def test_it_explains_missing_reference_data(referentiedata) -> None:
    Gemeente.objects.filter(naam="Pajottegem").delete()

    with pytest.raises(CommandError, match="loaddata gemeenten inspiratie"):
        demo()


def test_it_fills_every_step_for_fifty_werkingen(
    referentiedata, django_assert_max_num_queries
) -> None:
    # Through the participants' services, row by row: the queries grow with the werkingen,
    # but only linearly (about 165 per werking: joins, items, partners, bollen, cards).
    with django_assert_max_num_queries(200 * 50):
        uitvoer = demo("--werkingen", "50")
    sessie = Sessie.objects.get(code=gedrukte_code(uitvoer))

    werkingen = list(
        sessie.werkingen.select_related("gemeente").prefetch_related(
            "kenmerken",
            "partners__categorie",
            "bollen",
            "deelnemers",
            Prefetch(
                "partnerkaarten",
                Partnerkaart.objects.select_related("kenmerk").prefetch_related(
                    "partners", "ideeen"
                ),
            ),
            Prefetch("combinaties", Combinatie.objects.prefetch_related("partners")),
        )
    )
    assert len(werkingen) == 50
    assert len({w.naam for w in werkingen}) == 50
    for w in werkingen:
        assert w.dagelijkse_werking and w.doel and w.voor_wie, w.naam
        kenmerken = list(w.kenmerken.all())
        sterktes = [k for k in kenmerken if k.soort == Kenmerk.Soort.STERKTE]
        beperkingen = [k for k in kenmerken if k.soort == Kenmerk.Soort.BEPERKING]
        assert 3 <= len(sterktes) <= 4 and 3 <= len(beperkingen) <= 4, w.naam
        assert [k.volgorde for k in sterktes] == list(range(1, len(sterktes) + 1))

        partners = list(w.partners.all())
        assert 5 <= len(partners) <= 7, w.naam
        assert len({p.naam for p in partners}) == len(partners), w.naam
        assert w.naam not in {p.naam for p in partners}
        assert 3 <= sum(p.behouden for p in partners) <= 4, w.naam
        assert all(p.categorie_id for p in partners)
        for p in partners:
            if p.categorie.standaard_cultureel is None:
                assert p.cultureel_keuze is not None, p.naam  # Jeugd, Andere: a choice.

        bollen = list(w.bollen.all())
        # The own gemeente's bol is derived, never stored; the others are, in order.
        assert w.gemeente_id not in {b.gemeente_id for b in bollen}
        assert [b.volgorde for b in bollen] == list(range(1, len(bollen) + 1))
        bol_gemeenten = [b.gemeente_id for b in bollen]
        assert len(set(bol_gemeenten)) == len(bol_gemeenten)
        assert {p.gemeente_id for p in partners} <= {*bol_gemeenten, w.gemeente_id}
        assert len({p.gemeente_id for p in partners if p.gemeente_id}) >= 3, w.naam

        kaarten = list(w.partnerkaarten.all())
        assert 2 <= len(kaarten) <= 3
        assert {k.kenmerk.soort for k in kaarten} == {"sterkte", "beperking"}
        for kaart in kaarten:
            assert kaart.kenmerk.werking_id == w.pk
            kaartpartners = list(kaart.partners.all())
            assert 2 <= len(kaartpartners) <= 3
            assert all(p.werking_id == w.pk for p in kaartpartners)
            assert 1 <= len(kaart.ideeen.all()) <= 2
            if kaart.bovenlokaal:
                assert all(p.gemeente_id != w.gemeente_id for p in kaartpartners)

        combinaties = list(w.combinaties.all())
        assert 1 <= len(combinaties) <= 2
        assert any(c.verder for c in combinaties)
        for c in combinaties:
            assert c.titel and c.ideeen
            cpartners = list(c.partners.all())
            assert all(p.werking_id == w.pk for p in cpartners)
            assert len({p.gemeente_id for p in cpartners if p.gemeente_id}) >= 2, c.titel

        assert 1 <= len(w.deelnemers.all()) <= 3

    # Most werkingen also have a regional partner: a bol "regio / Vlaanderen".
    met_regio = sum(any(b.gemeente_id is None for b in w.bollen.all()) for w in werkingen)
    assert met_regio >= 30


def test_it_adds_only_the_missing_werkingen_when_asked_for_more(referentiedata) -> None:
    code = gedrukte_code(demo())
    eerste_drie = set(Werking.objects.values_list("pk", flat=True))

    uitvoer = demo("--werkingen", "5")

    sessie = Sessie.objects.get(code=code)
    assert sessie.werkingen.count() == 5
    assert eerste_drie < set(sessie.werkingen.values_list("pk", flat=True))
    assert "2 aangemaakt, 3 bestonden al" in uitvoer


def test_it_does_not_touch_a_werking_a_participant_changed(referentiedata) -> None:
    code = gedrukte_code(demo())
    werking = Werking.objects.get(sessie__code=code, naam="Jeugdhuis De Klinker")
    werking.doel = "Ons eigen doel, door de deelnemers herschreven."
    werking.save()
    werking.kenmerken.first().verwijder()
    eigen_partner = Partner.objects.create(werking=werking, naam="Chiro Sint-Kwintens-Lennik")
    voor = tellingen()

    demo()

    werking.refresh_from_db()
    assert werking.doel == "Ons eigen doel, door de deelnemers herschreven."
    assert Partner.objects.filter(pk=eigen_partner.pk).exists()
    assert Kenmerk.alle.filter(werking=werking, verwijderd_op__isnull=False).count() == 1
    assert tellingen() == voor


def test_it_keeps_a_participants_own_werking(referentiedata) -> None:
    code = gedrukte_code(demo())
    sessie = Sessie.objects.get(code=code)
    deelnemer, _ = doe_mee(
        sessie,
        "Jonas",
        nieuwe_werking_naam="Chiro Lennik",
        gemeente=Gemeente.objects.get(naam="Lennik"),
    )

    demo()

    assert Werking.objects.filter(pk=deelnemer.werking_id, sessie=sessie).exists()
    assert sessie.werkingen.count() == 4
    assert Deelnemer.objects.filter(pk=deelnemer.pk).exists()


def test_it_recreates_a_demo_werking_that_was_removed(referentiedata) -> None:
    code = gedrukte_code(demo())
    Werking.objects.get(sessie__code=code, naam="Cultuurcentrum Dilbeek").delete()

    demo()

    assert Werking.objects.filter(sessie__code=code, naam="Cultuurcentrum Dilbeek").exists()


def test_it_sets_the_given_password_and_the_default_again_without_one(referentiedata) -> None:
    uitvoer = demo("--password", "geheim-Pajot-2026")

    assert authenticate(username="begeleider", password="geheim-Pajot-2026") is not None
    assert authenticate(username="begeleider", password="netwerkdemo") is None
    assert "wachtwoord: geheim-Pajot-2026" in uitvoer

    demo()

    assert authenticate(username="begeleider", password="netwerkdemo") is not None
    assert User.objects.filter(username="begeleider").count() == 1


def test_it_reuses_the_demo_session_without_a_code(referentiedata) -> None:
    eerste = gedrukte_code(demo())

    assert gedrukte_code(demo("--werkingen", "1")) == eerste
    assert Sessie.objects.count() == 1


def test_it_names_up_to_two_hundred_werkingen_uniquely(referentiedata) -> None:
    planner = Planner(laad_gemeenten(), laad_categorieen())
    namen = [planner.naam_en_gemeente(i)[0] for i in range(MAX_WERKINGEN)]

    assert len(set(namen)) == MAX_WERKINGEN
    assert namen[:3] == ["Bibliotheek Pajottegem", "Jeugdhuis De Klinker", "Cultuurcentrum Dilbeek"]


def test_it_lets_the_printed_login_see_the_demo_session(referentiedata, client) -> None:
    uitvoer = demo()
    code = gedrukte_code(uitvoer)

    assert client.login(username="begeleider", password="netwerkdemo")
    response = client.get(f"/sessies/{code}/")

    assert response.status_code == 200
    assert "Jeugdhuis De Klinker" in response.content.decode()
    assert client.get(f"/doe-mee/{code}/").status_code == 200


def test_the_demo_facilitator_has_a_real_looking_full_name(referentiedata) -> None:
    # An older demo user named only "Demo" gets the full name on the next run too.
    User.objects.create_user("begeleider", first_name="Demo")
    demo()
    begeleider = User.objects.get(username="begeleider")
    assert begeleider.get_full_name() == "Hanne Verstraeten"
    sessie = Sessie.objects.get(eigenaar=begeleider)
    # Where the report and the invitation name the facilitator.
    assert verzamel(sessie).begeleider == "Hanne Verstraeten"
