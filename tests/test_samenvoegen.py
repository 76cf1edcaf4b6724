"""The three-way merges behind 'never a silent overwrite' for multi-field forms."""

from cultuuroptil.lib.autosave import voeg_samen, voeg_verzameling_samen


def test_it_keeps_a_colleagues_change_to_a_field_this_participant_left_alone() -> None:
    samen = voeg_samen(
        gepost={"naam": "WZC Ter Bruggen", "sector": "zorg"},
        basis={"naam": "Ter Bruggen", "sector": "zorg"},
        huidig={"naam": "Ter Bruggen", "sector": "ouderenzorg"},
    )
    assert samen.waarden == {"naam": "WZC Ter Bruggen", "sector": "ouderenzorg"}
    assert samen.conflicten == {}


def test_it_reports_a_conflict_when_both_changed_the_same_field() -> None:
    samen = voeg_samen({"sector": "zorg"}, {"sector": ""}, {"sector": "ouderenzorg"})
    assert samen.waarden == {"sector": "zorg"}
    assert samen.conflicten == {"sector": "ouderenzorg"}


def test_it_sees_no_conflict_when_both_made_the_same_change() -> None:
    samen = voeg_samen({"sector": "zorg"}, {"sector": ""}, {"sector": "zorg"})
    assert samen.conflicten == {}


def test_it_takes_the_posted_value_from_a_page_without_starting_values() -> None:
    samen = voeg_samen({"sector": "zorg"}, {"sector": None}, {"sector": "ouderenzorg"})
    assert samen.waarden == {"sector": "zorg"}
    assert samen.conflicten == {}


def test_it_applies_only_the_additions_and_removals_of_this_participant() -> None:
    # Page showed {1, 2}; this participant removed 2 and added 3; a colleague added 4.
    assert voeg_verzameling_samen({1, 3}, {1, 2}, {1, 2, 4}) == {1, 3, 4}


def test_it_lets_the_choice_win_without_a_starting_set() -> None:
    assert voeg_verzameling_samen({1, 3}, None, {1, 2, 4}) == {1, 3}
