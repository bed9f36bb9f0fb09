"""English readings added in round 23 (brief E23): the forms left missed on every spent set. Each
sentence is invented; the values are read from the bundled facts, never typed."""

from __future__ import annotations

from datetime import date

import pandas as pd

from tests.brief.conftest import checked, row_for

WINTER_2024 = date(2024, 12, 20)  # NATO's estimates of 17 Jun 2024 out, the latest for 2024
JANUARY_2024 = date(2024, 1, 26)  # NATO's Steadfast Defender 2024 figures of 18 Jan 2024 out


def value_of(facts: pd.DataFrame, key: str, year: int, release: str, entity: str = "") -> float:
    """The one bundled value of ``key`` for ``entity`` and ``year`` in ``release``."""
    rows = facts[(facts["key"] == key) & (facts["entity"].fillna("") == entity)
                 & (facts["year"].astype(str).str[:4] == str(year)) & (facts["release"] == release)]
    return float(rows["value"].iloc[0])


def exercise_value(facts: pd.DataFrame, key: str, exercise: str, year: int) -> float:
    """The first bundled value of ``key`` for ``exercise`` in ``year``."""
    rows = facts[(facts["key"] == key) & (facts["entity"] == exercise)
                 & (facts["year"].astype(str).str[:4] == str(year))]
    return float(rows["value"].iloc[0])


# --- a past exercise named in its own sentence owns that sentence's figures --------------------

def test_a_past_exercise_named_after_the_main_one_owns_its_figure(facts) -> None:
    ships = exercise_value(facts, "exercise_ships", "Trident Juncture", 2018)
    text = ("Steadfast Defender 2024 gets under way next week along the eastern flank. The drills "
            "of a comparable scale were Zapad in 1981 with 100,000 men and Trident Juncture in "
            f"2018 with {ships:.0f} ships.")
    row = row_for(checked(text, JANUARY_2024, facts), f"{ships:.0f} ships")
    assert row["entity"] == "Trident Juncture" and row["status"] == "consistent"


def test_the_exercise_under_way_after_a_past_one_is_still_the_main_one(facts) -> None:
    ships = exercise_value(facts, "exercise_ships", "Steadfast Defender", 2024)
    text = ("Steadfast Defender 2024 gets under way next week along the eastern flank. Back in "
            "2018, Trident Juncture drew about 50,000 troops. The ongoing exercise gathers "
            f"{ships:.0f} ships.")
    row = row_for(checked(text, JANUARY_2024, facts), f"{ships:.0f} ships")
    assert row["entity"] == "Steadfast Defender" and row["status"] == "consistent"


# --- a share a planned rise starts from, said to be today's ------------------------------------

def test_the_current_share_a_rise_starts_from_is_measured(facts) -> None:
    share = value_of(facts, "ally_share_gdp", 2024, "NATO 2024-06", "Croatia")
    text = (f"Croatia's parliament voted that outlays on the army would climb from its current "
            f"{share:.1f}% share of the economy to 2.7% in 2029.")
    row = row_for(checked(text, WINTER_2024, facts), f"{share:.1f}%")
    assert row["status"] in ("consistent", "superseded") and row["year"] == 2024


def test_the_present_level_a_rise_starts_from_is_measured(facts) -> None:
    share = value_of(facts, "ally_share_gdp", 2024, "NATO 2024-06", "Croatia")
    text = ("Croatia's coalition faces pressure to keep its pledge to lift military outlays from "
            f"the present level of {share:.1f}% of GDP.")
    row = row_for(checked(text, WINTER_2024, facts), f"{share:.1f}%")
    assert row["status"] in ("consistent", "superseded")


def test_a_current_share_far_from_natos_never_differs(facts) -> None:
    # no year of its own: read only to agree, a share far off stays unmatched
    share = value_of(facts, "ally_share_gdp", 2024, "NATO 2024-06", "Croatia") + 0.6
    text = (f"Croatia's parliament voted that outlays on the army would climb from its current "
            f"{share:.1f}% share of the economy to 2.9% in 2029.")
    row = row_for(checked(text, WINTER_2024, facts), f"{share:.1f}%")
    assert row["status"] == "unmatched"


def test_the_end_of_the_rise_stays_a_plan(facts) -> None:
    share = value_of(facts, "ally_share_gdp", 2024, "NATO 2024-06", "Croatia")
    text = (f"Croatia's parliament voted that outlays on the army would climb from its current "
            f"{share:.1f}% share of the economy to 2.7% in 2029.")
    row = row_for(checked(text, WINTER_2024, facts), "2.7%")
    assert row["status"] == "unmatched"
