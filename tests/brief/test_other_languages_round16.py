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

