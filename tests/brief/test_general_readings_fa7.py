"""General readings found on brief_fresh7's false alarms and wrong checks (issue 9): sentences
written for the tests in news style, each read right or left unmatched, never a false alarm."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

JULY_2024 = date(2024, 7, 15)


def test_personnel_stated_as_a_goal_is_not_a_count(facts) -> None:
    text = ("In 2022 a new law set the goal of expanding Romania's armed forces to 150,000 "
            "personnel, including 110,000 professional soldiers and 40,000 reservists.")
    table = checked(text, JULY_2024, facts)
    for figure in ("150,000 personnel", "110,000 professional soldiers", "40,000"):
        rows = table[table["figure"].str.startswith(figure)]
        assert len(rows) == 1, (figure, table["figure"].tolist())
        assert rows.iloc[0]["status"] == "unmatched", figure
        assert "plan or goal" in rows.iloc[0]["note"], figure
    # control: personnel counted, with no plan word, is still compared
    text = "Poland's armed forces numbered 216,100 personnel in 2024."
    assert row_for(checked(text, JULY_2024, facts), "216,100 personnel")["status"] == "consistent"
