"""English readings of the fourth round (issue 9): the allies beside one named in an exercise,
levels an ally's spending was raised to, growth NATO gives only for Europe and Canada, per-ally
rankings, the 2025 estimates and the Hague split. Sentences are written for the tests in news
style; each is read right or left unmatched, never a false alarm."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

DURING_STEADFAST_DEFENDER = date(2024, 2, 1)


def test_the_allies_beside_one_named_are_no_count_of_participants(facts) -> None:
    for text, figure in (
            ("Britain will send 20,000 personnel to Steadfast Defender 2024, joining forces with "
             "counterparts from 30 NATO countries plus Sweden.", "30 NATO countries"),
            ("In Steadfast Defender 2024 the UK trains alongside 30 other allies.",
             "30 other allies"),
            ("Steadfast Defender 2024: Polish troops exercise together with 30 allies.", "30 allies")):
        row = row_for(checked(text, DURING_STEADFAST_DEFENDER, facts), figure)
        assert row["status"] == "unmatched", text
        assert "participants" in row["note"], text


def test_all_the_participants_are_still_counted(facts) -> None:
    text = "Steadfast Defender 2024 brings together forces from all 31 allies and Sweden."
    row = row_for(checked(text, DURING_STEADFAST_DEFENDER, facts), "31 allies")
    assert row["metric"] == "exercise_participating_allies"
    assert row["status"] in ("consistent", "superseded")
