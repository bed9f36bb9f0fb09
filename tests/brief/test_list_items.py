"""One ally per list item for every per-ally metric, and the owner of a figure in English news
(issue 9): dollars and personnel listed ally by ally, "respectively" pairs, the ally compared
with, the alliance named by its size, a national leader quoted, NATO's non-U.S. members.
Sentences are written for the tests in news style, not copied from the fixtures."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.ally_names import find_ally
from analysis.brief.list_items import LIST_ITEM_RULES, item_ally
from analysis.brief.owner import owner_of
from tests.brief.conftest import checked, row_for


@pytest.mark.parametrize("rule", LIST_ITEM_RULES, ids=lambda rule: rule.name)
def test_each_list_item_rule_reads_its_example(rule) -> None:
    at = rule.example.find(rule.figure)
    assert item_ally(rule.example, at, rule.figure) == rule.ally


def test_dollars_listed_in_parentheses_belong_to_each_ally_not_to_europe(facts) -> None:
    text = ("In 2024 Poland will spend less than the big Western European economies such as "
            "Germany (USD 98 billion), Britain (USD 82 billion) and France (USD 64 billion).")
    table = checked(text, date(2024, 7, 1), facts)
    for figure, ally in (("USD 98 billion", "Germany"), ("USD 82 billion", "United Kingdom"),
                         ("USD 64 billion", "France")):
        row = row_for(table, figure)
        assert (row["metric"], row["entity"]) == ("ally_defence_spending", ally), figure


def test_personnel_paired_respectively_go_to_the_allies_in_order(facts) -> None:
    text = "Romania and Hungary follow with 70,500 and 23,300 soldiers respectively."
    table = checked(text, date(2024, 7, 1), facts)
    assert row_for(table, "70,500")["entity"] == "Romania"
    assert row_for(table, "23,300 soldiers")["entity"] == "Hungary"


def test_respectively_needs_as_many_allies_as_figures() -> None:
    sentence = "Romania, Hungary and Bulgaria follow with 70,500 and 23,300 soldiers respectively."
    assert item_ally(sentence, sentence.find("70,500"), "70,500") is None


def test_a_parenthesis_that_goes_on_after_the_figure_is_no_item() -> None:
    sentence = "Germany (USD 98 billion in 2024, up from 2023) leads the table."
    assert item_ally(sentence, sentence.find("USD 98 billion"), "USD 98 billion") is None


@pytest.mark.parametrize(("sentence", "figure", "owner"), [
    ("Belgium's spending is comparable to Denmark's at roughly USD 9 billion.",
     "roughly USD 9 billion", "Belgium"),
    ("Spain spends less than Portugal at 1.28% of GDP.", "1.28%", "Spain"),
    # the compared ally's own figure right after it
    ("The United States spent far more than Germany's $97 billion.", "$97 billion", "Germany"),
])
def test_the_ally_compared_with_is_not_the_owner(sentence, figure, owner) -> None:
    assert owner_of(sentence, sentence.find(figure), "", find_ally, figure) == owner


def test_the_alliance_named_by_its_size_is_its_membership_in_an_exercise_sentence(facts) -> None:
    text = ("Officials said the Steadfast Defender drills will rehearse how the 31-nation "
            "alliance would reinforce its eastern flank.")
    row = row_for(checked(text, date(2024, 1, 25), facts), "31-nation")
    assert row["metric"] == "allies_total"
    assert row["status"] == "unmatched"


def test_a_leaders_own_share_quoted_is_not_natos_estimate(facts) -> None:
    text = ("\u201cPortugal already spends more than 2% of its GDP on defence,\u201d the prime "
            "minister told reporters on arrival.")
    row = row_for(checked(text, date(2025, 6, 24), facts), "more than 2%")
    assert row["status"] == "unmatched"
    assert "government's own figure" in row["note"]


def test_a_quote_of_a_nato_official_stays_natos(facts) -> None:
    text = ("\u201cPoland already spends more than 4% of its GDP on defence,\u201d NATO's "
            "secretary general said.")
    row = row_for(checked(text, date(2025, 6, 24), facts), "more than 4%")
    assert "government's own figure" not in str(row["note"])


def test_natos_non_us_members_are_europe_and_canada(facts) -> None:
    text = ("The alliance said the rise by its non-U.S. members took their total defence spending "
            "to more than $485 billion last year.")
    row = row_for(checked(text, date(2025, 2, 7), facts), "more than $485 billion")
    assert (row["metric"], row["entity"]) == ("europe_canada_defence_spending",
                                             "Europe and Canada")


def test_money_ranked_ally_by_ally_after_a_european_heading_is_each_allys(facts) -> None:
    text = ("Among European allies, Germany spends the most at $97.7 billion, followed by Britain "
            "at $82.1 billion and France at $64 billion.")
    table = checked(text, date(2024, 6, 18), facts)
    for figure, ally in (("$97.7 billion", "Germany"), ("$82.1 billion", "United Kingdom"),
                         ("$64 billion", "France")):
        row = row_for(table, figure)
        assert (row["metric"], row["entity"]) == ("ally_defence_spending", ally), figure
        assert row["status"] in ("consistent", "superseded"), figure


def test_a_list_item_with_a_purpose_of_its_own_is_not_defence_spending(facts) -> None:
    text = "Germany spends $97.7 billion on defence this year, and France $20 billion on pensions."
    row = row_for(checked(text, date(2024, 6, 18), facts), "$20 billion")
    assert row["status"] == "unmatched"


def test_an_allys_armed_forces_named_by_adjective_are_its_personnel_to_agree_only(facts) -> None:
    agrees = row_for(checked("The Polish military currently boasts 216,100 personnel.",
                             date(2024, 7, 1), facts), "216,100 personnel")
    assert (agrees["metric"], agrees["entity"]) == ("ally_personnel", "Poland")
    assert agrees["status"] in ("consistent", "superseded")
    # a deployment worded the same way is no disagreement with the whole force's size
    deployed = row_for(checked("In 2024 the Polish army had 5,000 troops.", date(2024, 7, 1),
                               facts), "5,000 troops")
    assert deployed["status"] == "unmatched"
