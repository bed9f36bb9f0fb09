"""Other-language readings added after the seventeenth unseen set was scored (issue 9, round
16). Each sentence is invented in the language, in the form the news used, not copied from the
fixtures."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

AFTER_FEBRUARY_2024 = date(2024, 2, 20)  # NATO's estimates of 14 Feb 2024 current


def test_an_albanian_count_out_of_the_members_at_two_per_cent(facts) -> None:
    text = ("Sipas NATO-s, këtë vit 18 nga 31 shtetet anëtare do të shpenzojnë 2% të GDP-së "
            "për mbrojtjen.")
    row = row_for(checked(text, AFTER_FEBRUARY_2024, facts), "18")
    assert row["metric"] == "allies_meeting_2pct_guideline"
    assert row["status"] in ("consistent", "superseded")


def test_a_comma_before_now_ends_the_clause_of_an_earlier_year(facts) -> None:
    # the count "now" expected is not the 2023 count of the clause before the comma
    text = ("Vetëm 11 shtete e arritën objektivin në vitin 2023, tani 18 nga 31 shtetet anëtare "
            "të NATO-s do ta arrijnë kuotën e 2% të GDP-së.")
    row = row_for(checked(text, AFTER_FEBRUARY_2024, facts), "18")
    assert row["status"] != "differs"
    assert row["status"] in ("consistent", "superseded")



def test_a_year_the_sentence_before_compares_with_does_not_date_a_bracketed_table(facts) -> None:
    # Portuguese "face a 2023" (compared with 2023): the year of the rise's base, not of the
    # shares listed in brackets in the next sentence
    text = ("Segundo a NATO, os gastos com defesa cresceram 19% face a 2023. À frente estão a "
            "Estónia (3,41%) e a Letónia (3,39%), com a maior fatia do PIB.")
    row = row_for(checked(text, date(2025, 5, 1), facts), "3,41%")
    assert row["entity"] == "Estonia" and row["year"] != 2023
    assert row["status"] in ("consistent", "superseded")
