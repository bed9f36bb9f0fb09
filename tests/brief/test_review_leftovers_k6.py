"""The last review's leftovers (helper K6): readings narrowed or built from the vocabulary. Each
sentence is invented; the values are read from the bundled facts, never typed."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.hedge_words import optional_hedge
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import checked, row_for

SUMMER_2024 = date(2024, 6, 20)  # NATO's figures of 14 Feb 2024 out


def cumulative_since_2014(facts) -> float:
    rows = facts[facts["key"] == "europe_canada_cumulative_additional_spending_since_2014"]
    return float(rows["value"].iloc[0])


# --- "since the 2% <guideline noun> was set": any noun of a guideline or of the pledge --------

@pytest.mark.parametrize("noun, verb", [("benchmark", "set"), ("commitment", "made"),
                                        ("threshold", "agreed")])
def test_money_since_the_guideline_was_set_by_any_of_its_nouns(facts, noun, verb) -> None:
    total = cumulative_since_2014(facts) / 1e9
    text = (f"By now they have spent {total:.0f} billion dollars more since the 2% {noun} was "
            f"{verb} a decade ago.")
    row = row_for(checked(text, SUMMER_2024, facts), f"{total:.0f} billion dollars")
    assert row["metric"] == "europe_canada_cumulative_additional_spending_since_2014"
    assert row["status"] == "consistent"


# --- the hedges of the brief's patterns are the vocabulary's ------------------------------------

def test_a_pattern_hedge_must_be_a_hedge_of_the_vocabulary() -> None:
    assert optional_hedge("about", "more than") == r"(?:about\s+|more\s+than\s+)?"
    with pytest.raises(ValueError):
        optional_hedge("about", "record")


# --- a decimal comma before a bracket that says what the figure is of ---------------------------

def numbers_read(text: str) -> list[tuple[str, float]]:
    figures = extract_figures(text, SUMMER_2024)
    return list(zip(figures["text"], figures["value"], strict=True))


@pytest.mark.parametrize("text, number, value", [
    ("Die Rangliste führt Litauen an: 2,87 (Anteil am BIP), vor Finnland.", "2,87", 2.87),
    ("Nederland komt uit op 1,64 (aandeel van het bbp) dit jaar.", "1,64", 1.64),
])
def test_a_decimal_comma_before_a_bracket_opening_on_a_word_is_read_whole(text, number,
                                                                          value) -> None:
    assert (number, value) in numbers_read(text)


@pytest.mark.parametrize("text", ["Die Gruppen 5, 6 (und 7) fehlen noch.",
                                  "Die Gruppen 5,6 (oder 7) fehlen noch."])
def test_whole_numbers_going_on_in_a_bracket_stay_whole(text) -> None:
    assert not [value for _, value in numbers_read(text) if value != int(value)]
