"""A relative past after a figure ("ten years ago", "před deseti lety") dates the figure back from
the source's date, not by another year the sentence names (issue 9). Sentences are written for
the tests in news style."""

from __future__ import annotations

import re
from datetime import date

import pytest

from analysis.brief.years_ago import RELATIVE_PAST_RULES, year_counted_back
from tests.brief.conftest import checked, row_for


def test_ten_years_ago_is_not_the_year_of_the_figure_before(facts) -> None:
    text = ("NATO odhaduje, že Polsko letos vynaloží na obranu 4,5 % HDP, což představuje nárůst "
            "oproti 3,8 % v roce 2024 a 2,2 % před deseti lety.")
    table = checked(text, date(2025, 9, 1), facts)
    back = row_for(table, "2,2 %")
    assert back["year"] == 2015  # about ten years before the source, not 2024: only to agree
    assert back["status"] != "differs"
    assert row_for(table, "3,8 %")["year"] == 2024


@pytest.mark.parametrize("language, pattern, example", RELATIVE_PAST_RULES)
def test_each_rule_reads_its_example(language: str, pattern: str, example: str) -> None:
    figure = re.match(r"[\d,.]+\s?(?:%|proc\.)", example).group()
    found, year = year_counted_back(f"Poland spent {example}.", len("Poland spent "), figure,
                                    date(2025, 9, 1))
    assert found, (language, example)
    assert year == 2015, (language, example)


def test_years_ago_counted_in_words_and_digits() -> None:
    for text, figure, year in (("Poland spent 2.2% of GDP ten years ago.", "2.2%", 2015),
                               ("Poland spent 2.2% of GDP 5 years ago.", "2.2%", 2020),
                               ("Poland spent 2.2% of GDP several years ago.", "2.2%", None)):
        assert year_counted_back(text, text.index(figure), figure, date(2025, 9, 1)) == \
            (True, year), text


def test_years_ago_of_another_figure_is_not_this_ones() -> None:
    text = "Spending rose to 4.5% from 2.2% ten years ago."
    assert year_counted_back(text, text.index("4.5%"), "4.5%", date(2025, 9, 1)) == (False, None)
