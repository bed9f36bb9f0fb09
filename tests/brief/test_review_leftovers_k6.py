"""The last review's leftovers (helper K6): readings narrowed or built from the vocabulary. Each
sentence is invented; the values are read from the bundled facts, never typed."""

from __future__ import annotations

from datetime import date

import pandas as pd
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


# --- "has risen to" makes its own figure of the present, not one a clause's time dates ----------

AUTUMN_2024 = date(2024, 9, 10)  # NATO's estimates of 17 Jun 2024 out


def share_of(facts, ally: str, year: int, release: str = "NATO 2024-06") -> float:
    rows = facts[(facts["key"] == "ally_share_gdp") & (facts["entity"] == ally)
                 & (facts["year"].astype(str).str[:4] == str(year)) & (facts["release"] == release)]
    return float(rows["value"].iloc[0])


def test_a_clause_opening_on_its_time_dates_what_has_risen_to(facts) -> None:
    share = share_of(facts, "Lithuania", 2022)
    text = f"By 2022, Lithuania's defence spending has risen to {share:.2f}% of its GDP."
    row = row_for(checked(text, AUTUMN_2024, facts), f"{share:.2f}%")
    assert not pd.isna(row["year"]) and int(row["year"]) == 2022
    assert row["status"] in ("consistent", "superseded")


@pytest.mark.parametrize("earlier", ["{old:.1f}% of GDP", "less than two percent"])
def test_what_has_risen_to_after_another_figures_year_stays_of_the_present(facts,
                                                                            earlier) -> None:
    old, now = share_of(facts, "Lithuania", 2021), share_of(facts, "Lithuania", 2024)
    text = (f"In 2021, Lithuania spent {earlier.format(old=old)}, a share that has risen to "
            f"{now:.2f}%.")
    row = row_for(checked(text, AUTUMN_2024, facts), f"{now:.2f}%")
    assert pd.isna(row["year"]) or int(row["year"]) != 2021
    assert row["status"] in ("consistent", "superseded")


# --- "next year" dates its own clause, not a figure before the clause break ---------------------

@pytest.mark.parametrize("later", [", and next year the cabinet wants to go further",
                                   "; next year the cabinet wants more",
                                   ", but next year it plans to spend 3.9%"])
def test_next_year_of_a_later_clause_does_not_date_the_figure_before(later) -> None:
    text = f"Lithuania devotes 2.91% of its GDP to its armed forces{later}."
    figures = extract_figures(text, AUTUMN_2024)
    assert pd.isna(figures.loc[figures["text"] == "2.91%", "year"].iloc[0])


def test_a_share_before_next_years_clause_is_checked_for_the_sources_year(facts) -> None:
    share = share_of(facts, "Lithuania", 2024)
    text = (f"Lithuania devotes {share:.2f}% of its GDP to its armed forces, and next year the "
            "cabinet wants to go further.")
    row = row_for(checked(text, AUTUMN_2024, facts), f"{share:.2f}%")
    assert not pd.isna(row["year"]) and int(row["year"]) == 2024
    assert row["status"] in ("consistent", "superseded")


def test_next_year_still_dates_the_figure_of_its_own_clause() -> None:
    text = "Vilnius spends heavily on defence, and next year it plans to spend 3.9% of its GDP."
    figures = extract_figures(text, AUTUMN_2024)
    assert int(figures.loc[figures["text"] == "3.9%", "year"].iloc[0]) == 2025
