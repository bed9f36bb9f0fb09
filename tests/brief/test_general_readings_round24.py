"""Readings added in the round of the thirty-fifth unseen set (issue 9). Each sentence is
invented in the form the news used (its own frame, names and numbers), not copied from the
fixtures."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.brief.conftest import checked, row_for

MARCH_2023 = date(2023, 3, 22)  # NATO's 2022 estimates not yet bundled (first in June 2024)


def year_of(row) -> int | None:
    return None if pd.isna(row["year"]) else int(row["year"])

A_CHANGE_NAMED_AS_A_NOUN = [
    "Croatia's defence spending accounts for 1.83% of GDP, which is a slight rise from 1.91% of "
    "GDP in 2021.",
    "Croatia's defence spending accounts for 1.83% of GDP but it marks only a modest increase "
    "from 1.91% of GDP in 2021.",
    "Croatia's defence spending accounts for 1.83% of GDP, an improvement from 1.91% in 2021.",
]


@pytest.mark.parametrize("text", A_CHANGE_NAMED_AS_A_NOUN)
def test_the_year_after_a_starting_point_is_that_points_own(facts, text) -> None:
    # "a rise from X in 2021": 2021 dates X, never the level the sentence opens with
    rows = checked(text, MARCH_2023, facts)
    assert year_of(row_for(rows, "1.83%")) != 2021
    assert year_of(row_for(rows, "1.91%")) == 2021


def test_a_change_from_a_year_leaves_the_figure_undated(facts) -> None:
    text = "Croatia spent 1.83% of GDP on defence, a rise from 2021."
    assert year_of(row_for(checked(text, MARCH_2023, facts), "1.83%")) != 2021


def test_the_figures_own_year_still_dates_it(facts) -> None:
    # the guard: its own "in 2022" stays its year
    text = "Croatia spent 1.83% of GDP on defence in 2022, a rise from 1.91% in 2021."
    assert year_of(row_for(checked(text, MARCH_2023, facts), "1.83%")) == 2022
