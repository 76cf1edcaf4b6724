"""The open-loop load client of benchmarks/belasting.py works end to end against a real server.

Not a timed test: it proves the benchmark measures what it claims (participants join through
the real flow, their saves land in the database, polls and pages get answers), with a tiny room
and a fast rhythm for a few seconds. The figures themselves live in benchmarks/README.md.
"""

import asyncio
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

from benchmarks.belasting import SOORTEN, Klant, Resultaat, Ritme
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


def test_it_joins_saves_and_polls_a_live_server_on_a_fixed_timeline(live) -> None:
    call_command("demo", code=CODE, werkingen=2, verbosity=0)
    klant = Klant(
        live,
        [CODE],
        per_kamer=4,
        ritme=Ritme(bewaar=0.4, pagina=0.8, poll=0.5, begeleider=0.5),
        gedeeld=0.3,
    )

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
    # Dashboard and projector were polled as the facilitator (a login, not a redirect).
    assert samenvatting["dashboard"]["statussen"].keys() <= {200, 304}
