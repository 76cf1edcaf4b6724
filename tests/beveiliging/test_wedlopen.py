"""No acknowledged change is lost when colleagues save at the same moment: real parallel
requests (threads released together by a barrier) against a live server, on SQLite and
PostgreSQL. benchmarks/wedlopen.py runs the same scenarios for many more rounds."""

import pytest

from benchmarks.wedlopen import BEVESTIGD_PER_RONDE, SCENARIOS, draai, maak_opzet

RONDES = 4


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_it_loses_no_acknowledged_change_when_two_colleagues_save_at_once(live, scenario) -> None:
    opzet = maak_opzet(live)
    telling = draai(opzet, RONDES, [scenario])[scenario]
    assert telling.fouten == []
    # Different fields or items: both saves merge, so every one is acknowledged and kept. The
    # same field: one is acknowledged, the other told of the conflict.
    assert telling.bevestigd == BEVESTIGD_PER_RONDE.get(scenario, 2) * RONDES
    assert telling.verloren == 0
