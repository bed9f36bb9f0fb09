"""The brief on lists of allies in other languages (issue 9, round 4): Polish "proc." and Slovak
"percenta" are shares of GDP listed ally by ally, Polish troops are listed "i Francja z 205
tys.", a parenthesis's year and allies are its own figures', and the number words of a
relative past are one vocabulary.
Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis.brief.list_items import EQUIPMENT_LIST_RULES, equipment_item_ally
from analysis.brief.parentheses import (
    PARENTHESIS_OWNER_RULES,
    PARENTHESIS_YEAR_RULES,
    outside_other_parentheses,
    year_of_another_parenthesis,
)
from analysis.brief.years_ago import number_of, year_of_opening
from analysis.data.allies import ally_named
from analysis.sentences import sentence_starts
from tests.brief.conftest import checked, row_for


@pytest.mark.parametrize(("text", "published", "figure", "ally", "year"), [
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
    assert (pd.isna(uk["year"]) or uk["year"] != 2024) and uk["status"] != "differs"
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


@pytest.mark.parametrize("rule", PARENTHESIS_OWNER_RULES, ids=lambda rule: rule.name)
def test_each_parenthesis_owner_rule_reads_its_example(rule, facts) -> None:
    at = rule.example.index(rule.figure)
    assert "France" not in outside_other_parentheses(rule.example, at)
    row = row_for(checked(rule.example, date(2025, 6, 15), facts), rule.figure)
    assert row["entity"] != "France" and row["status"] != "differs"


def test_an_ally_in_the_figures_own_parenthesis_stays() -> None:
    text = "such as Germany (USD 97 billion), the United Kingdom (USD 82 billion)"
    assert outside_other_parentheses(text, text.index("82")) == \
        text.replace("(USD 97 billion)", " " * len("(USD 97 billion)"))


def test_polish_troops_listed_ally_by_ally_are_each_allys_personnel(facts) -> None:
    text = ("Za USA a przed Polską są jeszcze: Turcja z 481 tys. personelu militarnego i "
            "Francja z 205 tys.")
    table = checked(text, date(2024, 6, 18), facts)
    for figure, ally in (("481 tys. personelu", "Türkiye"), ("205 tys.", "France")):
        row = row_for(table, figure)
        assert (row["entity"], row["status"]) == (ally, "consistent"), figure


def test_an_abbreviation_before_a_lower_case_word_ends_no_sentence() -> None:
    text = "Turcja z 481 tys. personelu i Francja z 205 tys. Niemcy wydadzą 2,12 proc. PKB."
    assert [text[start:start + 6] for start in sentence_starts(text)] == ["Turcja", " Niemc"]


@pytest.mark.parametrize("rule", EQUIPMENT_LIST_RULES, ids=lambda rule: rule.name)
def test_each_equipment_list_rule_reads_its_example(rule) -> None:
    previous, sentence = rule.example.split(". ", 1)
    at = sentence.index(rule.figure)
    assert equipment_item_ally(sentence, at, rule.figure, previous) == rule.ally
    assert equipment_item_ally(sentence, at, rule.figure, "Poland spends 4.5% of GDP.") is None


def test_allies_ranked_by_equipment_share_in_czech_are_each_allys(facts) -> None:
    text = ("Podle nových údajů Polsko v roce 2025 vyčlení 54,4 % svého obranného rozpočtu na "
            "vybavení, což je nejvyšší podíl v celé Alianci. Za ním následuje Lucembursko "
            "(53,4 %), Finsko (46 %) a Litva (45,8 %).")
    table = checked(text, date(2025, 9, 1), facts)
    assert row_for(table, "54,4 %")["entity"] == "Poland"
    finland = row_for(table, "46 %")
    assert (finland["entity"], finland["status"]) == ("Finland", "consistent")
    assert row_for(table, "53,4 %")["status"] != "differs"  # undated: compared only to agree


def test_a_polish_level_above_which_two_allies_spend_is_no_allys_share(facts) -> None:
    text = ("Powyżej 3 proc. PKB na obronność wydać mają, oprócz wyżej wymienionych także Łotwa "
            "i Grecja.")
    row = row_for(checked(text, date(2024, 6, 18), facts), "3 proc.")
    assert row["status"] == "unmatched" and "several allies" in row["note"]


@pytest.mark.parametrize("text, figure", [
    ("Najmniej, 1,3 proc. PKB i poniżej na obronę wydadzą w br.: Belgia, Luksemburg, Słowenia "
     "i Hiszpania.", "1,3 proc."),
    ("The lowest, 1.3% of GDP or less, will be spent this year by: Belgium, Luxembourg, "
     "Slovenia and Spain.", "1.3%"),
])
def test_a_share_then_the_allies_at_it_after_a_colon_is_no_allys_share(text, figure,
                                                                         facts) -> None:
    row = row_for(checked(text, date(2024, 6, 18), facts), figure)
    assert row["status"] == "unmatched" and "several allies" in row["note"]


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
