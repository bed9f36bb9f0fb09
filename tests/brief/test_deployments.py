"""Troops sent or stationed somewhere are a deployment, never compared with an ally's whole armed
forces (issue 9: another thing in the same unit). Sentences are written for the tests in news
style, not copied from the fixtures."""

from __future__ import annotations

from datetime import date

import pytest

from tests.brief.conftest import checked, row_for

DEPLOYMENTS = [
    ("In 2024, the German army has 5,000 troops in Lithuania.", "5,000 troops"),
    ("In 2024 Germany stationed 5,000 soldiers permanently in Lithuania.", "5,000 soldiers"),
    ("The United States had 100,000 troops in Europe in 2024.", "100,000 troops"),
    ("In 2024 France deployed about 1,000 soldiers to Romania.", "about 1,000 soldiers"),
]


@pytest.mark.parametrize(("text", "figure"), DEPLOYMENTS)
def test_a_deployment_is_never_an_allys_personnel(facts, text, figure) -> None:
    row = row_for(checked(text, date(2025, 9, 1), facts), figure)
    assert row["status"] == "unmatched"
    assert row["metric"] != "ally_personnel"
    assert "stationed somewhere" in row["note"]


def test_a_whole_force_with_its_year_is_still_compared(facts) -> None:
    text = "In 2024, Poland had 216,100 military personnel."
    row = row_for(checked(text, date(2025, 9, 1), facts), "216,100 military personnel")
    assert (row["metric"], row["entity"]) == ("ally_personnel", "Poland")
    assert row["status"] == "consistent"
