"""Browser tests: a real Chromium (Debian's) driven by Playwright against live_server."""

import os

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page

from sessies.models import Sessie
from tests.conftest import Deelname, laad_referentiedata, maak_sessie
from werking.models import Gemeente

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture
def live(live_server, transactional_db) -> str:
    # live_server flushes the tables after each test; the reference data comes back here.
    laad_referentiedata()
    return live_server.url


@pytest.fixture
def browser(browser: Browser):
    """Every laptop or screen a test opens is closed afterwards, so its page stops polling."""
    voor = set(browser.contexts)
    yield browser
    for context in set(browser.contexts) - voor:
        context.close()


@pytest.fixture
def workshop(live, begeleider) -> Sessie:
    return maak_sessie(begeleider, "Netwerkdag Pajottenland")


@pytest.fixture
def sofie(workshop) -> Deelname:
    """Sofie, the first of Bibliotheek Pajottegem, joined without a browser of her own."""
    return Deelname(
        workshop,
        "Sofie",
        nieuwe_werking_naam="Bibliotheek Pajottegem",
        gemeente=Gemeente.objects.get(naam="Pajottegem"),
    )


@pytest.fixture
def toegankelijkheid():
    axe = Axe()

    def controleer(page: Page) -> None:
        resultaat = axe.run(page)
        ernstig = [
            f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']]}"
            for v in resultaat.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert ernstig == [], f"{page.url}: " + "; ".join(ernstig)

    return controleer
