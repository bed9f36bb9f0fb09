"""Analyst helpers on the real bundled data (NATO's June 2024 release) and on small frames."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import indicators, load
from analysis.errors import DataError


@pytest.fixture(scope="module")
def nato() -> pd.DataFrame:
    return load.load_nato()


def test_allies_at_two_percent_june_2024_release(nato: pd.DataFrame) -> None:
    counts = indicators.threshold_count(nato, 2.0, vintage="2024-06").set_index("year")
    assert counts.loc[2014, "count"] == 3
    assert sorted(counts.loc[2014, "allies"]) == ["Greece", "United Kingdom", "United States"]
    assert counts.loc[2024, "count"] == 23
    assert bool(counts.loc[2024, "estimate"]) is True
    assert bool(counts.loc[2014, "estimate"]) is False
    assert len(counts.loc[2024, "allies"]) == 23
    assert counts.loc[2024, "reporting"] == 31
