"""English readings of round 7 (brief side), on invented sentences: money in a while-clause
that accounts for part of the spending the sentence names."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for


def test_money_a_while_clause_accounts_for_is_the_spending_the_sentence_names(facts) -> None:
    text = ("NATO's figures put American defence spending at $845 billion this year, while "
            "the European allies and Canada together account for $559 billion.")
    row = row_for(checked(text, date(2025, 9, 1), facts), "$559 billion")
    assert (row["metric"], row["status"]) == ("europe_canada_defence_spending", "consistent")


def test_money_a_while_clause_accounts_for_in_a_sentence_about_trade_is_not_spending(
        facts) -> None:
    text = ("American exports to Asia reached $845 billion this year, while the European allies "
            "and Canada together account for $559 billion.")
    row = row_for(checked(text, date(2025, 9, 1), facts), "$559 billion")
    assert row["status"] == "unmatched"
