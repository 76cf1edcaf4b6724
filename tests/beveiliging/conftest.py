import pytest
from django.core.cache import cache

from tests.conftest import laad_referentiedata


@pytest.fixture
def live(live_server, transactional_db) -> str:
    """A real server in threads (each request its own database connection), as in
    production. live_server flushes the tables afterwards; the reference data comes back here
    and the throttling counters (cache table, not flushed) are cleared."""
    laad_referentiedata()
    cache.clear()
    yield live_server.url
    cache.clear()
