"""Readings of round 20 of the other languages (issue 9): Cyrillic, Turkish and Azerbaijani forms
of the newest sets. Each sentence is invented in the form the news used, not copied from the
fixtures."""

from __future__ import annotations

from datetime import date

import pytest

from tests.brief.conftest import checked, row_for

FEBRUARY_2024 = date(2024, 2, 15)  # Stoltenberg of 14 Feb 2024: European allies 380 billion


@pytest.mark.parametrize(("text", "surface"), [
    ("Цього року європейські союзники витратять на оборону 380 мільярдів доларів.",
     "380 мільярдів доларів"),
    ("В этом году европейские страны НАТО потратят на оборону 380 млрд долларов.",
     "380 млрд долларов"),
])
def test_the_european_allies_money_in_ukrainian_and_russian(facts, text, surface) -> None:
    row = row_for(checked(text, FEBRUARY_2024, facts), surface)
    assert (row["metric"], row["entity"]) == ("nato_europe_defence_spending", "Europe")
    assert row["status"] in ("consistent", "superseded")


def test_canada_and_the_european_countries_in_russian_are_the_aggregate(facts) -> None:
    text = ("Военные расходы Канады и европейских стран, входящих в НАТО, за год выросли на 50 "
            "млрд долларов.")
    row = row_for(checked(text, FEBRUARY_2024, facts), "50 млрд долларов")
    assert row["entity"] == "Europe and Canada"
