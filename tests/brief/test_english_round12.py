"""English readings of the twelfth round (issue R12). Sentences are invented in news style."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

SEPTEMBER_2025 = date(2025, 9, 1)


def test_every_ally_foreseen_at_the_goal_is_a_count_at_it(facts) -> None:
    text = ("By the summer of 2025, all 31 NATO allies with their own militaries were expected "
            "to meet the target that year.")
    row = row_for(checked(text, SEPTEMBER_2025, facts), "31 NATO allies")
    assert (row["metric"], row["year"], row["status"]) == (
        "allies_meeting_2pct_guideline", 2025, "consistent")


def test_every_ally_by_number_only_agrees(facts) -> None:
    # "all 32" may round NATO's 31 (an ally without armed forces is not counted)
    row = row_for(checked("All 32 allies are expected to meet the target this year.",
                          SEPTEMBER_2025, facts), "32 allies")
    assert row["metric"] == "allies_meeting_2pct_guideline" and row["status"] == "unmatched"


def test_every_ally_pledging_the_goal_stays_the_membership(facts) -> None:
    row = row_for(checked("All 32 allies agreed to meet the target this year.",
                          SEPTEMBER_2025, facts), "32 allies")
    assert row["metric"] != "allies_meeting_2pct_guideline" and row["status"] == "unmatched"


def test_what_allies_contribute_in_a_sentence_about_the_pledge_is_their_spending(facts) -> None:
    text = ("European allies are on course to contribute $380 billion in 2024, while France "
            "will keep its 2% pledge.")
    row = row_for(checked(text, date(2024, 2, 20), facts), "$380 billion")
    assert row["status"] in ("consistent", "superseded")


def test_a_contribution_to_a_recipient_is_not_spending(facts) -> None:
    text = ("European allies will contribute $380 billion to a new fund in 2024, while France "
            "will keep its 2% pledge.")
    row = row_for(checked(text, date(2024, 2, 20), facts), "$380 billion")
    assert row["status"] == "unmatched"


def test_money_in_a_worth_aside_is_of_whose_share_it_follows(facts) -> None:
    # the aside is far from "European": the clause before the dash says whose worth it is
    text = ("Spending rose again, and the European members of the alliance taken together "
            "are now putting 2% of their combined economic output – worth $380bn – into defence.")
    row = row_for(checked(text, date(2024, 6, 20), facts), "$380bn")
    assert row["metric"] == "nato_europe_defence_spending" and row["status"] != "differs"


HEADLINE_BODY = ("Allies Lift Military Spending by 18%, Defence Chief Says\n\n"
                 "European allies and Canada are raising defence spending by 18% this year, "
                 "the Secretary General said on Monday.")


def test_an_undated_headline_figure_takes_the_bodys_reading(facts) -> None:
    table = checked(HEADLINE_BODY, date(2024, 6, 19), facts)
    rows = table[table["figure"] == "18%"]
    assert len(rows) == 2 and rows["status"].isin(("consistent", "superseded")).all()
    assert rows["year"].tolist() == [2024, 2024]


def test_a_headline_ending_a_sentence_is_no_headline(facts) -> None:
    text = HEADLINE_BODY.replace("Says\n", "Says.\n", 1)
    rows = checked(text, date(2024, 6, 19), facts)
    assert (rows[rows["figure"] == "18%"]["status"] == "unmatched").any()
