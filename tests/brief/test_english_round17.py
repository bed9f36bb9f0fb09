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
