"""How English news states NATO's headline figures (issue 9): the count of allies at the
guideline as "the number of allies meeting the target rose to 23", "23 of its members", a
share "as a share of GDP ... from 3.26%", the level a rise reached, personnel listed ally by
ally, and the forms already read that new rules must keep reading. Sentences are written for the
tests in the style of the June 2024 and February 2025 statements, not copied from articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.brief.conftest import checked, row_for

JUNE_2024 = date(2024, 6, 18)
CHECKED = ("consistent", "superseded")


@pytest.mark.parametrize(("text", "figure"), [
    ("The number of NATO countries meeting the target rose to 23 this year.", "23"),
    ("The number of allies at or above 2% of GDP has jumped to 23 this year.", "23"),
    ("NATO said on Monday that 23 of its members would spend at least 2% of GDP this year.",
     "23"),
    ("Allies meeting the 2% target this year: 23.", "23"),
])
def test_a_bare_count_whose_noun_stands_earlier_counts_allies_at_the_guideline(
        facts, text, figure) -> None:
    row = row_for(checked(text, JUNE_2024, facts), figure)
    assert row["metric"] == "allies_meeting_2pct_guideline"
    assert row["status"] in CHECKED


def test_the_number_of_allies_at_another_level_is_not_the_count_at_two_percent(facts) -> None:
    text = "The number of allies spending above 3% of GDP rose to 5 this year."
    row = row_for(checked(text, JUNE_2024, facts), "5")
    assert row["metric"] != "allies_meeting_2pct_guideline"


def test_levels_named_as_a_share_of_gdp_are_shares_not_growth(facts) -> None:
    text = ("Poland's defence spending as a share of GDP will rise to 4.12% this year from "
            "3.26% in 2023.")
    row = row_for(checked(text, JUNE_2024, facts), "3.26%")
    assert (row["metric"], row["entity"], row["year"]) == ("ally_share_gdp", "Poland", 2023)
    assert row["status"] in CHECKED


def test_the_level_a_rise_reached_is_the_subjects_spending(facts) -> None:
    text = ("Defence spending by European allies and Canada rose by 20% in 2024 to more than "
            "$485 billion.")
    row = row_for(checked(text, date(2025, 2, 7), facts), "more than $485 billion")
    assert (row["metric"], row["entity"]) == ("europe_canada_defence_spending",
                                             "Europe and Canada")
    assert row["status"] in CHECKED


def test_personnel_listed_ally_then_number_belong_to_each_ally(facts) -> None:
    text = "France has about 204,700 military personnel, Germany 185,600 and Italy 171,400."
    table = checked(text, JUNE_2024, facts)
    for figure, ally in (("185,600", "Germany"), ("171,400", "Italy")):
        row = row_for(table, figure)
        assert (row["metric"], row["entity"]) == ("ally_personnel", ally), figure
        assert row["status"] in CHECKED


@pytest.mark.parametrize(("text", "figure", "metric", "entity"), [
    ("European allies and Canada increased defence spending by 17.9% in 2024.", "17.9%",
     "europe_canada_defence_spending_change", "Europe and Canada"),
    ("Germany, Britain and France will spend $97.7 billion, $82.1 billion and $64 billion, "
     "respectively, this year.", "$82.1 billion", "ally_defence_spending", "United Kingdom"),
    ("Germany spent $97.7 billion, France $64 billion and Britain $82.1 billion this year.",
     "$64 billion", "ally_defence_spending", "France"),
    ("Poland leads the alliance at 4.12% of GDP, followed by Estonia at 3.43% and the United "
     "States at 3.38%.", "3.43%", "ally_share_gdp", "Estonia"),
    ("Some 23 allies will reach NATO's target of spending 2% of GDP on defence in 2024, up from "
     "10 last year.", "10", "allies_meeting_2pct_guideline", ""),
    ("NATO allies will spend a combined $1.47 trillion on defence this year.", "$1.47 trillion",
     "nato_total_defence_spending", ""),
])
def test_headline_forms_stay_read(facts, text, figure, metric, entity) -> None:
    row = row_for(checked(text, JUNE_2024, facts), figure)
    assert (row["metric"], row["entity"] or "") == (metric, entity)
    assert row["status"] in CHECKED


def test_a_comparison_with_the_figure_before_is_of_its_year(facts) -> None:
    text = ("In 2023, Poland's defence spending was around USD 29 billion. This is less than the "
            "United States, which spent about USD 876 billion.")
    row = row_for(checked(text, date(2024, 7, 1), facts), "about USD 876 billion")
    assert (row["entity"], row["year"]) == ("United States", 2023)
    assert row["status"] in CHECKED
