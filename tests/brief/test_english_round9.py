"""English readings of the ninth round (issue 9): the "US" of "US dollars" or "U.S. dollars" is a
currency, not the United States, so a sentence paying in dollars may still refer back to the ally
of the sentence before. Sentences are invented in news style."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis.brief.ally_names import find_ally
from tests.brief.conftest import checked, row_for

JULY_2024 = date(2024, 7, 1)


@pytest.mark.parametrize("sentence", [
    "Its budget comes to about 20 billion U.S. dollars.",
    "Its budget comes to about 20 billion US dollars.",
    "The bill was paid in US dollar terms.",
])
def test_the_us_of_us_dollars_names_no_ally(sentence) -> None:
    assert find_ally(sentence) is None


def test_the_us_before_other_words_is_still_the_ally() -> None:
    # control: the abbreviation as the country
    assert find_ally("The U.S. spends more than any other ally.") == "United States"


@pytest.mark.parametrize("amount", ["about 20 billion U.S. dollars", "some 20 billion US dollars"])
def test_a_sentence_paying_in_dollars_refers_back_to_the_ally_before(facts, amount) -> None:
    text = ("Norway is a founding member of the alliance. The country will spend 2.2% of its "
            f"GDP, {amount}, on defence in 2024.")
    row = row_for(checked(text, JULY_2024, facts), "2.2%")
    assert row["entity"] == "Norway" and row["status"] in ("consistent", "superseded")


def test_a_count_takes_the_sentences_year_beside_the_year_a_target_was_agreed(facts) -> None:
    text = ("In 2022, just seven allies met the 2% of GDP spending goal that was agreed upon "
            "in 2014.")
    row = row_for(checked(text, JULY_2024, facts), "seven allies")
    assert (row["year"], row["status"]) == (2022, "consistent")


@pytest.mark.parametrize("text", [
    # no year dates the sentence: the target's year is still not the count's
    "Just seven allies met the 2% of GDP spending goal that was agreed upon in 2014.",
    # a third year: which one is the count's is not certain
    "In 2022, just seven allies met the 2% of GDP goal that was agreed upon in 2014, up from "
    "three in 2016.",
])
def test_without_one_other_dating_year_the_count_stays_undated(facts, text) -> None:
    row = row_for(checked(text, JULY_2024, facts), "seven allies")
    assert row["status"] == "unmatched" and pd.isna(row["year"])


def total_of_europe_and_canada(amount: str, facts) -> pd.Series:
    text = ("In 2023, the combined defence spending of European allies and Canada came to "
            f"{amount} at current prices.")
    return row_for(checked(text, JULY_2024, facts), amount)


def test_a_figure_written_to_the_million_a_million_off_agrees(facts) -> None:
    # NATO: 419,204.62 million; the last written digit rounded otherwise
    row = total_of_europe_and_canada("$419 billion 206 million", facts)
    assert row["status"] == "consistent"


def test_a_figure_tens_of_millions_off_is_still_not_compared(facts) -> None:
    # control: 45 million off is more than a last digit; cut, not compared
    row = total_of_europe_and_canada("$419 billion 250 million", facts)
    assert row["status"] == "unmatched" and "cut" in row["reason"]


def test_a_place_in_a_ranking_takes_the_year_of_the_sentence_before(facts) -> None:
    text = ("The country again missed the 2% guideline in 2022. Spain ranks 29th out of 30 "
            "allies, with a share of 1.16 percent.")
    row = row_for(checked(text, date(2023, 3, 21), facts), "1.16 percent")
    assert (row["entity"], row["year"]) == ("Spain", 2022)
    assert row["status"] in ("consistent", "superseded")


def test_a_ranking_sentence_with_its_own_year_keeps_it(facts) -> None:
    # control: the sentence's own year wins over the one before
    text = ("The country again missed the 2% guideline in 2022. In 2023 Spain ranked 29th, "
            "with a share of 1.24 percent.")
    row = row_for(checked(text, JULY_2024, facts), "1.24 percent")
    assert row["year"] == 2023
