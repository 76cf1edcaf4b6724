"""The open-loop load client of benchmarks/belasting.py works end to end against a real server.

Not a timed test: it proves the benchmark measures what it claims (participants join through
the real flow, their saves land in the database, polls and pages get answers), with a tiny room
and a fast rhythm for a few seconds. The figures themselves live in benchmarks/README.md.
With two live servers it also proves the consistency check of `--servers 2` finds what it looks
for: a lost save, and dashboards that disagree with each other or with the database.
"""

import asyncio
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.db import connection
from pytest_django.live_server_helper import LiveServer

from benchmarks.belasting import (
    SOORTEN,
    Klant,
    Resultaat,
    Ritme,
    controleer,
    database_stand,
    haal_dashboards,
    vergelijk_dashboards,
)
from sessies.models import Deelnemer as DeelnemerModel
from tests.conftest import laad_referentiedata
from werking.models import Kenmerk, Werking

pytestmark = pytest.mark.belasting

CODE = "BNK234"


@pytest.fixture
def live(live_server, transactional_db) -> str:
    # live_server flushes the tables after each test; the reference data comes back here.
    laad_referentiedata()
    return live_server.url


def opgeslagen_waarde(url: str) -> str:
    """The stored text behind an autosave URL (/doe-mee/<code>/bewaar/<soort>/<pk>/<veld>/)."""
    soort, pk, veld = urlsplit(url).path.strip("/").split("/")[-3:]
    model = {"werking": Werking, "kenmerk": Kenmerk}[soort]
    return getattr(model.objects.get(pk=pk), veld)


def kleine_kamer(live: str, **extra) -> Klant:
    """A demo room of two werkingen and a client for four participants on a fast rhythm."""
    call_command("demo", code=CODE, werkingen=2, verbosity=0)
    ritme = Ritme(bewaar=0.4, pagina=0.8, poll=0.5, begeleider=0.5)
    return Klant(live, [CODE], per_kamer=4, ritme=ritme, gedeeld=0.3, **extra)


def test_it_joins_saves_and_polls_a_live_server_on_a_fixed_timeline(live) -> None:
    klant = kleine_kamer(live)

    async def draai() -> Resultaat:
        try:
            await klant.tot(4)
            return await klant.open_lus(4, duur=3, opwarmen=0.5)
        finally:
            await klant.sluit()

    # A thread of its own: after the browser tests Playwright's loop runs in this one.
    with ThreadPoolExecutor(1) as draad:
        resultaat = draad.submit(asyncio.run, draai()).result()

    samenvatting = resultaat.samenvattingen
    assert resultaat.fouten == 0, {k: v["foutsoorten"] for k, v in samenvatting.items()}
    assert set(samenvatting) == set(SOORTEN)
    for soort, s in samenvatting.items():
        assert s["beantwoord"] == s["gepland"] >= 3, soort
        assert set(s["statussen"]) <= {200, 304, 409}, soort
    assert samenvatting["save"]["statussen"][200] >= 10
    # Every participant joined through the join form, with their own browser session.
    assert DeelnemerModel.objects.filter(naam__startswith="Belasting ").count() == 4
    assert {d.werking_id for d in klant.deelnemers} == {
        str(pk) for pk in Werking.objects.filter(sessie__code=CODE).values_list("pk", flat=True)
    }
    # Each participant's own field holds their last saved text, which is also their basis.
    for d in klant.deelnemers:
        assert opgeslagen_waarde(d.eigen.url) == d.eigen.basis
        assert d.eigen.basis.startswith(f"{d.naam} schreef dit")
    # Participants poll as live.js does (X-Live, not htmx), so colleagues' texts come as JSON.
    assert not any(d.poll.htmx for d in klant.deelnemers)
    assert sum(d.poll.json for d in klant.deelnemers) >= 1
    # Dashboard and projector were polled as the facilitator (a login, not a redirect).
    assert samenvatting["dashboard"]["statussen"].keys() <= {200, 304}


