"""A figure too far from NATO's value to misreport it is taken for another quantity and not
compared (issue 9: never cry wolf); one near it still differs. Sentences are invented in news
style, not copied from the fixtures."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.plausible_gap import PLAUSIBLE_GAPS, too_far_to_misreport
from tests.brief.conftest import checked, row_for

MARCH_2024 = date(2024, 3, 1)  # NATO's February 2024 release current: 11 allies at 2% in 2023


@pytest.mark.parametrize(("value", "reference", "unit", "too_far"), [
    (2.9, 3.92, "percent_gdp", False),
    (6.2, 3.92, "percent_gdp", True),
    (5, 3, "allies", False),
    (32, 11, "allies", True),
    (70_000, 90_000, "troops", False),
    (160, 250, "count", True),
    (25e9, 10e9, "USD", False),
    (40e9, 10e9, "USD", True),
])
def test_each_kind_of_quantity_has_its_own_plausible_gap(value, reference, unit,
                                                         too_far) -> None:
    assert (too_far_to_misreport(value, reference, unit) is not None) is too_far


@pytest.mark.parametrize(("value", "reference", "unit"), [
    (-1.2, 3.0, "percent"), (0.0, 3.0, "percent"), (3.0, "n/a", "percent"), (300, 3, "years")])
def test_no_rule_for_signs_zeros_non_numbers_or_other_units(value, reference, unit) -> None:
    assert too_far_to_misreport(value, reference, unit) is None


def test_every_rule_covers_distinct_units_and_allows_some_gap() -> None:
    units = [unit for rule in PLAUSIBLE_GAPS for unit in rule.units]
    assert len(units) == len(set(units))
    assert all(rule.max_ratio > 1 and rule.example for rule in PLAUSIBLE_GAPS)


def test_a_count_far_from_natos_is_not_compared(facts) -> None:
    row = row_for(checked("In 2023, 30 allies met NATO's 2% guideline.", MARCH_2024, facts),
                  "30 allies")
    assert row["status"] == "unmatched"
    assert "2.7 times away from NATO's 11 allies" in row["note"]
    assert "not compared" in row["reason"]


def test_a_count_near_natos_still_differs(facts) -> None:
    row = row_for(checked("In 2023, 14 allies met NATO's 2% guideline.", MARCH_2024, facts),
                  "14 allies")
    assert (row["status"], row["reference_value"]) == ("differs", 11)


def test_a_share_far_from_natos_is_not_compared(facts) -> None:
    row = row_for(checked("In 2023 Romania spent 3.44% of GDP on defence, NATO said.",
                          MARCH_2024, facts), "3.44%")
    assert row["status"] == "unmatched" and "times away" in row["note"]


def test_an_earlier_release_far_from_the_latest_is_superseded(facts) -> None:
    # NATO's July 2023 estimate for Romania's 2023 (2.44%), revised to 1.60 in February 2024
    row = row_for(checked("In 2023 Romania spent 2.44% of GDP on defence, NATO said.",
                          MARCH_2024, facts), "2.44%")
    assert row["status"] == "superseded" and "a large revision" in row["note"]
