"""Some allies referred to or described are not a count of all allies at a level (issue 9):
"the latter two countries", "these three allies", "the two newest members, Finland and Sweden".
Sentences are written for the tests in news style, not copied from the fixtures."""

from __future__ import annotations

from datetime import date

import pytest

from tests.brief.conftest import checked, row_for

SUBSETS = [
    ("Albania spent 1.6% and Croatia 1.8%. The latter two countries, both NATO members, are "
     "expected to meet the 2% target in 2024.", "two countries"),
    ("In 2024, 23 allies met the 2% target, including the two newest members, Finland and "
     "Sweden.", "two newest members"),
    ("Poland, Estonia and the US spend most. These three allies met the 2% guideline in 2024.",
     "three allies"),
]


@pytest.mark.parametrize(("text", "figure"), SUBSETS)
def test_a_subset_of_allies_is_not_the_count_at_the_guideline(facts, text, figure) -> None:
    row = row_for(checked(text, date(2024, 8, 1), facts), figure)
    assert row["status"] == "unmatched"
    assert "referred to or described" in row["note"]


def test_the_count_itself_is_still_compared(facts) -> None:
    text = "In 2024, 23 allies met the 2% target, including the two newest members."
    row = row_for(checked(text, date(2024, 8, 1), facts), "23 allies")
    assert row["metric"] == "allies_meeting_2pct_guideline"
    assert row["status"] in ("consistent", "superseded")