def test_it_builds_a_queued_save_on_the_answer_to_the_one_before(live) -> None:
    # Under load a participant's next save is due before the previous one answered; like
    # autosave.js it must leave with that answer as its basis, or it conflicts with itself.
    klant = kleine_kamer(live)

    async def draai() -> list[int]:
        try:
            await klant.tot(1)
            d = klant.deelnemers[0]
            return [status for status, _ in await asyncio.gather(*(d.bewaar() for _ in range(3)))]
        finally:
            await klant.sluit()

    with ThreadPoolExecutor(1) as draad:
        statussen = draad.submit(asyncio.run, draai()).result()

    assert statussen == [200, 200, 200]
    d = klant.deelnemers[0]
    assert opgeslagen_waarde(d.eigen.url) == d.eigen.basis
    assert "versie 3" in d.eigen.basis


@pytest.fixture
def tweede_server(live):
    """A second server on the same database and SECRET_KEY, on another port."""
    server = LiveServer("localhost")
    yield server.url
    server.stop()


def test_it_checks_two_servers_for_lost_saves_and_differing_dashboards(live, tweede_server):
    klant = kleine_kamer(live, andere_servers=(tweede_server,))

    async def draai() -> tuple[Resultaat, dict]:
        try:
            await klant.tot(4)
            resultaat = await klant.open_lus(4, duur=3, opwarmen=0.5)
            return resultaat, await haal_dashboards(klant)
        finally:
            await klant.sluit()

    with ThreadPoolExecutor(1) as draad:
        resultaat, regios = draad.submit(asyncio.run, draai()).result()

    # Requests went to both servers, and the cookies one set (session, CSRF, the participant's
    # signed token) were good on the other: no 403 among the saves.
    assert resultaat.fouten == 0, {k: v["foutsoorten"] for k, v in resultaat.samenvattingen.items()}
    assert set(klant.per_server) == {live, tweede_server}
    assert min(klant.per_server.values()) >= 20
    assert set(regios[CODE]) == {live, tweede_server}

    controle = controleer(klant, regios, connection.cursor())
    assert controle.schoon, (controle.verloren, controle.dashboards)
    assert (controle.velden, controle.kamers, controle.werkingen) == (4, 1, 2)

    # A save the database lost: someone else's text where the participant's confirmed one was.
    d = klant.deelnemers[0]
    soort, pk, veld = urlsplit(d.eigen.url).path.strip("/").split("/")[-3:]
    model = {"werking": Werking, "kenmerk": Kenmerk}[soort]
    model.objects.filter(pk=pk).update(**{veld: "Een oudere tekst."})
    controle = controleer(klant, regios, connection.cursor())
    assert len(controle.verloren) == 1 and d.naam in controle.verloren[0], controle.verloren
    assert not controle.schoon

    # Dashboards that disagree: one server shows another count of sterktes...
    regio = regios[CODE][tweede_server]
    sterktes = Kenmerk.objects.filter(werking_id=d.werking_id, soort=Kenmerk.Soort.STERKTE).count()
    assert f"{sterktes} sterkte" in regio
    anders = regios[CODE] | {tweede_server: regio.replace(f"{sterktes} sterkte", "99 sterkte", 1)}
    afwijkingen = vergelijk_dashboards(CODE, anders, database_stand(connection.cursor(), CODE))
    assert any("verschilt" in a for a in afwijkingen), afwijkingen
    assert any(f"op {tweede_server}" in a and "99" in a for a in afwijkingen), afwijkingen
    assert not any(f"op {live}" in a for a in afwijkingen), afwijkingen
    # ...and both an older state than the database's.
    Werking.objects.filter(pk=d.werking_id).update(naam="Hernoemd")
    afwijkingen = vergelijk_dashboards(
        CODE, regios[CODE], database_stand(connection.cursor(), CODE)
    )
    assert len(afwijkingen) == 2 and all("Hernoemd" in a for a in afwijkingen), afwijkingen
