"""The brief on counts of allies (issue 9, after the tenth unseen set was scored): a count of the
allies that are not expected to reach the target, a count of the allies exactly at the 2% floor
in English, and a definite count as large as the alliance was in a year its sentence names (the
whole membership, never a count at a level). Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.brief.conftest import checked, row_for

JUNE_2024 = date(2024, 6, 18)
AUGUST_2025 = date(2025, 8, 29)


@pytest.mark.parametrize(("text", "figure"), [
    ("NATO published its estimates on Monday. Eight Nato members are not estimated to reach the "
     "target in 2024.", "Eight Nato members"),
    ("Five NATO allies will not meet the 2% target this year, the alliance said.",
     "Five NATO allies"),
    ("Nine allies won't reach the 2% guideline in 2024, NATO said.", "Nine allies"),
])
def test_a_count_of_allies_not_reaching_the_target_is_never_the_count_meeting_it(
        text, figure, facts) -> None:
    row = row_for(checked(text, JUNE_2024, facts), figure)
    assert row["status"] != "differs"
    assert row["metric"] != "allies_meeting_2pct_guideline"


def test_allies_that_will_reach_the_target_are_still_counted_as_meeting_it(facts) -> None:
    row = row_for(checked("NATO said 23 allies will reach the 2% target in 2024.", JUNE_2024,
                          facts), "23 allies")
    assert row["metric"] == "allies_meeting_2pct_guideline"
    assert row["status"] in ("consistent", "superseded")


def test_an_english_count_exactly_at_the_floor_is_compared_with_that_count(facts) -> None:
    text = ("This year, NATO estimates that all allies will reach this level, although seven "
            "countries will spend exactly 2.0 percent of GDP.")
    row = row_for(checked(text, AUGUST_2025, facts), "seven countries")
    assert (row["metric"], row["status"]) == ("allies_at_exactly_2.0pct", "consistent")


def test_an_english_count_at_or_above_the_floor_is_not_read_as_exactly_at_it(facts) -> None:
    text = "NATO estimates that 31 allies will spend at least 2.0 percent of GDP this year."
    row = row_for(checked(text, AUGUST_2025, facts), "31 allies")
    assert row["metric"] == "allies_meeting_2pct_guideline"


@pytest.mark.parametrize(("text", "figure"), [
    ("The 28 members that made up the alliance in 2014 pledged to reach a defence spending of "
     "at least 2% of their GDP ten years later.", "28 members"),
    ("Los 28 miembros que formaban la Alianza en 2014 se comprometieron a alcanzar un gasto "
     "militar de al menos el 2% de su PIB.", "28 miembros"),
])
def test_a_definite_count_as_large_as_the_alliance_in_a_named_year_is_its_membership(
        text, figure, facts) -> None:
    row = row_for(checked(text, AUGUST_2025, facts), figure)
    assert row["status"] == "unmatched"
    assert "whole membership" in row["reason"]


def test_a_definite_count_smaller_than_the_alliance_that_year_stays_a_count(facts) -> None:
    text = "In 2014, the 3 allies that met the 2% guideline were the US, the UK and Greece."
    row = row_for(checked(text, AUGUST_2025, facts), "3 allies")
    assert "whole membership" not in row["reason"]


JUNE_2023 = date(2023, 6, 12)


@pytest.mark.parametrize("text", [
    "Led by Germany, the drill involves 250 aircraft from 25 NATO and partner nations.",
    "The exercise, hosted by Germany, brings together 250 aircraft from 25 nations.",
])
def test_the_ally_leading_or_hosting_an_exercise_names_no_part_of_it(text, facts) -> None:
    row = row_for(checked(text, JUNE_2023, facts), "250 aircraft")
    assert (row["metric"], row["status"]) == ("exercise_aircraft", "consistent")


def test_an_allys_own_contribution_to_an_exercise_is_still_a_part(facts) -> None:
    text = "Led by Germany, the drill involves 250 aircraft, and Germany itself sends 60 aircraft."
    row = row_for(checked(text, JUNE_2023, facts), "60 aircraft")
    assert row["status"] == "unmatched"
    assert "contribution" in row["reason"]


DECEMBER_2024 = date(2024, 12, 5)
COLON_LIST = ("NATO's estimates came out in the summer.\n\nThe figures, for 2023, show:\n"
              "Finland spends 2.1%;\nPoland spends the most, at 3.3%")


def test_a_heading_ending_in_a_colon_dates_the_lines_under_it(facts) -> None:
    rows = checked(COLON_LIST, DECEMBER_2024, facts)
    assert row_for(rows, "2.1%")["year"] == 2023
    assert row_for(rows, "3.3%")["year"] == 2023


def test_a_blank_line_ends_what_a_colon_heading_dates(facts) -> None:
    text = COLON_LIST.replace("show:\n", "show:\n\n")
    year = row_for(checked(text, DECEMBER_2024, facts), "2.1%")["year"]
    assert pd.isna(year) or year != 2023
