"""Readings added after the twenty-eighth unseen set was scored (issue 9).
Each sentence is invented in the form the news and official statements used, not copied from the
fixtures."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

JULY_2024 = date(2024, 7, 20)  # after NATO's estimates of 17 June 2024
JULY_2023 = date(2023, 7, 20)  # after NATO's estimates of 7 July 2023


def test_now_in_the_figures_own_clause_keeps_a_later_clauses_year_away(facts) -> None:
    # the 2014 dates the pledge the comparison recalls, not the allies spending 2% "now"
    text = ("Twenty-three allies are now spending at least 2% of GDP on defence, up from only "
            "three when leaders signed the pledge in 2014.")
    row = row_for(checked(text, JULY_2024, facts), "Twenty-three allies")
    assert row["year"] == 2024 and row["status"] in ("consistent", "superseded")


def test_an_ally_included_in_a_group_owns_the_figure_it_is_given_with(facts) -> None:
    # "including Spain, with 1.28%": the share is Spain's, not the group's
    text = ("A third of the allies still fall short in 2024, including Spain, with 1.28% of GDP.")
    row = row_for(checked(text, JULY_2024, facts), "1.28%")
    assert row["entity"] == "Spain" and row["status"] in ("consistent", "superseded")


def test_an_inclusion_that_closes_before_the_verb_still_adds_the_ally_to_the_whole(facts) -> None:
    text = "Total NATO spending in 2024, including the United States, reaches 2.71% of GDP."
    row = row_for(checked(text, JULY_2024, facts), "2.71%")
    assert row["entity"] != "United States"


def test_a_definite_share_an_ally_spends_after_it_is_that_allys(facts) -> None:
    # "compared with the 3.49% ... the U.S. is estimated to spend": the relative clause's subject
    # owns the share, not the ally of the sentence's main clause
    text = ("France is projected to spend 1.9% of its GDP on defense this year, compared with "
            "the 3.49%, and roughly $743.3 billion, the U.S. is estimated to spend.")
    row = row_for(checked(text, JULY_2023, facts), "3.49%")
    assert row["entity"] == "United States" and row["status"] in ("consistent", "superseded")
