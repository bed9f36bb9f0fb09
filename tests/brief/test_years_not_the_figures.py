"""Years a sentence names that are not its figure's year (issue 9): the year of a goal's name
("the 2014 Wales summit goal"), the start of a comparison ("the largest increase since 2014"),
a year inside the parenthesis after a figure, which belongs to the figure there, and "since" in
other languages ("desde 2014"). Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.extract.extractor import extract_figures
from tests.brief.conftest import checked, row_for


def test_a_year_that_names_the_goal_is_not_the_counts_year(facts) -> None:
    text = ("The secretary-general said that 23 of the alliance's 32 members now meet the 2014 "
            "Wales summit goal of spending 2 percent of GDP on defence.")
    row = row_for(checked(text, date(2024, 7, 10), facts), "23")
    assert row["year"] == 2024  # NATO's count for 2024 by then (later revised)
    assert row["status"] in ("consistent", "superseded")


def test_at_the_summit_of_a_year_is_still_the_counts_year(facts) -> None:
    text = ("When the allies made the commitment at the 2014 summit, only three countries met "
            "the target.")
    row = row_for(checked(text, date(2024, 6, 20), facts), "three countries")
    assert (row["year"], row["status"]) == (2014, "consistent")


def test_the_largest_increase_since_a_year_is_no_sum_since_then(facts) -> None:
    text = ("Allies will raise their spending by a fifth this year, the largest increase since "
            "2014, with total spending nearing USD 1.5 trillion.")
    row = row_for(checked(text, date(2024, 7, 10), facts), "USD 1.5 trillion")
    assert row["metric"] != "europe_canada_cumulative_additional_spending_since_2014"
    assert row["status"] != "differs"


def test_a_year_in_the_parenthesis_after_a_share_is_the_parenthesis_figures(facts) -> None:
    text = ("Quest'anno la spesa della NATO nel suo complesso arriva al 2,76% del PIL (2,61% nel "
            "2024).")
    table = checked(text, date(2025, 9, 1), facts)
    share = row_for(table, "2,76%")
    assert share["year"] != 2024
    assert share["status"] == "consistent"
    assert row_for(table, "2,61%")["year"] == 2024


def test_since_in_other_languages_is_a_baseline_year() -> None:
    for text in ("Estados Unidos, que destina el 3,38%, es el único país que ha reducido su "
                 "aportación desde 2014.",
                 "Les États-Unis, qui consacrent 3,38 %, sont le seul pays en recul depuis 2014."):
        figures = extract_figures(text, date(2025, 4, 16))
        share = figures[figures["text"].str.startswith("3,38")].iloc[0]
        assert pd.isna(share["year"]) or share["year"] != 2014, text


def test_a_figure_in_a_parenthesis_after_a_year_is_of_that_year(facts) -> None:
    text = ("Spending peaked in 2021 (1.52%), but there was a decrease in 2022 (1.40%) and 2023 "
            "(1.48%) in Portugal.")
    table = checked(text, date(2024, 6, 18), facts)
    assert [row_for(table, figure)["year"] for figure in ("1.52%", "1.40%", "1.48%")] == [
        2021, 2022, 2023]
    assert row_for(table, "1.40%")["status"] != "differs"


def test_the_following_year_is_the_year_after_the_one_named(facts) -> None:
    text = ("By 2020, nine NATO member states had met the commitment, though that fell to six "
            "the following year before rebounding to seven in 2022.")
    figures = extract_figures(text, date(2024, 6, 18))
    assert figures.loc[figures["text"] == "six", "year"].iloc[0] == 2021
    row = row_for(checked(text, date(2024, 6, 18), facts), "six")
    assert (row["year"], row["status"]) == (2021, "consistent")
