"""The brief on lists of allies in other languages (issue 9, round 4): Italian "del Pil", Polish
"proc." and Slovak "percenta" are shares of GDP listed ally by ally, a year inside another item's
parenthesis is that item's only, and the number words of a relative past are one vocabulary.
Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis.brief.parenthesis_years import PARENTHESIS_YEAR_RULES, year_of_another_parenthesis
from analysis.brief.years_ago import number_of, year_of_opening
from analysis.data.allies import ally_named
from tests.brief.conftest import checked, row_for


@pytest.mark.parametrize(("text", "published", "figure", "ally", "year"), [
    # Italian: "del Pil" (of GDP) written as a word; the list's items are each ally's
    ("Fra gli alleati europei spiccano Regno Unito con 90,5 miliardi di euro (2,40% del Pil), "
     "Francia con 66,5 miliardi (2,05%) e Italia con 45,3 miliardi (2,01%).",
     date(2025, 8, 28), "2,05%", "France", 2025),
    # Polish: "proc. PKB" (per cent of GDP), then an ally's share listed after it
    ("Na drugim miejscu jest Estonia z wydatkami 3,43 proc. PKB, a na trzecim USA 3,38 proc.",
     date(2024, 6, 18), "3,38 proc.", "United States", 2024),
    # Slovak: "percenta HDP", "Poľsko" (Poland)
    ("Najväčšie výdavky na obranu – 4,48 percenta HDP – by malo mať Poľsko.",
     date(2025, 8, 28), "4,48 percenta", "Poland", 2025),
])
def test_an_allys_share_listed_in_another_language_is_checked(text, published, figure, ally,
                                                              year, facts):
    row = row_for(checked(text, published, facts), figure)
    assert row["status"] in ("consistent", "superseded")
    assert (row["entity"], int(row["year"])) == (ally, year)


@pytest.mark.parametrize("text", [
    "Fra gli alleati europei spiccano Regno Unito con 90,5 miliardi di euro (2,40% del Pil), "
    "Germania con oltre 93,7 miliardi (dato del 2024, pari al 2% del Pil), Italia con 45,3 "
    "miliardi (2,01%).",
    "Among European allies, the United Kingdom spends 90.5 billion euros (2.40% of GDP), "
    "Germany over 93.7 billion (2024 data, 2% of GDP) and Italy 45.3 billion (2.01%).",
])
def test_a_year_inside_another_items_parenthesis_is_that_items_only(text, facts) -> None:
    table = checked(text, date(2025, 8, 28), facts)
    uk = row_for(table, "2.40%" if "2.40%" in text else "2,40%")
    assert uk["year"] != 2024 and uk["status"] != "differs"
    assert row_for(table, "2%")["year"] == 2024  # the parenthesis's own figure keeps its year


@pytest.mark.parametrize("rule", PARENTHESIS_YEAR_RULES, ids=lambda rule: rule.name)
def test_each_parenthesis_year_rule_reads_its_example(rule) -> None:
    at = rule.example.index(rule.figure)
    assert year_of_another_parenthesis(rule.year, rule.example, at, rule.figure)


def test_a_year_also_outside_the_parenthesis_or_alone_in_it_stays() -> None:
    both = "In 2024 the UK spent 2.4% (2024 data, 2% for Germany)."
    assert not year_of_another_parenthesis(2024, both, both.index("2.4%"), "2.4%")
    alone = "The UK spent 2.4% (2024), Germany 2.1%."
    assert not year_of_another_parenthesis(2024, alone, alone.index("2.1%"), "2.1%")


def test_slovak_names_are_allies() -> None:
    assert [ally_named(name) for name in ("Poľsko", "Nemecko", "Spojené štáty",
                                          "Veľká Británia")] == \
        ["Poland", "Germany", "United States", "United Kingdom"]


@pytest.mark.parametrize(("words", "value"), [
    ("ten", 10), ("10", 10), ("twenty-five", 25), ("a decade", 10), ("deseti", 10),
    ("zehn", 10), ("einem Jahrzehnt", 10), ("dekadę", 10), ("several", None)])
def test_the_number_words_of_a_relative_past_are_one_vocabulary(words, value) -> None:
    assert number_of(words) == value


def test_an_opening_relative_past_is_counted_from_the_source() -> None:
    published = date(2024, 7, 1)
    assert year_of_opening("Ten years ago, only three allies met it.", published) == 2014
    assert year_of_opening("Two decades ago, there were 26 members.", published) == 2004
    assert year_of_opening("A year ago, it was 11.", published) == 2023
    assert pd.isna(year_of_opening("Several years ago, it was 11.", published) or pd.NA)
