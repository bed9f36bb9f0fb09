"""English readings added after the seventeenth set's misses (brief E17). Each sentence is
invented in the form the news used, not copied from the fixtures."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for


def test_countries_out_of_the_membership_reaching_two_percent_are_allies(facts) -> None:
    # no alliance word in the paragraph: the count is NATO's allies at 2% (June 2024: 23)
    text = ("The secretary-general spoke in Brussels on Tuesday.\n\n"
            "So far, 23 out of 32 countries have met or surpassed 2% this year, he said.")
    row = row_for(checked(text, date(2024, 7, 1), facts), "23")
    assert row["status"] in ("consistent", "superseded")  # revised in April 2025


def test_countries_out_of_a_number_that_was_never_the_membership_stay_countries(facts) -> None:
    text = ("The secretary-general spoke in Brussels on Tuesday.\n\n"
            "So far, 23 out of 40 countries have met or surpassed 2% this year, he said.")
    table = checked(text, date(2024, 7, 1), facts)
    assert (table[table["figure"] == "23"]["status"] == "unmatched").all()


def test_all_allies_foreseen_to_spend_two_percent_are_a_count_at_the_guideline(facts) -> None:
    # August 2025: 31 allies at 2% (Iceland has no armed forces), not the membership of 32
    text = "The alliance said on Thursday that all 31 allies will spend at least 2% of GDP in 2025."
    assert row_for(checked(text, date(2025, 9, 1), facts), "31 allies")["status"] == "consistent"


def test_all_allies_agreeing_to_spend_two_percent_stay_the_membership(facts) -> None:
    text = "At the summit all 31 allies agreed to spend at least 2% of GDP on defence."
    row = row_for(checked(text, date(2025, 9, 1), facts), "31 allies")
    assert row["status"] == "unmatched" and "membership" in row["note"]


def test_a_rise_across_the_european_allies_and_canada_is_their_growth(facts) -> None:
    # February 2024: the European allies' and Canada's spending rose 11% in 2023
    text = ("Defence budgets kept climbing in 2023, the secretary-general said. "
            "\"Last year brought a record rise of 11% across European allies and Canada.\"")
    row = row_for(checked(text, date(2024, 2, 20), facts), "11%")
    assert row["entity"] == "Europe and Canada" and row["status"] == "consistent"


def test_an_average_of_the_european_allies_gdp_is_their_combined_share(facts) -> None:
    # February 2024: the European allies together at 2% of GDP in 2024
    # the target named later in the sentence does not make the average a goal
    text = ("European NATO members are set to put an average of 2% of their annual GDP into "
            "defence in 2024, with 18 allies reaching the target.")
    row = row_for(checked(text, date(2024, 2, 20), facts), "2%")
    assert row["entity"] == "Europe" and row["status"] == "consistent"
