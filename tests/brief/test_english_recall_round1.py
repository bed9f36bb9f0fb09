"""English forms of NATO's published figures the brief did not read (recall round 1, issue 9).
Each sentence is invented in a form news uses; NATO's values are read from the bundled facts."""

from __future__ import annotations

from datetime import date

import pandas as pd

from tests.brief.conftest import checked, row_for

JUNE_2024 = date(2024, 6, 20)  # NATO's estimates of 17 June 2024
SEPTEMBER_2025 = date(2025, 9, 2)  # NATO's estimates of 28 August 2025


def nato_value(facts: pd.DataFrame, key: str, year: int, release: str, entity: str = "") -> float:
    """NATO's bundled value of ``key`` for ``entity`` and ``year`` in ``release``."""
    rows = facts[(facts["key"] == key) & (facts["entity"].fillna("") == entity)
                 & (facts["release"] == release)
                 & (facts["year"].astype(str).str[:4] == str(year))]
    assert not rows.empty, (key, entity, year, release)
    return float(rows["value"].iloc[0])


def test_a_growth_on_last_year_is_of_the_year_named_before_it(facts) -> None:
    # "up 15.9% on last year": 2025's growth over 2024, never 2024's (19.4% in April 2025)
    growth = nato_value(facts, "europe_canada_defence_spending_change", 2025, "NATO 2025-08",
                        "Europe and Canada")
    text = (f"European allies and Canada will spend more on defence in 2025, up {growth:.1f}% "
            "on last year.")
    row = row_for(checked(text, SEPTEMBER_2025, facts), f"{growth:.1f}%")
    assert row["status"] == "consistent" and int(row["year"]) == 2025
    undated = checked(f"Spending by European allies and Canada rose {growth:.1f}% over last "
                      "year, NATO said.", SEPTEMBER_2025, facts)
    assert int(row_for(undated, f"{growth:.1f}%")["year"]) == 2025
