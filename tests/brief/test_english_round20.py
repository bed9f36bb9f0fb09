"""English readings added in round 20 (brief E20): the forms left missed on every spent set. Each
sentence is invented; the values are read from the bundled facts, never typed."""

from __future__ import annotations

from datetime import date

import pandas as pd

from tests.brief.conftest import checked, row_for

AFTER_JUNE_2024 = date(2024, 6, 25)  # NATO's estimates of 17 Jun 2024 out
AFTER_ANNUAL_REPORT_2025 = date(2025, 4, 28)  # the annual report of April 2025 out


def value_of(facts: pd.DataFrame, key: str, year: int, release: str, entity: str = "") -> float:
    """The one bundled value of ``key`` for ``entity`` and ``year`` in ``release``."""
    rows = facts[(facts["key"] == key) & (facts["entity"].fillna("") == entity)
                 & (facts["year"].astype(str).str[:4] == str(year)) & (facts["release"] == release)]
    return float(rows["value"].iloc[0])


# --- an equipment share of the ally the sentence before names ----------------------------------

def test_an_equipment_share_of_its_budget_is_the_ally_named_before(facts) -> None:
    # over a paragraph break: "of its budget" points back to the one ally named before
    share = value_of(facts, "ally_equipment_share", 2024, "NATO 2024-06", "Romania")
    text = ("Romania's defence spending rose to an estimated 2.25 percent of GDP in 2024.\n\n"
            f"At the same time, {share:.1f} percent of its 2024 defence budget went to major "
            "equipment, above the 20 percent guideline.")
    row = row_for(checked(text, AFTER_ANNUAL_REPORT_2025, facts), f"{share:.1f} percent")
    assert row["metric"] == "ally_equipment_share" and row["entity"] == "Romania"
    assert row["status"] in ("consistent", "superseded")


def test_an_equipment_share_of_its_budget_may_differ(facts) -> None:
    share = value_of(facts, "ally_equipment_share", 2024, "NATO 2024-06", "Romania")
    text = ("Romania's defence spending rose to an estimated 2.25 percent of GDP in 2024.\n\n"
            f"At the same time, {share - 6:.1f} percent of its 2024 defence spending went to "
            "major equipment, NATO's estimates show.")
    row = row_for(checked(text, AFTER_ANNUAL_REPORT_2025, facts), f"{share - 6:.1f} percent")
    assert row["entity"] == "Romania" and row["status"] == "differs"


def test_an_equipment_share_after_an_ally_in_its_paragraph_agrees(facts) -> None:
    share = value_of(facts, "ally_equipment_share", 2024, "NATO 2024-06", "Croatia")
    text = (f"Croatia will have about 15,000 military personnel this year. Of the defence "
            f"budget, {share:.2f}% will be spent on military equipment.")
    row = row_for(checked(text, AFTER_JUNE_2024, facts), f"{share:.2f}%")
    assert row["entity"] == "Croatia" and row["status"] in ("consistent", "superseded")


def test_an_equipment_share_after_an_ally_in_its_paragraph_never_differs(facts) -> None:
    # no "its": the ally is only read from the paragraph, so the share is compared only to agree
    share = value_of(facts, "ally_equipment_share", 2024, "NATO 2024-06", "Croatia")
    text = (f"Croatia will have about 15,000 military personnel this year. Of the defence "
            f"budget, {share - 8:.2f}% will be spent on military equipment.")
    row = row_for(checked(text, AFTER_JUNE_2024, facts), f"{share - 8:.2f}%")
    assert row["status"] == "unmatched"


def test_an_equipment_share_of_its_budget_after_two_allies_has_no_owner(facts) -> None:
    text = ("Romania and Bulgaria raised defence spending in 2024.\n\n"
            "At the same time, 25.0 percent of its 2024 defence budget went to major equipment.")
    row = row_for(checked(text, AFTER_ANNUAL_REPORT_2025, facts), "25.0 percent")
    assert row["status"] == "unmatched"
