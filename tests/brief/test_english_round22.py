"""English readings added in round 22 (brief E22): the forms left missed on every spent set. Each
sentence is invented; the values are read from the bundled facts, never typed."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for, value_of

AFTER_AUGUST_2025 = date(2025, 9, 15)  # NATO's estimates of 28 Aug 2025 out
AFTER_FEBRUARY_2024 = date(2024, 3, 5)  # NATO's figures of 14 Feb 2024 out


# --- a rate of growth whose owner the sentence before names ------------------------------------

def test_growth_of_the_alliance_named_the_sentence_before_agrees(facts) -> None:
    growth = value_of(facts, "defence_spending_change", 2024, "NATO 2025-08")
    text = ("The armed forces budgets of the alliance's members have risen each year for a "
            f"decade. In 2024 alone, spending grew by {growth:.1f} percent.")
    row = row_for(checked(text, AFTER_AUGUST_2025, facts), f"{growth:.1f} percent")
    assert row["status"] == "consistent" and row["metric"] == "defence_spending_change"


def test_growth_of_europe_and_canada_named_the_sentence_before_agrees(facts) -> None:
    growth = value_of(facts, "europe_canada_defence_spending_change", 2023, "NATO 2024-02",
                      "Europe and Canada")
    text = ("Canada and the European allies have kept their word. In 2023 they increased their "
            f"defence budgets by {growth:.0f} percent.")
    row = row_for(checked(text, AFTER_FEBRUARY_2024, facts), f"{growth:.0f} percent")
    assert row["status"] in ("consistent", "superseded")
    assert row["metric"] == "europe_canada_defence_spending_change"


def test_growth_read_from_the_sentence_before_never_differs(facts) -> None:
    # the owner read from another sentence is weaker: a growth far off stays unmatched
    growth = value_of(facts, "europe_canada_defence_spending_change", 2023, "NATO 2024-02",
                      "Europe and Canada") + 9
    text = ("Canada and the European allies have kept their word. In 2023 they increased their "
            f"defence budgets by {growth:.0f} percent.")
    row = row_for(checked(text, AFTER_FEBRUARY_2024, facts), f"{growth:.0f} percent")
    assert row["status"] == "unmatched"


def test_growth_after_a_sentence_naming_one_ally_is_not_the_alliances(facts) -> None:
    growth = value_of(facts, "defence_spending_change", 2024, "NATO 2025-08")
    text = ("Romania's armed forces budgets and the alliance's plans have changed a lot. In 2024 "
            f"alone, spending grew by {growth:.1f} percent.")
    row = row_for(checked(text, AFTER_AUGUST_2025, facts), f"{growth:.1f} percent")
    assert row["status"] == "unmatched"


# --- the size of an army said before a bare count ----------------------------------------------

AUTUMN_2024 = date(2024, 10, 8)  # NATO's estimates of 17 Jun 2024 out


def test_a_count_troops_are_said_to_number_is_the_allys_personnel(facts) -> None:
    size = value_of(facts, "ally_personnel", 2024, "NATO 2024-06", "Portugal")
    rounded = round(size, -2)
    text = f"This year, the soldiers and sailors of Portugal together number some {rounded:,.0f}."
    row = row_for(checked(text, AUTUMN_2024, facts), f"some {rounded:,.0f}")
    assert row["status"] in ("consistent", "superseded") and row["metric"] == "ally_personnel"


def test_a_count_of_troops_sent_abroad_is_not_the_allys_personnel(facts) -> None:
    text = "The troops Portugal keeps in Romania this year number 1,200."
    row = row_for(checked(text, AUTUMN_2024, facts), "1,200")
    assert row["status"] == "unmatched"
