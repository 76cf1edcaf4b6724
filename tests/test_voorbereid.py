"""Queries compiled once and run with other values (cultuuroptil/lib/voorbereid.py): they must
give exactly what the ORM gives, on SQLite and on PostgreSQL."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import IntegrityError, transaction
from django.db.models import F, QuerySet, Subquery
from django.utils import timezone

from begeleiding.live import (
    DEELNEMERS,
    KAARTEN,
    WERKINGEN,
    _deelnemers,
    _kaarten,
    _werkingen_met_tellingen,
)
from begeleiding.services import MUUR, _muur_rijen, zet_verborgen
from cultuuroptil.lib.voorbereid import VoorbereideQuery, VoorbereideUpdate, VoorbereideWaarden
from partnerkaarten.models import Idee
from sessies.models import Deelnemer
from werking.services import voeg_kenmerk_toe

pytestmark = pytest.mark.django_db


def test_it_gives_the_dashboards_werkingen_as_the_orm_does(sessie, werk, klinker) -> None:
    verwacht = list(_werkingen_met_tellingen(sessie.pk))
    gekregen = WERKINGEN.alle(sessie.pk)
    assert [w.pk for w in gekregen] == [w.pk for w in verwacht]
    for a, b in zip(gekregen, verwacht, strict=True):
        assert a.gemeente.naam == b.gemeente.naam
        for naam in ("sterktes", "beperkingen", "aantal_kaarten", "bovenlokaal", "laatst_idee"):
            assert getattr(a, naam) == getattr(b, naam), naam
    assert WERKINGEN.alle(-1) == []


def test_it_gives_the_dashboards_and_the_walls_rows_as_the_orm_does(
    sessie, werk, klinker, kempen
) -> None:
    # Datetimes aware, booleans as bool, in the ORM's order: as values_list() gives them.
    Deelnemer.objects.filter(pk=klinker.deelnemer.pk).update(laatst_actief=timezone.now())
    voeg_kenmerk_toe(klinker.werking, "sterkte", "Een repetitieruimte", None)
    verborgen = voeg_kenmerk_toe(klinker.werking, "sterkte", "Verborgen", None)
    zet_verborgen(verborgen, True)
    for query, maak, waarden in (
        (DEELNEMERS, _deelnemers, (sessie.pk,)),
        (KAARTEN, _kaarten, (sessie.pk,)),
        (MUUR, _muur_rijen, (sessie.pk, 1)),
        (MUUR, _muur_rijen, (sessie.pk, 6)),
    ):
        verwacht = list(maak(*waarden))
        assert verwacht, maak.__name__
        assert query.rijen(*waarden) == verwacht, maak.__name__
        assert [tuple(map(type, r)) for r in query.rijen(*waarden)] == [
            tuple(map(type, r)) for r in verwacht
        ]
    assert DEELNEMERS.rijen(-1) == []
    # One card per kind at most, with the count of every visible card of that kind.
    assert [(soort, totaal) for soort, _, _, totaal in MUUR.rijen(sessie.pk, 1)] == [
        ("sterkte", 3),
        ("beperking", 1),
    ]


def idee_update() -> VoorbereideUpdate:
    # An idea belongs to a werking through its card: the UPDATE needs a subquery.
    def maak(werking_id: int, pk: int, basis: str, nieuw: str):
        rijen = Idee.objects.filter(partnerkaart__werking=werking_id, pk=pk, tekst=basis)
        return rijen, {"tekst": nieuw}

    return VoorbereideUpdate(maak, -1, -2, "§basis§", "§nieuw§")


def test_it_updates_only_the_matching_row_and_says_how_many(sofie, klinker, werk) -> None:
    update = idee_update()
    idee = werk["idee"]
    assert update.voer_uit(klinker.werking.pk, idee.pk, idee.tekst, "Van De Klinker") == 0
    assert update.voer_uit(sofie.werking.pk, idee.pk, "Een oude tekst", "Verouderd") == 0
    assert update.voer_uit(sofie.werking.pk, idee.pk, idee.tekst, "Samen koken") == 1
    idee.refresh_from_db()
    assert idee.tekst == "Samen koken"


def test_it_builds_the_query_once_per_thread(sofie, werk) -> None:
    gebouwd = []

    def maak(pk: int):
        gebouwd.append(pk)
        return Idee.objects.filter(pk=pk).annotate(lengte=F("pk"))[:1]

    query = VoorbereideQuery(maak, -5)
    idee = werk["idee"]
    assert query.eerste(idee.pk).tekst == idee.tekst
    assert query.eerste(idee.pk).lengte == idee.pk
    assert query.eerste(-7) is None
    assert gebouwd == [-5]


def test_it_gives_values_rows_as_the_orm_does_with_converted_times(sofie, werk) -> None:
    # The JSON poll's query: a join, a time compared with a datetime placeholder, a NULL name.
    def maak(werking_id: int, sinds: datetime) -> QuerySet:
        return (
            Idee.objects.filter(partnerkaart__werking=werking_id, gewijzigd__gte=sinds)
            .order_by("pk")
            .values_list("pk", "gewijzigd_door__naam", "tekst", "gewijzigd")
        )

    query = VoorbereideWaarden(maak, -8, datetime(2001, 2, 3, tzinfo=UTC))
    werking_id = sofie.werking.pk
    for sinds in (datetime(2000, 1, 1, tzinfo=UTC), timezone.now() + timedelta(days=1)):
        assert query.rijen(werking_id, sinds) == list(maak(werking_id, sinds))
    rijen = query.rijen(werking_id, datetime(2000, 1, 1, tzinfo=UTC))
    assert werk["idee"].pk in [r[0] for r in rijen]
    assert all(r[3].tzinfo is not None for r in rijen)


def test_it_refuses_placeholders_it_cannot_tell_apart_or_cannot_find(werk) -> None:
    def maak(a: int, b: int):
        return Idee.objects.filter(pk=a), {"volgorde": b}

    # The same value twice: which parameter is which cannot be told.
    update = VoorbereideUpdate(maak, 7, 7)
    with pytest.raises(ValueError, match="niet eenduidig"):
        update.voer_uit(1, 2)
    # A placeholder the query does not use.
    ontbreekt = VoorbereideUpdate(lambda a, b: (Idee.objects.filter(pk=a), {"volgorde": 3}), 7, 8)
    with pytest.raises(ValueError, match="niet eenduidig"):
        ontbreekt.voer_uit(1, 2)


def test_it_fills_a_placeholder_in_every_place_it_stands(sofie, werk) -> None:
    # The participant's werking and id, each from a subquery on the same token hash and code.
    def maak(token_hash: str, code: str, pk: int, tekst: str):
        deelnemer = Deelnemer.objects.filter(token_hash=token_hash, sessie__code=code)
        return (
            Idee.objects.filter(
                pk=pk, partnerkaart__werking=Subquery(deelnemer.values("werking_id")[:1])
            ),
            {"tekst": tekst, "gewijzigd_door_id": Subquery(deelnemer.values("pk")[:1])},
        )

    update = VoorbereideUpdate(maak, "#hash#", "#code#", -515_151, "#tekst#")
    idee = werk["idee"]
    code = sofie.sessie.code
    assert update.voer_uit("ander", code, idee.pk, "Niet van hen") == 0
    assert update.voer_uit(sofie.deelnemer.token_hash, "ANDERS", idee.pk, "Niet van hen") == 0
    assert update.voer_uit(sofie.deelnemer.token_hash, code, idee.pk, "Met de bib") == 1
    idee.refresh_from_db()
    assert (idee.tekst, idee.gewijzigd_door_id) == ("Met de bib", sofie.deelnemer.pk)
    with pytest.raises(TypeError):
        update.voer_uit(sofie.deelnemer.token_hash, code, idee.pk)


def test_it_raises_djangos_own_errors_and_counts_as_a_query_when_watched(
    sofie, karim, django_assert_num_queries
) -> None:
    # On SQLite the SQL is rewritten once and run on the sqlite3 cursor itself, unless queries
    # are being watched; either way a database error is Django's, not the driver's.
    update = VoorbereideUpdate(
        lambda pk, h: (Deelnemer.objects.filter(pk=pk), {"token_hash": h}), -61, "§h§"
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        update.voer_uit(karim.deelnemer.pk, sofie.deelnemer.token_hash)
    with django_assert_num_queries(1):
        assert update.voer_uit(karim.deelnemer.pk, "nieuw") == 1
    assert update.voer_uit(karim.deelnemer.pk, karim.deelnemer.token_hash) == 1
