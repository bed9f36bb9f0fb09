"""Readings added after the thirty-third unseen set was scored (issue 9). Each sentence is
invented in the form the news used (its own frame, names and numbers), not copied from the
fixtures."""

from __future__ import annotations

from datetime import date

import pytest

from tests.brief.conftest import checked, row_for

MARCH_2024 = date(2024, 3, 20)  # after NATO's figures of 14 February 2024 (2023 its latest year)
MAY_2025 = date(2025, 5, 6)  # after the annual report of April 2025 (2024 its latest year)

NEXT_YEAR_SENTENCES = [
    ("Belgium", "België besteedt volgend jaar 1,6 procent van het bbp aan defensie.",
     "1,6 procent"),
    ("Germany", "Deutschland gibt nächstes Jahr 2,3 Prozent des BIP für die Bundeswehr aus.",
     "2,3 Prozent"),
    ("France", "La France consacrera l'année prochaine 2,2 % de son PIB à ses armées.", "2,2 %"),
    ("Italy", "L'Italia spenderà l'anno prossimo l'1,7% del Pil per la difesa.", "1,7%"),
    ("Poland", "Polska wyda w przyszłym roku 4,6 proc. PKB na obronność.", "4,6 proc."),
    ("Norway", "Norge bruker neste år 2,4 prosent av BNP på forsvaret.", "2,4 prosent"),
    ("Spain", "España destinará el próximo año el 1,4% del PIB a defensa.", "1,4%"),
]


@pytest.mark.parametrize(("ally", "text", "figure"), NEXT_YEAR_SENTENCES)
def test_next_year_in_other_languages_is_the_year_after_the_sources(facts, ally, text, figure):
    # a share for next year is no share of NATO's latest year (2023 here): never compared
    # with it, whatever the number
    row = row_for(checked(text, MARCH_2024, facts), figure)
    assert row["entity"] == ally and row["year"] == 2025
    assert row["status"] == "unmatched"


def test_last_year_in_french_still_counts_back(facts) -> None:
    # the guard: "l'année dernière" starts as "l'année prochaine" does
    text = "L'année dernière, la Belgique a consacré 1,1 % de son PIB à la défense."
    row = row_for(checked(text, MARCH_2024, facts), "1,1 %")
    assert row["year"] == 2023


def test_a_share_of_a_past_decade_named_later_in_its_clause_is_not_compared(facts) -> None:
    # "as we did in the 1980s": the level of a decade NATO's bundled years do not reach
    text = ("Several members say the line between deterrence and war is spending 3% or 4% of GDP "
            "on defence, as Denmark and Norway did in the 1980s, and far more if war comes.")
    rows = checked(text, MAY_2025, facts)
    for figure in ("3%", "4%"):
        row = row_for(rows, figure)
        assert row["status"] == "unmatched" and "1980s" in row["note"]


def test_a_year_between_the_share_and_a_past_decade_keeps_the_shares_year(facts) -> None:
    # the guard: the decade is another time than the year the share names
    text = "Latvia spent 3.4% of GDP on defence in 2024, more than at any time in the 1990s."
    row = row_for(checked(text, MAY_2025, facts), "3.4%")
    assert row["year"] == 2024 and row["status"] in ("consistent", "superseded")


JUNE_2024 = date(2024, 6, 20)  # after NATO's estimates of 17 June 2024


def test_the_level_a_change_of_spending_started_from_is_that_spending(facts) -> None:
    # "up from $X in 2014" after the alliance's total: the same quantity ten years before
    text = ("Allied defence expenditure overall is forecast to climb to about $1.47 trillion this "
            "year, up from $943 billion in 2014.")
    row = row_for(checked(text, JUNE_2024, facts), "$943 billion")
    assert row["metric"] == "nato_total_defence_spending" and row["year"] == 2014
    assert row["status"] == "consistent"


def test_the_starting_level_of_aid_stays_aid(facts) -> None:
    # the guard: "up from" takes the meaning of the money before it, aid included
    text = "Kyiv received $41 billion in military aid this year, up from $38 billion in 2023."
    rows = checked(text, JUNE_2024, facts)
    assert row_for(rows, "$38 billion")["status"] == "unmatched"
