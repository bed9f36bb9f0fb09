"""General readings found on brief_fresh8's last false alarm and wrong checks (issue 9):
sentences written for the tests in news style, each read right or left unmatched, never a false
alarm."""

from __future__ import annotations

from datetime import date

import pytest

from tests.brief.conftest import checked, row_for

MARCH_2024 = date(2024, 3, 20)


def test_money_without_a_basis_agreeing_with_the_basis_bundled_later_is_no_disagreement(
        facts) -> None:
    # February 2024 bundles only 380 bn at 2015 prices for 2024; current prices (476.2 bn) come
    # in June: 470 is that estimate, revised a little since, not a disagreement with 380
    text = "European allies are expected to spend a total of $470 billion on defence this year."
    row = row_for(checked(text, MARCH_2024, facts), "$470 billion")
    assert row["status"] == "superseded", row["note"]
    assert row["reference_value"] == pytest.approx(476.2e9, rel=1e-3)
    assert "380 billion" in row["reason"] and "476.2 billion" in row["reason"]
    # agreeing within rounding with the first bundled value is consistent
    text = "European allies are expected to spend a total of $476 billion on defence this year."
    assert row_for(checked(text, MARCH_2024, facts), "$476 billion")["status"] == "consistent"
    # control: further off than rounding and a small revision, it still differs from 380 bn
    text = "European allies will spend about 450 billion dollars on defence this year."
    row = row_for(checked(text, MARCH_2024, facts), "about 450 billion dollars")
    assert row["status"] == "differs"
    assert row["reference_value"] == pytest.approx(380e9)
