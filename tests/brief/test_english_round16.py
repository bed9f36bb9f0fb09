"""English readings of round 16 (issue 9). Each sentence is invented in the form the news used,
not copied from the fixtures."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

# Months before NATO's statement of 18 January 2024 (about 90,000 troops)
PLANNED = ("NATO's Steadfast Defender 2024 will be its largest exercise in decades, with some "
           "70,000 troops taking part, the admiral told reporters.")


def test_an_exercise_size_planned_before_natos_statement_was_revised_since(facts) -> None:
    row = row_for(checked(PLANNED, date(2023, 9, 20), facts), "some 70,000 troops")
    assert row["status"] == "superseded" and row["reference_value"] == 90000


def test_one_allys_contingent_planned_before_natos_statement_is_not_compared(facts) -> None:
    text = ("Britain will send 20,000 troops to NATO's Steadfast Defender 2024, the defence "
            "secretary said.")
    row = row_for(checked(text, date(2024, 1, 15), facts), "20,000 troops")
    assert row["status"] == "unmatched"


def test_a_planned_size_far_from_natos_later_one_is_not_compared(facts) -> None:
    # 30,000 for NATO's 90,000: beyond a revision of the plan NATO gave, another quantity
    text = "Steadfast Defender 2024 will bring together some 30,000 troops, officials said."
    row = row_for(checked(text, date(2023, 9, 20), facts), "some 30,000 troops")
    assert row["status"] == "unmatched"


def test_a_pledge_in_another_clause_is_not_the_counted_allies(facts) -> None:
    # NATO (February 2024): three allies at 2% in 2014
    text = ("Spending has come a long way since 2014, when just three allies hit the 2% target "
            "and when leaders promised that every ally would have to reach it within a decade.")
    row = row_for(checked(text, date(2024, 2, 20), facts), "three allies")
    assert row["status"] == "consistent" and row["reference_value"] == 3


def test_a_pledge_in_the_counts_own_clause_is_still_a_pledge(facts) -> None:
    text = "In 2014 all 28 allies would have to reach the 2% target within a decade."
    row = row_for(checked(text, date(2024, 2, 20), facts), "28 allies")
    assert row["status"] not in ("consistent", "superseded", "differs")


# NATO (15 February 2024): Steadfast Defender 2024 brings together 31 allies and Sweden,
# 32 nations
def test_an_exercises_plain_countries_are_its_nations_where_nato_counts_them_so(facts) -> None:
    text = ("The alliance's Steadfast Defender exercise includes some 90,000 troops from 32 "
            "countries.")
    row = row_for(checked(text, date(2024, 3, 10), facts), "32 countries")
    assert row["status"] == "consistent"
    assert row["metric"] == "exercise_participating_nations" and row["reference_value"] == 32


def test_an_exercises_plain_countries_are_its_allies_where_nato_counts_those_so(facts) -> None:
    text = "The Steadfast Defender 2024 drill gathers some 90,000 troops from 31 countries."
    row = row_for(checked(text, date(2024, 2, 25), facts), "31 countries")
    assert row["status"] == "consistent"
    assert row["metric"] == "exercise_participating_allies" and row["reference_value"] == 31


def test_countries_of_the_alliance_stay_its_allies(facts) -> None:
    text = ("The Steadfast Defender 2024 drill gathers some 90,000 troops from 32 countries of "
            "the alliance.")
    row = row_for(checked(text, date(2024, 2, 25), facts), "32 countries")
    assert row["metric"] == "exercise_participating_allies"
