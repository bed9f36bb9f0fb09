"""Readings of round 20 of the other languages (issue 9): Cyrillic, Turkish and Azerbaijani forms
of the newest sets. Each sentence is invented in the form the news used, not copied from the
fixtures."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.extract.extractor import extract_figures
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


AUGUST_2025 = date(2025, 8, 29)  # NATO's estimates of 28 Aug 2025


def test_an_azerbaijani_share_of_gdp_in_per_cent_words(facts) -> None:
    # "Poland, spending 4.2 per cent of GDP on defence, leads" ("faizini", per cent, accusative)
    text = "ÜDM-in 4,2 faizini müdafiəyə sərf edən Polşa liderlik edir."
    row = row_for(checked(text, AUGUST_2025, facts), "4,2 faizini")
    assert (row["metric"], row["entity"]) == ("ally_share_gdp", "Poland")


def test_the_azerbaijani_percent_word_before_the_number_with_a_hyphened_ending() -> None:
    figures = extract_figures("Yunanıstan ÜDM-nin yüzdə 3,04-ünü müdafiəyə ayırır.")
    share = figures[figures["text"] == "yüzdə 3,04"].iloc[0]
    assert (share["value"], share["entity"]) == (3.04, "Greece")


def test_azerbaijani_billions_of_us_dollars() -> None:
    figures = extract_figures("Almaniya müdafiəyə 95 milyard ABŞ dolları xərcləyib.")
    money = figures[figures["text"] == "95 milyard ABŞ dolları"].iloc[0]
    assert (money["value"], money["unit"]) == (95e9, "USD")


def test_a_level_passed_in_azerbaijani_is_no_allys_share(facts) -> None:
    # "France and Bulgaria also passed 2 per cent in 2024": the line they passed, not
    # Bulgaria's share (2.04 in NATO's annual report of April 2025)
    text = ("ÜDM-in 4,1 faizini müdafiəyə sərf edən Polşa liderlik edir.\n\n"
            "Fransa və Bolqarıstan da 2024-cü ildə 2 faizi keçib.")
    assert row_for(checked(text, date(2025, 4, 25), facts), "2 faizi")["status"] == "unmatched"


def test_more_than_a_level_after_several_azerbaijani_allies_is_their_line(facts) -> None:
    # "Of the 32 members, Lithuania, Latvia, the US and Denmark will also give more than 3% of
    # GDP to defence": the line they pass, not Denmark's share (3.22 in August 2025)
    text = ("Polşa 2025-ci ildə müdafiəyə ÜDM-in 4,48 %-ni ayıracaq.\n\nNATO üzvü olan 32 "
            "ölkədən Litva, Latviya, ABŞ və Danimarka da müdafiəyə ÜDM-in 3 %-dən çoxunu ayıracaq.")
    row = row_for(checked(text, AUGUST_2025, facts), "3 %-dən çox")
    assert row["status"] == "unmatched"


@pytest.mark.parametrize("text", [
    "Польша в текущем году потратит на оборону 4,5% ВВП.",
    "Польща поточного року витратить на оборону 4,5% ВВП.",
])
def test_the_current_year_in_russian_and_ukrainian(text) -> None:
    figures = extract_figures(text, date(2025, 8, 29))
    assert int(figures[figures["text"] == "4,5%"].iloc[0]["year"]) == 2025
