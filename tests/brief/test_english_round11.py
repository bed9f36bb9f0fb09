"""English readings of the eleventh round (issue R11): figures in brackets after names are a
table of the time the sentence before names ("In 2023, ... Only Greece (3.1%), Estonia (2.7%)
..."), and a sentence opening on a year is about that year, not the one it compares with.
Sentences are invented in news style."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis.brief.figure_year import year_of_sentence, year_of_the_time
from tests.brief.conftest import checked, row_for

JULY_2024 = date(2024, 7, 1)
# values NATO published for the year: a table dated by the sentence before may only agree
# (tests/brief/test_table_year_before.py)
CHECKED = ("consistent", "superseded")


def test_a_bracketed_table_takes_the_year_of_the_sentence_before(facts) -> None:
    text = ("Looking at the allies' spending in 2023, Norway came well down the table. Only "
            "Greece (2.8%), Estonia (3.0%) and Poland (3.3%) spent a larger share of GDP.")
    table = checked(text, JULY_2024, facts)
    for figure, ally in (("2.8%", "Greece"), ("3.0%", "Estonia")):
        row = row_for(table, figure)
        assert (row["entity"], row["year"]) == (ally, 2023) and row["status"] in CHECKED


def test_the_sentence_before_dates_the_table_by_the_year_it_opens_on(facts) -> None:
    text = ("So, in 2022, seven allies met the goal, while in 2014 only three did. Greece led "
            "(at 3.9% of GDP), ahead of Lithuania (2.4%) and Estonia (2.2%).")
    row = row_for(checked(text, JULY_2024, facts), "2.4%")
    assert (row["entity"], row["year"]) == ("Lithuania", 2022) and row["status"] in CHECKED


@pytest.mark.parametrize("text", [
    # one figure in brackets is an aside, not a table
    "Norway spent more in 2023. Its neighbour Estonia (2.7%) is close behind.",
    # two years, neither opening the sentence: which one the table is of is not certain
    "Spending rose between 2014 and 2023. Greece (3.1%) and Estonia (2.7%) led.",
])
def test_without_a_table_or_one_year_before_the_figure_stays_undated(facts, text) -> None:
    row = row_for(checked(text, JULY_2024, facts), "2.7%")
    assert pd.isna(row["year"]) and row["status"] == "unmatched"


def test_a_table_naming_its_own_time_is_not_the_year_before(facts) -> None:
    # "this year" dates the table; 2024 is only what the share before is compared with
    text = ("Poland will spend 4.5% of GDP this year, up from 3.8% in 2024. The Baltic states "
            "follow this year: Lithuania (4%), Latvia (3.7%) and Estonia (3.4%).")
    row = row_for(checked(text, date(2025, 9, 1), facts), "3.7%")
    assert row["year"] != 2024 and row["status"] != "differs"
    sentence = "The Baltic states follow this year: Lithuania (4%) and Latvia (3.7%)."
    assert year_of_the_time(sentence, sentence.index("4%"), "It spent 3.8% in 2024.") is None


def test_a_table_after_a_year_compared_with_stays_undated() -> None:
    sentence = "The Baltic states follow: Lithuania (4%) and Latvia (3.7%)."
    at = sentence.index("4%")
    assert year_of_the_time(sentence, at, "Poland spends 4.5%, up from 3.8% in 2024.") is None
    assert year_of_the_time(sentence, at, "Allies should reach 2% by 2024.") is None
    assert year_of_the_time(sentence, at, "Allies agreed at the summit in 2014 to do so.") \
        is None
    assert year_of_the_time(sentence, at, "Poland spent 3.8% in 2024.") == 2024


def test_the_year_a_sentence_opens_on() -> None:
    assert year_of_sentence("In 2022, seven did, up from three in 2014.") == 2022
    assert year_of_sentence("And for 2021, six did, against three in 2014.") == 2021
    assert year_of_sentence("Seven did in 2022, up from three in 2014.") is None
    assert year_of_the_time("Greece (3.5%) and Italy (1.5%) led.", 8,
                            "In 2022, seven did, up from three in 2014.") == 2022


def test_involving_forces_from_allies_counts_the_exercises_participants(facts) -> None:
    text = ("NATO will hold its largest exercise in decades, Steadfast Defender 2024, with about "
            "90,000 troops. It will involve forces from all 31 NATO member countries and Sweden, "
            "its commander said.")
    table = checked(text, date(2024, 1, 20), facts)
    row = table[table["figure"].str.contains("31 NATO member countries")].iloc[0]
    assert (row["metric"], row["entity"], row["status"]) == (
        "exercise_participating_allies", "Steadfast Defender", "consistent")


def test_all_members_without_an_exercise_stay_the_membership(facts) -> None:
    # control: no exercise before, "involve" alone does not make one
    text = "The talks will involve envoys from all 31 NATO member countries."
    table = checked(text, date(2024, 1, 20), facts)
    row = table[table["figure"].str.contains("31 NATO member countries")].iloc[0]
    assert row["metric"] == "allies_total" and row["status"] == "unmatched"


def test_the_country_refers_back_to_the_ally_whose_government_was_named(facts) -> None:
    text = ("The Norwegian government on Monday set out plans for a new defence fund.\n\n"
            "The country spent 2.2% of GDP on defence last year, above NATO's target.")
    row = row_for(checked(text, date(2025, 3, 5), facts), "2.2%")
    assert (row["entity"], row["year"]) == ("Norway", 2024) and row["status"] in CHECKED


def test_two_governments_named_leave_the_country_unnamed(facts) -> None:
    # control: which of the two "the country" is, is not certain
    text = ("The Norwegian government and the Danish government set out plans on Monday.\n\n"
            "The country spent 2.2% of GDP on defence last year, above NATO's target.")
    row = row_for(checked(text, date(2025, 3, 5), facts), "2.2%")
    assert row["status"] == "unmatched"
